//! Where a user's Curbside data lives: one folder holding the encrypted
//! database and the wrapped copies of its key. The app and the CLI resolve it
//! the same way, so both always see the same data.

use std::path::{Path, PathBuf};

/// The environment variable that points Curbside at another data folder.
pub const DATA_DIR_ENV: &str = "CURBSIDE_DATA_DIR";

/// The file name of the encrypted database inside the data folder.
pub const DATABASE_FILE: &str = "curbside.db";

/// The file name of the wrapped data keys inside the data folder.
pub const KEY_FILE: &str = "keys.json";

/// The data folder to use: an explicit choice (a `--data-dir` flag) wins,
/// then `CURBSIDE_DATA_DIR`, then the OS's per-user app data folder.
///
/// Returns `None` only when the OS reports no home or data folder at all.
pub fn resolve(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir.to_path_buf());
    }
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => default_dir(),
    }
}

/// The OS's per-user data folder for Curbside: `~/.local/share/curbside` on
/// Linux, `~/Library/Application Support/curbside` on macOS,
/// `%APPDATA%\curbside` on Windows.
pub fn default_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("curbside"))
}

/// The paths of the files Curbside keeps in one data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// A data folder at `root` (it need not exist yet).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The encrypted database file.
    pub fn database(&self) -> PathBuf {
        self.root.join(DATABASE_FILE)
    }

    /// The file holding the data key wrapped by the recovery key and passphrase.
    pub fn key_file(&self) -> PathBuf {
        self.root.join(KEY_FILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_folder_wins_over_the_default() {
        let dir = resolve(Some(Path::new("/somewhere/else"))).unwrap();
        assert_eq!(dir, PathBuf::from("/somewhere/else"));
    }

    #[test]
    fn database_and_keys_live_side_by_side() {
        let dir = DataDir::new("/data");
        assert_eq!(dir.database(), PathBuf::from("/data/curbside.db"));
        assert_eq!(dir.key_file(), PathBuf::from("/data/keys.json"));
    }
}
