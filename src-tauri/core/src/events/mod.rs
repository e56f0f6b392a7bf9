//! The conference and CME calendar: events in the venue's zone (or all-day,
//! or floating), recurring series with changed and removed occurrences, key
//! dates each in its own zone, sessions to attend, and the people to meet
//! and met there.
//!
//! Every occurrence is expanded when an event is written (see
//! `event_occurrences` in migration 005), so a month view is one range query.

mod model;

pub use model::{
    Deadline, DeadlineDraft, DeadlineId, DeadlineKind, Event, EventDetail, EventDraft, EventFilter,
    EventId, EventKind, EventPerson, EventStatus, EventTiming, Occurrence, PersonRole,
    PlannedSession, SessionDraft, SessionId, UpcomingDeadline,
};

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::contacts::{ContactId, Invalid};

/// Why an event could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No event has this id.
    #[error("there is no event with id {0}")]
    NotFound(EventId),
    /// No contact has this id.
    #[error("there is no contact with id {0}")]
    ContactNotFound(ContactId),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// Records a new event (and expands its occurrences).
pub fn create(
    conn: &mut Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    todo!("{conn:?}{draft:?}{now}")
}

/// Replaces an event's fields (and re-expands its occurrences).
pub fn update(
    conn: &mut Connection,
    id: EventId,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    todo!("{conn:?}{id}{draft:?}{now}")
}

/// One event.
pub fn get(conn: &Connection, id: EventId) -> Result<Event, EventError> {
    todo!("{conn:?}{id}")
}

/// One event with its key dates, sessions, people and credits recorded.
pub fn detail(conn: &Connection, id: EventId) -> Result<EventDetail, EventError> {
    todo!("{conn:?}{id}")
}

/// Deletes an event (a series with its changed occurrences).
pub fn delete(conn: &mut Connection, id: EventId) -> Result<(), EventError> {
    todo!("{conn:?}{id}")
}

/// Sets an event's status ("attended", "skipped"…).
pub fn set_status(
    conn: &mut Connection,
    id: EventId,
    status: EventStatus,
    now: Timestamp,
) -> Result<Event, EventError> {
    todo!("{conn:?}{id}{status:?}{now}")
}

/// The series (not a changed occurrence) with this iCalendar UID.
pub fn find_by_uid(conn: &Connection, uid: &str) -> Result<Option<EventId>, EventError> {
    todo!("{conn:?}{uid}")
}

/// Every occurrence overlapping `[from, to)`, in start order; floating and
/// all-day events are read on the `viewer`'s wall clock.
pub fn occurrences(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
    viewer: &TimeZone,
    filter: &EventFilter,
) -> Result<Vec<Occurrence>, EventError> {
    todo!("{conn:?}{from}{to}{viewer:?}{filter:?}")
}

/// Changes one occurrence of a series without moving the others: makes (or
/// updates) the event that replaces it.
pub fn change_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    todo!("{conn:?}{series_id}{recurrence_id}{draft:?}{now}")
}

/// Removes one occurrence of a series (and its replacement, if changed).
pub fn remove_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
) -> Result<(), EventError> {
    todo!("{conn:?}{series_id}{recurrence_id}")
}

/// Adds a key date to an event.
pub fn add_deadline(
    conn: &mut Connection,
    event_id: EventId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    todo!("{conn:?}{event_id}{draft:?}")
}

/// Replaces a key date's fields.
pub fn update_deadline(
    conn: &mut Connection,
    id: DeadlineId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    todo!("{conn:?}{id}{draft:?}")
}

/// Removes a key date.
pub fn remove_deadline(conn: &mut Connection, id: DeadlineId) -> Result<(), EventError> {
    todo!("{conn:?}{id}")
}

/// Key dates not yet done and due at or after `from`, soonest first
/// (`include_done` lists the done ones too), with their events.
pub fn upcoming_deadlines(
    conn: &Connection,
    from: Timestamp,
    include_done: bool,
    filter: &EventFilter,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    todo!("{conn:?}{from}{include_done}{filter:?}")
}

/// Adds a session to attend.
pub fn add_session(
    conn: &mut Connection,
    event_id: EventId,
    draft: &SessionDraft,
) -> Result<PlannedSession, EventError> {
    todo!("{conn:?}{event_id}{draft:?}")
}

/// Removes a planned session.
pub fn remove_session(conn: &mut Connection, id: SessionId) -> Result<(), EventError> {
    todo!("{conn:?}{id}")
}

/// Links a contact to an event as someone to meet or met, with a note;
/// linking again replaces the note.
pub fn link_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: &str,
    now: Timestamp,
) -> Result<EventPerson, EventError> {
    todo!("{conn:?}{event_id}{contact_id}{role:?}{note}{now}")
}

/// Removes a contact's link to an event in one role.
pub fn unlink_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
) -> Result<(), EventError> {
    todo!("{conn:?}{event_id}{contact_id}{role:?}")
}
