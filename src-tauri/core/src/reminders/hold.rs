//! When notifications must wait: the user paused them from the tray, or it
//! is the quiet hours. The engine already moves a reminder's own instant out
//! of the quiet hours; this covers the ones shown late — after the app was
//! closed, the machine asleep or a pause — so that a catch-up never arrives
//! at 23:30 but at the end of the quiet (worked out by the engine's own
//! rule, `engine::out_of_quiet`).
//!
//! Waiting is only a delay: nothing is recorded as shown until it is shown.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::engine::{out_of_quiet, Moved};
use super::QuietHours;

/// How long the user pauses notifications (what the tray offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// For the next hour.
    OneHour,
    /// Until the start of tomorrow where the user is (and then the quiet
    /// hours hold them until morning).
    UntilTomorrow,
}

/// When a pause chosen at `now` ends.
pub fn pause_ends(pause: Pause, now: Timestamp, zone: &TimeZone) -> Timestamp {
    let a_day = now.plus(SignedDuration::from_hours(24));
    match pause {
        Pause::OneHour => now.plus(SignedDuration::from_hours(1)),
        Pause::UntilTomorrow => zone
            .to_datetime(now)
            .date()
            .tomorrow()
            .ok()
            .and_then(|day| {
                zone.to_timestamp(day.to_datetime(jiff::civil::Time::midnight()))
                    .ok()
            })
            .unwrap_or(a_day),
    }
}

/// Until when notifications wait, or `None` when they may be shown now.
pub(super) fn held_until(
    now: Timestamp,
    zone: &TimeZone,
    paused_until: Option<Timestamp>,
    quiet: QuietHours,
) -> Option<Timestamp> {
    match paused_until {
        Some(end) if end > now => Some(end),
        _ => Some(out_of_quiet(now, quiet, zone)).filter(|&end| end > now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Time;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn night() -> QuietHours {
        QuietHours {
            start: Time::constant(22, 0, 0, 0),
            end: Time::constant(7, 0, 0, 0),
        }
    }

    #[test]
    fn a_pause_for_an_hour_ends_an_hour_later() {
        let now = at("2026-03-04T10:15:00Z");
        assert_eq!(
            pause_ends(Pause::OneHour, now, &berlin()),
            at("2026-03-04T11:15:00Z")
        );
    }

    #[test]
    fn a_pause_until_tomorrow_ends_at_midnight_where_the_user_is() {
        // 23:30 in Berlin on the 4th: tomorrow starts in half an hour.
        let now = at("2026-03-04T22:30:00Z");
        assert_eq!(
            pause_ends(Pause::UntilTomorrow, now, &berlin()),
            at("2026-03-04T23:00:00Z")
        );
    }

    #[test]
    fn catching_up_late_in_the_evening_waits_for_the_morning() {
        // 23:30 Berlin: the quiet hours end at 07:00 the next day.
        let now = at("2026-03-04T22:30:00Z");
        assert_eq!(
            held_until(now, &berlin(), None, night()),
            Some(at("2026-03-05T06:00:00Z"))
        );
        // 05:00 Berlin: they end at 07:00 the same day.
        let early = at("2026-03-05T04:00:00Z");
        assert_eq!(
            held_until(early, &berlin(), None, night()),
            Some(at("2026-03-05T06:00:00Z"))
        );
    }

    #[test]
    fn in_the_day_and_without_a_pause_nothing_waits() {
        let noon = at("2026-03-04T11:00:00Z");
        assert_eq!(held_until(noon, &berlin(), None, night()), None);
        assert_eq!(
            held_until(
                at("2026-03-04T23:00:00Z"),
                &berlin(),
                None,
                QuietHours::NONE
            ),
            None
        );
        // A pause that has ended holds nothing.
        assert_eq!(
            held_until(noon, &berlin(), Some(at("2026-03-04T10:00:00Z")), night()),
            None
        );
    }

    #[test]
    fn a_pause_holds_notifications_until_it_ends() {
        let noon = at("2026-03-04T11:00:00Z");
        let end = at("2026-03-04T12:00:00Z");
        assert_eq!(held_until(noon, &berlin(), Some(end), night()), Some(end));
    }
}
