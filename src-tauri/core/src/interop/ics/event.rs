//! One `VEVENT` → a [`CalendarEntry`]. calcard decodes the properties
//! (escapes, parameters, dates, rules); this module decides what each means
//! for Curbside: SUMMARY → title, LOCATION → location, DESCRIPTION → notes,
//! URL → link, `X-CURBSIDE-ORGANIZER` or ORGANIZER's CN → organiser.
//!
//! The kind comes from `X-CURBSIDE-KIND`, else from a CATEGORIES word
//! ("Conference", "Congress", "CME", "Course", "Seminar", "Workshop",
//! "Webinar", "Rounds", "Meeting"), else a conference when it spans more
//! than one day and a personal entry otherwise. The status comes from
//! `X-CURBSIDE-STATUS`, else "skipped" for `STATUS:CANCELLED`, else
//! "considering": a calendar cannot say the user registered. Alarms are
//! ignored: reminders are Curbside's own.

use calcard::icalendar::{
    ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarParameterName,
    ICalendarProperty, ICalendarStatus, ICalendarValue,
};
use calcard::Entry;

use super::lines::RawComponent;
use super::moments::{self, End, Moment};
use super::rules;
use super::zones::{Defined, Zones};
use super::{CalendarEntry, Stated};
use crate::events::{EventDraft, EventKind, EventStatus, EventTiming};
use crate::interop::ParseError;

/// The most excluded dates (`EXDATE` values) one event may have: a series
/// keeps at most a few thousand occurrences.
const MAX_EXCLUDED: usize = 10_000;

/// Reads one event.
pub(super) fn read(raw: &RawComponent, zones: &mut Zones) -> Result<CalendarEntry, ParseError> {
    let component = parse(raw, ICalendarComponentType::VEvent)?;
    Reader {
        raw,
        zones,
        component: &component,
    }
    .entry()
}

/// Remembers the zone a `VTIMEZONE` defines: the zone calcard recognises in
/// it, and its own rules.
pub(super) fn define_zone(raw: &RawComponent, zones: &mut Zones) {
    let Entry::ICalendar(calendar) = calcard::Parser::new(&raw.text()).entry() else {
        return;
    };
    let Some(zone) = calendar
        .components
        .iter()
        .find(|component| component.component_type == ICalendarComponentType::VTimezone)
    else {
        return;
    };
    let tzid = zone
        .property(&ICalendarProperty::Tzid)
        .and_then(|entry| entry.values.first())
        .and_then(ICalendarValue::as_text);
    if let Some(tzid) = tzid {
        let defined = Defined {
            named: zone.timezone().map(|(_, tz)| tz),
            rules: rules::read(zone, &calendar.components),
        };
        zones.define(tzid, defined);
    }
}

fn parse(
    raw: &RawComponent,
    kind: ICalendarComponentType,
) -> Result<ICalendarComponent, ParseError> {
    let text = raw.text();
    match calcard::Parser::new(&text).entry() {
        Entry::ICalendar(calendar) => calendar
            .components
            .into_iter()
            .next()
            .filter(|component| component.component_type == kind)
            .ok_or_else(|| bad(raw.line, "the component could not be read".to_owned())),
        _ => Err(bad(raw.line, "the component could not be read".to_owned())),
    }
}

fn bad(line: usize, message: String) -> ParseError {
    ParseError { line, message }
}

struct Reader<'a> {
    raw: &'a RawComponent,
    zones: &'a mut Zones,
    component: &'a ICalendarComponent,
}

