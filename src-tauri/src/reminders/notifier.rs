//! Putting a message on the desktop without ever holding the app up.
//!
//! A notification daemon may be missing, or present and not answering (a
//! D-Bus call then blocks for 25 s). So the platform call runs on a thread
//! of its own, and the scheduler waits for its answer at most
//! [`ANSWER_WITHIN`]; whatever happens, the reminder is already in the
//! Today view. The same thread then waits for the user's choice: Open, Done
//! or Snooze ([`actions`]), as buttons on all three systems.
//!
//! The platform sits behind [`Notifier`] so that this waiting can be tested
//! with fakes, without a display. Each system's adapter is a file of its
//! own: `linux` (any notification server over D-Bus, with or without
//! actions), `windows` (toasts) and `macos` (Notification Center).
//!
//! All three go through notify-rust rather than tauri-plugin-notification.
//! Since 2.6 the plugin reports desktop actions too, but on the desktop it
//! is itself a wrapper around notify-rust: it shows on a background task
//! and returns at once, so a notification the system refused is never
//! reported (the scheduler logs one here), and it hands every action of
//! every notification to app-wide handlers, so a choice would have to be
//! matched back to its reminders by payload. On Linux it would also drop
//! the capability checks (markup, servers without actions). notify-rust
//! gives, per notification, the system's answer and a handle to wait on
//! for the choice on all three systems; what the plugin adds over it is two
//! settings, taken over here: the Windows AppUserModelID (`windows`) and
//! the macOS bundle identifier (`macos`), both the app's `identifier` from
//! tauri.conf.json, passed in by the app.

use std::sync::Arc;
use std::time::Duration;

use super::message::Message;

/// The longest the scheduler waits for the platform to take a notification.
pub const ANSWER_WITHIN: Duration = Duration::from_millis(1500);

/// What the user chose on a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// "Done": mark the reminder done.
    Done,
    /// "Snooze": bring it back in a day.
    Snooze,
    /// A click, or "Open": bring Curbside forward at the reminder.
    Open,
}

impl Choice {
    /// The choice an action key stands for; closing the notification or an
    /// unknown key is none.
    pub fn from_action(key: &str) -> Option<Self> {
        match key {
            "default" | "open" => Some(Self::Open),
            "done" => Some(Self::Done),
            "snooze" => Some(Self::Snooze),
            _ => None,
        }
    }

    /// The choice a platform's answer stands for (the Windows and macOS
    /// adapters wait for one): a click on the notification itself opens,
    /// a button is its action key, closing it or a reply is none.
    #[cfg(any(test, windows, target_os = "macos"))]
    fn from_response(response: &notify_rust::NotificationResponse) -> Option<Self> {
        use notify_rust::NotificationResponse::{Action, Closed, Default, Reply};
        match response {
            Default => Some(Self::Open),
            Action(key) => Self::from_action(key),
            Reply(_) | Closed(_) => None,
        }
    }
}

/// Blocks until the user acts on a notification shown, then says how;
/// `None` when it was closed or the platform has no actions.
pub type AwaitChoice = Box<dyn FnOnce() -> Option<Choice> + Send>;

/// A place notifications are shown.
pub trait Notifier: Send + Sync {
    /// Shows `message`, blocking until the platform has taken it (it is
    /// called on a thread of its own). What it returns then waits for the
    /// user's choice.
    fn show(&self, message: &Message) -> Result<AwaitChoice, String>;
}

/// How showing a notification went, as far as the scheduler waits to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// On screen.
    Shown,
    /// The platform refused it (no notification daemon, no session bus…).
    Failed(String),
    /// The platform did not answer in time; it may still show it later.
    NoAnswer,
}

/// Shows `message` on a thread of its own and waits at most `within` for the
/// platform to take it; the user's later choice goes to `on_choice` on that
/// thread.
pub async fn deliver(
    notifier: Arc<dyn Notifier>,
    message: Message,
    within: Duration,
    on_choice: impl FnOnce(Choice) + Send + 'static,
) -> Delivery {
    let (answered, answer) = tokio::sync::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("curbside-notification".into())
        .spawn(move || match notifier.show(&message) {
            Ok(await_choice) => {
                let _ = answered.send(Ok(()));
                if let Some(choice) = await_choice() {
                    on_choice(choice);
                }
            }
            Err(error) => {
                let _ = answered.send(Err(error));
            }
        });
    if let Err(error) = spawned {
        return Delivery::Failed(format!("no thread for the notification: {error}"));
    }
    match tokio::time::timeout(within, answer).await {
        Ok(Ok(Ok(()))) => Delivery::Shown,
        Ok(Ok(Err(error))) => Delivery::Failed(error),
        Ok(Err(_)) => Delivery::Failed("the notification thread stopped".into()),
        Err(_) => Delivery::NoAnswer,
    }
}

