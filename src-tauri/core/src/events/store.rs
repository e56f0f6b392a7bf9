//! Events as rows: writing a checked draft (with its organiser, UID and
//! removed occurrences) and reading it back, each write in one transaction
//! that also re-expands the occurrences.
//!
//! Writes use a savepoint rather than a transaction so that an importer can
//! wrap many of them in one transaction of its own.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::draft::{self, Clean};
use super::occurrences::{self, materialise, HeldOccurrences};
use super::timing::Timing;
use super::{Event, EventDraft, EventError, EventFilter, EventId, EventKind, EventStatus};
use crate::values::Invalid;

/// Records a new event; see [`super::create`].
pub(super) fn create(
    conn: &mut Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let tx = conn.savepoint()?;
    let event = create_in(&tx, draft, now)?;
    tx.commit()?;
    Ok(event)
}

/// Records a new event inside the caller's transaction (which rolls back
/// what this wrote if it fails); see [`super::create`].
pub(super) fn create_in(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let id = record_in(conn, draft, now)?;
    get(conn, id)
}

/// Writes a new event's rows from its checked draft: the event, its removed
/// occurrences and its occurrences, with nothing read back (a new event
/// has no rows of its own to replace, nor changed occurrences to skip).
///
/// Everything that can refuse the draft (its fields, a UID already taken,
/// its series) is checked before the first write, so a refused draft
/// leaves nothing behind even without a savepoint: an import of thousands
/// skips a refused event inside its one transaction this way.
pub(super) fn record_in(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<EventId, EventError> {
    let mut held = HeldOccurrences::default();
    let id = record_holding(conn, draft, now, &mut held)?;
    held.write(conn)?;
    Ok(id)
}

/// Writes a new event's rows as [`record_in`] does, but for its
/// occurrences, which it adds to `held`.
pub(super) fn record_holding(
    conn: &Connection,
    draft: &EventDraft,
    now: Timestamp,
    held: &mut HeldOccurrences,
) -> Result<EventId, EventError> {
    let clean = draft::clean(draft)?;
    let uid = if clean.uid.is_empty() {
        draft::new_uid()
    } else {
        clean.uid.clone()
    };
    refuse_taken_uid(conn, &uid, None)?;
    let skipped = clean.excluded.iter().cloned().collect();
    let planned = occurrences::plan(&clean.timing, &clean.recurrence, &skipped)?;
    // Nothing below refuses the draft; only the database can fail.
    let id = insert(conn, &clean, &uid, None, now)?;
    insert_exclusions(conn, id, &clean.excluded)?;
    held.hold(id, planned.rows);
    Ok(id)
}

/// Replaces an event's fields; see [`super::update`].
pub(super) fn update(
    conn: &mut Connection,
    id: EventId,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let tx = conn.savepoint()?;
    let event = update_in(&tx, id, draft, now)?;
    tx.commit()?;
    Ok(event)
}

/// Replaces an event's fields inside the caller's transaction (which rolls
/// back what this wrote if it fails); see [`super::update`].
pub(super) fn update_in(
    conn: &Connection,
    id: EventId,
    draft: &EventDraft,
    now: Timestamp,
) -> Result<Event, EventError> {
    let mut clean = draft::clean(draft)?;
    let (old_uid, series) = identity(conn, id)?;
    if let Some((series_id, _)) = series {
        // A changed occurrence does not repeat, and keeps its series' UID.
        clean.recurrence.clear();
        clean.excluded.clear();
        overwrite(conn, id, &clean, &series_uid(conn, series_id)?, now)?;
        materialise(conn, id)?;
    } else {
        let uid = if clean.uid.is_empty() || clean.uid == old_uid {
            old_uid
        } else {
            refuse_taken_uid(conn, &clean.uid, Some(id))?;
            clean.uid.clone()
        };
        overwrite(conn, id, &clean, &uid, now)?;
        conn.execute(
            "UPDATE events SET uid = ?2 WHERE series_id = ?1",
            params![id, uid],
        )?;
        write_exclusions(conn, id, &clean.excluded)?;
        rematerialise_series(conn, id, !clean.recurrence.is_empty())?;
    }
    get(conn, id)
}

/// One event; see [`super::get`].
pub(super) fn get(conn: &Connection, id: EventId) -> Result<Event, EventError> {
    let row = conn
        .prepare_cached(
            "SELECT e.uid, e.series_id, e.recurrence_id, e.kind, e.title, e.organizer_id, coalesce(o.name, ''),
                    e.all_day, e.starts_local, e.ends_local, e.time_zone, e.location, e.online, e.url, e.notes,
                    e.expected_credits, e.cost, e.status, e.recurrence
             FROM events e LEFT JOIN organizations o ON o.id = e.organizer_id
             WHERE e.id = ?1",
        )?
        .query_row([id], |row| {
            let timing = Timing::from_row(
                row.get(7)?,
                &row.get::<_, String>(8)?,
                &row.get::<_, String>(9)?,
                &row.get::<_, String>(10)?,
            )
            .map_err(unreadable)?;
            Ok(Event {
                id,
                uid: row.get(0)?,
                series_id: row.get(1)?,
                recurrence_id: row.get(2)?,
                kind: EventKind::parse(&row.get::<_, String>(3)?),
                title: row.get(4)?,
                organizer_id: row.get(5)?,
                organizer: row.get(6)?,
                timing: timing.to_model(),
                location: row.get(11)?,
                online: row.get(12)?,
                url: row.get(13)?,
                notes: row.get(14)?,
                expected_credits: row.get(15)?,
                cost: row.get(16)?,
                status: EventStatus::parse(&row.get::<_, String>(17)?),
                recurrence: row.get(18)?,
                excluded: Vec::new(),
            })
        })
        .optional()?;
    let mut event = row.ok_or(EventError::NotFound(id))?;
    event.excluded = conn
        .prepare_cached(
            "SELECT recurrence_id FROM event_exclusions WHERE event_id = ?1 ORDER BY recurrence_id",
        )?
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(event)
}

/// Every event; see [`super::all`].
pub(super) fn all(conn: &Connection) -> Result<Vec<Event>, EventError> {
    ids(
        conn,
        "SELECT id FROM events ORDER BY coalesce(series_id, id), series_id IS NOT NULL, recurrence_id",
        [],
    )
}

/// The ids of the single events and series `filter` keeps; see
/// [`super::matching`].
pub(super) fn matching(
    conn: &Connection,
    filter: &EventFilter,
) -> Result<Vec<EventId>, EventError> {
    let mut sql = String::from("SELECT e.id FROM events e WHERE e.series_id IS NULL");
    let mut values = Vec::new();
    super::codes::filter_events(filter, &mut sql, &mut values);
    sql.push_str(" ORDER BY e.id");
    let mut statement = conn.prepare(&sql)?;
    let ids = statement.query_map(rusqlite::params_from_iter(values), |row| row.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

/// A series' changed occurrences; see [`super::changed_occurrences`].
pub(super) fn changed_occurrences(
    conn: &Connection,
    series_id: EventId,
) -> Result<Vec<Event>, EventError> {
    ids(
        conn,
        "SELECT id FROM events WHERE series_id = ?1 ORDER BY recurrence_id",
        [series_id],
    )
}

/// The events whose ids `sql` selects, in its order.
fn ids(
    conn: &Connection,
    sql: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<Event>, EventError> {
    let ids: Vec<EventId> = conn
        .prepare_cached(sql)?
        .query_map(values, |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    ids.into_iter().map(|id| get(conn, id)).collect()
}

/// Deletes an event inside the caller's transaction; see [`super::delete`].
pub(super) fn delete_in(tx: &Connection, id: EventId) -> Result<(), EventError> {
    let (_, series) = identity(tx, id)?;
    tx.execute("DELETE FROM events WHERE id = ?1", [id])?;
    if let Some((series_id, recurrence_id)) = series {
        // The occurrence it replaced must not come back.
        tx.execute(
            "INSERT OR IGNORE INTO event_exclusions (event_id, recurrence_id) VALUES (?1, ?2)",
            params![series_id, recurrence_id],
        )?;
        materialise(tx, series_id)?;
    }
    Ok(())
}

/// Sets an event's status; see [`super::set_status`].
pub(super) fn set_status(
    conn: &mut Connection,
    id: EventId,
    status: EventStatus,
    now: Timestamp,
) -> Result<Event, EventError> {
    if status == EventStatus::Attended {
        let event = get(conn, id)?;
        if let Some(starts) = super::started::not_started_yet(&event, now) {
            return Err(Invalid::new(
                "status",
                format!(
                    "\"{}\" has not started yet: it starts {starts}. Mark it attended once \
                     it has begun",
                    event.title
                ),
            )
            .into());
        }
    }
    let changed = conn.execute(
        "UPDATE events SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status.as_str(), crate::values::stored_instant(now)],
    )?;
    if changed == 0 {
        return Err(EventError::NotFound(id));
    }
    get(conn, id)
}

/// The series with this UID; see [`super::find_by_uid`].
pub(super) fn find_by_uid(conn: &Connection, uid: &str) -> Result<Option<EventId>, EventError> {
    Ok(conn
        .prepare_cached("SELECT id FROM events WHERE uid = ?1 AND series_id IS NULL")?
        .query_row([uid.trim()], |row| row.get(0))
        .optional()?)
}

/// Stores a new events row (a changed occurrence when `series` is given)
/// and returns its id.
pub(super) fn insert(
    conn: &Connection,
    clean: &Clean,
    uid: &str,
    series: Option<(EventId, &str)>,
    now: Timestamp,
) -> Result<EventId, EventError> {
    let organizer = organizer(conn, &clean.organizer)?;
    let now = crate::values::stored_instant(now);
    conn.prepare_cached(
        "INSERT INTO events (uid, series_id, recurrence_id, kind, title, organizer_id, all_day, starts_local,
                             ends_local, time_zone, location, online, url, notes, expected_credits, cost, status,
                             recurrence, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)",
    )?
    .execute(params![
        uid,
        series.map(|(id, _)| id),
        series.map(|(_, recurrence_id)| recurrence_id),
        clean.kind.as_str(),
        clean.title,
        organizer,
        clean.timing.all_day(),
        clean.timing.starts_local(),
        clean.timing.ends_local(),
        clean.timing.zone_name(),
        clean.location,
        clean.online,
        clean.url,
        clean.notes,
        clean.expected_credits,
        clean.cost,
        clean.status.as_str(),
        clean.recurrence,
        now,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Replaces the fields of events row `id` (not its series link).
pub(super) fn overwrite(
    conn: &Connection,
    id: EventId,
    clean: &Clean,
    uid: &str,
    now: Timestamp,
) -> Result<(), EventError> {
    let organizer = organizer(conn, &clean.organizer)?;
    conn.prepare_cached(
        "UPDATE events SET uid = ?2, kind = ?3, title = ?4, organizer_id = ?5, all_day = ?6, starts_local = ?7,
                ends_local = ?8, time_zone = ?9, location = ?10, online = ?11, url = ?12, notes = ?13,
                expected_credits = ?14, cost = ?15, status = ?16, recurrence = ?17, updated_at = ?18
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        uid,
        clean.kind.as_str(),
        clean.title,
        organizer,
        clean.timing.all_day(),
        clean.timing.starts_local(),
        clean.timing.ends_local(),
        clean.timing.zone_name(),
        clean.location,
        clean.online,
        clean.url,
        clean.notes,
        clean.expected_credits,
        clean.cost,
        clean.status.as_str(),
        clean.recurrence,
        crate::values::stored_instant(now),
    ])?;
    Ok(())
}

/// Re-expands series `id` and drops its changed occurrences that no longer
/// name an occurrence (the series moved to another time, or stopped
/// repeating): they would otherwise show next to the moved occurrence.
fn rematerialise_series(conn: &Connection, id: EventId, repeats: bool) -> Result<(), EventError> {
    let mut names = materialise(conn, id)?;
    if !repeats {
        names.clear();
    }
    let changed: Vec<(EventId, String)> = conn
        .prepare_cached("SELECT id, recurrence_id FROM events WHERE series_id = ?1")?
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (orphan, _) in changed.iter().filter(|(_, name)| !names.contains(name)) {
        conn.execute("DELETE FROM events WHERE id = ?1", [orphan])?;
    }
    Ok(())
}

/// The timing, rule and (for a changed occurrence) recurrence id of event `id`.
pub(super) fn read_timing(
    conn: &Connection,
    id: EventId,
) -> Result<(Timing, String, Option<String>), EventError> {
    let (all_day, starts, ends, zone, recurrence, recurrence_id) = conn
        .prepare_cached(
            "SELECT all_day, starts_local, ends_local, time_zone, recurrence, recurrence_id FROM events WHERE id = ?1",
        )?
        .query_row([id], |row| {
            Ok((
                row.get::<_, bool>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, Option<String>>(5)?,
            ))
        })
        .optional()?
        .ok_or(EventError::NotFound(id))?;
    let timing = Timing::from_row(all_day, &starts, &ends, &zone).map_err(unreadable)?;
    Ok((timing, recurrence, recurrence_id))
}

/// The UID of event `id`, and for a changed occurrence its series and the
/// occurrence it replaces.
pub(super) fn identity(
    conn: &Connection,
    id: EventId,
) -> Result<(String, Option<(EventId, String)>), EventError> {
    conn.prepare_cached("SELECT uid, series_id, recurrence_id FROM events WHERE id = ?1")?
        .query_row([id], |row| {
            let series: Option<EventId> = row.get(1)?;
            let recurrence_id: Option<String> = row.get(2)?;
            Ok((row.get(0)?, series.zip(recurrence_id)))
        })
        .optional()?
        .ok_or(EventError::NotFound(id))
}

/// The UID of series `id`.
pub(super) fn series_uid(conn: &Connection, id: EventId) -> Result<String, EventError> {
    identity(conn, id).map(|(uid, _)| uid)
}

/// Replaces the removed occurrences of series `id`; a changed occurrence
/// that is now removed goes too.
fn write_exclusions(conn: &Connection, id: EventId, excluded: &[String]) -> Result<(), EventError> {
    // Cached: an import writes thousands of events, and compiling the
    // delete from `events` compiles its triggers too.
    conn.prepare_cached("DELETE FROM event_exclusions WHERE event_id = ?1")?
        .execute([id])?;
    if excluded.is_empty() {
        return Ok(());
    }
    insert_exclusions(conn, id, excluded)?;
    let mut drop_changed =
        conn.prepare_cached("DELETE FROM events WHERE series_id = ?1 AND recurrence_id = ?2")?;
    for name in excluded {
        drop_changed.execute(params![id, name])?;
    }
    Ok(())
}

/// Records the occurrences of event `id` named in `excluded` as removed.
fn insert_exclusions(
    conn: &Connection,
    id: EventId,
    excluded: &[String],
) -> Result<(), EventError> {
    let mut exclude = conn
        .prepare_cached("INSERT INTO event_exclusions (event_id, recurrence_id) VALUES (?1, ?2)")?;
    for name in excluded {
        exclude.execute(params![id, name])?;
    }
    Ok(())
}

fn refuse_taken_uid(conn: &Connection, uid: &str, this: Option<EventId>) -> Result<(), EventError> {
    match find_by_uid(conn, uid)? {
        Some(other) if Some(other) != this => Err(Invalid::new(
            "uid",
            format!("Another event already has the UID \"{uid}\""),
        )
        .into()),
        _ => Ok(()),
    }
}

fn organizer(conn: &Connection, name: &str) -> Result<Option<i64>, EventError> {
    if name.is_empty() {
        return Ok(None);
    }
    Ok(Some(crate::contacts::jobs::find_or_create(conn, name)?))
}

/// The error for a stored value that cannot be read.
fn unreadable(message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, message.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::EventTiming;

    fn occurrence_rows(conn: &Connection, id: EventId) -> Vec<(String, i64, i64)> {
        conn.prepare(
            "SELECT recurrence_id, starts_key, ends_key FROM event_occurrences
             WHERE event_id = ?1 ORDER BY starts_key",
        )
        .unwrap()
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    fn timed(start: &str, end: &str, zone: &str) -> EventTiming {
        EventTiming::Timed {
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
            time_zone: zone.into(),
        }
    }

    /// A new event's occurrences are written from its draft, not read back:
    /// they must be the rows a rebuild from the stored event writes.
    #[test]
    fn a_new_events_occurrences_are_those_its_stored_rows_give() {
        let conn = crate::db::open_in_memory().unwrap();
        let all_day = EventTiming::AllDay {
            first_day: "2026-03-27".parse().unwrap(),
            last_day: "2026-03-29".parse().unwrap(),
        };
        let cases = [
            (
                timed(
                    "2026-06-01T09:00:00",
                    "2026-06-01T10:00:00",
                    "Europe/Berlin",
                ),
                "",
                vec![],
                1,
            ),
            (
                timed("2026-06-01T09:00:00", "2026-06-01T10:00:00", ""),
                "",
                vec![],
                1,
            ),
            (all_day.clone(), "", vec![], 1),
            (
                timed(
                    "2026-03-20T18:00:00",
                    "2026-03-20T19:30:00",
                    "Europe/Berlin",
                ),
                "FREQ=WEEKLY;COUNT=6",
                vec![
                    "2026-03-27T18:00:00".to_owned(),
                    "2026-04-10T18:00:00".to_owned(),
                ],
                4,
            ),
            (
                all_day,
                "FREQ=YEARLY;COUNT=3",
                vec!["2027-03-27".to_owned()],
                2,
            ),
        ];
        for (index, (timing, rule, excluded, rows)) in cases.into_iter().enumerate() {
            let draft = EventDraft {
                kind: EventKind::Conference,
                title: format!("Case {index}"),
                organizer: String::new(),
                timing,
                location: String::new(),
                online: false,
                url: String::new(),
                notes: String::new(),
                expected_credits: None,
                cost: String::new(),
                status: EventStatus::Considering,
                recurrence: rule.into(),
                excluded,
                uid: String::new(),
            };
            let id = record_in(&conn, &draft, Timestamp::UNIX_EPOCH).unwrap();
            let written = occurrence_rows(&conn, id);
            assert_eq!(written.len(), rows, "case {index}: {written:?}");
            materialise(&conn, id).unwrap();
            assert_eq!(occurrence_rows(&conn, id), written, "case {index}");
        }
    }
}
