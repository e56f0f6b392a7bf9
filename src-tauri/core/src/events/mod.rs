//! The conference and CME calendar: events in the venue's zone (or all-day,
//! or floating), recurring series with changed and removed occurrences, key
//! dates each in its own zone, sessions to attend, and the people to meet
//! and met there.
//!
//! Every occurrence is expanded when an event is written (see
//! `event_occurrences` in migration 005), so a month view is one range query.
//! A series is expanded up to 25 years after its start and to at most 2,000
//! occurrences (`recurrence`); a wall-clock time that does not exist in the
//! zone (the hour skipped in spring) moves forward, one that happens twice
//! is the earlier (`timing`).
//!
//! Each write runs in one savepoint: a transaction of its own, or part of
//! the caller's when one is open (an importer writing a whole file).

mod anywhere;
mod codes;
mod deadlines;
mod draft;
mod exceptions;
mod model;
mod occurrences;
mod plan;
mod recurrence;
mod started;
mod store;
mod timing;

pub use anywhere::{aoe_zone, is_aoe, AOE, AOE_LABEL, AOE_OFFSET_HOURS};
pub use model::{
    Deadline, DeadlineDraft, DeadlineId, DeadlineKind, Event, EventDetail, EventDraft, EventFilter,
    EventId, EventKind, EventPerson, EventStatus, EventTiming, Occurrence, PersonRole,
    PlannedSession, SessionDraft, SessionId, UpcomingDeadline,
};
pub(crate) use occurrences::HeldOccurrences;

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::values::{ContactId, Invalid};

/// Someone the user met at an event, for the follow-up reminders.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MetAtEvent {
    /// The event.
    pub event_id: EventId,
    /// The event's title.
    pub event_title: String,
    /// The person, with the note of what was talked about.
    pub person: EventPerson,
}

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

/// Records a new event (and expands its occurrences). An empty `uid` is
/// made up; a UID another series has is refused.
pub fn create(
    conn: &mut Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    store::create(conn, draft, now)
}

/// Replaces an event's fields (and re-expands its occurrences).
///
/// For a series, the draft's `excluded` replaces the removed occurrences,
/// and changed occurrences that no longer name an occurrence (the series
/// moved, or stopped repeating) are dropped. An empty `uid` keeps the UID.
/// A changed occurrence keeps its series' UID and does not repeat.
pub fn update(
    conn: &mut Connection,
    id: EventId,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    store::update(conn, id, draft, now)
}

/// Records a new event inside the caller's transaction, as [`create`]
/// does (sync stores another program's edit this way, in the transaction
/// that also records what was synced).
pub(crate) fn create_in(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    store::create_in(conn, draft, now)
}

/// Records a new event inside the caller's transaction, as [`create`] does,
/// and returns only its id. A draft it refuses leaves nothing written, so
/// an import skips a refused event without a savepoint of its own.
pub(crate) fn record_in(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<EventId, EventError> {
    store::record_in(conn, draft, now)
}

/// Records a new event as [`record_in`] does, but holds its occurrences
/// in `held`, for the caller to write with the others (an import's).
pub(crate) fn record_holding(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
    held: &mut HeldOccurrences,
) -> Result<EventId, EventError> {
    store::record_holding(conn, draft, now, held)
}

/// Replaces an event's fields inside the caller's transaction, as
/// [`update`] does.
pub(crate) fn update_in(
    conn: &Connection,
    id: EventId,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    store::update_in(conn, id, draft, now)
}

/// Changes one occurrence inside the caller's transaction, as
/// [`change_occurrence`] does.
pub(crate) fn change_occurrence_in(
    conn: &Connection,
    series_id: EventId,
    recurrence_id: &str,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    exceptions::change_occurrence_in(conn, series_id, recurrence_id, draft, now)
}

/// Writes event `id`'s occurrences afresh from its stored rows (a book
/// import stores events as they are and then calls this for each).
pub(crate) fn rebuild_occurrences(conn: &Connection, id: EventId) -> Result<(), EventError> {
    occurrences::materialise(conn, id).map(|_| ())
}

/// One event.
pub fn get(conn: &Connection, id: EventId) -> Result<Event, EventError> {
    store::get(conn, id)
}

/// Every event in the order they were made, each series followed by its
/// changed occurrences: what a calendar export writes.
pub fn all(conn: &Connection) -> Result<Vec<Event>, EventError> {
    store::all(conn)
}

/// The single events and series whose status and kind `filter` keeps (a
/// series by its own fields), oldest first: what "export these" exports.
pub fn matching(conn: &Connection, filter: &EventFilter) -> Result<Vec<EventId>, EventError> {
    store::matching(conn, filter)
}

/// The changed occurrences of a series, by the occurrence they replace.
pub fn changed_occurrences(
    conn: &Connection,
    series_id: EventId,
) -> Result<Vec<Event>, EventError> {
    store::changed_occurrences(conn, series_id)
}

/// One event with its key dates, sessions, people and credits recorded.
pub fn detail(conn: &Connection, id: EventId) -> Result<EventDetail, EventError> {
    plan::detail(conn, id)
}

/// Deletes an event (a series with its changed occurrences).
pub fn delete(conn: &mut Connection, id: EventId) -> Result<(), EventError> {
    let tx = conn.savepoint()?;
    store::delete_in(&tx, id)?;
    tx.commit()?;
    Ok(())
}

/// Deletes an event inside the caller's transaction, as [`delete`] does.
pub(crate) fn delete_in(conn: &Connection, id: EventId) -> Result<(), EventError> {
    store::delete_in(conn, id)
}

/// Sets an event's status ("attended", "skipped"…).
pub fn set_status(
    conn: &mut Connection,
    id: EventId,
    status: EventStatus,
    now: Timestamp,
) -> Result<Event, EventError> {
    store::set_status(conn, id, status, now)
}

/// The series (not a changed occurrence) with this iCalendar UID.
pub fn find_by_uid(conn: &Connection, uid: &str) -> Result<Option<EventId>, EventError> {
    store::find_by_uid(conn, uid)
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
    occurrences::between(conn, from, to, viewer, filter)
}

/// Changes one occurrence of a series without moving the others: makes (or
/// updates) the event that replaces it. `recurrence_id` is the occurrence's
/// original civil start ("2026-03-15T18:00:00", or "2026-03-15" all-day);
/// the draft's `recurrence`, `excluded` and `uid` are not used.
pub fn change_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    exceptions::change_occurrence(conn, series_id, recurrence_id, draft, now)
}

