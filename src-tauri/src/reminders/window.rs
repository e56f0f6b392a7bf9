//! Bringing the main window forward and telling the UI where to go. The
//! UI listens for these events; the window never navigates by itself.

use tauri::{AppHandle, Emitter, Manager};

/// Sent with a reminder's id when its notification is opened: the UI shows
/// that reminder (its contact or event).
pub const REMINDER_OPEN: &str = "reminder-open";

/// Sent when a grouped notification or the tray's "Today" is opened.
pub const TODAY_OPEN: &str = "today-open";

/// Sent when a notification's action changed reminders (done, snoozed),
/// so that an open Today view reloads.
pub const REMINDERS_CHANGED: &str = "reminders-changed";

/// The label of the app's one window (tauri.conf.json).
pub const MAIN: &str = "main";

/// Shows the main window, restored and focused.
pub fn show_main(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Hides the main window; Curbside goes on in the tray.
pub fn hide_main(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.hide();
    }
}

/// Shows the window at the Today view.
pub fn open_today(app: &AppHandle) {
    show_main(app);
    let _ = app.emit(TODAY_OPEN, ());
}

/// Shows the window at one reminder.
pub fn open_reminder(app: &AppHandle, id: &str) {
    show_main(app);
    let _ = app.emit(REMINDER_OPEN, id);
}
