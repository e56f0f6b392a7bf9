//! Importing and exporting contact files. The import reports progress over
//! a channel and can be cancelled, which changes nothing.

use std::ops::ControlFlow;
use std::path::PathBuf;

use curbside_core::contacts::ContactId;
use curbside_core::export::{self, ExportFormat};
use curbside_core::import::{self, ImportProgress, ImportSummary};
use jiff::Timestamp;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Imports the files in one transaction, reporting progress.
#[tauri::command]
pub async fn import_files(
    state: State<'_, AppState>,
    paths: Vec<PathBuf>,
    skip_bad: bool,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, IpcError> {
    let cancel = state.start_import();
    state
        .with_db(move |db| {
            let sources = paths.iter().map(|path| import::open(path, None)).collect();
            import::import(db, sources, skip_bad, Timestamp::now(), |progress| {
                let _ = on_progress.send(progress);
                match cancel.load(std::sync::atomic::Ordering::Relaxed) {
                    true => ControlFlow::Break(()),
                    false => ControlFlow::Continue(()),
                }
            })
        })
        .await
}

/// Stops the running import; it changes nothing.
#[tauri::command]
pub fn import_cancel(state: State<'_, AppState>) {
    state.cancel_import();
}

/// Writes the contacts (all, or those in `ids`) to `path`; returns how many.
#[tauri::command]
pub async fn export_contacts(
    state: State<'_, AppState>,
    path: PathBuf,
    format: ExportFormat,
    ids: Option<Vec<ContactId>>,
) -> Result<usize, IpcError> {
    state
        .with_db(move |db| export::export_to_file(db, format, ids.as_deref(), &path))
        .await
}
