//! Getting events out as one iCalendar file: one event, a chosen set, or
//! everything. A series goes out with its changed occurrences (asking for a
//! changed occurrence exports its whole series, which no calendar can do
//! without), and the file appears only once it is whole.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension};

use super::ExportError;
use crate::events::{self, Event, EventError};
use crate::interop::ics;
use crate::values::EventId;

/// Why an event export failed.
#[derive(Debug, thiserror::Error)]
pub enum EventExportError {
    /// Reading the events failed, or an id names no event.
    #[error(transparent)]
    Events(#[from] EventError),
    /// Writing the file failed.
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl From<std::io::Error> for EventExportError {
    fn from(error: std::io::Error) -> Self {
        Self::Export(ExportError::Write(error))
    }
}

impl From<rusqlite::Error> for EventExportError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Events(EventError::Database(error))
    }
}

/// Exports the events with these ids (all when `None`) to the file at
/// `path` as iCalendar, written beside it and renamed over it, so a full
/// disk never leaves a truncated calendar behind. Returns how many events
/// (single events and series) were written.
pub fn export_events_to_file(
    conn: &Connection,
    ids: Option<&[EventId]>,
    path: &Path,
    now: Timestamp,
) -> Result<usize, EventExportError> {
    let create_failed = |source| {
        EventExportError::Export(ExportError::Create {
            path: path.display().to_string(),
            source,
        })
    };
    crate::files::write_whole(path, create_failed, |out| {
        export_events(conn, ids, out, now)
    })
}

/// Writes the events with these ids (all when `None`) to `out` as one
/// iCalendar file, `now` as its `DTSTAMP`; returns how many events (single
/// events and series) were written.
pub fn export_events(
    conn: &Connection,
    ids: Option<&[EventId]>,
    out: &mut dyn Write,
    now: Timestamp,
) -> Result<usize, EventExportError> {
    let series = match ids {
        None => every_series(conn)?,
        Some(ids) => series_of(conn, ids)?,
    };
    let mut events: Vec<Event> = Vec::with_capacity(series.len());
    for &id in &series {
        events.push(events::get(conn, id)?);
        for changed in changed_occurrences(conn, id)? {
            events.push(events::get(conn, changed)?);
        }
    }
    ics::write_calendar(out, &events, now)?;
    Ok(series.len())
}

/// Every single event and series, earliest first.
fn every_series(conn: &Connection) -> rusqlite::Result<Vec<EventId>> {
    let mut statement =
        conn.prepare("SELECT id FROM events WHERE series_id IS NULL ORDER BY starts_local, id")?;
    let ids = statement.query_map([], |row| row.get(0))?;
    ids.collect()
}

/// The series (or single events) the ids name, a changed occurrence naming
/// its series; an unknown id is an error.
fn series_of(conn: &Connection, ids: &[EventId]) -> Result<Vec<EventId>, EventExportError> {
    let mut series = BTreeSet::new();
    let mut statement = conn.prepare_cached("SELECT series_id FROM events WHERE id = ?1")?;
    for &id in ids {
        let found: Option<Option<EventId>> =
            statement.query_row([id], |row| row.get(0)).optional()?;
        match found {
            None => return Err(EventError::NotFound(id).into()),
            Some(owner) => series.insert(owner.unwrap_or(id)),
        };
    }
    Ok(series.into_iter().collect())
}

/// A series' changed occurrences, in the order of the occurrences they
/// replace.
fn changed_occurrences(conn: &Connection, series_id: EventId) -> rusqlite::Result<Vec<EventId>> {
    let mut statement =
        conn.prepare_cached("SELECT id FROM events WHERE series_id = ?1 ORDER BY recurrence_id")?;
    let ids = statement.query_map([series_id], |row| row.get(0))?;
    ids.collect()
}
