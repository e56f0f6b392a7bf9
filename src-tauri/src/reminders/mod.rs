//! Reminders that reach the doctor while Curbside is in the background.
//!
//! The core says what to show and when to look again
//! (`curbside_core::reminders::notification_round`); this module is the
//! shell around it: a scheduler task on Tauri's async runtime that wakes
//! when something falls due or the data changes (`scheduler`, noticing a
//! suspend or a new zone with `clock`), desktop
//! notifications that can never hold the app up (`notifier`, `message`,
//! `respond`), and the tray and single instance that keep Curbside running
//! with its window closed (`tray`, `instance`, `window`, and on macOS the
//! Dock icon, `dock`).
//!
//! Any command that changes data wakes the scheduler (through the signal
//! [`Scheduler::waker`] hands to `AppState`), so it plans again at once.

mod clock;
mod dock;
mod hour_clock;
pub mod instance;
mod message;
mod notifier;
mod respond;
mod scheduler;
mod tray;
pub mod window;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use tauri::{App, Manager, Window, WindowEvent};
use tokio::sync::Notify;

use crate::locking::lock;

pub use dock::on_run_event;
pub use hour_clock::HourClock;

/// The argument the login item starts Curbside with: straight to the tray.
pub const BACKGROUND_FLAG: &str = "--background";

/// The handle on the reminder scheduler, kept in Tauri's state.
#[derive(Default)]
pub struct Scheduler {
    wake: Arc<Notify>,
    paused_until: Mutex<Option<Timestamp>>,
    in_tray: AtomicBool,
}

impl Scheduler {
    /// Tells the scheduler the data changed: it looks again now instead of
    /// at its planned time. Cheap; call it after any write.
    pub fn poke(&self) {
        self.wake.notify_one();
    }

    /// The signal that wakes the scheduler, for whatever changes data.
    pub fn waker(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Holds notifications back until `until` (`None` resumes them); what
    /// falls due meanwhile is shown together when the pause ends.
    pub fn pause(&self, until: Option<Timestamp>) {
        *lock(&self.paused_until) = until;
        self.poke();
    }

    /// The end of the pause, if one was chosen (it may be over).
    pub fn paused_until(&self) -> Option<Timestamp> {
        *lock(&self.paused_until)
    }

    fn in_tray(&self) -> bool {
        self.in_tray.load(Ordering::Relaxed)
    }
}

/// Builds the tray and starts the scheduler; with [`BACKGROUND_FLAG`] (a
/// start at login) and a tray, the window starts hidden.
pub fn start(app: &App) {
    let in_tray = tray::build(app);
    app.state::<Scheduler>()
        .in_tray
        .store(in_tray, Ordering::Relaxed);
    if in_tray && std::env::args().any(|arg| arg == BACKGROUND_FLAG) {
        window::hide_main(app.handle());
    }
    tauri::async_runtime::spawn(scheduler::run(
        app.handle().clone(),
        Arc::new(notifier::DesktopNotifier::new(&app.config().identifier)),
    ));
}

/// Closing the main window hides it to the tray, where there is one.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if window.label() == window::MAIN && window.state::<Scheduler>().in_tray() {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}
