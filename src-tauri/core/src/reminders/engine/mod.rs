//! The reminder engine: from a [`Snapshot`], an instant and the user's zone
//! to the reminders due. Pure: no clock, no database, no notifier; the same
//! inputs give the same reminders with the same ids and instants, whatever
//! window they are asked for in. That is what makes "each reminder exactly
//! once" testable: evaluate consecutive windows and every occurrence turns
//! up in the one that holds its instant.
//!
//! What is returned at `now`:
//! - everything due in `(now, now + window]`;
//! - everything due at or before `now` that the user has not done or
//!   dismissed (a snooze moves it to the snooze's end), for as long as it
//!   still means something: follow-ups, event follow-ups, milestones,
//!   credits to claim and the occurrences of repeating custom reminders for
//!   [`LOOKBACK_DAYS`] (claims [`CLAIM_LOOKBACK_DAYS`]), birthdays and work
//!   anniversaries for [`YEARLY_LOOKBACK_DAYS`]; key dates and CME cycles
//!   until the date itself has passed, and then never (an older lead
//!   time's reminder also gives way once a later one is due); a
//!   stay-in-touch prompt and a one-off custom reminder until acted on.
//!
//! The list is oldest first (ties by id), each id once.

mod calendar;
mod clock;
mod custom;
mod people;
mod yearly;

use std::collections::HashSet;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

pub(crate) use clock::{date_in, wall_clock, Moved};

use super::ids::ReminderRef;
use super::snapshot::{ReminderState, Snapshot};
use super::{KindSettings, Reminder, ReminderKind, Subject};

/// How long an overdue follow-up, event follow-up, milestone or repeating
/// custom reminder is still returned, in days.
pub const LOOKBACK_DAYS: i64 = 30;

/// How long an overdue birthday or work anniversary is still returned.
pub const YEARLY_LOOKBACK_DAYS: i64 = 7;

/// How long an overdue "claim your credits" is still returned (providers
/// often keep unclaimed credit for about half a year; this nudges within
/// the first three months).
pub const CLAIM_LOOKBACK_DAYS: i64 = 90;

/// Every reminder overdue at `now` (not done, not dismissed, not snoozed
/// past `now`) plus every one falling due in `(now, now + window]`, oldest
/// first. See the module doc for how long overdue ones stay.
pub fn due(
    snapshot: &Snapshot,
    now: Timestamp,
    user_zone: &TimeZone,
    window: SignedDuration,
) -> Vec<Reminder> {
    let to = now
        .checked_add(window.max(SignedDuration::ZERO))
        .unwrap_or(Timestamp::MAX);
    let mut found = Found {
        snapshot,
        now,
        to,
        zone: user_zone,
        reminders: Vec::new(),
    };
    let enabled = |kind: ReminderKind| snapshot.settings.of(kind).enabled;
    if enabled(ReminderKind::StayInTouch) {
        people::stay_in_touch(&mut found);
    }
    if enabled(ReminderKind::FollowUp) {
        people::follow_ups(&mut found);
    }
    if enabled(ReminderKind::EventFollowUp) {
        people::event_follow_ups(&mut found);
    }
    if enabled(ReminderKind::Milestone) {
        people::milestones(&mut found);
    }
    if enabled(ReminderKind::Birthday) {
        yearly::birthdays(&mut found);
    }
    if enabled(ReminderKind::WorkAnniversary) {
        yearly::work_anniversaries(&mut found);
    }
    if enabled(ReminderKind::Deadline) {
        calendar::deadlines(&mut found);
    }
    if enabled(ReminderKind::CmeShortfall) {
        calendar::cme_shortfalls(&mut found);
    }
    if enabled(ReminderKind::ClaimCredits) {
        calendar::claims(&mut found);
    }
    if enabled(ReminderKind::Custom) {
        custom::customs(&mut found);
    }
    let mut reminders = found.reminders;
    reminders.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.id.cmp(&b.id)));
    let mut seen = HashSet::new();
    reminders.retain(|reminder| seen.insert(reminder.id.clone()));
    reminders
}

/// How long an overdue reminder is still returned.
#[derive(Debug, Clone, Copy)]
enum Lookback {
    /// For this many days after it fell due.
    Days(i64),
    /// Until the user acts on it.
    Forever,
}

/// One reminder the kinds propose, before the user's actions and the window
/// are applied.
struct Candidate {
    id: ReminderRef,
    subject: Subject,
    due_at: Timestamp,
    reason: String,
    title: String,
    context: Option<String>,
    contact_time_zone: Option<String>,
    lookback: Lookback,
    /// Gone from this instant on (a key date, the end of a CME cycle).
    expires: Option<Timestamp>,
}

/// The evaluation in progress.
struct Found<'a> {
    snapshot: &'a Snapshot,
    now: Timestamp,
    to: Timestamp,
    zone: &'a TimeZone,
    reminders: Vec<Reminder>,
}

impl Found<'_> {
    fn settings(&self, kind: ReminderKind) -> &KindSettings {
        self.snapshot.settings.of(kind)
    }

    /// Whether the user is done with `id` (done or dismissed).
    fn settled(&self, id: &ReminderRef) -> bool {
        !self.snapshot.states.is_empty()
            && matches!(
                self.snapshot.states.get(&id.to_string()),
                Some(ReminderState::Done | ReminderState::Dismissed)
            )
    }

    /// `at` on the user's wall clock, out of `kind`'s quiet hours.
    fn placed(&self, date: jiff::civil::Date, kind: ReminderKind) -> Timestamp {
        let at = wall_clock(date, self.settings(kind).time_of_day, self.zone);
        self.out_of_quiet(at, kind)
    }

    fn out_of_quiet(&self, at: Timestamp, kind: ReminderKind) -> Timestamp {
        clock::out_of_quiet(at, self.snapshot.settings.quiet_hours_of(kind), self.zone)
    }

    /// The contact's zone, when they have one.
    fn zone_of(&self, contact: i64) -> Option<String> {
        self.snapshot
            .people
            .get(&contact)
            .map(|person| person.time_zone.clone())
            .filter(|zone| !zone.is_empty())
    }

    /// Keeps `candidate` if, after the user's actions, it is overdue and
    /// still meaningful, or falls due in the window.
    fn offer(&mut self, candidate: Candidate) {
        // A snooze only ever moves a reminder later.
        if candidate.due_at > self.to {
            return;
        }
        let id = candidate.id.to_string();
        let mut due_at = candidate.due_at;
        let mut snoozed_until = None;
        match self.snapshot.states.get(&id) {
            Some(ReminderState::Done | ReminderState::Dismissed) => return,
            Some(ReminderState::Snoozed(until)) => {
                due_at = due_at.max(*until);
                snoozed_until = Some(*until);
            }
            None => {}
        }
        if due_at > self.to
            || candidate
                .expires
                .is_some_and(|end| self.now >= end || due_at >= end)
        {
            return;
        }
        if let Lookback::Days(days) = candidate.lookback {
            if due_at < self.now.minus(SignedDuration::from_hours(24 * days)) {
                return;
            }
        }
        self.reminders.push(Reminder {
            id,
            kind: candidate.id.kind(),
            subject: candidate.subject,
            due_at,
            reason: candidate.reason,
            title: candidate.title,
            context: candidate.context.filter(|text| !text.trim().is_empty()),
            contact_time_zone: candidate.contact_time_zone,
            snoozed_until,
        });
    }
}
