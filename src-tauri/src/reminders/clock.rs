//! Noticing that the world moved while the scheduler slept.
//!
//! The scheduler sleeps with tokio's timer, which runs on the monotonic
//! clock: on most systems that clock stops while the machine is suspended,
//! so a sleep "until 09:00" started at 18:00 would end far too late after a
//! night with the lid closed. The scheduler therefore naps a minute at a
//! time and, at each wake, compares how far the wall clock moved with how
//! far the monotonic clock moved: a gap means a suspend (or the clock was
//! set), and the plan is made again. The same check notices that the
//! system's time zone changed (the doctor landed somewhere else).

use std::time::{Duration, Instant};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// A gap between the two clocks below this is ordinary timer slack.
const TOLERANCE: Duration = Duration::from_secs(10);

/// Why the plan must be made again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The wall clock moved `by` more than the monotonic one: the machine
    /// slept (or the clock was set forward).
    Resumed { by: SignedDuration },
    /// The wall clock moved back: the clock was set.
    SetBack { by: SignedDuration },
    /// The system's time zone is another one now.
    Zone { from: String, to: String },
}

/// The clocks and the zone as the scheduler last saw them.
#[derive(Debug, Clone)]
pub struct ClockWatch {
    monotonic: Instant,
    wall: Timestamp,
    zone: String,
}

impl ClockWatch {
    /// Starts watching from these readings.
    pub fn new(monotonic: Instant, wall: Timestamp, zone: String) -> Self {
        Self {
            monotonic,
            wall,
            zone,
        }
    }

    /// Starts watching from the clocks and zone as they are now.
    pub fn now() -> Self {
        Self::new(
            Instant::now(),
            Timestamp::now(),
            zone_name(&TimeZone::system()),
        )
    }

    /// Compares new readings with the last ones, keeps the new ones, and
    /// says what changed, if anything the plan depends on did.
    pub fn check(&mut self, monotonic: Instant, wall: Timestamp, zone: String) -> Option<Change> {
        let slept = monotonic.saturating_duration_since(self.monotonic);
        let slept = SignedDuration::try_from(slept).unwrap_or(SignedDuration::MAX);
        let moved = self.wall.duration_until(wall);
        let gap = moved.saturating_sub(slept);
        let tolerance = SignedDuration::try_from(TOLERANCE).unwrap_or(SignedDuration::MAX);
        let previous_zone = std::mem::replace(&mut self.zone, zone);
        self.monotonic = monotonic;
        self.wall = wall;
        if previous_zone != self.zone {
            Some(Change::Zone {
                from: previous_zone,
                to: self.zone.clone(),
            })
        } else if gap > tolerance {
            Some(Change::Resumed { by: gap })
        } else if gap < -tolerance {
            Some(Change::SetBack { by: -gap })
        } else {
            None
        }
    }

    /// Reads the clocks and the system zone now and checks them.
    pub fn check_now(&mut self) -> Option<Change> {
        self.check(
            Instant::now(),
            Timestamp::now(),
            zone_name(&TimeZone::system()),
        )
    }
}

/// A zone's IANA name, or for a zone without one (a fixed offset, a POSIX
/// rule) a description that still tells two zones apart.
pub fn zone_name(zone: &TimeZone) -> String {
    match zone.iana_name() {
        Some(name) => name.to_owned(),
        None => format!("{zone:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn watch(start: Instant) -> ClockWatch {
        ClockWatch::new(start, at("2026-03-04T18:00:00Z"), "Europe/Berlin".into())
    }

    #[test]
    fn an_ordinary_nap_changes_nothing() {
        let start = Instant::now();
        let mut clocks = watch(start);
        let change = clocks.check(
            start + Duration::from_secs(60),
            at("2026-03-04T18:01:00.2Z"),
            "Europe/Berlin".into(),
        );
        assert_eq!(change, None);
    }

    #[test]
    fn a_night_with_the_lid_closed_is_seen_as_a_resume() {
        let start = Instant::now();
        let mut clocks = watch(start);
        // One minute passed for the timer, fourteen hours on the wall.
        let change = clocks.check(
            start + Duration::from_secs(60),
            at("2026-03-05T08:01:00Z"),
            "Europe/Berlin".into(),
        );
        assert_eq!(
            change,
            Some(Change::Resumed {
                by: SignedDuration::from_hours(14)
            })
        );
        // The next minute is ordinary again.
        let change = clocks.check(
            start + Duration::from_secs(120),
            at("2026-03-05T08:02:00Z"),
            "Europe/Berlin".into(),
        );
        assert_eq!(change, None);
    }

    #[test]
    fn a_clock_set_back_is_noticed() {
        let start = Instant::now();
        let mut clocks = watch(start);
        let change = clocks.check(
            start + Duration::from_secs(60),
            at("2026-03-04T17:01:00Z"),
            "Europe/Berlin".into(),
        );
        assert_eq!(
            change,
            Some(Change::SetBack {
                by: SignedDuration::from_hours(1)
            })
        );
    }

    #[test]
    fn landing_in_another_zone_is_noticed() {
        let start = Instant::now();
        let mut clocks = watch(start);
        let change = clocks.check(
            start + Duration::from_secs(60),
            at("2026-03-04T18:01:00Z"),
            "Asia/Tokyo".into(),
        );
        assert_eq!(
            change,
            Some(Change::Zone {
                from: "Europe/Berlin".into(),
                to: "Asia/Tokyo".into()
            })
        );
    }

    #[test]
    fn zones_without_a_name_are_still_told_apart() {
        let plus_two = TimeZone::fixed(jiff::tz::offset(2));
        let plus_three = TimeZone::fixed(jiff::tz::offset(3));
        assert_ne!(zone_name(&plus_two), zone_name(&plus_three));
        assert_eq!(
            zone_name(&TimeZone::get("Asia/Kolkata").unwrap()),
            "Asia/Kolkata"
        );
    }
}
