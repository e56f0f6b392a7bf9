//! The keys that unlock a Curbside database, and where they are kept.
//!
//! Every database is encrypted with a random 256-bit [`DataKey`]. The key is
//! kept in the OS keyring (a [`SecretStore`]) so that the app opens without a
//! prompt, and wrapped in the [`KeyFile`] beside the database by a
//! [`RecoveryKey`] (always) and a [`Passphrase`] (when the user chose one), so
//! that losing the keyring entry never means losing the data. The user may
//! add or change the passphrase and replace the recovery key later
//! ([`change_passphrase`], [`new_recovery_key`]).

mod change;
mod key_file;
#[cfg(feature = "os-keyring")]
mod os_keyring;
mod secret;
mod secret_store;
mod sheet;

pub use change::{change_passphrase, new_recovery_key, slot_status, Proof, SlotStatus};
pub use key_file::{KeyFile, KeySlot, SlotKind};
#[cfg(feature = "os-keyring")]
pub use os_keyring::OsKeyring;
pub use secret::{DataKey, Passphrase, RecoveryKey, MIN_PASSPHRASE_CHARS};
pub use secret_store::{MemorySecretStore, NoSecretStore, SecretStore, SecretStoreError};
pub use sheet::{recovery_sheet, save_recovery_key, SheetError};

/// What can go wrong while making, wrapping or unwrapping a key.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The OS random number generator failed.
    #[error("the system's random number generator failed: {0}")]
    Random(String),
    /// The passphrase or recovery key does not unlock this database.
    #[error("that passphrase or recovery key does not unlock this database")]
    WrongSecret,
    /// The book has a passphrase, and changing its keys needs it (or the
    /// recovery key) typed again.
    #[error("type the current passphrase (or the recovery key) to change how this book opens")]
    CurrentSecretNeeded,
    /// A chosen passphrase is too short to protect the data.
    #[error("a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    /// The key file exists but cannot be read as one.
    #[error("the key file {path} is damaged ({reason}); the database itself is not affected: restore keys.json from a backup, or put back a copy of it")]
    Damaged {
        /// The key file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Reading or writing the key file failed.
    #[error("could not {action} the key file {path}: {source}")]
    Io {
        /// "read" or "write".
        action: &'static str,
        /// The key file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}
