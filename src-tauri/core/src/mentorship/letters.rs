//! Letters of recommendation asked for, either way: a mentor writing for
//! the user, or the user writing for a mentee. Each moves through its
//! status (to ask → asked → agreed → submitted → thanked) and ends with the
//! program's outcome; the day it became submitted is kept for the
//! thank-you prompt.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};

use super::mentorships::{damaged, date_column, optional_date_column};
use super::model::{LetterDraft, LetterRequest, LetterStatus, Outcome};
use super::{validate, MentorshipError};
use crate::choice::{parse, Choice};
use crate::contacts;
use crate::values::ContactId;

/// Records a letter request. Refused: an unknown contact, no program name,
/// a decision date before the deadline. A request recorded as submitted
/// already counts as submitted `today`.
pub fn add_letter(
    conn: &mut Connection,
    draft: &LetterDraft,
    today: Date,
) -> Result<LetterRequest, MentorshipError> {
    let draft = validate::letter(draft)?;
    let tx = conn.transaction()?;
    if !contacts::exists(&tx, draft.contact_id)? {
        return Err(MentorshipError::NotFound {
            what: "contact",
            id: draft.contact_id,
        });
    }
    tx.execute(
        "INSERT INTO letter_requests (contact_id, writer, program, program_name, deadline,
             decision_on, status, submitted_on, outcome, notes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            draft.contact_id,
            draft.writer.name(),
            draft.program.name(),
            draft.program_name,
            draft.deadline.to_string(),
            draft.decision_on.map(|day| day.to_string()),
            draft.status.name(),
            submitted_on(draft.status, None, today).map(|day| day.to_string()),
            draft.outcome.name(),
            draft.notes,
            Timestamp::now().to_string(),
        ],
    )?;
    let letter = letter(&tx, tx.last_insert_rowid())?;
    tx.commit()?;
    Ok(letter)
}

/// Replaces a letter request's fields (its contact may change too).
pub fn update_letter(
    conn: &mut Connection,
    id: i64,
    draft: &LetterDraft,
    today: Date,
) -> Result<LetterRequest, MentorshipError> {
    let draft = validate::letter(draft)?;
    let tx = conn.transaction()?;
    let before = letter(&tx, id)?;
    if !contacts::exists(&tx, draft.contact_id)? {
        return Err(MentorshipError::NotFound {
            what: "contact",
            id: draft.contact_id,
        });
    }
    tx.execute(
        "UPDATE letter_requests SET contact_id = ?2, writer = ?3, program = ?4, program_name = ?5,
             deadline = ?6, decision_on = ?7, status = ?8, submitted_on = ?9, outcome = ?10,
             notes = ?11
         WHERE id = ?1",
        params![
            id,
            draft.contact_id,
            draft.writer.name(),
            draft.program.name(),
            draft.program_name,
            draft.deadline.to_string(),
            draft.decision_on.map(|day| day.to_string()),
            draft.status.name(),
            submitted_on(draft.status, before.submitted_on, today).map(|day| day.to_string()),
            draft.outcome.name(),
            draft.notes,
        ],
    )?;
    let letter = letter(&tx, id)?;
    tx.commit()?;
    Ok(letter)
}

/// Moves a letter request to `status` (any step, forward or back: a slip
/// is put right the same way). Reaching submitted records `today` as the
/// day it was submitted; going back before submitted forgets it.
pub fn set_letter_status(
    conn: &mut Connection,
    id: i64,
    status: LetterStatus,
    today: Date,
) -> Result<LetterRequest, MentorshipError> {
    let tx = conn.transaction()?;
    let before = letter(&tx, id)?;
    tx.execute(
        "UPDATE letter_requests SET status = ?2, submitted_on = ?3 WHERE id = ?1",
        params![
            id,
            status.name(),
            submitted_on(status, before.submitted_on, today).map(|day| day.to_string())
        ],
    )?;
    let letter = letter(&tx, id)?;
    tx.commit()?;
    Ok(letter)
}

/// Records how the application turned out.
pub fn set_letter_outcome(
    conn: &mut Connection,
    id: i64,
    outcome: Outcome,
) -> Result<LetterRequest, MentorshipError> {
    let changed = conn.execute(
        "UPDATE letter_requests SET outcome = ?2 WHERE id = ?1",
        params![id, outcome.name()],
    )?;
    if changed == 0 {
        return Err(not_found(id));
    }
    letter(conn, id)
}

/// Deletes a letter request.
pub fn delete_letter(conn: &mut Connection, id: i64) -> Result<(), MentorshipError> {
    match conn.execute("DELETE FROM letter_requests WHERE id = ?1", [id])? {
        0 => Err(not_found(id)),
        _ => Ok(()),
    }
}

/// Every letter request, the nearest deadline first.
pub fn letters(conn: &Connection) -> Result<Vec<LetterRequest>, MentorshipError> {
    read(conn, "1 = 1", [])
}

/// A contact's letter requests, the nearest deadline first.
pub fn letters_for_contact(
    conn: &Connection,
    contact: ContactId,
) -> Result<Vec<LetterRequest>, MentorshipError> {
    read(conn, "l.contact_id = ?1", [contact])
}

/// One letter request.
pub fn letter(conn: &Connection, id: i64) -> Result<LetterRequest, MentorshipError> {
    read(conn, "l.id = ?1", [id])?.pop().ok_or(not_found(id))
}

/// The day a request at `status` counts as submitted: kept once known,
/// `today` when it reaches submitted, none before.
fn submitted_on(status: LetterStatus, known: Option<Date>, today: Date) -> Option<Date> {
    (status >= LetterStatus::Submitted).then(|| known.unwrap_or(today))
}

fn not_found(id: i64) -> MentorshipError {
    MentorshipError::NotFound {
        what: "letter request",
        id,
    }
}

/// The columns [`letter_row`] reads, `l` the request and `c` its contact.
pub(super) const COLUMNS: &str = "l.id, l.contact_id, c.display_name, l.writer, l.program,
    l.program_name, l.deadline, l.decision_on, l.status, l.submitted_on, l.outcome, l.notes";

fn read<P: rusqlite::Params>(
    conn: &Connection,
    filter: &str,
    args: P,
) -> Result<Vec<LetterRequest>, MentorshipError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM letter_requests l JOIN contacts c ON c.id = l.contact_id
         WHERE {filter} ORDER BY l.deadline, l.id"
    ))?;
    let letters = statement
        .query_map(args, letter_row)?
        .collect::<Result<_, _>>()?;
    Ok(letters)
}

/// A letter request from [`COLUMNS`].
pub(super) fn letter_row(row: &Row<'_>) -> rusqlite::Result<LetterRequest> {
    fn choice<T: Choice>(row: &Row<'_>, index: usize, what: &str) -> rusqlite::Result<T> {
        let text: String = row.get(index)?;
        parse(&text).map_err(|_| damaged(index, what, &text))
    }
    Ok(LetterRequest {
        id: row.get(0)?,
        contact_id: row.get(1)?,
        contact_name: row.get(2)?,
        writer: choice(row, 3, "writer")?,
        program: choice(row, 4, "program")?,
        program_name: row.get(5)?,
        deadline: date_column(row, 6)?,
        decision_on: optional_date_column(row, 7)?,
        status: choice(row, 8, "status")?,
        submitted_on: optional_date_column(row, 9)?,
        outcome: choice(row, 10, "outcome")?,
        notes: row.get(11)?,
    })
}
