//! Two computers through one server: whatever one adds, edits or deletes,
//! of every kind, the other has after both synced, and back; a phone's
//! contact arrives and an edit here shows in the server's vCard; a sync
//! with nothing changed sends and receives nothing.

use super::{
    add, assert_same_book, book, contact, contact_count, edit, everything, rich_book, sync,
};
use crate::support::at;
use curbside_core::cme::{self, CreditDraft, CreditType};
use curbside_core::events;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::sync::engine::Report;
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::remote::Collection;
use jiff::civil::date;
use rusqlite::Connection;

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .unwrap()
}

fn resources(server: &MemoryServer) -> usize {
    Collection::ALL
        .into_iter()
        .map(|collection| server.names(collection).len())
        .sum()
}

#[test]
fn a_book_made_on_one_computer_arrives_whole_on_the_other() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    let first = sync(&mut a, &mut server);
    let records = everything(&mut a).len();
    assert_eq!(first.sent as usize, records, "every record goes out once");
    assert_eq!(resources(&server), records, "one resource per record");

    let mut b = book();
    let second = sync(&mut b, &mut server);
    assert_eq!(second.sent, 0, "{second:?}");
    assert_eq!(second.conflicts, 0, "{second:?}");
    assert_same_book(&mut a, &mut b);
    assert_eq!(contact(&b, "Dr. Ana Díaz").unwrap().specialty, "Cardiology");
    assert_eq!(count(&b, "cme_certificates"), 1);
    assert_eq!(count(&b, "interactions"), 1);
}

#[test]
fn additions_edits_and_deletions_of_every_kind_reach_the_other_computer_and_back() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let mut b = book();
    sync(&mut b, &mut server);

    // On A: a contact added, one edited, an interaction, a credit.
    let ines = add(&mut a, "Dr. Inés Ramos");
    edit(&mut a, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Interventional cardiology".into()
    });
    interactions::add(
        &mut a,
        &InteractionDraft {
            kind: InteractionKind::Call,
            occurred_at: Some(at("2026-02-03T09:00:00Z")),
            time_zone: String::new(),
            topic: String::new(),
            note: "Talked about the registry".into(),
            contact_ids: vec![ines.id],
            event_id: None,
        },
        at("2026-02-03T09:00:00Z"),
    )
    .unwrap();
    cme::add_credit(
        &mut a,
        &CreditDraft {
            earned_on: date(2026, 1, 15),
            title: "Echo course".into(),
            provider: "EACVI".into(),
            credit_type: CreditType::AmaPra1,
            type_label: String::new(),
            hours: 3.0,
            topics: vec![],
            event_id: None,
            notes: String::new(),
        },
        at("2026-02-03T09:00:00Z"),
    )
    .unwrap();
    let sent = sync(&mut a, &mut server);
    assert!(sent.sent >= 4, "{sent:?}");
    let got = sync(&mut b, &mut server);
    assert!(got.received >= 4, "{got:?}");
    assert_same_book(&mut a, &mut b);
    assert_eq!(
        contact(&b, "Dr. Ana Díaz").unwrap().specialty,
        "Interventional cardiology"
    );

    // On B: a contact deleted, an event deleted, an interaction deleted.
    let zoe = contact(&b, "Zoë Müller").unwrap();
    curbside_core::contacts::delete(&mut b, zoe.id).unwrap();
    let esc: i64 = b
        .query_row(
            "SELECT id FROM events WHERE title = 'ESC Congress'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    events::delete(&mut b, esc).unwrap();
    let call: i64 = b
        .query_row(
            "SELECT id FROM interactions WHERE kind = 'call'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    interactions::delete(&mut b, call).unwrap();
    let sent = sync(&mut b, &mut server);
    assert!(sent.deleted_there >= 3, "{sent:?}");
    let got = sync(&mut a, &mut server);
    assert!(got.deleted_here >= 3, "{got:?}");
    assert_same_book(&mut a, &mut b);
    assert!(contact(&a, "Zoë Müller").is_none());
    assert_eq!(count(&a, "events WHERE title = 'ESC Congress'"), 0);
    assert_eq!(contact_count(&a), contact_count(&b));
    assert_eq!(
        resources(&server),
        everything(&mut a).len(),
        "no resource left behind"
    );
}

#[test]
fn a_sync_with_nothing_changed_sends_and_receives_nothing() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let mut b = book();
    sync(&mut b, &mut server);
    sync(&mut a, &mut server);
    for conn in [&mut a, &mut b] {
        server.calls = 0;
        assert_eq!(sync(conn, &mut server), Report::default());
        assert_eq!(server.calls, 3, "one listing per collection, nothing else");
    }
}

const PHONE_CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 18.2//EN\r\n\
    N:Fischer;Lena;;Dr.;\r\nFN:Dr. Lena Fischer\r\nEMAIL;type=INTERNET;type=WORK;type=pref:lena@example.org\r\n\
    UID:6B29FC40-CA47-1067-B31D-00DD010662DA\r\nEND:VCARD\r\n";

#[test]
fn a_contact_a_phone_adds_appears_and_an_edit_here_shows_on_the_server() {
    let mut server = MemoryServer::new();
    let mut a = book();
    server.put_as_other_client(Collection::Contacts, "phone-made.vcf", PHONE_CARD);
    let got = sync(&mut a, &mut server);
    assert_eq!(got.received, 1, "{got:?}");
    let lena = contact(&a, "Dr. Lena Fischer").expect("the phone's contact arrived");
    assert_eq!(lena.emails, ["lena@example.org"]);
    // It goes back under the phone's name, with Curbside's record sealed in.
    assert_eq!(server.names(Collection::Contacts), ["phone-made.vcf"]);
    let body = server.body(Collection::Contacts, "phone-made.vcf").unwrap();
    assert!(body.contains("X-CURBSIDE-SEALED"), "{body}");

    edit(&mut a, "Dr. Lena Fischer", |draft| {
        draft.phones = vec!["+49 30 1234567".into()]
    });
    sync(&mut a, &mut server);
    let body = server.body(Collection::Contacts, "phone-made.vcf").unwrap();
    assert!(
        body.contains("+49 30 1234567"),
        "the phone sees the edit: {body}"
    );

    // The phone changes the email; Curbside takes it and keeps its phone.
    let edited = body.replace("lena@example.org", "lena.fischer@example.org");
    server.put_as_other_client(Collection::Contacts, "phone-made.vcf", &edited);
    sync(&mut a, &mut server);
    let lena = contact(&a, "Dr. Lena Fischer").unwrap();
    assert_eq!(lena.emails, ["lena.fischer@example.org"]);
    assert_eq!(lena.phones, ["+49 30 1234567"]);
    assert_eq!(contact_count(&a), 1, "no duplicate");

    let mut b = book();
    sync(&mut b, &mut server);
    assert_same_book(&mut a, &mut b);

    // The phone deletes it: it goes here too.
    server.delete_as_other_client(Collection::Contacts, "phone-made.vcf");
    let report = sync(&mut a, &mut server);
    assert_eq!(report.deleted_here, 1, "{report:?}");
    assert_eq!(contact_count(&a), 0);
}
