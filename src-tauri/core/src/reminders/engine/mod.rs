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
//!   stay-in-touch prompt and a one-off custom reminder until acted on; a
//!   networking workflow's prompt until acted on, for up to
//!   [`WORKFLOW_LOOKBACK_DAYS`]; a weekly review until the next week's is
//!   due ([`WEEKLY_LOOKBACK_DAYS`]).
//!
//! The list is oldest first (ties by id), each id once.
//!
//! Evaluating a large book is mostly deciding about candidates that are not
//! returned (a birthday's other year, a prompt the user dismissed), so a
//! kind proposes a `Candidate` (its id and instant) and writes the words
//! of a reminder only once it is kept. The user's actions are looked up by
//! parsed id, and a wall-clock placement is worked out once per day and
//! kind: `benches/reminders.rs` times it over 100,000 contacts.

mod calendar;
mod clock;
mod custom;
mod dated;
mod people;
mod weekly;
mod yearly;

use super::hashing::{FastMap, FastSet};
use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

pub(crate) use clock::{date_in, out_of_quiet, shift, wall_clock, Moved};
pub(crate) use people::holding;

use super::ids::ReminderRef;
use super::snapshot::{ReminderState, Snapshot};
use super::words::Reason;
use super::{KindSettings, Reminder, ReminderKind, Subject};

/// How long an overdue follow-up, event follow-up, milestone or repeating
/// custom reminder is still returned, in days.
pub const LOOKBACK_DAYS: i64 = 30;

/// How long an overdue prompt of a networking workflow (a thank-you for a
/// referral, a renewal, a letter to ask for…) is still returned: it stays
/// until acted on, for up to a year, after which it has lost its point
/// (and the gather reads a bounded range of each workflow's index).
pub const WORKFLOW_LOOKBACK_DAYS: i64 = 365;

/// How long an overdue weekly review is still returned: until the next
/// week's, which replaces it.
pub const WEEKLY_LOOKBACK_DAYS: i64 = 7;

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
    oldest_first(unordered(snapshot, now, user_zone, window))
}

/// The reminders of two evaluations of disjoint shares (the halves of one
/// split in two: different kinds, or one kind's different contacts), each
/// as [`due`] returns them, in the order one evaluation of both shares
/// returns them: a merge, no sort. Their ids differ, so instant and id
/// order them as [`due`] does and none is found twice.
pub(crate) fn merged(parts: [Vec<Reminder>; 2]) -> Vec<Reminder> {
    let [first, second] = parts;
    let mut all = Vec::with_capacity(first.len() + second.len());
    let (mut first, mut second) = (first.into_iter().peekable(), second.into_iter().peekable());
    loop {
        let from_first = match (first.peek(), second.peek()) {
            (Some(a), Some(b)) => (a.due_at, &a.id) <= (b.due_at, &b.id),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return all,
        };
        all.extend(if from_first {
            first.next()
        } else {
            second.next()
        });
    }
}

/// What [`due`] returns, in the order the kinds found it.
fn unordered(
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
        states: states_by_ref(snapshot),
        placed: FastMap::default(),
        reminders: Vec::with_capacity(snapshot.people.len() + snapshot.meetings.len()),
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
    dated::prompts(&mut found);
    if enabled(ReminderKind::WeeklyReview) {
        weekly::reviews(&mut found);
    }
    found.reminders
}

/// The user's actions by parsed id. Only an id written as the engine writes
/// it counts (as when they were looked up by their text).
fn states_by_ref(snapshot: &Snapshot) -> FastMap<ReminderRef, ReminderState> {
    let mut by_ref = FastMap::default();
    by_ref.reserve(snapshot.states.len());
    let mut written = String::new();
    for (id, state) in &snapshot.states {
        let Ok(parsed) = ReminderRef::parse(id) else {
            continue;
        };
        written.clear();
        // Writing to a String cannot fail.
        let _ = write!(written, "{parsed}");
        if written == *id {
            by_ref.insert(parsed, *state);
        }
    }
    by_ref
}

/// Sorted by instant, ties by id (and then in the order found), each id
/// once: the first. Sorts short keys rather than the reminders themselves,
/// each with the start of its id in it: thousands of reminders share an
/// instant in a large book, and comparing ids held elsewhere in memory was
/// most of the sort.
fn oldest_first(reminders: Vec<Reminder>) -> Vec<Reminder> {
    let mut keys: Vec<(Timestamp, IdStart, &str, usize)> = reminders
        .iter()
        .enumerate()
        .map(|(at, reminder)| {
            let id = reminder.id.as_str();
            (reminder.due_at, IdStart::of(id), id, at)
        })
        .collect();
    keys.sort_unstable();
    let mut seen = FastSet::default();
    seen.reserve(keys.len());
    let order: Vec<usize> = keys
        .into_iter()
        .filter(|(_, _, id, _)| seen.insert(*id))
        .map(|(_, _, _, at)| at)
        .collect();
    drop(seen);
    let mut slots: Vec<Option<Reminder>> = reminders.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|at| slots[at].take())
        .collect()
}

/// The first 32 bytes of an id as two numbers that order as the bytes do
/// (a shorter id padded with zeros, which no id holds): ids that differ
/// there order by these alone, as they do by their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct IdStart(u128, u128);

