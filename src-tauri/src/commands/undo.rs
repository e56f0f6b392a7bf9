//! Taking back a one-click change (a delete, a merge) the window offered
//! to undo: the command that made it returned the token.

use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Takes back the change with this token: the book is as it was before it.
#[tauri::command]
pub async fn undo_take_back(state: State<'_, AppState>, token: u64) -> Result<(), IpcError> {
    state.undo(token).await
}

include!(concat!(env!("OUT_DIR"), "/commands/undo.rs"));
