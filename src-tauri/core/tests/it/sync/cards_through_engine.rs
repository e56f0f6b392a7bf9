//! Resources through a whole sync (issue 17): two computers and a phone
//! sharing one in-memory server.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::events::{self, EventTiming};
use curbside_core::sync::account::{self, Account};
use curbside_core::sync::engine;
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::SyncKey;
use rusqlite::Connection;

use crate::support::{at, db};

fn computer(key: &SyncKey) -> Connection {
    let mut conn = db();
    account::save(
        &mut conn,
        &Account {
            url: "https://dav.example.org/".into(),
            user: "ana".into(),
            address_book: "/ana/contacts/".into(),
            calendar: "/ana/calendar/".into(),
            private: "/ana/curbside/".into(),
            key: key.clone(),
            contact_notes_plain: false,
        },
    )
    .unwrap();
    conn
}

fn sync(conn: &mut Connection, server: &mut MemoryServer) -> engine::Report {
    engine::run(conn, server, &mut |_| {}).unwrap()
}

#[test]
fn a_contact_reaches_the_other_computer_and_a_phones_edit_reaches_both() {
    let key = SyncKey::generate().unwrap();
    let mut server = MemoryServer::new();
    let (mut a, mut b) = (computer(&key), computer(&key));
    let draft = ContactDraft {
        display_name: "Dr. Ana Ruiz".into(),
        emails: vec!["ana@example.org".into()],
        notes: "Worried about the ablation numbers".into(),
        ..Default::default()
    };
    contacts::create(&mut a, &draft, at("2026-01-10T12:00:00Z")).unwrap();
    sync(&mut a, &mut server);
    let names = server.names(Collection::Contacts);
    assert_eq!(names.len(), 1);
    let body = server
        .body(Collection::Contacts, &names[0])
        .unwrap()
        .to_owned();
    assert!(!body.contains("ablation"));

    sync(&mut b, &mut server);
    let on_b = contacts::list(&b, &Default::default()).unwrap();
    assert_eq!(on_b.len(), 1);
    assert_eq!(on_b[0].notes, "Worried about the ablation numbers");

    let phone = body.replace(
        "EMAIL;TYPE=INTERNET:ana@example.org",
        "EMAIL;TYPE=INTERNET:ana@clinic.example",
    );
    assert_ne!(phone, body);
    server.put_as_other_client(Collection::Contacts, &names[0], &phone);
    sync(&mut a, &mut server);
    let on_a = contacts::list(&a, &Default::default()).unwrap();
    assert_eq!(on_a[0].emails, ["ana@clinic.example"]);
    assert_eq!(on_a[0].notes, "Worried about the ablation numbers");
    sync(&mut b, &mut server);
    let on_b = contacts::list(&b, &Default::default()).unwrap();
    assert_eq!(on_b[0].emails, ["ana@clinic.example"]);
    let report = sync(&mut a, &mut server);
    assert_eq!(report, engine::Report::default(), "nothing left to do");
}

#[test]
fn a_card_a_phone_made_reaches_both_computers_once() {
    let key = SyncKey::generate().unwrap();
    let mut server = MemoryServer::new();
    let (mut a, mut b) = (computer(&key), computer(&key));
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 18.2//EN\r\nN:Okafor;Amara;;Dr.;\r\nFN:Dr. Amara Okafor\r\nORG:St Thomas' Hospital;Cardiology\r\nitem1.EMAIL;type=INTERNET;type=pref:amara@example.org\r\nitem1.X-ABLabel:_$!<Work>!$_\r\nTEL;type=CELL;type=VOICE;type=pref:+44 7700 900123\r\nUID:7A1D9E2C-3B4F-4E5A-9C8D-1F2E3D4C5B6A\r\nEND:VCARD\r\n";
    server.put_as_other_client(
        Collection::Contacts,
        "7A1D9E2C-3B4F-4E5A-9C8D-1F2E3D4C5B6A.vcf",
        card,
    );
    // Storing the card made an organization and a job for its ORG here,
    // which go out on the next sync.
    for _ in 0..2 {
        sync(&mut a, &mut server);
        sync(&mut b, &mut server);
    }
    for conn in [&a, &b] {
        let all = contacts::list(conn, &Default::default()).unwrap();
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].display_name, "Dr. Amara Okafor");
        assert_eq!(all[0].emails, ["amara@example.org"]);
        assert_eq!(all[0].institution, "St Thomas' Hospital");
        assert_eq!(
            all[0].uid.as_deref(),
            Some("7A1D9E2C-3B4F-4E5A-9C8D-1F2E3D4C5B6A")
        );
    }
    assert_eq!(server.names(Collection::Contacts).len(), 1);
    let body = server
        .body(
            Collection::Contacts,
            "7A1D9E2C-3B4F-4E5A-9C8D-1F2E3D4C5B6A.vcf",
        )
        .unwrap();
    assert!(
        body.contains("X-CURBSIDE-SEALED"),
        "sent back with its record sealed in"
    );
    assert_eq!(sync(&mut a, &mut server), engine::Report::default());
    assert_eq!(sync(&mut b, &mut server), engine::Report::default());
}

