//! Unlocking a data folder: finding the data key (OS keyring first, then a
//! passphrase or recovery key), opening the database with it, and setting up
//! a new folder on first run.
//!
//! Nothing here ever re-creates or rewrites an existing database: a wrong key,
//! a damaged file or a newer schema is an error that leaves the files as
//! they were.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::data_dir::{self, DataDir};
use crate::db::{self, DbError};
use crate::keys::{DataKey, KeyError, KeyFile, Passphrase, RecoveryKey, SecretStore};

/// Opens the encrypted database at `path` with `key` (creating it when
/// `create` is set), as [`db::open_with`] describes, backing it up first
/// when its schema is to be updated: the one door to a book's database.
pub fn open_database(path: &Path, key: &DataKey, create: bool) -> Result<Connection, DbError> {
    db::open_with(path, key, create, crate::backup::migration_backup)
}

/// An open, unlocked database.
#[derive(Debug)]
pub struct Unlocked {
    /// The connection, ready to use.
    pub connection: Connection,
    /// The recovery key, only when the database was just created: show it to
    /// the user once; it is never stored in the clear.
    pub recovery_key: Option<RecoveryKey>,
    /// Whether the OS keyring now holds the key (so the next start needs no
    /// passphrase).
    pub key_in_keyring: bool,
    /// The key and the file, for [`Unlocked::open_reader`]; gone (and the
    /// key wiped) when this is dropped.
    key: DataKey,
    database: PathBuf,
}

impl Unlocked {
    /// A second, read-only connection to the same database
    /// ([`db::open_reader`]), for reading on another thread.
    pub fn open_reader(&self) -> Result<Connection, DbError> {
        db::open_reader(&self.database, &self.key)
    }

    /// The data key, for what must open the book again without asking:
    /// a restore ([`crate::backup::PreparedRestore::finish`]).
    pub fn key(&self) -> &DataKey {
        &self.key
    }
}

