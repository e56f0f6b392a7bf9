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
            *lock(&shut) = Some(current.key_in_keyring);
            // Dropping closes both connections and wipes the key.
            *open = None;
            Ok(())
        })
        .await?;
        lock(&self.undo).forget_all();
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use curbside_core::keys::MemorySecretStore;
    use tokio::sync::Notify;

    use super::*;
    use crate::state::{SessionStatus, LOCKED_REASON};

    fn run<F: std::future::Future>(work: F) -> F::Output {
        tauri::async_runtime::block_on(work)
    }

    /// State over a new book in `folder`, whose keyring (in memory) holds
    /// its key, made with `passphrase` or none.
    fn opened(folder: &std::path::Path, passphrase: Option<&str>) -> AppState {
        let mut state = AppState::new(Some(DataDir::new(folder)), Arc::new(Notify::new()));
        state.secrets = Arc::new(MemorySecretStore::new());
        let status = run(state.unlock(passphrase.map(Passphrase::new))).unwrap();
        assert!(
            matches!(status, SessionStatus::Unlocked { .. }),
            "{status:?}"
        );
        state
    }

    fn is_open(state: &AppState) -> bool {
        run(state.with_db(|_| Ok::<_, IpcError>(()))).is_ok()
    }

    #[test]
    fn a_locked_book_asks_for_its_passphrase_though_the_keyring_holds_its_key() {
        let folder = tempfile::tempdir().unwrap();
        let state = opened(folder.path(), Some("correct horse battery"));

        run(state.lock_now()).unwrap();

        assert!(!is_open(&state));
        let status = run(state.unlock(None)).unwrap();
        assert!(
            matches!(&status, SessionStatus::NeedsPassphrase { creating: false, reason, .. } if reason == LOCKED_REASON),
            "{status:?}"
        );
        let wrong = run(state.unlock(Some(Passphrase::new("incorrect horse")))).unwrap_err();
        assert_eq!(wrong.code, ErrorCode::WrongSecret);
        assert!(!is_open(&state));
        let status = run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap();
        assert!(
            matches!(
                status,
                SessionStatus::Unlocked {
                    key_in_keyring: true,
                    ..
                }
            ),
            "{status:?}"
        );
        assert!(is_open(&state));
    }

    #[test]
    fn a_book_without_a_passphrase_is_not_locked_and_can_be_given_one() {
        let folder = tempfile::tempdir().unwrap();
        let state = opened(folder.path(), None);
        assert!(!run(state.slot_status()).unwrap().passphrase);

        let refused = run(state.lock_now()).unwrap_err();
        assert_eq!(refused.code, ErrorCode::InvalidInput);
        assert!(
            refused.message.contains("no passphrase yet"),
            "{}",
            refused.message
        );
        assert!(is_open(&state));

        run(state.change_passphrase(None, Passphrase::new("tulip harbour"))).unwrap();
        run(state.lock_now()).unwrap();
        assert!(run(state.unlock(Some(Passphrase::new("tulip harbour")))).is_ok());
        assert!(is_open(&state));
    }

    #[test]
    fn a_new_recovery_key_opens_the_locked_book_and_the_old_passphrase_no_longer_does() {
        let folder = tempfile::tempdir().unwrap();
        let state = opened(folder.path(), Some("correct horse battery"));
        let needs =
            run(state.change_passphrase(None, Passphrase::new("tulip harbour"))).unwrap_err();
        assert_eq!(needs.code, ErrorCode::InvalidInput);
        run(state.change_passphrase(
            Some(Passphrase::new("correct horse battery")),
            Passphrase::new("tulip harbour"),
        ))
        .unwrap();
        let recovery = run(state.new_recovery_key(Some(Passphrase::new("tulip harbour")))).unwrap();

        run(state.lock_now()).unwrap();

        let old = run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap_err();
        assert_eq!(old.code, ErrorCode::WrongSecret);
        let typed = Passphrase::new(recovery.display().as_str());
        assert!(run(state.unlock(Some(typed))).is_ok());
    }
}
