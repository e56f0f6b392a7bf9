//! Actions on a selection of contacts: tag, untag, delete with undo. Each is
//! one transaction.

use jiff::Timestamp;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::OperationError;
use crate::contacts::search_index;
use crate::contacts::{delete_in, exists, ContactError};
use crate::values::{ContactId, Invalid};

/// Adds `tag` to every contact in `ids`; returns how many gained it.
pub fn tag(
    conn: &mut Connection,
    ids: &[ContactId],
    tag: &str,
    now: Timestamp,
) -> Result<usize, ContactError> {
    let tag = checked_tag(tag)?;
    let tx = conn.transaction()?;
    let mut changed = 0;
    for &id in ids {
        if !exists(&tx, id)? {
            return Err(ContactError::NotFound(id));
        }
        let added = tx.execute(
            "INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?1, ?2)",
            params![id, tag],
        )?;
        if added > 0 {
            touch(&tx, id, now)?;
            changed += 1;
        }
    }
    tx.commit()?;
    Ok(changed)
}

/// Removes `tag` (any case) from every contact in `ids`; returns how many had it.
pub fn untag(
    conn: &mut Connection,
    ids: &[ContactId],
    tag: &str,
    now: Timestamp,
) -> Result<usize, ContactError> {
    let tag = checked_tag(tag)?;
    let tx = conn.transaction()?;
    let mut changed = 0;
    for &id in ids {
        if tx.execute(
            "DELETE FROM contact_tags WHERE contact_id = ?1 AND tag = ?2",
            params![id, tag],
        )? > 0
        {
            touch(&tx, id, now)?;
            changed += 1;
        }
    }
    tx.commit()?;
    Ok(changed)
}

/// What a bulk delete removed, enough to put it all back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deleted {
    /// Every row removed, table by table, as `(table, columns as JSON)`.
    rows: Vec<(String, serde_json::Map<String, serde_json::Value>)>,
    /// The contacts deleted.
    pub ids: Vec<ContactId>,
}

