//! Reading a wall-clock time and the zone it belongs to, for what Curbside
//! stores as a civil time plus a zone (an event in the venue's zone, a key
//! date in its own). Unlike [`super::when::instant`] it keeps the civil time,
//! reads a local time without `--tz` in this computer's zone, and knows
//! "AoE" (Anywhere on Earth, UTC−12), which calls for papers use but jiff
//! does not, as the core reads it (`events::is_aoe`, `events::aoe_zone`).

use curbside_core::events::{aoe_zone, is_aoe, AOE};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::when;

const AOE_IS_FOR_KEY_DATES: &str =
    "AoE (Anywhere on Earth) is for key dates; give the venue's zone, e.g. --tz Europe/Berlin";

/// A civil time and the zone it is read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallClock {
    /// The time on the wall clock there.
    pub civil: DateTime,
    /// An IANA zone name, "UTC", or [`AOE`].
    pub zone: String,
}

impl WallClock {
    /// The instant this wall-clock time names.
    pub fn instant(&self) -> Result<Timestamp, String> {
        let zone = zone(&self.zone, true)?;
        self.civil
            .to_zoned_datetime(zone)
            .map(|zoned| zoned.timestamp())
            .map_err(|e| format!("{} does not exist in {}: {e}", self.civil, self.zone))
    }
}

/// The zone a name stands for; [`AOE`] only where `allow_aoe`.
pub fn zone(name: &str, allow_aoe: bool) -> Result<TimeZone, String> {
    if is_aoe(name) {
        return if allow_aoe {
            Ok(aoe_zone())
        } else {
            Err(AOE_IS_FOR_KEY_DATES.into())
        };
    }
    TimeZone::get(name.trim())
        .map_err(|_| format!("\"{}\" is not a time zone Curbside knows", name.trim()))
}

/// The zone `--tz` names, else this computer's, with its name.
pub fn zone_or_system(tz: Option<&str>) -> Result<(String, TimeZone), String> {
    match tz {
        Some(name) => Ok((name.trim().to_owned(), zone(name, false)?)),
        None => {
            let system = TimeZone::system();
            let name = system.iana_name().map(str::to_owned).ok_or(
                "this computer's time zone has no name Curbside can store; add --tz ZONE, e.g. --tz Europe/Berlin",
            )?;
            Ok((name, system))
        }
    }
}

/// The user's zone: `--tz`, else this computer's.
pub fn user_zone(tz: Option<&str>) -> Result<TimeZone, String> {
    match tz {
        Some(name) => zone(name, false),
        None => Ok(TimeZone::system()),
    }
}

/// A `YYYY-MM-DD` date.
pub fn date(text: &str) -> Result<Date, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("\"{}\" is not a date: write YYYY-MM-DD", text.trim()))
}

/// Reads `text` as a wall-clock time in the zone `tz` names (an IANA zone,
/// or [`AOE`] where `allow_aoe`).
///
/// `2026-03-29T09:00[Europe/Berlin]` takes its zone from the brackets (and
/// `[AoE]` is understood), `2026-03-29T07:00:00Z` is read in UTC, and a local
/// time `2026-03-29T09:00` in `tz`, else in this computer's zone. When `tz`
/// is given, a time written with its own zone or offset is converted into it.
pub fn read(text: &str, tz: Option<&str>, allow_aoe: bool) -> Result<WallClock, String> {
    let text = text.trim();
    if let Some(tz) = tz {
        zone(tz, allow_aoe)?;
    }
    let written = written(text, allow_aoe)?;
    let target = match (tz, &written) {
        (Some(tz), _) => canonical(tz),
        (None, Written::Local(_)) => zone_or_system(None)?.0,
        (None, Written::InZone(clock)) => return Ok(clock.clone()),
        (None, Written::Instant(_)) => "UTC".to_owned(),
    };
    let instant = match written {
        Written::Local(civil) => {
            // A time the clocks skip (02:30 on the night they spring
            // forward) becomes the time it runs into (03:30).
            let civil = civil
                .to_zoned_datetime(zone(&target, allow_aoe)?)
                .map(|zoned| zoned.datetime())
                .map_err(|e| format!("\"{text}\" is not a time in {target}: {e}"))?;
            return Ok(WallClock {
                civil,
                zone: target,
            });
        }
        Written::InZone(clock) if clock.zone == target => return Ok(clock),
        Written::InZone(clock) => clock.instant()?,
        Written::Instant(at) => at,
    };
    let civil = zone(&target, allow_aoe)?.to_datetime(instant);
    Ok(WallClock {
        civil,
        zone: target,
    })
}

