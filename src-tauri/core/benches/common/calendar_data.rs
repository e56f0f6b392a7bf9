//! A large calendar and CME record for the calendar benchmarks: 5,000 events
//! over ten years with about 20,000 key dates and the people to meet there
//! ([`plan`]), 10,000 credits and five overlapping cycles ([`cme`]), the same
//! kind of calendar as an iCalendar file another app would export ([`ics`]),
//! and what the benchmark times on them ([`measures`]).
//!
//! Everything is written through the public API (`events::create`,
//! `add_deadline`, `link_person`, `cme::add_credit`, `add_cycle`), so the
//! occurrence table is filled exactly as the store fills it; the events in
//! one outer transaction (their writes are savepoints), the credits one
//! transaction each (their API opens its own). The contacts come from the
//! search benchmark's generator. Building the full size takes a few seconds
//! in release, so the database is kept in Cargo's benchmark scratch folder
//! under a name that carries the schema version and this generator's
//! version.

pub mod checks;
pub mod cme;
pub mod ics;
mod key_dates;
pub mod measures;
pub mod plan;
#[rustfmt::skip]
mod words;

use std::error::Error;
use std::path::PathBuf;

use curbside_core::cme as credits;
use curbside_core::db::{self, Connection};
use curbside_core::events;
use curbside_core::keys::DataKey;
use curbside_core::vault;
use jiff::civil::{date, Date};
use jiff::Timestamp;

use super::book::{self, BookSize};

/// Bump when the generated data changes, so that cached databases are
/// rebuilt.
const GENERATOR_VERSION: u32 = 1;

/// "Today" for the generated data: what is past is mostly attended, what is
/// ahead mostly being considered.
pub const TODAY: Date = date(2026, 6, 15);

/// The instant the data is written at, on [`TODAY`].
pub fn now() -> Timestamp {
    "2026-06-15T07:00:00Z".parse().expect("an instant")
}

/// How big a calendar to build.
#[derive(Debug, Clone, Copy)]
pub struct CalendarSize {
    /// Events (single ones and series).
    pub events: usize,
    /// CME credit entries.
    pub credits: usize,
    /// Contacts to meet at events.
    pub contacts: usize,
}

impl CalendarSize {
    /// The size the speed targets are stated for.
    pub const FULL: Self = Self {
        events: 5_000,
        credits: 10_000,
        contacts: 300,
    };
    /// Enough to run every benchmark once under `cargo test --benches`.
    pub const SMOKE: Self = Self {
        events: 200,
        credits: 400,
        contacts: 30,
    };
}

/// The cached databases are generated data; a fixed key lets a later run
/// open them. Real databases get a random key from the OS.
fn key() -> DataKey {
    DataKey::from_bytes([0xca; 32])
}

/// The folder the cached data lives in.
pub fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("curbside-bench")
}

/// Where the database of this size is kept.
pub fn path(size: CalendarSize) -> PathBuf {
    folder().join(format!(
        "calendar-schema{}-gen{GENERATOR_VERSION}-{}x{}.db",
        db::latest_version(),
        size.events,
        size.credits
    ))
}

/// The encrypted database of this size, built on first use and opened from
/// the cache after that. Returns the connection and whether it was just
/// built.
pub fn open_or_build(size: CalendarSize) -> (Connection, bool) {
    let path = path(size);
    let mut built = false;
    if !path.exists() {
        std::fs::create_dir_all(folder()).expect("the cache folder");
        let partial = path.with_extension("partial");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
        let mut conn = vault::open_database(&partial, &key(), true).expect("a new database");
        build(&mut conn, size).expect("generating the calendar");
        // Closing checkpoints the write-ahead log into the file.
        conn.close()
            .map_err(|(_, e)| e)
            .expect("closing the database");
        std::fs::rename(&partial, &path).expect("moving the database into place");
        built = true;
    }
    let conn = vault::open_database(&path, &key(), false).expect("opening the cached calendar");
    (conn, built)
}

/// Fills an empty database: contacts, events with their key dates and
/// people, credits with some certificates, cycles.
pub fn build(conn: &mut Connection, size: CalendarSize) -> Result<(), Box<dyn Error>> {
    book::build(
        conn,
        BookSize {
            contacts: size.contacts,
            interactions_per_contact: 0,
        },
    )?;
    add(conn, size)
}

/// Adds the events, key dates, people met, credits and cycles to a book
/// holding at least `size.contacts` contacts.
pub fn add(conn: &mut Connection, size: CalendarSize) -> Result<(), Box<dyn Error>> {
    let now = now();
    let mut ids = Vec::with_capacity(size.events);
    conn.execute_batch("BEGIN")?;
    for planned in plan::events(size.events, size.contacts) {
        let event = events::create(conn, &planned.draft, now)?;
        for deadline in &planned.deadlines {
            events::add_deadline(conn, event.id, deadline)?;
        }
        for &(contact, role, note) in &planned.people {
            events::link_person(conn, event.id, contact, role, note, now)?;
        }
        ids.push(event.id);
    }
    conn.execute_batch("COMMIT")?;
    let certificate = cme::certificate();
    for planned in cme::credits(size.credits, &ids) {
        let attached = if planned.certificate {
            vec![("certificate.pdf".to_owned(), certificate.clone())]
        } else {
            Vec::new()
        };
        credits::add_credit_with_certificates(conn, &planned.draft, &attached, now)?;
    }
    for cycle in cme::cycles() {
        credits::add_cycle(conn, &cycle)?;
    }
    Ok(())
}

/// Rows in a table, for the tables' headings.
pub fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .expect("a count")
}
