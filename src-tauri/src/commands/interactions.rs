//! Logging interactions.

use curbside_core::interactions::{self, Interaction, InteractionDraft};
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
