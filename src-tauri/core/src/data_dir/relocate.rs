//! The one-time move of a data folder to where Curbside now keeps it: on
//! Windows from Roaming `%APPDATA%` (which domains redirect to network
//! shares, where SQLite's write-ahead log is unsafe) to Local
//! `%LOCALAPPDATA%`. A rename when both are on one volume; otherwise a
//! copy beside the destination, flushed to disk, renamed into place, and
//! only then the old folder removed. Whatever fails, the book stays whole
//! in one of the two places, and the caller is told which.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{DATABASE_FILE, KEY_FILE};

/// What became of the old folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relocation {
    /// Nothing to move: no data in the old folder (or it is the new one).
    NotNeeded,
    /// The data moved; `left_behind` is set when the old folder could not
    /// be removed afterwards (the new one is complete and in use).
    Moved {
        /// Where the data was.
        from: PathBuf,
        /// Where it is now.
        to: PathBuf,
        /// Why the old folder is still there, if it is.
        left_behind: Option<String>,
    },
    /// Both folders hold data: both are left alone and the new one is used.
    BothPresent {
        /// The old folder, untouched.
        old: PathBuf,
        /// The folder in use.
        new: PathBuf,
    },
    /// The move failed and changed nothing: the old folder is still used.
    Failed {
        /// The folder still in use.
        from: PathBuf,
        /// Where the data should have gone.
        to: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

impl Relocation {
    /// The folder to use after this outcome, given the new one.
    pub fn folder_in_use<'a>(&'a self, new: &'a Path) -> &'a Path {
        match self {
            Self::Failed { from, .. } => from,
            _ => new,
        }
    }

    /// A sentence for the user, or `None` when nothing happened.
    pub fn notice(&self) -> Option<String> {
        match self {
            Self::NotNeeded => None,
            other => Some(other.to_string()),
        }
    }
}

impl fmt::Display for Relocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotNeeded => write!(f, "the data folder is where it belongs"),
            Self::Moved {
                from,
                to,
                left_behind: None,
            } => write!(
                f,
                "Curbside moved your data from {} to {}, a folder on this computer",
                from.display(),
                to.display()
            ),
            Self::Moved {
                from,
                to,
                left_behind: Some(reason),
            } => write!(
                f,
                "Curbside copied your data from {} to {} and uses the copy; the old folder could not be removed ({reason}): delete it once you have checked your data",
                from.display(),
                to.display()
            ),
            Self::BothPresent { old, new } => write!(
                f,
                "Curbside data is in two places: {} (in use) and {} (an older location, left untouched); move or delete the one you do not need",
                new.display(),
                old.display()
            ),
            Self::Failed { from, to, reason } => write!(
                f,
                "Curbside could not move your data from {} to {} ({reason}); it goes on using {}, where nothing was changed",
                from.display(),
                to.display(),
                from.display()
            ),
        }
    }
}

/// Moves the data in `old` to `new` if `old` has some and `new` has none.
pub fn relocate(old: &Path, new: &Path) -> Relocation {
    relocate_with(old, new, &|from, to| fs::rename(from, to))
}

/// [`relocate`], with the first attempt (moving the whole folder) given, so
/// tests can make it fail as it does between volumes.
fn relocate_with(
    old: &Path,
    new: &Path,
    move_folder: &dyn Fn(&Path, &Path) -> io::Result<()>,
) -> Relocation {
    if old == new || !has_data(old) {
        return Relocation::NotNeeded;
    }
    if has_data(new) {
        return Relocation::BothPresent {
            old: old.to_path_buf(),
            new: new.to_path_buf(),
        };
    }
    let moved = |left_behind| Relocation::Moved {
        from: old.to_path_buf(),
        to: new.to_path_buf(),
        left_behind,
    };
    let result = make_room(new).and_then(|()| match move_folder(old, new) {
        Ok(()) => Ok(None),
        // Anything else (a file in use, no permission) is reported, not
        // worked around: copying a book another program has open could
        // copy it half written.
        Err(error) if !on_another_volume(&error) => Err(error),
        Err(_) => copy_into_place(old, new)
            .map(|()| fs::remove_dir_all(old).err().map(|error| error.to_string())),
    });
    match result {
        Ok(left_behind) => moved(left_behind),
        // Another Curbside (the app and the CLI started together) moved it.
        Err(_) if !has_data(old) && has_data(new) => Relocation::NotNeeded,
        Err(error) => Relocation::Failed {
            from: old.to_path_buf(),
            to: new.to_path_buf(),
            reason: error.to_string(),
        },
    }
}