impl Reader<'_> {
    fn entry(mut self) -> Result<CalendarEntry, ParseError> {
        let start = self
            .moment(&ICalendarProperty::Dtstart)?
            .ok_or_else(|| self.error(None, "the event has no DTSTART (no start)".to_owned()))?;
        let end = match self.moment(&ICalendarProperty::Dtend)? {
            Some(end) => End::At(end),
            None => match self.value(&ICalendarProperty::Duration) {
                Some(ICalendarValue::Duration(duration)) => End::Lasting(duration.clone()),
                Some(other) => {
                    let message = format!("DURATION \"{}\" is not a duration", show(other));
                    return Err(self.error(Some("DURATION"), message));
                }
                None => End::Unsaid,
            },
        };
        let calendar_zone = self.zones.calendar_zone.clone();
        let timing = moments::timing(start, end, calendar_zone.as_deref()).map_err(|why| {
            let property = if self.raw.line_of("DTEND").is_some() {
                "DTEND"
            } else {
                "DTSTART"
            };
            self.error(
                Some(property),
                format!("the event's times are wrong: {why}"),
            )
        })?;
        let replaces = self
            .moment(&ICalendarProperty::RecurrenceId)?
            .map(|moment| moment.original());
        let (recurrence, excluded) = match replaces {
            // A changed occurrence is one occurrence: no rule of its own.
            Some(_) => (String::new(), Vec::new()),
            None => (self.rule()?, self.excluded(&timing)?),
        };
        let (kind, kind_stated) = self.kind(&timing);
        let (status, status_stated) = self.status();
        let expected_credits = self.expected_credits()?;
        let cost = self.own("X-CURBSIDE-COST").map(|cost| one_line(&cost));
        let online = self.own("X-CURBSIDE-ONLINE");
        let title = one_line(&self.text(&ICalendarProperty::Summary));
        let uid = match self.text(&ICalendarProperty::Uid) {
            uid if !uid.is_empty() => uid,
            _ => self.made_up_uid(),
        };
        let draft = EventDraft {
            kind,
            title: if title.is_empty() {
                "(no title)".to_owned()
            } else {
                title
            },
            organizer: self.organizer(),
            timing,
            location: one_line(&self.text(&ICalendarProperty::Location)),
            online: online
                .as_deref()
                .map_or(kind == EventKind::Webinar, |value| {
                    value.trim().eq_ignore_ascii_case("TRUE")
                }),
            url: self
                .text(&ICalendarProperty::Url)
                .split_whitespace()
                .collect(),
            notes: self.text(&ICalendarProperty::Description),
            expected_credits,
            cost: cost.clone().unwrap_or_default(),
            status,
            recurrence,
            excluded,
            uid,
        };
        Ok(CalendarEntry {
            line: self.raw.line,
            draft,
            stated: Stated {
                kind: kind_stated,
                status: status_stated,
                expected_credits: expected_credits.is_some(),
                cost: cost.is_some(),
                online: online.is_some(),
            },
            replaces,
        })
    }

    fn expected_credits(&self) -> Result<Option<f64>, ParseError> {
        let Some(text) = self.own("X-CURBSIDE-CREDITS") else {
            return Ok(None);
        };
        match text.trim().parse::<f64>() {
            Ok(credits) if credits.is_finite() && credits >= 0.0 => Ok(Some(credits)),
            _ => Err(self.error(
                Some("X-CURBSIDE-CREDITS"),
                format!("\"{text}\" is not a number of credits"),
            )),
        }
    }

    /// An error on the line of `property` (when the event has it), or on
    /// the event's first line.
    fn error(&self, property: Option<&str>, message: String) -> ParseError {
        match property.and_then(|name| self.raw.line_of(name)) {
            Some(line) if line != self.raw.line => ParseError {
                line,
                message: format!(
                    "{message} (in the event that begins at line {})",
                    self.raw.line
                ),
            },
            _ => bad(self.raw.line, message),
        }
    }

    fn value(&self, property: &ICalendarProperty) -> Option<&ICalendarValue> {
        self.component.property(property)?.values.first()
    }

    /// A text property, trimmed; empty when absent.
    fn text(&self, property: &ICalendarProperty) -> String {
        self.value(property)
            .and_then(ICalendarValue::as_text)
            .map(|text| text.trim().to_owned())
            .unwrap_or_default()
    }

    /// An `X-CURBSIDE-…` property's text, its `;`-separated parts joined back.
    fn own(&self, name: &str) -> Option<String> {
        let entry = self.component.entries.iter().find(|entry| {
            matches!(&entry.name, ICalendarProperty::Other(other) if other.eq_ignore_ascii_case(name))
        })?;
        let parts: Vec<&str> = entry
            .values
            .iter()
            .filter_map(ICalendarValue::as_text)
            .collect();
        Some(parts.join(";"))
    }

    fn moment(&mut self, property: &ICalendarProperty) -> Result<Option<Moment>, ParseError> {
        let Some(entry) = self.component.property(property) else {
            return Ok(None);
        };
        self.read_moment(entry, entry.values.first()).map(Some)
    }

    fn read_moment(
        &mut self,
        entry: &ICalendarEntry,
        value: Option<&ICalendarValue>,
    ) -> Result<Moment, ParseError> {
        let name = entry.name.as_str().to_owned();
        let value = match value {
            Some(ICalendarValue::PartialDateTime(value)) => value,
            other => {
                let shown = other.map(show).unwrap_or_default();
                let message = format!("{name} \"{shown}\" is not a date or a date-time");
                return Err(self.error(Some(&name), message));
            }
        };
        let tzid = entry.tz_id().map(str::to_owned);
        Moment::read(value, tzid.as_deref(), self.zones)
            .map_err(|why| self.error(Some(&name), format!("{name} is wrong: {why}")))
    }

    fn rule(&self) -> Result<String, ParseError> {
        match self.value(&ICalendarProperty::Rrule) {
            None => Ok(String::new()),
            Some(ICalendarValue::RecurrenceRule(rule)) if rule.rscale.is_some() => {
                let message = format!(
                    "RRULE \"{rule}\" repeats by another calendar than the Gregorian (RSCALE, \
                     RFC 7529), which Curbside cannot repeat"
                );
                Err(self.error(Some("RRULE"), message))
            }
            Some(ICalendarValue::RecurrenceRule(rule)) => Ok(rule.to_string()),
            Some(other) => {
                let message = format!("RRULE \"{}\" is not a recurrence rule", show(other));
                Err(self.error(Some("RRULE"), message))
            }
        }
    }

    fn excluded(&mut self, timing: &EventTiming) -> Result<Vec<String>, ParseError> {
        let mut excluded = Vec::new();
        let entries: Vec<&ICalendarEntry> = self
            .component
            .properties(&ICalendarProperty::Exdate)
            .collect();
        // Counted before any is read: each is a date-time to resolve.
        let count: usize = entries.iter().map(|entry| entry.values.len()).sum();
        if count > MAX_EXCLUDED {
            let message = format!(
                "the event excludes {count} dates (EXDATE); at most {MAX_EXCLUDED} are read"
            );
            return Err(self.error(Some("EXDATE"), message));
        }
        for entry in entries {
            for value in &entry.values {
                let moment = self.read_moment(entry, Some(value))?;
                excluded.push(moment.original().recurrence_id(timing));
            }
        }
        excluded.sort();
        excluded.dedup();
        Ok(excluded)
    }

    fn kind(&self, timing: &EventTiming) -> (EventKind, bool) {
        if let Some(kind) = self
            .own("X-CURBSIDE-KIND")
            .and_then(|text| kind_named(text.trim()))
        {
            return (kind, true);
        }
        let hinted = self
            .component
            .properties(&ICalendarProperty::Categories)
            .flat_map(|entry| entry.values.iter())
            .filter_map(ICalendarValue::as_text)
            .find_map(kind_hinted);
        if let Some(kind) = hinted {
            return (kind, true);
        }
        let long = match timing {
            EventTiming::AllDay {
                first_day,
                last_day,
            } => last_day > first_day,
            EventTiming::Timed { start, end, .. } => {
                start.duration_until(*end).as_secs() >= 24 * 3600
            }
        };
        (
            if long {
                EventKind::Conference
            } else {
                EventKind::Personal
            },
            false,
        )
    }

    fn status(&self) -> (EventStatus, bool) {
        if let Some(status) = self
            .own("X-CURBSIDE-STATUS")
            .and_then(|text| status_named(text.trim()))
        {
            return (status, true);
        }
        match self.component.status() {
            Some(ICalendarStatus::Cancelled) => (EventStatus::Skipped, true),
            _ => (EventStatus::Considering, false),
        }
    }

    fn organizer(&self) -> String {
        if let Some(name) = self.own("X-CURBSIDE-ORGANIZER") {
            return one_line(&name);
        }
        self.component
            .property(&ICalendarProperty::Organizer)
            .and_then(|entry| entry.parameter(&ICalendarParameterName::Cn))
            .and_then(|cn| cn.as_text())
            .map(one_line)
            .unwrap_or_default()
    }

    /// A UID for an event that has none, the same every time the same file
    /// is read, so a re-import still finds it.
    fn made_up_uid(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (_, line) in &self.raw.lines {
            let name = super::lines::property_name(line);
            if ["DTSTART", "SUMMARY", "LOCATION"]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(name))
            {
                for byte in line.bytes() {
                    hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        format!("curbside-import-{hash:016x}")
    }
}

/// A text Curbside keeps on one line (a title, a venue): line breaks
/// become ", " ("Messe München\nHall B3" → "Messe München, Hall B3").
fn one_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(", ")
}

