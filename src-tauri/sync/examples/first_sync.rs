//! Measures sync against a local Radicale: the first sync of a book of
//! 10,000 contacts and 1,000 events, a sync after one contact changed, and
//! a second computer's first sync receiving the whole book. The books are
//! encrypted databases on disk, as the app keeps them.
//!
//!     CURBSIDE_RADICALE=…/bin/radicale cargo run --release -p curbside-sync \
//!         --features testing --example first_sync [CONTACTS EVENTS]

use std::time::{Duration, Instant};

use curbside_core::contacts::{self, ContactDraft, ContactFilter};
use curbside_core::db::Connection;
use curbside_core::events::{self, EventDraft, EventKind, EventStatus, EventTiming};
use curbside_core::keys::DataKey;
use curbside_core::sync::account;
use curbside_core::sync::engine::{self, Report};
use curbside_core::sync::remote::{
    Collection, Fetched, Listing, Precondition, Remote, RemoteError, Written,
};
use curbside_core::vault;
use curbside_sync::connect::{self, NewAccount};
use curbside_sync::passwords::MemoryPasswords;
use curbside_sync::testing::{Radicale, PASSWORD, USER};
use curbside_sync::DavRemote;
use jiff::Timestamp;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let contact_count: usize = args.next().map_or(Ok(10_000), |n| n.parse())?;
    let event_count: usize = args.next().map_or(Ok(1_000), |n| n.parse())?;
    let folder = tempfile::tempdir()?;
    let server = Radicale::start();
    let passwords = MemoryPasswords::default();
    let now = Timestamp::now();

    let mut a = vault::open_database(&folder.path().join("a.db"), &DataKey::generate()?, true)?;
    let started = Instant::now();
    seed(&mut a, contact_count, event_count, now)?;
    println!(
        "made {contact_count} contacts and {event_count} events in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let new = NewAccount {
        url: server.url(),
        user: USER.into(),
        password: PASSWORD.into(),
        ..NewAccount::default()
    };
    let key = connect::add_with(&mut a, &new, &passwords)?.new_sync_key;

    timed("first sync", &mut a)?;

    let first = contacts::list(&a, &ContactFilter::default())?
        .into_iter()
        .next()
        .ok_or("no contact")?;
    let mut changed: ContactDraft = first.clone().into();
    changed.title = "Head of department".into();
    contacts::update(&mut a, first.id, &changed, now)?;
    timed("one changed contact", &mut a)?;

    let mut b = vault::open_database(&folder.path().join("b.db"), &DataKey::generate()?, true)?;
    let joined = NewAccount {
        sync_key: key,
        ..new
    };
    connect::add_with(&mut b, &joined, &passwords)?;
    timed("second computer's first sync", &mut b)?;
    Ok(())
}

/// Runs one sync of `book`'s account and prints how long it took, and how
/// much of that was spent waiting for the server.
fn timed(what: &str, book: &mut Connection) -> Result<Report, Box<dyn std::error::Error>> {
    let stored = account::load(book)?.ok_or("no account")?;
    let mut remote = Timed {
        inner: DavRemote::for_account(&stored, PASSWORD)?,
        waited: Duration::ZERO,
        requests: 0,
    };
    let started = Instant::now();
    let report = engine::run(book, &mut remote, &mut |_| {})?;
    let took = started.elapsed();
    println!(
        "{what}: {:.3} s, of which {:.3} s waiting for the server ({} requests); \
         sent {}, received {}",
        took.as_secs_f64(),
        remote.waited.as_secs_f64(),
        remote.requests,
        report.sent,
        report.received
    );
    Ok(report)
}

/// The server, with the time spent waiting for it added up.
struct Timed {
    inner: DavRemote,
    waited: Duration,
    requests: u32,
}

impl Timed {
    fn wait<T>(&mut self, call: impl FnOnce(&mut DavRemote) -> T) -> T {
        let started = Instant::now();
        let result = call(&mut self.inner);
        self.waited += started.elapsed();
        self.requests += 1;
        result
    }
}

impl Remote for Timed {
    fn list(
        &mut self,
        collection: Collection,
        token: Option<&str>,
    ) -> Result<Listing, RemoteError> {
        self.wait(|remote| remote.list(collection, token))
    }

    fn get(
        &mut self,
        collection: Collection,
        names: &[String],
    ) -> Result<Vec<Fetched>, RemoteError> {
        self.wait(|remote| remote.get(collection, names))
    }

    fn put(
        &mut self,
        collection: Collection,
        name: &str,
        body: &str,
        precondition: Precondition,
    ) -> Result<Written, RemoteError> {
        self.wait(|remote| remote.put(collection, name, body, precondition))
    }

    fn delete(
        &mut self,
        collection: Collection,
        name: &str,
        etag: &str,
    ) -> Result<Written, RemoteError> {
        self.wait(|remote| remote.delete(collection, name, etag))
    }
}

fn seed(
    book: &mut Connection,
    contact_count: usize,
    event_count: usize,
    now: Timestamp,
) -> Result<(), Box<dyn std::error::Error>> {
    const SPECIALTIES: [&str; 5] = [
        "Cardiology",
        "Oncology",
        "Neurology",
        "Nephrology",
        "Dermatology",
    ];
    let first_day: jiff::civil::Date = "2026-01-01".parse()?;
    for n in 0..contact_count {
        let draft = ContactDraft {
            display_name: format!("Doctor {n:05} Example"),
            title: "Consultant".into(),
            specialty: SPECIALTIES[n % SPECIALTIES.len()].into(),
            institution: format!("Hospital {}", n % 200),
            emails: vec![format!("doctor{n}@example.org")],
            phones: vec![format!("+44 20 7946 {:04}", n % 10_000)],
            notes: format!("Met at rounds, number {n}"),
            ..ContactDraft::default()
        };
        contacts::create(book, &draft, now)?;
    }
    for n in 0..event_count {
        let day = first_day.checked_add(jiff::Span::new().days(i64::try_from(n % 700)?))?;
        let draft = EventDraft {
            kind: EventKind::Conference,
            title: format!("Meeting {n:04}"),
            organizer: String::new(),
            timing: EventTiming::AllDay {
                first_day: day,
                last_day: day,
            },
            location: "Munich".into(),
            online: false,
            url: String::new(),
            notes: String::new(),
            expected_credits: None,
            cost: String::new(),
            status: EventStatus::Considering,
            recurrence: String::new(),
            excluded: Vec::new(),
            uid: String::new(),
        };
        events::create(book, &draft, now)?;
    }
    Ok(())
}
