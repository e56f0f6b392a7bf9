//! The tray icon that keeps Curbside reachable with its window closed:
//! Open, Today, pausing notifications, Quit.
//!
//! On Linux the tray needs the AppIndicator library; where it is missing
//! the tray cannot be built (the library loader panics), so building is
//! guarded and, without a tray, closing the window quits as usual.

use std::panic::{catch_unwind, AssertUnwindSafe};

use curbside_core::reminders::{pause_ends, Pause};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{App, AppHandle, Manager};

use super::{window, Scheduler};
use crate::diagnostics::diagnostic;

const OPEN: &str = "open";
const TODAY: &str = "today";
const PAUSE_HOUR: &str = "pause-hour";
const PAUSE_TOMORROW: &str = "pause-tomorrow";
const RESUME: &str = "resume";
const QUIT: &str = "quit";

/// Puts Curbside in the tray; false when this desktop has no tray.
pub fn build(app: &App) -> bool {
    match catch_unwind(AssertUnwindSafe(|| try_build(app))) {
        Ok(Ok(())) => true,
        Ok(Err(error)) => {
            diagnostic!("Curbside has no tray icon: {error}");
            false
        }
        Err(_) => {
            diagnostic!("Curbside has no tray icon: this desktop offers none");
            false
        }
    }
}

fn try_build(app: &App) -> tauri::Result<()> {
    let item = |id: &str, text: &str, enabled: bool| {
        MenuItem::with_id(app, id, text, enabled, None::<&str>)
    };
    let resume = item(RESUME, "Resume notifications", false)?;
    let menu = Menu::with_items(
        app,
        &[
            &item(OPEN, "Open Curbside", true)?,
            &item(TODAY, "Today", true)?,
            &PredefinedMenuItem::separator(app)?,
            &item(PAUSE_HOUR, "Pause notifications for 1 hour", true)?,
            &item(PAUSE_TOMORROW, "Pause notifications until tomorrow", true)?,
            &resume,
            &PredefinedMenuItem::separator(app)?,
            &item(QUIT, "Quit Curbside", true)?,
        ],
    )?;
    let tray = TrayIconBuilder::with_id("curbside")
        .tooltip("Curbside")
        .menu(&menu)
        .on_menu_event(move |app, event| chosen(app, &event, &resume));
    with_icon(app, tray).build(app)?;
    Ok(())
}

/// The menu bar of macOS shows a template image (black and transparent,
/// tinted by the system for light and dark menu bars).
#[cfg(target_os = "macos")]
fn with_icon(_app: &App, tray: TrayIconBuilder<tauri::Wry>) -> TrayIconBuilder<tauri::Wry> {
    tray.icon(tauri::include_image!("src-tauri/icons/tray-template.png"))
        .icon_as_template(true)
}

/// Elsewhere the tray shows the app's icon.
#[cfg(not(target_os = "macos"))]
fn with_icon(app: &App, tray: TrayIconBuilder<tauri::Wry>) -> TrayIconBuilder<tauri::Wry> {
    match app.default_window_icon() {
        Some(icon) => tray.icon(icon.clone()),
        None => tray,
    }
}

fn chosen(app: &AppHandle, event: &MenuEvent, resume: &MenuItem<tauri::Wry>) {
    let scheduler = app.state::<Scheduler>();
    let pause = |how: Pause| {
        let until = pause_ends(how, Timestamp::now(), &TimeZone::system());
        scheduler.pause(Some(until));
        let _ = resume.set_enabled(true);
    };
    match event.id().as_ref() {
        OPEN => window::show_main(app),
        TODAY => window::open_today(app),
        PAUSE_HOUR => pause(Pause::OneHour),
        PAUSE_TOMORROW => pause(Pause::UntilTomorrow),
        RESUME => {
            scheduler.pause(None);
            let _ = resume.set_enabled(false);
        }
        QUIT => app.exit(0),
        _ => {}
    }
}
