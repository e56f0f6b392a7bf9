//! Undo for a one-click change (a contact's or an event's delete, a merge):
//! while the change runs, temporary triggers on every table of the book
//! write each row it inserts, updates or deletes into a journal, whatever
//! wrote it (the change's own statements, a foreign key's cascade, another
//! trigger). Taking the change back replays the journal backwards in one
//! transaction, so every row is as it was, ids included, and the search
//! indexes are refreshed for the contacts involved. A table added later is
//! journaled without anyone listing it.
//!
//! The triggers are `TEMP`: they live on this connection only, for the
//! length of the change, so a sync or a CLI on another connection is never
//! journaled, and nothing stays behind if the app stops.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection};
use serde_json::{Map, Value};

use super::OperationError;
use crate::contacts::{exists, refresh_recency, search_index};

/// What one change did to the book, row by row, to take it back with [`take_back`].
#[derive(Debug, Clone, Default)]
pub struct Journal {
    changes: Vec<Change>,
}

impl Journal {
    /// Whether the change wrote nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

#[derive(Debug, Clone)]
struct Change {
    table: String,
    /// `i`nsert, `u`pdate or `d`elete.
    op: char,
    /// The row's rowid; none in a table `WITHOUT ROWID`, found by its key.
    row_id: Option<i64>,
    /// The row before (update, delete).
    old: Option<Map<String, Value>>,
    /// The row after (insert, update).
    new: Option<Map<String, Value>>,
}

/// One table of the book as the journal needs it.
struct Table {
    name: String,
    without_rowid: bool,
    /// (name, declared type, position in the primary key or 0).
    columns: Vec<(String, String, i64)>,
}

impl Table {
    fn key_columns(&self) -> Vec<&str> {
        let mut key: Vec<_> = self.columns.iter().filter(|c| c.2 > 0).collect();
        key.sort_by_key(|c| c.2);
        key.into_iter().map(|c| c.0.as_str()).collect()
    }

    /// Whether the rowid has a name of its own (`id INTEGER PRIMARY KEY`).
    fn rowid_is_a_column(&self) -> bool {
        let key: Vec<_> = self.columns.iter().filter(|c| c.2 > 0).collect();
        !self.without_rowid && key.len() == 1 && key[0].1.eq_ignore_ascii_case("INTEGER")
    }

