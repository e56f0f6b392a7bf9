//! Storing a record: the root row updated (or made,
//! letting SQLite number it, with its uid kept), its child rows replaced
//! (those with a uid of their own, a mentorship's goals, kept by it),
//! every reference resolved to this computer's row first (one missing: the
//! record waits, nothing written), and what the domains keep for speed
//! brought up to date as they do it (`upkeep`). All in a savepoint: a
//! record refused halfway leaves nothing of itself.

use std::collections::HashMap;

use rusqlite::types::Value as Sql;
use rusqlite::{params_from_iter, Connection, ErrorCode, OptionalExtension};
use serde_json::{Map, Value};

use super::canonical::malformed;
use super::kinds::{
    child_columns, root_columns, spec_of, Child, Ref, Spec, UidFrom, OCCURRENCE, OCCURRENCES,
    SETTINGS_UID,
};
use super::uids;
use super::upkeep::{people_of, upkeep};
use super::values::to_sql;
use super::{reminder_ids, Applied, Doc, Kind, RecordError};
use crate::book::Column;

/// Why a record was not stored.
enum Stop {
    /// It names an item this computer does not have yet.
    Waiting(Kind, String),
    /// It cannot be stored.
    Failed(RecordError),
}

impl From<RecordError> for Stop {
    fn from(error: RecordError) -> Self {
        Stop::Failed(error)
    }
}

impl From<rusqlite::Error> for Stop {
    fn from(error: rusqlite::Error) -> Self {
        Stop::Failed(error.into())
    }
}

/// Adds the kind to a refusal from the database: a constraint the record
/// breaks (a value not in its list, an empty title) is the record's fault.
fn refused(kind: Kind, error: RecordError) -> RecordError {
    match error {
        RecordError::Database(rusqlite::Error::SqliteFailure(failure, message))
            if failure.code == ErrorCode::ConstraintViolation =>
        {
            let what = message.unwrap_or_else(|| "a constraint failed".into());
            malformed(kind, format!("it cannot be stored: {what}"))
        }
        // What was just written cannot be read back as the domain reads it
        // (an event's start that is not a time).
        RecordError::Database(rusqlite::Error::FromSqlConversionFailure(_, _, error)) => {
            malformed(kind, format!("it cannot be stored: {error}"))
        }
        other => other,
    }
}

/// See [`super::apply`].
pub(super) fn apply(conn: &Connection, doc: &Doc) -> Result<Applied, RecordError> {
    let spec = spec_of(doc.kind);
    if doc.uid.is_empty() {
        return Err(malformed(doc.kind, "the record has no uid".into()));
    }
    // A savepoint: a record refused halfway (a child row the schema
    // refuses) leaves nothing of itself in the caller's transaction.
    conn.execute_batch("SAVEPOINT sync_record")?;
    let stored = match spec.uid {
        UidFrom::Settings => apply_settings(conn, doc),
        UidFrom::ReminderId => apply_state(conn, doc),
        UidFrom::Column | UidFrom::Table => apply_item(conn, spec, doc),
    };
    match stored {
        Ok(()) => {
            conn.execute_batch("RELEASE sync_record")?;
            Ok(Applied::Stored)
        }
        Err(stop) => {
            conn.execute_batch("ROLLBACK TO sync_record; RELEASE sync_record")?;
            match stop {
                Stop::Waiting(kind, uid) => Ok(Applied::Waiting { kind, uid }),
                Stop::Failed(error) => Err(refused(doc.kind, error)),
            }
        }
    }
}

