//! The encrypted SQLite database: one place that opens it with its key and
//! connection settings, and the append-only schema migrations.
//!
//! A storage layer above the domains, whose upkeep some migrations call
//! (folded names, forgotten reminders); the domains themselves only take a
//! `Connection`. Backups build on this module, so the backup made before a
//! schema update is handed in ([`open_with`]) by `vault::open_database`.

mod checks;
mod damage;
mod goal_uids;
mod migrations;
mod never_reused;
mod plain_words;
mod read_only;
mod seal;

use std::path::Path;

use rusqlite::OpenFlags;

use crate::keys::DataKey;

pub use damage::{integrity_check, page_check, quick_check, Findings};
pub use migrations::{latest_version, MIGRATIONS};
pub use plain_words::{in_plain_words, is_read_only_error};
pub use read_only::opened_read_only;
pub use rusqlite::{Connection, Error as SqliteError};
pub use seal::{is_sealed, seal_after_close, seal_path, SealOnClose, FULL_CHECK_EVERY};

/// What [`open_with`] runs on an existing database before migrating it; an
/// error says, in words, why the migration must not go ahead.
pub type BeforeMigration = fn(&Connection) -> Result<(), String>;

/// The first bytes of every unencrypted SQLite file.
const PLAIN_SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Why the database could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The key does not decrypt the file, or the file is not a database.
    #[error(
        "{path} could not be decrypted: the key is wrong, or the file is not a Curbside database"
    )]
    WrongKeyOrNotADatabase {
        /// The database file.
        path: String,
    },
    /// The file is a plain SQLite database, not an encrypted Curbside one.
    #[error("{path} is an unencrypted SQLite file, not a Curbside database")]
    NotEncrypted {
        /// The database file.
        path: String,
    },
    /// A newer Curbside wrote this database; this one must not touch it.
    #[error("this database was written by a newer Curbside (schema {found}; this version knows up to {supported}); update Curbside to open it")]
    TooNew {
        /// The schema version in the file.
        found: i64,
        /// The newest schema version this build knows.
        supported: i64,
    },
    /// The file is damaged: pages that do not decrypt or a broken structure.
    /// Nothing is written to it (no migration, no change); what can be read
    /// can be salvaged into a new file (`repair::salvage`).
    #[error(
        "{path} is damaged, so Curbside will not write to it: {}",
        damage::summary(findings)
    )]
    Damaged {
        /// The database file.
        path: String,
        /// What the check found, one problem a line, as SQLite reports them.
        findings: Vec<String>,
    },
    /// The file or its folder cannot be written and the schema is out of
    /// date, so it cannot be opened even for reading.
    #[error("{path} cannot be written (a read-only folder or disk) and needs an update to this version's schema; open it where it can be written")]
    ReadOnlyNeedsUpdate {
        /// The database file.
        path: String,
    },
    /// The schema could not be brought up to date.
    #[error("updating the database schema failed: {0}")]
    Migration(String),
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Opens the encrypted database at `path` (creating it when `create` is set),
/// checks the key, applies the connection settings and brings the schema up
/// to date. A wrong key or a foreign file changes nothing on disk.
///
/// An existing database is first checked (`PRAGMA quick_check`, which reads
/// every page, so SQLCipher's HMAC finds any damaged one): a damaged file is
/// [`DbError::Damaged`] and is never written to. The check is skipped when
/// the seal beside the file shows it unchanged since Curbside last checked
/// or closed it ([`seal_after_close`]; the module `seal` says when). A file or folder that
/// cannot be written opens read-only (check with
/// `Connection::is_readonly`): reading works, writes fail
/// ([`in_plain_words`] says why).
///
/// An existing database is handed to `before_migration` before its schema
/// is brought up to date: the backup a schema update makes, which
/// `backup` (a layer above this one) provides; when it fails, nothing is
/// migrated. Open the book through `vault::open_database`, which passes it.
pub fn open_with(
    path: &Path,
    key: &DataKey,
    create: bool,
    before_migration: BeforeMigration,
) -> Result<Connection, DbError> {
    let display = path.display().to_string();
    if !create {
        refuse_plain_sqlite(path)?;
        damage::refuse_empty(path)?;
    }
    let mut conn = if !create && !read_only::writable(path) {
        read_only::open(path, key, &display, "", KeyCheck::Schema)?
    } else {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)?;
        apply_key(&conn, key, &display)?;
        conn
    };
    if !create {
        check_unless_sealed(&conn, path, &display)?;
    }
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        conn.execute_batch(READING)?;
        if schema_version(&conn)? != latest_version() {
            return Err(DbError::ReadOnlyNeedsUpdate { path: display });
        }
        return Ok(conn);
    }
    configure(&mut conn)?;
    if !create {
        before_migration(&conn).map_err(DbError::Migration)?;
    }
    migrate(&mut conn)?;
    Ok(conn)
}

