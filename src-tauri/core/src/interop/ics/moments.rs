//! The times of a `VEVENT` — `DTSTART`, `DTEND` or `DURATION`,
//! `RECURRENCE-ID`, `EXDATE` — as Curbside keeps them: a civil time in the
//! event's IANA zone (which keeps a recurring event at its wall-clock time
//! across summer-time changes), a floating civil time, or whole days.
//!
//! UTC times (`…Z`) are read in the calendar's `X-WR-TIMEZONE` when it has
//! one (Google exports every timed event in UTC and names the calendar's
//! zone there), and kept in UTC otherwise. A timed event with no length (no
//! `DTEND` or `DURATION`, or an end equal to its start) is given an hour, as
//! `events add` does without `--end`: Curbside's events end after they start.

use calcard::common::PartialDateTime;
use calcard::icalendar::ICalendarDuration;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

use super::zones::{Placed, Zones, UTC};
use super::OriginalStart;
use crate::events::EventTiming;

/// A date-time value as the file gave it, its zone resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Moment {
    /// A date (`VALUE=DATE`).
    Day(Date),
    /// A wall-clock time with no zone.
    Floating(DateTime),
    /// A wall-clock time in an IANA zone (not UTC).
    Zoned(DateTime, String),
    /// A UTC time (`…Z`).
    Utc(DateTime),
}

/// How a timed event's end is given.
pub(super) enum End {
    /// `DTEND`.
    At(Moment),
    /// `DURATION`.
    Lasting(ICalendarDuration),
    /// Neither: a day for an all-day event, no length for a timed one.
    Unsaid,
}

impl Moment {
    /// Reads a value with its `TZID`, if any.
    pub fn read(
        value: &PartialDateTime,
        tzid: Option<&str>,
        zones: &mut Zones,
    ) -> Result<Self, String> {
        let (Some(year), Some(month), Some(day)) = (value.year, value.month, value.day) else {
            return Err("it has no date".to_owned());
        };
        let date = Date::new(year as i16, month as i8, day as i8)
            .map_err(|_| format!("{year:04}-{month:02}-{day:02} is not a date"))?;
        let Some(hour) = value.hour else {
            return Ok(Self::Day(date));
        };
        let (minute, second) = (value.minute.unwrap_or(0), value.second.unwrap_or(0));
        // A leap second (…T235960) is read as the second before it.
        let civil = date.to_datetime(
            jiff::civil::Time::new(hour as i8, minute as i8, second.min(59) as i8, 0)
                .map_err(|_| format!("{hour:02}:{minute:02}:{second:02} is not a time"))?,
        );
        if value.tz_hour.is_some() {
            // `Z`, or (outside the standard) a numeric offset.
            let seconds = i32::from(value.tz_hour.unwrap_or(0)) * 3600
                + i32::from(value.tz_minute.unwrap_or(0)) * 60;
            let seconds = if value.tz_minus { -seconds } else { seconds };
            let utc = civil
                .checked_sub(Span::new().seconds(seconds))
                .map_err(|_| "the time is out of range".to_owned())?;
            return Ok(Self::Utc(utc));
        }
        match tzid {
            None => Ok(Self::Floating(civil)),
            Some(tzid) => match zones.place(tzid, civil)? {
                Placed::Zoned(civil, zone) if zone == UTC => Ok(Self::Utc(civil)),
                Placed::Zoned(civil, zone) => Ok(Self::Zoned(civil, zone)),
                Placed::Utc(civil) => Ok(Self::Utc(civil)),
            },
        }
    }

    /// The moment as a recurrence id's source.
    pub fn original(&self) -> OriginalStart {
        match self {
            Self::Day(date) => OriginalStart::Day(*date),
            Self::Floating(civil) => OriginalStart::Civil(*civil),
            Self::Zoned(..) | Self::Utc(_) => match self.instant() {
                Some(instant) => OriginalStart::Instant(instant),
                None => OriginalStart::Civil(self.civil()),
            },
        }
    }

    fn civil(&self) -> DateTime {
        match self {
            Self::Day(date) => date.to_datetime(jiff::civil::Time::midnight()),
            Self::Floating(civil) | Self::Zoned(civil, _) | Self::Utc(civil) => *civil,
        }
    }

    fn instant(&self) -> Option<Timestamp> {
        match self {
            Self::Zoned(civil, zone) => TimeZone::get(zone).ok()?.to_timestamp(*civil).ok(),
            Self::Utc(civil) => TimeZone::UTC.to_timestamp(*civil).ok(),
            Self::Day(_) | Self::Floating(_) => None,
        }
    }

    /// The wall-clock time in `zone` ("" for floating: the time as given).
    fn civil_in(&self, zone: &str) -> DateTime {
        match (self.instant(), TimeZone::get(zone)) {
            (Some(instant), Ok(tz)) if !zone.is_empty() => tz.to_datetime(instant),
            _ => self.civil(),
        }
    }
}