/// A row of a record: its values by column, and for an event's child, the
/// changed occurrence it belongs to.
struct Row {
    values: Vec<(&'static str, Sql)>,
    occurrence: Option<String>,
}

/// The fields of `object` as values to store: references resolved, the
/// fields the record does not give left out (kept, or left to the
/// default), a field this build does not know ignored.
fn row_values(
    conn: &Connection,
    kind: Kind,
    what: &str,
    columns: &[Column],
    refs: &[Ref],
    object: &Map<String, Value>,
) -> Result<Vec<(&'static str, Sql)>, Stop> {
    let mut values = Vec::with_capacity(columns.len());
    for column in columns {
        let Some(value) = object.get(column.name) else {
            continue;
        };
        let stored = match refs.iter().find(|r| r.column == column.name) {
            Some(reference) => {
                let target = uids::target(reference.kind, value).map_err(|reason| {
                    malformed(kind, format!("{what}{}: {reason}", column.name))
                })?;
                match target {
                    None => Sql::Null,
                    Some(target) => match uids::resolve(conn, reference.kind, &target)? {
                        Some(id) => Sql::Integer(id),
                        None => return Err(Stop::Waiting(reference.kind, target.uid().to_owned())),
                    },
                }
            }
            None => to_sql(column, value)
                .map_err(|reason| malformed(kind, format!("{what}{reason}")))?,
        };
        values.push((column.name, stored));
    }
    Ok(values)
}

/// A child table's rows from the record (`None`: the record does not say).
fn child_rows(
    conn: &Connection,
    kind: Kind,
    child: &Child,
    body: &Map<String, Value>,
) -> Result<Option<Vec<Row>>, Stop> {
    let Some(value) = body.get(child.key) else {
        return Ok(None);
    };
    let Value::Array(items) = value else {
        return Err(malformed(kind, format!("{}: expected a list of rows", child.key)).into());
    };
    let columns = child_columns(child);
    let mut rows = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Value::Object(object) = item else {
            return Err(malformed(kind, format!("{}[{i}]: expected an object", child.key)).into());
        };
        let what = format!("{}[{i}].", child.key);
        let values = row_values(conn, kind, &what, &columns, child.refs, object)?;
        let occurrence = match (child.by_occurrence, object.get(OCCURRENCE)) {
            (true, Some(Value::String(rid))) => Some(rid.clone()),
            (true, Some(Value::Null) | None) | (false, _) => None,
            (true, Some(_)) => {
                return Err(malformed(
                    kind,
                    format!("{what}{OCCURRENCE}: expected a recurrence id"),
                )
                .into())
            }
        };
        rows.push(Row { values, occurrence });
    }
    Ok(Some(rows))
}

fn insert_row(conn: &Connection, table: &str, values: &[(&str, Sql)]) -> rusqlite::Result<i64> {
    let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
    let sql = match names.is_empty() {
        true => format!("INSERT INTO {table} DEFAULT VALUES"),
        false => format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            vec!["?"; names.len()].join(", ")
        ),
    };
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values.iter().map(|(_, value)| value)))?;
    Ok(conn.last_insert_rowid())
}

fn update_row(
    conn: &Connection,
    table: &str,
    id: i64,
    values: &[(&str, Sql)],
) -> rusqlite::Result<()> {
    if values.is_empty() {
        return Ok(());
    }
    let set: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("{name} = ?{}", i + 2))
        .collect();
    let sql = format!("UPDATE {table} SET {} WHERE id = ?1", set.join(", "));
    let mut all = vec![Sql::Integer(id)];
    all.extend(values.iter().map(|(_, value)| value.clone()));
    conn.prepare_cached(&sql)?.execute(params_from_iter(all))?;
    Ok(())
}

