//! Importing and exporting contact and calendar files. The import reports
//! progress over a channel and can be cancelled, which changes nothing.

use std::ops::ControlFlow;
use std::path::PathBuf;

use curbside_core::book;
use curbside_core::contacts::ContactId;
use curbside_core::events::{self, EventFilter, EventId};
use curbside_core::export::{self, ExportFormat};
use curbside_core::import::{self, ImportKind, ImportProgress, ImportSummary};
use jiff::Timestamp;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::opened::OpenedFiles;
use crate::state::AppState;

/// The files Curbside was opened with that wait to be offered for import
/// (taken: each is offered once).
#[tauri::command]
pub fn import_opened_files(opened: State<'_, OpenedFiles>) -> Vec<PathBuf> {
    opened.take()
}

/// Imports the files in one transaction, reporting progress: contact files
/// into the contact book, or iCalendar files into the calendar, or a whole
/// book (`.json`) into an empty one, as `import::route` decides.
#[tauri::command]
pub async fn import_files(
    state: State<'_, AppState>,
    paths: Vec<PathBuf>,
    skip_bad: bool,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportSummary, IpcError> {
    let calendars = match import::route(&paths)
        .map_err(|refused| IpcError::new(ErrorCode::InvalidInput, refused.to_string()))?
    {
        ImportKind::Book(path) => return import_book(state, path).await,
        ImportKind::Calendars => true,
        ImportKind::Contacts => false,
    };
    let cancel = state.start_import();
    state
        .with_db(move |db| {
            let progress = |progress| {
                let _ = on_progress.send(progress);
                match cancel.load(std::sync::atomic::Ordering::Relaxed) {
                    true => ControlFlow::Break(()),
                    false => ControlFlow::Continue(()),
                }
            };
            import::import_paths(
                db,
                calendars,
                &paths,
                None,
                skip_bad,
                Timestamp::now(),
                progress,
            )
        })
        .await
}

/// A whole book (`.json`) into an empty book; the summary counts its
/// contacts as new.
async fn import_book(state: State<'_, AppState>, path: PathBuf) -> Result<ImportSummary, IpcError> {
    state
        .with_db(move |db| {
            let imported = book::import_file(db, &path)?;
            Ok::<_, IpcError>(ImportSummary {
                created: u32::try_from(imported.count("contacts")).unwrap_or(u32::MAX),
                ..ImportSummary::default()
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

/// Writes events to `path` as iCalendar: those in `ids` (a changed
/// occurrence brings its series), else those `filter` keeps, else all;
/// returns how many were written.
#[tauri::command]
pub async fn export_events(
    state: State<'_, AppState>,
    path: PathBuf,
    ids: Option<Vec<EventId>>,
    filter: Option<EventFilter>,
) -> Result<usize, IpcError> {
    state
        .with_db(move |db| {
            let ids = match (ids, filter) {
                (Some(ids), _) => Some(ids),
                (None, Some(filter)) => Some(events::matching(db, &filter)?),
                (None, None) => None,
            };
            export::export_events_to_file(db, ids.as_deref(), &path, Timestamp::now())
                .map_err(IpcError::from)
        })
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/transfer.rs"));
