//! Drafts and look-ups for the calendar tests (`events/`, and the book
//! export's calendar section).

use curbside_core::events::{
    self, EventDraft, EventFilter, EventId, EventKind, EventStatus, EventTiming, Occurrence,
};
use jiff::Timestamp;
use rusqlite::Connection;

pub use super::{at, db, person, zone};

/// The clock the tests write with.
pub fn now() -> Timestamp {
    at("2026-01-10T12:00:00Z")
}

/// A timed event from `start` to `end` (civil) in `zone` ('' floating).
pub fn timed(title: &str, start: &str, end: &str, zone: &str) -> EventDraft {
    draft(
        title,
        EventTiming::Timed {
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
            time_zone: zone.into(),
        },
    )
}

/// An all-day event from `first` to `last`, both inclusive.
pub fn all_day(title: &str, first: &str, last: &str) -> EventDraft {
    draft(
        title,
        EventTiming::AllDay {
            first_day: first.parse().unwrap(),
            last_day: last.parse().unwrap(),
        },
    )
}

/// `draft` repeating by `rule`.
pub fn repeating(mut draft: EventDraft, rule: &str) -> EventDraft {
    draft.recurrence = rule.into();
    draft
}

/// A conference called `title` being considered, with nothing else filled in.
pub fn draft(title: &str, timing: EventTiming) -> EventDraft {
    EventDraft {
        kind: EventKind::Conference,
        title: title.into(),
        organizer: String::new(),
        timing,
        location: String::new(),
        online: false,
        url: String::new(),
        notes: String::new(),
        expected_credits: None,
        cost: String::new(),
        status: EventStatus::Considering,
        recurrence: String::new(),
        excluded: Vec::new(),
        uid: String::new(),
    }
}

/// Stores `draft` and returns the new event's id.
pub fn add(conn: &mut Connection, draft: &EventDraft) -> EventId {
    events::create(conn, draft, now()).unwrap().id
}

/// ESC Congress 2026 in Munich, 28 to 31 August; returns its id.
pub fn congress(conn: &mut Connection) -> EventId {
    add(
        conn,
        &timed(
            "ESC Congress 2026",
            "2026-08-28T08:30:00",
            "2026-08-31T17:00:00",
            "Europe/Berlin",
        ),
    )
}

/// Every occurrence in `[from, to)` seen from `viewer`, unfiltered.
pub fn listed(conn: &Connection, from: &str, to: &str, viewer: &str) -> Vec<Occurrence> {
    events::occurrences(
        conn,
        at(from),
        at(to),
        &zone(viewer),
        &EventFilter::default(),
    )
    .unwrap()
}

/// The start instants of `occurrences`, as RFC 3339 text.
pub fn instants(occurrences: &[Occurrence]) -> Vec<String> {
    occurrences
        .iter()
        .map(|o| o.starts_at.to_string())
        .collect()
}

/// The starts of `occurrences` where they happen.
pub fn starts(occurrences: &[Occurrence]) -> Vec<&str> {
    occurrences.iter().map(|o| o.start.as_str()).collect()
}
