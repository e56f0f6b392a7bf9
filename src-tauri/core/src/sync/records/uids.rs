//! Uids and row ids: an item's uid from its row id (made the first time an
//! item is synced), and back. Contacts and events keep their uid in their
//! own `uid` column; every other item in table `sync_uids` (migration 014).
//! A reference to a changed occurrence of an event is written as
//! `{"uid": <series uid>, "recurrence_id": <the start it replaces>}`, a
//! reference to the series as its uid alone.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};

use super::Kind;

/// A fresh uid: 128 random bits written as a UUID (version 4).
pub(super) fn new_uid() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No randomness from the OS: the clock and a counter are unique
        // enough for one database, whose unique indexes have the last word.
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let now = jiff::Timestamp::now().as_nanosecond();
        bytes[..8].copy_from_slice(&(now as u64).to_le_bytes());
        bytes[8..].copy_from_slice(&COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    }
    crate::values::uuid_text(bytes, 4)
}

/// The uid of item `id` of `kind` (a reference's value), made and kept if it
/// has none yet; `None` if there is no such item.
pub(super) fn uid_of(conn: &Connection, kind: Kind, id: i64) -> rusqlite::Result<Option<Value>> {
    match kind {
        Kind::Contact => {
            let uid: Option<Option<String>> = conn
                .prepare_cached("SELECT uid FROM contacts WHERE id = ?1")?
                .query_row([id], |row| row.get(0))
                .optional()?;
            match uid {
                None => Ok(None),
                Some(Some(uid)) => Ok(Some(Value::String(uid))),
                Some(None) => {
                    let uid = new_uid();
                    conn.prepare_cached("UPDATE contacts SET uid = ?2 WHERE id = ?1")?
                        .execute(params![id, uid])?;
                    Ok(Some(Value::String(uid)))
                }
            }
        }
        Kind::Event => {
            let row: Option<(String, Option<i64>, Option<String>)> = conn
                .prepare_cached("SELECT uid, series_id, recurrence_id FROM events WHERE id = ?1")?
                .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
                .optional()?;
            Ok(row.map(
                |(uid, series, recurrence_id)| match (series, recurrence_id) {
                    (Some(_), Some(recurrence_id)) => occurrence_ref(&uid, &recurrence_id),
                    _ => Value::String(uid),
                },
            ))
        }
        _ => {
            let Some(table) = super::kinds::spec_of(kind).table else {
                return Ok(None);
            };
            let exists: bool = conn
                .prepare_cached(&format!(
                    "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
                ))?
                .query_row([id], |row| row.get(0))?;
            if !exists {
                return Ok(None);
            }
            let uid: Option<String> = conn
                .prepare_cached("SELECT uid FROM sync_uids WHERE kind = ?1 AND local_id = ?2")?
                .query_row(params![kind.name(), id], |row| row.get(0))
                .optional()?;
            Ok(Some(Value::String(match uid {
                Some(uid) => uid,
                None => {
                    let uid = new_uid();
                    record_uid(conn, kind, id, &uid)?;
                    uid
                }
            })))
        }
    }
}

/// A reference to a changed occurrence of the series `uid`.
pub(super) fn occurrence_ref(uid: &str, recurrence_id: &str) -> Value {
    let mut object = Map::new();
    object.insert("uid".into(), Value::String(uid.to_owned()));
    object.insert(
        "recurrence_id".into(),
        Value::String(recurrence_id.to_owned()),
    );
    Value::Object(object)
}

/// Keeps `uid` as the uid of item `id` of `kind` (one kept in `sync_uids`).
pub(super) fn record_uid(
    conn: &Connection,
    kind: Kind,
    id: i64,
    uid: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_uids (kind, local_id, uid) VALUES (?1, ?2, ?3)
         ON CONFLICT (kind, local_id) DO UPDATE SET uid = excluded.uid",
    )?
    .execute(params![kind.name(), id, uid])?;
    Ok(())
}

/// What a reference names, read from a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    /// The item with this uid.
    Item(String),
    /// A changed occurrence of the event series with this uid.
    Occurrence(String, String),
}

impl Target {
    /// The uid of the item that must exist.
    pub fn uid(&self) -> &str {
        match self {
            Target::Item(uid) | Target::Occurrence(uid, _) => uid,
        }
    }
}

/// Reads a reference's value; `None` for `null`, an error text for
/// anything else that is not a reference.
pub(super) fn target(kind: Kind, value: &Value) -> Result<Option<Target>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(uid) if !uid.is_empty() => Ok(Some(Target::Item(uid.clone()))),
        Value::Object(object) if kind == Kind::Event => {
            match (object.get("uid"), object.get("recurrence_id"), object.len()) {
                (Some(Value::String(uid)), Some(Value::String(rid)), 2) if !uid.is_empty() => {
                    Ok(Some(Target::Occurrence(uid.clone(), rid.clone())))
                }
                _ => Err(format!(
                    "{value} is not a reference to an event or occurrence"
                )),
            }
        }
        _ => Err(format!(
            "expected the uid of the {} it names, found {value}",
            kind.name().replace('_', " ")
        )),
    }
}

/// This computer's row id for what `target` names, if it has it.
pub(super) fn resolve(
    conn: &Connection,
    kind: Kind,
    target: &Target,
) -> rusqlite::Result<Option<i64>> {
    match target {
        Target::Item(uid) => local_id(conn, kind, uid),
        Target::Occurrence(uid, recurrence_id) => conn
            .prepare_cached(
                "SELECT o.id FROM events s JOIN events o ON o.series_id = s.id
                 WHERE s.uid = ?1 AND s.series_id IS NULL AND o.recurrence_id = ?2",
            )?
            .query_row(params![uid, recurrence_id], |row| row.get(0))
            .optional(),
    }
}

/// This computer's row id for the item of `kind` with `uid` (the root row);
/// for settings and reminder states, which have none, 0 when it exists.
pub(super) fn local_id(conn: &Connection, kind: Kind, uid: &str) -> rusqlite::Result<Option<i64>> {
    match kind {
        Kind::Contact => conn
            .prepare_cached("SELECT id FROM contacts WHERE uid = ?1")?
            .query_row([uid], |row| row.get(0))
            .optional(),
        Kind::Event => conn
            .prepare_cached("SELECT id FROM events WHERE uid = ?1 AND series_id IS NULL")?
            .query_row([uid], |row| row.get(0))
            .optional(),
        Kind::Settings => {
            let any = uid == super::kinds::SETTINGS_UID && super::read::settings_exist(conn)?;
            Ok(any.then_some(0))
        }
        Kind::ReminderState => {
            let found =
                match super::reminder_ids::to_local(conn, &super::reminder_ids::from_doc_uid(uid))?
                {
                    Ok(local) => conn
                        .prepare_cached(
                            "SELECT EXISTS (SELECT 1 FROM reminder_states WHERE reminder_id = ?1)",
                        )?
                        .query_row([local], |row| row.get::<_, bool>(0))?,
                    Err(_) => false,
                };
            Ok(found.then_some(0))
        }
        _ => conn
            .prepare_cached("SELECT local_id FROM sync_uids WHERE kind = ?1 AND uid = ?2")?
            .query_row(params![kind.name(), uid], |row| row.get(0))
            .optional(),
    }
}
