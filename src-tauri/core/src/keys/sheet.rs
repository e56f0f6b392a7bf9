//! The recovery key written to a file the user keeps: the key, what it is
//! for and how to keep it, so that whoever finds the file years later (the
//! user, after a new computer) knows what it opens.

use std::path::Path;

use super::RecoveryKey;
use crate::files::{self, FileError};

/// Why the recovery key could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The text given is not a recovery key.
    #[error("that is not a Curbside recovery key")]
    NotAKey,
    /// The file could not be written.
    #[error(transparent)]
    File(#[from] FileError),
}

/// The text of the file: the key in its groups and what to do with it.
pub fn recovery_sheet(key: &RecoveryKey) -> String {
    format!(
        "Curbside recovery key\n\
         =====================\n\
         \n\
         {}\n\
         \n\
         This key opens your Curbside book if the system keyring is reset or you\n\
         forget your passphrase: on the unlock screen, choose \"Use the recovery key\"\n\
         and type it (case, dashes and spaces do not matter).\n\
         \n\
         Keep this file somewhere safe and private: a password manager, an encrypted\n\
         drive, or a printed copy kept with your important papers. Anyone who has\n\
         both this key and your book can read the book.\n",
        key.display().as_str()
    )
}

/// Writes recovery key `text` (as shown, or as typed) to `path`, whole or not
/// at all and readable by the user alone.
pub fn save_recovery_key(text: &str, path: &Path) -> Result<(), SheetError> {
    let key = RecoveryKey::parse(text).ok_or(SheetError::NotAKey)?;
    files::write_atomically(path, recovery_sheet(&key).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_holds_the_key_in_groups_and_says_what_it_opens() {
        let key = RecoveryKey::generate().unwrap();
        let shown = key.display().to_string();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("curbside-recovery-key.txt");

        save_recovery_key(&shown.to_lowercase(), &path).unwrap();

        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.lines().any(|line| line == shown), "{text}");
        assert!(text.contains("recovery key"));
        let read_back = RecoveryKey::parse(&shown).unwrap();
        assert_eq!(read_back.display().as_str(), shown);
    }

    #[test]
    fn text_that_is_not_a_key_is_refused_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.txt");

        let refused = save_recovery_key("hello there", &path);

        assert!(matches!(refused, Err(SheetError::NotAKey)));
        assert!(!path.exists());
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let key = RecoveryKey::generate().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no such folder").join("key.txt");

        let error = save_recovery_key(&key.display(), &path).unwrap_err();

        assert!(error.to_string().contains("no such folder"), "{error}");
    }
}
