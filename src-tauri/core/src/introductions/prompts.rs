//! "How did the introduction go?": raised [`FOLLOW_UP_DAYS`] days after two
//! people were introduced. It is about A (the person introduced): the user
//! introduced A because A was to gain from it, so the draft asks A how it
//! went.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// How many days after the introduction the follow-up is due.
pub const FOLLOW_UP_DAYS: i64 = 21;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]), read by the
/// introduced-on index.
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let back = FOLLOW_UP_DAYS.days();
    let (Ok(from), Ok(to)) = (first.checked_sub(back), last.checked_sub(back)) else {
        return Ok(Vec::new());
    };
    let mut statement = conn.prepare_cached(
        "SELECT i.id, i.introduced_on, i.from_contact_id, a.display_name, b.display_name, i.reason
         FROM introductions i
         JOIN contacts a ON a.id = i.from_contact_id
         JOIN contacts b ON b.id = i.to_contact_id
         WHERE i.introduced_on BETWEEN ?1 AND ?2 AND i.status = 'introduced'
         ORDER BY i.introduced_on, i.id",
    )?;
    let rows = statement.query_map([from.to_string(), to.to_string()], |row| {
        let day: String = row.get(1)?;
        let a: String = row.get(3)?;
        let b: String = row.get(4)?;
        Ok((row.get::<_, i64>(0)?, day, row.get(2)?, a, b, row.get(5)?))
    })?;
    let mut found = Vec::new();
    for row in rows {
        let (id, day, from_contact, a, b, reason) = row?;
        let Some(on) = day
            .parse::<Date>()
            .ok()
            .and_then(|day| day.checked_add(back).ok())
        else {
            continue;
        };
        found.push(DatedPrompt {
            source: id,
            part: "",
            on,
            contact_id: Some(from_contact),
            event_id: None,
            title: format!("Ask {a} how the introduction to {b} went"),
            context: Some(reason),
        });
    }
    Ok(found)
}
