//! What the user did with a merged-away contact's reminders follows them to
//! the kept contact: a birthday already congratulated, a follow-up
//! dismissed, a prompt snoozed or already shown is not raised again for the
//! kept card. Those ids name the contact (`birthday:c7:2027`), so they are
//! rewritten; where the kept contact has its own record for the same
//! prompt, the kept one's stands.

use rusqlite::{params, Connection};

use super::ids::ReminderRef;
use crate::values::ContactId;

/// The tables that record what happened to a reminder, by its id.
const BY_ID: [&str; 2] = ["reminder_states", "reminders_shown"];

/// Moves the records of `other`'s reminders to `keep`, inside the merge's
/// transaction.
pub(crate) fn follow_contact(
    tx: &Connection,
    keep: ContactId,
    other: ContactId,
) -> rusqlite::Result<()> {
    for table in BY_ID {
        let ids: Vec<String> = tx
            .prepare(&format!(
                "SELECT reminder_id FROM {table} WHERE reminder_id LIKE ?1"
            ))?
            .query_map([format!("%:c{other}%")], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        for id in ids {
            let Some(moved) = ReminderRef::parse(&id)
                .ok()
                .and_then(|parsed| parsed.moved_to(other, keep))
            else {
                continue;
            };
            tx.execute(
                &format!("UPDATE OR IGNORE {table} SET reminder_id = ?2 WHERE reminder_id = ?1"),
                params![id, moved.to_string()],
            )?;
            tx.execute(
                &format!("DELETE FROM {table} WHERE reminder_id = ?1"),
                [&id],
            )?;
        }
    }
    Ok(())
}

/// Moves the records of the prompts `<kind>:<from>:<part>:<day>` of a
/// workflow's row to the row `to` that takes its place (two mentorships of
/// one person folded into one), inside the caller's transaction; where `to`
/// has its own record for the same day, `to`'s stands.
pub(crate) fn follow_workflow_row(
    tx: &Connection,
    kind: &str,
    part: &str,
    from: i64,
    to: i64,
) -> rusqlite::Result<()> {
    let old = format!("{kind}:{from}:{part}:");
    let new = format!("{kind}:{to}:{part}:");
    for table in BY_ID {
        tx.execute(
            &format!(
                "UPDATE OR IGNORE {table} SET reminder_id = ?2 || substr(reminder_id, length(?1) + 1)
                 WHERE substr(reminder_id, 1, length(?1)) = ?1"
            ),
            params![old, new],
        )?;
        tx.execute(
            &format!("DELETE FROM {table} WHERE substr(reminder_id, 1, length(?1)) = ?1"),
            [&old],
        )?;
    }
    Ok(())
}
