//! The calendar: occurrences for a range, events with their key dates,
//! sessions and people. Floating and all-day events are read on the
//! system's wall clock, asked afresh on every call because doctors travel.

use curbside_core::contacts::ContactId;
use curbside_core::events::{
    self, Deadline, DeadlineDraft, DeadlineId, Event, EventDetail, EventDraft, EventFilter,
    EventId, EventPerson, EventStatus, Occurrence, PersonRole, PlannedSession, SessionDraft,
    SessionId, UpcomingDeadline,
};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Every occurrence overlapping `[from, to)`.
#[tauri::command]
pub async fn events_occurrences(
    state: State<'_, AppState>,
    from: Timestamp,
    to: Timestamp,
    filter: EventFilter,
) -> Result<Vec<Occurrence>, IpcError> {
    state
        .with_db(move |db| events::occurrences(db, from, to, &TimeZone::system(), &filter))
        .await
}

/// One event with its key dates, sessions, people and credits recorded.
#[tauri::command]
pub async fn events_detail(
    state: State<'_, AppState>,
    id: EventId,
) -> Result<EventDetail, IpcError> {
    state.with_db(move |db| events::detail(db, id)).await
}

/// Records a new event.
#[tauri::command]
pub async fn events_create(
    state: State<'_, AppState>,
    draft: EventDraft,
) -> Result<Event, IpcError> {
    state
        .with_db(move |db| events::create(db, &draft, Timestamp::now()))
        .await
}

/// Replaces an event's fields (a whole series when it recurs).
#[tauri::command]
pub async fn events_update(
    state: State<'_, AppState>,
    id: EventId,
    draft: EventDraft,
) -> Result<Event, IpcError> {
    state
        .with_db(move |db| events::update(db, id, &draft, Timestamp::now()))
        .await
}

/// Deletes an event (a whole series); returns the token that takes it back
/// (`undo_take_back`).
#[tauri::command]
pub async fn events_delete(state: State<'_, AppState>, id: EventId) -> Result<u64, IpcError> {
    let journal = state
        .with_db(move |db| curbside_core::operations::delete_event(db, id))
        .await?;
    Ok(state.keep_for_undo(journal))
}

/// Sets where the user stands with an event.
#[tauri::command]
pub async fn events_set_status(
    state: State<'_, AppState>,
    id: EventId,
    status: EventStatus,
) -> Result<Event, IpcError> {
    state
        .with_db(move |db| events::set_status(db, id, status, Timestamp::now()))
        .await
}

/// Changes one occurrence of a series without moving the others.
#[tauri::command]
pub async fn events_change_occurrence(
    state: State<'_, AppState>,
    series_id: EventId,
    recurrence_id: String,
    draft: EventDraft,
) -> Result<Event, IpcError> {
    state
        .with_db(move |db| {
            events::change_occurrence(db, series_id, &recurrence_id, &draft, Timestamp::now())
        })
        .await
}

/// Removes one occurrence of a series; returns the token that takes it
/// back (`undo_take_back`).
#[tauri::command]
pub async fn events_remove_occurrence(
    state: State<'_, AppState>,
    series_id: EventId,
    recurrence_id: String,
) -> Result<u64, IpcError> {
    let journal = state
        .with_db(move |db| {
            curbside_core::operations::remove_occurrence(db, series_id, &recurrence_id)
        })
        .await?;
    Ok(state.keep_for_undo(journal))
}

/// Key dates due from now on and before `until` (`null`: however far
/// ahead), soonest first. The calendar asks for the next 12 months, and for
/// the rest only when the user shows later key dates.
#[tauri::command]
pub async fn events_deadlines(
    state: State<'_, AppState>,
    include_done: bool,
    filter: EventFilter,
    until: Option<Timestamp>,
) -> Result<Vec<UpcomingDeadline>, IpcError> {
    state
        .with_db(move |db| {
            events::upcoming_deadlines(db, Timestamp::now(), until, include_done, &filter)
        })
        .await
}

/// Adds a key date to an event.
#[tauri::command]
pub async fn events_add_deadline(
    state: State<'_, AppState>,
    event_id: EventId,
    draft: DeadlineDraft,
) -> Result<Deadline, IpcError> {
    state
        .with_db(move |db| events::add_deadline(db, event_id, &draft))
        .await
}

/// Replaces a key date's fields.
#[tauri::command]
pub async fn events_update_deadline(
    state: State<'_, AppState>,
    id: DeadlineId,
    draft: DeadlineDraft,
) -> Result<Deadline, IpcError> {
    state
        .with_db(move |db| events::update_deadline(db, id, &draft))
        .await
}

/// Removes a key date.
#[tauri::command]
pub async fn events_remove_deadline(
    state: State<'_, AppState>,
    id: DeadlineId,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| events::remove_deadline(db, id))
        .await
}

/// Adds a session to attend.
#[tauri::command]
pub async fn events_add_session(
    state: State<'_, AppState>,
    event_id: EventId,
    draft: SessionDraft,
) -> Result<PlannedSession, IpcError> {
    state
        .with_db(move |db| events::add_session(db, event_id, &draft))
        .await
}

/// Removes a planned session.
#[tauri::command]
pub async fn events_remove_session(
    state: State<'_, AppState>,
    id: SessionId,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| events::remove_session(db, id))
        .await
}

/// Links a contact to an event as someone to meet or met.
#[tauri::command]
pub async fn events_link_person(
    state: State<'_, AppState>,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: String,
) -> Result<EventPerson, IpcError> {
    state
        .with_db(move |db| {
            events::link_person(db, event_id, contact_id, role, &note, Timestamp::now())
        })
        .await
}

/// Removes a contact's link to an event in one role.
#[tauri::command]
pub async fn events_unlink_person(
    state: State<'_, AppState>,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| events::unlink_person(db, event_id, contact_id, role))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/events.rs"));
