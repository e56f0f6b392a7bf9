//! Opportunities heard of by word of mouth (jobs, research, grants, speaking,
//! committees, papers): who is involved and how, a status, a deadline.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}
