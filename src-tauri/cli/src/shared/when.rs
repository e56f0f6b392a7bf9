//! Reading the date-times and dates a person types on the command line, as
//! docs/CLI.md specifies: RFC 9557 (`2026-03-29T09:00[Europe/Berlin]`), RFC
//! 3339 (`2026-03-29T07:00:00Z`), or a civil time with `--tz ZONE`.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// An instant, and the zone it was given in (empty when given as UTC or an
/// offset without a zone).
pub fn instant(text: &str, tz: Option<&str>) -> Result<(Timestamp, String), String> {
    let text = text.trim();
    if text.contains('[') {
        let zoned: ZonedDateTime = text
            .parse()
            .map_err(|e| format!("\"{text}\" is not a date-time: {e}"))?;
        let zone = zoned.time_zone().iana_name().unwrap_or_default().to_owned();
        return Ok((zoned.timestamp(), zone));
    }
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Ok((timestamp, tz.unwrap_or_default().to_owned()));
    }
    let civil: DateTime = text.parse().map_err(|_| {
        format!("\"{text}\" is not a date-time: write 2026-03-29T09:00[Europe/Berlin], 2026-03-29T07:00:00Z, or a local time with --tz")
    })?;
    let zone_name = tz.ok_or_else(|| {
        format!("\"{text}\" has no time zone: add --tz ZONE, e.g. --tz Europe/Berlin")
    })?;
    let zone = TimeZone::get(zone_name)
        .map_err(|_| format!("\"{zone_name}\" is not a time zone Curbside knows"))?;
    let zoned = civil
        .to_zoned_datetime(zone)
        .map_err(|e| format!("\"{text}\" does not exist in {zone_name}: {e}"))?;
    Ok((zoned.timestamp(), zone_name.to_owned()))
}

/// The start of a `YYYY-MM-DD` day in the system's zone, or any date-time
/// [`instant`] reads.
pub fn day_start(text: &str) -> Result<Timestamp, String> {
    if let Ok(date) = text.trim().parse::<jiff::civil::Date>() {
        return date
            .to_zoned_datetime(TimeZone::system())
            .map(|zoned| zoned.timestamp())
            .map_err(|e| format!("\"{text}\" has no start of day here: {e}"));
    }
    instant(text, None).map(|(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::instant;

    #[test]
    fn every_documented_form_reads_to_the_same_instant() {
        let (a, zone) = instant("2026-03-29T09:00[Europe/Berlin]", None).unwrap();
        assert_eq!(zone, "Europe/Berlin");
        let (b, _) = instant("2026-03-29T07:00:00Z", None).unwrap();
        let (c, zone) = instant("2026-03-29T09:00", Some("Europe/Berlin")).unwrap();
        assert_eq!(zone, "Europe/Berlin");
        assert_eq!(a, b);
        assert_eq!(a, c);
    }

    #[test]
    fn a_civil_time_without_a_zone_asks_for_one() {
        assert!(instant("2026-03-29T09:00", None)
            .unwrap_err()
            .contains("--tz"));
        assert!(instant("tomorrow", None).is_err());
    }
}
