//! The Dock icon on macOS: a click on it brings back the window that was
//! closed to the tray, as a Mac app's window comes back.

use tauri::{AppHandle, RunEvent};

/// Handles the app's run events: on macOS, a click on the Dock icon while
/// no window is visible (the window was hidden to the tray) shows the main
/// window again. Other systems have no such event.
pub fn on_run_event(app: &AppHandle, event: &RunEvent) {
    #[cfg(target_os = "macos")]
    if let RunEvent::Reopen {
        has_visible_windows: false,
        ..
    } = event
    {
        super::window::show_main(app);
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, event);
}
