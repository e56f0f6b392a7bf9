//! The user's own milestones: recorded, listed newest first, deleted.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};

use super::{OwnMilestone, OwnMilestoneDraft, OwnMilestoneId, PresenceError};
use crate::choice;
use crate::values::{limits, single_line, stored_instant, Invalid};

/// The longest note, in characters.
const NOTE: usize = 2000;

/// Records a milestone of the user's own; "Update your profiles" is raised
/// the day after it.
pub fn add_milestone(
    conn: &Connection,
    draft: &OwnMilestoneDraft,
    now: Timestamp,
) -> Result<OwnMilestone, PresenceError> {
    let title = single_line("title", "The milestone", &draft.title, limits::SHORT_TEXT)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "Say what the milestone is").into());
    }
    let note = draft.note.trim().to_owned();
    if note.chars().count() > NOTE {
        return Err(Invalid::new(
            "note",
            format!("The note is too long (the limit is {NOTE} characters)"),
        )
        .into());
    }
    conn.execute(
        "INSERT INTO own_milestones (kind, title, happened_on, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            choice::Choice::name(draft.kind),
            title,
            draft.happened_on.to_string(),
            note,
            stored_instant(now)
        ],
    )?;
    Ok(OwnMilestone {
        id: conn.last_insert_rowid(),
        kind: draft.kind,
        title,
        happened_on: draft.happened_on,
        note,
    })
}

/// Every milestone of the user's own, newest first.
pub fn milestones(conn: &Connection) -> Result<Vec<OwnMilestone>, PresenceError> {
    let mut statement = conn.prepare_cached(
        "SELECT id, kind, title, happened_on, note FROM own_milestones
         ORDER BY happened_on DESC, id DESC",
    )?;
    let rows = statement.query_map([], read)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes one; refused when there is none with this id.
pub fn delete_milestone(conn: &Connection, id: OwnMilestoneId) -> Result<(), PresenceError> {
    match conn.execute("DELETE FROM own_milestones WHERE id = ?1", [id])? {
        0 => Err(PresenceError::NotFound(id)),
        _ => Ok(()),
    }
}

/// One stored row.
pub(super) fn read(row: &Row<'_>) -> rusqlite::Result<OwnMilestone> {
    Ok(OwnMilestone {
        id: row.get(0)?,
        kind: text_column(row, 1, |text| choice::parse(text).ok())?,
        title: row.get(2)?,
        happened_on: text_column(row, 3, |text| text.parse::<Date>().ok())?,
        note: row.get(4)?,
    })
}

/// A text column read into a value, as a conversion failure when it is
/// not one.
fn text_column<T>(
    row: &Row<'_>,
    at: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(at)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Text,
            format!("cannot read {text:?}").into(),
        )
    })
}
