//! Where backups go. The choice lives in a small plain file in the data
//! folder (`backup.json`), not in the database: it must be readable when the
//! database is damaged or cannot be unlocked, which is when backups matter.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::BackupError;
use crate::data_dir::{self, DataDir};
use crate::files;

/// The settings file's name, in the data folder.
pub const SETTINGS_FILE: &str = "backup.json";

/// The default backup folder's name, in the data folder.
pub const DEFAULT_FOLDER: &str = "backups";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Settings {
    /// The folder the user chose; absent for the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    folder: Option<PathBuf>,
}

/// The backup folder, as shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FolderChoice {
    /// The folder backups go to.
    pub folder: String,
    /// Whether it is the default one, `backups` in the data folder.
    pub default: bool,
}

/// The backup folder in use, and whether it is the default.
pub fn folder_choice(dir: &DataDir) -> Result<FolderChoice, BackupError> {
    let chosen = chosen_folder(dir)?;
    Ok(FolderChoice {
        default: chosen.is_none(),
        folder: chosen
            .unwrap_or_else(|| default_folder(dir))
            .display()
            .to_string(),
    })
}

/// The default backup folder of a data folder: `<data folder>/backups`.
pub fn default_folder(dir: &DataDir) -> PathBuf {
    dir.root().join(DEFAULT_FOLDER)
}

/// The folder the user chose, or `None` for the default. An unreadable
/// settings file is an error, not silently the default: backups would
/// otherwise go somewhere the user does not look.
pub fn chosen_folder(dir: &DataDir) -> Result<Option<PathBuf>, BackupError> {
    let path = dir.root().join(SETTINGS_FILE);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(BackupError::io(&path, error)),
    };
    let settings: Settings =
        serde_json::from_str(&text).map_err(|error| BackupError::Settings {
            path: path.display().to_string(),
            reason: error.to_string(),
        })?;
    Ok(settings.folder)
}

/// The backup folder in use: the chosen one, or the default.
pub fn folder(dir: &DataDir) -> Result<PathBuf, BackupError> {
    Ok(chosen_folder(dir)?.unwrap_or_else(|| default_folder(dir)))
}

/// Chooses the backup folder (`None`: back to the default). The folder is
/// made if it is not there, and must take a file, so a typo or a read-only
/// place is refused now rather than at the next backup.
pub fn set_folder(dir: &DataDir, chosen: Option<&Path>) -> Result<PathBuf, BackupError> {
    let folder = match chosen {
        Some(path) if path.is_relative() => std::env::current_dir()
            .map_err(|error| BackupError::io(path, error))?
            .join(path),
        Some(path) => path.to_path_buf(),
        None => default_folder(dir),
    };
    fs::create_dir_all(&folder).map_err(|error| BackupError::io(&folder, error))?;
    tempfile::tempfile_in(&folder).map_err(|error| BackupError::io(&folder, error))?;
    let folder = folder
        .canonicalize()
        .map_err(|error| BackupError::io(&folder, error))?;
    let is_default = default_folder(dir).canonicalize().ok().as_ref() == Some(&folder);
    let settings = Settings {
        folder: (!is_default).then(|| folder.clone()),
    };
    let text = serde_json::to_string_pretty(&settings).expect("settings serialize");
    fs::create_dir_all(dir.root()).map_err(|error| BackupError::io(dir.root(), error))?;
    files::write_atomically(&dir.root().join(SETTINGS_FILE), text.as_bytes())
        .map_err(|error| BackupError::Write(error.to_string()))?;
    let _ = data_dir::keep_private(dir.root());
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_folder_is_kept_beside_the_database_and_reset_to_the_default() {
        let data = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let dir = DataDir::new(data.path());
        assert_eq!(folder(&dir).unwrap(), data.path().join("backups"));

        let chosen = set_folder(&dir, Some(&elsewhere.path().join("Dropbox/curbside"))).unwrap();
        assert!(chosen.ends_with("Dropbox/curbside") && chosen.is_dir());
        assert_eq!(folder(&dir).unwrap(), chosen);

        set_folder(&dir, None).unwrap();
        assert_eq!(chosen_folder(&dir).unwrap(), None);
    }

    #[test]
    fn a_damaged_settings_file_is_an_error_naming_it() {
        let data = tempfile::tempdir().unwrap();
        let dir = DataDir::new(data.path());
        fs::write(data.path().join(SETTINGS_FILE), "{ not json").unwrap();
        let error = folder(&dir).unwrap_err().to_string();
        assert!(error.contains("backup.json"), "{error}");
    }
}
