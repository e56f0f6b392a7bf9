//! One occurrence of a series changed or removed without touching the
//! others, as RFC 5545 does it: a changed occurrence is an event of its own
//! with the series' UID and a recurrence id (the original civil start of the
//! occurrence it replaces); a removed one is an exclusion (EXDATE) on the
//! series.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::draft;
use super::occurrences::materialise;
use super::store::{get, identity, insert, overwrite, read_timing};
use super::{Event, EventDraft, EventError, EventId};
use crate::values::Invalid;

/// Changes one occurrence; see [`super::change_occurrence`].
pub(super) fn change_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let tx = conn.savepoint()?;
    let event = change_occurrence_in(&tx, series_id, recurrence_id, draft, now)?;
    tx.commit()?;
    Ok(event)
}

/// Changes one occurrence inside the caller's transaction (which rolls back
/// what this wrote if it fails); see [`super::change_occurrence`].
pub(super) fn change_occurrence_in(
    conn: &Connection,
    series_id: EventId,
    recurrence_id: &str,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let mut clean = draft::clean(draft)?;
    clean.recurrence.clear();
    clean.excluded.clear();
    let (uid, name) = occurrence_of(conn, series_id, recurrence_id)?;
    let id = match changed(conn, series_id, &name)? {
        Some(id) => {
            overwrite(conn, id, &clean, &uid, now)?;
            id
        }
        None => insert(conn, &clean, &uid, Some((series_id, &name)), now)?,
    };
    // Changing a removed occurrence brings it back, changed.
    conn.execute(
        "DELETE FROM event_exclusions WHERE event_id = ?1 AND recurrence_id = ?2",
        params![series_id, name],
    )?;
    materialise(conn, id)?;
    materialise(conn, series_id)?;
    get(conn, id)
}

/// Removes one occurrence; see [`super::remove_occurrence`].
pub(super) fn remove_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
) -> Result<(), EventError> {
    let tx = conn.savepoint()?;
    let (_, name) = occurrence_of(&tx, series_id, recurrence_id)?;
    tx.execute(
        "INSERT OR IGNORE INTO event_exclusions (event_id, recurrence_id) VALUES (?1, ?2)",
        params![series_id, name],
    )?;
    tx.execute(
        "DELETE FROM events WHERE series_id = ?1 AND recurrence_id = ?2",
        params![series_id, name],
    )?;
    materialise(&tx, series_id)?;
    tx.commit()?;
    Ok(())
}

/// The series' UID and the canonical name of its occurrence
/// `recurrence_id`, which must be one the series has (changed or not).
fn occurrence_of(
    conn: &Connection,
    series_id: EventId,
    recurrence_id: &str,
) -> Result<(String, String), EventError> {
    let (uid, series) = identity(conn, series_id)?;
    if series.is_some() {
        return Err(Invalid::new(
            "series_id",
            "This event is a changed occurrence; change the series it belongs to",
        )
        .into());
    }
    let (timing, recurrence, _) = read_timing(conn, series_id)?;
    if recurrence.is_empty() {
        return Err(Invalid::new("series_id", "This event does not repeat").into());
    }
    let name = timing.parse_label(recurrence_id, "recurrence_id")?;
    let listed: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM event_occurrences WHERE event_id = ?1 AND recurrence_id = ?2)
                 OR EXISTS (SELECT 1 FROM events WHERE series_id = ?1 AND recurrence_id = ?2)
                 OR EXISTS (SELECT 1 FROM event_exclusions WHERE event_id = ?1 AND recurrence_id = ?2)",
        )?
        .query_row(params![series_id, name], |row| row.get(0))?;
    if !listed {
        return Err(Invalid::new(
            "recurrence_id",
            format!("The series has no occurrence starting {name}"),
        )
        .into());
    }
    Ok((uid, name))
}

/// The changed occurrence that replaces `name` in the series, if any.
fn changed(conn: &Connection, series_id: EventId, name: &str) -> rusqlite::Result<Option<EventId>> {
    conn.prepare_cached("SELECT id FROM events WHERE series_id = ?1 AND recurrence_id = ?2")?
        .query_row(params![series_id, name], |row| row.get(0))
        .optional()
}
