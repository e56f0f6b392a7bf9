//! Unlocking the encrypted database.

use std::path::PathBuf;

use curbside_core::keys::Passphrase;
use tauri::State;

use crate::error::IpcError;
use curbside_core::repair::Salvaged;

use crate::state::{AppState, SessionStatus};

/// Opens the database with the keyring's key, or says a passphrase is needed.
#[tauri::command]
pub async fn session_open(state: State<'_, AppState>) -> Result<SessionStatus, IpcError> {
    state.unlock(None).await
}

/// Opens (or first creates) the database with a passphrase or recovery key.
#[tauri::command]
pub async fn session_unlock(
    state: State<'_, AppState>,
    secret: String,
) -> Result<SessionStatus, IpcError> {
    state.unlock(Some(Passphrase::new(secret))).await
}

/// Salvages a damaged database into a new one, keeping the damaged file
/// aside; `secret` when the keyring does not hold the key.
#[tauri::command]
pub async fn session_salvage(
    state: State<'_, AppState>,
    secret: Option<String>,
) -> Result<Salvaged, IpcError> {
    state.salvage(secret.map(Passphrase::new)).await
}

/// Restores a backup over a damaged database, keeping the damaged file
/// aside; `secret` when the keyring does not hold the key. Returns where
/// the damaged file is kept.
#[tauri::command]
pub async fn session_restore_backup(
    state: State<'_, AppState>,
    path: PathBuf,
    secret: Option<String>,
) -> Result<String, IpcError> {
    state
        .restore_over_damaged(path, secret.map(Passphrase::new))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/session.rs"));

/// Saves the recovery key just shown to a text file the user chose, with
/// what it is for (first run's "Save to file…").
#[tauri::command]
pub async fn session_save_recovery_key(key: String, path: PathBuf) -> Result<(), IpcError> {
    tauri::async_runtime::spawn_blocking(move || {
        curbside_core::keys::save_recovery_key(&key, &path)
    })
    .await
    .map_err(IpcError::internal)??;
    Ok(())
}