/// An item of a kind with a root table.
fn apply_item(conn: &Connection, spec: &Spec, doc: &Doc) -> Result<(), Stop> {
    let kind = spec.kind;
    let table = spec.table.unwrap_or_default();
    let mut root = row_values(conn, kind, "", &root_columns(spec), spec.refs, &doc.body)?;
    let mut children = Vec::with_capacity(spec.children.len());
    for child in spec.children {
        children.push((child, child_rows(conn, kind, child, &doc.body)?));
    }
    // Every reference is resolved: from here on the record is stored.
    let mut existing = uids::local_id(conn, kind, &doc.uid)?;
    if existing.is_none() && kind == Kind::Organization {
        match same_name(conn, &root, &doc.uid)? {
            SameName::None => {}
            SameName::Adopt(id) => {
                uids::record_uid(conn, kind, id, &doc.uid)?;
                existing = Some(id);
            }
            SameName::Keep => return Ok(()),
        }
    }
    let people_before = match (kind, existing) {
        (Kind::Interaction, Some(id)) => people_of(conn, id)?,
        _ => Vec::new(),
    };
    let id = match existing {
        Some(id) => {
            update_row(conn, table, id, &root)?;
            id
        }
        None => {
            if spec.uid == UidFrom::Column {
                root.push(("uid", Sql::Text(doc.uid.clone())));
            }
            let id = insert_row(conn, table, &root)?;
            if spec.uid == UidFrom::Table {
                uids::record_uid(conn, kind, id, &doc.uid)?;
            }
            id
        }
    };
    // An event's changed occurrences first: its other child rows name them.
    let mut owners: HashMap<String, i64> = HashMap::new();
    for (child, rows) in &children {
        if child.key == OCCURRENCES {
            owners = store_occurrences(conn, id, &doc.uid, rows.as_deref())?;
        }
    }
    for (child, rows) in children {
        let (Some(rows), Some(parent)) = (rows, child.parent) else {
            continue;
        };
        if child.key == OCCURRENCES {
            continue;
        }
        if keyed_by_uid(child) {
            store_by_uid(conn, child.table, parent, id, rows)?;
            continue;
        }
        // The rows of the item (and of its changed occurrences), by index.
        let mut delete =
            conn.prepare_cached(&format!("DELETE FROM {} WHERE {parent} = ?1", child.table))?;
        for owner in std::iter::once(id).chain(owners.values().copied()) {
            delete.execute([owner])?;
        }
        for mut row in rows {
            let owner = match &row.occurrence {
                None => id,
                Some(rid) => *owners.get(rid).ok_or_else(|| {
                    malformed(
                        kind,
                        format!(
                            "{}: a row of occurrence {rid}, which the event does not change",
                            child.key
                        ),
                    )
                })?,
            };
            row.values.push((parent, Sql::Integer(owner)));
            insert_row(conn, child.table, &row.values)?;
        }
    }
    upkeep(conn, kind, id, &owners, &people_before)?;
    Ok(())
}

/// Whether `child`'s rows have a uid of their own (a mentorship's goals):
/// they are kept by it rather than replaced.
fn keyed_by_uid(child: &Child) -> bool {
    !child.by_occurrence && child_columns(child).iter().any(|c| c.name == "uid")
}

