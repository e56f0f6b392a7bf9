//! Forgetting what was recorded against a subject that is gone, once, when
//! migration 010 makes ids never reused: from then on its triggers forget a
//! subject's records when it is deleted. Before it, a deleted contact's
//! dismissed birthday stayed, and the next contact given the same id
//! inherited it: the new person's birthday was never raised.
//!
//! A record is stale when a row its id names does not exist, or was created
//! after the record was written (it can only be about an earlier row that
//! had the same id). Where a table keeps no creation time (jobs, key dates,
//! CME cycles) only a missing row can tell.

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension};

use super::ids::ReminderRef;

/// The tables whose rows carry `created_at`.
const DATED: [&str; 5] = [
    "contacts",
    "interactions",
    "milestones",
    "events",
    "custom_reminders",
];

/// Deletes the stale records from `reminder_states` and `reminders_shown`;
/// returns how many.
pub(crate) fn forget(conn: &Connection) -> rusqlite::Result<usize> {
    let mut forgotten = 0;
    for (table, written) in [
        ("reminder_states", "acted_at"),
        ("reminders_shown", "shown_at"),
    ] {
        let records: Vec<(String, String)> = conn
            .prepare(&format!("SELECT reminder_id, {written} FROM {table}"))?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (id, at) in records {
            if is_stale(conn, &id, &at)? {
                forgotten += conn.execute(
                    &format!("DELETE FROM {table} WHERE reminder_id = ?1"),
                    [&id],
                )?;
            }
        }
    }
    Ok(forgotten)
}

fn is_stale(conn: &Connection, id: &str, written: &str) -> rusqlite::Result<bool> {
    // An id Curbside cannot read names nothing it would apply to.
    let Ok(reminder) = ReminderRef::parse(id) else {
        return Ok(false);
    };
    let written = written.parse::<Timestamp>().ok();
    for (table, row) in reminder.subjects() {
        let created: Option<Option<String>> = if DATED.contains(&table) {
            conn.prepare_cached(&format!("SELECT created_at FROM {table} WHERE id = ?1"))?
                .query_row([row], |row| row.get(0))
                .optional()?
        } else {
            conn.prepare_cached(&format!("SELECT NULL FROM {table} WHERE id = ?1"))?
                .query_row([row], |row| row.get(0))
                .optional()?
        };
        let Some(created) = created else {
            return Ok(true);
        };
        let created = created.and_then(|text| text.parse::<Timestamp>().ok());
        if let (Some(created), Some(written)) = (created, written) {
            if created > written {
                return Ok(true);
            }
        }
    }
    Ok(false)
}