/// How a time was written.
enum Written {
    /// A civil time with no zone.
    Local(DateTime),
    /// A civil time with its zone.
    InZone(WallClock),
    /// An instant (UTC or an offset).
    Instant(Timestamp),
}

fn written(text: &str, allow_aoe: bool) -> Result<Written, String> {
    let bracket = text.find('[');
    if let Some(start) = bracket.filter(|&i| is_aoe(text[i..].trim_matches(['[', ']']))) {
        if !allow_aoe {
            return Err(AOE_IS_FOR_KEY_DATES.into());
        }
        let civil = text[..start].parse().map_err(|_| {
            format!("\"{text}\" is not a date-time: write it like 2026-03-01T23:59[AoE]")
        })?;
        return Ok(Written::InZone(WallClock {
            civil,
            zone: AOE.to_owned(),
        }));
    }
    if bracket.is_some() {
        let (at, zone_name) = when::instant(text, None)?;
        let civil = zone(&zone_name, false)?.to_datetime(at);
        return Ok(Written::InZone(WallClock {
            civil,
            zone: zone_name,
        }));
    }
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(Written::Instant(at));
    }
    if !text.contains(['T', 't', ' ']) && text.parse::<Date>().is_ok() {
        return Err(format!(
            "\"{text}\" is a date without a time: add one, e.g. {text}T09:00, or use --all-day"
        ));
    }
    text.parse().map(Written::Local).map_err(|_| {
        format!("\"{text}\" is not a date-time: write 2026-03-29T09:00[Europe/Berlin], 2026-03-29T07:00:00Z, or a local time with --tz")
    })
}

fn canonical(name: &str) -> String {
    if is_aoe(name) {
        AOE.to_owned()
    } else {
        name.trim().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn civil(text: &str) -> DateTime {
        text.parse().unwrap()
    }

    #[test]
    fn a_local_time_is_kept_on_the_wall_clock_of_its_zone() {
        let clock = read("2026-03-29T09:00", Some("Europe/Berlin"), false).unwrap();
        assert_eq!(clock.civil, civil("2026-03-29T09:00"));
        assert_eq!(clock.zone, "Europe/Berlin");
        assert_eq!(
            clock.instant().unwrap(),
            "2026-03-29T07:00:00Z".parse().unwrap()
        );
    }

    #[test]
    fn brackets_name_the_zone_and_an_instant_stays_in_utc() {
        let clock = read("2026-03-29T09:00[Europe/Berlin]", None, false).unwrap();
        assert_eq!(clock.zone, "Europe/Berlin");
        assert_eq!(clock.civil, civil("2026-03-29T09:00"));
        let clock = read("2026-03-29T07:00:00Z", None, false).unwrap();
        assert_eq!(clock.zone, "UTC");
        assert_eq!(clock.civil, civil("2026-03-29T07:00"));
    }

    #[test]
    fn a_time_given_in_another_zone_is_converted_into_tz() {
        let clock = read("2026-03-29T07:00:00Z", Some("Europe/Berlin"), false).unwrap();
        assert_eq!(clock.civil, civil("2026-03-29T09:00"));
        let clock = read(
            "2026-03-29T09:00[Europe/Berlin]",
            Some("America/New_York"),
            false,
        )
        .unwrap();
        assert_eq!(clock.civil, civil("2026-03-29T03:00"));
    }

    #[test]
    fn anywhere_on_earth_is_twelve_hours_behind_utc() {
        for (text, tz) in [
            ("2026-03-01T23:59", Some("AoE")),
            ("2026-03-01T23:59[AoE]", None),
            ("2026-03-01T23:59", Some("aoe")),
        ] {
            let clock = read(text, tz, true).unwrap();
            assert_eq!(clock.zone, "AoE");
            assert_eq!(clock.civil, civil("2026-03-01T23:59"));
            assert_eq!(
                clock.instant().unwrap(),
                "2026-03-02T11:59:00Z".parse().unwrap()
            );
        }
        assert!(read("2026-03-01T23:59", Some("AoE"), false)
            .unwrap_err()
            .contains("key dates"));
    }

    #[test]
    fn a_time_the_clocks_skip_becomes_the_time_it_runs_into() {
        let clock = read("2026-03-29T02:30", Some("Europe/Berlin"), false).unwrap();
        assert_eq!(clock.civil, civil("2026-03-29T03:30"));
    }

    #[test]
    fn mistakes_say_what_to_write() {
        assert!(read("2026-03-29", Some("UTC"), false)
            .unwrap_err()
            .contains("--all-day"));
        assert!(read("next tuesday", Some("UTC"), false)
            .unwrap_err()
            .contains("not a date-time"));
        assert!(read("2026-03-29T09:00", Some("Mars/Olympus"), false)
            .unwrap_err()
            .contains("Mars/Olympus"));
    }
}
