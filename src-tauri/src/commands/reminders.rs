//! The reminders for the Today view, and acting on them. Every write wakes
//! the scheduler, so a reminder done in the app is never notified after.

use curbside_core::reminders::{self, Reminder};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::reminders::Scheduler;
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
        .with_db(move |db| reminders::due(db, Timestamp::now(), &zone, window))
        .await
}

/// Marks a reminder done (for a person, this logs an interaction).
#[tauri::command]
pub async fn reminders_done(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    id: String,
) -> Result<(), IpcError> {
    let done = state
        .with_db(move |db| reminders::done(db, &id, Timestamp::now()))
        .await;
    scheduler.poke();
    done
}

/// Puts a reminder off until `until`.
#[tauri::command]
pub async fn reminders_snooze(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    id: String,
    until: Timestamp,
) -> Result<(), IpcError> {
    let snoozed = state
        .with_db(move |db| reminders::snooze(db, &id, until, Timestamp::now()))
        .await;
    scheduler.poke();
    snoozed
}

/// Dismisses a reminder for good.
#[tauri::command]
pub async fn reminders_dismiss(
    state: State<'_, AppState>,
    scheduler: State<'_, Scheduler>,
    id: String,
) -> Result<(), IpcError> {
    let dismissed = state
        .with_db(move |db| reminders::dismiss(db, &id, Timestamp::now()))
        .await;
    scheduler.poke();
    dismissed
}
