//! Settings → Security and the menu's Lock: lock the book now, say which
//! ways open it, set or change the passphrase, make a new recovery key.

use curbside_core::keys::{Passphrase, SlotStatus};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Locks the book: the next unlock asks for the passphrase or recovery key.
#[tauri::command]
pub async fn security_lock(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.lock_now().await
}

/// Whether the book has a passphrase and a recovery key.
#[tauri::command]
pub async fn security_status(state: State<'_, AppState>) -> Result<SlotStatus, IpcError> {
    state.slot_status().await
}

/// Sets the passphrase, or changes it (`current`: the passphrase or the
/// recovery key, needed once there is one).
#[tauri::command]
pub async fn security_change_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    passphrase: String,
) -> Result<(), IpcError> {
    state
        .change_passphrase(current.map(Passphrase::new), Passphrase::new(passphrase))
        .await
}

/// Makes a new recovery key (the old one stops opening the book) and
/// returns it, to show once.
#[tauri::command]
pub async fn security_new_recovery_key(
    state: State<'_, AppState>,
    current: Option<String>,
) -> Result<String, IpcError> {
    let key = state.new_recovery_key(current.map(Passphrase::new)).await?;
    Ok(key.display().to_string())
}

include!(concat!(env!("OUT_DIR"), "/commands/security.rs"));
