//! Reading and writing contacts. Every write is one transaction: a contact
//! and its emails, phones and tags land together or not at all.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::validate::clean;
use super::{Contact, ContactDraft, ContactError, ContactFilter, ContactId};

/// Adds a contact and returns it as stored.
pub fn create(
    conn: &mut Connection,
    draft: &ContactDraft,
    now: Timestamp,
) -> Result<Contact, ContactError> {
    let draft = clean(draft)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO contacts (display_name, credentials, specialty, institution, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![draft.display_name, draft.credentials, draft.specialty, draft.institution, draft.notes, now.to_string()],
    )?;
    let id = tx.last_insert_rowid();
    write_lists(&tx, id, &draft)?;
    let contact = get(&tx, id)?;
    tx.commit()?;
    Ok(contact)
}

/// Replaces every field of contact `id` with the draft's.
pub fn update(
    conn: &mut Connection,
    id: ContactId,
    draft: &ContactDraft,
    now: Timestamp,
) -> Result<Contact, ContactError> {
    let draft = clean(draft)?;
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE contacts SET display_name = ?2, credentials = ?3, specialty = ?4, institution = ?5,
                             notes = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            draft.display_name,
            draft.credentials,
            draft.specialty,
            draft.institution,
            draft.notes,
            now.to_string()
        ],
    )?;
    if changed == 0 {
        return Err(ContactError::NotFound(id));
    }
    for table in ["contact_emails", "contact_phones", "contact_tags"] {
        tx.execute(&format!("DELETE FROM {table} WHERE contact_id = ?1"), [id])?;
    }
    write_lists(&tx, id, &draft)?;
    let contact = get(&tx, id)?;
    tx.commit()?;
    Ok(contact)
}

/// Removes contact `id` with everything attached to it.
pub fn delete(conn: &mut Connection, id: ContactId) -> Result<(), ContactError> {
    match conn.execute("DELETE FROM contacts WHERE id = ?1", [id])? {
        0 => Err(ContactError::NotFound(id)),
        _ => Ok(()),
    }
}

/// One contact, whole.
pub fn get(conn: &Connection, id: ContactId) -> Result<Contact, ContactError> {
    let mut contact = conn
        .query_row(
            &format!("{SELECT_CONTACT} WHERE id = ?1"),
            [id],
            contact_row,
        )
        .optional()?
        .ok_or(ContactError::NotFound(id))?;
    contact.emails = strings(
        conn,
        "SELECT address FROM contact_emails WHERE contact_id = ?1 ORDER BY position",
        id,
    )?;
    contact.phones = strings(
        conn,
        "SELECT number FROM contact_phones WHERE contact_id = ?1 ORDER BY position",
        id,
    )?;
    contact.tags = strings(
        conn,
        "SELECT tag FROM contact_tags WHERE contact_id = ?1 ORDER BY tag COLLATE NOCASE",
        id,
    )?;
    Ok(contact)
}

/// Contacts in name order, filtered.
pub fn list(conn: &Connection, filter: &ContactFilter) -> Result<Vec<Contact>, ContactError> {
    let limit = filter.limit.map_or(-1, i64::from);
    let ids: Vec<ContactId> = match &filter.tag {
        Some(tag) => collect_ids(
            conn,
            "SELECT c.id FROM contacts c JOIN contact_tags t ON t.contact_id = c.id
             WHERE t.tag = ?1 ORDER BY c.display_name COLLATE NOCASE, c.id LIMIT ?2",
            params![tag.trim(), limit],
        )?,
        None => collect_ids(
            conn,
            "SELECT id FROM contacts ORDER BY display_name COLLATE NOCASE, id LIMIT ?1",
            params![limit],
        )?,
    };
    ids.into_iter().map(|id| get(conn, id)).collect()
}

const SELECT_CONTACT: &str =
    "SELECT id, display_name, credentials, specialty, institution, notes, created_at, updated_at FROM contacts";

/// The contact's own columns; lists are filled in by [`get`].
fn contact_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: row.get(0)?,
        display_name: row.get(1)?,
        credentials: row.get(2)?,
        specialty: row.get(3)?,
        institution: row.get(4)?,
        emails: Vec::new(),
        phones: Vec::new(),
        tags: Vec::new(),
        notes: row.get(5)?,
        created_at: timestamp(row, 6)?,
        updated_at: timestamp(row, 7)?,
    })
}

/// A stored timestamp; one that does not parse is a damaged row, reported.
fn timestamp(row: &Row<'_>, column: usize) -> rusqlite::Result<Timestamp> {
    let text: String = row.get(column)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn write_lists(
    tx: &Transaction<'_>,
    id: ContactId,
    draft: &ContactDraft,
) -> Result<(), ContactError> {
    for (position, address) in draft.emails.iter().enumerate() {
        tx.execute(
            "INSERT INTO contact_emails (contact_id, position, address) VALUES (?1, ?2, ?3)",
            params![id, position as i64, address],
        )?;
    }
    for (position, number) in draft.phones.iter().enumerate() {
        tx.execute(
            "INSERT INTO contact_phones (contact_id, position, number) VALUES (?1, ?2, ?3)",
            params![id, position as i64, number],
        )?;
    }
    for tag in &draft.tags {
        tx.execute(
            "INSERT INTO contact_tags (contact_id, tag) VALUES (?1, ?2)",
            params![id, tag],
        )?;
    }
    Ok(())
}

fn strings(conn: &Connection, sql: &str, id: ContactId) -> Result<Vec<String>, ContactError> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn collect_ids(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<ContactId>, ContactError> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(params, |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
