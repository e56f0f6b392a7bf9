//! The referral ledger: log, edit, delete and list referrals, the
//! specialties to suggest, and the ledger's numbers. "Today" is the
//! system's date, asked on every call.

use curbside_core::referrals::{
    self, Referral, ReferralDraft, ReferralFilter, ReferralId, ReferralStats,
};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The referrals `filter` keeps, newest first.
#[tauri::command]
pub async fn referrals_list(
    state: State<'_, AppState>,
    filter: ReferralFilter,
) -> Result<Vec<Referral>, IpcError> {
    state.with_db(move |db| referrals::list(db, &filter)).await
}

/// Logs a referral.
#[tauri::command]
pub async fn referrals_add(
    state: State<'_, AppState>,
    draft: ReferralDraft,
) -> Result<Referral, IpcError> {
    state
        .with_db(move |db| referrals::add(db, &draft, Timestamp::now()))
        .await
}

/// Replaces a referral's fields.
#[tauri::command]
pub async fn referrals_update(
    state: State<'_, AppState>,
    id: ReferralId,
    draft: ReferralDraft,
) -> Result<Referral, IpcError> {
    state
        .with_db(move |db| referrals::update(db, id, &draft))
        .await
}

/// Deletes a referral.
#[tauri::command]
pub async fn referrals_delete(state: State<'_, AppState>, id: ReferralId) -> Result<(), IpcError> {
    state.with_db(move |db| referrals::delete(db, id)).await
}

/// Every specialty the book knows, for the form's suggestions.
#[tauri::command]
pub async fn referrals_specialties(state: State<'_, AppState>) -> Result<Vec<String>, IpcError> {
    state.with_db(move |db| referrals::specialties(db)).await
}

/// The ledger's numbers today.
#[tauri::command]
pub async fn referrals_stats(state: State<'_, AppState>) -> Result<ReferralStats, IpcError> {
    let today = Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date();
    state.with_db(move |db| referrals::stats(db, today)).await
}

include!(concat!(env!("OUT_DIR"), "/commands/referrals.rs"));
