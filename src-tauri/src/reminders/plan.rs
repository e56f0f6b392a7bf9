//! When the scheduler looks again, worked out from what the engine found:
//! what is due now, the next instant something falls due, and how long to
//! nap towards it. Pure, so that "the next wake" can be tested at any
//! instant.

use std::time::Duration;

use curbside_core::reminders::Reminder;
use jiff::{SignedDuration, Timestamp};

/// How far ahead the scheduler asks the engine; with nothing due sooner it
/// looks again at the end of it.
pub const HORIZON: SignedDuration = SignedDuration::from_hours(24);

/// The longest single sleep: a suspend, a clock change or a new zone is
/// noticed within this (see `clock`).
pub const LONGEST_NAP: Duration = Duration::from_secs(60);

/// A timer may end a little before the wall clock reaches the instant it
/// was set for; sleeping this much longer makes the next look find the
/// reminder due instead of a few milliseconds early.
const SLACK: Duration = Duration::from_millis(100);

/// The engine's answer, split at `now`.
#[derive(Debug, Default)]
pub struct Plan {
    /// Due at or before `now`, oldest first: to show, unless already shown.
    pub due_now: Vec<Reminder>,
    /// The earliest instant after `now` at which something falls due.
    pub next_due: Option<Timestamp>,
}

/// Splits the reminders the engine found into those due now and the
/// instant the next one falls due.
pub fn split(reminders: Vec<Reminder>, now: Timestamp) -> Plan {
    let mut plan = Plan::default();
    for reminder in reminders {
        if reminder.due_at <= now {
            plan.due_now.push(reminder);
        } else {
            plan.next_due = Some(match plan.next_due {
                Some(next) => next.min(reminder.due_at),
                None => reminder.due_at,
            });
        }
    }
    plan
}

/// When to ask the engine again: when the next reminder falls due, when a
/// hold on notifications ends (a pause, the quiet hours), or at the end of
/// the horizon, whichever comes first.
pub fn next_look(
    next_due: Option<Timestamp>,
    hold_ends: Option<Timestamp>,
    now: Timestamp,
) -> Timestamp {
    let horizon = later(now, HORIZON);
    [next_due, hold_ends]
        .into_iter()
        .flatten()
        .filter(|&at| at > now)
        .fold(horizon, Timestamp::min)
}

/// How long to sleep towards `target`: never past it, never longer than
/// `longest`, zero when it has come.
pub fn nap(now: Timestamp, target: Timestamp, longest: Duration) -> Duration {
    match Duration::try_from(now.duration_until(target)) {
        Ok(left) if !left.is_zero() => (left + SLACK).min(longest),
        _ => Duration::ZERO,
    }
}

/// `at` plus `duration`, stopping at the end of time rather than failing.
pub fn later(at: Timestamp, duration: SignedDuration) -> Timestamp {
    at.saturating_add(duration).unwrap_or(Timestamp::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use curbside_core::reminders::{ReminderKind, Subject};

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn reminder(id: &str, due: &str) -> Reminder {
        Reminder {
            id: id.into(),
            kind: ReminderKind::Custom,
            subject: Subject::default(),
            due_at: at(due),
            reason: id.into(),
            title: id.into(),
            context: None,
            contact_time_zone: None,
            contact_name: None,
            snoozed_until: None,
        }
    }

    #[test]
    fn reminders_due_by_now_are_shown_and_the_earliest_later_one_sets_the_next_wake() {
        let now = at("2026-03-04T08:00:00Z");
        let plan = split(
            vec![
                reminder("overdue", "2026-03-03T08:00:00Z"),
                reminder("exactly now", "2026-03-04T08:00:00Z"),
                reminder("tonight", "2026-03-04T20:00:00Z"),
                reminder("soon", "2026-03-04T09:00:00Z"),
            ],
            now,
        );
        let shown: Vec<&str> = plan.due_now.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(shown, ["overdue", "exactly now"]);
        assert_eq!(plan.next_due, Some(at("2026-03-04T09:00:00Z")));
        assert_eq!(
            next_look(plan.next_due, None, now),
            at("2026-03-04T09:00:00Z")
        );
    }

    #[test]
    fn with_nothing_ahead_the_scheduler_looks_again_after_the_horizon() {
        let now = at("2026-03-04T08:00:00Z");
        let plan = split(vec![reminder("overdue", "2026-03-01T08:00:00Z")], now);
        assert_eq!(plan.next_due, None);
        assert_eq!(next_look(None, None, now), at("2026-03-05T08:00:00Z"));
    }

    #[test]
    fn the_end_of_a_pause_wakes_the_scheduler_when_it_comes_first() {
        let now = at("2026-03-04T08:00:00Z");
        let due = Some(at("2026-03-04T12:00:00Z"));
        assert_eq!(
            next_look(due, Some(at("2026-03-04T09:00:00Z")), now),
            at("2026-03-04T09:00:00Z")
        );
        // A hold already over does not make it spin.
        assert_eq!(
            next_look(due, Some(at("2026-03-04T07:00:00Z")), now),
            at("2026-03-04T12:00:00Z")
        );
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
