//! Sample data for a first look: a dozen made-up colleagues with tags,
//! cities and notes, a few interactions, a congress in Boston with people to
//! meet there and a grand rounds next week, added in one transaction and
//! removed in one. Every sample contact and event carries a uid starting
//! with [`UID_PREFIX`] (which travels with sync, so another computer can
//! remove it too) and every contact the tag [`SAMPLE_TAG`], which the user
//! sees. Nothing the user made is ever touched by [`remove`]: a contact or
//! event is sample data only by its uid, which nothing else writes.

mod people;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::contacts::{self, ContactError};
use crate::events::{
    self, EventDraft, EventError, EventKind, EventStatus, EventTiming, PersonRole,
};
use crate::interactions::{self, InteractionDraft, InteractionKind};
use crate::values::ContactId;

pub use people::SAMPLE_TAG;

/// How every sample item's uid begins.
pub const UID_PREFIX: &str = "curbside-sample-";

/// How much sample data the book holds (or a call added or removed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct SampleCounts {
    /// Sample contacts.
    pub contacts: u32,
    /// Sample events.
    pub events: u32,
}

/// Why sample data could not be added or removed.
#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    /// The book already holds the sample data.
    #[error("the sample data is already in your book; remove it first to add it again")]
    AlreadyThere,
    /// Writing a contact or an interaction failed.
    #[error(transparent)]
    Contact(#[from] ContactError),
    /// Writing an event failed.
    #[error(transparent)]
    Event(#[from] EventError),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// How much sample data the book holds now: the rows of [`SAMPLE_UIDS`].
pub fn counts(conn: &Connection) -> Result<SampleCounts, SampleError> {
    let count = |table: &str| -> rusqlite::Result<u32> {
        conn.query_row(
            &format!("SELECT count(*) FROM {table} WHERE {SAMPLE_UIDS}"),
            [UID_PREFIX, UID_PAST],
            |row| row.get(0),
        )
    };
    Ok(SampleCounts {
        contacts: count(CONTACTS)?,
        events: count("events")?,
    })
}

/// The first string after every uid that starts with [`UID_PREFIX`]: the
/// prefix with its last character moved one on ("-" → ".").
const UID_PAST: &str = "curbside-sample.";

/// The rows of sample data, with `?1` [`UID_PREFIX`] and `?2` [`UID_PAST`]:
/// exactly the uids that start with the prefix, compared as the uid index
/// orders them (a `LIKE` ignored case, so a user's own "CURBSIDE-SAMPLE-…"
/// uid counted as sample data and was removed with it).
const SAMPLE_UIDS: &str = "uid >= ?1 AND uid < ?2";

/// The contacts, read through their uid index, which answers
/// [`SAMPLE_UIDS`] without reading every contact (a `LIKE` did, at every
/// start: about 35 ms of the window's first screen at 100,000 contacts).
/// `INDEXED BY`, so a query that could not use it fails in the tests.
/// Events have no uid index over every row (only over series); there are
/// few.
const CONTACTS: &str = "contacts INDEXED BY contacts_by_uid";

/// Adds the sample data in one transaction, dated around `today`: the
/// congress a few weeks ahead, the interactions in the past months.
/// Refused when the book already holds it.
pub fn add(
    conn: &mut Connection,
    today: Date,
    now: Timestamp,
) -> Result<SampleCounts, SampleError> {
    if counts(conn)? != SampleCounts::default() {
        return Err(SampleError::AlreadyThere);
    }
    let tx = conn.transaction()?;
    let mut ids = Vec::new();
    for (number, draft) in people::drafts().iter().enumerate() {
        let id = contacts::insert(&tx, draft, now, contacts::Indexing::Now)?;
        tx.execute(
            "UPDATE contacts SET uid = ?2 WHERE id = ?1",
            params![id, format!("{UID_PREFIX}contact-{}", number + 1)],
        )?;
        ids.push(id);
    }
    add_history(&tx, &ids, now)?;
    add_events(&tx, &ids, today, now)?;
    tx.commit()?;
    counts(conn)
}

/// Removes every sample contact (with what is attached to them) and event
/// in one transaction; returns how much was removed.
pub fn remove(conn: &mut Connection) -> Result<SampleCounts, SampleError> {
    let before = counts(conn)?;
    let tx = conn.transaction()?;
    let ids = |table: &str| -> rusqlite::Result<Vec<i64>> {
        tx.prepare(&format!("SELECT id FROM {table} WHERE {SAMPLE_UIDS}"))?
            .query_map([UID_PREFIX, UID_PAST], |row| row.get(0))?
            .collect()
    };
    let (people, events) = (ids(CONTACTS)?, ids("events")?);
    for id in events {
        events::delete_in(&tx, id)?;
    }
    let mut touched = Vec::new();
    for id in &people {
        touched.extend(contacts::delete_in(&tx, *id)?);
    }
    touched.retain(|id| !people.contains(id));
    for id in touched {
        contacts::refresh_recency(&tx, id)?;
        contacts::search_index::refresh(&tx, id)?;
    }
    tx.commit()?;
    Ok(before)
}

/// A few past interactions: a meeting with the mentor, a call, an email.
fn add_history(tx: &Connection, ids: &[ContactId], now: Timestamp) -> Result<(), SampleError> {
    let history = [
        (0, InteractionKind::Meeting, 40, "TAVR registry", "She offered to read my abstract before the deadline; send it by Friday."),
        (1, InteractionKind::Call, 12, "Cardiorenal trial", "Looking for a second site; asked who runs echo at our place."),
        (6, InteractionKind::Email, 95, "Thanks for the referrals", "Thanked him for the heart failure referrals; he asked for a shared care letter template."),
    ];
    for (person, kind, days_ago, topic, note) in history {
        interactions::add_within(
            tx,
            &InteractionDraft {
                kind,
                occurred_at: Some(now - (days_ago * 24).hours()),
                time_zone: String::new(),
                topic: topic.into(),
                note: note.into(),
                contact_ids: vec![ids[person]],
                event_id: None,
            },
            now,
        )?;
    }
    Ok(())
}

/// A congress in Boston five weeks ahead, with two people to meet there,
/// and a grand rounds next week.
fn add_events(
    tx: &Connection,
    ids: &[ContactId],
    today: Date,
    now: Timestamp,
) -> Result<(), SampleError> {
    let congress_day = today.saturating_add(35.days());
    let congress = events::create_in(
        tx,
        &EventDraft {
            kind: EventKind::Conference,
            title: "Sample: New England Cardiology Congress".into(),
            organizer: "New England Cardiology Society".into(),
            timing: EventTiming::AllDay {
                first_day: congress_day,
                last_day: congress_day.saturating_add(2.days()),
            },
            location: "Hynes Convention Center, Boston, MA".into(),
            online: false,
            url: String::new(),
            notes: "Sample event: remove it with the rest of the sample data.".into(),
            expected_credits: Some(18.0),
            cost: String::new(),
            status: EventStatus::Registered,
            recurrence: String::new(),
            excluded: Vec::new(),
            uid: format!("{UID_PREFIX}event-1"),
        },
        now,
    )?;
    for person in [0, 1] {
        events::link_person_in(tx, congress.id, ids[person], PersonRole::ToMeet, "", now)?;
    }
    let rounds_day = today.saturating_add(7.days());
    events::create_in(
        tx,
        &EventDraft {
            kind: EventKind::Rounds,
            title: "Sample: Grand rounds, heart failure update".into(),
            organizer: String::new(),
            timing: EventTiming::Timed {
                start: rounds_day.at(8, 0, 0, 0),
                end: rounds_day.at(9, 0, 0, 0),
                time_zone: String::new(),
            },
            location: "Auditorium B".into(),
            online: false,
            url: String::new(),
            notes: String::new(),
            expected_credits: Some(1.0),
            cost: String::new(),
            status: EventStatus::Attending,
            recurrence: String::new(),
            excluded: Vec::new(),
            uid: format!("{UID_PREFIX}event-2"),
        },
        now,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_uid_range_ends_at_the_prefix_with_its_last_character_moved_on() {
        let (head, last) = UID_PREFIX.split_at(UID_PREFIX.len() - 1);
        let moved = char::from(last.as_bytes()[0] + 1);
        assert_eq!(UID_PAST, format!("{head}{moved}"));
        assert!(format!("{UID_PREFIX}\u{10FFFF}").as_str() < UID_PAST);
    }
}
