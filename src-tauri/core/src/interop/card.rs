//! `Card`: one person as an import file describes them, before matching and
//! storage. Every importer (vCard, LinkedIn CSV, Google CSV) produces cards;
//! every exporter consumes them. It holds what the formats carry, in plain
//! Rust types, so parsers stay free of the database and the database free of
//! file formats.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// at: contact field (`emails`, `addresses`…, as [`crate::contacts::Invalid`]
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

/// The parts of a structured name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NameParts {
    /// "Dr.", "Prof."
    pub prefix: String,
    /// Given (first) name.
    pub given: String,
    /// Middle name(s).
    pub middle: String,
    /// Family (last) name.
    pub family: String,
    /// "Jr.", "III", and in vCards often "MD" or "PhD".
    pub suffix: String,
}

/// A value with a label such as "work", "home", "mobile" or "LinkedIn".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Labeled {
    /// The label, lower case for the standard ones; empty when none.
    pub label: String,
    /// The address, number or URL.
    pub value: String,
}

/// A postal address (vCard `ADR`'s seven parts, less the rarely used ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Address {
    /// "work", "home"…
    pub label: String,
    /// Post office box.
    pub po_box: String,
    /// Extended address (suite, building).
    pub extended: String,
    /// Street and number.
    pub street: String,
    /// City.
    pub locality: String,
    /// State or region.
    pub region: String,
    /// Postal code.
    pub postal_code: String,
    /// Country.
    pub country: String,
}

/// A calendar date whose year may be unknown (a birthday given as `--03-29`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i16>,
    /// 1–12.
    pub month: i8,
    /// 1–31, valid for the month (29 February is allowed without a year).
    pub day: i8,
}

/// An embedded photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    /// "image/jpeg", "image/png"…
    pub media_type: String,
    /// The image bytes.
    pub data: Vec<u8>,
}

impl PartialDate {
    /// A date, checked: the month exists and the day exists in it (in a leap
    /// year when the year is unknown, so `--02-29` is a valid birthday).
    pub fn new(year: Option<i16>, month: i8, day: i8) -> Option<Self> {
        let check_year = year.unwrap_or(2000);
        jiff::civil::Date::new(check_year, month, day).ok()?;
        Some(Self { year, month, day })
    }

    /// Reads `YYYY-MM-DD`, `YYYYMMDD`, `--MM-DD` or `--MMDD` (vCard 3 and 4,
    /// ISO 8601), ignoring a time part after `T`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let date = text.split('T').next().unwrap_or(text);
        if let Some(rest) = date.strip_prefix("--") {
            let digits: String = rest.chars().filter(|c| *c != '-').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return Self::new(None, digits[..2].parse().ok()?, digits[2..].parse().ok()?);
        }
        let digits: String = date.chars().filter(|c| *c != '-').collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Self::new(
            Some(digits[..4].parse().ok()?),
            digits[4..6].parse().ok()?,
            digits[6..].parse().ok()?,
        )
    }
}

impl std::fmt::Display for PartialDate {
    /// `YYYY-MM-DD`, or `--MM-DD` without a year.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PartialDate;

    #[test]
    fn yearless_and_full_dates_read_in_every_common_form() {
        assert_eq!(PartialDate::parse("--0329"), PartialDate::new(None, 3, 29));
        assert_eq!(PartialDate::parse("--03-29"), PartialDate::new(None, 3, 29));
        assert_eq!(
            PartialDate::parse("1980-03-29"),
            PartialDate::new(Some(1980), 3, 29)
        );
        assert_eq!(
            PartialDate::parse("19800329T000000Z"),
            PartialDate::new(Some(1980), 3, 29)
        );
        assert_eq!(
            PartialDate::parse("--02-29")
                .map(|d| d.to_string())
                .as_deref(),
            Some("--02-29")
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(PartialDate::parse("2023-02-29"), None);
        assert_eq!(PartialDate::parse("--13-01"), None);
        assert_eq!(PartialDate::parse("yesterday"), None);
    }
}
