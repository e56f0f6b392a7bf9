//! The user's own reminders, once or repeating, at their own wall-clock time
//! (in their own zone, or wherever the user is when the zone is empty),
//! `lead` days early if the user asked for that, out of quiet hours.
//!
//! A one-off reminder stays overdue until acted on; the occurrences of a
//! repeating one for [`LOOKBACK_DAYS`].

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::clock::{shift, Moved};
use super::{Candidate, Found, Lookback, LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::recurrence::expand;
use crate::reminders::snapshot::ReminderState;
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
/// due between the look-back (or the oldest snoozed one) and `to`, whatever
/// the zone they are read in.
fn occurrences(found: &Found, custom: &CustomReminder, lead: u32) -> Vec<DateTime> {
    // Far enough on the wall clock to cover the bounds in any zone.
    let slack = SignedDuration::from_hours(24 * (i64::from(lead) + 2));
    let until = TimeZone::UTC.to_datetime(found.to.plus(slack));
    let oldest = found
        .now
        .minus(SignedDuration::from_hours(24 * LOOKBACK_DAYS))
        .minus(slack);
    let prefix = format!("custom:{}:", custom.id);
    let snoozed = found
        .snapshot
        .states
        .iter()
        .filter(|(id, state)| id.starts_with(&prefix) && matches!(state, ReminderState::Snoozed(_)))
        .filter_map(|(id, _)| match ReminderRef::parse(id) {
            Ok(ReminderRef::Custom { at, .. }) => Some(at),
            _ => None,
        })
        .min();
    let from = TimeZone::UTC.to_datetime(oldest);
    let from = snoozed.map_or(from, |snoozed| {
        from.min(snoozed.checked_sub(slack).unwrap_or(snoozed))
    });
    expand(&custom.recurrence, custom.at, from, until)
}

/// Every custom reminder's occurrences.
pub(super) fn customs(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::Custom);
    for custom in &found.snapshot.customs {
        let lookback = if custom.recurrence.is_empty() {
            Lookback::Forever
        } else {
            Lookback::Days(LOOKBACK_DAYS)
        };
        for civil in occurrences(found, custom, lead) {
            let early = shift(civil.date(), -i64::from(lead)).to_datetime(civil.time());
            let due_at =
                found.out_of_quiet(instant(early, custom, found.zone), ReminderKind::Custom);
            if due_at > found.to {
                continue;
            }
            let contact_time_zone = custom.contact_id.and_then(|id| found.zone_of(id));
            found.offer(Candidate {
                id: ReminderRef::Custom {
                    custom: custom.id,
                    at: civil,
                },
                subject: Subject {
                    contact_id: custom.contact_id,
                    event_id: custom.event_id,
                    custom_id: Some(custom.id),
                    ..Subject::default()
                },
                due_at,
                reason: custom.title.clone(),
                title: custom.title.clone(),
                context: Some(custom.note.clone()),
                contact_time_zone,
                lookback,
                expires: None,
            });
        }
    }
}
