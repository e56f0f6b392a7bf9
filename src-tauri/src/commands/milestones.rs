//! What is kept on people for their reminders: milestones to congratulate
//! and how often to stay in touch.

use curbside_core::reminders::{
    self, Cadence, CadenceRule, CadenceTarget, ContactCadence, Milestone, MilestoneDraft,
};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// A contact's milestones, newest first.
#[tauri::command]
pub async fn reminders_milestones(
    state: State<'_, AppState>,
    contact_id: i64,
) -> Result<Vec<Milestone>, IpcError> {
    state
        .with_db(move |db| reminders::milestones(db, contact_id))
        .await
}

/// Records a milestone; it raises a "congratulate" reminder.
#[tauri::command]
pub async fn reminders_add_milestone(
    state: State<'_, AppState>,
    draft: MilestoneDraft,
) -> Result<Milestone, IpcError> {
    state
        .with_db(move |db| reminders::add_milestone(db, &draft, Timestamp::now()))
        .await
}

/// Removes a milestone and its prompt.
#[tauri::command]
pub async fn reminders_delete_milestone(
    state: State<'_, AppState>,
    id: i64,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::delete_milestone(db, id))
        .await
}

/// Every stay-in-touch cadence set.
#[tauri::command]
pub async fn reminders_cadences(state: State<'_, AppState>) -> Result<Vec<CadenceRule>, IpcError> {
    state.with_db(|db| reminders::cadences(db)).await
}

/// How often to be in touch with one contact, and which cadence holds.
#[tauri::command]
pub async fn reminders_cadence_of(
    state: State<'_, AppState>,
    contact_id: i64,
) -> Result<ContactCadence, IpcError> {
    state
        .with_db(move |db| reminders::cadence_of(db, contact_id))
        .await
}

/// Sets how often to be in touch with a contact, a tag or a relationship
/// (`days` null clears it).
#[tauri::command]
pub async fn reminders_set_cadence(
    state: State<'_, AppState>,
    target: CadenceTarget,
    days: Option<u32>,
) -> Result<(), IpcError> {
    let every = days.map(|days| Cadence { days });
    state
        .with_db(move |db| reminders::set_cadence(db, &target, every))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/milestones.rs"));
