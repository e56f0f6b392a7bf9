//! Mentorship: mentors and mentees with goals, meetings and action items,
//! and letters of recommendation either way. "Today" is the system's date,
//! asked on every call.

use curbside_core::mentorship::{
    self, ActionItem, Goal, GoalDraft, LetterDraft, LetterRequest, LetterStatus, Meeting,
    MeetingDraft, Mentorship, MentorshipDraft, Outcome,
};
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

/// Every mentorship, mentors first.
#[tauri::command]
pub async fn mentorship_list(state: State<'_, AppState>) -> Result<Vec<Mentorship>, IpcError> {
    state.with_db(move |db| mentorship::list(db)).await
}

/// A contact's mentorships.
#[tauri::command]
pub async fn mentorship_for_contact(
    state: State<'_, AppState>,
    contact: i64,
) -> Result<Vec<Mentorship>, IpcError> {
    state
        .with_db(move |db| mentorship::for_contact(db, contact))
        .await
}

/// Records a mentor or mentee.
#[tauri::command]
pub async fn mentorship_add(
    state: State<'_, AppState>,
    draft: MentorshipDraft,
) -> Result<Mentorship, IpcError> {
    state
        .with_db(move |db| mentorship::add(db, &draft, today()))
        .await
}

/// Changes a mentorship's cadence, start and notes.
#[tauri::command]
pub async fn mentorship_update(
    state: State<'_, AppState>,
    id: i64,
    draft: MentorshipDraft,
) -> Result<Mentorship, IpcError> {
    state
        .with_db(move |db| mentorship::update(db, id, &draft))
        .await
}

/// Deletes a mentorship with its goals and meetings.
#[tauri::command]
pub async fn mentorship_delete(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_db(move |db| mentorship::delete(db, id)).await
}

/// Adds a goal.
#[tauri::command]
pub async fn mentorship_add_goal(
    state: State<'_, AppState>,
    mentorship: i64,
    draft: GoalDraft,
) -> Result<Goal, IpcError> {
    state
        .with_db(move |db| mentorship::add_goal(db, mentorship, &draft))
        .await
}

/// Replaces a goal (marks it done).
#[tauri::command]
pub async fn mentorship_update_goal(
    state: State<'_, AppState>,
    id: i64,
    draft: GoalDraft,
) -> Result<Goal, IpcError> {
    state
        .with_db(move |db| mentorship::update_goal(db, id, &draft))
        .await
}

/// Deletes a goal.
#[tauri::command]
pub async fn mentorship_delete_goal(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state
        .with_db(move |db| mentorship::delete_goal(db, id))
        .await
}

/// Logs a meeting with its action items (and an interaction with the contact).
#[tauri::command]
pub async fn mentorship_log_meeting(
    state: State<'_, AppState>,
    mentorship: i64,
    draft: MeetingDraft,
) -> Result<Meeting, IpcError> {
    state
        .with_db(move |db| {
            mentorship::log_meeting(db, mentorship, &draft, today(), Timestamp::now())
        })
        .await
}

/// Deletes a meeting and its action items.
#[tauri::command]
pub async fn mentorship_delete_meeting(
    state: State<'_, AppState>,
    id: i64,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| mentorship::delete_meeting(db, id))
        .await
}

/// Ticks an action item off, or back on.
#[tauri::command]
pub async fn mentorship_set_action_done(
    state: State<'_, AppState>,
    id: i64,
    done: bool,
) -> Result<ActionItem, IpcError> {
    state
        .with_db(move |db| mentorship::set_action_done(db, id, done))
        .await
}

/// Every letter request, the nearest deadline first.
#[tauri::command]
pub async fn mentorship_letters(
    state: State<'_, AppState>,
) -> Result<Vec<LetterRequest>, IpcError> {
    state.with_db(move |db| mentorship::letters(db)).await
}

/// A contact's letter requests.
#[tauri::command]
pub async fn mentorship_letters_for_contact(
    state: State<'_, AppState>,
    contact: i64,
) -> Result<Vec<LetterRequest>, IpcError> {
    state
        .with_db(move |db| mentorship::letters_for_contact(db, contact))
        .await
}

/// Records a letter request.
#[tauri::command]
pub async fn mentorship_add_letter(
    state: State<'_, AppState>,
    draft: LetterDraft,
) -> Result<LetterRequest, IpcError> {
    state
        .with_db(move |db| mentorship::add_letter(db, &draft, today()))
        .await
}

/// Replaces a letter request's fields.
#[tauri::command]
pub async fn mentorship_update_letter(
    state: State<'_, AppState>,
    id: i64,
    draft: LetterDraft,
) -> Result<LetterRequest, IpcError> {
    state
        .with_db(move |db| mentorship::update_letter(db, id, &draft, today()))
        .await
}

/// Moves a letter request to a status.
#[tauri::command]
pub async fn mentorship_set_letter_status(
    state: State<'_, AppState>,
    id: i64,
    status: LetterStatus,
) -> Result<LetterRequest, IpcError> {
    state
        .with_db(move |db| mentorship::set_letter_status(db, id, status, today()))
        .await
}

/// Records how the application turned out.
#[tauri::command]
pub async fn mentorship_set_letter_outcome(
    state: State<'_, AppState>,
    id: i64,
    outcome: Outcome,
) -> Result<LetterRequest, IpcError> {
    state
        .with_db(move |db| mentorship::set_letter_outcome(db, id, outcome))
        .await
}

/// Deletes a letter request.
#[tauri::command]
pub async fn mentorship_delete_letter(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state
        .with_db(move |db| mentorship::delete_letter(db, id))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/mentorship.rs"));
