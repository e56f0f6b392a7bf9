//! Copying one table's rows out of a damaged database: in key order, in
//! batches, skipping what cannot be read. A damaged page (its HMAC fails)
//! holds a stretch of neighbouring rows; the rows before and after it are
//! read by seeking past it, so one bad page costs only its own rows.

use std::path::PathBuf;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::TableSalvage;
use crate::db::{self, DbError};
use crate::keys::DataKey;

const BATCH: i64 = 500;

/// The damaged database, opened again after every error (SQLite may leave
/// a connection that met a bad page unable to read on).
pub(super) struct Source {
    path: PathBuf,
    key: DataKey,
    conn: Connection,
}

impl Source {
    pub(super) fn open(path: PathBuf, key: &DataKey) -> Result<Self, DbError> {
        let key = DataKey::from_bytes(*key.as_bytes());
        let conn = db::open_as_found(&path, &key)?;
        Ok(Self { path, key, conn })
    }

    pub(super) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `sql` with `params`, returning the rows read before any error,
    /// and the error.
    fn rows(&mut self, sql: &str, params: &[Value]) -> (Vec<Vec<Value>>, bool) {
        let mut read = Vec::new();
        let failed = (|| -> rusqlite::Result<()> {
            let mut statement = self.conn.prepare_cached(sql)?;
            let width = statement.column_count();
            let mut rows = statement.query(params_from_iter(params))?;
            while let Some(row) = rows.next()? {
                read.push((0..width).map(|i| row.get(i)).collect::<Result<_, _>>()?);
            }
            Ok(())
        })()
        .is_err();
        if failed {
            if let Ok(conn) = db::open_as_found(&self.path, &self.key) {
                self.conn = conn;
            }
        }
        (read, failed)
    }
}

