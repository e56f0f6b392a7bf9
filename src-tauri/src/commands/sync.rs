//! Sync in Settings and the sidebar: the status, adding an account (after
//! listing what the server offers), "Sync now", the conflicts to decide,
//! the sync key for the other computer, and whether contact notes go to
//! the address book in plain text. The network work runs on blocking
//! threads (`curbside_sync::connect`); a sync itself runs in
//! `background_sync`, one at a time.

use curbside_core::sync::conflicts::{self, Conflict, Keep};
use curbside_core::sync::{account, engine::Report};
use curbside_sync::connect::{self, NewAccount};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::background_sync::{self, stored, Syncer};
pub use crate::background_sync::{Finished, SyncState};
use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

/// The address books and calendars the server offers the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Offered {
    /// Address books.
    pub address_books: Vec<OfferedCollection>,
    /// Calendars (Curbside's private collection left out).
    pub calendars: Vec<OfferedCollection>,
    /// Whether the server already holds a Curbside book (then adding the
    /// account needs that book's sync key).
    pub holds_book: bool,
}

/// One address book or calendar on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfferedCollection {
    /// Its href, to choose it by.
    pub href: String,
    /// Its name.
    pub name: String,
}

impl From<connect::Collections> for Offered {
    fn from(found: connect::Collections) -> Self {
        let each = |list: Vec<connect::Offered>| {
            list.into_iter()
                .map(|one| OfferedCollection {
                    href: one.href,
                    name: one.name,
                })
                .collect()
        };
        Self {
            address_books: each(found.address_books),
            calendars: each(found.calendars),
            holds_book: found.holds_book,
        }
    }
}

/// How sync stands: the account, the last sync, any error, the conflicts
/// waiting, and the running sync's progress.
#[tauri::command]
pub async fn sync_status(app: AppHandle) -> Result<SyncState, IpcError> {
    background_sync::state(&app).await
}

/// Signs in to the server and lists its address books and calendars.
#[tauri::command]
pub async fn sync_offered(
    url: String,
    user: String,
    password: String,
) -> Result<Offered, IpcError> {
    tauri::async_runtime::spawn_blocking(move || connect::offered(&url, &user, &password))
        .await
        .map_err(IpcError::internal)?
        .map(Offered::from)
        .map_err(Into::into)
}

/// Adds the account (the password goes to the OS keyring); returns the
/// new sync key to show the user once, or none when the account joined a
/// book already on the server (with `sync_key`). The background sync
/// then runs a minute later, unless "Sync now" comes first.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn sync_add_account(
    state: State<'_, AppState>,
    syncer: State<'_, Syncer>,
    url: String,
    user: String,
    password: String,
    address_book: Option<String>,
    calendar: Option<String>,
    sync_key: Option<String>,
) -> Result<Option<String>, IpcError> {
    let account = NewAccount {
        url,
        user,
        password,
        address_book,
        calendar,
        sync_key: sync_key.filter(|key| !key.trim().is_empty()),
    };
    // Signing in and making collections take a while: on a connection of
    // its own, so the app's commands keep answering meanwhile.
    let _no_sync = syncer.hold().await;
    let mut conn = state.open_writer().await?;
    let added = tauri::async_runtime::spawn_blocking(move || connect::add(&mut conn, &account))
        .await
        .map_err(IpcError::internal)??;
    state.local_changes().notify_one();
    Ok(added.new_sync_key)
}

/// Removes the account, its sync state and its password; the items stay.
#[tauri::command]
pub async fn sync_remove_account(
    state: State<'_, AppState>,
    syncer: State<'_, Syncer>,
) -> Result<bool, IpcError> {
    let _no_sync = syncer.hold().await;
    state.with_db(connect::remove).await
}

/// Syncs now (after a running sync, if any); the window hears its progress.
#[tauri::command]
pub async fn sync_now(app: AppHandle) -> Result<Report, IpcError> {
    background_sync::run(&app).await
}

/// The conflicts waiting for the user, oldest first.
#[tauri::command]
pub async fn sync_conflicts(state: State<'_, AppState>) -> Result<Vec<Conflict>, IpcError> {
    state
        .with_db(|db| conflicts::list(db).map_err(stored))
        .await
}

/// Decides a conflict; the next sync sends the outcome.
#[tauri::command]
pub async fn sync_resolve(state: State<'_, AppState>, id: i64, keep: Keep) -> Result<(), IpcError> {
    let found = state
        .with_db(move |db| conflicts::resolve(db, id, keep))
        .await?;
    match found {
        true => Ok(()),
        false => Err(IpcError::new(
            ErrorCode::NotFound,
            "That conflict is already decided",
        )),
    }
}

/// The sync key, to type into another computer; none without an account.
#[tauri::command]
pub async fn sync_key(state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    state
        .with_db(|db| {
            let account = account::load(db).map_err(stored)?;
            Ok::<_, IpcError>(account.map(|account| account.key.to_text()))
        })
        .await
}

/// Whether contact notes go to the address book in plain text.
#[tauri::command]
pub async fn sync_set_notes_plain(state: State<'_, AppState>, plain: bool) -> Result<(), IpcError> {
    state
        .with_db(move |db| account::set_contact_notes_plain(db, plain).map_err(stored))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/sync.rs"));
