//! The whole-book JSON export and import: a book with something in every
//! section comes back whole in a fresh database (its export is the same
//! file), every table the schema has is carried or rebuilt, and a bad,
//! newer or misplaced book is refused with nothing written.

pub(crate) mod rich;

use crate::support::events::{db, now};
use curbside_core::book::{
    self, BookError, DERIVED_COLUMNS, DERIVED_TABLES, LOCAL_TABLES, SECTIONS,
};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::export::{self, ExportFormat};
use curbside_core::search;
use rich::rich_book;
use rusqlite::Connection;

fn export_book(conn: &Connection) -> String {
    let mut out = Vec::new();
    book::export(conn, &mut out, now()).unwrap();
    String::from_utf8(out).unwrap()
}

fn import_book(conn: &mut Connection, text: &str) -> Result<book::ImportedBook, BookError> {
    book::import(conn, text.as_bytes())
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .unwrap()
}

#[test]
fn every_section_of_a_rich_book_has_records() {
    let conn = rich_book();
    for section in SECTIONS {
        assert!(count(&conn, section.name) > 0, "{} is empty", section.name);
    }
}

#[test]
fn a_book_imported_into_an_empty_one_exports_the_same_file() {
    let original = rich_book();
    let first = export_book(&original);

    let mut copy = db();
    let imported = import_book(&mut copy, &first).unwrap();
    let second = export_book(&copy);

    assert_eq!(first, second);
    assert_eq!(imported.count("contacts"), 2);
    assert_eq!(imported.count("cme_certificates"), 1);
    // The rebuilt parts answer as the originals did.
    for table in DERIVED_TABLES.iter().filter(|t| **t != "contact_search") {
        assert_eq!(count(&copy, table), count(&original, table), "{table}");
    }
    let read_both = |conn: &Connection| -> Vec<(String, Option<String>, Option<String>)> {
        conn.prepare("SELECT name_folded, last_interaction_at, last_note FROM contacts ORDER BY id")
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(read_both(&copy), read_both(&original));
    let found = search::search(&copy, "muller", 10).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let found = search::search(&copy, "denervation", 10).unwrap();
    assert_eq!(found.len(), 2, "{found:?}");
    // Ids are never reused: the deleted contact's id stays taken.
    let next = contacts::create(
        &mut copy,
        &ContactDraft {
            display_name: "New".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap();
    assert_eq!(next.id, 4);
}

#[test]
fn the_book_format_carries_every_table_and_column_of_the_schema() {
    let conn = db();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'contact_search_%'
             AND name NOT LIKE 'network_search_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in &tables {
        if DERIVED_TABLES.contains(&table.as_str()) || LOCAL_TABLES.contains(&table.as_str()) {
            continue;
        }
        let section = book::section(table).unwrap_or_else(|| {
            panic!("table {table} is neither in the book format nor listed as rebuilt on import")
        });
        let columns: Vec<(String, String)> = conn
            .prepare(&format!(
                "SELECT name, type FROM pragma_table_info('{table}')"
            ))
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (column, kind) in &columns {
            if DERIVED_COLUMNS.contains(&(table.as_str(), column.as_str())) {
                continue;
            }
            let carried = section
                .columns
                .iter()
                .find(|c| c.name == column)
                .unwrap_or_else(|| {
                    panic!("column {table}.{column} is not in the book format (add it and raise book::VERSION)")
                });
            let expected = match carried.kind {
                book::Kind::Int => "INTEGER",
                book::Kind::Real => "REAL",
                book::Kind::Text => "TEXT",
                book::Kind::Blob => "BLOB",
            };
            assert_eq!(kind, expected, "{table}.{column}");
        }
        for carried in section.columns {
            assert!(
                columns.iter().any(|(name, _)| name == carried.name),
                "the book format carries {table}.{}, which the schema no longer has",
                carried.name
            );
        }
    }
    for section in SECTIONS {
        assert!(
            tables.iter().any(|t| t == section.name),
            "the book format has a section {} that is not a table",
            section.name
        );
    }
    for table in DERIVED_TABLES {
        assert!(tables.iter().any(|t| t == table), "{table} is gone");
    }
}

#[test]
fn a_book_is_not_imported_into_a_book_that_holds_something() {
    let text = export_book(&rich_book());
    let mut target = db();
    contacts::create(
        &mut target,
        &ContactDraft {
            display_name: "Already here".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap();

    let error = import_book(&mut target, &text).unwrap_err();

    assert!(matches!(error, BookError::NotEmpty { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("(1 contact)"), "{message}");
    assert!(message.contains("new data folder"), "{message}");
    assert_eq!(count(&target, "contacts"), 1);
}

#[test]
fn a_book_from_a_newer_curbside_is_refused_and_an_older_version_is_read() {
    let text = export_book(&rich_book());
    let newer = text.replacen(
        &format!("\"version\":{},", book::VERSION),
        &format!("\"version\":{},", book::VERSION + 1),
        1,
    );
    let mut target = db();
    let error = import_book(&mut target, &newer).unwrap_err();
    assert!(
        matches!(
            error,
            BookError::TooNew { found, supported }
                if found == book::VERSION + 1 && supported == book::VERSION
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("update Curbside"), "{error}");
    assert_eq!(count(&target, "contacts"), 0);

    // Version 1 is the oldest there is (without version 2's sync_uids); a
    // version-1 book without the fields a reader may leave to their
    // defaults still imports.
    let minimal = r#"{"format":"curbside-book","version":1,
        "contacts":[{"id":7,"display_name":"Ana","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}]}"#;
    let imported = import_book(&mut target, minimal).unwrap();
    assert_eq!(imported.count("contacts"), 1);
    assert_eq!(contacts::get(&target, 7).unwrap().display_name, "Ana");
}

/// Imports `text` into a fresh book, expecting a refusal; checks nothing
/// was written and returns the message.
fn refused(text: &str) -> String {
    let mut target = db();
    let error = import_book(&mut target, text).unwrap_err();
    for section in SECTIONS {
        assert_eq!(count(&target, section.name), 0, "{} written", section.name);
    }
    error.to_string()
}

#[test]
fn bad_books_are_refused_saying_where_and_nothing_is_written() {
    let good = export_book(&rich_book());
    let cases: Vec<(String, &str)> = vec![
        // Cut short: an incomplete copy.
        (good[..good.len() / 2].to_owned(), "ends too early"),
        ("not json at all".into(), "not valid JSON"),
        ("[1, 2]".into(), "Curbside book"),
        ("{}".into(), "\"format\""),
        (
            r#"{"format":"vcard","version":1}"#.into(),
            "not a Curbside book",
        ),
        (
            r#"{"format":"curbside","version":1,"contacts":[],"interactions":[]}"#.into(),
            "not a whole book",
        ),
        (
            r#"{"contacts":[],"format":"curbside-book","version":1}"#.into(),
            "must come before the first section",
        ),
        (
            good.replacen("\"contacts\":[", "\"people\":[", 1),
            "\"people\" is not a section",
        ),
        // A wrong type, named by section, record and field.
        (
            good.replacen("{\"id\":1,", "{\"id\":\"one\",", 1),
            "contacts[0].id: expected a whole number, found a string",
        ),
        (
            good.replacen("\"display_name\":", "\"shoe_size\":42,\"display_name\":", 1),
            "contacts[0].shoe_size: not a field of a book",
        ),
        // A value the schema refuses, and a reference to nothing.
        (
            good.replacen("\"kind\":\"meeting\"", "\"kind\":\"séance\"", 1),
            "interactions[0]",
        ),
        (
            good.replacen(
                "\"contact_id\":2,\"position\":0,\"number\"",
                "\"contact_id\":99,\"position\":0,\"number\"",
                1,
            ),
            "refers to a contacts record that is not in the book",
        ),
        (good.replacen("{\"id\":2,", "{\"id\":1,", 1), "contacts[1]"),
        (
            good.replacen(
                "\"occurred_at\":\"2026-01-05T10:00:00Z\"",
                "\"occurred_at\":\"last Tuesday\"",
                1,
            ),
            "interactions[0].occurred_at: \"last Tuesday\" is not an instant",
        ),
        (
            good.replacen(
                "\"earned_on\":\"2025-11-20\"",
                "\"earned_on\":\"2025-02-30\"",
                1,
            ),
            "cme_credits[0].earned_on: \"2025-02-30\" is not a date",
        ),
        (
            good.replacen("\"data\":\"", "\"data\":\"!!!", 1),
            "contact_photos[0].data: expected base64",
        ),
    ];
    for (text, expected) in cases {
        assert_ne!(text, good, "the case for {expected:?} changes nothing");
        let message = refused(&text);
        assert!(
            message.contains(expected),
            "expected {expected:?} in: {message}"
        );
    }
}

#[test]
fn a_huge_field_is_refused_without_reading_it_whole() {
    let mut text =
        String::from(r#"{"format":"curbside-book","version":1,"contacts":[{"id":1,"notes":""#);
    text.push_str(&"a".repeat(book::MAX_FIELD_BYTES / 3 * 4 + 2 * 1024 * 1024));
    text.push_str("\"}]}");
    let message = refused(&text);
    assert!(message.contains("longer than a book may hold"), "{message}");
}

#[test]
fn a_book_reads_without_a_database() {
    let text = export_book(&rich_book());
    let read = book::read(text.as_bytes()).unwrap();
    assert_eq!(read.header.version, book::VERSION);
    assert_eq!(read.sections.len(), SECTIONS.len());
    let photos = read
        .sections
        .iter()
        .find(|s| s.name == "contact_photos")
        .unwrap();
    let data = photos.records[0]
        .iter()
        .find(|(name, _)| *name == "data")
        .unwrap();
    assert!(
        matches!(&data.1, rusqlite::types::Value::Blob(bytes) if bytes.starts_with(b"\x89PNG"))
    );
    assert!(
        book::read(&b"{\"format\":\"curbside-book\",\"version\":1,\"contacts\":[{}]}"[..]).is_err()
    );
}

#[test]
fn a_json_export_of_every_contact_is_the_book_and_of_a_selection_is_not() {
    let conn = rich_book();
    let mut all = Vec::new();
    let count = export::export(&conn, ExportFormat::Json, None, &mut all).unwrap();
    assert_eq!(count, 2);
    let head = format!(
        "{{\"format\":\"curbside-book\",\"version\":{},",
        book::VERSION
    );
    assert!(all.starts_with(head.as_bytes()));

    let mut some = Vec::new();
    export::export(&conn, ExportFormat::Json, Some(&[1]), &mut some).unwrap();
    let some = String::from_utf8(some).unwrap();
    assert!(
        some.starts_with("{\"format\":\"curbside\",\"version\":1,"),
        "{some}"
    );
    let message = refused(&some);
    assert!(message.contains("selected contacts"), "{message}");
}
