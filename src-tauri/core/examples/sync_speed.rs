//! How long the sync engine's own work takes on a large book, without a
//! network: 10,000 contacts and 1,000 events read as records, a first sync
//! to a server in memory, a sync with nothing changed, a sync of one
//! changed contact, and a second computer receiving the whole book. The
//! issue's targets (first sync ≤ 60 s, one change ≤ 1 s) include a real
//! server's time on top; this says how much of them the engine spends.
//!
//! `cargo run --release -p curbside-core --example sync_speed`

// The benchmarks' made-up people.
#[allow(dead_code)]
#[path = "../benches/common/people.rs"]
mod people;
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../benches/common/words.rs"]
mod words;

use std::ops::ControlFlow;
use std::time::Instant;

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::events::{self, EventDraft, EventKind, EventStatus, EventTiming};
use curbside_core::import::{self, Source};
use curbside_core::keys::DataKey;
use curbside_core::sync::account::{self, Account};
use curbside_core::sync::engine;
use curbside_core::sync::records::{self, Kind};
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::seal::SyncKey;
use curbside_core::vault;
use rusqlite::Connection;

const CONTACTS: usize = 10_000;
const EVENTS: usize = 1_000;

fn main() {
    let now = jiff::Timestamp::now();
    let (_a_folder, mut a) = fresh();
    let cards = people::cards(CONTACTS);
    let source = Source {
        file: "people.vcf".into(),
        cards: Box::new(cards.into_iter().map(Ok)),
    };
    import::import(&mut a, vec![source], false, now, |_| {
        ControlFlow::Continue(())
    })
    .expect("the contacts import");
    for n in 0..EVENTS {
        events::create(&mut a, &event(n), now).expect("an event");
    }
    let key = SyncKey::generate().expect("a sync key");
    join(&mut a, key.clone());

    let started = Instant::now();
    let tx = a.transaction().unwrap();
    let contacts = records::read_all(&tx, Kind::Contact).unwrap();
    tx.commit().unwrap();
    println!(
        "read_all of {} contacts (uids given): {}",
        contacts.len(),
        show(started.elapsed())
    );
    let started = Instant::now();
    let tx = a.transaction().unwrap();
    records::read_all(&tx, Kind::Contact).unwrap();
    tx.commit().unwrap();
    println!("read_all of them again: {}", show(started.elapsed()));

    let mut server = MemoryServer::new();
    timed("first sync", &mut a, &mut server);
    timed("a sync with nothing changed", &mut a, &mut server);
    let first = contacts::list(&a, &Default::default()).unwrap()[0].clone();
    let mut draft = ContactDraft::from(first.clone());
    draft.specialty = "Electrophysiology".into();
    contacts::update(&mut a, first.id, &draft, now).unwrap();
    timed("a sync of one changed contact", &mut a, &mut server);

    if std::env::args().any(|arg| arg == "--one") {
        return;
    }
    let (_b_folder, mut b) = fresh();
    join(&mut b, key);
    timed("a second computer's first sync", &mut b, &mut server);
    timed("its sync with nothing changed", &mut b, &mut server);
}

/// A new encrypted book in a folder of its own, opened as the app does.
fn fresh() -> (tempfile::TempDir, Connection) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let key = DataKey::generate().expect("a random key");
    let conn = vault::open_database(&folder.path().join("curbside.db"), &key, true)
        .expect("a new database");
    (folder, conn)
}

/// A duration in seconds.
fn show(duration: std::time::Duration) -> String {
    format!("{:.3} s", duration.as_secs_f64())
}

fn timed(what: &str, conn: &mut Connection, server: &mut MemoryServer) {
    let started = Instant::now();
    let report = engine::run(conn, server, &mut |_| {}).expect("a sync");
    println!(
        "{what}: {} (sent {}, received {})",
        show(started.elapsed()),
        report.sent,
        report.received
    );
}

fn join(conn: &mut Connection, key: SyncKey) {
    let account = Account {
        url: "https://dav.example.org/".into(),
        user: "jane".into(),
        address_book: "/contacts/".into(),
        calendar: "/calendar/".into(),
        private: "/curbside/".into(),
        key,
        contact_notes_plain: false,
    };
    account::save(conn, &account).expect("the account");
}

fn event(n: usize) -> EventDraft {
    let day =
        jiff::civil::date(2026, 1, 1) + jiff::Span::new().days(i64::try_from(n % 365).unwrap());
    EventDraft {
        kind: EventKind::Meeting,
        title: format!("Journal club {n}"),
        organizer: String::new(),
        timing: EventTiming::Timed {
            start: day.at(12, 0, 0, 0),
            end: day.at(13, 0, 0, 0),
            time_zone: "Europe/Berlin".into(),
        },
        location: "Seminar room 2".into(),
        online: false,
        url: String::new(),
        notes: String::new(),
        expected_credits: None,
        cost: String::new(),
        status: EventStatus::Registered,
        recurrence: String::new(),
        excluded: Vec::new(),
        uid: String::new(),
    }
}
