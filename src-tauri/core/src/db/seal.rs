//! Checking for damage only when the file may have changed: the seal.
//!
//! Reading every page at every open (the damage check) takes seconds for a
//! lifetime's book, on every start and every CLI command. So after a check,
//! and again when Curbside has closed the book, a small file beside it (the
//! seal, `curbside.db.checked`) records how the database file stood then:
//! its size, its modification and change times, its file number. An open
//! whose file still stands so, with no write-ahead log left beside it, skips
//! the check, since nothing has written to the file since it was checked.
//!
//! Anything else reads every page first, as before:
//! - a file changed from outside (another program, a sync tool, a copy over
//!   it): its change time moves, and no program can set that back;
//! - a crash with writes not yet folded in: the log is left beside it;
//! - no seal, or one that cannot be read;
//! - a schema update about to run (it rewrites much of the file);
//! - a week since the last full check: what no time stamp shows (a disk
//!   that decays where it sits) is still found within a week.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// How long a seal spares the check: a full check at least this often.
pub const FULL_CHECK_EVERY: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// How the database file stood, and when every page was last read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Seal {
    /// When the last full check ran, in seconds since 1970.
    checked_at: u64,
    /// The file as it stood when sealed.
    file: Stamp,
}

/// What changes whenever a file's bytes change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    size: u64,
    modified_ns: u128,
    /// The inode change time and the file number, where the system has them
    /// (Unix): a file copied over the book, even with its times kept, has
    /// another number and a new change time.
    changed_ns: Option<i128>,
    file_number: Option<u64>,
}

/// The seal's file beside the database.
pub fn seal_path(database: &Path) -> PathBuf {
    let mut path = database.as_os_str().to_owned();
    path.push(".checked");
    PathBuf::from(path)
}

/// Whether an open of `database` may skip the damage check now: the seal
/// matches the file, no write-ahead log is left, and the last full check is
/// less than [`FULL_CHECK_EVERY`] old.
pub fn is_sealed(database: &Path) -> bool {
    let Some(seal) = read(database) else {
        return false;
    };
    let fresh = now_secs().saturating_sub(seal.checked_at) < FULL_CHECK_EVERY.as_secs();
    fresh && log_is_empty(database) && stamp(database).as_ref() == Some(&seal.file)
}

/// Records that every page of `database` was read just now and found sound.
/// Best effort: without a seal the next open checks again.
pub(super) fn checked_now(database: &Path) {
    if let Some(file) = stamp(database) {
        write(
            database,
            &Seal {
                checked_at: now_secs(),
                file,
            },
        );
    }
}

/// Seals `database` as it stands, after this process has closed its
/// connections to it: the next open may skip the damage check.
///
/// Does nothing unless the seal's full check is still on record (so only a
/// book this program opened, and so checked or found sealed, is sealed) and
/// no write-ahead log is left (some connection, here or in another process,
/// still has it open, or it was not folded in): then the next open checks.
pub fn seal_after_close(database: &Path) {
    let Some(seal) = read(database) else {
        return;
    };
    if !log_is_empty(database) {
        return;
    }
    // A command that only read leaves the file as the seal has it.
    if let Some(file) = stamp(database).filter(|file| *file != seal.file) {
        write(database, &Seal { file, ..seal });
    }
}

/// Seals the book when dropped ([`seal_after_close`]): keep it beside the
/// connections, declared after them, so it drops last.
#[derive(Debug)]
pub struct SealOnClose(PathBuf);

impl SealOnClose {
    /// A guard for the database at `database`.
    pub fn new(database: PathBuf) -> Self {
        Self(database)
    }
}

impl Drop for SealOnClose {
    fn drop(&mut self) {
        seal_after_close(&self.0);
    }
}

fn read(database: &Path) -> Option<Seal> {
    let text = fs::read_to_string(seal_path(database)).ok()?;
    serde_json::from_str(&text).ok()
}

fn write(database: &Path, seal: &Seal) {
    let path = seal_path(database);
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".new");
    let Ok(text) = serde_json::to_string(seal) else {
        return;
    };
    let _ = fs::remove_file(&temporary);
    let written = private_file(Path::new(&temporary))
        .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()));
    if written.is_err() || fs::rename(&temporary, &path).is_err() {
        let _ = fs::remove_file(&temporary);
    }
}

/// A new file only its owner reads, as everything in the data folder.
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// The write-ahead log is absent or empty: every committed change is in the
/// file itself.
fn log_is_empty(database: &Path) -> bool {
    let mut log = database.as_os_str().to_owned();
    log.push("-wal");
    match fs::metadata(PathBuf::from(log)) {
        Ok(meta) => meta.len() == 0,
        Err(error) => error.kind() == std::io::ErrorKind::NotFound,
    }
}

fn stamp(database: &Path) -> Option<Stamp> {
    let meta = fs::metadata(database).ok()?;
    let modified_ns = meta
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    #[cfg(unix)]
    let (changed_ns, file_number) = {
        use std::os::unix::fs::MetadataExt;
        (
            Some(i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec())),
            Some(meta.ino()),
        )
    };
    #[cfg(not(unix))]
    let (changed_ns, file_number) = (None, None);
    Some(Stamp {
        size: meta.len(),
        modified_ns,
        changed_ns,
        file_number,
    })
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|since| since.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(dir: &Path) -> PathBuf {
        let path = dir.join("curbside.db");
        fs::write(&path, vec![7u8; 4096]).unwrap();
        path
    }

    #[test]
    fn a_checked_file_is_sealed_until_its_bytes_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = book(dir.path());
        assert!(!is_sealed(&path), "never checked");
        checked_now(&path);
        assert!(is_sealed(&path));
        std::thread::sleep(Duration::from_millis(20));
        fs::write(&path, vec![8u8; 4096]).unwrap();
        assert!(!is_sealed(&path), "same size, new bytes");
        seal_after_close(&path);
        assert!(is_sealed(&path), "sealed again after this program's close");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(seal_path(&path)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only its owner reads it");
        }
    }

    #[test]
    fn a_log_left_beside_the_file_breaks_the_seal() {
        let dir = tempfile::tempdir().unwrap();
        let path = book(dir.path());
        checked_now(&path);
        let log = dir.path().join("curbside.db-wal");
        fs::write(&log, b"frames").unwrap();
        assert!(!is_sealed(&path));
        seal_after_close(&path);
        assert!(!is_sealed(&path), "not sealed while a log holds changes");
        fs::write(&log, b"").unwrap();
        assert!(is_sealed(&path), "an empty log holds nothing");
    }

    #[test]
    fn a_week_old_check_is_done_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = book(dir.path());
        let file = stamp(&path).unwrap();
        let week = FULL_CHECK_EVERY.as_secs();
        write(
            &path,
            &Seal {
                checked_at: now_secs() - week + 60,
                file: file.clone(),
            },
        );
        assert!(is_sealed(&path));
        write(
            &path,
            &Seal {
                checked_at: now_secs() - week - 60,
                file,
            },
        );
        assert!(!is_sealed(&path));
        seal_after_close(&path);
        assert!(!is_sealed(&path), "a close does not renew the full check");
    }

    #[test]
    fn only_a_book_this_program_checked_is_sealed_at_close() {
        let dir = tempfile::tempdir().unwrap();
        let path = book(dir.path());
        seal_after_close(&path);
        assert!(!is_sealed(&path));
        checked_now(&path);
        fs::write(seal_path(&path), b"{ not a seal").unwrap();
        assert!(!is_sealed(&path), "an unreadable seal is no seal");
    }
}
