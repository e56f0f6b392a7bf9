//! The weekly review: the week's contacts made, follow-ups done and missed,
//! referrals, new contacts, CME hours, and what the coming week holds.
//!
//! It only reads: what happened from the tables of the interactions,
//! contacts, CME credits, referrals and the reminder actions (by SQL, in
//! `past.rs`), and what is coming through the events and reminders' public
//! API. It raises no prompts of its own, so it may use `reminders`.

mod model;
mod past;

pub use model::{KindCount, NewContact, WeekReview};

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use rusqlite::Connection;

use crate::events::{self, EventFilter};
use crate::reminders::{self, ReminderError, ReminderKind};
use crate::values::Invalid;

/// The follow-up kinds the review counts as done, dismissed or missed.
const FOLLOW_UPS: [ReminderKind; 2] = [ReminderKind::FollowUp, ReminderKind::EventFollowUp];

/// The week holding `day` (starting on `first_weekday`) as lived in `zone`,
/// read at `now`: what happened in it and what the week after it holds.
pub fn week(
    conn: &Connection,
    day: Date,
    zone: &TimeZone,
    first_weekday: Weekday,
    now: Timestamp,
) -> Result<WeekReview, ReminderError> {
    let back =
        (day.weekday().to_monday_zero_offset() - first_weekday.to_monday_zero_offset() + 7) % 7;
    let first_day = day
        .checked_sub(i64::from(back).days())
        .map_err(|_| Invalid::new("week", "that week is out of the calendar's range"))?;
    let next_first = first_day
        .checked_add(7.days())
        .map_err(|_| Invalid::new("week", "that week is out of the calendar's range"))?;
    let after_next = next_first
        .checked_add(7.days())
        .map_err(|_| Invalid::new("week", "that week is out of the calendar's range"))?;
    let start = instant(first_day, zone)?;
    let end = instant(next_first, zone)?;
    let coming_end = instant(after_next, zone)?;

    let past = past::read(conn, first_day, next_first, start, end)?;

    // Follow-ups that fell due in the week and are still open now.
    let open_now = reminders::due(conn, now, zone, SignedDuration::ZERO)?;
    let follow_ups_open = open_now
        .into_iter()
        .filter(|r| FOLLOW_UPS.contains(&r.kind) && r.due_at >= start && r.due_at < end)
        .collect();

    let coming_events = events::occurrences(conn, end, coming_end, zone, &EventFilter::default())?;
    let coming_key_dates = events::deadlines_due_between(conn, end, coming_end)?;
    let window = coming_end.duration_since(end);
    let coming_reminders = reminders::due(conn, end, zone, window)?
        .into_iter()
        .filter(|r| r.due_at > end && r.kind != ReminderKind::Deadline)
        .collect();

    Ok(WeekReview {
        first_day,
        last_day: next_first.yesterday().unwrap_or(first_day),
        interactions: past.interactions,
        people: past.people,
        by_kind: past.by_kind,
        follow_ups_done: past.follow_ups_done,
        follow_ups_dismissed: past.follow_ups_dismissed,
        follow_ups_open,
        referrals_sent: past.referrals_sent,
        referrals_received: past.referrals_received,
        new_contacts: past.new_contacts,
        cme_hours: past.cme_hours,
        coming_events,
        coming_key_dates,
        coming_reminders,
    })
}

/// The first instant of `day` in `zone`.
fn instant(day: Date, zone: &TimeZone) -> Result<Timestamp, Invalid> {
    zone.to_timestamp(day.to_datetime(jiff::civil::Time::midnight()))
        .map_err(|_| Invalid::new("week", "that week is out of the calendar's range"))
}
