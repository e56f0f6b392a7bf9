//! Whether an event has begun: nobody is met at an event, and nobody has
//! attended it, before it starts. One rule for both, so the people met and
//! the "attended" status (which dates follow-ups and credit claims) never
//! describe something that has not happened.

use jiff::civil::Time;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::anywhere::first_zone;
use super::{Event, EventTiming};

/// When the event has not started at `now`, how its start reads to the user
/// ("2030-08-30 09:00 Europe/Paris time"); `None` once it has begun.
///
/// A floating or all-day event starts when its first day (or time) begins
/// anywhere on Earth (UTC+14), since the core does not know where the user
/// is.
pub(super) fn not_started_yet(event: &Event, now: Timestamp) -> Option<String> {
    let (civil, zone, shown) = match &event.timing {
        EventTiming::Timed {
            start, time_zone, ..
        } => (
            *start,
            time_zone.as_str(),
            start.strftime("%Y-%m-%d %H:%M").to_string(),
        ),
        EventTiming::AllDay { first_day, .. } => (
            first_day.to_datetime(Time::midnight()),
            "",
            first_day.to_string(),
        ),
    };
    let starts = match TimeZone::get(zone) {
        Ok(zone_rules) if !zone.is_empty() => zone_rules.to_timestamp(civil).ok(),
        _ => first_zone().to_timestamp(civil).ok(),
    }?;
    if now >= starts {
        return None;
    }
    Some(if zone.is_empty() {
        shown
    } else {
        format!("{shown} {zone} time")
    })
}
