//! What the user plans and records for one event: the sessions to attend,
//! the people to meet and those met (the follow-up reminders read the
//! second list), and the detail view that gathers them with the key dates
//! and the CME credits recorded.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::deadlines;
use super::store::get;
use super::timing::whole_seconds;
use super::{
    Event, EventDetail, EventError, EventId, EventPerson, MetAtEvent, PersonRole, PlannedSession,
    SessionDraft, SessionId,
};
use crate::values::{limits, single_line, ContactId, Invalid};

/// One event with everything planned for it; see [`super::detail`].
pub(super) fn detail(conn: &Connection, id: EventId) -> Result<EventDetail, EventError> {
    let event = get(conn, id)?;
    let sessions = conn
        .prepare_cached(
            "SELECT id, title, starts_local, ends_local, room FROM event_sessions WHERE event_id = ?1
             ORDER BY starts_local IS NULL, starts_local, id",
        )?
        .query_map([id], read_session)?
        .collect::<Result<_, _>>()?;
    let people = conn
        .prepare_cached(
            "SELECT p.contact_id, c.display_name, p.role, p.note, p.added_at
             FROM event_people p JOIN contacts c ON c.id = p.contact_id
             WHERE p.event_id = ?1
             ORDER BY p.role = 'met', c.display_name COLLATE NOCASE, p.contact_id",
        )?
        .query_map([id], read_person)?
        .collect::<Result<_, _>>()?;
    let credits_recorded: Option<f64> = conn
        .prepare_cached("SELECT sum(hours) FROM cme_credits WHERE event_id = ?1")?
        .query_row([id], |row| row.get(0))?;
    Ok(EventDetail {
        event,
        deadlines: deadlines::for_event(conn, id)?,
        sessions,
        people,
        credits_recorded: credits_recorded.unwrap_or(0.0),
    })
}

/// Adds a session to attend; see [`super::add_session`].
pub(super) fn add_session(
    conn: &mut Connection,
    event_id: EventId,
    draft: &SessionDraft,
) -> Result<PlannedSession, EventError> {
    let title = single_line(
        "title",
        "The session title",
        &draft.title,
        limits::SHORT_TEXT,
    )?;
    if title.is_empty() {
        return Err(Invalid::new("title", "The session title is required").into());
    }
    let start = draft
        .start
        .map(|at| whole_seconds(at, "start"))
        .transpose()?;
    let end = draft.end.map(|at| whole_seconds(at, "end")).transpose()?;
    if let (Some(start), Some(end)) = (start, end) {
        if end <= start {
            return Err(Invalid::new("end", "The end must be after the start").into());
        }
    }
    let room = single_line("room", "The room", &draft.room, limits::SHORT_TEXT)?;
    let tx = conn.savepoint()?;
    require_event(&tx, event_id)?;
    tx.execute(
        "INSERT INTO event_sessions (event_id, title, starts_local, ends_local, room) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            event_id,
            title,
            start.map(|at| at.to_string()),
            end.map(|at| at.to_string()),
            room
        ],
    )?;
    let session = tx.query_row(
        "SELECT id, title, starts_local, ends_local, room FROM event_sessions WHERE id = ?1",
        [tx.last_insert_rowid()],
        read_session,
    )?;
    tx.commit()?;
    Ok(session)
}

/// Removes a planned session; see [`super::remove_session`].
pub(super) fn remove_session(conn: &mut Connection, id: SessionId) -> Result<(), EventError> {
    match conn.execute("DELETE FROM event_sessions WHERE id = ?1", [id])? {
        0 => Err(Invalid::new("id", format!("There is no planned session with id {id}")).into()),
        _ => Ok(()),
    }
}

/// Links a contact to an event; see [`super::link_person`].
pub(super) fn link_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: &str,
    now: Timestamp,
) -> Result<EventPerson, EventError> {
    let tx = conn.savepoint()?;
    let person = link_person_in(&tx, event_id, contact_id, role, note, now)?;
    tx.commit()?;
    Ok(person)
}

