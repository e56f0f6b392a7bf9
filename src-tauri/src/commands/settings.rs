//! The settings screen: when and how reminders arrive, and whether Curbside
//! starts at login. Saving settings is a write, so the scheduler replans.

use curbside_core::reminders::{self, ReminderSettings};
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

/// Lead times, times of day and quiet hours (the defaults when never saved).
#[tauri::command]
pub async fn reminders_settings(state: State<'_, AppState>) -> Result<ReminderSettings, IpcError> {
    state.with_db(|db| reminders::settings(db)).await
}

/// Checks and saves the reminder settings.
#[tauri::command]
pub async fn reminders_save_settings(
    state: State<'_, AppState>,
    settings: ReminderSettings,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| reminders::save_settings(db, &settings))
        .await
}

/// Whether Curbside starts (to the tray) when the user logs in.
#[tauri::command]
pub fn app_autostart(app: AppHandle) -> Result<bool, IpcError> {
    app.autolaunch().is_enabled().map_err(login_item)
}

/// Turns starting at login on or off.
#[tauri::command]
pub fn app_set_autostart(app: AppHandle, enabled: bool) -> Result<(), IpcError> {
    let login = app.autolaunch();
    if enabled {
        login.enable()
    } else {
        login.disable()
    }
    .map_err(login_item)
}

fn login_item(error: tauri_plugin_autostart::Error) -> IpcError {
    IpcError::new(
        ErrorCode::Storage,
        format!("The login item could not be changed: {error}"),
    )
}

include!(concat!(env!("OUT_DIR"), "/commands/settings.rs"));
