//! The weekly review: one reminder per ISO week, on the weekday the user
//! picks at the review's time of day (Friday 16:00 by default), out of
//! quiet hours. Off by default. Its action opens the weekly review; an
//! overdue one stays until the next week's is due, which replaces it.

use jiff::civil::Date;
use jiff::SignedDuration;

use super::clock::{date_in, shift, Moved};
use super::{Candidate, Found, Lookback, Words, WEEKLY_LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::words::Reason;
use crate::reminders::{ReminderKind, Subject};

/// The review's days that may be due between the look-back and the
/// window's end, in any zone.
fn days(found: &Found) -> Vec<Date> {
    let weekday = found.snapshot.settings.weekly_review_day.to_jiff();
    let first = date_in(
        found
            .now
            .minus(SignedDuration::from_hours(24 * (WEEKLY_LOOKBACK_DAYS + 2))),
        found.zone,
    );
    let last = shift(date_in(found.to, found.zone), 2);
    let ahead = i64::from(weekday.since(first.weekday()));
    let mut day = shift(first, ahead);
    let mut all = Vec::new();
    while day <= last {
        all.push(day);
        let next = shift(day, 7);
        if next == day {
            break;
        }
        day = next;
    }
    all
}

/// The weekly reviews due, the latest overdue one only.
pub(super) fn reviews(found: &mut Found) {
    let mut offered = Vec::new();
    for day in days(found) {
        let week = day.iso_week_date();
        let candidate = Candidate {
            id: ReminderRef::WeeklyReview {
                year: week.year(),
                week: week.week(),
            },
            due_at: found.placed(day, ReminderKind::WeeklyReview),
            lookback: Lookback::Days(WEEKLY_LOOKBACK_DAYS),
            expires: None,
        };
        offered.push((candidate, day));
    }
    let latest_overdue = offered
        .iter()
        .map(|(candidate, _)| candidate.due_at)
        .filter(|at| *at <= found.now)
        .max();
    for (candidate, day) in offered {
        if latest_overdue.is_some_and(|latest| candidate.due_at < latest) {
            continue;
        }
        found.offer(candidate, || Words {
            subject: Subject::default(),
            reason: Reason::default()
                .words(format_args!("Your week in review ("))
                .day(day)
                .words(format_args!(
                    "): contacts made, follow-ups done and missed, referrals, CME, and the week ahead"
                )),
            title: "Weekly review".to_owned(),
            context: None,
            contact_time_zone: None,
        });
    }
}
