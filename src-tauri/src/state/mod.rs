//! What the app holds while it runs: the data folder, the keyring adapter and
//! the open database. All database work runs on a blocking thread, never on
//! the main (UI) thread. Work that changed a row signals `changed`, which
//! wakes the reminder scheduler, and `local_changes`, which the background
//! sync waits on: no command has to remember to. Every piece of work, a
//! change or not, signals `worked`, which the idle task waits on to give
//! memory back once the app is quiet (`memory.rs`).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::locking::{lock, try_lock};

use curbside_core::backup;
use curbside_core::data_dir::DataDir;
use curbside_core::db::{Connection, DbError, SealOnClose};
use curbside_core::keys::{DataKey, NoSecretStore, OsKeyring, Passphrase, SecretStore};
use curbside_core::repair::{self, Salvaged};
use curbside_core::vault::{self, VaultError};
use serde::Serialize;
use tokio::sync::Notify;
use ts_rs::TS;

use crate::diagnostics::diagnostic;
use crate::error::{ErrorCode, IpcError};

mod lock;
mod memory;
mod reader;
mod restore;
mod undo;

use reader::{ReaderCell, ReaderSlot};
use undo::UndoShelf;

/// Whether the database is open, and what the UI should show if not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SessionStatus {
    /// The database is open.
    Unlocked {
        /// The recovery key of a database made just now: show it once.
        recovery_key: Option<String>,
        /// Whether the key is in the OS keyring (no prompt next time).
        key_in_keyring: bool,
        /// Where the data lives.
        data_dir: String,
    },
    /// The keyring could not give the key: ask for a passphrase.
    NeedsPassphrase {
        /// True when there is no database yet and the user chooses one.
        creating: bool,
        /// Why the keyring could not be used.
        reason: String,
        /// Where the data lives.
        data_dir: String,
    },
    /// The database is damaged: nothing was written to it. The UI explains
    /// and offers a salvage (`session_salvage`).
    Damaged {
        /// What happened, in one sentence.
        message: String,
        /// What the check found, one problem a line.
        findings: Vec<String>,
        /// Where the data lives.
        data_dir: String,
    },
}

/// Why the unlock screen asks for a secret after "Lock now".
const LOCKED_REASON: &str = "Curbside was locked";

/// The app's shared state.
pub struct AppState {
    data_dir: Option<DataDir>,
    secrets: Arc<dyn SecretStore>,
    db: Arc<Mutex<Option<OpenDatabase>>>,
    /// The open book's second connection, under its own lock
    /// ([`Self::with_reader`]).
    reader: ReaderCell,
    undo: Mutex<UndoShelf>,
    import_cancel: Mutex<Arc<AtomicBool>>,
    changed: Arc<Notify>,
    local_changes: Arc<Notify>,
    /// Notified after any database work, on either connection.
    worked: Arc<Notify>,
    /// Set when the user locked the book: `Some(key_in_keyring)` until the
    /// passphrase or recovery key opens it again (the keyring is not used).
    shut: Arc<Mutex<Option<bool>>>,
}

/// The unlocked database and how it was unlocked. Fields drop in order:
/// the reader, then the writer, whose close as the last connection folds
/// the log into the file, then the seal (`db::seal_after_close`), so the
/// next start can skip the damage check.
struct OpenDatabase {
    /// A second, read-only connection, for reading on two cores at once
    /// (the reminders) and for long reads beside the commands
    /// ([`AppState::with_reader`]); empty if it could not be opened, and
    /// then everything is read on `connection`.
    reader: ReaderSlot,
    connection: Connection,
    key_in_keyring: bool,
    /// The data key, to open the book again after a restore (`None` for an
    /// in-memory test database).
    key: Option<DataKey>,
    /// Seals the book once both connections have closed (`None` in memory).
    _seal: Option<SealOnClose>,
}

impl AppState {
    /// State for a data folder, with the OS keyring; `changed` is notified
    /// after any database work that changed a row, and after an unlock.
    pub fn new(data_dir: Option<DataDir>, changed: Arc<Notify>) -> Self {
        Self {
            data_dir,
            secrets: Arc::new(OsKeyring::new()),
            db: Arc::default(),
            reader: Arc::default(),
            undo: Mutex::default(),
            import_cancel: Mutex::default(),
            changed,
            local_changes: Arc::default(),
            worked: Arc::default(),
            shut: Arc::default(),
        }
    }

    /// Closes the book, as the app ends: waits for the work on it to finish,
    /// then drops both connections and seals it.
    pub fn close(&self) {
        *lock(&self.db) = None;
    }

    /// The data folder, when the system has one.
    pub fn data_dir(&self) -> Option<&DataDir> {
        self.data_dir.as_ref()
    }