/// Removes one occurrence of a series (and its replacement, if changed).
pub fn remove_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
) -> Result<(), EventError> {
    exceptions::remove_occurrence(conn, series_id, recurrence_id)
}

/// Adds a key date to an event.
pub fn add_deadline(
    conn: &mut Connection,
    event_id: EventId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    deadlines::add_deadline(conn, event_id, draft)
}

/// Replaces a key date's fields.
pub fn update_deadline(
    conn: &mut Connection,
    id: DeadlineId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    deadlines::update_deadline(conn, id, draft)
}

/// Removes a key date.
pub fn remove_deadline(conn: &mut Connection, id: DeadlineId) -> Result<(), EventError> {
    deadlines::remove_deadline(conn, id)
}

/// Key dates not yet done and due at or after `from` and before `until`
/// (`None`: however far ahead), soonest first (`include_done` lists the
/// done ones too), with their events.
///
/// The deadlines list asks for a year ahead: with years of congresses on
/// file, every key date still to come is thousands of rows nobody reads.
pub fn upcoming_deadlines(
    conn: &Connection,
    from: Timestamp,
    until: Option<Timestamp>,
    include_done: bool,
    filter: &EventFilter,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    deadlines::upcoming_deadlines(conn, from, until, include_done, filter)
}

/// Key dates not yet done that fall due in `[from, to)`, soonest first, with
/// their events: what the reminders announce.
pub fn deadlines_due_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    deadlines::deadlines_due_between(conn, from, to)
}

/// The people recorded as met at an event in `[from, to)` (by when the
/// link was made), oldest first: what the follow-up reminders read.
pub fn people_met_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<MetAtEvent>, EventError> {
    plan::people_met_between(conn, from, to)
}

/// Adds a session to attend.
pub fn add_session(
    conn: &mut Connection,
    event_id: EventId,
    draft: &SessionDraft,
) -> Result<PlannedSession, EventError> {
    plan::add_session(conn, event_id, draft)
}

/// Removes a planned session.
pub fn remove_session(conn: &mut Connection, id: SessionId) -> Result<(), EventError> {
    plan::remove_session(conn, id)
}

/// Links a contact to an event as someone to meet or met, with a note
/// (a goal, or what was talked about). Linking the same person again adds
/// the new note under the earlier ones, never replacing them. Someone is
/// met only once the event has started: before, they can only be planned.
pub fn link_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: &str,
    now: Timestamp,
) -> Result<EventPerson, EventError> {
    plan::link_person(conn, event_id, contact_id, role, note, now)
}

/// Links a contact to an event inside the caller's transaction, as
/// [`link_person`] does.
pub(crate) fn link_person_in(
    conn: &Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: &str,
    now: Timestamp,
) -> Result<EventPerson, EventError> {
    plan::link_person_in(conn, event_id, contact_id, role, note, now)
}

/// Removes a contact's link to an event in one role.
pub fn unlink_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
) -> Result<(), EventError> {
    plan::unlink_person(conn, event_id, contact_id, role)
}
