//! Changing how a book opens without the keyring: add or change the
//! passphrase, make a new recovery key (which revokes the old one), and say
//! which of the two the key file holds.
//!
//! The data key never changes, so the database is not rewritten and the
//! keyring entry stays right: only `keys.json` is, with the changed slot
//! replaced in memory and the whole file written atomically
//! ([`KeyFile::save`]). A step that fails (a wrong current secret, a weak
//! passphrase, a full disk) leaves the file as it was.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{DataKey, KeyError, KeyFile, Passphrase, RecoveryKey, SlotKind};

/// Which ways of opening the book without the keyring its key file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct SlotStatus {
    /// Whether a passphrase opens it.
    pub passphrase: bool,
    /// Whether a recovery key opens it (every book Curbside makes has one).
    pub recovery_key: bool,
}

/// How the caller shows it may change the key file.
pub enum Proof<'a> {
    /// The current passphrase or recovery key, as typed.
    Secret(&'a Passphrase),
    /// The key the book is open with right now (from the keyring): enough
    /// only while the book has no passphrase, since then nothing else was
    /// asked to open it.
    OpenKey(&'a DataKey),
}

impl KeyFile {
    /// Which slots this file holds.
    pub fn status(&self) -> SlotStatus {
        SlotStatus {
            passphrase: self.has(SlotKind::Passphrase),
            recovery_key: self.has(SlotKind::Recovery),
        }
    }

    fn has(&self, kind: SlotKind) -> bool {
        self.slots.iter().any(|slot| slot.kind == kind)
    }

    /// The data key, if `proof` allows a change: a secret that unseals it,
    /// or the open book's key while no passphrase protects the book.
    fn authorised_key(&self, proof: Proof<'_>) -> Result<DataKey, KeyError> {
        match proof {
            Proof::Secret(secret) => self.unseal(secret),
            Proof::OpenKey(_) if self.has(SlotKind::Passphrase) => {
                Err(KeyError::CurrentSecretNeeded)
            }
            Proof::OpenKey(key) => Ok(DataKey::from_bytes(*key.as_bytes())),
        }
    }

    /// Replaces every slot of `kind` by one sealed with `secret`, kept at
    /// the place of the first one replaced (or added at the end).
    fn replace(&mut self, kind: SlotKind, secret: &[u8], key: &DataKey) -> Result<(), KeyError> {
        let slot = self.fresh_slot(kind, secret, key)?;
        let at = self.slots.iter().position(|slot| slot.kind == kind);
        self.slots.retain(|slot| slot.kind != kind);
        let at = at.unwrap_or(self.slots.len()).min(self.slots.len());
        self.slots.insert(at, slot);
        Ok(())
    }
}

/// The slots of the key file at `path`.
pub fn slot_status(path: &Path) -> Result<SlotStatus, KeyError> {
    Ok(KeyFile::load(path)?.status())
}

/// Sets the book's passphrase to `new`, or replaces the one it has (the old
/// one then no longer opens it). `new` must be strong enough
/// ([`Passphrase::check_strength`]).
pub fn change_passphrase(path: &Path, proof: Proof<'_>, new: &Passphrase) -> Result<(), KeyError> {
    let mut file = KeyFile::load(path)?;
    let key = file.authorised_key(proof)?;
    new.check_strength()?;
    file.replace(SlotKind::Passphrase, new.as_str().as_bytes(), &key)?;
    file.save(path)
}

/// Makes a new recovery key and puts it in place of the old one, which no
/// longer opens the book (copies of `keys.json` in older backups still hold
/// the old slot). Returns the new key: show it once.
pub fn new_recovery_key(path: &Path, proof: Proof<'_>) -> Result<RecoveryKey, KeyError> {
    let mut file = KeyFile::load(path)?;
    let key = file.authorised_key(proof)?;
    let recovery = RecoveryKey::generate()?;
    file.replace(SlotKind::Recovery, recovery.canonical().as_bytes(), &key)?;
    file.save(path)?;
    Ok(recovery)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Book {
        _folder: tempfile::TempDir,
        path: std::path::PathBuf,
        key: DataKey,
        recovery: RecoveryKey,
    }

    fn book(passphrase: Option<&str>) -> Book {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("keys.json");
        let key = DataKey::generate().unwrap();
        let recovery = RecoveryKey::generate().unwrap();
        let mut file = KeyFile::new().unwrap();
        file.seal_with_recovery_key(&key, &recovery).unwrap();
        if let Some(passphrase) = passphrase {
            file.seal_with_passphrase(&key, &Passphrase::new(passphrase))
                .unwrap();
        }
        file.save(&path).unwrap();
        Book {
            _folder: folder,
            path,
            key,
            recovery,
        }
    }

    fn opens(book: &Book, secret: &str) -> bool {
        match KeyFile::load(&book.path)
            .unwrap()
            .unseal(&Passphrase::new(secret))
        {
            Ok(key) => key.as_bytes() == book.key.as_bytes(),
            Err(KeyError::WrongSecret) => false,
            Err(other) => panic!("{other}"),
        }
    }

    #[test]
    fn a_passphrase_is_added_to_a_book_the_keyring_opened_without_one() {
        let book = book(None);
        assert_eq!(
            slot_status(&book.path).unwrap(),
            SlotStatus {
                passphrase: false,
                recovery_key: true
            }
        );

        change_passphrase(
            &book.path,
            Proof::OpenKey(&book.key),
            &Passphrase::new("tulip harbour"),
        )
        .unwrap();

        assert!(opens(&book, "tulip harbour"));
        assert!(opens(&book, &book.recovery.display()));
        assert!(slot_status(&book.path).unwrap().passphrase);
    }

    #[test]
    fn the_old_passphrase_is_refused_after_a_change() {
        let book = book(Some("correct horse"));

        change_passphrase(
            &book.path,
            Proof::Secret(&Passphrase::new("correct horse")),
            &Passphrase::new("tulip harbour"),
        )
        .unwrap();

        assert!(!opens(&book, "correct horse"));
        assert!(opens(&book, "tulip harbour"));
        assert!(opens(&book, &book.recovery.display()));
        assert_eq!(KeyFile::load(&book.path).unwrap().slots.len(), 2);
    }

    #[test]
    fn the_recovery_key_may_stand_in_for_a_forgotten_passphrase() {
        let book = book(Some("correct horse"));
        let typed = Passphrase::new(book.recovery.display().as_str());

        change_passphrase(
            &book.path,
            Proof::Secret(&typed),
            &Passphrase::new("tulip harbour"),
        )
        .unwrap();

        assert!(opens(&book, "tulip harbour"));
    }

    #[test]
    fn a_wrong_current_secret_is_refused_and_the_file_is_unchanged() {
        let book = book(Some("correct horse"));
        let before = std::fs::read_to_string(&book.path).unwrap();

        let error = change_passphrase(
            &book.path,
            Proof::Secret(&Passphrase::new("incorrect horse")),
            &Passphrase::new("tulip harbour"),
        )
        .unwrap_err();
        assert!(matches!(error, KeyError::WrongSecret), "{error}");
        assert_eq!(
            error.to_string(),
            "that passphrase or recovery key does not unlock this database"
        );
        let error = new_recovery_key(
            &book.path,
            Proof::Secret(&Passphrase::new("incorrect horse")),
        )
        .unwrap_err();
        assert!(matches!(error, KeyError::WrongSecret), "{error}");

        assert_eq!(std::fs::read_to_string(&book.path).unwrap(), before);
    }

    #[test]
    fn the_open_key_alone_does_not_change_a_book_with_a_passphrase() {
        let book = book(Some("correct horse"));

        let error = change_passphrase(
            &book.path,
            Proof::OpenKey(&book.key),
            &Passphrase::new("tulip harbour"),
        )
        .unwrap_err();
        assert!(matches!(error, KeyError::CurrentSecretNeeded), "{error}");
        assert!(error.to_string().contains("current passphrase"), "{error}");
        assert!(matches!(
            new_recovery_key(&book.path, Proof::OpenKey(&book.key)),
            Err(KeyError::CurrentSecretNeeded)
        ));
        assert!(opens(&book, "correct horse"));
    }

    #[test]
    fn a_weak_new_passphrase_is_refused_and_the_old_one_still_opens() {
        let book = book(Some("correct horse"));

        let error = change_passphrase(
            &book.path,
            Proof::Secret(&Passphrase::new("correct horse")),
            &Passphrase::new("short"),
        )
        .unwrap_err();

        assert!(matches!(error, KeyError::WeakPassphrase), "{error}");
        assert!(opens(&book, "correct horse"));
        assert!(!opens(&book, "short"));
    }

    #[test]
    fn the_old_recovery_key_is_refused_after_a_new_one() {
        let book = book(Some("correct horse"));

        let new =
            new_recovery_key(&book.path, Proof::Secret(&Passphrase::new("correct horse"))).unwrap();

        assert!(!opens(&book, &book.recovery.display()));
        assert!(opens(&book, &new.display()));
        assert!(opens(&book, "correct horse"));
        let file = KeyFile::load(&book.path).unwrap();
        assert_eq!(
            file.slots.iter().map(|slot| slot.kind).collect::<Vec<_>>(),
            [SlotKind::Recovery, SlotKind::Passphrase]
        );
    }

    #[test]
    fn a_book_without_a_passphrase_gets_a_new_recovery_key_from_its_open_key() {
        let book = book(None);

        let new = new_recovery_key(&book.path, Proof::OpenKey(&book.key)).unwrap();

        assert!(!opens(&book, &book.recovery.display()));
        assert!(opens(&book, &new.display()));
    }

    #[test]
    fn a_failed_save_leaves_the_old_recovery_key_working() {
        let book = book(Some("correct horse"));
        // A folder where the temporary file must go makes the write fail.
        std::fs::create_dir(book.path.with_extension("json.tmp")).unwrap();

        let error = new_recovery_key(&book.path, Proof::Secret(&Passphrase::new("correct horse")))
            .unwrap_err();

        assert!(matches!(error, KeyError::Io { .. }), "{error}");
        assert!(opens(&book, &book.recovery.display()));
    }
}