    /// Notified after any database work that changed a row, and after an
    /// unlock or a restore: what the background sync waits on. The sync's
    /// own writes ([`Self::open_writer`]) do not notify it.
    pub fn local_changes(&self) -> Arc<Notify> {
        self.local_changes.clone()
    }

    /// Notifies what waits for changes as if a command had changed a row
    /// (the reminders): for work done on a connection of its own.
    pub fn tell_changed(&self) {
        self.changed.notify_one();
    }

    /// A writing connection of its own to the unlocked book, for long work
    /// (a sync over the network) that must not hold the app's connection:
    /// commands keep running meanwhile. Its writes notify nothing.
    pub async fn open_writer(&self) -> Result<Connection, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let db = self.db.clone();
        blocking(move || {
            let key = {
                let open = lock(&db);
                let open = open.as_ref().ok_or_else(IpcError::locked)?;
                let key = open.key.as_ref().ok_or_else(IpcError::locked)?;
                DataKey::from_bytes(*key.as_bytes())
            };
            curbside_core::db::open_second_writer(&dir.database(), &key)
                .map_err(|error| IpcError::new(ErrorCode::Storage, error))
        })
        .await
    }

    /// Opens the database with the keyring's key, or with `secret` when given.
    pub async fn unlock(&self, secret: Option<Passphrase>) -> Result<SessionStatus, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(|| {
            IpcError::new(
                ErrorCode::Storage,
                "This system reports no folder for app data; start Curbside with --data-dir",
            )
        })?;
        let secrets = self.secrets.clone();
        let db = self.db.clone();
        let changed = self.changed.clone();
        let local_changes = self.local_changes.clone();
        let shut = self.shut.clone();
        let reader_cell = self.reader.clone();
        blocking(move || {
            let mut open = lock(&db);
            let data_dir = dir.root().display().to_string();
            if let Some(already) = open.as_ref() {
                return Ok(SessionStatus::Unlocked {
                    recovery_key: None,
                    key_in_keyring: already.key_in_keyring,
                    data_dir,
                });
            }
            // After "Lock now" only the passphrase or recovery key opens it.
            let mut shut = lock(&shut);
            let locked_in_keyring = *shut;
            if locked_in_keyring.is_some() && secret.is_none() {
                return Ok(SessionStatus::NeedsPassphrase {
                    creating: false,
                    reason: LOCKED_REASON.into(),
                    data_dir,
                });
            }
            let store: &dyn SecretStore = match locked_in_keyring {
                Some(_) => &NoSecretStore,
                None => secrets.as_ref(),
            };
            let unlocked = catch_unwind(AssertUnwindSafe(|| {
                vault::unlock(&dir, store, secret.as_ref())
            }))
            .map_err(|_| panicked())?;
            match unlocked {
                Ok(mut unlocked) => {
                    if let Some(in_keyring) = shut.take() {
                        unlocked.key_in_keyring = in_keyring;
                    }
                    changed.notify_one();
                    local_changes.notify_one();
                    let reader = unlocked
                        .open_reader()
                        .inspect_err(|error| {
                            diagnostic!("Curbside reads on one connection: {error}");
                        })
                        .ok();
                    let key = Some(DataKey::from_bytes(*unlocked.key().as_bytes()));
                    *open = Some(OpenDatabase {
                        reader: ReaderSlot::fill(&reader_cell, reader),
                        key,
                        connection: unlocked.connection,
                        key_in_keyring: unlocked.key_in_keyring,
                        _seal: Some(SealOnClose::new(dir.database())),
                    });
                    Ok(SessionStatus::Unlocked {
                        recovery_key: unlocked.recovery_key.map(|key| key.display().to_string()),
                        key_in_keyring: unlocked.key_in_keyring,
                        data_dir,
                    })
                }
                Err(VaultError::PassphraseNeeded { creating, reason }) => {
                    Ok(SessionStatus::NeedsPassphrase {
                        creating,
                        reason,
                        data_dir,
                    })
                }
                Err(VaultError::Database(DbError::Damaged { path, findings })) => {
                    let message = DbError::Damaged {
                        path,
                        findings: findings.clone(),
                    }
                    .to_string();
                    Ok(SessionStatus::Damaged {
                        message,
                        findings,
                        data_dir,
                    })
                }
                Err(error) => Err(error.into()),
            }
        })
        .await
    }

    /// Salvages the damaged database (the key from the keyring, or from
    /// `secret`): a new one with every readable row, the damaged file kept
    /// aside. Unlock again afterwards to open the new one.
    pub async fn salvage(&self, secret: Option<Passphrase>) -> Result<Salvaged, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let secrets = self.secrets.clone();
        let db = self.db.clone();
        blocking(move || {
            let _open = lock(&db);
            let found = vault::find_key(&dir, secrets.as_ref(), secret.as_ref())?;
            Ok(repair::salvage(&dir, &found.key)?)
        })
        .await
    }

    /// Restores the backup `file` over the damaged database (the key from
    /// the keyring, or from `secret`): the backup is checked, the damaged
    /// file kept aside. Returns where it is kept; unlock again afterwards.
    pub async fn restore_over_damaged(
        &self,
        file: PathBuf,
        secret: Option<Passphrase>,
    ) -> Result<String, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let secrets = self.secrets.clone();
        let db = self.db.clone();
        blocking(move || {
            let _open = lock(&db);
            let found = vault::find_key(&dir, secrets.as_ref(), secret.as_ref())?;
            let aside = backup::restore_over_damaged(&dir, &found.key, &file)?;
            Ok(aside.display().to_string())
        })
        .await
    }

    /// Runs `work` on the open database, on a blocking thread; when it
    /// changed any row (even in a transaction it then rolled back), the
    /// `changed` signal fires. A long read on the second connection
    /// ([`Self::with_reader`]) does not hold it up.
    pub async fn with_db<T, E>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, IpcError>
    where
        T: Send + 'static,
        E: Into<IpcError>,
    {
        self.with_open(false, |db, _| work(db)).await
    }

    /// [`Self::with_db`], with the second, read-only connection too when
    /// there is one and no long read ([`Self::with_reader`]) holds it: both
    /// under the first lock, so no write of the app's falls between what
    /// the two read.
    pub async fn with_db_and_reader<T, E>(
        &self,
        work: impl FnOnce(&mut Connection, Option<&mut Connection>) -> Result<T, E> + Send + 'static,
    ) -> Result<T, IpcError>
    where
        T: Send + 'static,
        E: Into<IpcError>,
    {
        self.with_open(true, work).await
    }

    async fn with_open<T, E>(
        &self,
        with_reader: bool,
        work: impl FnOnce(&mut Connection, Option<&mut Connection>) -> Result<T, E> + Send + 'static,
    ) -> Result<T, IpcError>
    where
        T: Send + 'static,
        E: Into<IpcError>,
    {
        let db = self.db.clone();
        let changed = self.changed.clone();
        let local_changes = self.local_changes.clone();
        let worked = self.worked.clone();
        blocking(move || {
            let _tell = Worked(&worked);
            let mut open = lock(&db);
            let open = open.as_mut().ok_or_else(IpcError::locked)?;
            let mut reader = with_reader.then(|| open.reader.try_lock()).flatten();
            let before = open.connection.total_changes();
            // A panic in the work is an error like any other: a transaction
            // it opened was dropped (and rolled back) while unwinding, and
            // the connection stays usable for the next command.
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                let reader = reader.as_mut().and_then(|held| held.as_mut());
                work(&mut open.connection, reader)
            }));
            let result = answered(outcome, &open.connection);
            if open.connection.total_changes() != before {
                changed.notify_one();
                local_changes.notify_one();
            }
            result
        })
        .await
    }

    /// A fresh cancel flag for the import about to start.
    pub fn start_import(&self) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        *lock(&self.import_cancel) = flag.clone();
        flag
    }

    /// Asks the running import to stop.
    pub fn cancel_import(&self) {
        lock(&self.import_cancel).store(true, Ordering::Relaxed);
    }
}

/// Notifies `worked` when dropped: when a piece of database work ends,
/// whatever its outcome.
struct Worked<'a>(&'a Notify);

impl Drop for Worked<'_> {
    fn drop(&mut self) {
        self.0.notify_one();
    }
}

/// The work's answer, a panic in it an error like any other once the
/// transaction it left open on `connection` is rolled back.
fn answered<T, E: Into<IpcError>>(
    outcome: std::thread::Result<Result<T, E>>,
    connection: &Connection,
) -> Result<T, IpcError> {
    match outcome {
        Ok(result) => result.map_err(Into::into),
        Err(_) => {
            roll_back(connection);
            Err(panicked())
        }
    }
}

/// Ends a transaction that work begun with `BEGIN` left open when it
/// panicked (one begun with `transaction()` rolled back as it was dropped).
fn roll_back(connection: &Connection) {
    if !connection.is_autocommit() {
        let _ = connection.execute_batch("ROLLBACK");
    }
}

/// What the user is told when Curbside itself failed in the middle of a
/// command.
fn panicked() -> IpcError {
    IpcError::new(
        ErrorCode::Internal,
        "Curbside hit an internal error doing that; nothing was saved",
    )
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(IpcError::internal)?
}

#[cfg(test)]
mod tests;
