//! `Card`: one person as an import file describes them, before matching and
//! storage. Every importer (vCard, LinkedIn CSV, Google CSV) produces cards;
//! every exporter consumes them. It holds what the formats carry, in plain
//! Rust types, so parsers stay free of the database and the database free of
//! file formats.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::values::{Address, Labeled, NameParts, PartialDate, Photo};

/// A person read from (or written to) an interchange file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The line in the source file where this card starts (1-based), for
    /// error messages; 0 when not read from a file.
    pub line: usize,
    /// A stable id from the source (vCard `UID`), the first key for matching
    /// a re-import to a stored contact.
    pub uid: Option<String>,
    /// The formatted name (vCard `FN`); may be empty when only parts are given.
    pub display_name: String,
    /// The structured name (vCard `N`).
    pub name: NameParts,
    /// vCard `NICKNAME`.
    pub nickname: String,
    /// Post-nominal credentials, e.g. "MD, PhD" (from `N`'s suffix or a
    /// credentials column where the source has one).
    pub credentials: String,
    /// Organisation (vCard `ORG`, first component; LinkedIn `Company`).
    pub organization: String,
    /// Department (vCard `ORG`, second component).
    pub department: String,
    /// Job title (vCard `TITLE`; LinkedIn `Position`).
    pub title: String,
    /// vCard `ROLE`.
    pub role: String,
    /// Email addresses with their labels, preferred first.
    pub emails: Vec<Labeled>,
    /// Phone numbers with their labels, preferred first.
    pub phones: Vec<Labeled>,
    /// Postal addresses.
    pub addresses: Vec<Address>,
    /// Websites and profile links (LinkedIn, Doximity, ORCID…), labelled.
    pub urls: Vec<Labeled>,
    /// Instant-messaging handles (vCard `IMPP`).
    pub impps: Vec<Labeled>,
    /// Birthday; the year is optional.
    pub birthday: Option<PartialDate>,
    /// vCard `ANNIVERSARY` (a wedding or partnership anniversary).
    pub anniversary: Option<PartialDate>,
    /// The person's IANA time zone (vCard `TZ`), when the source names one.
    pub time_zone: String,
    /// Tags (vCard `CATEGORIES`; Google `Labels`), as given.
    pub tags: Vec<String>,
    /// Free notes (vCard `NOTE`; Google `Notes`).
    pub notes: String,
    /// A photo, when embedded.
    pub photo: Option<Photo>,
    /// A photo given by URI rather than embedded.
    pub photo_uri: Option<String>,
    /// When the user connected with the person (LinkedIn `Connected On`).
    pub connected_on: Option<PartialDate>,
    /// When the source last changed the card (vCard `REV`), as written.
    pub revision: Option<String>,
    /// Properties Curbside does not model (vCard `X-…` and unknown ones),
    /// kept verbatim as content lines so that they survive a round trip.
    pub extra: Vec<String>,
    /// Where each field was read, for messages that name the line to look
    /// at: contact field (`emails`, `addresses`…, as [`crate::values::Invalid`]
    /// names them) → the line of each value, in the order of the values.
    /// Empty for sources where a whole card is one line (CSV rows).
    pub field_lines: BTreeMap<String, Vec<usize>>,
    /// What the reader left out of the card and why (a photo too large to
    /// keep, a date that is no day of the calendar), each with its line:
    /// the import reports them as warnings.
    #[serde(skip)]
    pub notices: Vec<super::ParseError>,
}

impl Card {
    /// Keeps a date that is written but is no day of the calendar
    /// (`2026-02-30`, `30 Feb 2026`) in the notes as written, with a notice
    /// naming its line: a date is never dropped silently.
    pub(crate) fn keep_unread_date(&mut self, label: &str, written: &str, line: usize) {
        let written = written.trim();
        if written.is_empty() {
            return;
        }
        if !self.notes.is_empty() {
            self.notes.push('\n');
        }
        self.notes
            .push_str(&format!("{label} (as written): {written}"));
        self.notices.push(super::ParseError {
            line,
            message: format!("{label} \"{written}\" is not a date: kept in the notes"),
        });
    }

    /// The line where `field`'s value number `index` was read, else where
    /// the card starts.
    pub fn line_of(&self, field: &str, index: usize) -> usize {
        self.field_lines
            .get(field)
            .and_then(|lines| lines.get(index).or(lines.first()))
            .copied()
            .unwrap_or(self.line)
    }
}
