//! Introductions as stored: added with their first step, read with both
//! people and their history, listed, deleted.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{IntroError, IntroPerson, Introduction, IntroductionDraft, IntroductionId};
use super::{IntroductionStatus, IntroductionStep, Side};
use crate::choice::{self, Choice};
use crate::values::{stored_instant, ContactId, Invalid};

/// The longest reason, in characters.
pub const REASON_LIMIT: usize = 2000;

const SELECT: &str = "SELECT i.id, i.reason, i.status, i.introduced_on,
        i.from_contact_id, a.display_name, a.specialty, a.institution, i.from_answer,
        i.to_contact_id, b.display_name, b.specialty, b.institution, i.to_answer
    FROM introductions i
    JOIN contacts a ON a.id = i.from_contact_id
    JOIN contacts b ON b.id = i.to_contact_id";

/// Proposes introducing A to B, on day `on`; refused: the same person twice,
/// an unknown contact, an empty or too long reason.
pub fn add(
    conn: &mut Connection,
    draft: &IntroductionDraft,
    on: Date,
    now: Timestamp,
) -> Result<Introduction, IntroError> {
    if draft.from_contact_id == draft.to_contact_id {
        return Err(
            Invalid::new("to_contact_id", "Choose two different people to introduce").into(),
        );
    }
    let reason = draft.reason.trim();
    if reason.is_empty() {
        return Err(Invalid::new("reason", "Say why they should meet").into());
    }
    let length = reason.chars().count();
    if length > REASON_LIMIT {
        return Err(Invalid::new(
            "reason",
            format!("The reason is too long: {length} characters (the limit is {REASON_LIMIT})"),
        )
        .into());
    }
    let tx = conn.transaction()?;
    for id in [draft.from_contact_id, draft.to_contact_id] {
        let known = tx
            .query_row("SELECT 1 FROM contacts WHERE id = ?1", [id], |_| Ok(()))
            .optional()?;
        if known.is_none() {
            return Err(IntroError::ContactNotFound(id));
        }
    }
    tx.execute(
        "INSERT INTO introductions (from_contact_id, to_contact_id, reason, status, created_at)
         VALUES (?1, ?2, ?3, 'proposed', ?4)",
        params![
            draft.from_contact_id,
            draft.to_contact_id,
            reason,
            stored_instant(now)
        ],
    )?;
    let id = tx.last_insert_rowid();
    record_step(&tx, id, IntroductionStatus::Proposed, None, on, now)?;
    let introduction = get(&tx, id)?;
    tx.commit()?;
    Ok(introduction)
}

/// One introduction.
pub fn get(conn: &Connection, id: IntroductionId) -> Result<Introduction, IntroError> {
    let found = conn
        .prepare_cached(&format!("{SELECT} WHERE i.id = ?1"))?
        .query_row([id], read)
        .optional()?;
    let mut introduction = found.ok_or(IntroError::NotFound(id))?;
    introduction.steps = steps(conn, id)?;
    Ok(introduction)
}

/// Every introduction, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Introduction>, IntroError> {
    read_all(conn, &format!("{SELECT} ORDER BY i.id DESC"), [])
}

/// The introductions `contact_id` is either side of, newest first (their
/// timeline shows them).
pub fn for_contact(
    conn: &Connection,
    contact_id: ContactId,
) -> Result<Vec<Introduction>, IntroError> {
    read_all(
        conn,
        &format!(
            "{SELECT} WHERE i.id IN (SELECT id FROM introductions WHERE from_contact_id = ?1
                                UNION SELECT id FROM introductions WHERE to_contact_id = ?1)
             ORDER BY i.id DESC"
        ),
        [contact_id],
    )
}

/// Deletes one, with its history; refused when there is none.
pub fn delete(conn: &Connection, id: IntroductionId) -> Result<(), IntroError> {
    match conn.execute("DELETE FROM introductions WHERE id = ?1", [id])? {
        0 => Err(IntroError::NotFound(id)),
        _ => Ok(()),
    }
}

/// Appends a step to an introduction's history.
pub(super) fn record_step(
    conn: &Connection,
    id: IntroductionId,
    status: IntroductionStatus,
    side: Option<Side>,
    on: Date,
    now: Timestamp,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO introduction_steps (introduction_id, seq, status, side, on_day, at)
         VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM introduction_steps WHERE introduction_id = ?1),
                 ?2, ?3, ?4, ?5)",
        params![
            id,
            status.name(),
            side.map(Choice::name),
            on.to_string(),
            stored_instant(now)
        ],
    )?;
    Ok(())
}

fn read_all<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
) -> Result<Vec<Introduction>, IntroError> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(params, read)?;
    let mut found = Vec::new();
    for row in rows {
        let mut introduction = row?;
        introduction.steps = steps(conn, introduction.id)?;
        found.push(introduction);
    }
    Ok(found)
}

fn steps(conn: &Connection, id: IntroductionId) -> rusqlite::Result<Vec<IntroductionStep>> {
    let mut statement = conn.prepare_cached(
        "SELECT status, side, on_day FROM introduction_steps WHERE introduction_id = ?1 ORDER BY seq",
    )?;
    let rows = statement.query_map([id], |row| {
        let side: Option<String> = row.get(1)?;
        Ok(IntroductionStep {
            status: text_column(row, 0, |text| choice::parse(text).ok())?,
            side: side.and_then(|side| choice::parse(&side).ok()),
            on: text_column(row, 2, |text| text.parse().ok())?,
        })
    })?;
    rows.collect()
}

fn read(row: &Row<'_>) -> rusqlite::Result<Introduction> {
    let introduced_on: Option<String> = row.get(3)?;
    Ok(Introduction {
        id: row.get(0)?,
        reason: row.get(1)?,
        status: text_column(row, 2, |text| choice::parse(text).ok())?,
        introduced_on: introduced_on.and_then(|day| day.parse().ok()),
        from: person(row, 4)?,
        to: person(row, 9)?,
        steps: Vec::new(),
    })
}

fn person(row: &Row<'_>, at: usize) -> rusqlite::Result<IntroPerson> {
    let specialty: String = row.get(at + 2)?;
    let institution: String = row.get(at + 3)?;
    let answer: Option<String> = row.get(at + 4)?;
    Ok(IntroPerson {
        contact_id: row.get(at)?,
        name: row.get(at + 1)?,
        line: line(&specialty, &institution),
        said_yes: answer.map(|answer| answer == "yes"),
    })
}

/// "Cardiology, Charité", from what is known.
pub(crate) fn line(specialty: &str, institution: &str) -> String {
    [specialty.trim(), institution.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A text column read into a value, as a conversion failure when it is
/// not one.
pub(super) fn text_column<T>(
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
