//! Opening a decrypted copy of something stored (a certificate, a printable
//! report) in the system's own viewer. The copies go to a folder in the
//! user's cache that only they can read, emptied when Curbside starts, since the database itself is
//! the only place such files are kept for good.

use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tauri_plugin_opener::OpenerExt;

use crate::error::{ErrorCode, IpcError};

/// The private folder for copies being viewed, in the user's own cache.
fn viewing_dir(app: &AppHandle) -> Option<PathBuf> {
    app.path()
        .app_cache_dir()
        .ok()
        .map(|cache| cache.join("viewing"))
}

/// Removes copies left from an earlier run.
pub fn clear_copies(app: &AppHandle) {
    if let Some(dir) = viewing_dir(app) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Writes `content` under `file_name` to the private folder and opens it.
pub fn open_copy(app: &AppHandle, file_name: &str, content: &[u8]) -> Result<(), IpcError> {
    let dir = viewing_dir(app).ok_or_else(|| {
        IpcError::new(
            ErrorCode::Storage,
            "There is no cache folder to view files from",
        )
    })?;
    let path = dir.join(safe_name(file_name));
    make_private_dir(&dir)
        .and_then(|()| std::fs::write(&path, content))
        .map_err(|error| {
            IpcError::new(
                ErrorCode::Storage,
                format!("The file could not be prepared for viewing: {error}"),
            )
        })?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|error| {
            IpcError::new(
                ErrorCode::Internal,
                format!("No application opened the file: {error}"),
            )
        })
}

#[cfg(unix)]
fn make_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn make_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// A file name without folders or characters file systems refuse.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        "file".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::safe_name;

    #[test]
    fn a_stored_file_name_cannot_leave_the_viewing_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name("CME 2026: ethics.pdf"), "CME 2026_ ethics.pdf");
        assert_eq!(safe_name(".."), "file");
    }
}