/// Stores the rows of a child table whose rows have their own uid: a row
/// this computer has (under this item, or under another it moved from) is
/// updated in place, keeping its row id and so what names it here (the
/// state of its reminder); a new one is made; one the record no longer
/// holds goes. A row without a uid (from an older Curbside) is made, and
/// gets one.
fn store_by_uid(
    conn: &Connection,
    table: &str,
    parent: &'static str,
    owner: i64,
    rows: Vec<Row>,
) -> Result<(), Stop> {
    let uid_of = |row: &Row| {
        row.values.iter().find_map(|(name, value)| match value {
            Sql::Text(uid) if *name == "uid" => Some(uid.clone()),
            _ => None,
        })
    };
    let wanted: Vec<String> = rows.iter().filter_map(uid_of).collect();
    let held: Vec<(i64, Option<String>)> = conn
        .prepare_cached(&format!("SELECT id, uid FROM {table} WHERE {parent} = ?1"))?
        .query_map([owner], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut delete = conn.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?;
    for (id, uid) in held {
        if !uid.is_some_and(|uid| wanted.contains(&uid)) {
            delete.execute([id])?;
        }
    }
    for mut row in rows {
        let found: Option<i64> = match uid_of(&row) {
            Some(uid) => conn
                .prepare_cached(&format!("SELECT id FROM {table} WHERE uid = ?1"))?
                .query_row([uid], |r| r.get(0))
                .optional()?,
            None => None,
        };
        row.values.push((parent, Sql::Integer(owner)));
        match found {
            Some(id) => update_row(conn, table, id, &row.values)?,
            None => {
                insert_row(conn, table, &row.values)?;
            }
        }
    }
    Ok(())
}

/// What a new organization's name meets here.
enum SameName {
    /// No organization of that name.
    None,
    /// One not synced yet, or synced under a later uid: it becomes the
    /// record's (the smaller uid wins, so two computers that made the same
    /// organization end up with one).
    Adopt(i64),
    /// One synced under an earlier uid: it stays, and the other computer
    /// adopts it.
    Keep,
}

fn same_name(conn: &Connection, root: &[(&str, Sql)], uid: &str) -> rusqlite::Result<SameName> {
    let Some((_, Sql::Text(name))) = root.iter().find(|(column, _)| *column == "name") else {
        return Ok(SameName::None);
    };
    let found: Option<(i64, Option<String>)> = conn
        .prepare_cached(
            "SELECT o.id, u.uid FROM organizations o
             LEFT JOIN sync_uids u ON u.kind = 'organization' AND u.local_id = o.id
             WHERE o.name = ?1 COLLATE NOCASE",
        )?
        .query_row([name], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(match found {
        None => SameName::None,
        Some((id, None)) => SameName::Adopt(id),
        Some((id, Some(theirs))) if uid < theirs.as_str() => SameName::Adopt(id),
        Some(_) => SameName::Keep,
    })
}

/// Stores an event's changed occurrences, each by the start it replaces
/// (one kept keeps its row id, so what names it still does); returns the
/// row id of each.
fn store_occurrences(
    conn: &Connection,
    series: i64,
    uid: &str,
    rows: Option<&[Row]>,
) -> Result<HashMap<String, i64>, Stop> {
    let existing: HashMap<String, i64> = conn
        .prepare_cached("SELECT recurrence_id, id FROM events WHERE series_id = ?1")?
        .query_map([series], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let Some(rows) = rows else {
        return Ok(existing);
    };
    let mut kept = HashMap::new();
    for row in rows {
        let rid = row
            .values
            .iter()
            .find_map(|(name, value)| match (name, value) {
                (&"recurrence_id", Sql::Text(rid)) => Some(rid.clone()),
                _ => None,
            });
        let Some(rid) = rid else {
            return Err(malformed(
                Kind::Event,
                "occurrences: a changed occurrence without its recurrence_id".into(),
            )
            .into());
        };
        let id = match existing.get(&rid) {
            Some(&id) => {
                update_row(conn, "events", id, &row.values)?;
                id
            }
            None => {
                let mut values = row.values.clone();
                values.push(("uid", Sql::Text(uid.to_owned())));
                values.push(("series_id", Sql::Integer(series)));
                insert_row(conn, "events", &values)?
            }
        };
        kept.insert(rid, id);
    }
    for (rid, id) in existing {
        if !kept.contains_key(&rid) {
            conn.prepare_cached("DELETE FROM events WHERE id = ?1")?
                .execute([id])?;
        }
    }
    Ok(kept)
}

/// The settings record: every settings table replaced by its rows.
fn apply_settings(conn: &Connection, doc: &Doc) -> Result<(), Stop> {
    if doc.uid != SETTINGS_UID {
        return Err(malformed(
            Kind::Settings,
            format!(
                "the settings record's uid is \"{SETTINGS_UID}\", not \"{}\"",
                doc.uid
            ),
        )
        .into());
    }
    let spec = spec_of(Kind::Settings);
    let mut tables = Vec::new();
    for child in spec.children {
        tables.push((
            child.table,
            child_rows(conn, Kind::Settings, child, &doc.body)?,
        ));
    }
    for (table, rows) in tables {
        let Some(rows) = rows else { continue };
        conn.execute(&format!("DELETE FROM {table}"), [])?;
        for row in rows {
            insert_row(conn, table, &row.values)?;
        }
    }
    Ok(())
}

/// What the user did with a reminder, its id read back to this computer's.
fn apply_state(conn: &Connection, doc: &Doc) -> Result<(), Stop> {
    let kind = Kind::ReminderState;
    let Some(Value::String(translated)) = doc.body.get("reminder_id") else {
        return Err(malformed(kind, "reminder_id: expected a reminder id".into()).into());
    };
    let local = match reminder_ids::to_local(conn, translated)? {
        Ok(local) => local,
        Err(reminder_ids::Unresolved::Missing(kind, uid)) => return Err(Stop::Waiting(kind, uid)),
        Err(reminder_ids::Unresolved::Malformed(reason)) => {
            return Err(malformed(kind, reason).into())
        }
    };
    let columns: Vec<Column> = root_columns(spec_of(kind))
        .into_iter()
        .filter(|c| c.name != "reminder_id")
        .collect();
    let mut values = row_values(conn, kind, "", &columns, &[], &doc.body)?;
    values.insert(0, ("reminder_id", Sql::Text(local)));
    let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
    let sql = format!(
        "INSERT OR REPLACE INTO reminder_states ({}) VALUES ({})",
        names.join(", "),
        vec!["?"; names.len()].join(", ")
    );
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values.iter().map(|(_, value)| value)))?;
    Ok(())
}