fn show(value: &ICalendarValue) -> String {
    value
        .clone()
        .into_text()
        .map(|text| text.into_owned())
        .unwrap_or_default()
}

/// The kind an `X-CURBSIDE-KIND` value names.
pub(super) fn kind_named(name: &str) -> Option<EventKind> {
    serde_json::from_value(serde_json::Value::String(name.to_ascii_lowercase())).ok()
}

/// The status an `X-CURBSIDE-STATUS` value names.
pub(super) fn status_named(name: &str) -> Option<EventStatus> {
    serde_json::from_value(serde_json::Value::String(name.to_ascii_lowercase())).ok()
}

/// The kind a category word suggests.
fn kind_hinted(category: &str) -> Option<EventKind> {
    let category = category.trim().to_lowercase();
    let words: &[(&[&str], EventKind)] = &[
        (
            &["conference", "congress", "symposium", "summit"],
            EventKind::Conference,
        ),
        (&["cme", "course", "training"], EventKind::Cme),
        (&["seminar"], EventKind::Seminar),
        (&["workshop", "hands-on"], EventKind::Workshop),
        (&["webinar", "online"], EventKind::Webinar),
        (&["grand rounds", "rounds"], EventKind::Rounds),
        (&["meeting"], EventKind::Meeting),
        (&["personal"], EventKind::Personal),
    ];
    words
        .iter()
        .find(|(names, _)| names.contains(&category.as_str()))
        .map(|(_, kind)| *kind)
}
