//! Opening a decrypted copy of something stored (a certificate, a printable
//! report) in the system's own viewer. The copies go to a folder in the
//! user's cache that only they can read, one folder per data folder (so a
//! second Curbside on another data folder never touches the first one's
//! copies). A certificate's copy is removed when the certificate or its
//! credit is deleted, and every copy when Curbside quits (and, after a
//! crash, when it starts again), since the database itself is the only
//! place such files are kept for good.

use std::path::{Path, PathBuf};

use curbside_core::cme::CertificateId;
use tauri::{AppHandle, Manager};
use tauri_plugin_opener::OpenerExt;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

/// This data folder's private folder for copies being viewed.
fn viewing_dir(app: &AppHandle) -> Option<PathBuf> {
    let cache = app.path().app_cache_dir().ok()?;
    let state = app.state::<AppState>();
    let data = state.data_dir().map(|dir| dir.root().to_path_buf());
    Some(copies_dir(&cache, data.as_deref()))
}

/// The copies folder of a data folder: named by a hash of its path, so
/// that two data folders never share one.
fn copies_dir(cache: &Path, data_dir: Option<&Path>) -> PathBuf {
    let data_dir = data_dir.map(|dir| std::fs::canonicalize(dir).unwrap_or_else(|_| dir.into()));
    let name = match data_dir {
        Some(dir) => format!("{:016x}", fnv1a(dir.as_os_str().as_encoded_bytes())),
        None => "no-data-folder".to_owned(),
    };
    cache.join("viewing").join(name)
}

/// FNV-1a, 64 bits: the same name for the same path in every version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Where a certificate's copy goes: a folder of its own, removed with it.
fn certificate_dir(copies: &Path, id: CertificateId) -> PathBuf {
    copies.join(format!("certificate-{id}"))
}

/// Removes every copy of this data folder (at start and at quit), and the
/// copies earlier versions left loose in the shared folder.
pub fn clear_copies(app: &AppHandle) {
    if let Some(dir) = viewing_dir(app) {
        let _ = std::fs::remove_dir_all(&dir);
        if let Some(shared) = dir.parent() {
            remove_loose_files(shared);
        }
    }
}

/// Removes the files (not the folders: other data folders' copies) in
/// `dir`.
fn remove_loose_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|kind| kind.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Removes the copies of deleted certificates.
pub fn forget_certificates(app: &AppHandle, ids: &[CertificateId]) {
    if let Some(dir) = viewing_dir(app) {
        remove_certificates(&dir, ids);
    }
}

fn remove_certificates(copies: &Path, ids: &[CertificateId]) {
    for &id in ids {
        let _ = std::fs::remove_dir_all(certificate_dir(copies, id));
    }
}

/// Writes a certificate to its own private folder and opens it.
pub fn open_certificate(
    app: &AppHandle,
    id: CertificateId,
    file_name: &str,
    content: &[u8],
) -> Result<(), IpcError> {
    open_in(
        app,
        |copies| certificate_dir(copies, id),
        file_name,
        content,
    )
}

/// Writes `content` under `file_name` to the private folder and opens it.
pub fn open_copy(app: &AppHandle, file_name: &str, content: &[u8]) -> Result<(), IpcError> {
    open_in(app, |copies| copies.join("reports"), file_name, content)
}

fn open_in(
    app: &AppHandle,
    folder: impl FnOnce(&Path) -> PathBuf,
    file_name: &str,
    content: &[u8],
) -> Result<(), IpcError> {
    let copies = viewing_dir(app).ok_or_else(|| {
        IpcError::new(
            ErrorCode::Storage,
            "There is no cache folder to view files from",
        )
    })?;
    let dir = folder(&copies);
    let path = dir.join(safe_name(file_name));
    make_private_dir(&copies)
        .and_then(|()| make_private_dir(&dir))
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
    use super::*;

    #[test]
    fn a_stored_file_name_cannot_leave_the_viewing_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name("CME 2026: ethics.pdf"), "CME 2026_ ethics.pdf");
        assert_eq!(safe_name(".."), "file");
    }

    #[test]
    fn each_data_folder_has_its_own_copies_folder() {
        let temp = tempfile::tempdir().unwrap();
        let (first, second) = (temp.path().join("first"), temp.path().join("second"));
        std::fs::create_dir_all(&first).unwrap();
        std::fs::create_dir_all(&second).unwrap();
        let cache = temp.path().join("cache");
        let one = copies_dir(&cache, Some(&first));
        assert_ne!(one, copies_dir(&cache, Some(&second)));
        // The same folder named another way is the same data folder.
        assert_eq!(one, copies_dir(&cache, Some(&first.join("../first"))));
        assert_eq!(one, copies_dir(&cache, Some(&first)), "stable");
        assert!(one.starts_with(cache.join("viewing")));
    }

    #[test]
    fn deleting_a_certificate_removes_its_copy_and_no_other() {
        let temp = tempfile::tempdir().unwrap();
        let copies = temp.path().join("copies");
        for id in [1, 2] {
            let dir = certificate_dir(&copies, id);
            make_private_dir(&dir).unwrap();
            std::fs::write(dir.join("cert.pdf"), b"%PDF").unwrap();
        }
        remove_certificates(&copies, &[1, 3]);
        assert!(!certificate_dir(&copies, 1).exists());
        assert!(certificate_dir(&copies, 2).join("cert.pdf").exists());
    }

    #[test]
    fn copies_an_earlier_version_left_loose_are_removed_and_other_data_folders_kept() {
        let temp = tempfile::tempdir().unwrap();
        let shared = temp.path().join("viewing");
        let other = shared.join("0123456789abcdef");
        make_private_dir(&other).unwrap();
        std::fs::write(other.join("theirs.pdf"), b"%PDF").unwrap();
        std::fs::write(shared.join("old copy.pdf"), b"%PDF").unwrap();
        remove_loose_files(&shared);
        assert!(!shared.join("old copy.pdf").exists());
        assert!(other.join("theirs.pdf").exists());
    }
}
