//! Conference mode: the trip radar, the brief, the capture and the round
//! of follow-ups after an event, on a small book of colleagues.

mod after;
mod brief;
mod capture;
mod radar;

use curbside_core::contacts::{self, Address, ContactDraft, ContactId};
use curbside_core::events::{self, EventDraft, EventId};
use jiff::Timestamp;
use rusqlite::Connection;

use crate::support::events::timed;
use crate::support::{at, db};

/// The clock of these tests: during AHA 2026.
pub fn during() -> Timestamp {
    at("2026-11-08T15:00:00Z")
}

/// Before it.
pub fn before() -> Timestamp {
    at("2026-10-01T09:00:00Z")
}

/// AHA Scientific Sessions 2026 in Boston, 7 to 10 November.
pub fn aha(conn: &mut Connection) -> EventId {
    event(
        conn,
        "AHA Scientific Sessions 2026",
        "Boston Convention Center, Boston, MA",
        "America/New_York",
    )
}

/// An event at `location`, 7 to 10 November 2026 in `zone`.
pub fn event(conn: &mut Connection, title: &str, location: &str, zone: &str) -> EventId {
    let draft = EventDraft {
        location: location.into(),
        ..timed(title, "2026-11-07T08:00:00", "2026-11-10T17:00:00", zone)
    };
    events::create(conn, &draft, before()).unwrap().id
}

/// A contact made from `draft`.
pub fn contact(conn: &mut Connection, draft: ContactDraft) -> ContactId {
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

/// A contact called `name` with an address in `city`, `region`.
pub fn living_in(conn: &mut Connection, name: &str, city: &str, region: &str) -> ContactId {
    contact(
        conn,
        ContactDraft {
            display_name: name.into(),
            addresses: vec![Address {
                label: "work".into(),
                locality: city.into(),
                region: region.into(),
                ..Address::default()
            }],
            ..ContactDraft::default()
        },
    )
}

/// A fresh book.
pub fn book() -> Connection {
    db()
}
