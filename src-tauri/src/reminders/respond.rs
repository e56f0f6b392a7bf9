//! What a choice on a notification does: "Open" brings Curbside forward at
//! the reminder (or at Today for a group); "Done" and "Snooze" act through
//! the core exactly as the Today view's buttons do (the write wakes the
//! scheduler), then tell an open Today view to reload.

use curbside_core::reminders::{self, ReminderError};
use jiff::{SignedDuration, Timestamp};
use tauri::{AppHandle, Emitter, Manager};

use super::notifier::Choice;
use super::scheduler::later;
use super::window;
use crate::diagnostics::diagnostic;
use crate::state::AppState;

/// How long "Snooze" on a notification puts a reminder off.
const SNOOZE: SignedDuration = SignedDuration::from_hours(24);

/// Carries out `choice` on the reminders `ids` of one notification. Called
/// from the notification's thread; database work goes to the async runtime.
pub fn respond(app: AppHandle, ids: Vec<String>, choice: Choice) {
    match (choice, ids.as_slice()) {
        (Choice::Open, [one]) => window::open_reminder(&app, one),
        (Choice::Open, _) => window::open_today(&app),
        (Choice::Done | Choice::Snooze, _) => {
            tauri::async_runtime::spawn(act(app, ids, choice));
        }
    }
}

async fn act(app: AppHandle, ids: Vec<String>, choice: Choice) {
    let now = Timestamp::now();
    let result = app
        .state::<AppState>()
        .with_db(move |db| {
            for id in &ids {
                match choice {
                    Choice::Done => reminders::done(db, id, now)?,
                    Choice::Snooze => reminders::snooze(db, id, later(now, SNOOZE), now)?,
                    Choice::Open => {}
                }
            }
            Ok::<_, ReminderError>(())
        })
        .await;
    match result {
        Ok(()) => {
            let _ = app.emit(window::REMINDERS_CHANGED, ());
        }
        Err(error) => diagnostic!(
            "Curbside could not act on a notification: {}",
            error.message
        ),
    }
}
