//! Two computers, one book: books A and B (two data folders' databases)
//! syncing through a real Radicale end up holding the same records; a card
//! a phone puts on the server comes in; an edit in Curbside shows in the
//! card on the server; and nothing the server stores holds an interaction's
//! note in plain text.

use std::path::Path;

use curbside_core::cme::{self, CreditDraft, CreditType};
use curbside_core::contacts::{self, ContactDraft, ContactFilter};
use curbside_core::db::{self, Connection};
use curbside_core::events::{self, EventDraft, EventKind, EventStatus, EventTiming};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::sync::account;
use curbside_core::sync::engine::Report;
use curbside_core::sync::records::{self, Kind};
use curbside_core::sync::remote::{Collection, Precondition, Remote};
use curbside_sync::connect::{self, NewAccount};
use curbside_sync::passwords::MemoryPasswords;
use curbside_sync::testing::{Radicale, PASSWORD, USER};
use curbside_sync::{CollectionHrefs, DavRemote};
use jiff::Timestamp;

/// The interaction note the server must never see.
const SECRET_NOTE: &str = "Zebra-quokka handshake 7741: she is moving to Oslo";

fn now() -> Timestamp {
    "2026-12-05T12:00:00Z".parse().unwrap()
}

fn joined(server: &Radicale, key: Option<String>) -> (Connection, Option<String>) {
    let mut book = db::open_in_memory().unwrap();
    let new = NewAccount {
        url: server.url(),
        user: USER.into(),
        password: PASSWORD.into(),
        sync_key: key,
        ..NewAccount::default()
    };
    let added = connect::add_with(&mut book, &new, &MemoryPasswords::default()).unwrap();
    (book, added.new_sync_key)
}

fn sync(book: &mut Connection) -> Report {
    connect::sync_now_with(
        book,
        Some(PASSWORD),
        &mut |_| {},
        &MemoryPasswords::default(),
    )
    .unwrap()
}

/// Every record of the book, by kind and uid.
fn everything(book: &mut Connection) -> Vec<(String, String, String)> {
    let tx = book.transaction().unwrap();
    let mut all = Vec::new();
    for kind in Kind::ALL {
        for doc in records::read_all(&tx, kind).unwrap() {
            all.push((kind.name().to_owned(), doc.uid.clone(), doc.canonical()));
        }
    }
    tx.commit().unwrap();
    all.sort();
    all
}

fn contact(book: &mut Connection, name: &str, title: &str) -> i64 {
    let draft = ContactDraft {
        display_name: name.into(),
        title: title.into(),
        emails: vec![format!(
            "{}@example.org",
            name.split(' ').next().unwrap().to_lowercase()
        )],
        ..ContactDraft::default()
    };
    contacts::create(book, &draft, now()).unwrap().id
}

