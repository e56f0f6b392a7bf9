//! A book on a read-only folder or disk (a locked-down share, a backup
//! disk mounted read-only, a full disk's folder made read-only by the
//! system): it opens read-only so the doctor can still read it.
//!
//! SQLite reads a write-ahead-logged database read-only only when it can
//! use the `-shm` file beside it; where that cannot be made (the folder
//! itself is read-only and the last writer removed it on closing), the file
//! is opened `immutable`, which reads the main file alone. That is all of
//! the book once the last writer has closed, since closing checkpoints the
//! log into the main file.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{apply_key_with, DbError, KeyCheck};
use crate::keys::DataKey;

/// Whether the database file and its folder can be written (SQLite needs
/// both: the log and its index are files beside the database). Probes with
/// real opens, so a read-only mount and a root user are judged right.
pub(super) fn writable(path: &Path) -> bool {
    let file = std::fs::OpenOptions::new().write(true).open(path).is_ok();
    let folder = path
        .parent()
        .map(|folder| {
            let folder = if folder.as_os_str().is_empty() {
                Path::new(".")
            } else {
                folder
            };
            tempfile::tempfile_in(folder).is_ok()
        })
        .unwrap_or(false);
    file && folder
}

/// Opens the database read-only, keyed and checked by the first read that
/// `check` chooses. `setup` runs after the key is given, before the check.
pub(super) fn open(
    path: &Path,
    key: &DataKey,
    display: &str,
    setup: &str,
    check: KeyCheck,
) -> Result<Connection, DbError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    match apply_key_with(&conn, key, display, setup, check) {
        Err(DbError::Sqlite(rusqlite::Error::SqliteFailure(error, _)))
            if error.code == rusqlite::ErrorCode::CannotOpen =>
        {
            drop(conn);
            immutable(path, key, display, setup, check)
        }
        Err(other) => Err(other),
        Ok(()) => Ok(conn),
    }
}

fn immutable(
    path: &Path,
    key: &DataKey,
    display: &str,
    setup: &str,
    check: KeyCheck,
) -> Result<Connection, DbError> {
    let absolute = std::path::absolute(path).map_err(|e| {
        DbError::Sqlite(rusqlite::Error::InvalidPath(
            format!("{display}: {e}").into(),
        ))
    })?;
    let mut uri = String::from("file:");
    for byte in absolute.to_string_lossy().bytes() {
        match byte {
            b'%' | b'?' | b'#' | 0x80.. => uri.push_str(&format!("%{byte:02X}")),
            _ => uri.push(byte as char),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(&uri, flags)?;
    apply_key_with(&conn, key, display, setup, check)?;
    Ok(conn)
}

/// Whether `conn` was opened read-only (the file or folder cannot be
/// written): reading works, every write fails.
pub fn opened_read_only(conn: &Connection) -> bool {
    conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
}
