//! Curbside's own CSV export: one row per card under a fixed header, read
//! back by any CSV reader with every value intact.

use crate::support::contacts_csv::{fixture, google_cards};
use curbside_core::interop::{csv_export, Card};
use curbside_core::values::PartialDate;

fn read_back(bytes: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader.headers().unwrap().clone();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

fn column<'a>(header: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    let index = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no {name}"));
    &row[index]
}

#[test]
fn export_writes_a_header_and_one_row_per_card() {
    let cards = google_cards(&fixture("google_current.csv"));
    let mut out = Vec::new();
    csv_export::write_csv(cards.clone(), &mut out).unwrap();
    let (header, rows) = read_back(&out);
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        csv_export::HEADER.to_vec()
    );
    assert_eq!(rows.len(), cards.len());
    assert_eq!(column(&header, &rows[0], "Display Name"), "Amara Okafor");
    assert_eq!(column(&header, &rows[0], "Credentials"), "MD, PhD");
    assert_eq!(column(&header, &rows[0], "Birthday"), "1980-03-29");
    assert_eq!(column(&header, &rows[1], "Birthday"), "--07-14");
    assert_eq!(
        column(&header, &rows[0], "Addresses"),
        "Praed Street, London, W2 1NY, UK"
    );
}

#[test]
fn export_joins_multiple_values_with_the_google_separator() {
    let cards = google_cards(&fixture("google_current.csv"));
    let mut out = Vec::new();
    csv_export::write_csv(cards, &mut out).unwrap();
    let (header, rows) = read_back(&out);
    assert_eq!(
        column(&header, &rows[0], "Emails"),
        "a.okafor@stmarys.example ::: amara.okafor@nhs.example ::: amara@example.org"
    );
    assert_eq!(
        column(&header, &rows[0], "Email Labels"),
        "work ::: work ::: home"
    );
    assert_eq!(column(&header, &rows[1], "Tags"), "Nephrology ::: ESC 2026");
}

#[test]
fn a_card_with_commas_quotes_and_newlines_survives_export_and_read_back() {
    let card = Card {
        uid: Some("urn:uuid:7d1c".into()),
        display_name: "O'Brien, \"Sinéad\"".into(),
        organization: "Beaumont Hospital, Dublin".into(),
        notes: "Line one, with comma\r\n\"Quoted\" line two\nline three 🩺".into(),
        tags: vec!["ESC 2026".into(), "Mentors, informal".into()],
        connected_on: PartialDate::new(Some(2024), 3, 12),
        ..Card::default()
    };
    let mut out = Vec::new();
    csv_export::write_csv([card.clone()], &mut out).unwrap();
    let (header, rows) = read_back(&out);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(column(&header, row, "UID"), "urn:uuid:7d1c");
    assert_eq!(column(&header, row, "Display Name"), card.display_name);
    assert_eq!(column(&header, row, "Organization"), card.organization);
    assert_eq!(column(&header, row, "Notes"), card.notes);
    assert_eq!(
        column(&header, row, "Tags"),
        "ESC 2026 ::: Mentors, informal"
    );
    assert_eq!(column(&header, row, "Connected On"), "2024-03-12");
}

#[test]
fn cells_a_spreadsheet_would_run_are_written_as_text_and_phones_and_dates_as_they_are() {
    use curbside_core::values::Labeled;
    let card = Card {
        display_name: "=cmd|' /C calc'!A0".into(),
        notes: "@SUM(A1:A9)".into(),
        organization: "-2+3+cmd|' /C notepad'!A0".into(),
        phones: vec![Labeled {
            label: "work".into(),
            value: "+49 30 1234567".into(),
        }],
        birthday: Some(PartialDate {
            year: None,
            month: 7,
            day: 14,
        }),
        ..Default::default()
    };
    let mut out = Vec::new();
    csv_export::write_csv([card], &mut out).unwrap();
    let (header, rows) = read_back(&out);
    let row = &rows[0];
    assert_eq!(column(&header, row, "Display Name"), "'=cmd|' /C calc'!A0");
    assert_eq!(column(&header, row, "Notes"), "'@SUM(A1:A9)");
    assert_eq!(
        column(&header, row, "Organization"),
        "'-2+3+cmd|' /C notepad'!A0"
    );
    assert_eq!(column(&header, row, "Phones"), "+49 30 1234567");
    assert_eq!(column(&header, row, "Birthday"), "--07-14");
}
