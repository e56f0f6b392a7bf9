//! A `VTIMEZONE`'s own rules, for a zone the file names with a TZID no one
//! else knows ("MyTimezone", "custom_America/New_York", Outlook's
//! "GMT +0100 (Standard) / GMT +0200 (Daylight)"). RFC 5545 §3.6.5: the file
//! defines the zone, so its `STANDARD` and `DAYLIGHT` observances — each an
//! onset (`DTSTART`, `RDATE`s, an `RRULE`) where the offset changes from
//! `TZOFFSETFROM` to `TZOFFSETTO` — say where its wall-clock times are.
//!
//! [`Rules::around`] expands them into the transitions up to a year, which
//! place a wall-clock time in UTC ([`Transitions::instant`]) and say the
//! offset at an instant ([`Transitions::offset_at`]).

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendarComponent, ICalendarComponentType, ICalendarProperty, ICalendarValue,
};
use jiff::civil::DateTime;
use jiff::Timestamp;
use rrule::RRuleSet;

/// The observances of one `VTIMEZONE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rules {
    observances: Vec<Observance>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Observance {
    /// The offset before each onset, in seconds east of UTC.
    from: i32,
    /// The offset from each onset on.
    to: i32,
    /// The first onset, a wall-clock time in `from`.
    start: DateTime,
    /// More onsets (`RDATE`), wall-clock times in `from`.
    more: Vec<DateTime>,
    /// Onsets after `start` (`RRULE`), as its value.
    rule: Option<String>,
}

/// The offset changes of a zone, oldest first, up to some year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Transitions {
    /// The offset before the first change.
    initial: i32,
    /// When (Unix seconds) the offset changes from `.1` to `.2`.
    changes: Vec<(i64, i32, i32)>,
}

/// Calcard reads a `STANDARD` or `DAYLIGHT` as a component of its own.
pub(super) fn read(zone: &ICalendarComponent, all: &[ICalendarComponent]) -> Option<Rules> {
    let observances: Vec<Observance> = zone
        .component_ids
        .iter()
        .filter_map(|id| all.get(*id as usize))
        .filter(|part| {
            matches!(
                part.component_type,
                ICalendarComponentType::Standard | ICalendarComponentType::Daylight
            )
        })
        .filter_map(observance)
        .collect();
    (!observances.is_empty()).then_some(Rules { observances })
}

fn observance(part: &ICalendarComponent) -> Option<Observance> {
    let value = |name: &ICalendarProperty| part.property(name).and_then(|e| e.values.first());
    let offset = |name: &ICalendarProperty| match value(name) {
        Some(ICalendarValue::PartialDateTime(offset)) => offset_seconds(offset),
        _ => None,
    };
    let (from, to) = (
        offset(&ICalendarProperty::Tzoffsetfrom)?,
        offset(&ICalendarProperty::Tzoffsetto)?,
    );
    let start = match value(&ICalendarProperty::Dtstart) {
        Some(ICalendarValue::PartialDateTime(start)) => civil(start)?,
        _ => return None,
    };
    let more = part
        .properties(&ICalendarProperty::Rdate)
        .flat_map(|entry| entry.values.iter())
        .filter_map(|value| match value {
            ICalendarValue::PartialDateTime(date) => civil(date),
            _ => None,
        })
        .collect();
    let rule = match value(&ICalendarProperty::Rrule) {
        Some(ICalendarValue::RecurrenceRule(rule)) => Some(rule.to_string()),
        _ => None,
    };
    Some(Observance {
        from,
        to,
        start,
        more,
        rule,
    })
}

fn offset_seconds(offset: &PartialDateTime) -> Option<i32> {
    let seconds = i32::from(offset.tz_hour?) * 3600 + i32::from(offset.tz_minute.unwrap_or(0)) * 60;
    Some(if offset.tz_minus { -seconds } else { seconds })
}

/// A date or date-time as a wall-clock time (a date is its midnight).
fn civil(value: &PartialDateTime) -> Option<DateTime> {
    let date = jiff::civil::Date::new(
        i16::try_from(value.year?).ok()?,
        i8::try_from(value.month?).ok()?,
        i8::try_from(value.day?).ok()?,
    )
    .ok()?;
    let time = jiff::civil::Time::new(
        i8::try_from(value.hour.unwrap_or(0)).ok()?,
        i8::try_from(value.minute.unwrap_or(0)).ok()?,
        i8::try_from(value.second.unwrap_or(0).min(59)).ok()?,
        0,
    )
    .ok()?;
    Some(date.to_datetime(time))
}

/// Seconds since 1970 of a wall-clock time read as if it were UTC.
fn seconds(civil: DateTime) -> i64 {
    jiff::tz::TimeZone::UTC
        .to_timestamp(civil)
        .map_or(0, |instant| instant.as_second())
}

