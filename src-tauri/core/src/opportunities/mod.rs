//! Opportunities heard of by word of mouth (jobs, research, grants, speaking,
//! committees, papers): who is involved and how, a status with its history,
//! a deadline. Nothing here is public: it stays in the book and the user's
//! own sync.

mod model;
mod store;
mod validate;

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::{DatedPrompt, Invalid};

pub use model::{
    Opportunity, OpportunityDraft, OpportunityFilter, OpportunityId, OpportunityKind,
    OpportunityPerson, OpportunityRole, OpportunityStatus, StatusChange,
};
pub use store::{add, delete, get, list, set_status, update};

/// Why an opportunity could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum OpportunityError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No opportunity has this id.
    #[error("there is no opportunity with id {id}")]
    NotFound {
        /// The id asked for.
        id: i64,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]): the deadline of each
/// opportunity still open (part empty).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, title, kind, status, deadline, notes FROM opportunities
         WHERE deadline >= ?1 AND deadline <= ?2 ORDER BY deadline, id",
    )?;
    let rows = statement.query_map([first.to_string(), last.to_string()], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
            row.get::<_, String>(5)?,
        ))
    })?;
    let mut prompts = Vec::new();
    for row in rows {
        let (id, title, _kind, status, deadline, notes) = row?;
        let status: OpportunityStatus = store::parsed(status, 3)?;
        if !status.is_open() {
            continue;
        }
        prompts.push(DatedPrompt {
            source: id,
            part: "",
            on: store::parsed(deadline, 4)?,
            contact_id: None,
            event_id: None,
            title: format!("Deadline for {title}"),
            context: (!notes.is_empty()).then_some(notes),
        });
    }
    Ok(prompts)
}
