//! The user's own presence (Settings → You) and own milestones.

use curbside_core::presence::{self, OwnMilestone, OwnMilestoneDraft, OwnMilestoneId, Presence};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The user's name, credentials, bio, pitch, links and CV path.
#[tauri::command]
pub async fn presence_get(state: State<'_, AppState>) -> Result<Presence, IpcError> {
    state.with_db(|db| presence::get(db)).await
}

/// Saves the whole presence; returns it as stored.
#[tauri::command]
pub async fn presence_set(
    state: State<'_, AppState>,
    presence: Presence,
) -> Result<Presence, IpcError> {
    state.with_db(move |db| presence::set(db, &presence)).await
}

/// The user's own milestones, newest first.
#[tauri::command]
pub async fn presence_milestones(
    state: State<'_, AppState>,
) -> Result<Vec<OwnMilestone>, IpcError> {
    state.with_db(|db| presence::milestones(db)).await
}

/// Records a milestone of the user's own.
#[tauri::command]
pub async fn presence_add_milestone(
    state: State<'_, AppState>,
    draft: OwnMilestoneDraft,
) -> Result<OwnMilestone, IpcError> {
    state
        .with_db(move |db| presence::add_milestone(db, &draft, Timestamp::now()))
        .await
}

/// Deletes one of the user's own milestones.
#[tauri::command]
pub async fn presence_delete_milestone(
    state: State<'_, AppState>,
    id: OwnMilestoneId,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| presence::delete_milestone(db, id))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/presence.rs"));
