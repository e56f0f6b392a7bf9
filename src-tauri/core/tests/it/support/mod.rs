//! The set-up the integration tests share, written once: a database, an
//! instant, a zone, a person, and per area the drafts and look-ups its
//! tests call (calendar drafts in [`events`], the reminder engine's people
//! and interactions in [`reminders`], message drafts in [`messages`], the
//! interop fixtures in [`vcard`] and [`contacts_csv`]). The benchmarks'
//! generated books are here too, as [`bench_data`].

// The benchmarks' generator: a book with every kind of reminder.
#[path = "../../../benches/common/mod.rs"]
pub mod bench_data;
pub mod contacts_csv;
pub mod events;
pub mod messages;
pub mod reminders;
pub mod vcard;

use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::db;
use curbside_core::values::Labeled;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

/// A migrated in-memory database.
pub fn db() -> Connection {
    db::open_in_memory().unwrap()
}

/// An instant, from RFC 3339 text.
pub fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// A zone by name.
pub fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

/// A contact called `name`, added at `added`; returns its id.
pub fn person_added(conn: &mut Connection, name: &str, added: &str) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at(added)).unwrap().id
}

/// A contact called `name`, added long ago.
pub fn person(conn: &mut Connection, name: &str) -> ContactId {
    person_added(conn, name, "2020-01-01T00:00:00Z")
}

/// A value with its label ("work", "mobile", a custom label).
pub fn labeled(label: &str, value: &str) -> Labeled {
    Labeled {
        label: label.to_owned(),
        value: value.to_owned(),
    }
}