impl IdStart {
    fn of(id: &str) -> Self {
        let bytes = id.as_bytes();
        let word = |from: usize| {
            let mut word = [0; 16];
            let part = bytes.get(from..).unwrap_or_default();
            let len = part.len().min(16);
            word[..len].copy_from_slice(&part[..len]);
            u128::from_be_bytes(word)
        };
        Self(word(0), word(16))
    }
}

/// How long an overdue reminder is still returned.
#[derive(Debug, Clone, Copy)]
enum Lookback {
    /// For this many days after it fell due.
    Days(i64),
    /// Until the user acts on it.
    Forever,
}

/// One reminder a kind proposes, before the user's actions and the window
/// are applied: what decides whether it is returned.
struct Candidate {
    id: ReminderRef,
    due_at: Timestamp,
    lookback: Lookback,
    /// Gone from this instant on (a key date, the end of a CME cycle).
    expires: Option<Timestamp>,
}

/// What a returned reminder says, written only for those returned.
struct Words {
    subject: Subject,
    reason: Reason,
    title: String,
    context: Option<String>,
    contact_time_zone: Option<String>,
}

/// The evaluation in progress.
struct Found<'a> {
    snapshot: &'a Snapshot,
    now: Timestamp,
    to: Timestamp,
    zone: &'a TimeZone,
    /// The user's actions, by parsed id.
    states: FastMap<ReminderRef, ReminderState>,
    /// Where a day's reminders of a kind land (most share a day).
    placed: FastMap<(Date, ReminderKind), Timestamp>,
    reminders: Vec<Reminder>,
}

impl Found<'_> {
    fn settings(&self, kind: ReminderKind) -> &KindSettings {
        self.snapshot.settings.of(kind)
    }

    /// Whether the user is done with `id` (done or dismissed).
    fn settled(&self, id: &ReminderRef) -> bool {
        matches!(
            self.states.get(id),
            Some(ReminderState::Done | ReminderState::Dismissed)
        )
    }

    /// `date` at `kind`'s time of day on the user's wall clock, out of
    /// `kind`'s quiet hours.
    fn placed(&mut self, date: Date, kind: ReminderKind) -> Timestamp {
        if let Some(at) = self.placed.get(&(date, kind)) {
            return *at;
        }
        let at = wall_clock(date, self.settings(kind).time_of_day, self.zone);
        let at = self.out_of_quiet(at, kind);
        self.placed.insert((date, kind), at);
        at
    }

    fn out_of_quiet(&self, at: Timestamp, kind: ReminderKind) -> Timestamp {
        clock::out_of_quiet(at, self.snapshot.settings.quiet_hours_of(kind), self.zone)
    }

    /// The contact's zone, when they have one.
    fn zone_of(&self, contact: i64) -> Option<String> {
        self.snapshot
            .people
            .get(&contact)
            .and_then(|person| own_zone(&person.time_zone))
    }

    /// Keeps `candidate`, with the words `words` writes, if after the
    /// user's actions it is overdue and still meaningful, or falls due in
    /// the window.
    fn offer(&mut self, candidate: Candidate, words: impl FnOnce() -> Words) {
        // A snooze only ever moves a reminder later.
        if candidate.due_at > self.to {
            return;
        }
        let mut due_at = candidate.due_at;
        let mut snoozed_until = None;
        match self.states.get(&candidate.id) {
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
        let words = words();
        let contact_name = words
            .subject
            .contact_id
            .and_then(|id| self.snapshot.people.get(&id))
            .map(|person| person.display_name.clone());
        let (reason, reason_parts) = words.reason.finish();
        self.reminders.push(Reminder {
            id: candidate.id.to_string(),
            kind: candidate.id.kind(),
            subject: words.subject,
            due_at,
            reason,
            reason_parts,
            title: words.title,
            context: words.context.filter(|text| !text.trim().is_empty()),
            contact_time_zone: words.contact_time_zone,
            contact_name,
            snoozed_until,
        });
    }
}

/// A contact's zone as a reminder carries it: `None` when not known.
fn own_zone(zone: &str) -> Option<String> {
    (!zone.is_empty()).then(|| zone.to_owned())
}

#[cfg(test)]
mod tests {
    use super::IdStart;
    use proptest::prelude::*;

    proptest! {
        /// The start of two ids orders them as their text does wherever
        /// it tells them apart, and tells apart any two of 32 bytes or
        /// fewer.
        #[test]
        fn the_start_of_an_id_orders_as_its_text(
            a in "[a-z_:0-9-]{0,40}",
            b in "[a-z_:0-9-]{0,40}",
        ) {
            let (first, second) = (IdStart::of(&a), IdStart::of(&b));
            if first != second {
                prop_assert_eq!(first.cmp(&second), a.cmp(&b));
            } else if a.len() <= 32 && b.len() <= 32 {
                prop_assert_eq!(&a, &b);
            }
        }
    }

    #[test]
    fn ids_of_one_kind_order_by_their_start_as_by_their_text() {
        let mut ids = [
            "stay_in_touch:c12:2026-05-01",
            "stay_in_touch:c1:2026-05-01",
            "stay_in_touch:c123456789012:2026-05-01",
            "stay_in_touch:c123456789012:2026-04-30",
            "birthday:c5:2027",
            "birthday:c5",
            "deadline:d9:7d",
        ];
        let mut by_start = ids;
        by_start.sort_by_key(|id| (IdStart::of(id), *id));
        ids.sort();
        assert_eq!(by_start, ids);
    }
}
