//! Introductions with double opt-in: propose, list, move through the flow,
//! the drafts of each step, delete. "Today" is the system's date, asked on
//! every call.

use curbside_core::contacts::ContactId;
use curbside_core::introductions::{
    self, Introduction, IntroductionDraft, IntroductionId, IntroductionStatus, Side,
};
use curbside_core::messages::{self, MessageDraft};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

fn today() -> Date {
    Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date()
}

/// Every introduction, newest first.
#[tauri::command]
pub async fn intros_list(state: State<'_, AppState>) -> Result<Vec<Introduction>, IpcError> {
    state.with_db(|db| introductions::list(db)).await
}

/// The introductions a contact is either side of, for their timeline.
#[tauri::command]
pub async fn intros_for_contact(
    state: State<'_, AppState>,
    contact_id: ContactId,
) -> Result<Vec<Introduction>, IpcError> {
    state
        .with_db(move |db| introductions::for_contact(db, contact_id))
        .await
}

/// Proposes introducing one contact to another.
#[tauri::command]
pub async fn intros_add(
    state: State<'_, AppState>,
    draft: IntroductionDraft,
) -> Result<Introduction, IpcError> {
    state
        .with_db(move |db| introductions::add(db, &draft, today(), Timestamp::now()))
        .await
}

/// Moves an introduction on (with one side's answer, when given).
#[tauri::command]
pub async fn intros_set_status(
    state: State<'_, AppState>,
    id: IntroductionId,
    status: IntroductionStatus,
    side: Option<Side>,
) -> Result<Introduction, IpcError> {
    state
        .with_db(move |db| {
            introductions::set_status(db, id, status, side, today(), Timestamp::now())
        })
        .await
}

/// Deletes an introduction with its history.
#[tauri::command]
pub async fn intros_delete(state: State<'_, AppState>, id: IntroductionId) -> Result<(), IpcError> {
    state.with_db(move |db| introductions::delete(db, id)).await
}

/// The ask to one side: "Would you like me to introduce you to …?"
#[tauri::command]
pub async fn intros_ask_draft(
    state: State<'_, AppState>,
    id: IntroductionId,
    side: Side,
) -> Result<MessageDraft, IpcError> {
    state
        .with_db(move |db| messages::introduction_ask(db, id, side))
        .await
}

/// The email introducing the two to each other, to both.
#[tauri::command]
pub async fn intros_email_draft(
    state: State<'_, AppState>,
    id: IntroductionId,
) -> Result<MessageDraft, IpcError> {
    state
        .with_db(move |db| messages::introduction_email(db, id))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/introductions.rs"));