impl Rules {
    /// Every transition up to the end of `year + 1`.
    pub fn around(&self, year: i16) -> Transitions {
        let end = jiff::civil::Date::new(year.saturating_add(2).min(9999), 1, 1)
            .map_or(i64::MAX, |day| seconds(day.into()));
        let mut changes = Vec::new();
        for observance in &self.observances {
            let mut onsets: Vec<i64> = std::iter::once(observance.start)
                .chain(observance.more.iter().copied())
                .map(seconds)
                .collect();
            if let Some(rule) = &observance.rule {
                onsets.extend(expand(observance.start, rule, end));
            }
            let from = i64::from(observance.from);
            changes.extend(
                onsets
                    .into_iter()
                    .filter(|onset| *onset <= end)
                    .map(|onset| (onset - from, observance.from, observance.to)),
            );
        }
        changes.sort_unstable();
        changes.dedup();
        let initial = changes
            .first()
            .map_or(self.observances[0].to, |first| first.1);
        Transitions { initial, changes }
    }
}

/// The onsets an `RRULE` adds, as wall-clock seconds, up to `end`.
fn expand(start: DateTime, rule: &str, end: i64) -> Vec<i64> {
    let text = format!("DTSTART:{}Z\nRRULE:{rule}", start.strftime("%Y%m%dT%H%M%S"));
    let Ok(set) = text.parse::<RRuleSet>() else {
        return Vec::new();
    };
    let mut onsets = Vec::new();
    for onset in &set.limit() {
        let at = onset.timestamp();
        // Yearly rules from 1601 (Outlook) reach today in a few hundred.
        if at > end || onsets.len() > 10_000 {
            break;
        }
        onsets.push(at);
    }
    onsets
}

impl Transitions {
    /// The offset in effect at `instant` (Unix seconds): the one the last
    /// change before it went to.
    pub fn offset_at(&self, instant: i64) -> i32 {
        match self.changes.partition_point(|change| change.0 <= instant) {
            0 => self.initial,
            after => self.changes[after - 1].2,
        }
    }

    /// Where a wall-clock time falls. RFC 5545 §3.3.5: a time that occurs
    /// twice is the first one; a time a change skips is read with the
    /// offset before the change.
    pub fn instant(&self, civil: DateTime) -> Option<Timestamp> {
        let local = seconds(civil);
        let mut offsets: Vec<i32> = std::iter::once(self.initial)
            .chain(self.changes.iter().map(|change| change.2))
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let valid = offsets
            .iter()
            .map(|offset| local - i64::from(*offset))
            .filter(|instant| i64::from(self.offset_at(*instant)) == local - instant)
            .min();
        let instant = valid.or_else(|| {
            self.changes
                .iter()
                .find(|(at, from, to)| {
                    to > from && at + i64::from(*from) <= local && local < at + i64::from(*to)
                })
                .map(|(_, from, _)| local - i64::from(*from))
        })?;
        Timestamp::from_second(instant).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;

    fn rules(text: &str) -> Rules {
        let calcard::Entry::ICalendar(calendar) = calcard::Parser::new(text).entry() else {
            panic!("not a calendar")
        };
        let zone = calendar
            .components
            .iter()
            .find(|c| c.component_type == ICalendarComponentType::VTimezone)
            .unwrap();
        read(zone, &calendar.components).unwrap()
    }

    const MY_TIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:MyTimezone\r\nBEGIN:STANDARD\r\n\
        TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1200\r\nDTSTART:20240101T000000\r\nEND:STANDARD\r\n\
        BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+1200\r\nTZOFFSETTO:+1000\r\nDTSTART:20240505T080000\r\n\
        END:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

    #[test]
    fn a_time_that_occurs_twice_is_the_first_one() {
        let changes = rules(MY_TIMEZONE).around(2024);
        let at = |civil| changes.instant(civil).unwrap().to_string();
        assert_eq!(at(datetime(2024, 5, 5, 7, 0, 1, 0)), "2024-05-04T19:00:01Z");
        assert_eq!(at(datetime(2024, 5, 5, 8, 0, 1, 0)), "2024-05-04T22:00:01Z");
        assert_eq!(at(datetime(2024, 3, 3, 8, 0, 0, 0)), "2024-03-02T20:00:00Z");
    }

    #[test]
    fn yearly_rules_from_1601_reach_today() {
        let outlook = "BEGIN:VTIMEZONE\r\nTZID:GMT +0100\r\nBEGIN:STANDARD\r\n\
            DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n\
            RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
            BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n\
            TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU\r\n\
            END:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        let changes = rules(outlook).around(2026);
        let at = |civil| changes.instant(civil).unwrap().to_string();
        assert_eq!(at(datetime(2026, 7, 1, 9, 0, 0, 0)), "2026-07-01T07:00:00Z");
        assert_eq!(
            at(datetime(2026, 1, 15, 9, 0, 0, 0)),
            "2026-01-15T08:00:00Z"
        );
        // 02:30 on the last Sunday of March does not exist: read in winter time.
        assert_eq!(
            at(datetime(2026, 3, 29, 2, 30, 0, 0)),
            "2026-03-29T01:30:00Z"
        );
    }
}