/// Whether a rename failed only because the two folders are on different
/// volumes (a redirected Roaming folder on a network share).
fn on_another_volume(error: &io::Error) -> bool {
    /// Windows' ERROR_NOT_SAME_DEVICE.
    const NOT_SAME_DEVICE: i32 = 17;
    error.kind() == io::ErrorKind::CrossesDevices
        || (cfg!(windows) && error.raw_os_error() == Some(NOT_SAME_DEVICE))
}

/// Whether `dir` holds a Curbside book (its database or its keys).
fn has_data(dir: &Path) -> bool {
    dir.join(DATABASE_FILE).exists() || dir.join(KEY_FILE).exists()
}

/// Creates the new folder's parent, and removes the new folder itself if
/// it is there but empty, so the old one can take its place.
fn make_room(new: &Path) -> io::Result<()> {
    if let Some(parent) = new.parent() {
        fs::create_dir_all(parent)?;
    }
    match fs::remove_dir(new) {
        Err(error) if new.exists() => Err(io::Error::new(
            error.kind(),
            format!("{} already holds other files", new.display()),
        )),
        _ => Ok(()),
    }
}

/// Copies `old` whole to a folder beside `new`, flushed to disk, then
/// renames it to `new`; on any failure removes the partial copy.
fn copy_into_place(old: &Path, new: &Path) -> io::Result<()> {
    let name = new
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = new.with_file_name(format!(".{name}.moving"));
    // A copy an earlier attempt left half done: the old folder is intact.
    if partial.exists() {
        fs::remove_dir_all(&partial)?;
    }
    let copied = copy_tree(old, &partial).and_then(|()| fs::rename(&partial, new));
    if copied.is_err() {
        let _ = fs::remove_dir_all(&partial);
    }
    copied
}

fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
            crate::files::flush_to_disk(&target)?;
        }
    }
    sync_folder(to)
}

