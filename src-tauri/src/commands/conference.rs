//! Conference mode: the trip radar and its one click, the brief per person
//! to meet, the "I just met…" capture and the round of follow-ups after an
//! event. "Now" is the system's clock, asked on every call.

use curbside_core::conference::{
    self, AfterEvent, Brief, CaptureDraft, CaptureMatch, Captured, Radar, TripPlan,
};
use curbside_core::contacts::ContactId;
use curbside_core::events::EventId;
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The people worth seeing at an event's venue, with why.
#[tauri::command]
pub async fn conference_radar(
    state: State<'_, AppState>,
    event: EventId,
) -> Result<Radar, IpcError> {
    state
        .with_db(move |db| conference::radar(db, event, Timestamp::now()))
        .await
}

/// Adds someone to the people to meet and drafts the trip message.
#[tauri::command]
pub async fn conference_plan_to_meet(
    state: State<'_, AppState>,
    event: EventId,
    contact: ContactId,
) -> Result<TripPlan, IpcError> {
    state
        .with_db(move |db| conference::plan_to_meet(db, event, contact, Timestamp::now()))
        .await
}

/// A brief on each person to meet at an event, or on one contact.
#[tauri::command]
pub async fn conference_brief(
    state: State<'_, AppState>,
    event: EventId,
    contact: Option<ContactId>,
) -> Result<Vec<Brief>, IpcError> {
    state
        .with_db(move |db| conference::brief(db, event, contact, Timestamp::now()))
        .await
}

/// The contact a capture of this name would go to, if any.
#[tauri::command]
pub async fn conference_capture_match(
    state: State<'_, AppState>,
    name: String,
    from: String,
) -> Result<Option<CaptureMatch>, IpcError> {
    state
        .with_db(move |db| conference::capture_match(db, &name, &from))
        .await
}

/// "I just met…": marks someone met at the event with the line logged.
#[tauri::command]
pub async fn conference_capture(
    state: State<'_, AppState>,
    event: EventId,
    draft: CaptureDraft,
) -> Result<Captured, IpcError> {
    state
        .with_db(move |db| conference::capture(db, event, &draft, Timestamp::now()))
        .await
}

/// Everyone met at an event with a follow-up draft, and those not met.
#[tauri::command]
pub async fn conference_after(
    state: State<'_, AppState>,
    event: EventId,
) -> Result<AfterEvent, IpcError> {
    state.with_db(move |db| conference::after(db, event)).await
}

include!(concat!(env!("OUT_DIR"), "/commands/conference.rs"));
