//! Writing events as a calendar that Thunderbird, Google Calendar and Apple
//! Calendar accept: `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, one
//! `VTIMEZONE` per zone used (so a recurring event keeps its wall-clock
//! time), zoned times with their `TZID`, UTC times with `Z`, floating times
//! bare, all-day events as dates with an exclusive `DTEND`.
//!
//! A zone calcard cannot describe (one newer than its zone data) is still
//! named by its IANA `TZID`, which all three clients resolve themselves.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use jiff::civil::{Date, DateTime};
use jiff::Timestamp;

use super::text::{escape, write_folded};
use super::zones::{vtimezone, UTC};
use crate::events::{Event, EventKind, EventTiming};
use crate::values::EventId;

/// The product id written into every export.
const PRODID: &str = "-//Curbside//Curbside Calendar//EN";

/// Writes `events` — series, single events and changed occurrences, each
/// changed occurrence after or alongside its series — as one calendar.
/// `stamp` is the `DTSTAMP` (when the export was made).
pub fn write_calendar(out: &mut dyn Write, events: &[Event], stamp: Timestamp) -> io::Result<()> {
    write_folded(out, "BEGIN:VCALENDAR")?;
    write_folded(out, "VERSION:2.0")?;
    write_folded(out, &format!("PRODID:{PRODID}"))?;
    write_folded(out, "CALSCALE:GREGORIAN")?;
    write_folded(out, "METHOD:PUBLISH")?;
    for (zone, (from, to)) in zone_years(events) {
        if let Some(text) = vtimezone(&zone, from, to) {
            out.write_all(text.as_bytes())?;
        }
    }
    let timings: HashMap<EventId, &EventTiming> = events
        .iter()
        .filter(|event| event.series_id.is_none())
        .map(|event| (event.id, &event.timing))
        .collect();
    let stamp = format!("DTSTAMP:{}", stamp.strftime("%Y%m%dT%H%M%SZ"));
    for event in events {
        let series = event.series_id.and_then(|id| timings.get(&id).copied());
        write_event(out, event, series, &stamp)?;
    }
    write_folded(out, "END:VCALENDAR")?;
    out.flush()
}

fn write_event(
    out: &mut dyn Write,
    event: &Event,
    series: Option<&EventTiming>,
    stamp: &str,
) -> io::Result<()> {
    let mut line = |text: String| write_folded(out, &text);
    line("BEGIN:VEVENT".to_owned())?;
    line(format!("UID:{}", escape(&event.uid)))?;
    line(stamp.to_owned())?;
    if let Some(recurrence_id) = &event.recurrence_id {
        let timing = series.unwrap_or(&event.timing);
        if let Some(value) = original_start(recurrence_id, timing) {
            line(format!("RECURRENCE-ID{value}"))?;
        }
    }
    match &event.timing {
        EventTiming::AllDay {
            first_day,
            last_day,
        } => {
            line(format!("DTSTART;VALUE=DATE:{}", date(*first_day)))?;
            let after = last_day.tomorrow().unwrap_or(*last_day);
            line(format!("DTEND;VALUE=DATE:{}", date(after)))?;
        }
        EventTiming::Timed {
            start,
            end,
            time_zone,
        } => {
            line(format!("DTSTART{}", zoned(*start, time_zone)))?;
            line(format!("DTEND{}", zoned(*end, time_zone)))?;
        }
    }
    if !event.recurrence.trim().is_empty() {
        line(format!("RRULE:{}", event.recurrence.trim()))?;
        for excluded in &event.excluded {
            if let Some(value) = original_start(excluded, &event.timing) {
                line(format!("EXDATE{value}"))?;
            }
        }
    }
    line(format!("SUMMARY:{}", escape(&event.title)))?;
    for (name, value) in [("LOCATION", &event.location), ("DESCRIPTION", &event.notes)] {
        if !value.trim().is_empty() {
            line(format!("{name}:{}", escape(value)))?;
        }
    }
    let url: String = event.url.chars().filter(|c| !c.is_control()).collect();
    if !url.trim().is_empty() {
        line(format!("URL:{}", url.trim()))?;
    }
    line(format!("CATEGORIES:{}", category(event.kind)))?;
    line(format!("X-CURBSIDE-KIND:{}", name_of(&event.kind)))?;
    line(format!("X-CURBSIDE-STATUS:{}", name_of(&event.status)))?;
    if !event.organizer.trim().is_empty() {
        line(format!("X-CURBSIDE-ORGANIZER:{}", escape(&event.organizer)))?;
    }
    if let Some(credits) = event.expected_credits {
        line(format!("X-CURBSIDE-CREDITS:{credits}"))?;
    }
    if !event.cost.trim().is_empty() {
        line(format!("X-CURBSIDE-COST:{}", escape(&event.cost)))?;
    }
    if event.online {
        line("X-CURBSIDE-ONLINE:TRUE".to_owned())?;
    }
    line("END:VEVENT".to_owned())
}

/// `;TZID=Europe/Berlin:20260329T090000`, `:20260329T070000Z` (UTC) or
/// `:20260329T090000` (floating).
fn zoned(civil: DateTime, zone: &str) -> String {
    let text = civil.strftime("%Y%m%dT%H%M%S");
    match zone {
        "" => format!(":{text}"),
        UTC => format!(":{text}Z"),
        zone => format!(";TZID={zone}:{text}"),
    }
}

fn date(day: Date) -> String {
    day.strftime("%Y%m%d").to_string()
}

/// An occurrence's original start (`RECURRENCE-ID`, `EXDATE`), written the
/// way the series' start is; `None` for an id that is not a date or time.
fn original_start(id: &str, series: &EventTiming) -> Option<String> {
    match series {
        EventTiming::AllDay { .. } => {
            let day = id.parse::<Date>().ok()?;
            Some(format!(";VALUE=DATE:{}", date(day)))
        }
        EventTiming::Timed { time_zone, .. } => {
            let civil = id.parse::<DateTime>().ok()?;
            Some(zoned(civil, time_zone))
        }
    }
}

/// A category other calendars show.
fn category(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Conference => "Conference",
        EventKind::Cme => "CME",
        EventKind::Seminar => "Seminar",
        EventKind::Workshop => "Workshop",
        EventKind::Webinar => "Webinar",
        EventKind::Rounds => "Grand rounds",
        EventKind::Meeting => "Meeting",
        EventKind::Personal => "Personal",
    }
}

/// A kind's or status's snake_case name ("conference", "registered").
fn name_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// The zones the events use, each with the first and last year it is
/// needed for (a recurring series: until its rule ends, or some years on).
fn zone_years(events: &[Event]) -> BTreeMap<String, (i16, i16)> {
    let mut zones: BTreeMap<String, (i16, i16)> = BTreeMap::new();
    for event in events {
        let EventTiming::Timed {
            start,
            end,
            time_zone,
        } = &event.timing
        else {
            continue;
        };
        if time_zone.is_empty() || time_zone == UTC {
            continue;
        }
        let mut last = end.year();
        if !event.recurrence.trim().is_empty() {
            last = last.max(rule_end_year(&event.recurrence).unwrap_or(end.year() + 5));
        }
        let years = zones
            .entry(time_zone.clone())
            .or_insert((start.year(), last));
        years.0 = years.0.min(start.year());
        years.1 = years.1.max(last);
    }
    zones
}

/// The year of a rule's `UNTIL`, if it has one.
fn rule_end_year(rule: &str) -> Option<i16> {
    let until = rule
        .split(';')
        .find_map(|part| part.trim().strip_prefix("UNTIL="))?;
    until.get(..4)?.parse().ok()
}
