//! Writing one backup: `VACUUM INTO` a temporary file beside the target,
//! check it, write its sidecar, rename it into place, and thin the folder.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::names::{self, Reason};
use super::{folder, list, rotation, BackupError, BackupInfo, Counts, Sidecar};
use crate::data_dir::DataDir;
use crate::keys::KeyFile;

/// The sidecar format this build writes.
const SIDECAR_FORMAT: u32 = 1;

/// The schema name the check attaches a new backup under.
const CHECKED: &str = "curbside_backup_check";

/// A backup just made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Written {
    /// The backup.
    pub backup: BackupInfo,
    /// Older backups the rotation removed, by file.
    pub removed: Vec<String>,
    /// Something the user should know: the chosen folder was not there and
    /// the backup went to the default one.
    pub warning: Option<String>,
}

/// Backs up the database `conn` has open into the data folder's backup
/// folder, then thins that folder ([`rotation`]). When the chosen folder is
/// not there (a synced folder on a drive not plugged in), the backup goes to
/// the default folder rather than nowhere, with a warning.
pub fn back_up(conn: &Connection, reason: Reason) -> Result<Written, BackupError> {
    let dir = data_dir_of(conn)?;
    let mut target_folder = folder::folder(&dir)?;
    let mut warning = None;
    if !target_folder.is_dir() && folder::chosen_folder(&dir)?.is_some() {
        let fallback = folder::default_folder(&dir);
        warning = Some(format!(
            "the backup folder {} is not there (a drive not connected?), so this backup went to {}",
            target_folder.display(),
            fallback.display()
        ));
        target_folder = fallback;
    }
    fs::create_dir_all(&target_folder).map_err(|e| BackupError::io(&target_folder, e))?;
    let _ = crate::data_dir::keep_private(&folder::default_folder(&dir));
    let mut at = Timestamp::now();
    let mut target = target_folder.join(names::file_name(at, reason));
    while target.exists() {
        at += jiff::SignedDuration::from_millis(1);
        target = target_folder.join(names::file_name(at, reason));
    }
    let backup = write(conn, &dir, &target, at, reason)?;
    let removed = rotate(&target_folder)?;
    Ok(Written {
        backup,
        removed,
        warning,
    })
}

/// The daily backup of the running app: made when the newest daily backup
/// is a day old or there is none (`Ok(None)`: not due yet, or an in-memory
/// database).
pub fn daily(conn: &Connection, now: Timestamp) -> Result<Option<Written>, BackupError> {
    let Ok(dir) = data_dir_of(conn) else {
        return Ok(None);
    };
    if !list::daily_due(&dir, now)? {
        return Ok(None);
    }
    back_up(conn, Reason::Daily).map(Some)
}

/// Backs up the database `conn` has open to exactly `out` (and its sidecar
/// beside it), replacing what is there. Not rotated.
pub fn back_up_to(
    conn: &Connection,
    out: &Path,
    reason: Reason,
) -> Result<BackupInfo, BackupError> {
    let dir = data_dir_of(conn)?;
    write(conn, &dir, out, Timestamp::now(), reason)
}

/// The data folder of an open database.
pub(super) fn data_dir_of(conn: &Connection) -> Result<DataDir, BackupError> {
    match conn.path().filter(|path| !path.is_empty()).map(Path::new) {
        Some(path) => Ok(DataDir::new(
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
        )),
        None => Err(BackupError::Write(
            "an in-memory database has no data folder".into(),
        )),
    }
}

fn write(
    conn: &Connection,
    dir: &DataDir,
    target: &Path,
    at: Timestamp,
    reason: Reason,
) -> Result<BackupInfo, BackupError> {
    let write_error =
        |error: std::io::Error| BackupError::Write(format!("{}: {error}", target.display()));
    let folder = match target.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    // An empty file of the user's alone, with a random name; VACUUM INTO
    // fills an empty file. Dropped (and so removed) on any early return.
    let partial = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(&folder)
        .map_err(write_error)?
        .into_temp_path();
    let partial_name = partial
        .to_str()
        .ok_or_else(|| BackupError::Write(format!("{} is not a UTF-8 path", folder.display())))?;
    conn.execute("VACUUM INTO ?1", [partial_name])
        .map_err(|error| BackupError::Write(error.to_string()))?;
    let (schema_version, counts) = check(conn, &partial)?;
    crate::files::flush_to_disk(&partial).map_err(write_error)?;

    let key_file = KeyFile::load(&dir.key_file()).ok();
    let sidecar = Sidecar {
        format: SIDECAR_FORMAT,
        created_at: at,
        reason,
        schema_version,
        counts,
        key_file,
    };
    let text = serde_json::to_vec_pretty(&sidecar).expect("a sidecar serializes");
    let sidecar_path = names::sidecar(target);
    crate::files::write_atomically(&sidecar_path, &text)
        .map_err(|error| BackupError::Write(error.to_string()))?;
    if let Err(error) = crate::files::put_in_place(partial, target) {
        let _ = fs::remove_file(&sidecar_path);
        return Err(write_error(error));
    }
    let size = fs::metadata(target).map(|meta| meta.len()).unwrap_or(0);
    Ok(BackupInfo {
        path: target.display().to_string(),
        created_at: at,
        reason,
        size,
        counts: Some(counts),
        schema_version: Some(schema_version),
        has_key_file: sidecar.key_file.is_some(),
    })
}