/// The damage check of an open, unless the seal shows the file unchanged
/// since it was last checked (see `seal`); always before a schema update.
fn check_unless_sealed(conn: &Connection, path: &Path, display: &str) -> Result<(), DbError> {
    if seal::is_sealed(path) && schema_version(conn)? == latest_version() {
        return Ok(());
    }
    damage::refuse_damaged(conn, display)?;
    seal::checked_now(path);
    Ok(())
}

/// Opens the encrypted file at `path` with `key` and checks the key, and
/// nothing else: no settings, no migration. For checking a backup.
pub(crate) fn open_keyed(path: &Path, key: &DataKey) -> Result<Connection, DbError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    apply_key(&conn, key, &path.display().to_string())?;
    Ok(conn)
}

/// Whether `key` reads the database at `path` (its first page decrypts).
/// Opens it read-only and writes nothing.
pub fn key_opens(path: &Path, key: &DataKey) -> Result<bool, DbError> {
    // Damage beyond the first page is for the quick check to report.
    match try_key(path, key) {
        Ok(_) => Ok(true),
        Err(DbError::WrongKeyOrNotADatabase { .. }) => Ok(false),
        Err(other) => Err(other),
    }
}

/// A read-only connection that has read the first page with `key` and
/// nothing more. The schema (about 60 KB of SQL, a few milliseconds to
/// parse, most of a short CLI command's own time) is left for the
/// connection that will use it.
fn try_key(path: &Path, key: &DataKey) -> Result<Connection, DbError> {
    refuse_plain_sqlite(path)?;
    let display = path.display().to_string();
    read_only::open(path, key, &display, AS_FOUND, KeyCheck::FirstPage)
}

/// The settings of a read-only look at the file as it is. A file shorter
/// than its header says (truncated) is refused whole unless the schema is
/// "writable"; on a read-only connection that only lets what is there be
/// read.
const AS_FOUND: &str = "PRAGMA writable_schema = ON; PRAGMA busy_timeout = 5000;";

/// The database as it is on disk, read-only: keyed and checked to decrypt,
/// but not quick-checked, configured or migrated. For examining and
/// salvaging a damaged file without touching it.
pub fn open_as_found(path: &Path, key: &DataKey) -> Result<Connection, DbError> {
    let display = path.display().to_string();
    refuse_plain_sqlite(path)?;
    match read_only::open(path, key, &display, AS_FOUND, KeyCheck::Schema) {
        Ok(conn) => Ok(conn),
        Err(DbError::Damaged { .. }) => {
            // The key decrypts the first page; the rest is for the checks.
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(path, flags)?;
            let _ = apply_key_with(&conn, key, &display, AS_FOUND, KeyCheck::Schema);
            Ok(conn)
        }
        Err(other) => Err(other),
    }
}

