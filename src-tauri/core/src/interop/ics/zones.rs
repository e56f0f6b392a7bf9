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
use std::sync::Arc;

use calcard::common::timezone::Tz;
use calcard::icalendar::{ICalendar, ICalendarComponent, ICalendarComponentType};
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use super::agree;
use super::rules::{Rules, Transitions};

/// The zone name Curbside stores for UTC times (`…Z`).
pub const UTC: &str = "UTC";

/// Resolves the TZIDs of one file, remembering each answer.
#[derive(Default)]
pub(super) struct Zones {
    /// TZIDs the file's `VTIMEZONE`s define.
    defined: HashMap<String, Defined>,
    /// Every TZID resolved to an IANA name so far.
    resolved: HashMap<String, Option<String>>,
    /// A defined zone's transitions and its agreeing IANA zone, by year.
    years: HashMap<(String, i16), (Arc<Transitions>, Option<String>)>,
    /// A TZID was asked for that the file has not defined (so far).
    missed: bool,
    /// `X-WR-TIMEZONE`: where the calendar's UTC times are meant to be read.
    pub calendar_zone: Option<String>,
}

/// What a `VTIMEZONE` says.
pub(super) struct Defined {
    /// The zone calcard recognises in it (by its TZID, `X-LIC-LOCATION` or
    /// `X-MICROSOFT-CDO-TZID`).
    pub named: Option<Tz>,
    /// Its own rules.
    pub rules: Option<Rules>,
}

/// Where a wall-clock time in a file's zone is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Placed {
    /// The same wall-clock time in this IANA zone (or UTC).
    Zoned(DateTime, String),
    /// A UTC time: the file's own zone agrees with no IANA zone.
    Utc(DateTime),
}

impl Zones {
    /// Remembers the zone a `VTIMEZONE` defines.
    pub fn define(&mut self, tzid: &str, defined: Defined) {
        self.defined.insert(tzid.to_owned(), defined);
        self.resolved.remove(tzid);
        self.years.retain(|(name, _), _| name != tzid);
    }

    /// The IANA name for a TZID, or what to tell the user.
    #[cfg(test)]
    pub fn resolve(&mut self, tzid: &str) -> Result<String, String> {
        self.named(tzid).ok_or_else(|| self.unknown(tzid))
    }

    /// Where `civil`, a wall-clock time in `tzid`, is kept. A TZID that is
    /// an IANA or Windows name (or ends in one after a registry prefix, as
    /// libical's "/freeassociation.sourceforge.net/Europe/Berlin") keeps
    /// the time in that zone. Any other TZID is the file's own zone: its
    /// `VTIMEZONE`'s rules place the time, which is kept in the IANA zone
    /// that agrees with those rules through that year (see
    /// [`agree`](super::agree)), so the user sees the file's wall-clock time
    /// under a zone they know; when none agrees, it is kept as the UTC
    /// instant, shown in the viewer's zone.
    pub fn place(&mut self, tzid: &str, civil: DateTime) -> Result<Placed, String> {
        if let Some(name) = self.named(tzid) {
            return Ok(Placed::Zoned(civil, name));
        }
        let Some(rules) = self.defined.get(tzid).and_then(|d| d.rules.as_ref()) else {
            return Err(self.unknown(tzid));
        };
        let mut year = |year: i16| {
            self.years
                .entry((tzid.to_owned(), year))
                .or_insert_with(|| {
                    let transitions = rules.around(year);
                    let zone = agree::agreeing(&transitions, year, tzid);
                    (Arc::new(transitions), zone)
                })
                .clone()
        };
        let (transitions, _) = year(civil.year());
        let Some(instant) = transitions.instant(civil) else {
            return Err(format!(
                "the time zone \"{tzid}\" the file defines cannot place {civil}"
            ));
        };
        let utc = TimeZone::UTC.to_datetime(instant);
        let (_, zone) = year(utc.year());
        match zone.and_then(|name| Some((TimeZone::get(&name).ok()?, name))) {
            Some((zone, name)) if name != UTC => Ok(Placed::Zoned(zone.to_datetime(instant), name)),
            _ => Ok(Placed::Utc(utc)),
        }
    }

    /// Whether a TZID was asked for that the file had not defined, since
    /// the last time this was asked: a `VTIMEZONE` later in the file may
    /// define it.
    pub fn take_missed(&mut self) -> bool {
        std::mem::take(&mut self.missed)
    }

    /// Reads `X-WR-TIMEZONE`; a name no one knows is ignored.
    pub fn set_calendar_zone(&mut self, name: &str) {
        self.calendar_zone = self.named(name.trim());
        self.missed = false;
    }

    fn named(&mut self, tzid: &str) -> Option<String> {
        if let Some(known) = self.resolved.get(tzid) {
            return known.clone();
        }
        let defined = self.defined.get(tzid).and_then(|d| d.named);
        let answer = defined
            .or_else(|| Tz::from_str(tzid.trim()).ok())
            .and_then(|tz| iana_name(&tz))
            .or_else(|| registry_name(tzid));
        self.resolved.insert(tzid.to_owned(), answer.clone());
        answer
    }

    fn unknown(&mut self, tzid: &str) -> String {
        if self.defined.contains_key(tzid) {
            format!(
                "the time zone \"{tzid}\" is not one Curbside knows (no IANA or Windows name), \
                 and the VTIMEZONE the file gives it has no rules (no STANDARD or DAYLIGHT)"
            )
        } else {
            self.missed = true;
            format!(
                "the time zone \"{tzid}\" is not one Curbside knows (no IANA or Windows name), \
                 and the file does not define it (no VTIMEZONE)"
            )
        }
    }
}

/// The IANA zone a globally unique TZID ends with (RFC 5545 §3.2.19: one
/// that begins with "/"), whatever registry and version come before it:
/// "/freeassociation.sourceforge.net/Europe/Berlin",
/// "/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires".
fn registry_name(tzid: &str) -> Option<String> {
    let tzid = tzid.trim();
    if !tzid.starts_with('/') {
        return None;
    }
    tzid.match_indices('/')
        .map(|(at, _)| &tzid[at + 1..])
        .filter(|rest| rest.contains('/'))
        .find_map(|rest| {
            let zone = TimeZone::get(rest).ok()?;
            Some(
                zone.primary_iana_name()
                    .or(zone.iana_name())
                    .unwrap_or(rest)
                    .to_owned(),
            )
        })
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
            (
                "/freeassociation.sourceforge.net/Europe/Berlin",
                "Europe/Berlin",
            ),
            (
                "/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires",
                "America/Argentina/Buenos_Aires",
            ),
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
