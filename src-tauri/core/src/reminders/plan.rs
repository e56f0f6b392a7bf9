//! When the app's scheduler looks again, worked out from what the engine
//! found: what is due now and the next instant something falls due. Pure,
//! so that "the next wake" can be tested at any instant; how long to nap
//! towards it is the scheduler's business.

use jiff::{SignedDuration, Timestamp};

use super::engine::Moved;
use super::Reminder;

/// How far ahead a notification round asks the engine; with nothing due
/// sooner the scheduler looks again at the end of it.
pub const HORIZON: SignedDuration = SignedDuration::from_hours(24);

/// The engine's answer, split at `now`.
#[derive(Debug, Default)]
pub(super) struct Plan {
    /// Due at or before `now`, oldest first: to show, unless already shown.
    pub due_now: Vec<Reminder>,
    /// The earliest instant after `now` at which something falls due.
    pub next_due: Option<Timestamp>,
}

/// Splits the reminders the engine found into those due now and the
/// instant the next one falls due.
pub(super) fn split(reminders: Vec<Reminder>, now: Timestamp) -> Plan {
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
pub(super) fn next_look(
    next_due: Option<Timestamp>,
    hold_ends: Option<Timestamp>,
    now: Timestamp,
) -> Timestamp {
    let horizon = now.plus(HORIZON);
    [next_due, hold_ends]
        .into_iter()
        .flatten()
        .filter(|&at| at > now)
        .fold(horizon, Timestamp::min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{ReminderKind, Subject};

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
            reason_parts: Vec::new(),
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
}