/// Checks a backup just written by attaching it to the connection that
/// wrote it (SQLCipher attaches with the main database's key): it must be
/// encrypted and pass `quick_check`. Returns its schema version and counts.
///
/// `quick_check`, not `integrity_check`: what can go wrong between
/// `VACUUM INTO` and here is the writing (a page lost, torn or left out on
/// a full disk), and `quick_check` reads every page once, SQLCipher
/// verifying each page's HMAC, and checks every b-tree's structure. What it
/// leaves out, each index entry looked up in its table, cannot differ in a
/// copy whose indexes `VACUUM INTO` has just built from the rows; it cost
/// three quarters of a re-import's time over 100,000 contacts.
fn check(conn: &Connection, path: &Path) -> Result<(i64, Counts), BackupError> {
    let damaged = |reason: String| BackupError::Damaged {
        path: path.display().to_string(),
        reason,
    };
    if is_plain_sqlite(path) {
        return Err(damaged("it was written unencrypted".into()));
    }
    let name = path.to_str().unwrap_or_default();
    conn.execute(&format!("ATTACH DATABASE ?1 AS {CHECKED}"), [name])
        .map_err(|error| damaged(error.to_string()))?;
    let checked = read_checked(conn).map_err(|error| damaged(error.to_string()));
    conn.execute(&format!("DETACH DATABASE {CHECKED}"), [])?;
    let (problems, schema_version, counts) = checked?;
    if problems != ["ok"] {
        return Err(damaged(problems.join("; ")));
    }
    Ok((schema_version, counts))
}

type Checked = (Vec<String>, i64, Counts);

fn read_checked(conn: &Connection) -> rusqlite::Result<Checked> {
    let mut statement = conn.prepare(&format!("PRAGMA {CHECKED}.quick_check(20)"))?;
    let problems = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let schema_version: i64 =
        conn.query_row(&format!("PRAGMA {CHECKED}.user_version"), [], |row| {
            row.get(0)
        })?;
    let counts = counts_in(conn, CHECKED);
    Ok((problems, schema_version, counts))
}

/// What the book `conn` has open holds.
pub fn counts(conn: &Connection) -> Counts {
    counts_in(conn, "main")
}

/// The counts of a schema (`main` or an attached one); a table an old
/// schema does not have yet counts 0.
pub(super) fn counts_in(conn: &Connection, schema: &str) -> Counts {
    let count = |table: &str| {
        conn.query_row(
            &format!("SELECT count(*) FROM {schema}.{table}"),
            [],
            |row| row.get::<_, i64>(0),
        )
        .unwrap_or(0)
    };
    Counts {
        contacts: count("contacts"),
        interactions: count("interactions"),
        events: count("events"),
        cme_credits: count("cme_credits"),
    }
}

pub(super) fn is_plain_sqlite(path: &Path) -> bool {
    let mut header = [0u8; 16];
    File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .is_ok()
        && &header == b"SQLite format 3\0"
}

/// Removes the backups in `folder` the rotation lets go, with their
/// sidecars; returns their files.
fn rotate(folder: &Path) -> Result<Vec<String>, BackupError> {
    let backups = list::list_folder(folder)?;
    let keys: Vec<(Timestamp, Reason)> = backups
        .iter()
        .map(|backup| (backup.created_at, backup.reason))
        .collect();
    let mut removed = Vec::new();
    for index in rotation::to_delete(&keys, rotation::Policy::default()) {
        let path = Path::new(&backups[index].path);
        if fs::remove_file(path).is_ok() {
            let _ = fs::remove_file(names::sidecar(path));
            removed.push(backups[index].path.clone());
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use std::io::{Seek, SeekFrom, Write};

    use super::*;
    use crate::keys::DataKey;

    #[test]
    fn a_copy_with_a_damaged_page_does_not_count_as_a_backup() {
        let folder = tempfile::tempdir().unwrap();
        let key = DataKey::from_bytes([7; 32]);
        let book = folder.path().join("curbside.db");
        let conn = crate::db::open_with(&book, &key, true, |_| Ok(())).unwrap();
        conn.execute_batch(
            "CREATE TABLE notes (body TEXT);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO notes SELECT printf('%.200c', 'x') || i FROM n;",
        )
        .unwrap();
        let copy = folder.path().join("copy.db");
        conn.execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
            .unwrap();
        let (_, counts) = check(&conn, &copy).expect("the whole copy passes");
        assert_eq!(counts.contacts, 0);

        let (page, size): (i64, i64) = {
            conn.execute("ATTACH DATABASE ?1 AS copy", [copy.to_str().unwrap()])
                .unwrap();
            let found = conn
                .query_row(
                    "SELECT max(pageno), max(pgsize) FROM dbstat('copy')
                     WHERE name = 'notes' AND pagetype = 'leaf'",
                    [],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .unwrap();
            conn.execute("DETACH DATABASE copy", []).unwrap();
            found
        };
        let mut file = fs::OpenOptions::new().write(true).open(&copy).unwrap();
        file.seek(SeekFrom::Start(((page - 1) * size + size / 2) as u64))
            .unwrap();
        file.write_all(&[0x5a; 64]).unwrap();
        drop(file);

        let error = check(&conn, &copy).unwrap_err();
        assert!(matches!(error, BackupError::Damaged { .. }), "{error}");
        assert!(
            conn.query_row("SELECT count(*) FROM pragma_database_list", [], |row| {
                row.get::<_, i64>(0)
            })
            .unwrap()
                <= 2,
            "the damaged copy is detached again"
        );
    }
}