#[test]
fn the_same_field_edited_on_a_computer_and_a_phone_waits_for_the_user() {
    let key = SyncKey::generate().unwrap();
    let mut server = MemoryServer::new();
    let mut a = computer(&key);
    let draft = ContactDraft {
        display_name: "Dr. Chen Wei".into(),
        title: "Fellow".into(),
        ..Default::default()
    };
    let id = contacts::create(&mut a, &draft, at("2026-01-10T12:00:00Z"))
        .unwrap()
        .id;
    sync(&mut a, &mut server);
    let name = server.names(Collection::Contacts).remove(0);
    let body = server.body(Collection::Contacts, &name).unwrap().to_owned();
    server.put_as_other_client(
        Collection::Contacts,
        &name,
        &body.replace("TITLE:Fellow", "TITLE:Attending"),
    );
    let mut edit = ContactDraft::from(contacts::get(&a, id).unwrap());
    edit.title = "Consultant".into();
    contacts::update(&mut a, id, &edit, at("2026-02-01T09:00:00Z")).unwrap();
    let report = sync(&mut a, &mut server);
    assert_eq!(report.conflicts, 1, "{report:?}");
    assert_eq!(contacts::get(&a, id).unwrap().title, "Consultant");
    let waiting = curbside_core::sync::conflicts::list(&a).unwrap();
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0].field.as_deref(), Some("TITLE"));
    let resolved = curbside_core::sync::conflicts::resolve(
        &mut a,
        waiting[0].id,
        curbside_core::sync::conflicts::Keep::There,
    )
    .unwrap();
    assert!(resolved);
    assert_eq!(contacts::get(&a, id).unwrap().title, "Attending");
    sync(&mut a, &mut server);
    let body = server.body(Collection::Contacts, &name).unwrap();
    assert!(body.contains("TITLE:Attending"), "{body}");
}

#[test]
fn a_calendar_programs_edit_of_an_event_reaches_both_computers() {
    let key = SyncKey::generate().unwrap();
    let mut server = MemoryServer::new();
    let (mut a, mut b) = (computer(&key), computer(&key));
    let mut draft = crate::support::events::timed(
        "Heart Failure 2026",
        "2026-05-16T09:00:00",
        "2026-05-16T17:00:00",
        "Europe/Lisbon",
    );
    draft.notes = "Ask about the registry".into();
    events::create(&mut a, &draft, at("2026-01-10T12:00:00Z")).unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    let name = server.names(Collection::Calendar).remove(0);
    let body = server.body(Collection::Calendar, &name).unwrap().to_owned();
    let edited = body
        .replace(
            "SUMMARY:Heart Failure 2026",
            "SUMMARY:Heart Failure 2026 (ESC)",
        )
        .replace(
            "DTSTART;TZID=Europe/Lisbon:20260516T090000",
            "DTSTART;TZID=Europe/Lisbon:20260516T083000",
        );
    assert_ne!(edited, body);
    server.put_as_other_client(Collection::Calendar, &name, &edited);
    sync(&mut b, &mut server);
    sync(&mut a, &mut server);
    for conn in [&a, &b] {
        let all = events::all(conn).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].title, "Heart Failure 2026 (ESC)");
        assert_eq!(all[0].notes, "Ask about the registry");
        let EventTiming::Timed { start, .. } = &all[0].timing else {
            panic!("timed")
        };
        assert_eq!(start.to_string(), "2026-05-16T08:30:00");
    }
    assert_eq!(sync(&mut a, &mut server), engine::Report::default());
    assert_eq!(sync(&mut b, &mut server), engine::Report::default());
}
