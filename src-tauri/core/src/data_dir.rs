//! Where a user's Curbside data lives: one folder holding the encrypted
//! database and the wrapped copies of its key. The app and the CLI resolve it
//! the same way, so both always see the same data.

mod private;
mod relocate;

pub use private::keep_private;
use std::path::{Path, PathBuf};

pub use relocate::{relocate, Relocation};

/// The environment variable that points Curbside at another data folder.
pub const DATA_DIR_ENV: &str = "CURBSIDE_DATA_DIR";

/// The file name of the encrypted database inside the data folder.
pub const DATABASE_FILE: &str = "curbside.db";

/// The file name of the wrapped data keys inside the data folder.
pub const KEY_FILE: &str = "keys.json";

/// The name of Curbside's folder inside the OS's per-user data folder.
const APP_FOLDER: &str = "curbside";

/// A data folder found, and what finding it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The folder to use.
    pub root: PathBuf,
    /// Whether the default folder was moved to where it now belongs (only
    /// ever the default one; a folder the user chose is never moved).
    pub relocation: Relocation,
}

/// The data folder to use: an explicit choice (a `--data-dir` flag) wins,
/// then `CURBSIDE_DATA_DIR`, then the OS's per-user folder ([`default_dir`]),
/// where a book still in the old Windows location is first moved there.
///
/// Returns `None` only when the OS reports no home or data folder at all.
pub fn resolve(explicit: Option<&Path>) -> Option<Resolved> {
    let chosen = |root: PathBuf| Resolved {
        root,
        relocation: Relocation::NotNeeded,
    };
    if let Some(dir) = explicit {
        return Some(chosen(dir.to_path_buf()));
    }
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(chosen(PathBuf::from(dir))),
        _ => {
            let new = default_dir()?;
            let relocation = match former_default_dir() {
                Some(old) => relocate(&old, &new),
                None => Relocation::NotNeeded,
            };
            Some(Resolved {
                root: relocation.folder_in_use(&new).to_path_buf(),
                relocation,
            })
        }
    }
}

/// The OS's per-user data folder for Curbside: `~/.local/share/curbside` on
/// Linux, `~/Library/Application Support/curbside` on macOS,
/// `%LOCALAPPDATA%\curbside` on Windows (Local, not Roaming: domains
/// redirect Roaming to network shares, where SQLite's write-ahead log is
/// unsafe, and a book is one computer's anyway).
pub fn default_dir() -> Option<PathBuf> {
    dirs::data_local_dir().map(|dir| dir.join(APP_FOLDER))
}

/// Where earlier versions kept the data: Roaming `%APPDATA%\curbside` on
/// Windows; the same as [`default_dir`] elsewhere.
fn former_default_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_FOLDER))
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
        assert_eq!(dir.root, PathBuf::from("/somewhere/else"));
        assert_eq!(dir.relocation, Relocation::NotNeeded);
    }

    #[test]
    fn database_and_keys_live_side_by_side() {
        let dir = DataDir::new("/data");
        assert_eq!(dir.database(), PathBuf::from("/data/curbside.db"));
        assert_eq!(dir.key_file(), PathBuf::from("/data/keys.json"));
    }
}
