//! When the user was last in touch with each contact: a column of
//! `contacts` kept from the interactions, so the list can sort and filter
//! by it. Whatever adds, edits or removes an interaction refreshes it.

use rusqlite::Connection;

use crate::values::ContactId;

/// Recomputes when the user was last in touch with `contact`.
pub(crate) fn refresh_recency(conn: &Connection, contact: ContactId) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE contacts SET last_interaction_at = (
             SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
             WHERE ic.contact_id = contacts.id)
         WHERE id = ?1",
    )?
    .execute([contact])?;
    Ok(())
}
