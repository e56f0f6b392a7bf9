//! The user's own reminders, once or repeating, at their own wall-clock time
//! (in their own zone, or wherever the user is when the zone is empty),
//! `lead` days early if the user asked for that, out of quiet hours.
//!
//! A one-off reminder stays overdue until acted on; the occurrences of a
//! repeating one for [`LOOKBACK_DAYS`].

use std::collections::HashMap;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::clock::{shift, Moved};
use super::{Candidate, Found, Lookback, Words, LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::recurrence::expand;
use crate::reminders::snapshot::ReminderState;
use crate::reminders::words::Reason;
use crate::reminders::{CustomReminder, ReminderKind, Subject};

/// The instant of a custom reminder's civil time: in its zone, or on the
/// user's wall clock when it has none.
fn instant(civil: DateTime, custom: &CustomReminder, user_zone: &TimeZone) -> Timestamp {
    let zone = match custom.time_zone.as_str() {
        "" => user_zone.clone(),
        name => TimeZone::get(name).unwrap_or_else(|_| user_zone.clone()),
    };
    zone.to_timestamp(civil).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The civil times of `custom`'s occurrences (before the lead) that may be
/// due between the look-back (or the oldest snoozed one, `snoozed`) and
/// `to`, whatever the zone they are read in.
fn occurrences(
    found: &Found,
    custom: &CustomReminder,
    lead: u32,
    snoozed: Option<DateTime>,
) -> Vec<DateTime> {
    // Far enough on the wall clock to cover the bounds in any zone.
    let slack = SignedDuration::from_hours(24 * (i64::from(lead) + 2));
    let until = TimeZone::UTC.to_datetime(found.to.plus(slack));
    let oldest = found
        .now
        .minus(SignedDuration::from_hours(24 * LOOKBACK_DAYS))
        .minus(slack);
    let from = TimeZone::UTC.to_datetime(oldest);
    let from = snoozed.map_or(from, |snoozed| {
        from.min(snoozed.checked_sub(slack).unwrap_or(snoozed))
    });
    expand(&custom.recurrence, custom.at, from, until)
}

/// The oldest snoozed occurrence of each custom reminder, by its id: one
/// pass over the user's actions rather than one per custom reminder.
fn oldest_snoozed(found: &Found) -> HashMap<i64, DateTime> {
    let mut oldest: HashMap<i64, DateTime> = HashMap::new();
    for (id, state) in &found.snapshot.states {
        if !id.starts_with("custom:") || !matches!(state, ReminderState::Snoozed(_)) {
            continue;
        }
        let Ok(ReminderRef::Custom { custom, at }) = ReminderRef::parse(id) else {
            continue;
        };
        // As written for this custom reminder ("custom:7:", not "custom:07:").
        if !id.starts_with(&format!("custom:{custom}:")) {
            continue;
        }
        oldest
            .entry(custom)
            .and_modify(|known| *known = (*known).min(at))
            .or_insert(at);
    }
    oldest
}

/// Every custom reminder's occurrences.
pub(super) fn customs(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::Custom);
    let snapshot = found.snapshot;
    let snoozed = oldest_snoozed(found);
    for custom in &snapshot.customs {
        let lookback = if custom.recurrence.is_empty() {
            Lookback::Forever
        } else {
            Lookback::Days(LOOKBACK_DAYS)
        };
        let oldest = snoozed.get(&custom.id).copied();
        for civil in occurrences(found, custom, lead, oldest) {
            let early = shift(civil.date(), -i64::from(lead)).to_datetime(civil.time());
            let due_at =
                found.out_of_quiet(instant(early, custom, found.zone), ReminderKind::Custom);
            if due_at > found.to {
                continue;
            }
            let candidate = Candidate {
                id: ReminderRef::Custom {
                    custom: custom.id,
                    at: civil,
                },
                due_at,
                lookback,
                expires: None,
            };
            let contact_time_zone = custom.contact_id.and_then(|id| found.zone_of(id));
            found.offer(candidate, || Words {
                subject: Subject {
                    contact_id: custom.contact_id,
                    event_id: custom.event_id,
                    custom_id: Some(custom.id),
                    ..Subject::default()
                },
                reason: Reason::default().words(format_args!("{}", custom.title)),
                title: custom.title.clone(),
                context: Some(custom.note.clone()),
                contact_time_zone,
            });
        }
    }
}
