//! The rules a referral draft must follow before it is stored, with
//! messages for the person who typed it. The cleaned draft is what gets
//! stored, so reading it back gives the same values.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension};

use super::ReferralDraft;
use crate::values::{limits, single_line, ContactId, Invalid};

/// The longest a referral's note may be, in characters: a short note, not
/// a letter (and never patient data).
pub const NOTE: usize = 2_000;

/// Checks and tidies a draft: the colleague exists, the day is plausible,
/// the specialty is one line (the colleague's own when left empty), the
/// note is short.
pub(super) fn clean(conn: &Connection, draft: &ReferralDraft) -> Result<ReferralDraft, CleanError> {
    let specialty_of_contact = contact_specialty(conn, draft.contact_id)?.ok_or_else(|| {
        Invalid::new(
            "contact_id",
            format!("There is no contact with id {}", draft.contact_id),
        )
    })?;
    let on = plausible_date(draft.on)?;
    let mut specialty = single_line(
        "specialty",
        "The specialty",
        &draft.specialty,
        limits::SHORT_TEXT,
    )?;
    if specialty.is_empty() {
        specialty = specialty_of_contact;
    }
    let note = draft.note.trim().to_owned();
    let length = note.chars().count();
    if length > NOTE {
        return Err(Invalid::new(
            "note",
            format!(
                "The note is too long: {length} characters (the limit is {NOTE}); keep it short"
            ),
        )
        .into());
    }
    if note
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Invalid::new("note", "The note holds control characters").into());
    }
    Ok(ReferralDraft {
        contact_id: draft.contact_id,
        direction: draft.direction,
        on,
        specialty,
        reason: draft.reason,
        note,
    })
}

/// A failed check: a rule broken, or the database failing while checking.
pub(super) enum CleanError {
    Invalid(Invalid),
    Database(rusqlite::Error),
}

impl From<Invalid> for CleanError {
    fn from(error: Invalid) -> Self {
        CleanError::Invalid(error)
    }
}

impl From<rusqlite::Error> for CleanError {
    fn from(error: rusqlite::Error) -> Self {
        CleanError::Database(error)
    }
}

impl From<CleanError> for super::ReferralError {
    fn from(error: CleanError) -> Self {
        match error {
            CleanError::Invalid(error) => error.into(),
            CleanError::Database(error) => error.into(),
        }
    }
}

/// The contact's specialty, or `None` when there is no such contact.
fn contact_specialty(conn: &Connection, id: ContactId) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT specialty FROM contacts WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
    .optional()
}

/// Days are stored as text and compared as text, which needs four-digit
/// years; a year outside 1900–2200 is a typing slip anyway.
fn plausible_date(date: Date) -> Result<Date, Invalid> {
    if (1900..=2200).contains(&date.year()) {
        Ok(date)
    } else {
        Err(Invalid::new(
            "on",
            format!("The day ({date}) looks mistyped: the year should be between 1900 and 2200"),
        ))
    }
}
