//! Conflicts the user decides: a field both computers (or a phone and a
//! computer) changed differently, or an item deleted on one side and
//! edited on the other. The item keeps this computer's version meanwhile;
//! the other version is kept here, so nothing is lost.
//!
//! OWNER: engine helper.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

mod plain_field;

use super::account;
use super::cards::{self, Writing};
use super::engine::SyncError;
use super::records::{self, Applied, Kind, RecordError};

/// One conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Conflict {
    /// Its id, to resolve it by.
    #[ts(type = "number")]
    pub id: i64,
    /// The item's kind ("contact", "interaction", …).
    pub kind: String,
    /// The item's uid.
    pub uid: String,
    /// The item, in words ("Dr. Ana Ruiz").
    pub item: String,
    /// The field ("EMAIL", "notes"); `None` when one side deleted the item.
    pub field: Option<String>,
    /// This computer's value, in words.
    pub here: String,
    /// The other side's value, in words ("(deleted)" for a deletion).
    pub there: String,
}

/// Which version wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Keep {
    /// This computer's.
    Here,
    /// The other side's.
    There,
}

/// A conflict as the sync finds it.
#[derive(Debug, Clone)]
pub(crate) struct Found<'a> {
    pub kind: Kind,
    pub uid: &'a str,
    /// The item in words.
    pub item: &'a str,
    /// The field; none for a deletion against an edit.
    pub field: Option<&'a str>,
    /// Whether the field is one of the plain vCard or iCalendar (a phone's
    /// edit) rather than of the record.
    pub plain: bool,
    /// This computer's values (an array of strings), or null: deleted here.
    pub here: Value,
    /// The other side's values, or null: deleted there.
    pub there: Value,
}

/// Stores a conflict, replacing an older one of the same item and field.
pub(crate) fn record(conn: &Connection, found: &Found) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sync_conflicts WHERE kind = ?1 AND uid = ?2 AND field IS ?3",
        params![found.kind.name(), found.uid, found.field],
    )?;
    conn.execute(
        "INSERT INTO sync_conflicts (kind, uid, item, field, plain, here, there, found_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            found.kind.name(),
            found.uid,
            found.item,
            found.field,
            found.plain,
            found.here.to_string(),
            found.there.to_string(),
            account::now_text(),
        ],
    )?;
    Ok(())
}

/// Forgets every conflict of an item (it is gone).
pub(crate) fn forget(conn: &Connection, kind: Kind, uid: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sync_conflicts WHERE kind = ?1 AND uid = ?2",
        params![kind.name(), uid],
    )?;
    Ok(())
}

/// Every open conflict, oldest first.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Conflict>> {
    let mut statement = conn.prepare(
        "SELECT id, kind, uid, item, field, here, there FROM sync_conflicts ORDER BY id",
    )?;
    let rows = statement.query_map([], |row| {
        let field: Option<String> = row.get(4)?;
        let here: String = row.get(5)?;
        let there: String = row.get(6)?;
        Ok(Conflict {
            id: row.get(0)?,
            kind: row.get(1)?,
            uid: row.get(2)?,
            item: row.get(3)?,
            here: in_words(&here, field.is_none()),
            there: in_words(&there, field.is_none()),
            field,
        })
    })?;
    rows.collect()
}

/// A side's stored values in words: each value (a child row's JSON shows
/// its fields' values), joined; "(deleted)" for a deletion, "(empty)" for
/// no value.
fn in_words(stored: &str, deletion: bool) -> String {
    let value: Value = serde_json::from_str(stored).unwrap_or(Value::Null);
    match value {
        Value::Null if deletion => "(deleted)".into(),
        Value::String(text) if deletion => format!("{text} (kept, edited)"),
        Value::Array(values) if !values.is_empty() => values
            .iter()
            .map(|value| match value {
                Value::String(text) => one_value_in_words(text),
                other => one_value_in_words(&other.to_string()),
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => "(empty)".into(),
    }
}

/// One value: a JSON object (a child row) as its non-empty values.
fn one_value_in_words(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map
            .values()
            .filter_map(|value| match value {
                Value::Null => None,
                Value::String(text) if text.is_empty() => None,
                Value::String(text) => Some(text.clone()),
                other => Some(other.to_string()),
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => text.to_owned(),
    }
}

/// A conflict as stored.
struct Stored {
    kind: String,
    uid: String,
    field: Option<String>,
    plain: bool,
    here: Value,
    there: Value,
}

/// Resolves a conflict; the next sync sends the outcome. False when there
/// is no such conflict.
pub fn resolve(conn: &mut Connection, id: i64, keep: Keep) -> Result<bool, SyncError> {
    let stored = conn
        .query_row(
            "SELECT kind, uid, field, plain, here, there FROM sync_conflicts WHERE id = ?1",
            [id],
            |row| {
                let here: String = row.get(4)?;
                let there: String = row.get(5)?;
                Ok(Stored {
                    kind: row.get(0)?,
                    uid: row.get(1)?,
                    field: row.get(2)?,
                    plain: row.get(3)?,
                    here: serde_json::from_str(&here).unwrap_or(Value::Null),
                    there: serde_json::from_str(&there).unwrap_or(Value::Null),
                })
            },
        )
        .optional()?;
    let Some(stored) = stored else {
        return Ok(false);
    };
    let tx = conn.transaction()?;
    if let Some(kind) = Kind::from_name(&stored.kind) {
        apply_choice(&tx, kind, &stored, keep)?;
    }
    tx.execute("DELETE FROM sync_conflicts WHERE id = ?1", [id])?;
    tx.commit()?;
    Ok(true)
}

/// Makes the item what the user chose.
fn apply_choice(
    tx: &rusqlite::Transaction,
    kind: Kind,
    stored: &Stored,
    keep: Keep,
) -> Result<(), SyncError> {
    let uid = stored.uid.as_str();
    let Some(field) = &stored.field else {
        // A deletion against an edit: the item is here (the edit was kept);
        // it goes when the user keeps the side that deleted it.
        let deleted = match keep {
            Keep::Here => stored.here.is_null(),
            Keep::There => stored.there.is_null(),
        };
        if deleted {
            records::remove(tx, kind, uid)?;
            forget(tx, kind, uid)?;
        }
        return Ok(());
    };
    if keep == Keep::Here {
        // The item has this computer's value already (and sent it).
        return Ok(());
    }
    let values: Vec<String> = serde_json::from_value(stored.there.clone()).unwrap_or_default();
    let Some(doc) = records::read(tx, kind, uid)? else {
        return Ok(());
    };
    if stored.plain {
        let Some(account) = account::load(tx)? else {
            return Err(SyncError::NoAccount);
        };
        let writing = Writing {
            contact_notes_plain: account.contact_notes_plain,
        };
        let here = cards::write(tx, &doc, &account.key, writing)?.plain;
        let there = plain_field::replace(&here, field, &values);
        cards::apply_plain_edit(tx, kind, uid, Some(&here), &there)?;
        return Ok(());
    }
    let mut fields = records::to_fields(&doc);
    if values.is_empty() {
        fields.remove(field);
    } else {
        fields.insert(field.clone(), values);
    }
    let doc = records::from_fields(kind, uid, &fields)?;
    if let Applied::Waiting {
        kind: needed,
        uid: missing,
    } = records::apply(tx, &doc)?
    {
        return Err(SyncError::Record(RecordError::Malformed {
            kind: kind.name(),
            reason: format!(
                "the other side's value refers to a {} this computer does not have ({missing})",
                needed.name()
            ),
        }));
    }
    Ok(())
}
