//! Salvage: a new database, with the same key, holding every row that can
//! still be read from the damaged one; the damaged file is moved aside and
//! kept. The bundled SQLCipher has no `.recover` extension, so the rows are
//! copied table by table ([`super::copy_rows`]).
//!
//! All or nothing on the new file: it is built under a temporary name and
//! put in place only when complete and checked; on any failure it is
//! removed and the folder is as it was.

use std::fs;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::copy_rows::{self, Source, Table};
use super::{Salvaged, TableSalvage};
use crate::data_dir::DataDir;
use crate::db::{self, DbError, MIGRATIONS};
use crate::files::{beside, swap_in, NotReplaced};
use crate::keys::DataKey;

/// Why a salvage could not be made. The damaged file is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SalvageError {
    /// Not even the list of tables (on the first page) can be read.
    #[error("nothing in {path} can be read (its first page, which lists the tables, is damaged); restore a backup instead")]
    Unreadable {
        /// The database file.
        path: String,
    },
    /// Opening, reading or writing failed.
    #[error(transparent)]
    Database(#[from] DbError),
    /// Making or moving the files failed.
    #[error(transparent)]
    Move(#[from] NotReplaced),
}

impl From<rusqlite::Error> for SalvageError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(error.into())
    }
}

/// Salvages the database in `dir` (see the module's documentation).
pub fn salvage(dir: &DataDir, key: &DataKey) -> Result<Salvaged, SalvageError> {
    let database = dir.database();
    let display = database.display().to_string();
    let unreadable = || SalvageError::Unreadable {
        path: display.clone(),
    };
    let mut source = Source::open(database.clone(), key).map_err(|_| unreadable())?;
    let version = db::schema_version(source.conn()).map_err(|_| unreadable())?;
    if version > db::latest_version() {
        return Err(DbError::TooNew {
            found: version,
            supported: db::latest_version(),
        }
        .into());
    }
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let fresh_path = beside(&database, &format!(".salvage-{stamp}"));
    let built = build(&mut source, &fresh_path, key, version, &display);
    drop(source);
    let tables = match built {
        Ok(tables) => tables,
        Err(error) => {
            let _ = fs::remove_file(&fresh_path);
            return Err(error);
        }
    };
    let damaged_copy = beside(&database, &format!(".damaged-{stamp}"));
    swap_in(&database, &fresh_path, &damaged_copy)?;
    let _ = crate::data_dir::keep_private(dir.root());
    let complete = tables
        .iter()
        .all(|t| t.unreadable.is_empty() && t.orphans_left_out == 0);
    Ok(Salvaged {
        damaged_copy: damaged_copy.display().to_string(),
        tables,
        complete,
    })
}

/// The new database at `path`: schema `version`, the readable rows, the
/// orphans left out, then brought up to date and its search index rebuilt.
fn build(
    source: &mut Source,
    path: &Path,
    key: &DataKey,
    version: i64,
    display: &str,
) -> Result<Vec<TableSalvage>, SalvageError> {
    // Made the owner's alone before a byte is in it, as the data folder is.
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| NotReplaced {
        path: path.display().to_string(),
        source,
    })?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut fresh = Connection::open_with_flags(path, flags)?;
    db::apply_key(&fresh, key, display)?;
    fresh.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = OFF;")?;
    MIGRATIONS
        .to_version(&mut fresh, version as usize)
        .map_err(|e| DbError::Migration(e.to_string()))?;
    let mut report = Vec::new();
    let tx = fresh.transaction()?;
    let triggers: Vec<(String, String)> = tx
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
    }
    for table in tables(&tx, source.conn())? {
        report.push(copy_rows::copy(source, &tx, &table)?);
    }
    copy_sequence(source, &tx)?;
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    leave_out_orphans(&tx, &mut report)?;
    tx.commit()?;
    fresh.execute_batch("PRAGMA foreign_keys = ON;")?;
    db::migrate(&mut fresh)?;
    let tx = fresh.transaction()?;
    crate::search::rebuild_index(&tx)?;
    tx.commit()?;
    let findings = db::integrity_check(&fresh)?;
    if !findings.is_empty() {
        return Err(DbError::Damaged {
            path: path.display().to_string(),
            findings,
        }
        .into());
    }
    Ok(report)
}

