//! Google Contacts' CSV export ("Google CSV"), the way most Gmail and Android
//! address books leave Google.
//!
//! Two header variants exist: the current one (`First Name,Middle Name,Last
//! Name,…,Labels,E-mail 1 - Label,…`) and the older one (`Name,Given Name,…,
//! Group Membership,E-mail 1 - Type,…,Organization 1 - Name,…`). Both number
//! their repeated fields (`Phone 2 - Value`) and put several values in one
//! cell separated by ` ::: `; a label starting with `* ` marks the primary
//! value. Columns are mapped by name (`columns`) and unknown ones ignored.

mod columns;

use std::io::Read;

use super::credentials::{split_credentials, split_family_credentials};
use super::csv_rows::CsvRows;
use super::{Card, ParseError};
use crate::values::{Address, Labeled, PartialDate};
use columns::Columns;

const FORMAT: &str = "Google Contacts CSV";

/// The parts of an address, in the order [`addresses`] reads them.
#[rustfmt::skip]
const ADDRESS_FIELDS: [&str; 8] = [
    "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address",
];

/// Labels Google writes in English that Curbside stores lower case; any
/// other label is the user's own and kept as written.
const STANDARD_LABELS: &[&str] = &[
    "work",
    "home",
    "mobile",
    "other",
    "main",
    "pager",
    "work fax",
    "home fax",
    "other fax",
    "google voice",
    "work mobile",
    "work pager",
    "assistant",
    "home page",
    "blog",
    "profile",
    "ftp",
    "personal",
    "school",
];

/// Google's own groups (written with or without the leading `* `, spaces and
/// case aside), which say nothing the user chose.
const SYSTEM_GROUPS: &[&str] = &[
    "mycontacts",
    "starred",
    "other",
    "othercontacts",
    "chatbuddies",
];

/// The contacts of a Google CSV export, read one row at a time: each item is
/// a [`Card`] or the [`ParseError`] of one row, after which reading goes on.
pub struct GoogleCards<R> {
    rows: CsvRows<R>,
    columns: Columns,
}

/// Reads a Google Contacts CSV export (current or older header), streaming
/// row by row.
///
/// Fails when the first row is not a Google Contacts header.
pub fn read_cards<R: Read>(reader: R) -> Result<GoogleCards<R>, ParseError> {
    let mut rows = CsvRows::new(reader);
    let line = match rows.advance(FORMAT) {
        Some(Ok(line)) => line,
        Some(Err(err)) => return Err(err),
        None => {
            let message = format!("not a {FORMAT}: the file is empty");
            return Err(ParseError { line: 1, message });
        }
    };
    let columns = Columns::from_header(rows.record(), line)?;
    Ok(GoogleCards { rows, columns })
}

impl<R: Read> Iterator for GoogleCards<R> {
    type Item = Result<Card, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let line = match self.rows.next_row(FORMAT, self.columns.width)? {
            Ok(line) => line,
            Err(err) => return Some(Err(err)),
        };
        Some(card_from_row(&Row(self.rows.record()), &self.columns, line))
    }
}

/// One data row, read by column index.
struct Row<'a>(&'a csv::StringRecord);

impl Row<'_> {
    fn cell(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.0.get(i)).map_or("", str::trim)
    }

    /// The values of a multi-value cell, empty ones kept so that the parts
    /// of an address stay aligned.
    fn parts(&self, index: Option<usize>) -> Vec<String> {
        self.cell(index)
            .split(":::")
            .map(|part| part.trim().replace("\r\n", "\n"))
            .collect()
    }
}

