//! The contact book: a table of contents of `curbside_core::contacts`.

use curbside_core::contacts::duplicates::{self, DuplicatePair};
use curbside_core::contacts::{
    self, Contact, ContactDraft, ContactFilter, ContactId, ContactSummary, Facets,
};
use curbside_core::db::Connection;
use curbside_core::operations;
use curbside_core::profile::{self, ContactProfile};
use curbside_core::search::{self, ContactLineHit};
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

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

/// Deletes a contact; returns the token that takes it back (`undo_take_back`).
#[tauri::command]
pub async fn contacts_delete(state: State<'_, AppState>, id: ContactId) -> Result<u64, IpcError> {
    let journal = state
        .with_db(move |db| operations::delete_contact(db, id))
        .await?;
    Ok(state.keep_for_undo(journal))
}

/// The contact list: the filtered contacts' ids, in the filter's order.
#[tauri::command]
pub async fn contacts_order(
    state: State<'_, AppState>,
    filter: ContactFilter,
) -> Result<Vec<ContactId>, IpcError> {
    state.with_db(move |db| contacts::order(db, &filter)).await
}

/// The list lines of the contacts `ids` (those in view), in that order.
#[tauri::command]
pub async fn contacts_lines(
    state: State<'_, AppState>,
    ids: Vec<ContactId>,
) -> Result<Vec<ContactSummary>, IpcError> {
    state.with_db(move |db| contacts::lines(db, &ids)).await
}

/// How many contacts the book holds, filters aside.
#[tauri::command]
pub async fn contacts_count(state: State<'_, AppState>) -> Result<u64, IpcError> {
    state.with_db(move |db| contacts::count(db)).await
}

/// A contact with their interaction timeline.
#[tauri::command]
pub async fn contacts_profile(
    state: State<'_, AppState>,
    id: ContactId,
) -> Result<ContactProfile, IpcError> {
    state.with_db(move |db| profile::load(db, id)).await
}

/// The list lines of the contacts matching a query, best first, each with
/// why it matched.
#[tauri::command]
pub async fn contacts_search(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> Result<Vec<ContactLineHit>, IpcError> {
    state
        .with_db(move |db| search::search_lines(db, &query, limit))
        .await
}

/// The values the list's filters can take, for the filter bar to suggest.
#[tauri::command]
pub async fn contacts_facets(state: State<'_, AppState>) -> Result<Facets, IpcError> {
    state.with_db(|db| contacts::facets(db)).await
}

/// Pairs of contacts that look like one person: the Duplicates screen.
#[tauri::command]
pub async fn contacts_duplicates(
    state: State<'_, AppState>,
) -> Result<Vec<DuplicatePair>, IpcError> {
    state.with_reader(|db| scanned(db, duplicates::find)).await
}

/// How many pairs of contacts look like one person: the sidebar's badge,
/// without the pairs themselves (tens of thousands in a large book).
#[tauri::command]
pub async fn contacts_duplicate_count(state: State<'_, AppState>) -> Result<u64, IpcError> {
    state
        .with_reader(|db| scanned(db, duplicates::count).map(|count| count as u64))
        .await
}

/// What `scan` of the whole book finds. The scan reads most of the book
/// once: its pages would only push out the reminders' from this
/// connection's cache, so they are given back after.
fn scanned<T>(db: &Connection, scan: impl FnOnce(&Connection) -> T) -> T {
    let found = scan(db);
    let _ = curbside_core::db::release_cache(db);
    crate::memory::give_back();
    found
}

/// Merges `other` into `keep`; returns the token that takes the merge back
/// (`undo_take_back`).
#[tauri::command]
pub async fn contacts_merge(
    state: State<'_, AppState>,
    keep: ContactId,
    other: ContactId,
) -> Result<u64, IpcError> {
    let (_, journal) = state
        .with_db(move |db| operations::merge_undoably(db, keep, other, Timestamp::now()))
        .await?;
    Ok(state.keep_for_undo(journal))
}

/// Tags every contact in `ids`.
#[tauri::command]
pub async fn contacts_tag(
    state: State<'_, AppState>,
    ids: Vec<ContactId>,
    tag: String,
) -> Result<usize, IpcError> {
    state
        .with_db(move |db| operations::tag(db, &ids, &tag, Timestamp::now()))
        .await
}

/// Removes a tag from every contact in `ids`.
#[tauri::command]
pub async fn contacts_untag(
    state: State<'_, AppState>,
    ids: Vec<ContactId>,
    tag: String,
) -> Result<usize, IpcError> {
    state
        .with_db(move |db| operations::untag(db, &ids, &tag, Timestamp::now()))
        .await
}

/// Deletes the contacts in `ids`; returns a token that undoes it.
#[tauri::command]
pub async fn contacts_delete_many(
    state: State<'_, AppState>,
    ids: Vec<ContactId>,
) -> Result<u64, IpcError> {
    let deleted = state
        .with_db(move |db| operations::delete_many(db, &ids))
        .await?;
    Ok(state.keep_for_undo(deleted))
}

/// Puts back the contacts a bulk delete removed (any undo token works, as
/// for `undo_take_back`).
#[tauri::command]
pub async fn contacts_undo_delete(state: State<'_, AppState>, token: u64) -> Result<(), IpcError> {
    state.undo(token).await
}

/// The people gone longest without contact (at least one interaction),
/// for the Today view.
#[tauri::command]
pub async fn contacts_out_of_touch(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<ContactSummary>, IpcError> {
    state
        .with_db(move |db| contacts::out_of_touch(db, limit.min(100)))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/contacts.rs"));
