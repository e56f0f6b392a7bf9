//! Windows: toasts with the actions as buttons, under Curbside's name and
//! icon.
//!
//! A toast names the app it comes from by AppUserModelID, and Windows shows
//! it only for an ID it knows. Tauri's installers (NSIS and MSI) give the
//! Start-menu shortcut the app's `identifier` as its ID, so the installed
//! app sends its toasts under that. A build run from Cargo's output folder
//! (development, tests) has no shortcut: a toast under an ID Windows does
//! not know would not show at all, so those fall back to PowerShell's ID,
//! as notify-rust does without one, and show under PowerShell's name.
//! Setting the process's own ID (SetCurrentProcessExplicitAppUserModelID)
//! would not help: it names the taskbar button, and does not register the
//! ID for toasts.
//!
//! A click on a button or on the toast itself is reported while the toast
//! is on screen, not once it moved on to the Action Center; so a toast
//! stays the long time (about 25 s) to leave a moment to choose.

use std::path::Path;

#[cfg(windows)]
use super::{actions, AwaitChoice, Choice, Message, Notifier};

/// The AppUserModelID toasts are sent under: the app's identifier, unless
/// `exe` runs from Cargo's output folder (`target/debug`,
/// `target/release`), where no installer registered it.
fn app_id<'a>(identifier: &'a str, exe: &Path) -> Option<&'a str> {
    let folder = exe.parent().and_then(Path::file_name);
    let from_cargo = folder.and_then(|name| name.to_str()).is_some_and(|name| {
        name.eq_ignore_ascii_case("debug") || name.eq_ignore_ascii_case("release")
    });
    (!from_cargo).then_some(identifier)
}

/// The desktop's own notifications: Windows toasts, through notify-rust.
#[cfg(windows)]
pub struct DesktopNotifier {
    app_id: Option<String>,
}

#[cfg(windows)]
impl DesktopNotifier {
    /// The notifier for the app with this identifier (tauri.conf.json).
    pub fn new(identifier: &str) -> Self {
        let exe = std::env::current_exe().unwrap_or_default();
        Self {
            app_id: app_id(identifier, &exe).map(str::to_owned),
        }
    }
}

#[cfg(windows)]
impl Notifier for DesktopNotifier {
    fn show(&self, message: &Message) -> Result<AwaitChoice, String> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Curbside")
            .summary(&message.summary)
            .body(&message.body)
            .timeout(notify_rust::Timeout::Never);
        if let Some(app_id) = &self.app_id {
            notification.app_id(app_id);
        }
        for (key, label) in actions(message) {
            notification.action(key, label);
        }
        let handle = notification.show().map_err(|e| e.to_string())?;
        Ok(Box::new(move || {
            let mut choice = None;
            let _ = handle.wait_for_response(|response: &notify_rust::NotificationResponse| {
                choice = Choice::from_response(response);
            });
            choice
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_installed_app_sends_toasts_under_its_identifier() {
        let id = "app.curbside.desktop";
        let installed = Path::new("/Users/amara/AppData/Local/Curbside/curbside.exe");
        assert_eq!(app_id(id, installed), Some(id));
        let program_files = Path::new("/Program Files/Curbside/curbside.exe");
        assert_eq!(app_id(id, program_files), Some(id));
    }

    #[test]
    fn a_build_run_from_cargo_falls_back_to_a_registered_id() {
        let id = "app.curbside.desktop";
        for exe in [
            "/src/curbside/target/debug/curbside.exe",
            "/src/curbside/target/x86_64-pc-windows-gnu/release/curbside.exe",
            "/src/curbside/TARGET/Debug/curbside.exe",
        ] {
            assert_eq!(app_id(id, Path::new(exe)), None, "{exe}");
        }
    }
}
