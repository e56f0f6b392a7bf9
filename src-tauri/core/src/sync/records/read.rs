//! Reading items as records: the root row's columns, each child table's
//! rows, every reference written as the named item's uid.

use rusqlite::types::Value as Sql;
use rusqlite::{params_from_iter, Connection};
use serde_json::{Map, Value};

use super::canonical::canonical_value;
use super::kinds::{
    child_columns, root_columns, spec_of, Spec, UidFrom, OCCURRENCE, OCCURRENCES, SETTINGS_UID,
};
use super::{reminder_ids, uids, Doc, Kind, RecordError};
use crate::book::Column;

/// Every record of `kind`; see [`super::read_all`].
pub(super) fn read_all(conn: &Connection, kind: Kind) -> Result<Vec<Doc>, RecordError> {
    let spec = spec_of(kind);
    match spec.uid {
        UidFrom::Settings => Ok(read_settings(conn)?.into_iter().collect()),
        UidFrom::ReminderId => read_states(conn, None),
        UidFrom::Column | UidFrom::Table => {
            let table = spec.table.unwrap_or_default();
            let filter = if kind == Kind::Event {
                " WHERE series_id IS NULL"
            } else {
                ""
            };
            let ids: Vec<i64> = conn
                .prepare(&format!("SELECT id FROM {table}{filter} ORDER BY id"))?
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            let mut docs = Vec::with_capacity(ids.len());
            for id in ids {
                docs.extend(read_item(conn, spec, id)?);
            }
            Ok(docs)
        }
    }
}

