//! macOS: Notification Center, with the actions in the notification's
//! menu, under Curbside's name and icon.
//!
//! Notification Center names the app a notification comes from by bundle
//! identifier, which notify-rust sets once per process. Without one it
//! looks an app up by name through AppleScript and ends at Finder; so the
//! app's own identifier is set before the first notification. That works
//! where Launch Services knows the bundle (the installed app, or any
//! `Curbside.app` that was opened once); a bare binary (development) has
//! none, and its notifications come under Terminal's name.
//!
//! notify-rust sends a notification only when its handle is waited on (or
//! dropped), so [`Notifier::show`] cannot fail here: a notification refused
//! is reported from the waiting thread instead.

use std::sync::Once;

use super::{actions, AwaitChoice, Choice, Message, Notifier};
use crate::diagnostics::diagnostic;

/// The desktop's own notifications: Notification Center, through
/// notify-rust.
pub struct DesktopNotifier {
    identifier: String,
    named: Once,
}

impl DesktopNotifier {
    /// The notifier for the app with this identifier (tauri.conf.json).
    pub fn new(identifier: &str) -> Self {
        Self {
            identifier: identifier.to_owned(),
            named: Once::new(),
        }
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, message: &Message) -> Result<AwaitChoice, String> {
        self.named.call_once(|| {
            if let Err(error) = notify_rust::set_application(&self.identifier) {
                diagnostic!(
                    "Curbside's notifications come under another app's name \
                     (not an installed app bundle): {error}"
                );
            }
        });
        let mut notification = notify_rust::Notification::new();
        notification.summary(&message.summary).body(&message.body);
        for (key, label) in actions(message) {
            notification.action(key, label);
        }
        let handle = notification.show().map_err(|e| e.to_string())?;
        Ok(Box::new(move || {
            let mut choice = None;
            let answered =
                handle.wait_for_response(|response: &notify_rust::NotificationResponse| {
                    choice = Choice::from_response(response);
                });
            if let Err(error) = answered {
                diagnostic!("Curbside could not show a notification: {error}");
            }
            choice
        }))
    }
}