/// Makes a folder's entries durable (Unix; Windows has no such call for
/// folders, and flushed files suffice there).
fn sync_folder(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Folders {
        _root: tempfile::TempDir,
        old: PathBuf,
        new: PathBuf,
    }

    /// A Roaming folder holding a book, and a Local one not made yet.
    fn book_in_roaming() -> Folders {
        let root = tempfile::tempdir().unwrap();
        let old = root.path().join("Roaming").join("curbside");
        let new = root.path().join("Local").join("curbside");
        fs::create_dir_all(old.join("certificates")).unwrap();
        fs::write(old.join(DATABASE_FILE), "the book").unwrap();
        fs::write(old.join(KEY_FILE), "the keys").unwrap();
        fs::write(old.join("certificates").join("acls.pdf"), "a pdf").unwrap();
        Folders {
            _root: root,
            old,
            new,
        }
    }

    fn assert_whole_book_in(dir: &Path) {
        assert_eq!(
            fs::read_to_string(dir.join(DATABASE_FILE)).unwrap(),
            "the book"
        );
        assert_eq!(fs::read_to_string(dir.join(KEY_FILE)).unwrap(), "the keys");
        assert_eq!(
            fs::read_to_string(dir.join("certificates").join("acls.pdf")).unwrap(),
            "a pdf"
        );
    }

    fn across_volumes(_: &Path, _: &Path) -> io::Result<()> {
        Err(io::ErrorKind::CrossesDevices.into())
    }

    fn in_use(_: &Path, _: &Path) -> io::Result<()> {
        Err(io::Error::other("the file is in use by another process"))
    }

    #[test]
    fn a_book_in_use_is_not_copied_and_stays_where_it_is() {
        let f = book_in_roaming();
        let outcome = relocate_with(&f.old, &f.new, &in_use);
        assert!(matches!(outcome, Relocation::Failed { .. }), "{outcome:?}");
        assert_eq!(outcome.folder_in_use(&f.new), f.old);
        assert_whole_book_in(&f.old);
        assert!(!f.new.exists());
        assert!(outcome
            .notice()
            .unwrap()
            .contains("in use by another process"));
    }

    #[test]
    fn a_book_in_the_old_folder_moves_to_the_new_one() {
        let f = book_in_roaming();
        let outcome = relocate(&f.old, &f.new);
        assert!(
            matches!(
                outcome,
                Relocation::Moved {
                    left_behind: None,
                    ..
                }
            ),
            "{outcome:?}"
        );
        assert_eq!(outcome.folder_in_use(&f.new), f.new);
        assert_whole_book_in(&f.new);
        assert!(!f.old.exists());
        assert!(outcome.notice().unwrap().contains("moved your data"));
    }

    #[test]
    fn between_volumes_the_book_is_copied_whole_and_the_old_folder_removed() {
        let f = book_in_roaming();
        let outcome = relocate_with(&f.old, &f.new, &across_volumes);
        assert!(
            matches!(
                outcome,
                Relocation::Moved {
                    left_behind: None,
                    ..
                }
            ),
            "{outcome:?}"
        );
        assert_whole_book_in(&f.new);
        assert!(!f.old.exists());
        let beside: Vec<_> = fs::read_dir(f.new.parent().unwrap()).unwrap().collect();
        assert_eq!(
            beside.len(),
            1,
            "no partial copy is left beside the new folder"
        );
    }

    #[test]
    fn an_empty_new_folder_is_no_obstacle() {
        let f = book_in_roaming();
        fs::create_dir_all(&f.new).unwrap();
        assert!(matches!(relocate(&f.old, &f.new), Relocation::Moved { .. }));
        assert_whole_book_in(&f.new);
    }

    #[test]
    fn once_moved_the_next_start_does_nothing() {
        let f = book_in_roaming();
        relocate(&f.old, &f.new);
        assert_eq!(relocate(&f.old, &f.new), Relocation::NotNeeded);
        assert_whole_book_in(&f.new);
    }

    #[test]
    fn nothing_to_move_and_the_same_folder_are_no_ops() {
        let root = tempfile::tempdir().unwrap();
        let fresh = root.path().join("fresh");
        assert_eq!(
            relocate(&fresh, &root.path().join("new")),
            Relocation::NotNeeded
        );
        let f = book_in_roaming();
        assert_eq!(relocate(&f.old, &f.old), Relocation::NotNeeded);
        assert_whole_book_in(&f.old);
        assert_eq!(Relocation::NotNeeded.notice(), None);
    }

    #[test]
    fn with_books_in_both_both_are_kept_and_the_new_one_used() {
        let f = book_in_roaming();
        fs::create_dir_all(&f.new).unwrap();
        fs::write(f.new.join(DATABASE_FILE), "the newer book").unwrap();
        let outcome = relocate(&f.old, &f.new);
        assert!(matches!(outcome, Relocation::BothPresent { .. }));
        assert_eq!(outcome.folder_in_use(&f.new), f.new);
        assert_whole_book_in(&f.old);
        assert_eq!(
            fs::read_to_string(f.new.join(DATABASE_FILE)).unwrap(),
            "the newer book"
        );
        assert!(outcome.notice().unwrap().contains("two places"));
    }

    #[test]
    fn a_new_folder_with_other_files_stops_the_move_and_the_old_one_is_used() {
        let f = book_in_roaming();
        fs::create_dir_all(&f.new).unwrap();
        fs::write(f.new.join("notes.txt"), "mine").unwrap();
        let outcome = relocate(&f.old, &f.new);
        assert!(matches!(outcome, Relocation::Failed { .. }), "{outcome:?}");
        assert_eq!(outcome.folder_in_use(&f.new), f.old);
        assert_whole_book_in(&f.old);
        assert!(outcome.notice().unwrap().contains("goes on using"));
    }

    // A dangling link cannot be copied: the copy fails partway, as a full
    // disk or a dropped share would.
    #[cfg(unix)]
    #[test]
    fn a_copy_that_fails_partway_leaves_the_old_book_whole_and_no_half_new_one() {
        let f = book_in_roaming();
        std::os::unix::fs::symlink(f.old.join("gone"), f.old.join("broken")).unwrap();
        let outcome = relocate_with(&f.old, &f.new, &across_volumes);
        assert!(matches!(outcome, Relocation::Failed { .. }), "{outcome:?}");
        assert_eq!(outcome.folder_in_use(&f.new), f.old);
        assert_whole_book_in(&f.old);
        assert!(!f.new.exists());
        let beside: Vec<_> = fs::read_dir(f.new.parent().unwrap()).unwrap().collect();
        assert!(beside.is_empty(), "the partial copy is removed");
    }

    #[test]
    fn a_partial_copy_left_by_an_interrupted_move_is_replaced() {
        let f = book_in_roaming();
        let partial = f.new.with_file_name(".curbside.moving");
        fs::create_dir_all(&partial).unwrap();
        fs::write(partial.join(DATABASE_FILE), "half").unwrap();
        let outcome = relocate_with(&f.old, &f.new, &across_volumes);
        assert!(matches!(outcome, Relocation::Moved { .. }), "{outcome:?}");
        assert_whole_book_in(&f.new);
        assert!(!partial.exists());
    }
}
