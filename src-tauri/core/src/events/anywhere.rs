//! Anywhere on Earth: where a day ends last (UTC−12, "AoE", the zone calls
//! for papers close in) and where it begins first (UTC+14). jiff knows no
//! zone named "AoE", so a key date stores that name and it is read here,
//! once, for the core's key dates, the CLI's times and the UI (which
//! receives the name, its words and its offset generated from these
//! constants, and every key date's instant worked out here).

use jiff::tz::{self, TimeZone};

/// The zone name stored for Anywhere on Earth.
pub const AOE: &str = "AoE";

/// Anywhere on Earth in words, as the UI shows the zone.
pub const AOE_LABEL: &str = "Anywhere on Earth";

/// Anywhere on Earth's offset from UTC, in hours: the last place a day ends.
pub const AOE_OFFSET_HOURS: i8 = -12;

/// The offset of the first place a day begins, in hours.
const FIRST_OFFSET_HOURS: i8 = 14;

/// Whether a zone name means Anywhere on Earth ("AoE" in any case, with
/// spaces around).
pub fn is_aoe(name: &str) -> bool {
    name.trim().eq_ignore_ascii_case(AOE)
}

/// Anywhere on Earth as a zone: UTC−12 all year.
pub fn aoe_zone() -> TimeZone {
    TimeZone::fixed(tz::offset(AOE_OFFSET_HOURS))
}

/// The zone where a day begins first (UTC+14): a floating or all-day
/// event has begun once its first day has begun anywhere.
pub(super) fn first_zone() -> TimeZone {
    TimeZone::fixed(tz::offset(FIRST_OFFSET_HOURS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_for_papers_closing_at_23_59_aoe_closes_at_11_59_utc_the_next_day() {
        let civil: jiff::civil::DateTime = "2026-03-01T23:59".parse().unwrap();
        let closes = aoe_zone().to_timestamp(civil).unwrap();
        assert_eq!(closes.to_string(), "2026-03-02T11:59:00Z");
        assert!(is_aoe(" aoe "));
        assert!(!is_aoe("America/Anchorage"));
    }

    #[test]
    fn a_day_begins_first_fourteen_hours_ahead_of_utc() {
        let midnight: jiff::civil::DateTime = "2026-03-01T00:00".parse().unwrap();
        let begins = first_zone().to_timestamp(midnight).unwrap();
        assert_eq!(begins.to_string(), "2026-02-28T10:00:00Z");
    }
}
