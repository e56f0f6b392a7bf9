//! Backups in Settings: the list, "Back up now", "Restore…" and the folder.

use std::path::PathBuf;

use curbside_core::backup::{self, BackupInfo, Counts, FolderChoice, Reason, Written};
use curbside_core::data_dir::DataDir;
use tauri::State;

use crate::background_sync::Syncer;
use crate::error::IpcError;
use crate::state::AppState;

/// Every backup, newest first (read without the key).
#[tauri::command]
pub async fn backups_list(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, IpcError> {
    let dir = data_dir(&state)?;
    off_main(move || backup::list(&dir)).await
}

/// Backs up the book now.
#[tauri::command]
pub async fn backups_create(state: State<'_, AppState>) -> Result<Written, IpcError> {
    state
        .with_db(|db| backup::back_up(db, Reason::Manual))
        .await
}

/// Restores a backup over the book, after backing up the current state
/// (after a running sync, which writes on a connection of its own).
#[tauri::command]
pub async fn backups_restore(
    state: State<'_, AppState>,
    syncer: State<'_, Syncer>,
    path: PathBuf,
) -> Result<Counts, IpcError> {
    let _no_sync = syncer.hold().await;
    state.restore(path).await
}

/// The backup folder.
#[tauri::command]
pub async fn backups_folder(state: State<'_, AppState>) -> Result<FolderChoice, IpcError> {
    let dir = data_dir(&state)?;
    off_main(move || backup::folder_choice(&dir)).await
}

/// Chooses the backup folder (`None`: the default one).
#[tauri::command]
pub async fn backups_set_folder(
    state: State<'_, AppState>,
    path: Option<PathBuf>,
) -> Result<FolderChoice, IpcError> {
    let dir = data_dir(&state)?;
    off_main(move || {
        backup::set_folder(&dir, path.as_deref())?;
        backup::folder_choice(&dir)
    })
    .await
}

fn data_dir(state: &AppState) -> Result<DataDir, IpcError> {
    state.data_dir().cloned().ok_or_else(IpcError::locked)
}

async fn off_main<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, backup::BackupError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(IpcError::internal)?
        .map_err(Into::into)
}

include!(concat!(env!("OUT_DIR"), "/commands/backups.rs"));