/// The record with `uid`; see [`super::read`].
pub(super) fn read(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<Doc>, RecordError> {
    let spec = spec_of(kind);
    match spec.uid {
        UidFrom::Settings if uid == SETTINGS_UID => read_settings(conn),
        UidFrom::Settings => Ok(None),
        UidFrom::ReminderId => {
            let translated = reminder_ids::from_doc_uid(uid);
            match reminder_ids::to_local(conn, &translated)? {
                Ok(local) => Ok(read_states(conn, Some(&local))?.pop()),
                Err(_) => Ok(None),
            }
        }
        UidFrom::Column | UidFrom::Table => match uids::local_id(conn, kind, uid)? {
            Some(id) => read_item(conn, spec, id),
            None => Ok(None),
        },
    }
}

/// Whether the book has any settings of its own.
pub(super) fn settings_exist(conn: &Connection) -> rusqlite::Result<bool> {
    for child in spec_of(Kind::Settings).children {
        let any: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {})", child.table),
            [],
            |row| row.get(0),
        )?;
        if any {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The item with row id `id` as a record.
fn read_item(conn: &Connection, spec: &Spec, id: i64) -> Result<Option<Doc>, RecordError> {
    let table = spec.table.unwrap_or_default();
    let Some(uid) = uids::uid_of(conn, spec.kind, id)? else {
        return Ok(None);
    };
    let Value::String(uid) = uid else {
        // A changed occurrence is read with its series.
        return Ok(None);
    };
    let columns = root_columns(spec);
    let mut rows = select(conn, table, &columns, &[], "id = ?1", &[Sql::Integer(id)])?;
    let Some((mut body, _)) = rows.pop() else {
        return Ok(None);
    };
    write_refs(conn, spec.refs, &mut body)?;
    // An event's changed occurrences, by the start they replace: the rows
    // of its child tables name them so.
    let mut occurrences: Vec<(i64, String)> = Vec::new();
    for child in spec.children {
        let columns = child_columns(child);
        let (filter, extra): (String, &[&str]) = match (child.parent, child.by_occurrence) {
            (None, _) => ("1".into(), &[]),
            // The series' rows and its changed occurrences', by index.
            (Some(parent), true) => (
                format!(
                    "{parent} IN (SELECT ?1 UNION ALL SELECT id FROM events WHERE series_id = ?1)"
                ),
                &["event_id"],
            ),
            (Some(parent), false) if child.key == OCCURRENCES => {
                (format!("{parent} = ?1"), &["id"])
            }
            (Some(parent), false) => (format!("{parent} = ?1"), &[]),
        };
        let params = match child.parent {
            Some(_) => vec![Sql::Integer(id)],
            None => Vec::new(),
        };
        let mut found = select(conn, child.table, &columns, extra, &filter, &params)?;
        let mut list = Vec::with_capacity(found.len());
        for (mut row, ids) in found.drain(..) {
            write_refs(conn, child.refs, &mut row)?;
            if child.key == OCCURRENCES {
                if let (Some(&own), Some(Value::String(rid))) =
                    (ids.first(), row.get("recurrence_id"))
                {
                    occurrences.push((own, rid.clone()));
                }
            }
            if child.by_occurrence {
                let owner = ids.first().copied().unwrap_or(id);
                let name = occurrences
                    .iter()
                    .find(|(own, _)| *own == owner)
                    .map_or(Value::Null, |(_, rid)| Value::String(rid.clone()));
                row.insert(OCCURRENCE.into(), name);
            }
            list.push(Value::Object(row));
        }
        list.sort_by_cached_key(canonical_value);
        body.insert(child.key.into(), Value::Array(list));
    }
    Ok(Some(Doc {
        kind: spec.kind,
        uid,
        body,
    }))
}

/// The settings record, if the book has settings of its own.
fn read_settings(conn: &Connection) -> Result<Option<Doc>, RecordError> {
    if !settings_exist(conn)? {
        return Ok(None);
    }
    let spec = spec_of(Kind::Settings);
    let mut body = Map::new();
    for child in spec.children {
        let columns = child_columns(child);
        let rows = select(conn, child.table, &columns, &[], "1", &[])?;
        let mut list: Vec<Value> = rows
            .into_iter()
            .map(|(row, _)| Value::Object(row))
            .collect();
        list.sort_by_cached_key(canonical_value);
        body.insert(child.key.into(), Value::Array(list));
    }
    Ok(Some(Doc {
        kind: Kind::Settings,
        uid: SETTINGS_UID.into(),
        body,
    }))
}

/// The reminder states (one, or all), their ids translated; a state whose
/// item is gone, or whose id is not one, is not a record.
fn read_states(conn: &Connection, only: Option<&str>) -> Result<Vec<Doc>, RecordError> {
    let spec = spec_of(Kind::ReminderState);
    let columns = root_columns(spec);
    let rows = match only {
        Some(id) => select(
            conn,
            "reminder_states",
            &columns,
            &[],
            "reminder_id = ?1",
            &[Sql::Text(id.into())],
        )?,
        None => select(conn, "reminder_states", &columns, &[], "1", &[])?,
    };
    let mut docs = Vec::new();
    for (mut body, _) in rows {
        let Some(Value::String(local)) = body.get("reminder_id") else {
            continue;
        };
        let Some(translated) = reminder_ids::to_sync(conn, local)? else {
            continue;
        };
        let uid = reminder_ids::doc_uid(&translated);
        body.insert("reminder_id".into(), Value::String(translated));
        docs.push(Doc {
            kind: Kind::ReminderState,
            uid,
            body,
        });
    }
    Ok(docs)
}

/// Replaces each reference's row id in `row` by the item's uid.
fn write_refs(
    conn: &Connection,
    refs: &[super::kinds::Ref],
    row: &mut Map<String, Value>,
) -> Result<(), RecordError> {
    for reference in refs {
        if let Some(Value::Number(n)) = row.get(reference.column) {
            let uid = match n.as_i64() {
                Some(id) => uids::uid_of(conn, reference.kind, id)?.unwrap_or(Value::Null),
                None => Value::Null,
            };
            row.insert(reference.column.into(), uid);
        }
    }
    Ok(())
}

/// A row read: its fields, and the extra ids asked for beside them.
type Selected = (Map<String, Value>, Vec<i64>);

/// The rows of `table` that `filter` picks: `columns` as a record's fields,
/// and the integer columns `extra` beside them.
fn select(
    conn: &Connection,
    table: &str,
    columns: &[Column],
    extra: &[&str],
    filter: &str,
    params: &[Sql],
) -> rusqlite::Result<Vec<Selected>> {
    let names: Vec<&str> = columns
        .iter()
        .map(|c| c.name)
        .chain(extra.iter().copied())
        .collect();
    let list = if names.is_empty() {
        "1".to_owned()
    } else {
        names.join(", ")
    };
    let mut statement =
        conn.prepare_cached(&format!("SELECT {list} FROM {table} WHERE {filter}"))?;
    let mut rows = statement.query(params_from_iter(params))?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let mut fields = Map::new();
        for (i, column) in columns.iter().enumerate() {
            fields.insert(
                column.name.into(),
                super::values::to_json(column, row.get_ref(i)?),
            );
        }
        let mut ids = Vec::with_capacity(extra.len());
        for i in 0..extra.len() {
            ids.push(
                row.get::<_, Option<i64>>(columns.len() + i)?
                    .unwrap_or_default(),
            );
        }
        found.push((fields, ids));
    }
    Ok(found)
}
