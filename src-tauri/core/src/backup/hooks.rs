//! Backups before risky changes: a schema update, an import, a merge, a
//! bulk delete, a restore. One call at the start of each core operation, so
//! the app and the CLI both get it.
//!
//! A careful app does not go on without the backup it promised: when it
//! cannot be made (a full disk, a folder without rights), the change is
//! refused with a message saying why and what to do, and nothing changes.
//! A chosen folder that is not there (a synced drive unplugged) is not a
//! reason to refuse: the backup goes to the default folder instead
//! ([`back_up`](super::back_up)). A book with nothing in it is not backed
//! up (there is nothing to lose), nor an in-memory database.

use rusqlite::Connection;

use super::names::Reason;
use super::write::{self, counts_in};
use super::{BackupError, Written};

/// Backs up before the change `reason` names, or says why the change must
/// not go ahead ([`BackupError::Refused`]). `Ok(None)`: nothing needed
/// backing up.
pub fn before(conn: &Connection, reason: Reason) -> Result<Option<Written>, BackupError> {
    if write::data_dir_of(conn).is_err() {
        return Ok(None);
    }
    let counts = counts_in(conn, "main");
    if counts == super::Counts::default() {
        return Ok(None);
    }
    write::back_up(conn, reason)
        .map(Some)
        .map_err(|error| BackupError::Refused {
            what: reason.label(),
            reason: error.to_string(),
        })
}

/// [`before_migration`] in the form [`crate::db::open_with`] takes: the
/// database layer cannot name backups, which build on it.
pub fn migration_backup(conn: &Connection) -> Result<(), String> {
    before_migration(conn)
        .map(drop)
        .map_err(|error| error.to_string())
}

/// [`before`] a schema update, when `conn`'s schema is older than this
/// build's (and not a database just created).
pub fn before_migration(conn: &Connection) -> Result<Option<Written>, BackupError> {
    let found = crate::db::schema_version(conn)?;
    if found == 0 || found >= crate::db::latest_version() {
        return Ok(None);
    }
    before(conn, Reason::BeforeMigration)
}
