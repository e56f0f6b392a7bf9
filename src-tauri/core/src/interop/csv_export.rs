//! Curbside's own flat CSV export: one row per contact, for a spreadsheet or
//! a mail merge, so that a doctor's network is never locked in.
//!
//! Columns hold one thing each; where a contact has several values (emails,
//! phones, tags…) they are joined by ` ::: ` as Google Contacts does, with a
//! parallel "… Labels" column for labelled values. Quoting follows RFC 4180
//! (CRLF line ends, fields with commas, quotes or newlines quoted).

use std::io::{self, Write};

use super::{spreadsheet, Card};
use crate::values::{Address, Labeled, PartialDate};

/// Between several values in one cell.
pub const MULTI_VALUE_SEPARATOR: &str = " ::: ";

/// The header row, in column order.
pub const HEADER: [&str; 29] = [
    "UID",
    "Display Name",
    "Name Prefix",
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Suffix",
    "Nickname",
    "Credentials",
    "Organization",
    "Department",
    "Title",
    "Role",
    "Emails",
    "Email Labels",
    "Phones",
    "Phone Labels",
    "Addresses",
    "Address Labels",
    "Websites",
    "Website Labels",
    "Instant Messaging",
    "Instant Messaging Labels",
    "Birthday",
    "Anniversary",
    "Connected On",
    "Tags",
    "Notes",
    "Photo URI",
];

/// Writes cards as one CSV with a header row ([`HEADER`]): Curbside's own
/// flat export. Multiple values are joined by [`MULTI_VALUE_SEPARATOR`];
/// dates are `YYYY-MM-DD` or `--MM-DD` without a year; an address is one
/// line of its non-empty parts. Embedded photos and unmodelled vCard
/// properties are not written. A cell a spreadsheet would run as a formula
/// is written as text ([`spreadsheet::cell`]).
pub fn write_csv<W: Write>(cards: impl IntoIterator<Item = Card>, out: W) -> io::Result<()> {
    let mut writer = CsvWriter::new(out)?;
    for card in cards {
        writer.write(&card)?;
    }
    writer.finish()
}

/// A CSV export written a card at a time, as [`write_csv`] writes it, so
/// a large book's cards need not be gathered first.
pub struct CsvWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// Starts the file: its header row.
    pub fn new(out: W) -> io::Result<Self> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(HEADER)?;
        Ok(Self { writer })
    }

    /// Writes one card's row.
    pub fn write(&mut self, card: &Card) -> io::Result<()> {
        self.writer.write_record(
            row(card)
                .iter()
                .map(|value| spreadsheet::cell(value).into_owned()),
        )?;
        Ok(())
    }

    /// Writes out what is buffered.
    pub fn finish(mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

fn row(card: &Card) -> [String; HEADER.len()] {
    [
        card.uid.clone().unwrap_or_default(),
        card.display_name.clone(),
        card.name.prefix.clone(),
        card.name.given.clone(),
        card.name.middle.clone(),
        card.name.family.clone(),
        card.name.suffix.clone(),
        card.nickname.clone(),
        card.credentials.clone(),
        card.organization.clone(),
        card.department.clone(),
        card.title.clone(),
        card.role.clone(),
        values(&card.emails),
        labels(&card.emails),
        values(&card.phones),
        labels(&card.phones),
        join(card.addresses.iter().map(one_line)),
        join(card.addresses.iter().map(|a| a.label.clone())),
        values(&card.urls),
        labels(&card.urls),
        values(&card.impps),
        labels(&card.impps),
        date(card.birthday),
        date(card.anniversary),
        date(card.connected_on),
        join(card.tags.iter().cloned()),
        card.notes.clone(),
        card.photo_uri.clone().unwrap_or_default(),
    ]
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(MULTI_VALUE_SEPARATOR)
}

fn values(items: &[Labeled]) -> String {
    join(items.iter().map(|item| item.value.clone()))
}

/// The labels of `items`, or nothing when none has one.
fn labels(items: &[Labeled]) -> String {
    if items.iter().all(|item| item.label.is_empty()) {
        return String::new();
    }
    join(items.iter().map(|item| item.label.clone()))
}

fn date(date: Option<PartialDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// "PO Box 12, Suite 4, 1 Main St, Boston, MA, 02115, USA" (empty parts left
/// out; newlines inside a part become ", ").
fn one_line(address: &Address) -> String {
    [
        &address.po_box,
        &address.extended,
        &address.street,
        &address.locality,
        &address.region,
        &address.postal_code,
        &address.country,
    ]
    .iter()
    .flat_map(|part| part.lines())
    .map(str::trim)
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

#[cfg(test)]
mod tests {
    use super::{one_line, Address};

    #[test]
    fn an_address_exports_as_one_line_of_its_parts() {
        let address = Address {
            street: "1 Main St\nFloor 3".into(),
            locality: "Boston".into(),
            region: "MA".into(),
            postal_code: "02115".into(),
            ..Address::default()
        };
        assert_eq!(one_line(&address), "1 Main St, Floor 3, Boston, MA, 02115");
    }
}
