//! Keeps the search structures in step with the tables, rebuilt from a
//! contact's fields on every write: its full-text entry (fields, tags and
//! interaction topics and notes) and its folded name and name words (migration 004),
//! which let search list people by name from an index. It lives with the
//! contacts, whose every write keeps it fresh; `search` only reads it.

use rusqlite::{Connection, OptionalExtension};

use crate::values::ContactId;

/// The search entries of the contacts a `WHERE` clause (appended) picks:
/// one row per contact, its fields, tags, emails and interaction notes.
pub(crate) const INSERT_ENTRIES: &str = "INSERT INTO contact_search (rowid, name, specialty, organization, tags, notes, interactions)
         SELECT c.id,
                c.display_name || ' ' || c.nickname,
                c.specialty || ' ' || c.subspecialty || ' ' || c.field || ' ' || c.credentials,
                c.institution || ' ' || c.department || ' ' || c.title,
                coalesce((SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id), ''),
                c.notes || ' ' || coalesce((SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), ''),
                coalesce((SELECT group_concat(i.topic || ' ' || i.note, ' ') FROM interactions i
                          JOIN interaction_contacts ic ON ic.interaction_id = i.id
                          WHERE ic.contact_id = c.id), '')
         FROM contacts c";

/// Rebuilds contact `id`'s search entry and name words.
pub(crate) fn refresh(conn: &Connection, id: ContactId) -> rusqlite::Result<()> {
    remove(conn, id)?;
    conn.prepare_cached(&format!("{INSERT_ENTRIES} WHERE c.id = ?1"))?
        .execute([id])?;
    let name: Option<(String, String)> = conn
        .prepare_cached("SELECT display_name, nickname FROM contacts WHERE id = ?1")?
        .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match name {
        Some((display_name, nickname)) => write_name(conn, id, &display_name, &nickname),
        None => Ok(()),
    }
}

/// Writes the search entries of many contacts at once: `created` have none
/// yet, `updated` have stale ones. One statement for all, so a 100,000-card
/// import indexes in bulk rather than card by card.
pub(crate) fn refresh_many(
    conn: &Connection,
    created: &[ContactId],
    updated: &[ContactId],
) -> rusqlite::Result<()> {
    for &id in updated {
        remove(conn, id)?;
    }
    let all: Vec<ContactId> = created.iter().chain(updated).copied().collect();
    if all.is_empty() {
        return Ok(());
    }
    let list = serde_json::to_string(&all)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    conn.execute(
        &format!("{INSERT_ENTRIES} WHERE c.id IN (SELECT value FROM json_each(?1))"),
        [&list],
    )?;
    let names: Vec<(ContactId, String, String)> = conn
        .prepare("SELECT id, display_name, nickname FROM contacts WHERE id IN (SELECT value FROM json_each(?1))")?
        .query_map([&list], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (id, display_name, nickname) in names {
        write_name(conn, id, &display_name, &nickname)?;
    }
    Ok(())
}

/// Drops contact `id`'s search entry and name words.
pub(crate) fn remove(conn: &Connection, id: ContactId) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM contact_name_words WHERE contact_id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Writes every contact's folded name and name words afresh: for migration
/// 004 (existing contacts) and for [`super::rebuild_index`]. Reads only
/// columns that exist from schema 4 on, since the migration runs it.
pub(crate) fn fill_names(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM contact_name_words", [])?;
    // Read them all first: writing rows of a table while a query steps
    // through it is not something to rely on.
    let names: Vec<(ContactId, String, String)> = conn
        .prepare("SELECT id, display_name, nickname FROM contacts")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (id, display_name, nickname) in names {
        write_name(conn, id, &display_name, &nickname)?;
    }
    Ok(())
}

/// Stores contact `id`'s folded display name and the folded words of its
/// display name and nickname (whose old words the caller has removed).
fn write_name(
    conn: &Connection,
    id: ContactId,
    display_name: &str,
    nickname: &str,
) -> rusqlite::Result<()> {
    let folded = crate::values::fold(display_name);
    conn.prepare_cached(
        "UPDATE contacts SET name_folded = ?2 WHERE id = ?1 AND name_folded IS NOT ?2",
    )?
    .execute(rusqlite::params![id, folded])?;
    let mut words = crate::values::folded_words(display_name);
    words.extend(crate::values::folded_words(nickname));
    let all: String = words.iter().map(|word| format!(" {word}")).collect();
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO contact_name_words (word, contact_id, name_folded, name_words)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for word in &words {
        insert.execute(rusqlite::params![word, id, folded, all])?;
    }
    Ok(())
}
