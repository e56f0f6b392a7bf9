//! Finding the IANA zone that keeps the time a file's own `VTIMEZONE`
//! describes. Curbside stores one IANA name per event (so a recurring event
//! keeps its wall-clock time across summer-time changes, and every screen
//! can show it in the viewer's zone); a zone the file defines under a name
//! of its own ("/Europe/CUSTOM", Outlook's "GMT +0100 (Standard) / GMT +0200
//! (Daylight)") is stored under the IANA zone that has the same offset all
//! through the year in question.
//!
//! The zone the name hints at comes first ("custom_America/New_York" →
//! America/New_York); then, for a zone that never changes its offset, the
//! plain offset (UTC, "Etc/GMT-11" for UTC+11); then the zones most
//! calendars use, city by city; then every zone, by name. The user sees the
//! same instant either way; the name is what they see beside it.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::rules::Transitions;
use super::zones::UTC;

/// Zones tried before every other, each the zone Windows and most calendars
/// name for its offsets.
const USUAL: &[&str] = &[
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Europe/Lisbon",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Halifax",
    "America/St_Johns",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Santiago",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Africa/Cairo",
    "Africa/Nairobi",
    "Asia/Jerusalem",
    "Asia/Dubai",
    "Asia/Tehran",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Darwin",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Pacific/Auckland",
];

/// The IANA zone (its primary name) whose offsets agree with `rules` all
/// through `year` (at noon UTC each day), or `None`.
pub(super) fn agreeing(rules: &Transitions, year: i16, tzid: &str) -> Option<String> {
    let samples = samples(year);
    let offsets: Vec<i32> = samples.iter().map(|at| rules.offset_at(*at)).collect();
    let agrees = |name: &str| -> Option<String> {
        let zone = TimeZone::get(name).ok()?;
        let same = samples.iter().zip(&offsets).all(|(at, offset)| {
            Timestamp::from_second(*at)
                .is_ok_and(|instant| zone.to_offset(instant).seconds() == *offset)
        });
        same.then(|| {
            zone.primary_iana_name()
                .or(zone.iana_name())
                .unwrap_or(name)
                .to_owned()
        })
    };
    if let Some(found) = hints(tzid).iter().find_map(|name| agrees(name)) {
        return Some(found);
    }
    let fixed = offsets
        .first()
        .filter(|first| offsets.iter().all(|o| o == *first));
    if let Some(&offset) = fixed {
        if offset == 0 {
            return Some(UTC.to_owned());
        }
        if offset % 3600 == 0 {
            // POSIX signs: "Etc/GMT-11" is eleven hours east of UTC.
            let name = format!("Etc/GMT{:+}", -offset / 3600);
            if let Some(found) = agrees(&name) {
                return Some(found);
            }
        }
    }
    if let Some(found) = USUAL.iter().find_map(|name| agrees(name)) {
        return Some(found);
    }
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.as_str().to_owned())
        .filter(|name| name.contains('/') && !name.starts_with("Etc/"))
        .collect();
    names.sort();
    names.iter().find_map(|name| agrees(name))
}

/// Noon UTC of every day of the year (Unix seconds): summer-time rules
/// that differ by a day or more tell apart, while a file that puts the
/// change at another hour of the night (Lotus Notes says 02:00 for
/// October's 03:00) still agrees with the zone it means.
fn samples(year: i16) -> Vec<i64> {
    let first = jiff::civil::Date::new(year, 1, 1)
        .map(|day| TimeZone::UTC.to_timestamp(day.at(12, 0, 0, 0)));
    let Ok(Ok(first)) = first else {
        return Vec::new();
    };
    let start = first.as_second();
    (0..366).map(|day| start + day * 24 * 3600).collect()
}

/// IANA names inside a TZID: what follows a `/`, `_` or space
/// ("custom_America/New_York" → "America/New_York").
fn hints(tzid: &str) -> Vec<&str> {
    tzid.char_indices()
        .filter(|(_, c)| matches!(c, '/' | '_' | ' '))
        .map(|(at, c)| &tzid[at + c.len_utf8()..])
        .filter(|rest| rest.contains('/'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_a_prefix_hints_at_the_zone_inside_it() {
        assert_eq!(hints("custom_America/New_York"), ["America/New_York"]);
        assert_eq!(
            hints("/freeassociation.sourceforge.net/Europe/Berlin"),
            [
                "freeassociation.sourceforge.net/Europe/Berlin",
                "Europe/Berlin"
            ]
        );
    }
}