/// The event's timing from its start and end.
pub(super) fn timing(
    start: Moment,
    end: End,
    calendar_zone: Option<&str>,
) -> Result<EventTiming, String> {
    if let Moment::Day(first_day) = start {
        let last_day = match end {
            End::At(end) => end.civil().date().yesterday().unwrap_or(first_day),
            End::Lasting(duration) => {
                let days = i64::from(duration.weeks) * 7 + i64::from(duration.days);
                let beyond = |_| "it lasts beyond the year 9999".to_owned();
                let span = Span::new().try_days((days - 1).max(0)).map_err(beyond)?;
                first_day.checked_add(span).map_err(beyond)?
            }
            End::Unsaid => first_day,
        };
        return Ok(EventTiming::AllDay {
            first_day,
            last_day: last_day.max(first_day),
        });
    }
    let time_zone = match &start {
        Moment::Zoned(_, zone) => zone.clone(),
        Moment::Utc(_) => calendar_zone.unwrap_or(UTC).to_owned(),
        Moment::Floating(_) | Moment::Day(_) => String::new(),
    };
    let start_civil = start.civil_in(&time_zone);
    let end_civil = match end {
        End::At(end) => end.civil_in(&time_zone),
        End::Lasting(duration) => {
            if duration.neg {
                return Err("its DURATION is negative".to_owned());
            }
            add(start_civil, &time_zone, &duration)?
        }
        End::Unsaid => start_civil,
    };
    if end_civil == start_civil {
        let hour = ICalendarDuration {
            hours: 1,
            ..Default::default()
        };
        let end = add(start_civil, &time_zone, &hour)?;
        return Ok(EventTiming::Timed {
            start: start_civil,
            end,
            time_zone,
        });
    }
    if end_civil < start_civil {
        return Err(format!(
            "it ends ({}) before it starts ({})",
            civil_text(end_civil),
            civil_text(start_civil)
        ));
    }
    Ok(EventTiming::Timed {
        start: start_civil,
        end: end_civil,
        time_zone,
    })
}

/// Adds a duration as RFC 5545 says: weeks and days on the calendar (a day
/// across a summer-time change keeps the wall-clock time), hours and less
/// exactly.
fn add(start: DateTime, zone: &str, duration: &ICalendarDuration) -> Result<DateTime, String> {
    let too_long = |_| "its DURATION is out of range".to_owned();
    // A fuzzed file can say any number of weeks: too many is an error, not
    // a panic.
    let span = Span::new()
        .try_weeks(i64::from(duration.weeks))
        .and_then(|span| span.try_days(i64::from(duration.days)))
        .and_then(|span| span.try_hours(i64::from(duration.hours)))
        .and_then(|span| span.try_minutes(i64::from(duration.minutes)))
        .and_then(|span| span.try_seconds(i64::from(duration.seconds)))
        .map_err(too_long)?;
    if zone.is_empty() {
        return start.checked_add(span).map_err(too_long);
    }
    let tz = TimeZone::get(zone).map_err(|_| format!("the time zone \"{zone}\" is unknown"))?;
    let zoned = start.to_zoned_datetime(tz).map_err(too_long)?;
    Ok(zoned.checked_add(span).map_err(too_long)?.datetime())
}

/// A civil time as Curbside writes it: "2026-03-29T09:00:00".
pub(super) fn civil_text(civil: DateTime) -> String {
    civil.strftime("%Y-%m-%dT%H:%M:%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};

    fn zoned(zone: &str) -> Moment {
        Moment::Zoned(datetime(2026, 3, 28, 9, 0, 0, 0), zone.to_owned())
    }

    #[test]
    fn a_day_long_duration_keeps_the_wall_clock_across_summer_time() {
        let span = ICalendarDuration {
            days: 1,
            ..Default::default()
        };
        let timing = timing(zoned("Europe/Berlin"), End::Lasting(span), None).unwrap();
        let EventTiming::Timed { end, .. } = timing else {
            panic!()
        };
        assert_eq!(end, datetime(2026, 3, 29, 9, 0, 0, 0));
    }

    #[test]
    fn an_end_in_another_zone_is_read_in_the_start_zone() {
        let end = Moment::Zoned(
            datetime(2026, 3, 28, 10, 0, 0, 0),
            "Europe/London".to_owned(),
        );
        let timing = timing(zoned("Europe/Berlin"), End::At(end), None).unwrap();
        let EventTiming::Timed { end, .. } = timing else {
            panic!()
        };
        assert_eq!(end, datetime(2026, 3, 28, 11, 0, 0, 0));
    }

    #[test]
    fn utc_times_are_read_in_the_calendar_zone_when_it_names_one() {
        let start = Moment::Utc(datetime(2026, 7, 1, 7, 0, 0, 0));
        let timing = timing(start, End::Unsaid, Some("Europe/Paris")).unwrap();
        assert_eq!(
            timing,
            EventTiming::Timed {
                start: datetime(2026, 7, 1, 9, 0, 0, 0),
                end: datetime(2026, 7, 1, 10, 0, 0, 0),
                time_zone: "Europe/Paris".into()
            }
        );
    }

    #[test]
    fn an_all_day_end_is_exclusive() {
        let timing = timing(
            Moment::Day(date(2026, 8, 28)),
            End::At(Moment::Day(date(2026, 9, 1))),
            None,
        )
        .unwrap();
        assert_eq!(
            timing,
            EventTiming::AllDay {
                first_day: date(2026, 8, 28),
                last_day: date(2026, 8, 31)
            }
        );
    }

    #[test]
    fn a_duration_of_millions_of_weeks_is_an_error_not_a_panic() {
        let span = ICalendarDuration {
            weeks: 99_999_999,
            ..Default::default()
        };
        let error = timing(zoned("Europe/Berlin"), End::Lasting(span.clone()), None).unwrap_err();
        assert!(error.contains("out of range"), "{error}");
        let error = timing(Moment::Day(date(2026, 8, 28)), End::Lasting(span), None).unwrap_err();
        assert!(error.contains("beyond the year 9999"), "{error}");
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let end = Moment::Zoned(
            datetime(2026, 3, 28, 8, 0, 0, 0),
            "Europe/Berlin".to_owned(),
        );
        let error = timing(zoned("Europe/Berlin"), End::At(end), None).unwrap_err();
        assert!(error.contains("before it starts"), "{error}");
    }
}