/// Links a contact to an event inside the caller's transaction; see
/// [`super::link_person`].
pub(super) fn link_person_in(
    tx: &Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
    note: &str,
    now: Timestamp,
) -> Result<EventPerson, EventError> {
    let note = note.trim();
    let too_long = |what: &str| -> EventError {
        Invalid::new(
            "note",
            format!(
                "{what} too long (the limit is {} characters)",
                limits::NOTES
            ),
        )
        .into()
    };
    if note.chars().count() > limits::NOTES {
        return Err(too_long("The note is"));
    }
    let event = get(tx, event_id)?;
    if role == PersonRole::Met {
        not_before_it_starts(&event, now)?;
    }
    let known: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM contacts WHERE id = ?1)",
        [contact_id],
        |row| row.get(0),
    )?;
    if !known {
        return Err(EventError::ContactNotFound(contact_id));
    }
    let earlier: Option<String> = tx
        .query_row(
            "SELECT note FROM event_people WHERE event_id = ?1 AND contact_id = ?2 AND role = ?3",
            params![event_id, contact_id, role.as_str()],
            |row| row.get(0),
        )
        .optional()?;
    let note = match earlier {
        Some(earlier) => with_note(&earlier, note),
        None => note.to_owned(),
    };
    if note.chars().count() > limits::NOTES {
        return Err(too_long("With this one, the notes for this person are"));
    }
    tx.execute(
        "INSERT INTO event_people (event_id, contact_id, role, note, added_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (event_id, contact_id, role) DO UPDATE SET note = excluded.note",
        params![event_id, contact_id, role.as_str(), note, crate::values::stored_instant(now)],
    )?;
    tx.query_row(
        "SELECT p.contact_id, c.display_name, p.role, p.note, p.added_at
         FROM event_people p JOIN contacts c ON c.id = p.contact_id
         WHERE p.event_id = ?1 AND p.contact_id = ?2 AND p.role = ?3",
        params![event_id, contact_id, role.as_str()],
        read_person,
    )
    .optional()?
    .ok_or(EventError::ContactNotFound(contact_id))
}

/// The notes of a person linked again: the new one on a line of its own
/// under the earlier ones, so a second goal never replaces the first. A
/// note already there (or none) adds nothing.
fn with_note(earlier: &str, note: &str) -> String {
    if note.is_empty() || earlier.lines().any(|line| line.trim() == note) {
        return earlier.to_owned();
    }
    if earlier.is_empty() {
        return note.to_owned();
    }
    format!("{earlier}\n{note}")
}

/// Nobody is met at an event before it starts: recording it would date a
/// follow-up from a meeting that has not happened.
fn not_before_it_starts(event: &Event, now: Timestamp) -> Result<(), EventError> {
    match super::started::not_started_yet(event, now) {
        Some(starts) => Err(Invalid::new(
            "role",
            format!(
                "\"{}\" has not started yet: it starts {starts}, so nobody can have \
                 been met there. Add them to the people to meet instead",
                event.title
            ),
        )
        .into()),
        None => Ok(()),
    }
}

/// Removes a contact's link to an event; see [`super::unlink_person`].
pub(super) fn unlink_person(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    role: PersonRole,
) -> Result<(), EventError> {
    require_event(conn, event_id)?;
    let removed = conn.execute(
        "DELETE FROM event_people WHERE event_id = ?1 AND contact_id = ?2 AND role = ?3",
        params![event_id, contact_id, role.as_str()],
    )?;
    if removed == 0 {
        let what = match role {
            PersonRole::ToMeet => "to meet",
            PersonRole::Met => "met",
        };
        return Err(Invalid::new(
            "contact_id",
            format!("Contact {contact_id} is not listed as {what} at this event"),
        )
        .into());
    }
    Ok(())
}

/// The people recorded as met at an event in `[from, to)` (by when the
/// link was made), oldest first; see [`super::people_met_between`].
pub(super) fn people_met_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<MetAtEvent>, EventError> {
    let mut statement = conn.prepare_cached(
        "SELECT p.contact_id, c.display_name, p.role, p.note, p.added_at, e.id, e.title
         FROM event_people p JOIN contacts c ON c.id = p.contact_id JOIN events e ON e.id = p.event_id
         WHERE p.role = 'met' AND p.added_at >= ?1 AND p.added_at < ?2
         ORDER BY p.added_at, e.id, p.contact_id",
    )?;
    let rows = statement.query_map(
        params![
            crate::values::stored_instant(from),
            crate::values::stored_instant(to)
        ],
        |row| {
            Ok(MetAtEvent {
                person: read_person(row)?,
                event_id: row.get(5)?,
                event_title: row.get(6)?,
            })
        },
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn require_event(conn: &Connection, id: EventId) -> Result<(), EventError> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(EventError::NotFound(id))
    }
}

fn read_session(row: &Row) -> rusqlite::Result<PlannedSession> {
    let civil = |index: usize| -> rusqlite::Result<Option<jiff::civil::DateTime>> {
        row.get::<_, Option<String>>(index)?
            .map(|text| text.parse())
            .transpose()
            .map_err(|err: jiff::Error| {
                rusqlite::Error::FromSqlConversionFailure(
                    index,
                    rusqlite::types::Type::Text,
                    err.into(),
                )
            })
    };
    Ok(PlannedSession {
        id: row.get(0)?,
        title: row.get(1)?,
        start: civil(2)?,
        end: civil(3)?,
        room: row.get(4)?,
    })
}

fn read_person(row: &Row) -> rusqlite::Result<EventPerson> {
    Ok(EventPerson {
        contact_id: row.get(0)?,
        display_name: row.get(1)?,
        role: PersonRole::parse(&row.get::<_, String>(2)?),
        note: row.get(3)?,
        added_at: row
            .get::<_, String>(4)?
            .parse()
            .map_err(|err: jiff::Error| {
                rusqlite::Error::FromSqlConversionFailure(
                    4,
                    rusqlite::types::Type::Text,
                    err.into(),
                )
            })?,
    })
}
