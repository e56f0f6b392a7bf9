//! Keeps the full-text index in step with the tables: one row per contact,
//! rebuilt from its fields, tags and interaction notes on every write.

use rusqlite::Connection;

use crate::contacts::ContactId;

/// Rebuilds contact `id`'s search entry.
pub(crate) fn refresh(conn: &Connection, id: ContactId) -> rusqlite::Result<()> {
    remove(conn, id)?;
    conn.prepare_cached(
        "INSERT INTO contact_search (rowid, name, specialty, organization, tags, notes, interactions)
         SELECT c.id,
                c.display_name || ' ' || c.nickname,
                c.specialty || ' ' || c.subspecialty || ' ' || c.field || ' ' || c.credentials,
                c.institution || ' ' || c.department || ' ' || c.title,
                coalesce((SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id), ''),
                c.notes || ' ' || coalesce((SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), ''),
                coalesce((SELECT group_concat(i.note, ' ') FROM interactions i
                          JOIN interaction_contacts ic ON ic.interaction_id = i.id
                          WHERE ic.contact_id = c.id), '')
         FROM contacts c WHERE c.id = ?1",
    )?
    .execute([id])?;
    Ok(())
}

/// Drops contact `id`'s search entry.
pub(crate) fn remove(conn: &Connection, id: ContactId) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
        .execute([id])?;
    Ok(())
}
