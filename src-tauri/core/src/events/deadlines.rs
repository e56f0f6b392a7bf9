//! Key dates of an event (abstract submission, early-bird registration…),
//! each in its own zone: a call for papers often closes at 23:59 Anywhere
//! on Earth (UTC−12), the registration desk at midnight in the venue's zone.
//! The due instant is stored next to the civil time so that the deadlines
//! list and the reminders sort and pick them by one indexed column.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::anywhere::{aoe_zone, is_aoe, AOE};
use super::codes::filter_events;
use super::timing::{instant_in, whole_seconds};
use super::{
    Deadline, DeadlineDraft, DeadlineId, DeadlineKind, EventError, EventFilter, EventId, EventKind,
    EventStatus, UpcomingDeadline,
};
use crate::values::{limits, single_line, Invalid};

const COLUMNS: &str =
    "d.id, d.event_id, d.kind, d.label, d.due_local, d.time_zone, d.due_at, d.done";

/// Adds a key date; see [`super::add_deadline`].
pub(super) fn add_deadline(
    conn: &mut Connection,
    event_id: EventId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    let clean = clean(draft)?;
    let tx = conn.savepoint()?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
        [event_id],
        |row| row.get(0),
    )?;
    if !exists {
        return Err(EventError::NotFound(event_id));
    }
    tx.execute(
        "INSERT INTO event_deadlines (event_id, kind, label, due_local, time_zone, due_at, done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            event_id,
            clean.kind.as_str(),
            clean.label,
            clean.due_local.to_string(),
            clean.time_zone,
            crate::values::stored_instant(clean.due_at),
            clean.done
        ],
    )?;
    let deadline = get(&tx, tx.last_insert_rowid())?;
    tx.commit()?;
    Ok(deadline)
}

/// Replaces a key date's fields; see [`super::update_deadline`].
pub(super) fn update_deadline(
    conn: &mut Connection,
    id: DeadlineId,
    draft: &DeadlineDraft,
) -> Result<Deadline, EventError> {
    let clean = clean(draft)?;
    let changed = conn.execute(
        "UPDATE event_deadlines SET kind = ?2, label = ?3, due_local = ?4, time_zone = ?5, due_at = ?6, done = ?7
         WHERE id = ?1",
        params![
            id,
            clean.kind.as_str(),
            clean.label,
            clean.due_local.to_string(),
            clean.time_zone,
            crate::values::stored_instant(clean.due_at),
            clean.done
        ],
    )?;
    if changed == 0 {
        return Err(no_such(id));
    }
    get(conn, id)
}

/// Removes a key date; see [`super::remove_deadline`].
pub(super) fn remove_deadline(conn: &mut Connection, id: DeadlineId) -> Result<(), EventError> {
    match conn.execute("DELETE FROM event_deadlines WHERE id = ?1", [id])? {
        0 => Err(no_such(id)),
        _ => Ok(()),
    }
}

/// Key dates due in `[from, until)`; see [`super::upcoming_deadlines`].
pub(super) fn upcoming_deadlines(
    conn: &Connection,
    from: Timestamp,
    until: Option<Timestamp>,
    include_done: bool,
    filter: &EventFilter,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    listed(conn, from, until, include_done, filter)
}

/// Key dates not yet done that fall due in `[from, to)`, soonest first,
/// with their events: what the reminders announce.
pub(super) fn deadlines_due_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    listed(conn, from, Some(to), false, &EventFilter::default())
}

/// An event's key dates, soonest first.
pub(super) fn for_event(conn: &Connection, event_id: EventId) -> Result<Vec<Deadline>, EventError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM event_deadlines d WHERE d.event_id = ?1 ORDER BY d.due_at, d.id"
    ))?;
    let rows = statement.query_map([event_id], read)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn listed(
    conn: &Connection,
    from: Timestamp,
    to: Option<Timestamp>,
    include_done: bool,
    filter: &EventFilter,
) -> Result<Vec<UpcomingDeadline>, EventError> {
    let mut sql = format!(
        "SELECT {COLUMNS}, e.title, e.kind, e.status
         FROM event_deadlines d JOIN events e ON e.id = d.event_id
         WHERE d.due_at >= ?"
    );
    let mut values = vec![Value::Text(crate::values::stored_instant(from))];
    if let Some(to) = to {
        sql.push_str(" AND d.due_at < ?");
        values.push(Value::Text(crate::values::stored_instant(to)));
    }
    if !include_done {
        sql.push_str(" AND d.done = 0");
    }
    filter_events(filter, &mut sql, &mut values);
    sql.push_str(" ORDER BY d.due_at, d.id");
    let mut statement = conn.prepare(&sql)?;
    let rows = statement.query_map(params_from_iter(values), |row| {
        Ok(UpcomingDeadline {
            deadline: read(row)?,
            event_title: row.get(8)?,
            event_kind: EventKind::parse(&row.get::<_, String>(9)?),
            event_status: EventStatus::parse(&row.get::<_, String>(10)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn get(conn: &Connection, id: DeadlineId) -> Result<Deadline, EventError> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM event_deadlines d WHERE d.id = ?1"
    ))?
    .query_row([id], read)
    .optional()?
    .ok_or_else(|| no_such(id))
}

fn read(row: &Row) -> rusqlite::Result<Deadline> {
    let text = |index: usize| -> rusqlite::Result<String> { row.get(index) };
    let parse_error = |index: usize, err: jiff::Error| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, err.into())
    };
    Ok(Deadline {
        id: row.get(0)?,
        event_id: row.get(1)?,
        kind: DeadlineKind::parse(&text(2)?),
        label: text(3)?,
        due_local: text(4)?.parse().map_err(|err| parse_error(4, err))?,
        time_zone: text(5)?,
        due_at: text(6)?.parse().map_err(|err| parse_error(6, err))?,
        done: row.get(7)?,
    })
}

/// A checked key date, with its instant.
struct Clean {
    kind: DeadlineKind,
    label: String,
    due_local: DateTime,
    time_zone: String,
    due_at: Timestamp,
    done: bool,
}

fn clean(draft: &DeadlineDraft) -> Result<Clean, Invalid> {
    let due_local = whole_seconds(draft.due_local, "due_local")?;
    let (time_zone, tz) = deadline_zone(&draft.time_zone)?;
    Ok(Clean {
        kind: draft.kind,
        label: single_line("label", "The label", &draft.label, limits::SHORT_TEXT)?,
        due_local,
        time_zone,
        due_at: instant_in(due_local, &tz),
        done: draft.done,
    })
}

/// "AoE" (any case) as UTC−12, or a known IANA zone by its canonical name.
fn deadline_zone(name: &str) -> Result<(String, TimeZone), Invalid> {
    let name = name.trim();
    if is_aoe(name) {
        return Ok((AOE.to_owned(), aoe_zone()));
    }
    if name.is_empty() {
        return Err(Invalid::new(
            "time_zone",
            "Choose the deadline's time zone: a name like Europe/Berlin, or AoE (Anywhere on Earth)",
        ));
    }
    let zone = TimeZone::get(name).map_err(|_| {
        Invalid::new(
            "time_zone",
            format!("\"{name}\" is not a time zone Curbside knows: use a name like Europe/Berlin, or AoE"),
        )
    })?;
    Ok((zone.iana_name().unwrap_or(name).to_owned(), zone))
}

fn no_such(id: DeadlineId) -> EventError {
    Invalid::new("id", format!("There is no key date with id {id}")).into()
}
