//! Milestones on a contact: a new job, a promotion, a published paper… Each
//! raises a "congratulate" prompt. Typed in by the user, or recorded by an
//! import that finds a new company or position ([`record_job_change`]).

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};

use super::{Milestone, MilestoneDraft, ReminderError, MILESTONE_KINDS};
use crate::contacts;
use crate::values::{limits, ContactId, Invalid};

const COLUMNS: &str = "m.id, m.contact_id, m.kind, m.on_date, m.note, m.source, m.created_at";

/// Records a milestone; see [`super::add_milestone`].
pub(super) fn add(
    conn: &mut Connection,
    draft: &MilestoneDraft,
    now: Timestamp,
) -> Result<Milestone, ReminderError> {
    let kind = draft
        .kind
        .trim()
        .to_ascii_lowercase()
        .replace(['-', ' '], "_");
    if !MILESTONE_KINDS.contains(&kind.as_str()) {
        return Err(Invalid::new(
            "kind",
            format!(
                "\"{}\" is not a milestone Curbside knows: use one of {}",
                draft.kind.trim(),
                MILESTONE_KINDS.join(", ")
            ),
        )
        .into());
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
    let on = match draft.on {
        Some(on) => on,
        None => TimeZone::try_system()
            .unwrap_or(TimeZone::UTC)
            .to_datetime(now)
            .date(),
    };
    if !(1000..=9000).contains(&on.year()) {
        return Err(Invalid::new("on", "Dates must be between the years 1000 and 9000").into());
    }
    let tx = conn.transaction()?;
    if !contacts::exists(&tx, draft.contact_id)? {
        return Err(ReminderError::ContactNotFound(draft.contact_id));
    }
    let id = insert(&tx, draft.contact_id, &kind, on, note, "user", now)?;
    let milestone = by_id(&tx, id)?;
    tx.commit()?;
    Ok(milestone)
}

fn insert(
    conn: &Connection,
    contact: ContactId,
    kind: &str,
    on: Date,
    note: &str,
    source: &str,
    now: Timestamp,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO milestones (contact_id, kind, on_date, note, source, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![contact, kind, on.to_string(), note, source, crate::values::stored_instant(now)])?;
    Ok(conn.last_insert_rowid())
}

/// Records that an import found `contact` in a new job (`title` at
/// `institution`): a "new_job" milestone, source "import", so the user is
/// prompted to congratulate. For the importers (a LinkedIn re-import
/// showing a new company or position), inside their transaction.
pub fn record_job_change(
    conn: &Connection,
    contact: ContactId,
    institution: &str,
    title: &str,
    on: Date,
    now: Timestamp,
) -> rusqlite::Result<i64> {
    let note = match (title.trim(), institution.trim()) {
        ("", place) => format!("Now at {place}"),
        (role, "") => format!("Now {role}"),
        (role, place) => format!("Now {role} at {place}"),
    };
    insert(conn, contact, "new_job", on, &note, "import", now)
}

/// A contact's milestones, newest first.
pub(super) fn for_contact(
    conn: &Connection,
    contact: ContactId,
) -> Result<Vec<Milestone>, ReminderError> {
    // An unknown contact is a mistake to say, not an empty list.
    if !crate::contacts::exists(conn, contact)? {
        return Err(ReminderError::ContactNotFound(contact));
    }
    let mut found = read(conn, "m.contact_id = ?1", [contact])?;
    found.sort_by(|a, b| b.on.cmp(&a.on).then(b.id.cmp(&a.id)));
    Ok(found)
}

/// Removes a milestone.
pub(super) fn delete(conn: &Connection, id: i64) -> Result<(), ReminderError> {
    match conn.execute("DELETE FROM milestones WHERE id = ?1", [id])? {
        0 => Err(ReminderError::NotFound {
            what: "milestone",
            id,
        }),
        _ => Ok(()),
    }
}

/// One milestone.
pub(super) fn by_id(conn: &Connection, id: i64) -> Result<Milestone, ReminderError> {
    read(conn, "m.id = ?1", [id])?
        .pop()
        .ok_or(ReminderError::NotFound {
            what: "milestone",
            id,
        })
}

/// The milestones a condition over `milestones m` picks.
pub(crate) fn read(
    conn: &Connection,
    condition: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<Milestone>, ReminderError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM milestones m WHERE {condition}"
    ))?;
    let rows = statement.query_map(values, read_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn read_row(row: &Row) -> rusqlite::Result<Milestone> {
    let bad = |index: usize, err: jiff::Error| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, err.into())
    };
    Ok(Milestone {
        id: row.get(0)?,
        contact_id: row.get(1)?,
        kind: row.get(2)?,
        on: row
            .get::<_, String>(3)?
            .parse()
            .map_err(|err| bad(3, err))?,
        note: row.get(4)?,
        source: row.get(5)?,
        recorded_at: row
            .get::<_, String>(6)?
            .parse()
            .map_err(|err| bad(6, err))?,
    })
}
