//! Ending well: the book is closed when the app ends, from the menu or by a
//! signal (a log-out, `kill`, Ctrl+C in a terminal), so the log is folded
//! into the file and the book sealed: the next start skips the damage check
//! (`curbside_core::db::seal_after_close`). Without a clean close the next
//! start reads every page, as after a crash.

use tauri::{AppHandle, Manager, RunEvent};

use crate::state::AppState;

/// Closes the book as the app exits.
pub fn on_run_event(app: &AppHandle, event: &RunEvent) {
    if let RunEvent::Exit = event {
        app.state::<AppState>().close();
    }
}

/// Makes a termination signal quit the app the way the menu's Quit does.
pub fn on_signals(app: &AppHandle) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        for kind in [
            SignalKind::terminate(),
            SignalKind::interrupt(),
            SignalKind::hangup(),
        ] {
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                let Ok(mut signals) = signal(kind) else {
                    return;
                };
                if signals.recv().await.is_some() {
                    app.exit(0);
                }
            });
        }
    }
    #[cfg(not(unix))]
    let _ = app;
}
