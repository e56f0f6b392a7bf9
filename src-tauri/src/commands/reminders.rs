//! The reminders for the Today view, acting on them, and the user's own
//! reminders. Every write wakes the scheduler (see `AppState::with_db`), so a
//! reminder done in the app is never notified after.

use curbside_core::reminders::{self, Clock, CustomReminder, CustomReminderDraft, Reminder};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::reminders::HourClock;
use crate::state::AppState;

/// The longest window the Today view may ask for, in days.
const MAX_WINDOW_DAYS: u32 = 366;

/// Everything overdue, and everything due in the next `window_days` days,
/// oldest first, where the user is now.
#[tauri::command]
pub async fn reminders_due(
    state: State<'_, AppState>,
    window_days: u32,
) -> Result<Vec<Reminder>, IpcError> {
    if window_days > MAX_WINDOW_DAYS {
        return Err(IpcError::new(
            ErrorCode::InvalidInput,
            format!("Reminders can be listed at most {MAX_WINDOW_DAYS} days ahead"),
        ));
    }
    let window = SignedDuration::from_hours(24 * i64::from(window_days));
    let zone = TimeZone::system();
    state
        .with_db_and_reader(move |db, reader| {
            let due = reminders::due_with(db, reader, Timestamp::now(), &zone, window);
            crate::memory::give_back();
            due
        })
        .await
}

/// Marks a reminder done (for a person, this logs an interaction).
#[tauri::command]
pub async fn reminders_done(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::done(db, &id, Timestamp::now()))
        .await
}

/// Puts a reminder off until `until`.
#[tauri::command]
pub async fn reminders_snooze(
    state: State<'_, AppState>,
    id: String,
    until: Timestamp,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::snooze(db, &id, until, Timestamp::now()))
        .await
}

/// Dismisses a reminder for good.
#[tauri::command]
pub async fn reminders_dismiss(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::dismiss(db, &id, Timestamp::now()))
        .await
}

/// Takes back the last done, snooze or dismissal of a reminder: its state
/// as before, and the interaction a done logged removed.
#[tauri::command]
pub async fn reminders_undo(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.with_db(move |db| reminders::undo(db, &id)).await
}

/// The user's own reminders, oldest first.
#[tauri::command]
pub async fn reminders_custom(state: State<'_, AppState>) -> Result<Vec<CustomReminder>, IpcError> {
    state.with_db(|db| reminders::custom_reminders(db)).await
}

/// Records a reminder of the user's own; returns its id.
#[tauri::command]
pub async fn reminders_add_custom(
    state: State<'_, AppState>,
    draft: CustomReminderDraft,
) -> Result<i64, IpcError> {
    state
        .with_db(move |db| reminders::add_custom(db, &draft, Timestamp::now()))
        .await
}

/// Removes a reminder of the user's own.
#[tauri::command]
pub async fn reminders_delete_custom(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::delete_custom(db, id))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/reminders.rs"));

/// Writes notifications' times on a 12-hour clock ("11:59 PM") or a
/// 24-hour one, as the window writes them; the window says so at start and
/// whenever the choice in Settings → Language and region changes.
#[tauri::command]
pub fn notifications_set_clock(
    clock: State<'_, HourClock>,
    twelve_hour: bool,
) -> Result<(), IpcError> {
    let chosen = if twelve_hour { Clock::H12 } else { Clock::H24 };
    clock.set(chosen).map_err(|error| {
        IpcError::new(
            ErrorCode::Storage,
            format!("The clock for notifications applies now but could not be kept: {error}"),
        )
    })
}
