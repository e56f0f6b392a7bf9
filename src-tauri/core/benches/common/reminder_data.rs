//! A large book with a reminder load, for the reminders benchmark: the
//! search benchmark's 100,000 contacts and 1,000,000 interactions (moved in
//! time so that they run up to [`now`]), the calendar benchmark's 5,000
//! events with their key dates, people met, credits and cycles, and on top
//! of them what makes reminders ([`load`]): birthdays, jobs, relationships,
//! cadences, milestones, the user's own reminders, and what the user did
//! with the reminders of the days before ([`acted`]).
//!
//! Building the full size takes about a minute and a half in release
//! (mostly the book), so the database is kept in Cargo's benchmark scratch folder under a name
//! carrying the schema version and this generator's version, with a fixed
//! key (it holds only generated data).

pub mod acted;
pub mod checks;
pub mod load;

use std::error::Error;
use std::path::PathBuf;

use curbside_core::db::{self, Connection};
use curbside_core::keys::DataKey;
use curbside_core::vault;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::book::{self, BookSize};
use super::calendar_data::{self, CalendarSize};

/// Bump when the generated data changes, so that cached databases are
/// rebuilt.
const GENERATOR_VERSION: u32 = 2;

/// The instant the reminders are asked for: the calendar data's "today".
pub fn now() -> Timestamp {
    calendar_data::now()
}

/// Where the user is: Berlin.
pub fn zone() -> TimeZone {
    TimeZone::get("Europe/Berlin").expect("a known zone")
}

/// `n` days.
pub fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

/// How big a book and calendar to build.
#[derive(Debug, Clone, Copy)]
pub struct ReminderSize {
    /// The contacts and their interactions.
    pub book: BookSize,
    /// The events, credits and cycles.
    pub calendar: CalendarSize,
}

impl ReminderSize {
    /// The size the speed target is stated for.
    pub const FULL: Self = Self {
        book: BookSize::FULL,
        calendar: CalendarSize::FULL,
    };
    /// Enough to run every benchmark once under `cargo test --benches`.
    pub const SMOKE: Self = Self {
        book: BookSize::SMOKE,
        calendar: CalendarSize::SMOKE,
    };
}

/// The cached databases are generated data; a fixed key lets a later run
/// open them. Real databases get a random key from the OS.
fn key() -> DataKey {
    DataKey::from_bytes([0x7e; 32])
}

/// Where the database of this size is kept.
pub fn path(size: ReminderSize) -> PathBuf {
    calendar_data::folder().join(format!(
        "reminders-schema{}-gen{GENERATOR_VERSION}-{}x{}-{}.db",
        db::latest_version(),
        size.book.contacts,
        size.book.interactions_per_contact,
        size.calendar.events
    ))
}

/// The encrypted database of this size, built on first use and opened from
/// the cache after that. Returns the connection and whether it was just
/// built.
pub fn open_or_build(size: ReminderSize) -> (Connection, bool) {
    let path = path(size);
    let mut built = false;
    if !path.exists() {
        std::fs::create_dir_all(calendar_data::folder()).expect("the cache folder");
        let partial = path.with_extension("partial");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
        let mut conn = vault::open_database(&partial, &key(), true).expect("a new database");
        build(&mut conn, size).expect("generating the reminder data");
        // Closing checkpoints the write-ahead log into the file.
        conn.close()
            .map_err(|(_, e)| e)
            .expect("closing the database");
        std::fs::rename(&partial, &path).expect("moving the database into place");
        built = true;
    }
    let conn =
        vault::open_database(&path, &key(), false).expect("opening the cached reminder data");
    (conn, built)
}

/// A second, read-only connection to the database [`open_or_build`]
/// opened, as the app keeps one for [`curbside_core::reminders::due_with`].
pub fn open_second(size: ReminderSize) -> Connection {
    db::open_reader(&path(size), &key()).expect("a second connection to the reminder data")
}

/// Fills an empty database: the book, moved to end at [`now`]; the
/// calendar; the reminder load; what the user did in the days before.
pub fn build(conn: &mut Connection, size: ReminderSize) -> Result<(), Box<dyn Error>> {
    book::build(conn, size.book)?;
    move_to_now(conn)?;
    calendar_data::add(conn, size.calendar)?;
    load::add(conn, size.book.contacts)?;
    acted::act(conn)?;
    Ok(())
}

/// The book's ten years of interactions end on 2026-01-01, written in a
/// random order. Moves them (and the contacts' last contact) 165 days on,
/// to end on [`now`]'s day, so that the last weeks hold meetings and calls
/// as a busy doctor's would, and numbers them in time order, as an app that
/// logs them as they happen stores them. The contacts were added before the
/// first of them.
fn move_to_now(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(
        "CREATE TEMP TABLE renumbered AS
             SELECT id AS old, row_number() OVER (ORDER BY occurred_at, id) AS new FROM interactions;
         CREATE TEMP TABLE moved AS
             SELECT r.new AS id, i.kind, i.occurred_at, i.time_zone, i.note, i.created_at, i.event_id
             FROM interactions i JOIN renumbered r ON r.old = i.id;
         CREATE TEMP TABLE moved_links AS
             SELECT r.new AS interaction_id, ic.contact_id
             FROM interaction_contacts ic JOIN renumbered r ON r.old = ic.interaction_id;
         DELETE FROM interaction_contacts;
         DELETE FROM interactions;
         INSERT INTO interactions (id, kind, occurred_at, time_zone, note, created_at, event_id)
             SELECT id, kind, strftime('%Y-%m-%dT%H:%M:%SZ', occurred_at, '+165 days'), time_zone, note,
                    strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+165 days'), event_id
             FROM moved ORDER BY id;
         INSERT INTO interaction_contacts (interaction_id, contact_id)
             SELECT interaction_id, contact_id FROM moved_links ORDER BY interaction_id, contact_id;
         DROP TABLE renumbered;
         DROP TABLE moved;
         DROP TABLE moved_links;
         UPDATE contacts SET
             last_interaction_at = strftime('%Y-%m-%dT%H:%M:%SZ', last_interaction_at, '+165 days'),
             created_at = '2016-01-01T00:00:00Z',
             updated_at = '2016-01-01T00:00:00Z';",
    )?;
    tx.commit()
}

/// Rows in a table, for the table's heading.
pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).expect("a count")
}