/// The tables a contact's data lives in, parents first, with the condition
/// that picks a set of contacts' rows (`?` is the JSON array of ids).
const TABLES: &[(&str, &str)] = &[
    ("contacts", "id IN (SELECT value FROM json_each(?1))"),
    ("contact_emails", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_phones", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_tags", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_links", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_addresses", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_photos", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("affiliations", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("relationships", "contact_id IN (SELECT value FROM json_each(?1)) OR other_contact_id IN (SELECT value FROM json_each(?1))"),
    ("event_people", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("contact_cadences", "contact_id IN (SELECT value FROM json_each(?1))"),
    ("milestones", "contact_id IN (SELECT value FROM json_each(?1))"),
    (
        "interactions",
        "id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id IN (SELECT value FROM json_each(?1)))",
    ),
    (
        "interaction_contacts",
        "interaction_id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id IN (SELECT value FROM json_each(?1)))",
    ),
    // What the user did with their reminders, which deleting forgets
    // (migration 010): undo brings back a dismissed birthday as dismissed.
    ("reminder_states", REMINDERS_OF_CONTACTS),
    ("reminders_shown", REMINDERS_OF_CONTACTS),
];

/// The reminder ids that name one of the contacts, or one of their jobs,
/// milestones or meetings.
const REMINDERS_OF_CONTACTS: &str = "EXISTS (SELECT 1 FROM json_each(?1) j
        WHERE reminder_id GLOB '*:c' || j.value || ':*' OR reminder_id GLOB '*:c' || j.value)
     OR EXISTS (SELECT 1 FROM affiliations a WHERE a.contact_id IN (SELECT value FROM json_each(?1))
        AND reminder_id GLOB 'work_anniversary:a' || a.id || ':*')
     OR EXISTS (SELECT 1 FROM milestones m WHERE m.contact_id IN (SELECT value FROM json_each(?1))
        AND reminder_id = 'milestone:m' || m.id)
     OR EXISTS (SELECT 1 FROM interaction_contacts ic WHERE ic.contact_id IN (SELECT value FROM json_each(?1))
        AND reminder_id GLOB 'follow_up:i' || ic.interaction_id || ':*')";

/// Deletes the contacts in `ids` and returns what [`restore`] needs to undo it.
pub fn delete_many(conn: &mut Connection, ids: &[ContactId]) -> Result<Deleted, OperationError> {
    crate::backup::before(conn, crate::backup::Reason::BeforeBulkDelete)?;
    let tx = conn.transaction()?;
    for &id in ids {
        if !exists(&tx, id)? {
            return Err(ContactError::NotFound(id).into());
        }
    }
    let list = serde_json::to_string(ids).map_err(|e| Invalid::new("ids", e.to_string()))?;
    let mut rows = Vec::new();
    for (table, condition) in TABLES {
        let mut statement = tx.prepare(&format!("SELECT * FROM {table} WHERE {condition}"))?;
        let names: Vec<String> = statement
            .column_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let mut found = statement.query([&list])?;
        while let Some(row) = found.next()? {
            let mut map = serde_json::Map::new();
            for (n, name) in names.iter().enumerate() {
                map.insert(name.clone(), to_json(row.get_ref(n)?));
            }
            rows.push((table.to_string(), map));
        }
    }
    let mut others = Vec::new();
    for &id in ids {
        others.extend(delete_in(&tx, id)?);
    }
    for other in others.into_iter().filter(|other| !ids.contains(other)) {
        if exists(&tx, other)? {
            crate::contacts::refresh_recency(&tx, other)?;
            search_index::refresh(&tx, other)?;
        }
    }
    tx.commit()?;
    Ok(Deleted {
        rows,
        ids: ids.to_vec(),
    })
}

/// Puts back what [`delete_many`] removed, with the same ids.
pub fn restore(conn: &mut Connection, deleted: &Deleted) -> Result<(), ContactError> {
    let tx = conn.transaction()?;
    // Rows refer to each other (introduced_by, relationships): check at commit.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
    for (table, row) in &deleted.rows {
        let columns: Vec<&String> = row.keys().collect();
        let holes = vec!["?"; columns.len()].join(", ");
        let names = columns
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let values: Vec<rusqlite::types::Value> = row.values().map(from_json).collect();
        tx.execute(
            &format!("INSERT OR IGNORE INTO {table} ({names}) VALUES ({holes})"),
            rusqlite::params_from_iter(values),
        )?;
    }
    let mut touched: Vec<ContactId> = deleted.ids.clone();
    for (table, row) in &deleted.rows {
        if table == "interaction_contacts" {
            touched.extend(row.get("contact_id").and_then(serde_json::Value::as_i64));
        }
    }
    touched.sort_unstable();
    touched.dedup();
    for id in touched {
        crate::contacts::refresh_recency(&tx, id)?;
        search_index::refresh(&tx, id)?;
    }
    tx.commit()?;
    Ok(())
}

fn checked_tag(tag: &str) -> Result<String, ContactError> {
    let tag = tag.trim();
    if tag.is_empty() {
        return Err(Invalid::new("tag", "Tag is required").into());
    }
    if tag.chars().count() > crate::values::limits::TAG || tag.chars().any(char::is_control) {
        return Err(Invalid::new(
            "tag",
            format!(
                "Tag is too long (the limit is {})",
                crate::values::limits::TAG
            ),
        )
        .into());
    }
    Ok(tag.to_owned())
}

fn touch(conn: &Connection, id: ContactId, now: Timestamp) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE contacts SET updated_at = ?2 WHERE id = ?1",
        params![id, now.to_string()],
    )?;
    search_index::refresh(conn, id)
}

fn to_json(value: rusqlite::types::ValueRef<'_>) -> serde_json::Value {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(n) => n.into(),
        ValueRef::Real(x) => x.into(),
        ValueRef::Text(text) => String::from_utf8_lossy(text).into_owned().into(),
        ValueRef::Blob(bytes) => serde_json::json!({ "blob": data_encoding::BASE64.encode(bytes) }),
    }
}

fn from_json(value: &serde_json::Value) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Number(n) => n.as_i64().map_or_else(
            || Value::Real(n.as_f64().unwrap_or_default()),
            Value::Integer,
        ),
        serde_json::Value::String(text) => Value::Text(text.clone()),
        serde_json::Value::Object(map) => map
            .get("blob")
            .and_then(serde_json::Value::as_str)
            .and_then(|b64| data_encoding::BASE64.decode(b64.as_bytes()).ok())
            .map_or(Value::Null, Value::Blob),
        other => Value::Text(other.to_string()),
    }
}
