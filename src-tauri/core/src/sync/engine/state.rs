//! The sync state tables as one sync reads and writes them: each resource
//! as last synced (`sync_resources`) and each collection's token
//! (`sync_collections`). A row is written in the same transaction as the
//! change it records, so a sync cut off anywhere finds the state true.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::sync::records::Kind;
use crate::sync::remote::Collection;

/// An item as sync names it on every computer.
pub(super) type Key = (Kind, String);

/// The kind name the key-check resource's row is kept under (it carries no
/// item; its etag spares fetching it again).
const KEY_CHECK_KIND: &str = "key_check";

/// One resource as last synced.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub collection: Collection,
    pub name: String,
    pub kind: Kind,
    pub uid: String,
    pub etag: String,
    /// The record's canonical JSON both sides agreed on (none when another
    /// program made the resource and no record was agreed yet).
    pub base: Option<String>,
    /// The plain part (vCard or iCalendar without the sealed record).
    pub plain: Option<String>,
    /// The resource must be written again though the record is unchanged.
    pub resend: bool,
}

/// Every resource as last synced.
#[derive(Debug, Default)]
pub(super) struct Known {
    pub rows: HashMap<Key, Row>,
    pub by_name: HashMap<(Collection, String), Key>,
    /// The key-check resource's etag when last verified.
    pub key_check: Option<String>,
}

impl Known {
    /// The etag last synced for a resource name, the key check included.
    pub fn etag(&self, collection: Collection, name: &str) -> Option<&str> {
        if collection == Collection::Private && name == crate::sync::seal::KEY_CHECK_NAME {
            return self.key_check.as_deref();
        }
        let key = self.by_name.get(&(collection, name.to_owned()))?;
        self.rows.get(key).map(|row| row.etag.as_str())
    }

    /// Names known in a collection, the key check included.
    pub fn names(&self, collection: Collection) -> impl Iterator<Item = &str> + '_ {
        let key_check = (collection == Collection::Private && self.key_check.is_some())
            .then_some(crate::sync::seal::KEY_CHECK_NAME);
        self.by_name
            .keys()
            .filter(move |(c, _)| *c == collection)
            .map(|(_, name)| name.as_str())
            .chain(key_check)
    }
}

/// Reads every resource as last synced.
pub(super) fn load(conn: &Connection) -> rusqlite::Result<Known> {
    let mut known = Known::default();
    let mut statement = conn.prepare(
        "SELECT collection, name, kind, uid, etag, base, plain, resend FROM sync_resources",
    )?;
    let mut rows = statement.query([])?;
    while let Some(found) = rows.next()? {
        let collection: String = found.get(0)?;
        let kind: String = found.get(2)?;
        if kind == KEY_CHECK_KIND {
            known.key_check = Some(found.get(4)?);
            continue;
        }
        let (Some(collection), Some(kind)) =
            (Collection::from_name(&collection), Kind::from_name(&kind))
        else {
            continue;
        };
        let row = Row {
            collection,
            name: found.get(1)?,
            kind,
            uid: found.get(3)?,
            etag: found.get(4)?,
            base: found.get(5)?,
            plain: found.get(6)?,
            resend: found.get(7)?,
        };
        let key = (kind, row.uid.clone());
        known
            .by_name
            .insert((collection, row.name.clone()), key.clone());
        known.rows.insert(key, row);
    }
    Ok(known)
}

/// The row of one item, if it was synced.
pub(crate) fn row(conn: &Connection, kind: Kind, uid: &str) -> rusqlite::Result<Option<Row>> {
    conn.query_row(
        "SELECT collection, name, etag, base, plain, resend FROM sync_resources
         WHERE kind = ?1 AND uid = ?2",
        params![kind.name(), uid],
        |found| {
            let collection: String = found.get(0)?;
            let Some(collection) = Collection::from_name(&collection) else {
                return Ok(None);
            };
            Ok(Some(Row {
                collection,
                name: found.get(1)?,
                kind,
                uid: uid.to_owned(),
                etag: found.get(2)?,
                base: found.get(3)?,
                plain: found.get(4)?,
                resend: found.get(5)?,
            }))
        },
    )
    .optional()
    .map(Option::flatten)
}

/// Records a resource as synced, replacing what was recorded for its name
/// or its item.
pub(crate) fn save_row(conn: &Connection, row: &Row) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sync_resources
         WHERE (collection = ?1 AND name = ?2) OR (kind = ?3 AND uid = ?4)",
        params![row.collection.name(), row.name, row.kind.name(), row.uid],
    )?;
    conn.execute(
        "INSERT INTO sync_resources (collection, name, kind, uid, etag, base, plain, resend)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            row.collection.name(),
            row.name,
            row.kind.name(),
            row.uid,
            row.etag,
            row.base,
            row.plain,
            row.resend,
        ],
    )?;
    Ok(())
}

/// Forgets an item's resource.
pub(crate) fn forget_row(conn: &Connection, kind: Kind, uid: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sync_resources WHERE kind = ?1 AND uid = ?2",
        params![kind.name(), uid],
    )?;
    Ok(())
}

/// Records the key-check resource's etag (none: it is gone).
pub(super) fn save_key_check(conn: &Connection, etag: Option<&str>) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM sync_resources WHERE kind = ?1",
        [KEY_CHECK_KIND],
    )?;
    if let Some(etag) = etag {
        conn.execute(
            "INSERT INTO sync_resources (collection, name, kind, uid, etag)
             VALUES ('private', ?1, ?2, ?2, ?3)",
            params![crate::sync::seal::KEY_CHECK_NAME, KEY_CHECK_KIND, etag],
        )?;
    }
    Ok(())
}

/// A collection's token as of the last complete sync.
pub(super) fn token(conn: &Connection, collection: Collection) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT token FROM sync_collections WHERE collection = ?1",
        [collection.name()],
        |row| row.get(0),
    )
    .optional()
    .map(Option::flatten)
}

/// Saves a collection's token, once everything its listing named is applied.
pub(super) fn save_token(
    conn: &Connection,
    collection: Collection,
    token: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sync_collections (collection, token) VALUES (?1, ?2)
         ON CONFLICT (collection) DO UPDATE SET token = excluded.token",
        params![collection.name(), token],
    )?;
    Ok(())
}