fn card_from_row(row: &Row, columns: &Columns, line: usize) -> Result<Card, ParseError> {
    let mut card = Card {
        line,
        ..Card::default()
    };
    let (family, mut credentials) = split_family_credentials(row.cell(columns.family));
    let (suffix, suffix_credentials) = split_credentials(row.cell(columns.suffix));
    for credential in suffix_credentials {
        if !credentials.contains(&credential) {
            credentials.push(credential);
        }
    }
    card.credentials = credentials.join(", ");
    card.name.prefix = row.cell(columns.prefix).to_string();
    card.name.given = row.cell(columns.given).to_string();
    card.name.middle = row.cell(columns.middle).to_string();
    card.name.family = family;
    card.name.suffix = suffix;
    card.nickname = row.cell(columns.nickname).to_string();

    if let Some((organization, title, department)) = organization(row, columns) {
        card.organization = organization;
        card.title = title;
        card.department = department;
    }
    card.emails = labeled_values(row, columns, "E-mail", &["Label", "Type"]);
    card.phones = labeled_values(row, columns, "Phone", &["Label", "Type"]);
    card.urls = labeled_values(row, columns, "Website", &["Label", "Type"]);
    card.impps = labeled_values(row, columns, "IM", &["Service", "Label", "Type"]);
    card.addresses = addresses(row, columns);
    card.birthday = PartialDate::parse(row.cell(columns.birthday));
    let anniversary = columns.groups_of("Event").find_map(|group| {
        let (_, label) = normalize_label(row.cell(group.column(&["Label", "Type"])));
        if !label.eq_ignore_ascii_case("anniversary") {
            return None;
        }
        row.parts(group.column(&["Value"])).into_iter().next()
    });
    card.anniversary = anniversary.as_deref().and_then(PartialDate::parse);
    card.tags = tags(row.cell(columns.groups));
    card.notes = row.cell(columns.notes).replace("\r\n", "\n");
    // A date that is written but is no day (30 Feb 2026) is kept as written.
    if card.birthday.is_none() {
        card.keep_unread_date("Birthday", row.cell(columns.birthday), line);
    }
    if card.anniversary.is_none() {
        card.keep_unread_date(
            "Anniversary",
            anniversary.as_deref().unwrap_or_default(),
            line,
        );
    }
    let photo = row.cell(columns.photo);
    card.photo_uri = (!photo.is_empty()).then(|| photo.to_string());

    let (display, _) = split_family_credentials(row.cell(columns.display));
    let composed = [&card.name.given, &card.name.middle, &card.name.family]
        .iter()
        .filter(|part| !part.is_empty())
        .map(|part| part.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    card.display_name = [
        display,
        composed,
        card.nickname.clone(),
        card.organization.clone(),
    ]
    .into_iter()
    .find(|name| !name.is_empty())
    .unwrap_or_default();
    if card.display_name.is_empty() && card.emails.is_empty() {
        return Err(ParseError {
            line,
            message: "this contact has no name and no email".into(),
        });
    }
    Ok(card)
}

/// The primary (else first) organisation: name, title, department.
fn organization(row: &Row, columns: &Columns) -> Option<(String, String, String)> {
    let found: Vec<(bool, [String; 3])> = columns
        .groups_of("Organization")
        .filter_map(|group| {
            let (primary, _) = normalize_label(row.cell(group.column(&["Type", "Label"])));
            let first = |field| {
                row.parts(group.column(&[field]))
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            };
            let parts = [first("Name"), first("Title"), first("Department")];
            parts
                .iter()
                .any(|p| !p.is_empty())
                .then_some((primary, parts))
        })
        .collect();
    let [name, title, department] = primary_first(found).into_iter().next()?;
    Some((name, title, department))
}

/// All values of one kind ("E-mail", "Phone"…), the primary group first.
fn labeled_values(row: &Row, columns: &Columns, kind: &str, label_fields: &[&str]) -> Vec<Labeled> {
    let mut found: Vec<(bool, Labeled)> = Vec::new();
    for group in columns.groups_of(kind) {
        let label_cell = label_fields
            .iter()
            .map(|field| row.cell(group.column(&[field])))
            .find(|cell| !cell.is_empty())
            .unwrap_or("");
        let values: Vec<String> = row
            .parts(group.column(&["Value"]))
            .into_iter()
            .filter(|v| !v.is_empty())
            .collect();
        let labels = split_values(label_cell);
        for (i, value) in values.iter().enumerate() {
            let raw = if labels.len() == values.len() {
                &labels[i]
            } else {
                label_cell
            };
            let (primary, label) = normalize_label(raw);
            let value = value.clone();
            found.push((primary, Labeled { label, value }));
        }
    }
    primary_first(found)
}

/// The items, those marked primary first, otherwise in file order.
fn primary_first<T>(mut found: Vec<(bool, T)>) -> Vec<T> {
    found.sort_by_key(|(primary, _)| !primary);
    found.into_iter().map(|(_, item)| item).collect()
}

/// The values of a multi-value cell, trimmed, empty ones kept.
fn split_values(cell: &str) -> Vec<String> {
    cell.split(":::")
        .map(|part| part.trim().to_string())
        .collect()
}

/// Postal addresses; a formatted-only address keeps its text as the street.
fn addresses(row: &Row, columns: &Columns) -> Vec<Address> {
    let mut found: Vec<(bool, Address)> = Vec::new();
    for group in columns.groups_of("Address") {
        let field = |name: &str| row.parts(group.column(&[name]));
        let labels = field("Label");
        let types = field("Type");
        let parts = ADDRESS_FIELDS.map(field);
        let count = parts.iter().map(Vec::len).max().unwrap_or(0);
        let [formatted, street, city, po_box, region, postal, country, extended] = parts;
        let at = |parts: &[String], i: usize| parts.get(i).cloned().unwrap_or_default();
        for i in 0..count {
            let raw_label = [&labels, &types]
                .iter()
                .map(|parts| at(parts, i.min(parts.len().saturating_sub(1))))
                .find(|label| !label.is_empty())
                .unwrap_or_default();
            let (primary, label) = normalize_label(&raw_label);
            let mut address = Address {
                label,
                po_box: at(&po_box, i),
                extended: at(&extended, i),
                street: at(&street, i),
                locality: at(&city, i),
                region: at(&region, i),
                postal_code: at(&postal, i),
                country: at(&country, i),
            };
            if has_no_parts(&address) {
                address.street = at(&formatted, i);
            }
            if !has_no_parts(&address) {
                found.push((primary, address));
            }
        }
    }
    primary_first(found)
}

fn has_no_parts(address: &Address) -> bool {
    let label = String::new();
    Address {
        label,
        ..address.clone()
    } == Address::default()
}

/// `* Work` → `(true, "work")`; a custom label keeps its case.
fn normalize_label(raw: &str) -> (bool, String) {
    let raw = raw.trim();
    let (primary, label) = match raw.strip_prefix('*') {
        Some(rest) => (true, rest.trim()),
        None => (false, raw),
    };
    let lower = label.to_lowercase();
    if STANDARD_LABELS.contains(&lower.as_str()) {
        (primary, lower)
    } else {
        (primary, label.to_string())
    }
}

/// Labels (or Group Membership) as tags, without Google's system groups.
fn tags(cell: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for part in cell.split(":::") {
        let name = part.trim().trim_start_matches('*').trim();
        let key: String = name
            .to_lowercase()
            .trim_start_matches("system group:")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if !name.is_empty()
            && !SYSTEM_GROUPS.contains(&key.as_str())
            && !tags.iter().any(|t| t == name)
        {
            tags.push(name.to_string());
        }
    }
    tags
}
