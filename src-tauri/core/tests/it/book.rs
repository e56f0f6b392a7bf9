//! The whole-book JSON export and import: a book with something in every
//! section comes back whole in a fresh database (its export is the same
//! file), every table the schema has is carried or rebuilt, and a bad,
//! newer or misplaced book is refused with nothing written.

use std::io::Cursor;

use crate::support::events::{add, at, db, now, repeating, timed};
use curbside_core::book::{self, BookError, DERIVED_COLUMNS, DERIVED_TABLES, SECTIONS};
use curbside_core::cme::{self, CreditDraft, CreditType, CycleDraft, CycleKind, Minimum};
use curbside_core::contacts::{self, ContactDraft, HowWeMet};
use curbside_core::events::{
    self, DeadlineDraft, DeadlineKind, EventStatus, PersonRole, SessionDraft,
};
use curbside_core::export::{self, ExportFormat};
use curbside_core::import::{self, Source};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::interop::vcard;
use curbside_core::messages::{self, TemplateKind};
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::relationships::{self, RelationshipKind};
use curbside_core::reminders::{self, Cadence, CadenceTarget, CustomReminderDraft, MilestoneDraft};
use curbside_core::search;
use curbside_core::values::{Address, Labeled};
use jiff::civil::date;
use rusqlite::Connection;

