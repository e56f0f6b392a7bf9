//! Exports read contacts whole in batches: every contact of a book larger
//! than a batch is written once, in name order, with its lists (as vCards
//! and as CSV rows, each written as it is read); a
//! selection keeps its own order, and an id named twice is written twice.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use jiff::Timestamp;
use rusqlite::Connection;

/// More contacts than one batch of the export holds (500).
const PEOPLE: usize = 1_203;

fn book() -> (Connection, Vec<i64>) {
    let mut conn = db::open_in_memory().unwrap();
    let ids = (0..PEOPLE)
        .map(|n| {
            let draft = ContactDraft {
                display_name: format!("Person {n:04}"),
                emails: vec![format!("person{n}@example.org")],
                tags: vec![format!("cohort-{}", n % 3)],
                ..Default::default()
            };
            contacts::create(&mut conn, &draft, Timestamp::now())
                .unwrap()
                .id
        })
        .collect();
    (conn, ids)
}

fn exported(conn: &Connection, format: ExportFormat, ids: Option<&[i64]>) -> String {
    let mut out = Vec::new();
    let written = export(conn, format, ids, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(written, ids.map_or(PEOPLE, <[i64]>::len), "{text:.300}");
    text
}

#[test]
fn every_contact_of_a_book_larger_than_a_batch_is_exported_once_in_name_order_with_its_email() {
    let (conn, _) = book();
    let text = exported(&conn, ExportFormat::Vcard, None);
    let names: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("FN:"))
        .collect();
    let expected: Vec<String> = (0..PEOPLE).map(|n| format!("Person {n:04}")).collect();
    assert_eq!(names, expected);
    for n in [0, 499, 500, 1_000, PEOPLE - 1] {
        let email = format!("person{n}@example.org");
        assert_eq!(text.matches(&email).count(), 1, "{email}");
    }
}

#[test]
fn a_csv_of_a_book_larger_than_a_batch_has_a_header_and_a_row_per_contact_in_name_order() {
    let (conn, _) = book();
    let text = exported(&conn, ExportFormat::Csv, None);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header = rows.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (name, email) = (column("Display Name"), column("Emails"));
    let read: Vec<(String, String)> = rows
        .records()
        .map(|row| {
            let row = row.unwrap();
            (row[name].to_owned(), row[email].to_owned())
        })
        .collect();
    let expected: Vec<(String, String)> = (0..PEOPLE)
        .map(|n| (format!("Person {n:04}"), format!("person{n}@example.org")))
        .collect();
    assert_eq!(read, expected);
}

#[test]
fn a_selection_keeps_its_order_and_an_id_named_twice_is_written_twice() {
    let (conn, ids) = book();
    let picked = [ids[1_100], ids[3], ids[700], ids[3]];
    let text = exported(&conn, ExportFormat::Json, Some(&picked));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let written: Vec<(i64, String)> = value["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_i64().unwrap(),
                c["emails"][0].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<(i64, String)> = [1_100, 3, 700, 3]
        .iter()
        .zip(picked)
        .map(|(n, id)| (id, format!("person{n}@example.org")))
        .collect();
    assert_eq!(written, expected);
}

#[test]
fn a_selection_naming_a_contact_that_is_gone_fails_and_names_it() {
    let (conn, ids) = book();
    let mut out = Vec::new();
    let error = export(&conn, ExportFormat::Csv, Some(&[ids[0], 999_999]), &mut out)
        .unwrap_err()
        .to_string();
    assert!(error.contains("999999"), "{error}");
}
