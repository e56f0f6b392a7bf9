//! Locking the open book ("Lock now", the idle lock) and changing how it
//! opens without the keyring: the passphrase and the recovery key.
//!
//! Locking closes both connections, forgets the data key and the undo shelf,
//! and makes the next unlock ask for the passphrase or recovery key: the
//! keyring's copy of the key is not used until the app starts again, or
//! locking would protect nothing. The background work (reminders, backups,
//! sync) already waits while the book is locked; a sync already running
//! finishes on its own connection.

use curbside_core::data_dir::DataDir;
use curbside_core::keys::{self, DataKey, KeyError, Passphrase, Proof, RecoveryKey, SlotStatus};

use super::{blocking, lock, AppState};
use crate::error::{ErrorCode, IpcError};

/// Why "Lock now" does nothing for a book with no passphrase.
const NO_PASSPHRASE: &str = "This book has no passphrase yet, so locking it would leave only the recovery key to open it again: add a passphrase in Settings → Security first";

impl AppState {
    /// Closes the open book until the passphrase or recovery key is typed.
    /// Refused while the book has no passphrase.
    pub async fn lock_now(&self) -> Result<(), IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let db = self.db.clone();
        let shut = self.shut.clone();
        blocking(move || {
            let mut open = lock(&db);
            let Some(current) = open.as_ref() else {
                return Ok(());
            };
            if !keys::slot_status(&dir.key_file())?.passphrase {
                return Err(IpcError::new(ErrorCode::InvalidInput, NO_PASSPHRASE));
            }
            *lock_flag(&shut) = Some(current.key_in_keyring);
            // Dropping closes both connections and wipes the key.
            *open = None;
            Ok(())
        })
        .await?;
        self.undo
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .forget_all();
        // The reminders and the background sync look again and find it locked.
        self.changed.notify_one();
        self.local_changes.notify_one();
        Ok(())
    }

    /// Which ways of opening the book without the keyring it has.
    pub async fn slot_status(&self) -> Result<SlotStatus, IpcError> {
        self.with_open_key(|dir, _| keys::slot_status(&dir.key_file()))
            .await
    }

    /// Sets or changes the passphrase: `current` (passphrase or recovery
    /// key) is needed once the book has one.
    pub async fn change_passphrase(
        &self,
        current: Option<Passphrase>,
        new: Passphrase,
    ) -> Result<(), IpcError> {
        self.with_open_key(move |dir, key| {
            keys::change_passphrase(&dir.key_file(), proof(current.as_ref(), key), &new)
        })
        .await
    }

    /// Makes a new recovery key in place of the old, which no longer opens
    /// the book: `current` is needed once the book has a passphrase.
    pub async fn new_recovery_key(
        &self,
        current: Option<Passphrase>,
    ) -> Result<RecoveryKey, IpcError> {
        self.with_open_key(move |dir, key| {
            keys::new_recovery_key(&dir.key_file(), proof(current.as_ref(), key))
        })
        .await
    }

    /// Runs `work` with the data folder and the open book's key, on a
    /// blocking thread, while no lock or restore can come between.
    async fn with_open_key<T: Send + 'static>(
        &self,
        work: impl FnOnce(&DataDir, &DataKey) -> Result<T, KeyError> + Send + 'static,
    ) -> Result<T, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let db = self.db.clone();
        blocking(move || {
            let open = lock(&db);
            let open = open.as_ref().ok_or_else(IpcError::locked)?;
            let key = open.key.as_ref().ok_or_else(IpcError::locked)?;
            Ok(work(&dir, key)?)
        })
        .await
    }
}

fn proof<'a>(current: Option<&'a Passphrase>, key: &'a DataKey) -> Proof<'a> {
    match current {
        Some(secret) if !secret.as_str().is_empty() => Proof::Secret(secret),
        _ => Proof::OpenKey(key),
    }
}

/// Whether the user locked the book (and, if so, whether the keyring held
/// its key, to report again after the unlock).
pub(super) fn lock_flag(
    shut: &std::sync::Mutex<Option<bool>>,
) -> std::sync::MutexGuard<'_, Option<bool>> {
    shut.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
