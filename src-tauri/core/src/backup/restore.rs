//! Putting a backup back, all or nothing.
//!
//! Into the book that is open: the backup is copied into the data folder
//! under a temporary name and checked there (opens with the key, passes
//! `integrity_check`, not from a newer Curbside); then the current state is
//! backed up ("before restore"); only then is the connection closed and the
//! copy renamed over the database. Any failure before the rename leaves the
//! database as it was.
//!
//! Into a new data folder (a new computer): the key file comes from the
//! backup's sidecar and is unsealed with the recovery key (or passphrase);
//! the key goes into the keyring as an unlock puts it there.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use tempfile::TempPath;

use super::names::Reason;
use super::{list, write, BackupError, Written};
use crate::data_dir::{self, DataDir};
use crate::db::{self, DbError};
use crate::keys::{DataKey, Passphrase, SecretStore};

/// A restore checked and ready: [`PreparedRestore::finish`] puts it in place.
#[derive(Debug)]
pub struct PreparedRestore {
    staged: TempPath,
    database: PathBuf,
    /// The backup of the state before the restore (`None` for an empty book).
    pub before_restore: Option<Written>,
}

/// Checks `file` as a backup of the book `current` has open (with `key`,
/// that book's key) and backs up the current state. Nothing is changed
/// when this fails.
pub fn prepare_restore(
    dir: &DataDir,
    key: &DataKey,
    current: &Connection,
    file: &Path,
) -> Result<PreparedRestore, BackupError> {
    let staged = stage(dir, file)?;
    verify(&staged, key, file)?;
    let before_restore = super::before(current, Reason::BeforeRestore)?;
    Ok(PreparedRestore {
        staged,
        database: dir.database(),
        before_restore,
    })
}

impl PreparedRestore {
    /// Closes `current` (the only connection to the book: close any other
    /// first), puts the backup in its place and opens it with `key`; a backup
    /// from an older Curbside is brought up to date on the way. When another
    /// program still has the book open, nothing is changed
    /// ([`BackupError::InUse`]) and the caller opens it again.
    pub fn finish(self, current: Connection, key: &DataKey) -> Result<Connection, BackupError> {
        current.close().map_err(|(_, error)| error)?;
        // The last connection to close removes the write-ahead log; when it
        // is still there someone else has the book open, and renaming under
        // them would lose their writes or replay their log onto the backup.
        let wal = with_suffix(&self.database, "-wal");
        if wal.exists() {
            return Err(BackupError::InUse);
        }
        let _ = fs::remove_file(with_suffix(&self.database, "-shm"));
        crate::files::put_in_place(self.staged, &self.database)
            .map_err(|error| BackupError::io(&self.database, error))?;
        Ok(db::open_with(
            &self.database,
            key,
            false,
            super::migration_backup,
        )?)
    }
}

/// Restores `file` into the data folder `dir`, which holds no database yet,
/// unlocking it with `secret` (the recovery key or the passphrase) and the
/// key file in the backup's sidecar. Then [`crate::vault::unlock`] opens it.
pub fn restore_into_new(
    dir: &DataDir,
    file: &Path,
    secret: &Passphrase,
    store: &dyn SecretStore,
) -> Result<(), BackupError> {
    let database = dir.database();
    if database.exists() {
        return Err(BackupError::NotEmpty {
            path: database.display().to_string(),
        });
    }
    let key_file = list::read_sidecar(file)
        .and_then(|sidecar| sidecar.key_file)
        .ok_or_else(|| BackupError::NoKeyFile {
            path: file.display().to_string(),
            sidecar: super::names::sidecar(file).display().to_string(),
        })?;
    let key = key_file.unseal(secret)?;
    fs::create_dir_all(dir.root()).map_err(|error| BackupError::io(dir.root(), error))?;
    let _ = data_dir::keep_private(dir.root());
    let staged = stage(dir, file)?;
    verify(&staged, &key, file)?;
    let key_path = dir.key_file();
    if key_path.exists() {
        // A key file without its database may be the only way into one
        // moved away: keep it aside, as a first unlock does.
        let aside = key_path.with_extension(format!(
            "json.orphaned-{}",
            jiff::Timestamp::now().as_second()
        ));
        fs::rename(&key_path, aside).map_err(|error| BackupError::io(&key_path, error))?;
    }
    key_file.save(&key_path)?;
    crate::files::put_in_place(staged, &database)
        .map_err(|error| BackupError::io(&database, error))?;
    let _ = store.set(&key_file.database_id, &key);
    let _ = data_dir::keep_private(dir.root());
    Ok(())
}