/// A book with at least one record in every section, written through the
/// same functions the app and the CLI call.
fn rich_book() -> Connection {
    let mut conn = db();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nN:Müller;Zoë;;;\r\n\
                UID:urn:uuid:6f1c1f3e-1d2b-4c55-9a77-0d3e2f4b5a6c\r\nX-SOCIAL:zoe\r\n\
                PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n\
                END:VCARD\r\n";
    let source = Source {
        file: "zoe.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(card))),
    };
    import::import(&mut conn, vec![source], false, now(), |_| {
        std::ops::ControlFlow::Continue(())
    })
    .unwrap();
    let zoe = contacts::list(&conn, &Default::default()).unwrap()[0].id;

    let ana = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Dr. Ana Díaz".into(),
            credentials: "MD, PhD".into(),
            specialty: "Cardiology".into(),
            institution: "Hospital Clínic".into(),
            emails: vec!["ana@example.org".into(), "a.diaz@example.com".into()],
            phones: vec!["+34 600 000 000".into()],
            links: vec![Labeled {
                label: "ORCID".into(),
                value: "https://orcid.org/0000-0002-1825-0097".into(),
            }],
            addresses: vec![Address {
                label: "work".into(),
                street: "Carrer de Villarroel, 170".into(),
                locality: "Barcelona".into(),
                country: "Spain".into(),
                ..Default::default()
            }],
            birthday: "1980-02-29".into(),
            time_zone: "Europe/Madrid".into(),
            tags: vec!["mentor".into(), "heart \"failure\"".into()],
            notes: "Line one\nline two, with a tab\tand an emoji 🫀".into(),
            met: Some(HowWeMet {
                on: Some("2019-08-31".into()),
                at: "ESC Paris".into(),
                introduced_by: Some(zoe),
            }),
            ..Default::default()
        },
        now(),
    )
    .unwrap()
    .id;
    // A deleted contact: its id is never given again, in the imported book too.
    let gone = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Gone".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap()
    .id;
    contacts::delete(&mut conn, gone).unwrap();

    organizations::add(
        &mut conn,
        ana,
        &AffiliationDraft {
            organization: "Harvard Medical School".into(),
            kind: AffiliationKind::Fellowship,
            role: "Fellow".into(),
            starts_on: Some("2010-07-01".into()),
            ends_on: Some("2012-06-30".into()),
        },
    )
    .unwrap();
    relationships::add(&mut conn, ana, None, RelationshipKind::Mentor, "my mentor").unwrap();
    relationships::add(
        &mut conn,
        ana,
        Some(zoe),
        RelationshipKind::Collaborator,
        "",
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(ana),
        Some(Cadence { days: 90 }),
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Tag("mentor".into()),
        Some(Cadence { days: 120 }),
    )
    .unwrap();
    reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: ana,
            kind: "award".into(),
            on: Some(date(2025, 6, 1)),
            note: "Young investigator award".into(),
        },
        now(),
    )
    .unwrap();

    let esc = add(
        &mut conn,
        &timed(
            "ESC Congress",
            "2026-08-28T09:00",
            "2026-08-28T18:00",
            "Europe/Madrid",
        ),
    );
    events::set_status(&mut conn, esc, EventStatus::Registered, now()).unwrap();
    let rounds = add(
        &mut conn,
        &repeating(
            timed(
                "Grand rounds",
                "2026-01-07T07:30",
                "2026-01-07T08:30",
                "America/New_York",
            ),
            "FREQ=WEEKLY;COUNT=10",
        ),
    );
    events::remove_occurrence(&mut conn, rounds, "2026-01-14T07:30:00").unwrap();
    let mut moved = timed(
        "Grand rounds (moved)",
        "2026-01-22T12:00",
        "2026-01-22T13:00",
        "America/New_York",
    );
    moved.notes = "In the big hall".into();
    events::change_occurrence(&mut conn, rounds, "2026-01-21T07:30:00", &moved, now()).unwrap();
    events::add_deadline(
        &mut conn,
        esc,
        &DeadlineDraft {
            kind: DeadlineKind::Abstract,
            label: "Late-breaking science".into(),
            due_local: "2026-03-15T23:59".parse().unwrap(),
            time_zone: "AoE".into(),
            done: false,
        },
    )
    .unwrap();
    events::add_session(
        &mut conn,
        esc,
        &SessionDraft {
            title: "Heart failure guidelines".into(),
            start: Some("2026-08-28T10:00".parse().unwrap()),
            end: Some("2026-08-28T11:30".parse().unwrap()),
            room: "Hall Berlin".into(),
        },
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        zoe,
        PersonRole::ToMeet,
        "Ask about TAVR",
        now(),
    )
    .unwrap();

    interactions::add(
        &mut conn,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(at("2026-01-05T10:00:00Z")),
            time_zone: "Europe/Madrid".into(),
            topic: "renal denervation".into(),
            note: "Coffee after rounds".into(),
            contact_ids: vec![ana, zoe],
            event_id: Some(esc),
        },
        now(),
    )
    .unwrap();

    let credit = cme::add_credit(
        &mut conn,
        &CreditDraft {
            earned_on: date(2025, 11, 20),
            title: "Heart failure update".into(),
            provider: "ESC".into(),
            credit_type: CreditType::AmaPra1,
            type_label: String::new(),
            hours: 6.5,
            topics: vec!["opioids".into(), "ethics".into()],
            event_id: Some(esc),
            notes: String::new(),
        },
        now(),
    )
    .unwrap();
    let pdf: Vec<u8> = b"%PDF-1.7\n\x00\x01\x02\xff binary".to_vec();
    cme::attach_certificate(&mut conn, credit.id, "certificate.pdf", &pdf, now()).unwrap();
    cme::add_cycle(
        &mut conn,
        &CycleDraft {
            name: "California license".into(),
            kind: CycleKind::License,
            authority: "Medical Board of California".into(),
            starts_on: date(2024, 2, 1),
            ends_on: date(2026, 1, 31),
            total_hours: 50.0,
            total_types: vec![CreditType::AmaPra1],
            type_minimums: vec![Minimum {
                key: "ama_pra_1".into(),
                hours: 25.0,
            }],
            topic_minimums: vec![Minimum {
                key: "opioids".into(),
                hours: 2.0,
            }],
            notes: String::new(),
        },
    )
    .unwrap();

    let custom = reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Renew DEA registration".into(),
            note: String::new(),
            contact_id: Some(ana),
            event_id: Some(esc),
            at: "2026-03-01T09:00".parse().unwrap(),
            time_zone: "America/Los_Angeles".into(),
            recurrence: "FREQ=YEARLY".into(),
        },
        now(),
    )
    .unwrap();
    let birthday = format!("birthday:c{ana}:2026");
    reminders::dismiss(&mut conn, &birthday, now()).unwrap();
    reminders::snooze(
        &mut conn,
        &format!("custom:{custom}:2026-03-01T09:00"),
        at("2026-03-02T09:00:00Z"),
        now(),
    )
    .unwrap();
    reminders::mark_shown(&mut conn, &["milestone:m1".to_owned()], now()).unwrap();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.birthday.lead_days = vec![3];
    reminders::save_settings(&mut conn, &settings).unwrap();
    messages::save_template(
        &conn,
        TemplateKind::Birthday,
        "Happy birthday, {first_name}!",
        "Dear {first_name},\n\nAll the best.\n\n{my_first_name}",
    )
    .unwrap();
    messages::set_my_name(&conn, "Jane Doe").unwrap();
    conn
}

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
             AND name NOT LIKE 'contact_search_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in &tables {
        if DERIVED_TABLES.contains(&table.as_str()) {
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
    let newer = text.replacen("\"version\":1,", "\"version\":2,", 1);
    let mut target = db();
    let error = import_book(&mut target, &newer).unwrap_err();
    assert!(
        matches!(
            error,
            BookError::TooNew {
                found: 2,
                supported: 1
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("update Curbside"), "{error}");
    assert_eq!(count(&target, "contacts"), 0);

    // Version 1 is the oldest there is; a version-1 book without the
    // fields a reader may leave to their defaults still imports.
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
    assert!(all.starts_with(b"{\"format\":\"curbside-book\",\"version\":1,"));

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
