//! Every item of a book as a sync record: a rich book read as records and
//! applied to an empty one comes out the same (search, occurrences, last
//! contact and the whole-book export agree), references land on the right
//! rows when the two computers number them differently, and every table
//! of the schema is synced or listed as not.

use std::collections::BTreeMap;

use crate::book::rich::rich_book;
use crate::support::events::{add, at, db, now, timed};
use curbside_core::book::{self, DERIVED_COLUMNS, DERIVED_TABLES, LOCAL_TABLES};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::events::{self, EventFilter};
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders;
use curbside_core::search;
use curbside_core::sync::records::{self, Applied, Doc, Kind, NOT_SYNCED};
use rusqlite::Connection;
use serde_json::Value;

/// A book with something in every table (the whole-book tests' own).
pub(super) fn rich() -> Connection {
    rich_book()
}

/// Every record of the book, by kind, in row order.
pub(super) fn read_everything(conn: &mut Connection) -> BTreeMap<Kind, Vec<Doc>> {
    let tx = conn.transaction().unwrap();
    let all = Kind::ALL
        .into_iter()
        .map(|kind| (kind, records::read_all(&tx, kind).unwrap()))
        .collect();
    tx.commit().unwrap();
    all
}

/// Applies every record in `Kind::ALL` order; each must be stored.
pub(super) fn apply_everything(conn: &mut Connection, docs: &BTreeMap<Kind, Vec<Doc>>) {
    let tx = conn.transaction().unwrap();
    for kind in Kind::ALL {
        for doc in &docs[&kind] {
            let applied = records::apply(&tx, doc).unwrap_or_else(|e| panic!("{doc:?}: {e}"));
            assert_eq!(applied, Applied::Stored, "{}", records::label(doc));
        }
    }
    tx.commit().unwrap();
}

/// The records by kind and uid, as canonical text.
fn by_uid(docs: &BTreeMap<Kind, Vec<Doc>>) -> BTreeMap<(Kind, String), String> {
    docs.values()
        .flatten()
        .map(|doc| ((doc.kind, doc.uid.clone()), doc.canonical()))
        .collect()
}

/// Columns holding this computer's row ids (set aside when two books are
/// compared), and sections that differ by nature.
const ID_COLUMNS: [&str; 12] = [
    "id",
    "contact_id",
    "other_contact_id",
    "organization_id",
    "introduced_by",
    "series_id",
    "event_id",
    "organizer_id",
    "interaction_id",
    "credit_id",
    "cycle_id",
    "reminder_id",
];

/// The whole-book export, each record without its ids, records sorted.
fn export_without_ids(conn: &Connection) -> BTreeMap<String, Vec<String>> {
    let mut out = Vec::new();
    book::export(conn, &mut out, now()).unwrap();
    let book: serde_json::Map<String, Value> = serde_json::from_slice(&out).unwrap();
    let mut sections = BTreeMap::new();
    for (name, value) in book {
        let Value::Array(records) = value else {
            continue;
        };
        if ["id_sequences", "sync_uids", "reminders_shown"].contains(&name.as_str()) {
            continue;
        }
        let mut texts: Vec<String> = records
            .into_iter()
            .map(|mut record| {
                if let Value::Object(fields) = &mut record {
                    fields.retain(|key, _| !ID_COLUMNS.contains(&key.as_str()));
                }
                record.to_string()
            })
            .collect();
        texts.sort();
        sections.insert(name, texts);
    }
    sections
}

