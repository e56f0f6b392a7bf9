//! An event as the calendar's iCalendar object: the series with its
//! changed occurrences as the export writes them, and a calendar
//! program's edit merged back into the event the way the calendar import
//! stores a `VEVENT`.

use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::super::merge::{merge, FieldConflict};
use super::super::records::RecordError;
use super::super::seal::PRODID;
use super::fields::{self, Plain};
use super::{lines, CardError};
use crate::events::{self, Event, EventDraft, EventError, EventId};
use crate::interop::ics::{self, CalendarEntry};

/// The plain iCalendar object for the series with this uid.
pub(super) fn plain(conn: &Connection, uid: &str) -> Result<String, CardError> {
    let id = events::find_by_uid(conn, uid)
        .map_err(event_error)?
        .ok_or_else(|| {
            CardError::Record(RecordError::Malformed {
                kind: "event",
                reason: format!("this computer has no event with the uid {uid}"),
            })
        })?;
    calendar_of(conn, id)
}

/// The uid of a calendar object another program made; an error when it
/// holds no event Curbside can read (a to-do, a broken event).
pub(super) fn check(plain: &str) -> Result<Option<String>, String> {
    let mut uid = None;
    for entry in ics::read_events(plain.as_bytes()) {
        let entry = entry.map_err(|error| format!("line {}: {}", error.line, error.message))?;
        if uid.is_none() || entry.replaces.is_none() {
            uid = Some(entry.draft.uid.trim().to_owned());
        }
    }
    match uid {
        Some(uid) => Ok(Some(uid).filter(|uid| !uid.is_empty())),
        None => Err(
            "it holds no event (a to-do or a journal entry, which Curbside does not keep)"
                .to_owned(),
        ),
    }
}

/// Merges `there` (a calendar program's object) into the series with this
/// uid, or makes it; returns the fields both sides changed differently.
pub(super) fn apply(
    tx: &Transaction,
    uid: &str,
    base: &Plain,
    there: &Plain,
    now: Timestamp,
) -> Result<Vec<FieldConflict>, CardError> {
    let id = events::find_by_uid(tx, uid).map_err(event_error)?;
    let here = match id {
        Some(id) => Plain::read(&calendar_of(tx, id)?).map_err(|r| unreadable(uid, r))?,
        None => Plain::default(),
    };
    let merged = merge(&base.sorted(), &here.sorted(), &there.sorted());
    let zones = there.zones.iter().chain(&here.zones);
    let text = rebuild(&fields::arrange(&merged.fields, &here, there), uid, zones);
    let mut series = None;
    let mut changes = Vec::new();
    for entry in ics::read_events(text.as_bytes()) {
        let entry = entry.map_err(|error| unreadable(uid, error.message))?;
        match entry.replaces {
            None if series.is_none() => series = Some(entry),
            None => {
                return Err(unreadable(
                    uid,
                    "it holds two events with one UID".to_owned(),
                ))
            }
            Some(_) => changes.push(entry),
        }
    }
    let series = series.ok_or_else(|| unreadable(uid, "it holds no event".to_owned()))?;
    let series_id = match id {
        Some(id) => {
            let stored = events::get(tx, id).map_err(event_error)?;
            let draft = keep_unstated(&stored, series);
            events::update_in(tx, id, &draft, now).map_err(event_error)?;
            id
        }
        None => {
            let mut draft = series.draft;
            draft.uid = uid.to_owned();
            events::record_in(tx, &draft, now).map_err(event_error)?
        }
    };
    let series = events::get(tx, series_id).map_err(event_error)?;
    let mut kept = Vec::with_capacity(changes.len());
    for change in changes {
        let Some(replaces) = change.replaces else {
            continue;
        };
        let recurrence_id = replaces.recurrence_id(&series.timing);
        let changed: Option<EventId> = tx
            .prepare_cached("SELECT id FROM events WHERE series_id = ?1 AND recurrence_id = ?2")?
            .query_row(params![series_id, recurrence_id], |row| row.get(0))
            .optional()?;
        let draft = match changed {
            Some(changed) => keep_unstated(&events::get(tx, changed).map_err(event_error)?, change),
            None => keep_unstated(&series, change),
        };
        let stored = events::change_occurrence_in(tx, series_id, &recurrence_id, &draft, now)
            .map_err(event_error)?;
        kept.push(stored.id);
    }
    // A changed occurrence the merged calendar no longer holds was taken
    // out on the other side (one this computer changed since would still
    // be there): that occurrence is the series' again.
    let mut gone = false;
    for changed in events::changed_occurrences(tx, series_id).map_err(event_error)? {
        if !kept.contains(&changed.id) {
            tx.prepare_cached("DELETE FROM events WHERE id = ?1")?
                .execute([changed.id])?;
            gone = true;
        }
    }
    if gone {
        events::rebuild_occurrences(tx, series_id).map_err(event_error)?;
    }
    Ok(merged.conflicts)
}

