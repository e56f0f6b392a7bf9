//! Linux (and the BSDs): any notification server on the session bus, with
//! the actions as buttons where the server offers actions, and plain text
//! where it reads the body as markup.

use super::{actions, AwaitChoice, Choice, Message, Notifier};

/// The desktop's own notifications, through notify-rust over D-Bus.
pub struct DesktopNotifier;

impl DesktopNotifier {
    /// The notifier for the app with this identifier. The notification
    /// servers know Curbside by its name ("Curbside"), not by identifier.
    pub fn new(_identifier: &str) -> Self {
        Self
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, message: &Message) -> Result<AwaitChoice, String> {
        let capabilities = notify_rust::get_capabilities().map_err(|e| e.to_string())?;
        let supports = |what: &str| capabilities.iter().any(|c| c == what);
        let body = if supports("body-markup") {
            escape_markup(&message.body)
        } else {
            message.body.clone()
        };
        let with_actions = supports("actions");
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Curbside")
            .summary(&message.summary)
            .body(&body)
            .icon("appointment-soon");
        if with_actions {
            for (key, label) in actions(message) {
                notification.action(key, label);
            }
        }
        let handle = notification.show().map_err(|e| e.to_string())?;
        Ok(Box::new(move || {
            if !with_actions {
                return None;
            }
            let mut choice = None;
            handle.wait_for_action(|key| choice = Choice::from_action(key));
            choice
        }))
    }
}

/// Plain text for a server that reads the body as markup.
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_servers_that_read_markup() {
        assert_eq!(escape_markup("Q&A <ESC> 2026"), "Q&amp;A &lt;ESC&gt; 2026");
    }
}
