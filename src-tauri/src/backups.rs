//! The daily backup while the app runs: a task that looks a minute after
//! start (time for the book to be unlocked) and then every hour, and backs
//! up when the newest daily backup is a day old (`backup::daily`). A
//! failure is logged and tried again the next hour; a locked book is
//! simply not backed up yet.

use std::time::Duration;

use curbside_core::backup;
use jiff::Timestamp;
use tauri::{App, AppHandle, Manager};

use crate::diagnostics::diagnostic;
use crate::state::AppState;

const FIRST_LOOK: Duration = Duration::from_secs(60);
const EVERY: Duration = Duration::from_secs(60 * 60);

/// Starts the daily backup task.
pub fn start(app: &App) {
    let handle = app.handle().clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_LOOK).await;
        loop {
            look(&handle).await;
            tokio::time::sleep(EVERY).await;
        }
    });
}

async fn look(app: &AppHandle) {
    let state = app.state::<AppState>();
    match state
        .with_db(|db| backup::daily(db, Timestamp::now()))
        .await
    {
        Ok(Some(written)) => {
            if let Some(warning) = written.warning {
                diagnostic!("Curbside's daily backup: {warning}");
            }
        }
        Ok(None) => {}
        Err(error) if error.code == crate::error::ErrorCode::Locked => {}
        Err(error) => diagnostic!("Curbside's daily backup failed: {}", error.message),
    }
}