/// A table to copy: its name, the columns both databases have, and its
/// key (`rowid`, or the primary key's columns of a `WITHOUT ROWID` table).
pub(super) struct Table {
    pub name: String,
    pub columns: Vec<String>,
    pub key: Vec<String>,
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Copies every readable row of `table` from `source` into `dest`.
pub(super) fn copy(
    source: &mut Source,
    dest: &Connection,
    table: &Table,
) -> Result<TableSalvage, DbError> {
    let name = quoted(&table.name);
    let columns: Vec<String> = table.columns.iter().map(|c| quoted(c)).collect();
    let keys: Vec<String> = table.key.iter().map(|c| quoted(c)).collect();
    let key_list = keys.join(", ");
    let marks = vec!["?"; keys.len()].join(", ");
    let select = |direction: &str, compare: &str| {
        format!(
            "SELECT {key_list}, {} FROM {name} WHERE ({key_list}) {compare} ({marks}) ORDER BY {} LIMIT {BATCH}",
            columns.join(", "),
            keys.iter().map(|k| format!("{k} {direction}")).collect::<Vec<_>>().join(", ")
        )
    };
    let forward = select("ASC", ">");
    let first = format!(
        "SELECT {key_list}, {} FROM {name} ORDER BY {key_list} LIMIT {BATCH}",
        columns.join(", ")
    );
    let insert = format!(
        "INSERT OR IGNORE INTO {name} ({}) VALUES ({})",
        columns.join(", "),
        vec!["?"; columns.len()].join(", ")
    );
    let mut insert = dest.prepare(&insert)?;
    let mut report = TableSalvage {
        table: table.name.clone(),
        saved: 0,
        unreadable: Vec::new(),
        orphans_left_out: 0,
    };
    let width = keys.len();
    let mut store = |rows: &[Vec<Value>], report: &mut TableSalvage| -> Result<(), DbError> {
        for row in rows {
            report.saved += insert.execute(params_from_iter(&row[width..]))? as u64;
        }
        Ok(())
    };
    let mut after: Option<Vec<Value>> = None;
    loop {
        let (rows, failed) = match &after {
            None => source.rows(&first, &[]),
            Some(key) => source.rows(&forward, key),
        };
        store(&rows, &mut report)?;
        if let Some(last) = rows.last() {
            after = Some(last[..width].to_vec());
        }
        if !failed {
            if (rows.len() as i64) < BATCH {
                return Ok(report);
            }
            continue;
        }
        // The next row cannot be read: seek past the damage.
        let skip = if table.key.len() == 1 && table.key[0] == "rowid" {
            skip_rowids(source, &forward, after.as_ref())
        } else {
            None
        };
        match skip {
            Some((lost, resume)) => {
                report.unreadable.push(lost);
                after = Some(resume);
            }
            None => {
                report.unreadable.push(match &after {
                    Some(key) => format!("the rows after {}", describe(&table.key, key)),
                    None => "every row".to_owned(),
                });
                return tail(
                    source, table, &columns, &key_list, after, &mut store, report,
                );
            }
        }
    }
}

/// For a rowid table: the stretch of ids that cannot be read after
/// `after`, and the key to go on after (the row before the first readable
/// one). `None` when nothing after the damage can be found.
fn skip_rowids(
    source: &mut Source,
    forward: &str,
    after: Option<&Vec<Value>>,
) -> Option<(String, Vec<Value>)> {
    let from = match after {
        Some(key) => match key[0] {
            Value::Integer(id) => id,
            _ => return None,
        },
        None => i64::MIN,
    };
    // Whether the first row after `id` can be read (and which it is).
    let mut probe = |id: i64| -> Option<Option<i64>> {
        let (rows, failed) = source.rows(forward, &[Value::Integer(id)]);
        if failed && rows.is_empty() {
            return None;
        }
        Some(rows.first().and_then(|row| match row[0] {
            Value::Integer(found) => Some(found),
            _ => None,
        }))
    };
    // Doubling steps past the damage (in i128: from the lowest id, the
    // steps reach past the largest), the largest id last.
    let mut step: i128 = 1;
    let mut high;
    loop {
        high = (i128::from(from) + step).min(i128::from(i64::MAX)) as i64;
        if probe(high).is_some() {
            break;
        }
        if high == i64::MAX {
            return None;
        }
        step *= 2;
    }
    let mut low = from;
    while i128::from(high) - i128::from(low) > 1 {
        let middle = ((i128::from(low) + i128::from(high)) / 2) as i64;
        if probe(middle).is_some() {
            high = middle;
        } else {
            low = middle;
        }
    }
    let start = if from == i64::MIN {
        "the first".to_owned()
    } else {
        (from + 1).to_string()
    };
    Some((format!("ids {start} to {high}"), vec![Value::Integer(high)]))
}

/// After damage that cannot be seeked past: the rows at the end of the
/// table, read backwards until the damage or the last row saved.
fn tail(
    source: &mut Source,
    table: &Table,
    columns: &[String],
    key_list: &str,
    after: Option<Vec<Value>>,
    store: &mut impl FnMut(&[Vec<Value>], &mut TableSalvage) -> Result<(), DbError>,
    mut report: TableSalvage,
) -> Result<TableSalvage, DbError> {
    let name = quoted(&table.name);
    let descending = table
        .key
        .iter()
        .map(|k| format!("{} DESC", quoted(k)))
        .collect::<Vec<_>>()
        .join(", ");
    let marks = vec!["?"; table.key.len()].join(", ");
    let (condition, params) = match &after {
        Some(key) => (format!("WHERE ({key_list}) > ({marks})"), key.clone()),
        None => (String::new(), Vec::new()),
    };
    let sql = format!(
        "SELECT {key_list}, {} FROM {name} {condition} ORDER BY {descending}",
        columns.join(", ")
    );
    let (rows, _) = source.rows(&sql, &params);
    store(&rows, &mut report)?;
    if let (Some(last), Some(lost)) = (rows.last(), report.unreadable.last_mut()) {
        *lost = format!(
            "{lost}, up to {}",
            describe(&table.key, &last[..table.key.len()])
        );
    }
    Ok(report)
}

fn describe(key: &[String], values: &[Value]) -> String {
    let shown: Vec<String> = values
        .iter()
        .map(|value| match value {
            Value::Integer(i) => i.to_string(),
            Value::Text(t) => format!("{t:?}"),
            Value::Real(r) => r.to_string(),
            Value::Null => "null".into(),
            Value::Blob(_) => "(bytes)".into(),
        })
        .collect();
    if key == ["rowid"] {
        format!("id {}", shown.join(", "))
    } else {
        format!("{} {}", key.join(", "), shown.join(", "))
    }
}