/// Why the data folder could not be unlocked.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// No keyring answered and no passphrase was given: ask the user.
    #[error("{}: {reason}", if *creating { "Choose a passphrase to protect your new database" } else { "Enter your passphrase or recovery key" })]
    PassphraseNeeded {
        /// True when there is no database yet and the user must choose one.
        creating: bool,
        /// Why the keyring could not be used, as a clause for the user:
        /// "the system keyring is turned off".
        reason: String,
    },
    /// A key could not be made, read or unsealed.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The database could not be opened.
    #[error(transparent)]
    Database(#[from] DbError),
    /// The database is there but the key file beside it is not.
    #[error("{path} is missing, so the database beside it cannot be unlocked with a passphrase; restore keys.json from a backup")]
    KeyFileMissing {
        /// The expected key file.
        path: String,
    },
    /// The data folder could not be made or written.
    #[error("could not set up the data folder {path}: {source}")]
    Folder {
        /// The data folder.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Whether a data folder already holds a database.
pub fn exists(dir: &DataDir) -> bool {
    dir.database().exists()
}

/// Opens the database in `dir`, or creates it on first run.
///
/// The key comes from `store` (the OS keyring) when it has one; otherwise
/// `secret` (a passphrase or recovery key) unseals it from the key file, and
/// the key is put back into the keyring for next time. A new database gets
/// a random key kept in the keyring, a recovery key, and, when `secret` is
/// given, a passphrase.
pub fn unlock(
    dir: &DataDir,
    store: &dyn SecretStore,
    secret: Option<&Passphrase>,
) -> Result<Unlocked, VaultError> {
    // Best effort: a folder on a file system without Unix rights (a USB
    // stick) still opens.
    let _ = data_dir::keep_private(dir.root());
    let unlocked = if exists(dir) {
        open_existing(dir, store, secret)
    } else {
        create(dir, store, secret)
    }?;
    // Again for the files SQLite and the key file have just made.
    let _ = data_dir::keep_private(dir.root());
    Ok(unlocked)
}

fn open_existing(
    dir: &DataDir,
    store: &dyn SecretStore,
    secret: Option<&Passphrase>,
) -> Result<Unlocked, VaultError> {
    let FoundKey {
        key,
        from_keyring,
        mut key_file,
    } = find_key(dir, store, secret)?;
    let connection = open_database(&dir.database(), &key, false)?;
    let key_in_keyring = match (from_keyring, secret) {
        (true, _) => true,
        (false, Some(secret)) => {
            if !db::opened_read_only(&connection) {
                strengthen(&mut key_file, &key, secret, &dir.key_file());
            }
            store.set(&key_file.database_id, &key).is_ok()
        }
        (false, None) => false,
    };
    Ok(Unlocked {
        connection,
        recovery_key: None,
        key_in_keyring,
        key,
        database: dir.database(),
    })
}

/// The data key of an existing database, and where it came from.
#[derive(Debug)]
pub struct FoundKey {
    /// The key.
    pub key: DataKey,
    /// Whether the OS keyring gave it (rather than a passphrase or the
    /// recovery key through the key file).
    pub from_keyring: bool,
    /// The key file beside the database.
    pub key_file: KeyFile,
}

/// Finds the key of the database in `dir` without opening it for writing
/// (checked only to decrypt the first page), as [`unlock`] does: the
/// keyring's, else the one `secret` unseals from the key file.
///
/// A key unsealed from the key file is authentic (the slots are sealed
/// with an AEAD bound to this database's id), so when it does not decrypt
/// the database, the database is damaged (or is not this key file's):
/// [`DbError::Damaged`], not "the key is wrong".
pub fn find_key(
    dir: &DataDir,
    store: &dyn SecretStore,
    secret: Option<&Passphrase>,
) -> Result<FoundKey, VaultError> {
    let key_path = dir.key_file();
    if !key_path.exists() {
        return Err(VaultError::KeyFileMissing {
            path: key_path.display().to_string(),
        });
    }
    let key_file = KeyFile::load(&key_path)?;
    let database = dir.database();
    let keyring_problem = match store.get(&key_file.database_id) {
        Ok(Some(key)) => match db::key_opens(&database, &key)? {
            true => {
                return Ok(FoundKey {
                    key,
                    from_keyring: true,
                    key_file,
                })
            }
            false if secret.is_some() => None,
            false => {
                return Err(DbError::WrongKeyOrNotADatabase {
                    path: database.display().to_string(),
                }
                .into())
            }
        },
        Ok(None) => Some("the system keyring holds no key for this database".to_owned()),
        Err(error) => Some(error.to_string()),
    };
    let Some(secret) = secret else {
        return Err(VaultError::PassphraseNeeded {
            creating: false,
            reason: keyring_problem.unwrap_or_default(),
        });
    };
    let key = key_file.unseal(secret)?;
    if !db::key_opens(&database, &key)? {
        return Err(DbError::Damaged {
            path: database.display().to_string(),
            findings: vec![DAMAGED_HEADER.to_owned()],
        }
        .into());
    }
    Ok(FoundKey {
        key,
        from_keyring: false,
        key_file,
    })
}

/// What a database whose own key does not decrypt it has.
pub const DAMAGED_HEADER: &str = "its first page (the header) does not decrypt with its own key, which the key file proves right: the file is damaged, or was replaced by another file";

/// Re-seals the key file's slot that `secret` opens when it was sealed with
/// weaker key derivation than a new one gets, now that the key is known to
/// open the database. A failure leaves the old file, which still opens: the
/// unlock goes on, and the next one tries again.
fn strengthen(key_file: &mut KeyFile, key: &DataKey, secret: &Passphrase, key_path: &Path) {
    if let Ok(true) = key_file.strengthen(key, secret) {
        let _ = key_file.save(key_path);
    }
}

fn create(
    dir: &DataDir,
    store: &dyn SecretStore,
    passphrase: Option<&Passphrase>,
) -> Result<Unlocked, VaultError> {
    if let Some(passphrase) = passphrase {
        passphrase.check_strength()?;
    }
    let key = DataKey::generate()?;
    let recovery = RecoveryKey::generate()?;
    let mut key_file = KeyFile::new()?;
    key_file.seal_with_recovery_key(&key, &recovery)?;
    if let Some(passphrase) = passphrase {
        key_file.seal_with_passphrase(&key, passphrase)?;
    }
    let key_in_keyring = match store.set(&key_file.database_id, &key) {
        Ok(()) => true,
        Err(error) if passphrase.is_none() => {
            return Err(VaultError::PassphraseNeeded {
                creating: true,
                reason: error.to_string(),
            })
        }
        Err(_) => false,
    };
    match write_new(dir, &key_file, &key) {
        Ok(connection) => Ok(Unlocked {
            connection,
            recovery_key: Some(recovery),
            key_in_keyring,
            key,
            database: dir.database(),
        }),
        Err(error) => {
            let _ = store.delete(&key_file.database_id);
            Err(error)
        }
    }
}

/// Writes the key file and the new database; on failure removes what it
/// wrote, so the next attempt starts clean.
fn write_new(dir: &DataDir, key_file: &KeyFile, key: &DataKey) -> Result<Connection, VaultError> {
    let folder_error = |source| VaultError::Folder {
        path: dir.root().display().to_string(),
        source,
    };
    fs::create_dir_all(dir.root()).map_err(folder_error)?;
    data_dir::keep_private(dir.root()).map_err(folder_error)?;
    let key_path = dir.key_file();
    if key_path.exists() {
        // A key file without its database: keep it, it may be the only way
        // into a database that was moved away.
        let aside = key_path.with_extension(format!(
            "json.orphaned-{}",
            jiff::Timestamp::now().as_second()
        ));
        fs::rename(&key_path, aside).map_err(folder_error)?;
    }
    key_file.save(&key_path)?;
    open_database(&dir.database(), key, true).map_err(|error| {
        remove_new_files(dir);
        error.into()
    })
}

fn remove_new_files(dir: &DataDir) {
    let database = dir.database();
    for path in [
        database.clone(),
        sidecar(&database, "-wal"),
        sidecar(&database, "-shm"),
        dir.key_file(),
    ] {
        let _ = fs::remove_file(path);
    }
}

fn sidecar(database: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::NoSecretStore;

    #[test]
    fn a_passphrase_slot_sealed_weakly_is_resealed_strong_on_the_next_unlock_with_it() {
        let folder = tempfile::tempdir().unwrap();
        let dir = DataDir::new(folder.path().to_path_buf());
        let passphrase = Passphrase::new("correct horse battery");
        let created = unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
        // Replace the passphrase slot with one sealed at 8 KiB, as a faulty
        // build would have written it.
        let mut file = KeyFile::load(&dir.key_file()).unwrap();
        file.slots
            .retain(|slot| slot.kind == crate::keys::SlotKind::Recovery);
        file.seal_weakly_with_passphrase(&created.key, &passphrase);
        file.save(&dir.key_file()).unwrap();
        drop(created);

        let reopened = unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
        drop(reopened);

        let file = KeyFile::load(&dir.key_file()).unwrap();
        let slots: Vec<(u32, u32)> = file
            .slots
            .iter()
            .map(|slot| (slot.memory_kib, slot.passes))
            .collect();
        assert_eq!(slots, [(19_456, 2), (19_456, 2)]);
        assert!(unlock(&dir, &NoSecretStore, Some(&passphrase)).is_ok());
    }
}
