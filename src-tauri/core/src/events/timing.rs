//! When an event happens, checked and converted between its civil form (what
//! the user typed, what is stored) and instants.
//!
//! A timed event is a civil start and end in an IANA zone, or floating (no
//! zone: the same wall-clock time wherever the user is). An all-day event is
//! whole days. Internally every kind is a civil start and an exclusive civil
//! end (an all-day event ends at midnight after its last day), plus a
//! [`Clock`] saying how to read them.
//!
//! A wall-clock time that does not exist in the zone (it falls in the hour
//! skipped when clocks go forward) is read the way jiff's "compatible"
//! disambiguation does, like RFC 5545 and most calendars: 02:30 on the
//! spring-forward night becomes 03:30. A time that happens twice (clocks go
//! back) is the earlier one.
//!
//! Years are kept between 1000 and 9000, which keeps every conversion and
//! the 25-year recurrence horizon well inside jiff's range.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::EventTiming;
use crate::values::Invalid;

const FIRST_YEAR: i16 = 1000;
const LAST_YEAR: i16 = 9000;

/// How an event's civil times are read.
#[derive(Debug, Clone)]
pub(super) enum Clock {
    /// In the venue's zone.
    Zoned {
        /// The zone's IANA name, as stored.
        name: String,
        /// The zone.
        tz: TimeZone,
    },
    /// On the wall clock of whoever is looking.
    Floating,
    /// Whole days, on the wall clock of whoever is looking.
    AllDay,
}

impl Clock {
    /// The clock of a stored event: `zone` is its `time_zone` column. A zone
    /// the time-zone database no longer knows is read as UTC.
    pub fn from_row(all_day: bool, zone: &str) -> Self {
        match (all_day, zone) {
            (true, _) => Self::AllDay,
            (false, "") => Self::Floating,
            (false, name) => Self::Zoned {
                name: name.to_owned(),
                tz: TimeZone::get(name).unwrap_or(TimeZone::UTC),
            },
        }
    }

    /// The zone's name; empty when floating or all-day.
    pub fn zone_name(&self) -> &str {
        match self {
            Self::Zoned { name, .. } => name,
            _ => "",
        }
    }

    /// The instant of a civil time: in the event's zone, or (floating and
    /// all-day) on the viewer's wall clock.
    pub fn instant(&self, civil: DateTime, viewer: &TimeZone) -> Timestamp {
        match self {
            Self::Zoned { tz, .. } => instant_in(civil, tz),
            _ => instant_in(civil, viewer),
        }
    }
}

/// When an event (or one occurrence of it) happens.
#[derive(Debug, Clone)]
pub(super) struct Timing {
    /// The civil start; an all-day event's first day at midnight.
    pub start: DateTime,
    /// The civil end, exclusive; midnight after an all-day event's last day.
    pub end: DateTime,
    /// How to read them.
    pub clock: Clock,
}

impl Timing {
    /// Checks the timing the user gave.
    pub fn from_draft(timing: &EventTiming) -> Result<Self, Invalid> {
        match timing {
            EventTiming::Timed {
                start,
                end,
                time_zone,
            } => {
                let start = whole_seconds(*start, "start")?;
                let end = whole_seconds(*end, "end")?;
                if end <= start {
                    return Err(Invalid::new("end", "The end must be after the start"));
                }
                Ok(Self {
                    start,
                    end,
                    clock: zone(time_zone)?,
                })
            }
            EventTiming::AllDay {
                first_day,
                last_day,
            } => {
                in_range(*first_day, "first_day")?;
                in_range(*last_day, "last_day")?;
                if last_day < first_day {
                    return Err(Invalid::new(
                        "last_day",
                        "The last day cannot be before the first day",
                    ));
                }
                Ok(Self {
                    start: first_day.to_datetime(jiff::civil::Time::midnight()),
                    end: day_after(*last_day)?,
                    clock: Clock::AllDay,
                })
            }
        }
    }

    /// The timing as stored in an `events` row.
    pub fn from_row(all_day: bool, starts: &str, ends: &str, zone: &str) -> Result<Self, String> {
        let bad = |text: &str| format!("stored time \"{text}\" cannot be read");
        if all_day {
            let first: Date = starts.parse().map_err(|_| bad(starts))?;
            let last: Date = ends.parse().map_err(|_| bad(ends))?;
            let end = day_after(last).map_err(|_| bad(ends))?;
            return Ok(Self {
                start: first.to_datetime(jiff::civil::Time::midnight()),
                end,
                clock: Clock::AllDay,
            });
        }
        Ok(Self {
            start: starts.parse().map_err(|_| bad(starts))?,
            end: ends.parse().map_err(|_| bad(ends))?,
            clock: Clock::from_row(false, zone),
        })
    }

