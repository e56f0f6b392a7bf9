//! Logging interactions.

use curbside_core::interactions::{self, Interaction, InteractionDraft};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::reminders::Scheduler;
use crate::state::AppState;

/// Logs an interaction with one or more contacts.
#[tauri::command]
pub async fn interactions_add(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    draft: InteractionDraft,
) -> Result<Interaction, IpcError> {
    let logged = state
        .with_db(move |db| interactions::add(db, &draft, Timestamp::now()))
        .await?;
    // A meeting or call starts a follow-up; any contact resets a cadence.
    scheduler.poke();
    Ok(logged)
}