/// The series and its changed occurrences as the export writes them, its
/// last change as the `DTSTAMP` (so the same event writes the same text).
fn calendar_of(conn: &Connection, id: EventId) -> Result<String, CardError> {
    let mut list = vec![events::get(conn, id).map_err(event_error)?];
    list.extend(events::changed_occurrences(conn, id).map_err(event_error)?);
    let updated: Option<String> = conn
        .prepare_cached("SELECT updated_at FROM events WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?;
    let stamp = updated
        .and_then(|text| text.parse::<Timestamp>().ok())
        .unwrap_or_else(Timestamp::now);
    let mut out = Vec::new();
    ics::write_calendar(&mut out, &list, stamp).map_err(|error| {
        CardError::Record(RecordError::Malformed {
            kind: "event",
            reason: error.to_string(),
        })
    })?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// A calendar from merged fields: the series' `VEVENT`, then one per
/// changed occurrence, each with the uid; the time zones both sides gave.
fn rebuild<'a>(
    fields: &[(String, Vec<String>)],
    uid: &str,
    zones: impl Iterator<Item = &'a Vec<String>>,
) -> String {
    let mut out = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
    ];
    let mut seen_zones = Vec::new();
    for zone in zones {
        let tzid = zone
            .iter()
            .find_map(|line| lines::Property::parse(line).filter(|p| p.is("TZID")))
            .map(|property| property.value.trim().to_owned());
        if tzid.as_ref().is_some_and(|tzid| seen_zones.contains(tzid)) {
            continue;
        }
        seen_zones.extend(tzid);
        out.extend(zone.iter().cloned());
    }
    let mut components: Vec<(Option<&str>, Vec<String>)> = vec![(None, Vec::new())];
    let mut index_of: HashMap<Option<&str>, usize> = HashMap::from([(None, 0)]);
    for (name, values) in fields {
        let property = fields::field_property(name);
        if property.contains('/') || property == "UID" {
            continue;
        }
        let occurrence = fields::field_occurrence(name);
        let index = *index_of.entry(occurrence).or_insert_with(|| {
            components.push((occurrence, Vec::new()));
            components.len() - 1
        });
        for value in values {
            let (params, value) = fields::split_value(value);
            components[index]
                .1
                .push(format!("{property}{params}:{value}"));
        }
    }
    let stamp = format!("DTSTAMP:{}", Timestamp::now().strftime("%Y%m%dT%H%M%SZ"));
    for (occurrence, properties) in components {
        let names_occurrence = properties
            .iter()
            .any(|line| line.to_ascii_uppercase().starts_with("RECURRENCE-ID"));
        if occurrence.is_some() && !names_occurrence {
            continue;
        }
        out.push("BEGIN:VEVENT".to_owned());
        out.push(format!("UID:{}", lines::escape(uid)));
        out.push(stamp.clone());
        out.extend(properties);
        out.push("END:VEVENT".to_owned());
    }
    out.push("END:VCALENDAR".to_owned());
    lines::fold_all(&out)
}

/// The calendar's draft, with what it does not state (Curbside's own
/// fields a calendar program dropped) kept from the stored event, by the
/// calendar import's own rule, and the stored uid.
fn keep_unstated(stored: &Event, entry: CalendarEntry) -> EventDraft {
    let mut draft = crate::import::keep_unstated(stored, entry);
    draft.uid = stored.uid.clone();
    draft
}

fn unreadable(uid: &str, reason: String) -> CardError {
    CardError::Unreadable {
        name: lines::resource_name(uid, "ics"),
        reason,
    }
}

fn event_error(error: EventError) -> CardError {
    match error {
        EventError::Database(error) => CardError::Record(RecordError::Database(error)),
        other => CardError::Record(RecordError::Malformed {
            kind: "event",
            reason: other.to_string(),
        }),
    }
}
