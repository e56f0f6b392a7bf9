//! Memberships: societies with member number, dues and renewal, committee
//! roles, and the calendar events that are their meetings.

use curbside_core::memberships::{
    self, CommitteeRole, Membership, MembershipDraft, MembershipError, MembershipId,
};
use curbside_core::values::EventId;
use jiff::civil::Date;
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

impl From<MembershipError> for IpcError {
    fn from(error: MembershipError) -> Self {
        let code = match &error {
            MembershipError::Invalid(_) => ErrorCode::InvalidInput,
            MembershipError::NotFound { .. } => ErrorCode::NotFound,
            MembershipError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            MembershipError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

/// Every membership, active ones first by next renewal.
#[tauri::command]
pub async fn memberships_list(state: State<'_, AppState>) -> Result<Vec<Membership>, IpcError> {
    state.with_db(move |db| memberships::list(db)).await
}

/// Records a new membership.
#[tauri::command]
pub async fn memberships_add(
    state: State<'_, AppState>,
    draft: MembershipDraft,
) -> Result<Membership, IpcError> {
    state.with_db(move |db| memberships::add(db, &draft)).await
}

/// Replaces a membership's fields.
#[tauri::command]
pub async fn memberships_update(
    state: State<'_, AppState>,
    id: MembershipId,
    draft: MembershipDraft,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::update(db, id, &draft))
        .await
}

/// Records the dues paid: the renewal moves to `to`, or a year on.
#[tauri::command]
pub async fn memberships_renew(
    state: State<'_, AppState>,
    id: MembershipId,
    to: Option<Date>,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::renew(db, id, to))
        .await
}

/// Deletes a membership (its meetings stay in the calendar).
#[tauri::command]
pub async fn memberships_delete(
    state: State<'_, AppState>,
    id: MembershipId,
) -> Result<(), IpcError> {
    state.with_db(move |db| memberships::delete(db, id)).await
}

/// Adds a committee or role.
#[tauri::command]
pub async fn memberships_add_role(
    state: State<'_, AppState>,
    id: MembershipId,
    role: CommitteeRole,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::add_role(db, id, &role))
        .await
}

/// Removes the committee or role at `index` (0 the first).
#[tauri::command]
pub async fn memberships_remove_role(
    state: State<'_, AppState>,
    id: MembershipId,
    index: usize,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::remove_role(db, id, index))
        .await
}

/// Links a calendar event as one of the society's meetings.
#[tauri::command]
pub async fn memberships_link_event(
    state: State<'_, AppState>,
    id: MembershipId,
    event: EventId,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::link_event(db, id, event))
        .await
}

/// Unlinks a meeting (the event stays).
#[tauri::command]
pub async fn memberships_unlink_event(
    state: State<'_, AppState>,
    id: MembershipId,
    event: EventId,
) -> Result<Membership, IpcError> {
    state
        .with_db(move |db| memberships::unlink_event(db, id, event))
        .await
}

/// The societies an event is a meeting of.
#[tauri::command]
pub async fn memberships_of_event(
    state: State<'_, AppState>,
    event: EventId,
) -> Result<Vec<Membership>, IpcError> {
    state
        .with_db(move |db| memberships::of_event(db, event))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/memberships.rs"));
