//! A contact's history and connections: affiliations, relationships, photo;
//! and the search over the Network screen's workflows.

use curbside_core::contacts::{self, ContactId};
use curbside_core::organizations::{self, Affiliation, AffiliationDraft};
use curbside_core::relationships::{self, Relationship, RelationshipKind};
use curbside_core::search::{self, network::NetworkHit};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Adds training or a job to a contact's history.
#[tauri::command]
pub async fn affiliations_add(
    state: State<'_, AppState>,
    contact: ContactId,
    draft: AffiliationDraft,
) -> Result<Affiliation, IpcError> {
    state
        .with_db(move |db| organizations::add(db, contact, &draft))
        .await
}

/// Removes an affiliation.
#[tauri::command]
pub async fn affiliations_remove(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_db(move |db| organizations::remove(db, id)).await
}

/// Records that `contact` is the `kind` of `other` (or of the user).
#[tauri::command]
pub async fn relationships_add(
    state: State<'_, AppState>,
    contact: ContactId,
    other: Option<ContactId>,
    kind: RelationshipKind,
    label: String,
) -> Result<Relationship, IpcError> {
    state
        .with_db(move |db| relationships::add(db, contact, other, kind, &label))
        .await
}

/// Removes a relationship.
#[tauri::command]
pub async fn relationships_remove(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_db(move |db| relationships::remove(db, id)).await
}

/// The contact's photo as a `data:` URL, if one is stored.
#[tauri::command]
pub async fn contacts_photo(
    state: State<'_, AppState>,
    id: ContactId,
) -> Result<Option<String>, IpcError> {
    state
        .with_db(move |db| contacts::photo_data_url(db, id))
        .await
}

/// The networking workflows' rows matching a query, best first.
#[tauri::command]
pub async fn network_search(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> Result<Vec<NetworkHit>, IpcError> {
    state
        .with_db(move |db| search::network(db, &query, limit))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/network.rs"));