fn last_contact(conn: &Connection) -> Vec<(String, Option<String>, Option<String>)> {
    conn.prepare(
        "SELECT display_name, last_interaction_at, last_note FROM contacts ORDER BY display_name",
    )
    .unwrap()
    .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn occurrences(conn: &Connection) -> Vec<(String, String)> {
    events::occurrences(
        conn,
        at("2025-01-01T00:00:00Z"),
        at("2028-01-01T00:00:00Z"),
        &crate::support::zone("Europe/Berlin"),
        &EventFilter::default(),
    )
    .unwrap()
    .into_iter()
    .map(|o| (o.title.clone(), o.starts_at.to_string()))
    .collect()
}

fn names(conn: &Connection, query: &str) -> Vec<String> {
    let mut found: Vec<String> = search::search(conn, query, 10)
        .unwrap()
        .into_iter()
        .map(|contact| contact.display_name)
        .collect();
    found.sort();
    found
}

#[test]
fn a_rich_book_applied_record_by_record_to_an_empty_book_comes_out_the_same() {
    let mut original = rich_book();
    let docs = read_everything(&mut original);
    for kind in Kind::ALL {
        assert!(!docs[&kind].is_empty(), "no {} record", kind.name());
    }
    let mut copy = db();
    apply_everything(&mut copy, &docs);

    assert_eq!(by_uid(&read_everything(&mut copy)), by_uid(&docs));
    for query in ["muller", "denervation", "cardiology", "mentor"] {
        assert_eq!(names(&copy, query), names(&original, query), "{query}");
    }
    assert_eq!(names(&copy, "denervation").len(), 2);
    assert_eq!(occurrences(&copy), occurrences(&original));
    assert!(occurrences(&copy)
        .iter()
        .any(|(title, _)| title == "Grand rounds (moved)"));
    assert_eq!(last_contact(&copy), last_contact(&original));
    assert_eq!(export_without_ids(&copy), export_without_ids(&original));
    // Reading gave every item a uid, kept: a second read gives the same.
    assert_eq!(by_uid(&read_everything(&mut original)), by_uid(&docs));
}

#[test]
fn references_land_on_the_right_rows_when_the_books_number_them_differently() {
    let mut original = rich_book();
    // A state about a changed occurrence: named by its series and start.
    let moved: i64 = original
        .query_row(
            "SELECT id FROM events WHERE series_id IS NOT NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    reminders::dismiss(&mut original, &format!("claim_credits:e{moved}"), now()).unwrap();
    let docs = read_everything(&mut original);

    // Book B made other things first, in another order.
    let mut other = db();
    let esc = add(
        &mut other,
        &timed("Local rounds", "2026-02-01T08:00", "2026-02-01T09:00", ""),
    );
    for name in ["Dr. Lee", "Dr. Kim", "Dr. Park"] {
        let kim = crate::support::person(&mut other, name);
        organizations::add(
            &mut other,
            kim,
            &AffiliationDraft {
                organization: format!("{name} Clinic"),
                kind: AffiliationKind::Job,
                role: String::new(),
                starts_on: None,
                ends_on: None,
            },
        )
        .unwrap();
    }
    events::delete(&mut other, esc).unwrap();
    apply_everything(&mut other, &docs);

    let one = |sql: &str| -> Vec<String> {
        let mut found: Vec<String> = other
            .prepare(sql)
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        found.sort();
        found
    };
    assert_eq!(
        one("SELECT c.display_name FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
             JOIN contacts c ON c.id = ic.contact_id WHERE i.topic = 'renal denervation'"),
        ["Dr. Ana Díaz", "Zoë Müller"]
    );
    for sql in [
        "SELECT e.title FROM interactions i JOIN events e ON e.id = i.event_id",
        "SELECT e.title FROM cme_credits x JOIN events e ON e.id = x.event_id",
        "SELECT e.title FROM event_deadlines x JOIN events e ON e.id = x.event_id",
        "SELECT e.title FROM custom_reminders x JOIN events e ON e.id = x.event_id",
        "SELECT e.title FROM event_people x JOIN events e ON e.id = x.event_id",
    ] {
        assert_eq!(one(sql), ["ESC Congress"], "{sql}");
    }
    assert_eq!(
        one("SELECT c.display_name FROM event_people x JOIN contacts c ON c.id = x.contact_id"),
        ["Zoë Müller"]
    );
    assert_eq!(
        one("SELECT i.display_name FROM contacts c JOIN contacts i ON i.id = c.introduced_by"),
        ["Zoë Müller"]
    );
    assert_eq!(
        one(
            "SELECT c.display_name || ' > ' || o.display_name FROM relationships r
             JOIN contacts c ON c.id = r.contact_id JOIN contacts o ON o.id = r.other_contact_id"
        ),
        ["Dr. Ana Díaz > Zoë Müller"]
    );
    assert_eq!(
        one(
            "SELECT c.display_name || ' @ ' || o.name FROM affiliations a
             JOIN contacts c ON c.id = a.contact_id JOIN organizations o ON o.id = a.organization_id
             WHERE c.display_name LIKE '%Díaz'"
        ),
        [
            "Dr. Ana Díaz @ Harvard Medical School",
            "Dr. Ana Díaz @ Hospital Clínic"
        ]
    );
    assert_eq!(
        one(
            "SELECT o.title || ' of ' || s.title FROM events o JOIN events s ON s.id = o.series_id"
        ),
        ["Grand rounds (moved) of Grand rounds"]
    );
    let moved: i64 = other
        .query_row(
            "SELECT id FROM events WHERE series_id IS NOT NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        one("SELECT reminder_id FROM reminder_states WHERE reminder_id LIKE 'claim_credits:%'"),
        [format!("claim_credits:e{moved}")]
    );
    // Read back on B, A's records are what A wrote.
    let back = by_uid(&read_everything(&mut other));
    for (key, text) in by_uid(&docs) {
        assert_eq!(back.get(&key), Some(&text), "{key:?}");
    }
}

#[test]
fn every_table_and_column_of_the_schema_is_synced_or_listed_as_not() {
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
    let carried = records::carried();
    let not_synced = |table: &str| NOT_SYNCED.iter().any(|(name, _)| *name == table);
    for table in DERIVED_TABLES.iter().chain(&LOCAL_TABLES) {
        assert!(not_synced(table), "{table} is not in records::NOT_SYNCED");
    }
    for table in &tables {
        if not_synced(table) {
            continue;
        }
        let found: Vec<&(&str, Vec<&str>)> =
            carried.iter().filter(|(name, _)| name == table).collect();
        assert!(
            !found.is_empty(),
            "table {table} is in no kind of sync record and not listed in records::NOT_SYNCED"
        );
        let columns: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for column in &columns {
            let rebuilt =
                column == "id" || DERIVED_COLUMNS.contains(&(table.as_str(), column.as_str()));
            let synced = found
                .iter()
                .all(|(_, names)| names.contains(&column.as_str()));
            assert!(
                rebuilt || synced,
                "column {table}.{column} is in no sync record (add it to the book format's section)"
            );
        }
    }
    for (table, _) in &carried {
        assert!(
            tables.iter().any(|t| t == table),
            "sync records carry {table}, which is not a table"
        );
    }
    for (table, why) in NOT_SYNCED {
        assert!(!why.is_empty());
        // (The sync's own tables are the book format's to check.)
        assert!(
            table == "sqlite_sequence"
                || LOCAL_TABLES.contains(&table)
                || tables.iter().any(|t| t == table),
            "{table} is listed as not synced but is not a table"
        );
    }
}

#[test]
fn records_read_back_from_their_text_and_from_their_fields() {
    let mut original = rich_book();
    for doc in read_everything(&mut original).values().flatten() {
        let text = doc.canonical();
        let back = Doc::from_canonical(doc.kind, &doc.uid, &text).unwrap();
        assert_eq!(back.canonical(), text);
        let fields = records::to_fields(doc);
        let merged = records::from_fields(doc.kind, &doc.uid, &fields).unwrap();
        assert_eq!(merged.canonical(), text, "{}", records::label(doc));
        assert!(!records::label(doc).is_empty());
    }
    let contact = contacts::create(
        &mut original,
        &ContactDraft {
            display_name: "Dr. Brace".into(),
            notes: "{\"looks\": \"like JSON\"}".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap();
    let docs = read_everything(&mut original);
    let doc = docs[&Kind::Contact]
        .iter()
        .find(|d| d.body["display_name"] == "Dr. Brace")
        .unwrap();
    assert_eq!(records::label(doc), "Dr. Brace");
    let merged = records::from_fields(Kind::Contact, &doc.uid, &records::to_fields(doc)).unwrap();
    assert_eq!(merged.body["notes"], "{\"looks\": \"like JSON\"}");
    let _ = contact;
}