/// A second, read-only connection to a database [`open_with`] has opened and
/// brought up to date: for reading on another thread while the first is in
/// use (`reminders::due_with`). It cannot write, and changes no setting
/// stored in the file.
///
/// It probes no file outside SQLite (as [`open_with`] does, to tell a plain
/// or read-only file apart): closing any descriptor of a file drops every
/// lock this process holds on it (POSIX), and without the first
/// connection's lock another process closing the book (the CLI while the
/// app is open) takes itself for the last one and removes the write-ahead
/// log the first connection still writes to: those writes are then lost.
pub fn open_reader(path: &Path, key: &DataKey) -> Result<Connection, DbError> {
    second(path, key, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

/// A second writing connection to a database [`open_with`] has opened and
/// brought up to date, for long work on its own thread (a sync) while the
/// first stays free; configured as the first. Like [`open_reader`] it
/// probes no file outside SQLite, so the first connection keeps its locks.
pub fn open_second_writer(path: &Path, key: &DataKey) -> Result<Connection, DbError> {
    let mut conn = second(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    configure(&mut conn)?;
    Ok(conn)
}

/// A connection beside the first, opened with `access` and checked to be at
/// the schema the first brought it to.
fn second(path: &Path, key: &DataKey, access: OpenFlags) -> Result<Connection, DbError> {
    let display = path.display().to_string();
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    apply_key(&conn, key, &display)?;
    conn.execute_batch(READING)?;
    let found = schema_version(&conn)?;
    if found != latest_version() {
        return Err(DbError::Migration(format!(
            "a second connection found schema {found}, not {}",
            latest_version()
        )));
    }
    Ok(conn)
}

/// A migrated in-memory database, for tests and benchmarks.
pub fn open_in_memory() -> Result<Connection, DbError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&mut conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Gives SQLCipher the key, and checks it.
pub(crate) fn apply_key(conn: &Connection, key: &DataKey, path: &str) -> Result<(), DbError> {
    apply_key_with(conn, key, path, "", KeyCheck::Schema)
}

/// What the first read after the key reads, which proves the key.
#[derive(Debug, Clone, Copy)]
pub(crate) enum KeyCheck {
    /// The schema, as every connection that will be used needs it: damage
    /// to it is found here, as [`DbError::Damaged`].
    Schema,
    /// The first page alone, for trying a key ([`key_opens`]).
    FirstPage,
}

/// [`apply_key`], running `setup` (pragmas) after the key is given and
/// before it is checked by the first read, which `check` chooses.
pub(crate) fn apply_key_with(
    conn: &Connection,
    key: &DataKey,
    path: &str,
    setup: &str,
    check: KeyCheck,
) -> Result<(), DbError> {
    // A wrong key is reported as an error value; SQLCipher must not also
    // print it on the user's terminal.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // The hex comes from our own bytes, so formatting it into SQL is safe;
    // `x'…'` tells SQLCipher it is a raw key, not a passphrase to stretch.
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex().as_str()))?;
    conn.execute_batch(setup)?;
    check_key(conn, path, check)
}

/// The settings of every connection, the read-only one included. Each
/// page cache holds up to 32 MiB of decrypted pages, cached as they are
/// read (a small book holds only what it has): enough for a 100,000-contact
/// book's indexes and hot pages, and for what one evaluation of the
/// reminders reads (about 20 MiB, most of it `contacts_for_reminders`), so
/// the next evaluation decrypts almost nothing. A pass that reads pages
/// once (the duplicates scan) gives its pages back after ([`release_cache`]).
const READING: &str = "PRAGMA foreign_keys = ON;
     PRAGMA busy_timeout = 5000;
     PRAGMA cache_size = -32768;";

/// Frees `conn`'s page cache, after a pass whose pages are not read again
/// (the memory is handed back to the allocator; the next read decrypts
/// again what it needs).
pub fn release_cache(conn: &Connection) -> Result<(), DbError> {
    conn.execute_batch("PRAGMA shrink_memory;")?;
    Ok(())
}

/// The bytes `conn`'s page cache holds now: what [`release_cache`] gives
/// back.
pub fn cache_used(conn: &Connection) -> usize {
    status(conn, rusqlite::ffi::SQLITE_DBSTATUS_CACHE_USED, false)
}

/// How many pages `conn` has read from the file (page cache misses) since
/// the last time this was asked: what a read costs in an encrypted book,
/// where each page read is decrypted and authenticated.
pub fn pages_read(conn: &Connection) -> usize {
    status(conn, rusqlite::ffi::SQLITE_DBSTATUS_CACHE_MISS, true)
}

/// SQLite's current value of the connection status `op`, set back to zero
/// after reading when `reset`; 0 when SQLite does not know `op`.
fn status(conn: &Connection, op: std::os::raw::c_int, reset: bool) -> usize {
    let (mut current, mut highest) = (0, 0);
    // SAFETY: the handle is live for as long as `conn`, and the two
    // out-pointers are valid for the call; SQLite only writes them.
    let answer = unsafe {
        rusqlite::ffi::sqlite3_db_status(
            conn.handle(),
            op,
            &mut current,
            &mut highest,
            std::os::raw::c_int::from(reset),
        )
    };
    match answer {
        rusqlite::ffi::SQLITE_OK => usize::try_from(current).unwrap_or(0),
        _ => 0,
    }
}

/// Every setting of a connection that writes, in one place.
///
/// Its transactions begin IMMEDIATE, taking the write lock at BEGIN: a
/// deferred one that reads first (are the people there?) and writes after
/// another connection committed (the CLI while the app is open, two
/// scripts) is refused at once with "database is locked", since SQLite
/// cannot wait for a snapshot that is already out of date. Begun immediate,
/// the busy timeout makes the second writer wait its turn.
fn configure(conn: &mut Connection) -> Result<(), DbError> {
    conn.execute_batch(READING)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;",
    )?;
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    Ok(())
}

