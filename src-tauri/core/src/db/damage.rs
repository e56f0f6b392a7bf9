//! Finding damage: SQLite's own checks, and SQLCipher's page check (every
//! page carries an HMAC, so a changed byte anywhere is found).

use std::path::Path;

use rusqlite::{Connection, ErrorCode};

use super::DbError;

/// What a check found: empty when all is well.
pub type Findings = Vec<String>;

/// The most problems a check lists (the first ones say enough).
const MOST: usize = 20;

/// `PRAGMA quick_check` table by table: every page of every table and
/// index read (and so decrypted and its HMAC checked) and every b-tree's
/// shape, in time proportional to the file's size. An error that stops the
/// check is itself the finding.
///
/// The full-text indexes are checked through the ordinary tables that store
/// them. Their own logical check, which a plain `quick_check` also runs and
/// FTS5 does in full whatever it is asked (walking and re-reading its whole
/// index, about as long again as everything else), is left to
/// [`integrity_check`], which the doctor runs.
pub fn quick_check(conn: &Connection) -> Result<Findings, DbError> {
    let tables = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage",
        )
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        });
    let tables = match tables {
        Ok(tables) => tables,
        Err(error) if is_damage(&error) => return Ok(vec![error.to_string()]),
        Err(error) => return Err(error.into()),
    };
    let mut findings = Findings::new();
    for table in tables {
        let name = table.replace('"', "\"\"");
        findings.extend(pragma_rows(
            conn,
            &format!("PRAGMA quick_check(\"{name}\")"),
        )?);
        if findings.len() >= MOST {
            findings.truncate(MOST);
            break;
        }
    }
    Ok(findings)
}

/// `PRAGMA integrity_check`: [`quick_check`] and also that every index
/// matches its table. Slower; for the doctor.
pub fn integrity_check(conn: &Connection) -> Result<Findings, DbError> {
    pragma_rows(conn, &format!("PRAGMA integrity_check({MOST})"))
}

/// SQLCipher's `cipher_integrity_check`: the HMAC of every page in the main
/// file, with the page number of each that fails.
pub fn page_check(conn: &Connection) -> Result<Findings, DbError> {
    let mut findings = pragma_rows(conn, "PRAGMA cipher_integrity_check")?;
    findings.truncate(MOST);
    Ok(findings)
}

fn pragma_rows(conn: &Connection, sql: &str) -> Result<Findings, DbError> {
    let rows = conn.prepare(sql).and_then(|mut statement| {
        statement
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()
    });
    match rows {
        // SQLite puts several problems in one row, under a heading line.
        Ok(rows) => Ok(rows
            .iter()
            .flat_map(|row| row.lines())
            .filter(|line| *line != "ok" && !line.starts_with("*** in database"))
            .map(str::to_owned)
            .collect()),
        Err(error) if is_damage(&error) => Ok(vec![error.to_string()]),
        Err(error) => Err(error.into()),
    }
}

/// Whether an error reading the file means the file is damaged (rather
/// than busy, or out of memory).
pub(crate) fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(
            ErrorCode::DatabaseCorrupt
                | ErrorCode::NotADatabase
                | ErrorCode::SystemIoFailure
                | ErrorCode::Unknown
        )
    )
}

/// The quick check at every open: a damaged database is refused.
pub(super) fn refuse_damaged(conn: &Connection, path: &str) -> Result<(), DbError> {
    let findings = quick_check(conn)?;
    if findings.is_empty() {
        return Ok(());
    }
    Err(DbError::Damaged {
        path: path.to_owned(),
        findings,
    })
}

/// An existing database file that is empty (and has no log beside it)
/// lost everything it held: opening it would make a new, empty book in its
/// place without a word.
pub(super) fn refuse_empty(path: &Path) -> Result<(), DbError> {
    let size = |path: &Path| std::fs::metadata(path).map(|meta| meta.len()).ok();
    let mut log = path.as_os_str().to_owned();
    log.push("-wal");
    if size(path) == Some(0) && size(Path::new(&log)).unwrap_or(0) == 0 {
        return Err(DbError::Damaged {
            path: path.display().to_string(),
            findings: vec!["the file is empty (0 bytes)".into()],
        });
    }
    Ok(())
}

/// The findings as one clause: the first, and how many more.
pub(super) fn summary(findings: &[String]) -> String {
    match findings {
        [] => "no details".into(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} (and {} more problems)", rest.len()),
    }
}
