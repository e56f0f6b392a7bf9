//! The background task that makes reminders arrive.
//!
//! It asks the core for a notification round
//! (`reminders::notification_round`: what to show, already recorded as
//! shown, and when to look again), shows what fell due as one
//! notification, and sleeps until the next look — or until the
//! data changes ([`Scheduler::poke`](super::Scheduler::poke)), a pause ends,
//! or the machine resumes or changes zone (see `clock`). It never polls the
//! database while nothing happens: between looks it only naps a minute at a
//! time to compare the clocks. While the database is locked it waits to be
//! poked (the unlock) and rechecks now and then in case no one pokes.

use std::sync::Arc;
use std::time::Duration;

use curbside_core::reminders;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use tauri::{AppHandle, Manager};
use tokio::sync::Notify;

use super::clock::ClockWatch;
use super::message::{self, Message};
use super::notifier::{self, Delivery, Notifier, ANSWER_WITHIN};
use super::{respond, HourClock, Scheduler};
use crate::diagnostics::diagnostic;
use crate::error::ErrorCode;
use crate::state::AppState;

/// While locked, how often to look whether the database was unlocked, in
/// case the unlock did not poke the scheduler.
const LOCKED_RECHECK: Duration = Duration::from_secs(10);

/// After the database failed, when to try again.
const RETRY_AFTER: SignedDuration = SignedDuration::from_mins(5);

/// The longest single sleep: a suspend, a clock change or a new zone is
/// noticed within this (see `clock`).
const LONGEST_NAP: Duration = Duration::from_secs(60);

/// A timer may end a little before the wall clock reaches the instant it
/// was set for; sleeping this much longer makes the next look find the
/// reminder due instead of a few milliseconds early.
const SLACK: Duration = Duration::from_millis(100);

/// What a look found.
enum Looked {
    /// The database is not unlocked yet.
    Locked,
    /// A notification to show, if any, and when to look again.
    Planned {
        message: Option<Message>,
        next_look: Timestamp,
    },
}

/// Runs until the app quits.
pub async fn run(app: AppHandle, notifier: Arc<dyn Notifier>) {
    let wake = app.state::<Scheduler>().wake.clone();
    let mut clocks = ClockWatch::now();
    loop {
        match look(&app).await {
            Looked::Locked => {
                let _ = tokio::time::timeout(LOCKED_RECHECK, wake.notified()).await;
            }
            Looked::Planned { message, next_look } => {
                if let Some(message) = message {
                    show(&app, &notifier, message).await;
                }
                sleep_until(&wake, &mut clocks, next_look).await;
            }
        }
    }
}

async fn look(app: &AppHandle) -> Looked {
    let now = Timestamp::now();
    let zone = TimeZone::system();
    let paused_until = app.state::<Scheduler>().paused_until();
    let zone_for_look = zone.clone();
    let round = app
        .state::<AppState>()
        .with_db_and_reader(move |db, reader| {
            let round =
                reminders::notification_round(db, reader, now, &zone_for_look, paused_until);
            crate::memory::give_back();
            round
        })
        .await;
    match round {
        Ok(round) => Looked::Planned {
            message: message::compose(&round.show, now, &zone, app.state::<HourClock>().get()),
            next_look: round.next_look,
        },
        Err(error) if error.code == ErrorCode::Locked => Looked::Locked,
        Err(error) => {
            diagnostic!("Curbside could not look for reminders: {}", error.message);
            Looked::Planned {
                message: None,
                next_look: later(now, RETRY_AFTER),
            }
        }
    }
}

async fn show(app: &AppHandle, notifier: &Arc<dyn Notifier>, message: Message) {
    let ids = message.ids.clone();
    let responder = app.clone();
    let delivery = notifier::deliver(notifier.clone(), message, ANSWER_WITHIN, move |choice| {
        respond::respond(responder, ids, choice)
    })
    .await;
    match delivery {
        Delivery::Shown => {}
        Delivery::Failed(why) => diagnostic!(
            "Curbside could not show a notification ({why}); the reminders are in the Today view"
        ),
        Delivery::NoAnswer => diagnostic!(
            "The notification service did not answer; the reminders are in the Today view"
        ),
    }
}

/// Naps towards `target`, returning early when poked or when the clocks or
/// the zone changed under it.
async fn sleep_until(wake: &Notify, clocks: &mut ClockWatch, target: Timestamp) {
    loop {
        let nap = nap(Timestamp::now(), target, LONGEST_NAP);
        if nap.is_zero() {
            return;
        }
        if tokio::time::timeout(nap, wake.notified()).await.is_ok() {
            return;
        }
        if clocks.check_now().is_some() {
            return;
        }
    }
}

/// How long to sleep towards `target`: never past it, never longer than
/// `longest`, zero when it has come.
fn nap(now: Timestamp, target: Timestamp, longest: Duration) -> Duration {
    match Duration::try_from(now.duration_until(target)) {
        Ok(left) if !left.is_zero() => (left + SLACK).min(longest),
        _ => Duration::ZERO,
    }
}

/// `at` plus `duration`, stopping at the end of time rather than failing.
pub(super) fn later(at: Timestamp, duration: SignedDuration) -> Timestamp {
    at.saturating_add(duration).unwrap_or(Timestamp::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn naps_are_short_enough_to_notice_a_suspend_and_never_overshoot() {
        let now = at("2026-03-04T08:00:00Z");
        assert_eq!(
            nap(now, at("2026-03-04T12:00:00Z"), LONGEST_NAP),
            LONGEST_NAP
        );
        assert_eq!(
            nap(now, at("2026-03-04T08:00:05Z"), LONGEST_NAP),
            Duration::from_millis(5_100)
        );
        assert_eq!(
            nap(now, at("2026-03-04T07:59:00Z"), LONGEST_NAP),
            Duration::ZERO
        );
        assert_eq!(nap(now, now, LONGEST_NAP), Duration::ZERO);
    }
}