fn named(book: &Connection, name: &str) -> Option<contacts::Contact> {
    contacts::list(book, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .find(|contact| contact.display_name == name)
}

fn congress() -> EventDraft {
    EventDraft {
        kind: EventKind::Conference,
        title: "ESC Congress 2026".into(),
        organizer: String::new(),
        timing: EventTiming::AllDay {
            first_day: "2026-08-28".parse().unwrap(),
            last_day: "2026-08-31".parse().unwrap(),
        },
        location: "Munich".into(),
        online: false,
        url: String::new(),
        notes: String::new(),
        expected_credits: Some(20.0),
        cost: String::new(),
        status: EventStatus::Registered,
        recurrence: String::new(),
        excluded: Vec::new(),
        uid: String::new(),
    }
}

fn files_holding(folder: &Path, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path)
                .unwrap()
                .windows(text.len())
                .any(|window| window == text.as_bytes())
            {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

fn remote_for(server: &Radicale, book: &Connection) -> DavRemote {
    let stored = account::load(book).unwrap().unwrap();
    let hrefs = CollectionHrefs {
        contacts: stored.address_book,
        calendar: stored.calendar,
        private: stored.private,
    };
    DavRemote::new(&server.server(), hrefs).unwrap()
}

#[test]
fn two_books_syncing_through_the_server_end_up_the_same() {
    let server = Radicale::start();
    let (mut a, key) = joined(&server, None);
    let amara = contact(&mut a, "Amara Okafor", "Registrar");
    contact(&mut a, "Ben Carter", "Consultant");
    let event = events::create(&mut a, &congress(), now()).unwrap().id;
    interactions::add(
        &mut a,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some("2026-12-01T09:00:00Z".parse().unwrap()),
            topic: "Fellowship".into(),
            note: SECRET_NOTE.into(),
            contact_ids: vec![amara],
            event_id: Some(event),
            ..InteractionDraft::default()
        },
        now(),
    )
    .unwrap();
    cme::add_credit(
        &mut a,
        &CreditDraft {
            earned_on: "2026-08-30".parse().unwrap(),
            title: "Heart failure update".into(),
            provider: "ESC".into(),
            credit_type: CreditType::AmaPra1,
            type_label: String::new(),
            hours: 3.5,
            topics: Vec::new(),
            event_id: Some(event),
            notes: String::new(),
        },
        now(),
    )
    .unwrap();
    let sent = sync(&mut a);
    assert!(sent.sent >= 5, "{sent:?}");

    let (mut b, no_new_key) = joined(&server, key);
    assert_eq!(no_new_key, None);
    let received = sync(&mut b);
    assert!(received.received >= 5, "{received:?}");
    assert_eq!(everything(&mut b), everything(&mut a), "B holds A's book");

    // Back the other way: an edit, a deletion and a new interaction on B.
    let on_b = named(&b, "Amara Okafor").unwrap();
    let mut edited: ContactDraft = on_b.clone().into();
    edited.title = "Consultant Cardiologist".into();
    contacts::update(&mut b, on_b.id, &edited, now()).unwrap();
    let ben_on_b = named(&b, "Ben Carter").unwrap().id;
    contacts::delete(&mut b, ben_on_b).unwrap();
    interactions::add(
        &mut b,
        &InteractionDraft {
            kind: InteractionKind::Call,
            occurred_at: Some("2026-12-02T15:00:00Z".parse().unwrap()),
            note: "Called about the registry".into(),
            contact_ids: vec![on_b.id],
            ..InteractionDraft::default()
        },
        now(),
    )
    .unwrap();
    sync(&mut b);
    sync(&mut a);
    assert_eq!(
        everything(&mut a),
        everything(&mut b),
        "A holds B's changes"
    );
    assert!(named(&a, "Ben Carter").is_none(), "the deletion reached A");
    assert_eq!(
        contacts::get(&a, amara).unwrap().title,
        "Consultant Cardiologist"
    );

    // The edit shows in the card on the server, as a phone would read it.
    let mut remote = remote_for(&server, &a);
    let curbside_sync_listing = remote.list(Collection::Contacts, None).unwrap();
    let names: Vec<String> = match curbside_sync_listing {
        curbside_core::sync::remote::Listing::Full { all, .. } => {
            all.into_iter().map(|listed| listed.name).collect()
        }
        other => panic!("a full listing, got {other:?}"),
    };
    let cards = remote.get(Collection::Contacts, &names).unwrap();
    assert_eq!(cards.len(), 1, "Ben's card is gone from the server");
    assert!(
        cards[0].body.contains("Consultant Cardiologist"),
        "{}",
        cards[0].body
    );

    // What the server stores holds no interaction note in plain text
    // (though it holds the cards a phone reads).
    assert!(!files_holding(&server.folder(), "Amara Okafor").is_empty());
    assert_eq!(
        files_holding(&server.folder(), "Zebra-quokka"),
        Vec::<String>::new()
    );
    assert_eq!(
        files_holding(&server.folder(), "Called about the registry"),
        Vec::<String>::new()
    );
}

#[test]
fn a_card_a_phone_puts_on_the_server_becomes_a_contact() {
    let server = Radicale::start();
    let (mut a, _) = joined(&server, None);
    sync(&mut a);
    let mut phone = remote_for(&server, &a);
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-made-1\r\nFN:Phoebe Phone\r\nN:Phone;Phoebe;;;\r\n\
                EMAIL;TYPE=WORK:phoebe@example.org\r\nTITLE:Nurse practitioner\r\nEND:VCARD\r\n";
    phone
        .put(
            Collection::Contacts,
            "phone-made-1.vcf",
            card,
            Precondition::New,
        )
        .unwrap();
    let report = sync(&mut a);
    assert_eq!(report.received, 1, "{report:?}");
    let phoebe = named(&a, "Phoebe Phone").expect("the phone's contact is in the book");
    assert_eq!(phoebe.title, "Nurse practitioner");
    assert_eq!(phoebe.emails, ["phoebe@example.org"]);
    let again = sync(&mut a);
    assert_eq!(again, Report::default(), "nothing more to do");
}

#[test]
fn a_server_stopped_in_the_middle_of_a_sync_loses_nothing_and_duplicates_nothing() {
    let mut server = Radicale::start();
    let (mut a, key) = joined(&server, None);
    for n in 0..120 {
        contact(&mut a, &format!("Person {n:03}"), "Fellow");
    }
    let mut stopped = false;
    let error = connect::sync_now_with(
        &mut a,
        Some(PASSWORD),
        &mut |progress| {
            if progress.step.starts_with("Sending") && progress.done >= 50 && !stopped {
                server.stop();
                stopped = true;
            }
        },
        &MemoryPasswords::default(),
    )
    .unwrap_err();
    assert!(stopped, "the server was stopped while contacts were sent");
    assert!(
        error
            .to_string()
            .starts_with("the server could not be reached"),
        "{error}"
    );
    assert_eq!(
        contacts::list(&a, &ContactFilter::default()).unwrap().len(),
        120,
        "nothing lost here"
    );

    server.restart();
    sync(&mut a);
    assert_eq!(sync(&mut a), Report::default(), "everything went out");
    let (mut b, _) = joined(&server, key);
    sync(&mut b);
    assert_eq!(
        contacts::list(&b, &ContactFilter::default()).unwrap().len(),
        120,
        "each contact once"
    );
    assert_eq!(everything(&mut b), everything(&mut a));
}