    fn is_blob(&self, column: &str) -> bool {
        self.columns
            .iter()
            .any(|c| c.0 == column && c.1.to_ascii_uppercase().contains("BLOB"))
    }
}

/// Runs `change` with every row it writes journaled, and returns its result
/// with the journal. Nothing is journaled when it fails (its transaction,
/// and the journal's rows with it, roll back).
pub fn journaled<T, E: From<rusqlite::Error>>(
    conn: &mut Connection,
    change: impl FnOnce(&mut Connection) -> Result<T, E>,
) -> Result<(T, Journal), E> {
    let tables = tables(conn)?;
    start(conn, &tables)?;
    let outcome = change(conn);
    let journal = read(conn);
    stop(conn, &tables)?;
    Ok((outcome?, journal?))
}

/// Puts every row `journal` names back as it was before its change, in one
/// transaction.
pub fn take_back(conn: &mut Connection, journal: &Journal) -> Result<(), OperationError> {
    let tables = tables(conn)?;
    let tx = conn.transaction()?;
    // Rows refer to each other (a card and its emails): checked at commit.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
    for change in journal.changes.iter().rev() {
        let table = tables
            .iter()
            .find(|t| t.name == change.table)
            .ok_or_else(|| {
                crate::values::Invalid::new("undo", "The book has changed too much to undo this")
            })?;
        match (change.op, &change.old, &change.new) {
            ('i', _, Some(new)) => {
                let (filter, keys) = key_of(table, change.row_id, new);
                tx.execute(
                    &format!("DELETE FROM main.\"{}\" WHERE {filter}", table.name),
                    params_from_iter(keys),
                )?;
            }
            ('u', Some(old), Some(new)) => {
                let (filter, keys) = key_of(table, change.row_id, new);
                put_back(&tx, table, change.row_id, old, Some((filter, keys)))?;
            }
            ('d', Some(old), _) => put_back(&tx, table, change.row_id, old, None)?,
            _ => {}
        }
    }
    for id in contacts_named(journal) {
        if exists(&tx, id)? {
            refresh_recency(&tx, id)?;
            search_index::refresh(&tx, id)?;
        } else {
            search_index::remove(&tx, id)?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Every contact a journaled row is or names, for their search entries.
fn contacts_named(journal: &Journal) -> Vec<i64> {
    let mut ids = Vec::new();
    for change in &journal.changes {
        for row in [&change.old, &change.new].into_iter().flatten() {
            if change.table == "contacts" {
                ids.extend(row.get("id").and_then(Value::as_i64));
            }
            for column in ["contact_id", "other_contact_id", "introduced_by"] {
                ids.extend(row.get(column).and_then(Value::as_i64));
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Writes `old` back over the row `key` finds (an update taken back), or
/// inserts it when there is none (a delete taken back).
fn put_back(
    tx: &Connection,
    table: &Table,
    row_id: Option<i64>,
    old: &Map<String, Value>,
    key: Option<(String, Vec<SqlValue>)>,
) -> rusqlite::Result<()> {
    let names: Vec<&String> = old.keys().collect();
    let mut values: Vec<SqlValue> = names
        .iter()
        .map(|name| to_sql(table, name, &old[*name]))
        .collect();
    if let Some((filter, keys)) = key {
        let sets = names
            .iter()
            .map(|n| format!("\"{n}\" = ?"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut all = values.clone();
        all.extend(keys);
        let changed = tx.execute(
            &format!("UPDATE main.\"{}\" SET {sets} WHERE {filter}", table.name),
            params_from_iter(all),
        )?;
        if changed > 0 {
            return Ok(());
        }
    }
    let mut columns: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    if let (Some(row_id), false) = (row_id, table.rowid_is_a_column()) {
        columns.push("rowid".into());
        values.push(SqlValue::Integer(row_id));
    }
    let holes = vec!["?"; columns.len()].join(", ");
    tx.execute(
        &format!(
            "INSERT INTO main.\"{}\" ({}) VALUES ({holes})",
            table.name,
            columns.join(", ")
        ),
        params_from_iter(values),
    )?;
    Ok(())
}

/// The `WHERE` that finds a row: its rowid, or its primary key.
fn key_of(table: &Table, row_id: Option<i64>, row: &Map<String, Value>) -> (String, Vec<SqlValue>) {
    match row_id {
        Some(id) => ("rowid = ?".into(), vec![SqlValue::Integer(id)]),
        None => {
            let key = table.key_columns();
            let filter = key
                .iter()
                .map(|c| format!("\"{c}\" IS ?"))
                .collect::<Vec<_>>()
                .join(" AND ");
            let values = key
                .iter()
                .map(|c| to_sql(table, c, row.get(*c).unwrap_or(&Value::Null)))
                .collect();
            (filter, values)
        }
    }
}

/// The book's own tables (not SQLite's, nor a full-text index's shadow tables).
fn tables(conn: &Connection) -> rusqlite::Result<Vec<Table>> {
    let mut statement = conn.prepare(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
         AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let listed: Vec<(String, bool)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut tables = Vec::new();
    for (name, without_rowid) in listed {
        let mut columns = conn.prepare("SELECT name, type, pk FROM pragma_table_info(?1)")?;
        let columns = columns
            .query_map([&name], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?;
        tables.push(Table {
            name,
            without_rowid,
            columns,
        });
    }
    Ok(tables)
}

const JOURNAL: &str = "temp.curbside_undo_journal";
/// The journal as a trigger names it (a trigger's statements take no schema).
const JOURNAL_IN_TRIGGER: &str = "curbside_undo_journal";

fn trigger_name(table: &str, op: char) -> String {
    format!("curbside_undo_{table}_{op}")
}

fn start(conn: &Connection, tables: &[Table]) -> rusqlite::Result<()> {
    let mut sql = format!(
        "CREATE TABLE IF NOT EXISTS {JOURNAL} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL,
         row_id INTEGER, old TEXT, new TEXT);
         DELETE FROM {JOURNAL};"
    );
    // Left over only if a change panicked half-way on this connection.
    sql.push_str(&drop_triggers(tables));
    for table in tables {
        let row = |which: &str| {
            let pairs = table
                .columns
                .iter()
                .map(|(name, _, _)| {
                    let value = format!("{which}.\"{name}\"");
                    let value = if table.is_blob(name) {
                        format!("CASE WHEN {value} IS NULL THEN NULL ELSE hex({value}) END")
                    } else {
                        value
                    };
                    format!("'{name}', {value}")
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("json_object({pairs})")
        };
        let row_id = |which: &str| {
            if table.without_rowid {
                "NULL".to_owned()
            } else {
                format!("{which}.rowid")
            }
        };
        for (op, when, row_id, old, new) in [
            ('i', "INSERT", row_id("NEW"), "NULL".to_owned(), row("NEW")),
            ('u', "UPDATE", row_id("NEW"), row("OLD"), row("NEW")),
            ('d', "DELETE", row_id("OLD"), row("OLD"), "NULL".to_owned()),
        ] {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER \"{}\" AFTER {when} ON main.\"{}\" BEGIN
                 INSERT INTO {JOURNAL_IN_TRIGGER} (tbl, op, row_id, old, new) VALUES ('{}', '{op}', {row_id}, {old}, {new});
                 END;\n",
                trigger_name(&table.name, op),
                table.name,
                table.name,
            ));
        }
    }
    conn.execute_batch(&sql)
}

fn read(conn: &Connection) -> rusqlite::Result<Journal> {
    let mut statement = conn.prepare(&format!(
        "SELECT tbl, op, row_id, old, new FROM {JOURNAL} ORDER BY seq"
    ))?;
    let parse = |text: Option<String>| {
        text.and_then(|text| serde_json::from_str::<Map<String, Value>>(&text).ok())
    };
    let changes = statement
        .query_map([], |row| {
            Ok(Change {
                table: row.get(0)?,
                op: row.get::<_, String>(1)?.chars().next().unwrap_or('?'),
                row_id: row.get(2)?,
                old: parse(row.get(3)?),
                new: parse(row.get(4)?),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Journal { changes })
}

fn stop(conn: &Connection, tables: &[Table]) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("DELETE FROM {JOURNAL};{}", drop_triggers(tables)))
}

fn drop_triggers(tables: &[Table]) -> String {
    let mut sql = String::new();
    for table in tables {
        for op in ['i', 'u', 'd'] {
            sql.push_str(&format!(
                "DROP TRIGGER IF EXISTS temp.\"{}\";",
                trigger_name(&table.name, op)
            ));
        }
    }
    sql
}

/// A journaled value as SQLite takes it (a blob column's was written in hex).
fn to_sql(table: &Table, column: &str, value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(flag) => SqlValue::Integer(i64::from(*flag)),
        Value::Number(n) => n.as_i64().map_or_else(
            || SqlValue::Real(n.as_f64().unwrap_or_default()),
            SqlValue::Integer,
        ),
        Value::String(text) if table.is_blob(column) => data_encoding::HEXUPPER
            .decode(text.as_bytes())
            .map_or_else(|_| SqlValue::Text(text.clone()), SqlValue::Blob),
        Value::String(text) => SqlValue::Text(text.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}
