//! Introductions the user makes between two contacts, with double opt-in:
//! proposed → asked → accepted or declined → introduced, on both people's
//! timelines, and a prompt to ask how it went a few weeks later.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}