/// Restores `file` over a damaged database that cannot be opened (the
/// quick check at start refused it), with `key`, that book's key: the
/// backup is checked first; then the damaged file is moved aside, kept and
/// never deleted, as a salvage keeps it, and the backup put in its place.
/// Returns where the damaged file is kept. Nothing is changed when the
/// backup does not check out. Then [`crate::vault::unlock`] opens it.
pub fn restore_over_damaged(
    dir: &DataDir,
    key: &DataKey,
    file: &Path,
) -> Result<PathBuf, BackupError> {
    let mut staged = stage(dir, file)?;
    verify(&staged, key, file)?;
    let database = dir.database();
    let aside = crate::files::replace_damaged(&database, &staged)
        .map_err(|error| BackupError::io(&database, std::io::Error::other(error.to_string())))?;
    // The copy is the database now: nothing left to remove.
    staged.disable_cleanup(true);
    let _ = data_dir::keep_private(dir.root());
    Ok(aside)
}

/// Copies `file` into the data folder under a temporary name (removed if
/// the restore stops).
fn stage(dir: &DataDir, file: &Path) -> Result<TempPath, BackupError> {
    if !file.is_file() {
        return Err(BackupError::io(
            file,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such backup file"),
        ));
    }
    let staged = tempfile::Builder::new()
        .prefix(".curbside.db.restoring.")
        .tempfile_in(dir.root())
        .map_err(|error| BackupError::io(dir.root(), error))?
        .into_temp_path();
    fs::copy(file, &staged).map_err(|error| BackupError::io(&staged, error))?;
    crate::files::flush_to_disk(&staged).map_err(|error| BackupError::io(&staged, error))?;
    Ok(staged)
}

/// The staged copy opens with `key`, passes `integrity_check` and is not
/// from a newer Curbside.
fn verify(staged: &Path, key: &DataKey, file: &Path) -> Result<(), BackupError> {
    let shown = file.display().to_string();
    let damaged = |reason: String| BackupError::Damaged {
        path: shown.clone(),
        reason,
    };
    if write::is_plain_sqlite(staged) {
        return Err(damaged("it is not encrypted".into()));
    }
    let checked = (|| {
        let conn = match db::open_keyed(staged, key) {
            Ok(conn) => conn,
            Err(DbError::WrongKeyOrNotADatabase { .. }) => {
                return Err(BackupError::OtherBook {
                    path: shown.clone(),
                })
            }
            Err(error) => return Err(damaged(error.to_string())),
        };
        let mut statement = conn
            .prepare("PRAGMA integrity_check(20)")
            .map_err(|error| damaged(error.to_string()))?;
        let problems = statement
            .query_map([], |row| row.get::<_, String>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| damaged(error.to_string()))?;
        if problems != ["ok"] {
            return Err(damaged(problems.join("; ")));
        }
        let found = db::schema_version(&conn)?;
        let supported = db::latest_version();
        if found > supported {
            return Err(DbError::TooNew { found, supported }.into());
        }
        if found == 0 {
            return Err(damaged("it holds no Curbside book".into()));
        }
        Ok(())
    })();
    // Opening may have left a log beside the copy.
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(with_suffix(staged, suffix));
    }
    checked
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}
