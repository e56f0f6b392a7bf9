//! Files the user hands Curbside or asks it to write: an attachment is read
//! with a size cap (so a wrong pick cannot fill memory), and a report is
//! written beside its target and renamed, so a full disk never leaves half
//! a file where the user expects a whole one. A damaged database is swapped
//! for a whole one here too, for a salvage and for a restore over it.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be opened or read.
    #[error("{path} could not be read: {source}")]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than Curbside keeps.
    #[error("{path} is larger than {limit_mib} MiB; attach a smaller file")]
    TooLarge {
        /// The file.
        path: String,
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// The file could not be written (the disk may be full or read-only).
    #[error("{path} could not be written: {source}")]
    Write {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Reads a file of at most `limit` bytes; returns its base name and content.
pub fn read_attachment(path: &Path, limit: usize) -> Result<(String, Vec<u8>), FileError> {
    let shown = path.display().to_string();
    let read_error = |source| FileError::Read {
        path: shown.clone(),
        source,
    };
    let file = File::open(path).map_err(read_error)?;
    let mut content = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut content)
        .map_err(read_error)?;
    if content.len() > limit {
        return Err(FileError::TooLarge {
            path: shown,
            limit_mib: (limit / (1024 * 1024)) as u64,
        });
    }
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".to_owned());
    Ok((name, content))
}

/// Writes `content` to `path` whole or not at all (see [`write_whole`]).
pub fn write_atomically(path: &Path, content: &[u8]) -> Result<(), FileError> {
    write_whole(path, |error| error, |out| out.write_all(content)).map_err(|source| {
        FileError::Write {
            path: path.display().to_string(),
            source,
        }
    })
}

/// Streams `write`'s output into a new file beside `path`, flushes it to
/// disk and renames it over `path`; on any failure the new file is removed
/// and whatever was at `path` stays as it was. `create_failed` words the
/// error when the file cannot even be made (a missing folder, no rights).
///
/// The new file has a random name and is created new (never opened if
/// something, a planted symlink say, is already there) and readable by the
/// user alone (0600 on Unix): exports and reports are plain text, and the
/// finished file keeps those rights.
pub fn write_whole<T, E>(
    path: &Path,
    create_failed: impl FnOnce(std::io::Error) -> E,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<std::io::Error>,
{
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (file, partial) = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(folder)
        .map_err(create_failed)?
        .into_parts();
    // On any early return `partial` is dropped, which removes the file.
    let mut out = BufWriter::new(file);
    let value = write(&mut out)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    put_in_place(partial, path)?;
    Ok(value)
}

/// Makes the file at `path` durable: written through to the disk.
/// Opened for writing, since Windows flushes only such a file (a file
/// opened to read is refused with "Access denied").
pub fn flush_to_disk(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

/// Renames the whole file at `partial` to `path`, replacing what is there
/// (on Windows too: `MoveFileExW` with replace), and keeps it.
///
/// A plain rename, not tempfile's `persist`: on Windows that first resets
/// the file's attributes by name, which Wine refuses with "Access denied"
/// for a file SQLite wrote, while the rename itself succeeds.
pub fn put_in_place(mut partial: tempfile::TempPath, path: &Path) -> std::io::Result<()> {
    std::fs::rename(&partial, path)?;
    // The name is the finished file's now: nothing is left to remove.
    partial.disable_cleanup(true);
    Ok(())
}

/// A damaged database that could not be replaced by a whole one (by a
/// salvage, or a restore over it); the damaged file was left where it was.
#[derive(Debug, thiserror::Error)]
#[error("could not write the salvaged database beside {path}: {source}; the damaged file was left where it was")]
pub struct NotReplaced {
    /// The database file.
    pub path: String,
    /// The OS error.
    pub source: std::io::Error,
}

/// Moves the damaged `database` aside (kept, as a salvage keeps it) and
/// the whole, checked database at `whole` into its place: for a restore of
/// a backup over a damaged book. Returns where the damaged file is kept.
pub(crate) fn replace_damaged(database: &Path, whole: &Path) -> Result<PathBuf, NotReplaced> {
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let aside = beside(database, &format!(".damaged-{stamp}"));
    swap_in(database, whole, &aside)?;
    Ok(aside)
}

/// Moves the damaged database (and its log files) aside and the new one
/// into its place. If the second move fails, the first is undone.
pub(crate) fn swap_in(database: &Path, fresh: &Path, aside: &Path) -> Result<(), NotReplaced> {
    let moved = |source| NotReplaced {
        path: database.display().to_string(),
        source,
    };
    std::fs::rename(database, aside).map_err(moved)?;
    for suffix in ["-wal", "-shm"] {
        let log = beside(database, suffix);
        if log.exists() {
            let _ = std::fs::rename(&log, beside(aside, suffix));
        }
    }
    if let Err(error) = std::fs::rename(fresh, database) {
        let _ = std::fs::rename(aside, database);
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::rename(beside(aside, suffix), beside(database, suffix));
        }
        return Err(moved(error));
    }
    Ok(())
}

/// `database` with `suffix` added to its name (`curbside.db-wal`).
pub(crate) fn beside(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attachment_over_the_limit_is_refused_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("scan.pdf");
        std::fs::write(&path, vec![0u8; 2048]).unwrap();
        let error = read_attachment(&path, 1024).unwrap_err();
        assert!(matches!(error, FileError::TooLarge { .. }), "{error}");
        let (name, content) = read_attachment(&path, 4096).unwrap();
        assert_eq!((name.as_str(), content.len()), ("scan.pdf", 2048));
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.csv");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let missing_dir = dir.path().join("gone").join("report.csv");
        assert!(write_atomically(&missing_dir, b"x").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_symlink_planted_where_the_file_is_written_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        let path = dir.path().join("contacts.vcf");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&victim, dir.path().join("contacts.vcf.partial")).unwrap();
        write_atomically(&path, b"BEGIN:VCARD").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "BEGIN:VCARD");
    }

    #[cfg(unix)]
    #[test]
    fn a_written_file_is_readable_by_its_owner_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("contacts.csv");
        write_atomically(&path, b"UID").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
