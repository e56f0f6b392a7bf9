//! Opportunities: job leads, collaborations, grants and seats with the
//! people involved, a status with its history and a deadline. "Today" (the
//! day a status move is recorded on) is the system's date.

use curbside_core::opportunities::{
    self, Opportunity, OpportunityDraft, OpportunityError, OpportunityFilter, OpportunityId,
    OpportunityStatus,
};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

fn today() -> Date {
    Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date()
}

impl From<OpportunityError> for IpcError {
    fn from(error: OpportunityError) -> Self {
        let code = match &error {
            OpportunityError::Invalid(_) => ErrorCode::InvalidInput,
            OpportunityError::NotFound { .. } => ErrorCode::NotFound,
            OpportunityError::Database(_) => ErrorCode::Storage,
        };
        let field = match &error {
            OpportunityError::Invalid(invalid) => Some(invalid.field),
            _ => None,
        };
        let ipc = Self::new(code, error);
        match field {
            Some(field) => ipc.at_field(field),
            None => ipc,
        }
    }
}

/// The opportunities the filter keeps: open ones first, by deadline.
#[tauri::command]
pub async fn opportunities_list(
    state: State<'_, AppState>,
    filter: OpportunityFilter,
) -> Result<Vec<Opportunity>, IpcError> {
    state
        .with_db(move |db| opportunities::list(db, &filter))
        .await
}

/// Records a new opportunity.
#[tauri::command]
pub async fn opportunities_add(
    state: State<'_, AppState>,
    draft: OpportunityDraft,
) -> Result<Opportunity, IpcError> {
    state
        .with_db(move |db| opportunities::add(db, &draft, today()))
        .await
}

/// Replaces an opportunity's fields and people.
#[tauri::command]
pub async fn opportunities_update(
    state: State<'_, AppState>,
    id: OpportunityId,
    draft: OpportunityDraft,
) -> Result<Opportunity, IpcError> {
    state
        .with_db(move |db| opportunities::update(db, id, &draft))
        .await
}

/// Moves an opportunity to a new status, today.
#[tauri::command]
pub async fn opportunities_set_status(
    state: State<'_, AppState>,
    id: OpportunityId,
    status: OpportunityStatus,
) -> Result<Opportunity, IpcError> {
    state
        .with_db(move |db| opportunities::set_status(db, id, status, today()))
        .await
}

/// Deletes an opportunity.
#[tauri::command]
pub async fn opportunities_delete(
    state: State<'_, AppState>,
    id: OpportunityId,
) -> Result<(), IpcError> {
    state.with_db(move |db| opportunities::delete(db, id)).await
}

include!(concat!(env!("OUT_DIR"), "/commands/opportunities.rs"));
