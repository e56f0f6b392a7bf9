//! Listing backups: from their names and sidecars alone, so the list shows
//! without the key and with a damaged database.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use jiff::{SignedDuration, Timestamp};

use super::names::{self, Reason};
use super::{folder, BackupError, BackupInfo, Sidecar};
use crate::data_dir::DataDir;

/// Every backup of a data folder, newest first: those in the backup folder,
/// and those the default folder took while the chosen one was not there.
pub fn list(dir: &DataDir) -> Result<Vec<BackupInfo>, BackupError> {
    let mut folders = BTreeSet::new();
    folders.insert(folder::folder(dir)?);
    folders.insert(folder::default_folder(dir));
    let mut all = Vec::new();
    for folder in folders {
        all.extend(list_folder(&folder)?);
    }
    all.sort_by_key(|backup| std::cmp::Reverse(backup.created_at));
    all.dedup_by(|a, b| a.path == b.path);
    Ok(all)
}

/// The backups in one folder, newest first (none when it is not there).
pub fn list_folder(folder: &Path) -> Result<Vec<BackupInfo>, BackupError> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(BackupError::io(folder, error)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| BackupError::io(folder, error))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((created_at, reason)) = names::parse(&name) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let path = entry.path();
        let sidecar = read_sidecar(&path);
        found.push(BackupInfo {
            path: path.display().to_string(),
            created_at,
            reason,
            size: meta.len(),
            counts: sidecar.as_ref().map(|s| s.counts),
            schema_version: sidecar.as_ref().map(|s| s.schema_version),
            has_key_file: sidecar.is_some_and(|s| s.key_file.is_some()),
        });
    }
    found.sort_by_key(|backup| std::cmp::Reverse(backup.created_at));
    Ok(found)
}

/// A backup's sidecar, when it is there and readable.
pub(super) fn read_sidecar(backup: &Path) -> Option<Sidecar> {
    let text = fs::read(names::sidecar(backup)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Whether the daily backup is due at `now`: no daily backup yet, or the
/// newest is a day old.
pub fn daily_due(dir: &DataDir, now: Timestamp) -> Result<bool, BackupError> {
    let newest = list(dir)?
        .into_iter()
        .filter(|backup| backup.reason == Reason::Daily)
        .map(|backup| backup.created_at)
        .max();
    Ok(newest.is_none_or(|at| now.duration_since(at) >= SignedDuration::from_hours(24)))
}
