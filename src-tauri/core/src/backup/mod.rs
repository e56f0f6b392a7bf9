//! Encrypted backups of the book, and putting one back.
//!
//! A backup is written with SQLite's `VACUUM INTO` on the open connection
//! (never a copy of the live file, which may be mid-write with half its
//! pages in the write-ahead log). SQLCipher encrypts it with the same data
//! key, so it can sit in a synced folder. Before it counts it passes
//! `PRAGMA quick_check` (every page read and authenticated); it is written under a temporary name and
//! renamed when whole, so a crash or a full disk never leaves half a backup
//! that looks whole.
//!
//! Each backup is two files, side by side:
//! - `curbside-2026-12-05T140312.345Z-daily.db`, the encrypted database;
//! - `curbside-2026-12-05T140312.345Z-daily.db.json`, its sidecar: the data
//!   folder's key file (the data key sealed by the recovery key and the
//!   passphrase, never in the clear) and the counts shown in the list.
//!
//! Two plain files rather than one container: the database stays a
//! SQLCipher file that any SQLCipher tool opens with the key, the sidecar
//! stays readable JSON, listing reads only the small sidecars, and neither
//! needs a format of Curbside's own to unpack. Copying a backup to a new
//! computer means copying both files; restoring there needs only the
//! recovery key (or the passphrase).
//!
//! Where backups go is the user's choice ([`set_folder`]), kept in
//! `backup.json` in the data folder. Which are kept: [`rotation`].
//! Automatic backups before risky changes: [`before`].

mod folder;
mod hooks;
mod list;
mod names;
mod restore;
pub mod rotation;
mod write;

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use folder::{
    chosen_folder, default_folder, folder, folder_choice, set_folder, FolderChoice, DEFAULT_FOLDER,
    SETTINGS_FILE,
};
pub use hooks::{before, before_migration, migration_backup};
pub use list::{daily_due, list, list_folder};
pub use names::{file_name, parse as parse_name, sidecar, Reason};
pub use restore::{prepare_restore, restore_into_new, restore_over_damaged, PreparedRestore};
pub use write::{back_up, back_up_to, counts, daily, Written};

use crate::db::DbError;
use crate::keys::KeyError;

/// One backup, as listed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupInfo {
    /// The backup's database file.
    pub path: String,
    /// When it was made (UTC, RFC 3339).
    #[ts(type = "string")]
    pub created_at: jiff::Timestamp,
    /// Why it was made.
    pub reason: Reason,
    /// The size of the database file, in bytes.
    #[ts(type = "number")]
    pub size: u64,
    /// What it holds, when its sidecar says (`None` for a backup without one).
    pub counts: Option<Counts>,
    /// Its schema version, when its sidecar says.
    #[ts(type = "number | null")]
    pub schema_version: Option<i64>,
    /// Whether its key file is beside it, so it can be restored on another
    /// computer with the recovery key.
    pub has_key_file: bool,
}

/// How much a backup holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Counts {
    /// Contacts.
    #[ts(type = "number")]
    pub contacts: i64,
    /// Interactions.
    #[ts(type = "number")]
    pub interactions: i64,
    /// Events.
    #[ts(type = "number")]
    pub events: i64,
    /// CME credits.
    #[ts(type = "number")]
    pub cme_credits: i64,
}

/// Why a backup could not be made, listed or restored.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// `backup.json` could not be read.
    #[error("the backup settings in {path} could not be read ({reason}); choose the backup folder again")]
    Settings {
        /// The settings file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The backup could not be written (a full disk, a folder gone).
    #[error("the backup could not be written: {0}")]
    Write(String),
    /// The file failed its check: it is damaged, or not a Curbside backup.
    #[error("{path} is damaged or not a Curbside backup ({reason}); it was not used")]
    Damaged {
        /// The backup file.
        path: String,
        /// What the check found.
        reason: String,
    },
    /// The backup is of another book: this book's key does not open it.
    #[error("{path} does not open with this book's key: it is a backup of another book (restore it into an empty data folder with that book's recovery key) or it is damaged")]
    OtherBook {
        /// The backup file.
        path: String,
    },
    /// The sidecar with the key file is missing or unreadable.
    #[error("{path} has no readable key file beside it ({sidecar}), so it cannot be unlocked on this computer; copy that file next to it")]
    NoKeyFile {
        /// The backup file.
        path: String,
        /// The sidecar expected beside it.
        sidecar: String,
    },
    /// A restore into a data folder that already holds a book.
    #[error("{path} already holds a Curbside database; restore into it after unlocking it, or choose an empty data folder")]
    NotEmpty {
        /// The database file.
        path: String,
    },
    /// Another program has the database open.
    #[error("the database is open in another program (the Curbside app?); quit it and restore again: nothing was changed")]
    InUse,
    /// A risky change was refused because no backup could be made first.
    #[error("nothing was changed: Curbside backs up {what} first, and that backup failed ({reason}); free some disk space or choose another backup folder, then try again")]
    Refused {
        /// "before an import".
        what: &'static str,
        /// Why the backup failed.
        reason: String,
    },
    /// The key could not be unsealed.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The database could not be opened (a backup from a newer Curbside, say).
    #[error(transparent)]
    Database(#[from] DbError),
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl BackupError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

/// The sidecar's content.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Sidecar {
    /// The sidecar's own format version.
    format: u32,
    /// When the backup was made.
    created_at: jiff::Timestamp,
    reason: Reason,
    schema_version: i64,
    counts: Counts,
    /// The data folder's key file when the backup was made.
    key_file: Option<crate::keys::KeyFile>,
}