/// The first read after the key, which `check` chooses, proves it:
/// SQLCipher reports a wrong key as "file is not a database".
fn check_key(conn: &Connection, path: &str, check: KeyCheck) -> Result<(), DbError> {
    // The user version sits in the first page's header: reading it loads
    // no schema.
    let sql = match check {
        KeyCheck::Schema => "SELECT count(*) FROM sqlite_master",
        KeyCheck::FirstPage => "PRAGMA user_version",
    };
    match conn.query_row(sql, [], |row| row.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(error, _))
            if error.code == rusqlite::ErrorCode::NotADatabase =>
        {
            Err(DbError::WrongKeyOrNotADatabase {
                path: path.to_owned(),
            })
        }
        Err(other) if damage::is_damage(&other) => Err(DbError::Damaged {
            path: path.to_owned(),
            findings: vec![other.to_string()],
        }),
        Err(other) => Err(other.into()),
    }
}

fn refuse_plain_sqlite(path: &Path) -> Result<(), DbError> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let is_plain = std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .is_ok()
        && &header == PLAIN_SQLITE_HEADER;
    if is_plain {
        return Err(DbError::NotEncrypted {
            path: path.display().to_string(),
        });
    }
    Ok(())
}

/// Brings the schema of an open connection up to date, as [`open_with`] does:
/// refuses a newer one, and turns foreign keys off while the schema
/// changes (the pragma does nothing inside the migrations' transaction,
/// and dropping a table to rebuild it must not cascade into the rows
/// pointing at it), then on again.
pub fn migrate(conn: &mut Connection) -> Result<(), DbError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let supported = latest_version();
    if found > supported {
        return Err(DbError::TooNew { found, supported });
    }
    if found == supported {
        return Ok(());
    }
    // Each rebuilding step checks the keys before the transaction commits.
    conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
    let migrated = MIGRATIONS
        .to_latest(conn)
        .map_err(|e| DbError::Migration(e.to_string()));
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    migrated
}

/// The schema version a database is at.
pub fn schema_version(conn: &Connection) -> Result<i64, DbError> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Raises `table`'s id counter to at least `seq` (adding it when the table
/// has none yet), so that no id up to `seq` is handed out again: for a book
/// imported or salvaged with the ids it had.
pub(crate) fn raise_id_counter(conn: &Connection, table: &str, seq: i64) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1",
        rusqlite::params![table, seq],
    )?;
    conn.execute(
        "INSERT INTO sqlite_sequence (name, seq) SELECT ?1, ?2
         WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?1)",
        rusqlite::params![table, seq],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes SQLite holds for the parsed schema of `conn` (0 until read).
    fn schema_bytes(conn: &Connection) -> usize {
        status(conn, rusqlite::ffi::SQLITE_DBSTATUS_SCHEMA_USED, false)
    }

    #[test]
    fn trying_a_key_reads_the_first_page_and_leaves_the_schema_unparsed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("curbside.db");
        let key = DataKey::generate().unwrap();
        drop(open_with(&path, &key, true, |_| Ok(())).unwrap());

        let tried = try_key(&path, &key).unwrap();
        assert_eq!(schema_bytes(&tried), 0, "trying the key parsed the schema");
        let used = open_as_found(&path, &key).unwrap();
        assert!(schema_bytes(&used) > 0, "an opened book has its schema");

        assert!(key_opens(&path, &key).unwrap());
        let other = DataKey::generate().unwrap();
        assert!(!key_opens(&path, &other).unwrap());
    }
}