    /// The timing as the API shows it.
    pub fn to_model(&self) -> EventTiming {
        match &self.clock {
            Clock::AllDay => EventTiming::AllDay {
                first_day: self.start.date(),
                last_day: self.last_day(),
            },
            clock => EventTiming::Timed {
                start: self.start,
                end: self.end,
                time_zone: clock.zone_name().to_owned(),
            },
        }
    }

    /// Whole days.
    pub fn all_day(&self) -> bool {
        matches!(self.clock, Clock::AllDay)
    }

    /// The zone's name; empty when floating or all-day.
    pub fn zone_name(&self) -> &str {
        self.clock.zone_name()
    }

    /// The stored start: a civil time, or the first day.
    pub fn starts_local(&self) -> String {
        self.label(self.start)
    }

    /// The stored end: a civil time, or the last day (inclusive).
    pub fn ends_local(&self) -> String {
        match self.clock {
            Clock::AllDay => self.last_day().to_string(),
            _ => self.end.to_string(),
        }
    }

    /// How long each occurrence lasts on the wall clock.
    pub fn length(&self) -> SignedDuration {
        self.start.duration_until(self.end)
    }

    /// A civil start written the way the event's starts are stored, which is
    /// also how an occurrence is named (its recurrence id).
    pub fn label(&self, civil: DateTime) -> String {
        match self.clock {
            Clock::AllDay => civil.date().to_string(),
            _ => civil.to_string(),
        }
    }

    /// Reads an occurrence's name ("2026-03-29T09:00:00", or "2026-03-29"
    /// for an all-day event) back into its civil start, in canonical form.
    pub fn parse_label(&self, text: &str, field: &'static str) -> Result<String, Invalid> {
        let text = text.trim();
        let civil = if self.all_day() {
            text.parse::<Date>()
                .ok()
                .map(|day| day.to_datetime(jiff::civil::Time::midnight()))
        } else {
            text.parse::<DateTime>().ok()
        };
        let example = if self.all_day() {
            "2026-03-29"
        } else {
            "2026-03-29T09:00:00"
        };
        match civil {
            Some(civil) => Ok(self.label(whole_seconds(civil, field)?)),
            None => Err(Invalid::new(
                field,
                format!("\"{text}\" does not name an occurrence: write its original start like {example}"),
            )),
        }
    }

    /// The index key of a civil time: UTC seconds for a zoned event, the
    /// civil time read as if it were UTC otherwise.
    pub fn key(&self, civil: DateTime) -> i64 {
        match &self.clock {
            Clock::Zoned { tz, .. } => instant_in(civil, tz).as_second(),
            _ => civil_as_utc(civil).as_second(),
        }
    }

    fn last_day(&self) -> Date {
        self.end.date().yesterday().unwrap_or(self.end.date())
    }
}

/// The civil time a UTC-read key stands for.
pub(super) fn civil_from_key(key: i64) -> DateTime {
    Timestamp::from_second(key)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(TimeZone::UTC)
        .datetime()
}

/// `civil` in `tz`; a time in a gap moves forward, a repeated time is the
/// earlier one.
pub(super) fn instant_in(civil: DateTime, tz: &TimeZone) -> Timestamp {
    tz.to_timestamp(civil)
        .unwrap_or_else(|_| civil_as_utc(civil))
}

/// `civil` read as if it were UTC.
pub(super) fn civil_as_utc(civil: DateTime) -> Timestamp {
    TimeZone::UTC
        .to_timestamp(civil)
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A known IANA zone by its canonical name, or floating for an empty one.
fn zone(name: &str) -> Result<Clock, Invalid> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(Clock::Floating);
    }
    let tz = TimeZone::get(name).map_err(|_| {
        Invalid::new(
            "time_zone",
            format!("\"{name}\" is not a time zone Curbside knows: use a name like Europe/Berlin"),
        )
    })?;
    Ok(Clock::Zoned {
        name: tz.iana_name().unwrap_or(name).to_owned(),
        tz,
    })
}

/// `civil` without fractions of a second, checked to be in range.
pub(super) fn whole_seconds(civil: DateTime, field: &'static str) -> Result<DateTime, Invalid> {
    in_range(civil.date(), field)?;
    DateTime::new(
        civil.year(),
        civil.month(),
        civil.day(),
        civil.hour(),
        civil.minute(),
        civil.second(),
        0,
    )
    .map_err(|_| out_of_range(field))
}

fn in_range(day: Date, field: &'static str) -> Result<(), Invalid> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&day.year()) {
        Ok(())
    } else {
        Err(out_of_range(field))
    }
}

fn day_after(day: Date) -> Result<DateTime, Invalid> {
    day.tomorrow()
        .map(|next| next.to_datetime(jiff::civil::Time::midnight()))
        .map_err(|_| out_of_range("last_day"))
}

/// The error for a date Curbside does not keep.
pub(super) fn out_of_range(field: &'static str) -> Invalid {
    Invalid::new(
        field,
        format!("Dates must be between the years {FIRST_YEAR} and {LAST_YEAR}"),
    )
}
