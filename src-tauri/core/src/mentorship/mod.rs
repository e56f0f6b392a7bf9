//! Mentors and mentees: goals with target dates, meetings with notes and
//! action items, and letters of recommendation asked for, with the
//! program's deadline and prompts for both sides.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}

/// The prompts about letters of recommendation due on days `first..=last`
/// (ask early, send thanks, report the outcome), raised as their own kind.
pub fn letter_prompts(
    conn: &Connection,
    first: Date,
    last: Date,
) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}
