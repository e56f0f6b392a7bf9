//! The OS keyring adapter: macOS Keychain, Windows Credential Manager, or the
//! freedesktop Secret Service (GNOME Keyring, KWallet) on Linux.
//!
//! A keyring service can be missing, locked behind a prompt nobody will
//! answer, or slow to start; every call therefore runs on its own thread and
//! gives up after a timeout, so the app never hangs at start-up.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use keyring::Entry;

use super::{DataKey, SecretStore, SecretStoreError};

/// The service name under which Curbside's keys are filed.
pub const SERVICE: &str = "curbside";

/// The OS keyring, with a time limit on each call.
pub struct OsKeyring {
    timeout: Duration,
}

impl OsKeyring {
    /// The keyring with a 10-second limit per call.
    pub fn new() -> Self {
        Self::with_timeout(Duration::from_secs(10))
    }

    /// The keyring with the given limit per call.
    pub fn with_timeout(timeout: Duration) -> Self {
        Self { timeout }
    }

    fn call<T: Send + 'static>(
        &self,
        database_id: &str,
        action: impl FnOnce(Entry) -> Result<T, keyring::Error> + Send + 'static,
    ) -> Result<Result<T, keyring::Error>, SecretStoreError> {
        let database_id = database_id.to_owned();
        let (sender, receiver) = mpsc::channel();
        thread::Builder::new()
            .name("keyring".into())
            .spawn(move || {
                let result = Entry::new(SERVICE, &database_id).and_then(action);
                let _ = sender.send(result);
            })
            .map_err(|e| SecretStoreError::Unavailable(e.to_string()))?;
        receiver.recv_timeout(self.timeout).map_err(|_| {
            SecretStoreError::Unavailable(format!("no answer within {} s", self.timeout.as_secs()))
        })
    }
}

impl Default for OsKeyring {
    fn default() -> Self {
        Self::new()
    }
}

fn unavailable(error: keyring::Error) -> SecretStoreError {
    SecretStoreError::Unavailable(error.to_string())
}

impl SecretStore for OsKeyring {
    fn get(&self, database_id: &str) -> Result<Option<DataKey>, SecretStoreError> {
        match self.call(database_id, |entry| entry.get_password())? {
            Ok(hex) => Ok(DataKey::from_hex(&zeroize::Zeroizing::new(hex))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(unavailable(error)),
        }
    }

    fn set(&self, database_id: &str, key: &DataKey) -> Result<(), SecretStoreError> {
        let hex = key.to_hex();
        self.call(database_id, move |entry| entry.set_password(&hex))?
            .map_err(unavailable)
    }

    fn delete(&self, database_id: &str) -> Result<(), SecretStoreError> {
        match self.call(database_id, |entry| entry.delete_credential())? {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(unavailable(error)),
        }
    }
}
