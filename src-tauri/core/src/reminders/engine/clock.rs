//! Where on the user's wall clock a reminder lands.
//!
//! A reminder meant for "09:00" on a date is 09:00 on that date in the zone
//! the user is in at evaluation time, so it follows them across zones and
//! across DST changes. A wall-clock time that does not exist (the hour
//! skipped in spring) moves forward by the gap; one that happens twice is
//! the earlier (jiff's "compatible" rule, as RFC 5545 and the calendar do).
//! A time in quiet hours moves to their end.

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Span, Timestamp};

use crate::reminders::QuietHours;

/// Instants moved by a duration, stopping at the ends of time rather than
/// failing (a window of a thousand years is the caller's business).
pub(crate) trait Moved {
    /// `self + by`, or the last instant there is.
    fn plus(self, by: SignedDuration) -> Timestamp;
    /// `self - by`, or the first instant there is.
    fn minus(self, by: SignedDuration) -> Timestamp;
}

impl Moved for Timestamp {
    fn plus(self, by: SignedDuration) -> Timestamp {
        self.checked_add(by).unwrap_or(if by.is_negative() {
            Timestamp::MIN
        } else {
            Timestamp::MAX
        })
    }

    fn minus(self, by: SignedDuration) -> Timestamp {
        self.checked_sub(by).unwrap_or(if by.is_negative() {
            Timestamp::MAX
        } else {
            Timestamp::MIN
        })
    }
}

/// `date` at `time` on the wall clock of `zone`.
pub(crate) fn wall_clock(date: Date, time: Time, zone: &TimeZone) -> Timestamp {
    let civil = date.to_datetime(time);
    zone.to_timestamp(civil)
        .or_else(|_| TimeZone::UTC.to_timestamp(civil))
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// `at`, or the end of the quiet hours it falls in.
pub(crate) fn out_of_quiet(at: Timestamp, quiet: QuietHours, zone: &TimeZone) -> Timestamp {
    let local = zone.to_datetime(at);
    if quiet.start == quiet.end || !quiet.contains(local.time()) {
        return at;
    }
    let ends_on = if quiet.start > quiet.end && local.time() >= quiet.start {
        shift(local.date(), 1)
    } else {
        local.date()
    };
    wall_clock(ends_on, quiet.end, zone).max(at)
}

/// `date` moved by `days` (negative: back), saturating at the ends of the
/// calendar.
pub(crate) fn shift(date: Date, days: i64) -> Date {
    date.checked_add(Span::new().days(days))
        .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

/// The date of `at` on the wall clock of `zone`.
pub(crate) fn date_in(at: Timestamp, zone: &TimeZone) -> Date {
    zone.to_datetime(at).date()
}

/// The yearly date of `month`-`day` in `year`: 29 February is 28 February
/// in a common year.
pub(crate) fn yearly(year: i16, month: i8, day: i8) -> Option<Date> {
    match Date::new(year, month, day) {
        Ok(date) => Some(date),
        Err(_) if month == 2 && day == 29 => Date::new(year, 2, 28).ok(),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    fn quiet() -> QuietHours {
        QuietHours {
            start: Time::constant(22, 0, 0, 0),
            end: Time::constant(7, 0, 0, 0),
        }
    }

    #[test]
    fn a_time_skipped_by_the_clocks_moves_forward_by_the_gap() {
        let at = wall_clock(
            Date::constant(2026, 3, 8),
            Time::constant(2, 30, 0, 0),
            &zone("America/New_York"),
        );
        assert_eq!(at.to_string(), "2026-03-08T07:30:00Z");
    }

    #[test]
    fn a_time_the_clocks_show_twice_is_the_earlier() {
        let at = wall_clock(
            Date::constant(2026, 11, 1),
            Time::constant(1, 30, 0, 0),
            &zone("America/New_York"),
        );
        assert_eq!(at.to_string(), "2026-11-01T05:30:00Z");
    }

    #[test]
    fn quiet_hours_move_a_late_evening_reminder_to_the_next_morning() {
        let berlin = zone("Europe/Berlin");
        let late = wall_clock(
            Date::constant(2026, 3, 28),
            Time::constant(23, 15, 0, 0),
            &berlin,
        );
        let moved = out_of_quiet(late, quiet(), &berlin);
        // The clocks go forward that night: 07:00 is then UTC+2.
        assert_eq!(moved.to_string(), "2026-03-29T05:00:00Z");
        let early = wall_clock(
            Date::constant(2026, 3, 28),
            Time::constant(6, 0, 0, 0),
            &berlin,
        );
        assert_eq!(
            out_of_quiet(early, quiet(), &berlin).to_string(),
            "2026-03-28T06:00:00Z"
        );
        let day = wall_clock(
            Date::constant(2026, 3, 28),
            Time::constant(9, 0, 0, 0),
            &berlin,
        );
        assert_eq!(out_of_quiet(day, quiet(), &berlin), day);
    }

    #[test]
    fn the_twenty_ninth_of_february_is_the_twenty_eighth_in_a_common_year() {
        assert_eq!(yearly(2027, 2, 29), Some(Date::constant(2027, 2, 28)));
        assert_eq!(yearly(2028, 2, 29), Some(Date::constant(2028, 2, 29)));
        assert_eq!(yearly(2027, 4, 31), None);
    }
}
