//! Unlocking the encrypted database.

use curbside_core::keys::Passphrase;
use tauri::State;

use crate::error::IpcError;
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
