//! Time zones in and out of iCalendar. Calendars name zones every which
//! way — IANA names, Windows names from Outlook and Exchange ("Romance
//! Standard Time"), vendor prefixes ("/mozilla.org/20050126_1/Europe/Berlin"),
//! display labels ("(UTC+01:00) Amsterdam, Berlin…") — and Curbside stores
//! one IANA name per event, so jiff can place it in time. calcard knows the
//! aliases; jiff gives the primary IANA name ("Asia/Calcutta" is stored as
//! "Asia/Kolkata").
//!
//! On the way out, each zone used gets a `VTIMEZONE` built by calcard from
//! the zone's transitions, with yearly rules where the zone has them, so a
//! recurring event keeps its wall-clock time in every client.

use std::collections::HashMap;
use std::str::FromStr;

use calcard::common::timezone::Tz;
use calcard::icalendar::{ICalendar, ICalendarComponent, ICalendarComponentType};
use jiff::tz::TimeZone;

/// The zone name Curbside stores for UTC times (`…Z`).
pub const UTC: &str = "UTC";

/// Resolves the TZIDs of one file, remembering each answer.
#[derive(Default)]
pub(super) struct Zones {
    /// TZIDs the file's `VTIMEZONE`s define, resolved by calcard.
    defined: HashMap<String, Option<Tz>>,
    /// Every TZID resolved so far.
    resolved: HashMap<String, Result<String, String>>,
    /// `X-WR-TIMEZONE`: where the calendar's UTC times are meant to be read.
    pub calendar_zone: Option<String>,
}

impl Zones {
    /// Remembers the zone a `VTIMEZONE` defines (or that it names one
    /// calcard cannot place).
    pub fn define(&mut self, tzid: &str, tz: Option<Tz>) {
        self.defined.insert(tzid.to_owned(), tz);
        self.resolved.remove(tzid);
    }

    /// The IANA name for a TZID, or what to tell the user.
    pub fn resolve(&mut self, tzid: &str) -> Result<String, String> {
        if let Some(known) = self.resolved.get(tzid) {
            return known.clone();
        }
        let tz = match self.defined.get(tzid) {
            Some(defined) => *defined,
            None => Tz::from_str(tzid.trim()).ok(),
        };
        let answer = tz.and_then(|tz| iana_name(&tz)).ok_or_else(|| {
            format!("the time zone \"{tzid}\" is not one Curbside knows (no IANA or Windows name)")
        });
        self.resolved.insert(tzid.to_owned(), answer.clone());
        answer
    }

    /// Reads `X-WR-TIMEZONE`; a name no one knows is ignored.
    pub fn set_calendar_zone(&mut self, name: &str) {
        self.calendar_zone = self.resolve(name.trim()).ok();
    }
}

/// The primary IANA name of a calcard zone, as jiff knows it; `None` for a
/// floating time or a zone jiff cannot load.
pub(super) fn iana_name(tz: &Tz) -> Option<String> {
    if tz.is_utc() {
        return Some(UTC.to_owned());
    }
    if let Tz::Fixed(offset) = tz {
        // "Etc/GMT-5" can only say whole hours.
        if offset.local_minus_utc() % 3600 != 0 {
            return None;
        }
    }
    let name = tz.name()?;
    let zone = TimeZone::get(&name).ok()?;
    let primary = zone.primary_iana_name().or(zone.iana_name());
    Some(primary.unwrap_or(&name).to_owned())
}

/// A `VTIMEZONE` for `zone` covering the years `from..=to` (and the rules
/// that go on after them), CRLF-terminated; `None` when calcard does not
/// know the zone.
pub(super) fn vtimezone(zone: &str, from: i16, to: i16) -> Option<String> {
    let mut calendar = ICalendar {
        components: vec![ICalendarComponent {
            component_type: ICalendarComponentType::VCalendar,
            entries: Vec::new(),
            component_ids: Vec::new(),
        }],
    };
    let start = year_start(from)?.saturating_sub(86_400);
    let end = year_start(to.saturating_add(2))?;
    calendar.add_timezone(zone, start, end)?;
    let mut text = String::new();
    calendar.write_to(&mut text).ok()?;
    let begin = text.find("BEGIN:VTIMEZONE")?;
    let end = text.rfind("END:VTIMEZONE")? + "END:VTIMEZONE\r\n".len();
    text.get(begin..end).map(str::to_owned)
}

fn year_start(year: i16) -> Option<i64> {
    let date = jiff::civil::date(year, 1, 1);
    Some(
        date.to_zoned_datetime(TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_second(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_names_become_iana_names() {
        let mut zones = Zones::default();
        for (tzid, iana) in [
            ("Romance Standard Time", "Europe/Paris"),
            ("W. Europe Standard Time", "Europe/Berlin"),
            ("Eastern Standard Time", "America/New_York"),
            ("Pacific Standard Time", "America/Los_Angeles"),
            ("India Standard Time", "Asia/Kolkata"),
            ("AUS Eastern Standard Time", "Australia/Sydney"),
            ("Europe/Berlin", "Europe/Berlin"),
            ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
            ("UTC", "UTC"),
        ] {
            assert_eq!(zones.resolve(tzid).as_deref(), Ok(iana), "{tzid}");
        }
    }

    #[test]
    fn an_unknown_zone_says_which() {
        let error = Zones::default().resolve("Mars/Olympus_Mons").unwrap_err();
        assert!(error.contains("\"Mars/Olympus_Mons\""), "{error}");
    }

    #[test]
    fn a_vtimezone_has_yearly_rules_for_summer_time() {
        let text = vtimezone("Europe/Berlin", 2026, 2026).unwrap();
        assert!(
            text.starts_with("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"),
            "{text}"
        );
        assert!(text.contains("BEGIN:DAYLIGHT"), "{text}");
        assert!(text.contains("TZOFFSETTO:+0200"), "{text}");
        assert!(
            text.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
            "{text}"
        );
        assert!(text.ends_with("END:VTIMEZONE\r\n"), "{text}");
    }
}