/// The tables to copy, in the order the schema made them (parents first):
/// not SQLite's own, not the search index (rebuilt from the rest).
fn tables(fresh: &Connection, old: &Connection) -> Result<Vec<Table>, SalvageError> {
    let virtual_tables: Vec<String> = fresh
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let names: Vec<(String, String)> = fresh
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut tables = Vec::new();
    for (name, sql) in names {
        let derived = name == "contact_name_words"
            || virtual_tables
                .iter()
                .any(|v| name == *v || name.starts_with(&format!("{v}_")));
        if derived {
            continue;
        }
        let new_columns = columns(fresh, &name)?;
        let old_columns = columns(old, &name).unwrap_or_default();
        let shared: Vec<String> = new_columns
            .iter()
            .filter(|(c, _)| old_columns.iter().any(|(o, _)| o == c))
            .map(|(c, _)| c.clone())
            .collect();
        if shared.is_empty() {
            continue;
        }
        let key = if sql.to_uppercase().contains("WITHOUT ROWID") {
            let mut pk: Vec<(String, i64)> =
                new_columns.into_iter().filter(|(_, pk)| *pk > 0).collect();
            pk.sort_by_key(|(_, position)| *position);
            pk.into_iter().map(|(c, _)| c).collect()
        } else {
            vec!["rowid".to_owned()]
        };
        tables.push(Table {
            name,
            columns: shared,
            key,
        });
    }
    Ok(tables)
}

/// A table's columns and their place in its primary key (0: not in it).
fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<(String, i64)>> {
    conn.prepare("SELECT name, pk FROM pragma_table_info(?1)")?
        .query_map([table], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect()
}

/// The highest ids ever given (AUTOINCREMENT), so that no id of a row that
/// was lost is given again to a new one.
fn copy_sequence(source: &mut Source, tx: &Connection) -> Result<(), SalvageError> {
    let read: rusqlite::Result<Vec<(String, i64)>> = source
        .conn()
        .prepare("SELECT name, seq FROM sqlite_sequence")
        .and_then(|mut s| {
            s.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect()
        });
    for (name, seq) in read.unwrap_or_default() {
        crate::db::raise_id_counter(tx, &name, seq)?;
    }
    Ok(())
}

/// Removes rows whose parent row was lost (and theirs, in turn), counting
/// them per table: with foreign keys on, they could not be kept.
fn leave_out_orphans(tx: &Connection, report: &mut [TableSalvage]) -> Result<(), SalvageError> {
    for _ in 0..32 {
        let links: Vec<(String, String, String, String)> = tx
            .prepare(
                "SELECT m.name, f.\"from\", f.\"table\", coalesce(f.\"to\", 'rowid')
                 FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table'",
            )?
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut removed_any = false;
        for (table, from, parent, to) in links {
            let q = |n: &str| format!("\"{}\"", n.replace('"', "\"\""));
            let removed = tx.execute(
                &format!(
                    "DELETE FROM {t} WHERE {f} IS NOT NULL AND {f} NOT IN (SELECT {to} FROM {p})",
                    t = q(&table),
                    f = q(&from),
                    to = q(&to),
                    p = q(&parent)
                ),
                [],
            )? as u64;
            if removed > 0 {
                removed_any = true;
                if let Some(entry) = report.iter_mut().find(|t| t.table == table) {
                    entry.orphans_left_out += removed;
                    entry.saved = entry.saved.saturating_sub(removed);
                }
            }
        }
        if !removed_any {
            break;
        }
    }
    Ok(())
}
