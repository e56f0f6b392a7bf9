//! "Update your profiles (LinkedIn, Doximity…)": raised the day after each
//! of the user's own milestones.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::Connection;

use super::milestones::read;
use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]): one the day after each own
/// milestone, read by the milestones' day index.
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let (Ok(from), Ok(to)) = (first.checked_sub(1.day()), last.checked_sub(1.day())) else {
        return Ok(Vec::new());
    };
    let mut statement = conn.prepare_cached(
        "SELECT id, kind, title, happened_on, note FROM own_milestones
         WHERE happened_on BETWEEN ?1 AND ?2 ORDER BY happened_on, id",
    )?;
    let rows = statement.query_map([from.to_string(), to.to_string()], read)?;
    let mut found = Vec::new();
    for milestone in rows {
        let milestone = milestone?;
        let Ok(on) = milestone.happened_on.checked_add(1.day()) else {
            continue;
        };
        found.push(DatedPrompt {
            source: milestone.id,
            part: "",
            on,
            contact_id: None,
            event_id: None,
            title: "Update your profiles (LinkedIn, Doximity…)".to_owned(),
            context: Some(milestone.title),
        });
    }
    Ok(found)
}
