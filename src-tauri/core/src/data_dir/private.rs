//! The data folder is its owner's alone. The database is encrypted, but a
//! copy of it with `keys.json` is what an offline guess at the passphrase
//! needs; other users of the computer must not be able to take one. On
//! Unix the folder is made 0700 and the files in it 0600, at every unlock,
//! so a folder made by an older Curbside (0755, files 0644) is tightened
//! too. Windows keeps a user's Local AppData to that user already.

use std::io;
use std::path::Path;

/// Takes away group and other users' access to `root` and the files and
/// folders directly in it. Symlinks are left alone (their targets are not
/// Curbside's); a folder that does not exist yet is no error.
#[cfg(unix)]
pub fn keep_private(root: &Path) -> io::Result<()> {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    let restrict = |path: &Path, mode: u32| -> io::Result<()> {
        let now = fs::symlink_metadata(path)?.permissions().mode();
        if now & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(now & mode))?;
        }
        Ok(())
    };
    match fs::symlink_metadata(root) {
        Ok(meta) if meta.is_dir() => restrict(root, 0o700)?,
        Ok(_) => return Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    }
    for entry in fs::read_dir(root)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            restrict(&entry.path(), 0o700)?;
        } else if kind.is_file() {
            restrict(&entry.path(), 0o600)?;
        }
    }
    Ok(())
}

/// Elsewhere the system's own per-user folder rights apply.
#[cfg(not(unix))]
pub fn keep_private(_root: &Path) -> io::Result<()> {
    Ok(())
}