/// The actions a message offers: (key, label). A click is "default".
fn actions(message: &Message) -> &'static [(&'static str, &'static str)] {
    if message.is_grouped() {
        &[("default", "Open Today")]
    } else {
        &[
            ("default", "Open"),
            ("done", "Done"),
            ("snooze", "Snooze 1 day"),
        ]
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(any(windows, test))]
mod windows;

#[cfg(all(unix, not(target_os = "macos")))]
pub use linux::DesktopNotifier;
#[cfg(target_os = "macos")]
pub use macos::DesktopNotifier;
#[cfg(windows)]
pub use windows::DesktopNotifier;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Instant;

    fn message(ids: &[&str]) -> Message {
        Message {
            summary: "Dr. Amara Okafor".into(),
            body: "You met Dr. Amara Okafor on Mon 2 Mar 2026".into(),
            ids: ids.iter().map(|id| id.to_string()).collect(),
        }
    }

    fn run<T>(work: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(work)
    }

    /// Takes every notification and answers with a fixed choice.
    struct Answering(Option<Choice>);

    impl Notifier for Answering {
        fn show(&self, _: &Message) -> Result<AwaitChoice, String> {
            let choice = self.0;
            Ok(Box::new(move || choice))
        }
    }

    /// A daemon that never answers.
    struct Hanging;

    impl Notifier for Hanging {
        fn show(&self, _: &Message) -> Result<AwaitChoice, String> {
            std::thread::sleep(Duration::from_secs(30));
            Ok(Box::new(|| None))
        }
    }

    /// No daemon at all.
    struct Missing;

    impl Notifier for Missing {
        fn show(&self, _: &Message) -> Result<AwaitChoice, String> {
            Err("org.freedesktop.Notifications was not provided".into())
        }
    }

    #[test]
    fn a_shown_notification_passes_the_users_choice_on() {
        let (chose, choice) = mpsc::channel();
        let delivery = run(deliver(
            Arc::new(Answering(Some(Choice::Done))),
            message(&["follow_up:i1:c5"]),
            ANSWER_WITHIN,
            move |c| chose.send(c).unwrap(),
        ));
        assert_eq!(delivery, Delivery::Shown);
        assert_eq!(
            choice.recv_timeout(Duration::from_secs(5)),
            Ok(Choice::Done)
        );
    }

    #[test]
    fn a_daemon_that_does_not_answer_holds_the_scheduler_no_longer_than_the_limit() {
        let started = Instant::now();
        let delivery = run(deliver(
            Arc::new(Hanging),
            message(&["follow_up:i1:c5"]),
            Duration::from_millis(200),
            |_| {},
        ));
        assert_eq!(delivery, Delivery::NoAnswer);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(ANSWER_WITHIN < Duration::from_secs(2));
    }

    #[test]
    fn without_a_daemon_the_failure_is_reported_not_raised() {
        let delivery = run(deliver(
            Arc::new(Missing),
            message(&["follow_up:i1:c5"]),
            ANSWER_WITHIN,
            |_| panic!("no choice without a notification"),
        ));
        assert_eq!(
            delivery,
            Delivery::Failed("org.freedesktop.Notifications was not provided".into())
        );
    }

    #[test]
    fn one_reminder_offers_done_snooze_and_open_and_a_group_opens_today() {
        let keys: Vec<&str> = actions(&message(&["a"])).iter().map(|a| a.0).collect();
        assert_eq!(keys, ["default", "done", "snooze"]);
        let keys: Vec<&str> = actions(&message(&["a", "b"])).iter().map(|a| a.0).collect();
        assert_eq!(keys, ["default"]);
        assert_eq!(Choice::from_action("default"), Some(Choice::Open));
        assert_eq!(Choice::from_action("snooze"), Some(Choice::Snooze));
        assert_eq!(Choice::from_action("__closed"), None);
    }

    #[test]
    fn a_click_or_a_button_chooses_and_closing_chooses_nothing() {
        use notify_rust::{CloseReason, NotificationResponse as Response};
        let choice = |response: Response| Choice::from_response(&response);
        assert_eq!(choice(Response::Default), Some(Choice::Open));
        assert_eq!(
            choice(Response::Action("default".into())),
            Some(Choice::Open)
        );
        assert_eq!(choice(Response::Action("done".into())), Some(Choice::Done));
        assert_eq!(
            choice(Response::Action("snooze".into())),
            Some(Choice::Snooze)
        );
        assert_eq!(choice(Response::Action("unknown".into())), None);
        assert_eq!(choice(Response::Closed(CloseReason::Dismissed)), None);
        assert_eq!(choice(Response::Closed(CloseReason::Expired)), None);
        assert_eq!(choice(Response::Reply("see you".into())), None);
    }
}
