//! Export then import gives back the same contacts: every field a user can
//! store survives vCard 3.0 and 4.0, and re-importing an export into the
//! same book changes nothing.

use std::io::Cursor;
use std::ops::ControlFlow;

use curbside_core::contacts::{
    self, Address, Contact, ContactDraft, ContactFilter, HowWeMet, Labeled, NameParts,
};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use curbside_core::import::{import, Source};
use curbside_core::interop::vcard;
use jiff::Timestamp;
use rusqlite::Connection;

fn rich() -> ContactDraft {
    ContactDraft {
        display_name: "Dr. Amara N. Okafor".into(),
        name: Some(NameParts { prefix: "Dr.".into(), given: "Amara".into(), middle: "N.".into(), family: "Okafor".into(), suffix: String::new() }),
        nickname: "Mara".into(),
        credentials: "MD, PhD".into(),
        pronouns: "she/her".into(),
        specialty: "Cardiology".into(),
        subspecialty: "Electrophysiology".into(),
        field: String::new(),
        institution: "St Mary's Hospital, London".into(),
        department: "Cardiac Sciences".into(),
        title: "Consultant; Senior Lecturer".into(),
        emails: vec!["amara@example.org".into(), "a.okafor@nhs.example".into()],
        phones: vec!["+44 20 7946 0321".into()],
        links: vec![
            Labeled { label: "LinkedIn".into(), value: "https://www.linkedin.com/in/amara-okafor".into() },
            Labeled { label: "ORCID".into(), value: "https://orcid.org/0000-0002-1825-0097".into() },
        ],
        addresses: vec![Address {
            label: "work".into(),
            street: "Praed Street, Level 3".into(),
            locality: "London".into(),
            postal_code: "W2 1NY".into(),
            country: "United Kingdom".into(),
            ..Default::default()
        }],
        birthday: "--03-29".into(),
        time_zone: "Europe/London".into(),
        tags: vec!["ESC 2026".into(), "mentor".into()],
        notes: "Met at ESC 2026; talked about renal denervation.\nOffered to review my abstract, \"before March\".".into(),
        met: Some(HowWeMet { on: Some("2026-08-30".into()), at: "ESC 2026, Munich".into(), introduced_by: None }),
    }
}

fn plain() -> ContactDraft {
    ContactDraft {
        display_name: "Ben Carter".into(),
        emails: vec!["ben@example.org".into()],
        ..Default::default()
    }
}

/// The book as an export brings it back: a contact saved with a name only
/// is exported with that name split into parts (other apps show `N`), so it
/// comes back with them.
fn as_exported(mut drafts: Vec<ContactDraft>) -> Vec<ContactDraft> {
    for draft in &mut drafts {
        if draft.display_name == "Ben Carter" {
            draft.name = Some(NameParts {
                given: "Ben".into(),
                family: "Carter".into(),
                ..Default::default()
            });
        }
    }
    drafts
}

fn book() -> Connection {
    let mut conn = db::open_in_memory().unwrap();
    contacts::create(&mut conn, &rich(), Timestamp::now()).unwrap();
    contacts::create(&mut conn, &plain(), Timestamp::now()).unwrap();
    conn
}

fn comparable(conn: &Connection) -> Vec<ContactDraft> {
    contacts::list(conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(ContactDraft::from)
        .collect()
}

fn reimport(conn: &mut Connection, text: Vec<u8>) -> curbside_core::import::ImportSummary {
    let source = Source {
        file: "export.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(text))),
    };
    import(conn, vec![source], false, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap()
}

fn exported(conn: &Connection, format: ExportFormat) -> Vec<u8> {
    let mut out = Vec::new();
    assert_eq!(export(conn, format, None, &mut out).unwrap(), 2);
    out
}

#[test]
fn vcard_3_export_then_import_gives_back_the_same_contacts() {
    let original = book();
    let text = exported(&original, ExportFormat::Vcard);
    assert!(String::from_utf8_lossy(&text).contains("VERSION:3.0"));
    let mut fresh = db::open_in_memory().unwrap();
    let summary = reimport(&mut fresh, text);
    assert_eq!(summary.created, 2, "{summary:?}");
    assert_eq!(comparable(&fresh), as_exported(comparable(&original)));
}

#[test]
fn vcard_4_export_then_import_gives_back_the_same_contacts() {
    let original = book();
    let text = exported(&original, ExportFormat::Vcard4);
    assert!(String::from_utf8_lossy(&text).contains("VERSION:4.0"));
    let mut fresh = db::open_in_memory().unwrap();
    reimport(&mut fresh, text);
    assert_eq!(comparable(&fresh), as_exported(comparable(&original)));
}

#[test]
fn importing_an_export_into_the_same_book_changes_nothing() {
    let mut conn = book();
    let before: Vec<Contact> = contacts::list(&conn, &ContactFilter::default()).unwrap();
    let text = exported(&conn, ExportFormat::Vcard);
    let summary = reimport(&mut conn, text);
    assert_eq!(
        (summary.created, summary.updated, summary.unchanged),
        (0, 0, 2),
        "{summary:?}"
    );
    assert_eq!(
        contacts::list(&conn, &ContactFilter::default()).unwrap(),
        before
    );
}

#[test]
fn the_json_export_holds_every_contact_and_interaction() {
    let mut conn = book();
    let ids: Vec<i64> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let draft = curbside_core::interactions::InteractionDraft {
        kind: curbside_core::interactions::InteractionKind::Meeting,
        occurred_at: None,
        time_zone: String::new(),
        topic: String::new(),
        note: "Lunch together".into(),
        contact_ids: ids.clone(),
        event_id: None,
    };
    curbside_core::interactions::add(&mut conn, &draft, Timestamp::now()).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&exported(&conn, ExportFormat::Json)).unwrap();
    assert_eq!(json["contacts"].as_array().unwrap().len(), 2);
    // The whole book lists contacts by id.
    assert!(
        json["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|contact| contact["subspecialty"] == "Electrophysiology"),
        "{json}"
    );
    assert_eq!(
        json["interactions"].as_array().unwrap().len(),
        1,
        "a shared interaction is written once"
    );
    assert_eq!(json["interactions"][0]["note"], "Lunch together");
}

#[test]
fn the_csv_export_has_a_header_and_a_row_per_contact() {
    let conn = book();
    let text = String::from_utf8(exported(&conn, ExportFormat::Csv)).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.records().count(), 2);
    assert!(
        text.contains("amara@example.org ::: a.okafor@nhs.example"),
        "{text}"
    );
}

#[test]
fn an_export_file_appears_whole_or_not_at_all() {
    let conn = book();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.vcf");
    assert_eq!(
        curbside_core::export::export_to_file(&conn, ExportFormat::Vcard, None, &path).unwrap(),
        2
    );
    let first = std::fs::read(&path).unwrap();
    assert!(String::from_utf8_lossy(&first).contains("Amara"));

    // Asking for a contact that is gone fails half-way: the older export stays,
    // and no partial file is left beside it.
    let error =
        curbside_core::export::export_to_file(&conn, ExportFormat::Vcard, Some(&[1, 999]), &path)
            .unwrap_err();
    assert!(error.to_string().contains("999"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), first);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let nowhere = dir.path().join("missing-folder/contacts.vcf");
    let error = curbside_core::export::export_to_file(&conn, ExportFormat::Vcard, None, &nowhere)
        .unwrap_err();
    assert!(error.to_string().starts_with("could not create"), "{error}");
}
