//! The contact book: a table of contents of `curbside_core::contacts`.

use curbside_core::contacts::{self, Contact, ContactDraft, ContactFilter, ContactId};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Contacts in name order.
#[tauri::command]
pub async fn contacts_list(
    state: State<'_, AppState>,
    filter: ContactFilter,
) -> Result<Vec<Contact>, IpcError> {
    state.with_db(move |db| contacts::list(db, &filter)).await
}

/// One contact, whole.
#[tauri::command]
pub async fn contacts_get(state: State<'_, AppState>, id: ContactId) -> Result<Contact, IpcError> {
    state.with_db(move |db| contacts::get(db, id)).await
}

/// Adds a contact.
#[tauri::command]
pub async fn contacts_create(
    state: State<'_, AppState>,
    draft: ContactDraft,
) -> Result<Contact, IpcError> {
    state
        .with_db(move |db| contacts::create(db, &draft, Timestamp::now()))
        .await
}

/// Changes a contact.
#[tauri::command]
pub async fn contacts_update(
    state: State<'_, AppState>,
    id: ContactId,
    draft: ContactDraft,
) -> Result<Contact, IpcError> {
    state
        .with_db(move |db| contacts::update(db, id, &draft, Timestamp::now()))
        .await
}

/// Deletes a contact.
#[tauri::command]
pub async fn contacts_delete(state: State<'_, AppState>, id: ContactId) -> Result<(), IpcError> {
    state.with_db(move |db| contacts::delete(db, id)).await
}
