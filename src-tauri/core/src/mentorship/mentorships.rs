//! Mentorships: adding one (and the relationship with the user it
//! implies), changing its cadence or notes, deleting it, and reading it
//! back whole with its goals, meetings and next meeting.

use jiff::civil::Date;
use jiff::{Span, Timestamp};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{Mentorship, MentorshipDraft, Role};
use super::validate::{cadence, notes, plausible_date};
use super::{goals, meetings, MentorshipError};
use crate::choice::Choice;
use crate::contacts;
use crate::values::{ContactId, Invalid};

/// Records that a contact is the user's mentor or mentee, from
/// `draft.started_on` (or `today`). The contact also gets the matching
/// relationship with the user when they have none, so the contact list's
/// filter and the stay-in-touch rules by relationship see them. Refused: an
/// unknown contact, a contact already the user's mentor (or mentee), a
/// cadence outside 1–104 weeks.
pub fn add(
    conn: &mut Connection,
    draft: &MentorshipDraft,
    today: Date,
) -> Result<Mentorship, MentorshipError> {
    let every_weeks = cadence(draft.every_weeks)?;
    let started_on = plausible_date(
        "started_on",
        "The start date",
        draft.started_on.unwrap_or(today),
    )?;
    let notes = notes(&draft.notes)?;
    let tx = conn.transaction()?;
    if !contacts::exists(&tx, draft.contact_id)? {
        return Err(MentorshipError::NotFound {
            what: "contact",
            id: draft.contact_id,
        });
    }
    let already: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM mentorships WHERE contact_id = ?1 AND role = ?2)",
        params![draft.contact_id, draft.role.name()],
        |row| row.get(0),
    )?;
    if already {
        return Err(Invalid::new(
            "role",
            format!(
                "{} is already your {}",
                contact_name(&tx, draft.contact_id)?,
                draft.role.name()
            ),
        )
        .into());
    }
    tx.execute(
        "INSERT INTO mentorships (contact_id, role, every_weeks, started_on, notes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            draft.contact_id,
            draft.role.name(),
            every_weeks,
            started_on.to_string(),
            notes,
            Timestamp::now().to_string(),
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO relationships (contact_id, other_contact_id, kind, label)
         SELECT ?1, NULL, ?2, '' WHERE NOT EXISTS (
             SELECT 1 FROM relationships
             WHERE contact_id = ?1 AND other_contact_id IS NULL AND kind = ?2)",
        params![draft.contact_id, draft.role.name()],
    )?;
    let mentorship = get(&tx, id)?;
    tx.commit()?;
    Ok(mentorship)
}

/// Changes a mentorship's cadence, start and notes (its contact and role
/// stay: a new role is a new mentorship).
pub fn update(
    conn: &mut Connection,
    id: i64,
    draft: &MentorshipDraft,
) -> Result<Mentorship, MentorshipError> {
    let every_weeks = cadence(draft.every_weeks)?;
    let notes = notes(&draft.notes)?;
    let tx = conn.transaction()?;
    let before = get(&tx, id)?;
    let started_on = plausible_date(
        "started_on",
        "The start date",
        draft.started_on.unwrap_or(before.started_on),
    )?;
    tx.execute(
        "UPDATE mentorships SET every_weeks = ?2, started_on = ?3, notes = ?4 WHERE id = ?1",
        params![id, every_weeks, started_on.to_string(), notes],
    )?;
    let mentorship = get(&tx, id)?;
    tx.commit()?;
    Ok(mentorship)
}

/// Deletes a mentorship with its goals, meetings and action items (the
/// interactions its meetings logged stay: they happened). The relationship
/// with the user stays too.
pub fn delete(conn: &mut Connection, id: i64) -> Result<(), MentorshipError> {
    match conn.execute("DELETE FROM mentorships WHERE id = ?1", [id])? {
        0 => Err(MentorshipError::NotFound {
            what: "mentorship",
            id,
        }),
        _ => Ok(()),
    }
}

/// Every mentorship, mentors first, then by name.
pub fn list(conn: &Connection) -> Result<Vec<Mentorship>, MentorshipError> {
    read(conn, "1 = 1", [])
}

/// A contact's mentorships (none, one, or both roles).
pub fn for_contact(
    conn: &Connection,
    contact: ContactId,
) -> Result<Vec<Mentorship>, MentorshipError> {
    read(conn, "m.contact_id = ?1", [contact])
}

/// One mentorship, whole.
pub fn get(conn: &Connection, id: i64) -> Result<Mentorship, MentorshipError> {
    read(conn, "m.id = ?1", [id])?
        .pop()
        .ok_or(MentorshipError::NotFound {
            what: "mentorship",
            id,
        })
}

fn read<P: rusqlite::Params>(
    conn: &Connection,
    filter: &str,
    args: P,
) -> Result<Vec<Mentorship>, MentorshipError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT m.id, m.contact_id, c.display_name, m.role, m.every_weeks, m.started_on, m.notes,
                (SELECT MAX(held_on) FROM mentorship_meetings WHERE mentorship_id = m.id)
         FROM mentorships m JOIN contacts c ON c.id = m.contact_id
         WHERE {filter}
         ORDER BY m.role = 'mentee', c.display_name COLLATE NOCASE, m.id"
    ))?;
    let mut all: Vec<Mentorship> = statement
        .query_map(args, mentorship_row)?
        .collect::<Result<_, _>>()?;
    for mentorship in &mut all {
        mentorship.goals = goals::of(conn, mentorship.id)?;
        mentorship.meetings = meetings::of(conn, mentorship.id)?;
    }
    Ok(all)
}

fn mentorship_row(row: &Row<'_>) -> rusqlite::Result<Mentorship> {
    let role: String = row.get(3)?;
    let role: Role = crate::choice::parse(&role).map_err(|_| damaged(3, "role", &role))?;
    let every_weeks: Option<u32> = row.get(4)?;
    let started_on = date_column(row, 5)?;
    let last: Option<String> = row.get(7)?;
    let last = last
        .map(|text| text.parse::<Date>().map_err(|_| damaged(7, "date", &text)))
        .transpose()?;
    Ok(Mentorship {
        id: row.get(0)?,
        contact_id: row.get(1)?,
        contact_name: row.get(2)?,
        role,
        every_weeks,
        started_on,
        notes: row.get(6)?,
        next_meeting_on: every_weeks
            .and_then(|weeks| next_meeting(last.unwrap_or(started_on), weeks)),
        goals: Vec::new(),
        meetings: Vec::new(),
    })
}

/// The day a meeting is due: `weeks` after `since`.
pub(super) fn next_meeting(since: Date, weeks: u32) -> Option<Date> {
    since
        .checked_add(Span::new().days(i64::from(weeks) * 7))
        .ok()
}

/// A contact's name.
pub(super) fn contact_name(conn: &Connection, id: ContactId) -> rusqlite::Result<String> {
    Ok(conn
        .query_row(
            "SELECT display_name FROM contacts WHERE id = ?1",
            [id],
            |row| row.get(0),
        )
        .optional()?
        .unwrap_or_default())
}

/// A date column.
pub(super) fn date_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Date> {
    let text: String = row.get(index)?;
    text.parse().map_err(|_| damaged(index, "date", &text))
}

/// A date column that may be empty.
pub(super) fn optional_date_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<Date>> {
    let text: Option<String> = row.get(index)?;
    text.map(|text| text.parse().map_err(|_| damaged(index, "date", &text)))
        .transpose()
}

/// A value the schema should not hold.
pub(super) fn damaged(column: usize, what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unknown {what} {value:?} in the database").into(),
    )
}
