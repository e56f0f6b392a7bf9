//! The user's own reminders: what to do, when (a civil time in a zone, or
//! wherever the user is), once or repeating by an RRULE, optionally about a
//! contact or an event.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};

use super::{recurrence, CustomReminder, CustomReminderDraft, ReminderError};
use crate::contacts;
use crate::values::{limits, single_line, Invalid};

const COLUMNS: &str = "id, title, note, contact_id, event_id, at_local, time_zone, recurrence";

/// Records a custom reminder; see [`super::add_custom`].
pub(super) fn add(
    conn: &mut Connection,
    draft: &CustomReminderDraft,
    now: Timestamp,
) -> Result<i64, ReminderError> {
    let title = single_line("title", "The title", &draft.title, limits::SHORT_TEXT)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "Say what to be reminded of").into());
    }
    let note = draft.note.trim();
    if note.chars().count() > limits::NOTES {
        return Err(Invalid::new(
            "note",
            format!(
                "The note is too long (the limit is {} characters)",
                limits::NOTES
            ),
        )
        .into());
    }
    if !(1000..=9000).contains(&draft.at.year()) {
        return Err(Invalid::new("at", "Dates must be between the years 1000 and 9000").into());
    }
    let at = DateTime::new(
        draft.at.year(),
        draft.at.month(),
        draft.at.day(),
        draft.at.hour(),
        draft.at.minute(),
        0,
        0,
    )
    .map_err(|_| Invalid::new("at", "The time cannot be read"))?;
    let zone = match draft.time_zone.trim() {
        "" => String::new(),
        name => {
            let tz = TimeZone::get(name).map_err(|_| {
                Invalid::new(
                    "time_zone",
                    format!("\"{name}\" is not a time zone Curbside knows: use a name like Europe/Berlin, or none for wherever you are"),
                )
            })?;
            tz.iana_name().unwrap_or(name).to_owned()
        }
    };
    let rule = recurrence::normalize(&draft.recurrence, at)?;
    let tx = conn.transaction()?;
    if let Some(contact) = draft.contact_id {
        if !contacts::exists(&tx, contact)? {
            return Err(ReminderError::ContactNotFound(contact));
        }
    }
    if let Some(event) = draft.event_id {
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
            [event],
            |row| row.get(0),
        )?;
        if !known {
            return Err(ReminderError::NotFound {
                what: "event",
                id: event,
            });
        }
    }
    tx.execute(
        "INSERT INTO custom_reminders (title, note, contact_id, event_id, at_local, time_zone, recurrence, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            title,
            note,
            draft.contact_id,
            draft.event_id,
            at.to_string(),
            zone,
            rule,
            crate::values::stored_instant(now)
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    Ok(id)
}

/// Every custom reminder, oldest first.
pub(super) fn all(conn: &Connection) -> Result<Vec<CustomReminder>, ReminderError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM custom_reminders ORDER BY id"
    ))?;
    let rows = statement.query_map([], read)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One custom reminder.
pub(super) fn get(conn: &Connection, id: i64) -> Result<CustomReminder, ReminderError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM custom_reminders WHERE id = ?1"
    ))?;
    let mut rows = statement.query_map([id], read)?;
    rows.next().transpose()?.ok_or(ReminderError::NotFound {
        what: "custom reminder",
        id,
    })
}

/// Removes a custom reminder.
pub(super) fn delete(conn: &Connection, id: i64) -> Result<(), ReminderError> {
    match conn.execute("DELETE FROM custom_reminders WHERE id = ?1", [id])? {
        0 => Err(ReminderError::NotFound {
            what: "custom reminder",
            id,
        }),
        _ => Ok(()),
    }
}

fn read(row: &Row) -> rusqlite::Result<CustomReminder> {
    let at: String = row.get(5)?;
    Ok(CustomReminder {
        id: row.get(0)?,
        title: row.get(1)?,
        note: row.get(2)?,
        contact_id: row.get(3)?,
        event_id: row.get(4)?,
        at: at.parse().map_err(|err: jiff::Error| {
            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, err.into())
        })?,
        time_zone: row.get(6)?,
        recurrence: row.get(7)?,
    })
}
