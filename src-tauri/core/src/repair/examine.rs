//! The doctor's checks: the folder, the key file, and the database (pages,
//! structure, foreign keys, search index). Reads only; writes nothing.

use std::path::Path;

use rusqlite::Connection;

use super::Check;
use crate::data_dir::DataDir;
use crate::db::{self, DbError};
use crate::keys::{DataKey, Passphrase, SecretStore};
use crate::vault::{self, VaultError};

/// Every check, and the key if it was found.
#[derive(Debug)]
pub struct Examination {
    /// The checks, in the order they ran.
    pub checks: Vec<Check>,
    /// The database's key, when it was found (repair needs it).
    pub key: Option<DataKey>,
}

impl Examination {
    /// Whether every check passed.
    pub fn healthy(&self) -> bool {
        self.checks.iter().all(|check| check.ok)
    }

    /// Whether the database file itself is damaged (so only a salvage or
    /// a backup brings it back).
    pub fn database_damaged(&self) -> bool {
        self.checks.iter().any(|check| {
            !check.ok && matches!(check.check.as_str(), "database" | "pages" | "integrity")
        })
    }
}

/// Examines the data folder `dir`, finding the key as unlocking does
/// (`store`, else `secret`). Only [`VaultError::PassphraseNeeded`] is an
/// error (ask, and call again); every other problem is a failed check.
pub fn examine(
    dir: &DataDir,
    store: &dyn SecretStore,
    secret: Option<&Passphrase>,
) -> Result<Examination, VaultError> {
    let mut checks = vec![Check::new("folder", folder_findings(dir.root()))];
    let found = match vault::find_key(dir, store, secret) {
        Ok(found) => found,
        Err(error @ VaultError::PassphraseNeeded { .. }) => return Err(error),
        Err(VaultError::Database(DbError::Damaged { findings, .. })) => {
            checks.push(Check::new("key_file", Vec::new()));
            checks.push(Check::new("database", findings));
            return Ok(Examination { checks, key: None });
        }
        Err(VaultError::Database(error)) => {
            checks.push(Check::new("database", vec![error.to_string()]));
            return Ok(Examination { checks, key: None });
        }
        Err(error) => {
            checks.push(Check::new("key_file", vec![error.to_string()]));
            return Ok(Examination { checks, key: None });
        }
    };
    let mut key_findings = found.key_file.problems();
    if let Ok(Some(kept)) = store.get(&found.key_file.database_id) {
        if kept.as_bytes() != found.key.as_bytes() {
            key_findings.push("the system keyring's key for this database does not open it (the passphrase does; unlocking puts the right key back)".into());
        }
    }
    checks.push(Check::new("key_file", key_findings));
    match db::open_as_found(&dir.database(), &found.key) {
        Ok(conn) => checks.extend(database_checks(&conn)),
        Err(error) => checks.push(Check::new("database", vec![error.to_string()])),
    }
    Ok(Examination {
        checks,
        key: Some(found.key),
    })
}

fn database_checks(conn: &Connection) -> Vec<Check> {
    let run = |name: &str, result: Result<Vec<String>, DbError>| {
        Check::new(name, result.unwrap_or_else(|error| vec![error.to_string()]))
    };
    let pages = run("pages", db::page_check(conn));
    let integrity = run("integrity", db::integrity_check(conn));
    let damaged = !pages.ok || !integrity.ok;
    let mut checks = vec![pages, integrity];
    if !damaged {
        checks.push(run("foreign_keys", foreign_key_findings(conn)));
        checks.push(run("search_index", search_findings(conn)));
    }
    checks
}

fn foreign_key_findings(conn: &Connection) -> Result<Vec<String>, DbError> {
    let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = statement
        .query_map([], |row| {
            let table: String = row.get(0)?;
            let rowid: Option<i64> = row.get(1)?;
            let parent: String = row.get(2)?;
            Ok(match rowid {
                Some(rowid) => format!("{table} row {rowid} points to a missing {parent} row"),
                None => format!("a {table} row points to a missing {parent} row"),
            })
        })?
        .take(20)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// FTS5's own `integrity-check` on every full-text table, and that every
/// contact has its search entry and name words stand for contacts that
/// exist.
fn search_findings(conn: &Connection) -> Result<Vec<String>, DbError> {
    let mut findings = Vec::new();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for table in &tables {
        // Runs FTS5's own integrity check of the table (its xIntegrity,
        // what the `'integrity-check'` command runs), read-only.
        let rows = db_rows(
            conn,
            &format!("PRAGMA integrity_check(\"{}\")", table.replace('"', "\"\"")),
        )?;
        findings.extend(
            rows.into_iter()
                .filter(|row| row != "ok")
                .map(|row| format!("the full-text index {table}: {row}")),
        );
    }
    let missing: i64 = conn.query_row(
        "SELECT count(*) FROM contacts WHERE id NOT IN (SELECT rowid FROM contact_search)",
        [],
        |row| row.get(0),
    )?;
    if missing > 0 {
        findings.push(format!(
            "{missing} contacts are missing from the search index"
        ));
    }
    let stray: i64 = conn.query_row(
        "SELECT count(*) FROM contact_name_words WHERE contact_id NOT IN (SELECT id FROM contacts)",
        [],
        |row| row.get(0),
    )?;
    if stray > 0 {
        findings.push(format!(
            "{stray} name words stand for contacts that no longer exist"
        ));
    }
    Ok(findings)
}

fn db_rows(conn: &Connection, sql: &str) -> Result<Vec<String>, DbError> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Unix: the folder 0700 and its files 0600 (others could copy the book and
/// its key file to guess the passphrase offline). Everywhere: the folder
/// can be written.
fn folder_findings(root: &Path) -> Vec<String> {
    let mut findings = Vec::new();
    if !root.is_dir() {
        findings.push(format!("{} is not a folder", root.display()));
        return findings;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open_to_others = |path: &Path| {
            std::fs::symlink_metadata(path)
                .map(|meta| meta.permissions().mode() & 0o077 != 0 && !meta.is_symlink())
                .unwrap_or(false)
        };
        if open_to_others(root) {
            findings.push(format!(
                "{} can be read by other users of this computer",
                root.display()
            ));
        }
        if let Ok(entries) = std::fs::read_dir(root) {
            for entry in entries.flatten() {
                if open_to_others(&entry.path()) {
                    findings.push(format!(
                        "{} can be read by other users of this computer",
                        entry.path().display()
                    ));
                }
            }
        }
    }
    if tempfile::tempfile_in(root).is_err() {
        findings.push(format!(
            "{} cannot be written: the book opens read-only",
            root.display()
        ));
    }
    findings
}
