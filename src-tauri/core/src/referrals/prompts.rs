//! The thank-you after a received referral: one prompt per received
//! referral, due on the day it came (the engine keeps it until the user
//! acts, and asks only for the days it looks at).

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The thank-you prompts due on days `first..=last`: one per referral
/// received on one of those days, read by the (direction, day) index.
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut statement = conn.prepare_cached(
        "SELECT r.id, r.contact_id, c.display_name, r.on_date, r.note
           FROM referrals r JOIN contacts c ON c.id = r.contact_id
          WHERE r.direction = 'received' AND r.on_date >= ?1 AND r.on_date <= ?2
          ORDER BY r.on_date, r.id",
    )?;
    let rows = statement.query_map([first.to_string(), last.to_string()], |row| {
        let on: String = row.get(3)?;
        let name: String = row.get(2)?;
        let note: String = row.get(4)?;
        Ok(DatedPrompt {
            source: row.get(0)?,
            part: "",
            on: on.parse().map_err(|error| {
                rusqlite::Error::FromSqlConversionFailure(
                    3,
                    rusqlite::types::Type::Text,
                    Box::new(error),
                )
            })?,
            contact_id: Some(row.get(1)?),
            event_id: None,
            title: format!("Thank {} for the referral", name.trim()),
            context: (!note.is_empty()).then_some(note),
        })
    })?;
    rows.collect()
}
