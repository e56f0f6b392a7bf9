//! Logging interactions, and putting a mistake right: edit or delete one.

use curbside_core::interactions::{self, Interaction, InteractionDraft, InteractionId};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Logs an interaction with one or more contacts.
#[tauri::command]
pub async fn interactions_add(
    state: State<'_, AppState>,
    draft: InteractionDraft,
) -> Result<Interaction, IpcError> {
    // A meeting or call starts a follow-up and any contact resets a cadence:
    // the write wakes the scheduler (see `AppState::with_db`).
    state
        .with_db(move |db| interactions::add(db, &draft, Timestamp::now()))
        .await
}

/// Replaces an interaction's kind, date, topic, note, people and event.
#[tauri::command]
pub async fn interactions_update(
    state: State<'_, AppState>,
    id: InteractionId,
    draft: InteractionDraft,
) -> Result<Interaction, IpcError> {
    // Last contact and follow-ups change with it: wake the scheduler too.
    state
        .with_db(move |db| interactions::edit(db, id, &draft, Timestamp::now()))
        .await
}

/// Deletes an interaction and returns it as it was.
#[tauri::command]
pub async fn interactions_delete(
    state: State<'_, AppState>,
    id: InteractionId,
) -> Result<Interaction, IpcError> {
    state.with_db(move |db| interactions::delete(db, id)).await
}

include!(concat!(env!("OUT_DIR"), "/commands/interactions.rs"));
