//! The user's own presence: name, credentials, bio, elevator pitch and links
//! (Doximity, LinkedIn, ORCID, a CV), kept once and used in drafts and
//! introductions, and a prompt to update one's own profiles after one's own
//! milestones.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}
