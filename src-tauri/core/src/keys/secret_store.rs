//! Where the data key is kept so the app opens without a prompt: the OS
//! keyring in the app and CLI, a map in tests.

use std::collections::HashMap;
use std::sync::Mutex;

use super::DataKey;

/// Why the secret store could not answer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SecretStoreError {
    /// No keyring service answered (none installed, none running, locked, or
    /// too slow); the user has to use a passphrase instead.
    #[error("the system keyring is not available ({0})")]
    Unavailable(String),
    /// The user chose not to use the keyring (`--no-keyring`).
    #[error("the system keyring is turned off")]
    TurnedOff,
}

/// A place that keeps one data key per database id.
pub trait SecretStore: Send + Sync {
    /// The stored key, or `None` when there is no entry for this database.
    fn get(&self, database_id: &str) -> Result<Option<DataKey>, SecretStoreError>;
    /// Stores (or replaces) the key for this database.
    fn set(&self, database_id: &str, key: &DataKey) -> Result<(), SecretStoreError>;
    /// Removes the key for this database, if there is one.
    fn delete(&self, database_id: &str) -> Result<(), SecretStoreError>;
}

/// A secret store in memory, for tests.
#[derive(Default)]
pub struct MemorySecretStore {
    keys: Mutex<HashMap<String, [u8; 32]>>,
}

impl MemorySecretStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn keys(&self) -> std::sync::MutexGuard<'_, HashMap<String, [u8; 32]>> {
        self.keys
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl SecretStore for MemorySecretStore {
    fn get(&self, database_id: &str) -> Result<Option<DataKey>, SecretStoreError> {
        Ok(self
            .keys()
            .get(database_id)
            .map(|bytes| DataKey::from_bytes(*bytes)))
    }

    fn set(&self, database_id: &str, key: &DataKey) -> Result<(), SecretStoreError> {
        self.keys().insert(database_id.to_owned(), *key.as_bytes());
        Ok(())
    }

    fn delete(&self, database_id: &str) -> Result<(), SecretStoreError> {
        self.keys().remove(database_id);
        Ok(())
    }
}

/// A secret store that is never there: a machine with no keyring service, or
/// a user who chose to unlock with a passphrase only.
pub struct NoSecretStore;

impl SecretStore for NoSecretStore {
    fn get(&self, _: &str) -> Result<Option<DataKey>, SecretStoreError> {
        Err(SecretStoreError::TurnedOff)
    }

    fn set(&self, _: &str, _: &DataKey) -> Result<(), SecretStoreError> {
        Err(SecretStoreError::TurnedOff)
    }

    fn delete(&self, _: &str) -> Result<(), SecretStoreError> {
        Err(SecretStoreError::TurnedOff)
    }
}
