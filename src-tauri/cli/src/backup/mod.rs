//! `curbside-cli backup` and `curbside-cli restore`: encrypted backups of the
//! whole book, their list and folder, and putting one back. Listing and the
//! folder need no key (they must work when the book cannot be opened).
//! The clap definitions are in [`args`].

pub mod args;

use std::fs::OpenOptions;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use curbside_core::backup::{self, BackupInfo, Counts, Reason};
use curbside_core::data_dir::DataDir;
use curbside_core::instance::LOCK_FILE;
use curbside_core::vault;
use serde::Serialize;

use crate::shared::{note, output, say, unlock, Global};
use args::{BackupArgs, BackupCommand, FolderArgs, RestoreArgs};

/// `backup [--out FILE]`, `backup list`, `backup folder [PATH]`.
pub fn backup(global: &Global, args: &BackupArgs) -> Result<(), String> {
    match &args.command {
        Some(BackupCommand::List) => list(global),
        Some(BackupCommand::Folder(folder_args)) => folder(global, folder_args),
        None => back_up(global, args.out.as_deref()),
    }
}

fn back_up(global: &Global, out: Option<&Path>) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    if !vault::exists(&dir) {
        return Err(format!(
            "there is no Curbside book in {} to back up",
            dir.root().display()
        ));
    }
    let unlocked = unlock::unlock(global)?;
    let conn = &unlocked.connection;
    let (backup, warning) = match out {
        Some(out) => (
            backup::back_up_to(conn, out, Reason::Manual).map_err(|e| e.to_string())?,
            None,
        ),
        None => {
            let written = backup::back_up(conn, Reason::Manual).map_err(|e| e.to_string())?;
            (written.backup, written.warning)
        }
    };
    if let Some(warning) = &warning {
        note!("Note: {warning}.");
    }
    if global.json {
        return output::json(&backup);
    }
    say!("Backed up {} to {}", holds(&backup.counts), backup.path);
    Ok(())
}

fn list(global: &Global) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    let backups = backup::list(&dir).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&backups);
    }
    if backups.is_empty() {
        say!(
            "No backups yet in {}",
            backup::folder(&dir).map_err(|e| e.to_string())?.display()
        );
        return Ok(());
    }
    let rows: Vec<Vec<String>> = backups.iter().map(row).collect();
    output::table(
        &[
            "when (UTC)",
            "reason",
            "size",
            "contacts",
            "interactions",
            "events",
            "credits",
            "file",
        ],
        &rows,
        200,
    );
    Ok(())
}

fn row(backup: &BackupInfo) -> Vec<String> {
    let count = |pick: fn(&Counts) -> i64| {
        backup
            .counts
            .as_ref()
            .map_or_else(|| "?".to_owned(), |counts| pick(counts).to_string())
    };
    vec![
        backup.created_at.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        backup.reason.label().to_owned(),
        size(backup.size),
        count(|c| c.contacts),
        count(|c| c.interactions),
        count(|c| c.events),
        count(|c| c.cme_credits),
        backup.path.clone(),
    ]
}

fn size(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{:.0} KiB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MiB", bytes as f64 / 1_048_576.0),
    }
}

fn holds(counts: &Option<Counts>) -> String {
    match counts {
        Some(c) => format!(
            "{} contacts, {} interactions, {} events, {} CME credits",
            c.contacts, c.interactions, c.events, c.cme_credits
        ),
        None => "the book".to_owned(),
    }
}

fn folder(global: &Global, args: &FolderArgs) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    let error = |e: backup::BackupError| e.to_string();
    match (&args.path, args.default) {
        (Some(path), _) => backup::set_folder(&dir, Some(path)).map_err(error)?,
        (None, true) => backup::set_folder(&dir, None).map_err(error)?,
        (None, false) => backup::folder(&dir).map_err(error)?,
    };
    let shown = backup::folder_choice(&dir).map_err(error)?;
    if global.json {
        return output::json(&shown);
    }
    say!("{}", shown.folder);
    Ok(())
}

/// What `restore` prints.
#[derive(Serialize)]
struct Restored {
    restored: String,
    data_dir: String,
    /// The backup of the state replaced (none when the folder was empty).
    before_restore: Option<String>,
    counts: Counts,
}

/// `restore FILE [--yes]`.
pub fn restore(global: &Global, args: &RestoreArgs) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    if !args.file.is_file() {
        return Err(format!("{} is not a backup file", args.file.display()));
    }
    let before_restore = if vault::exists(&dir) {
        refuse_while_the_app_is_open(&dir)?;
        confirm(&dir, &args.file, args.yes)?;
        restore_over(global, &dir, &args.file)?
    } else {
        restore_into_new(global, &dir, &args.file)?;
        None
    };
    let unlocked = unlock::unlock(global)?;
    let counts = backup::counts(&unlocked.connection);
    let shown = Restored {
        restored: args.file.display().to_string(),
        data_dir: dir.root().display().to_string(),
        before_restore,
        counts,
    };
    if global.json {
        return output::json(&shown);
    }
    say!(
        "Restored {} from {}",
        holds(&Some(shown.counts)),
        shown.restored
    );
    if let Some(safety) = &shown.before_restore {
        say!("The book as it was is kept in {safety}");
    }
    Ok(())
}

fn restore_over(global: &Global, dir: &DataDir, file: &Path) -> Result<Option<String>, String> {
    let unlocked = unlock::unlock(global)?;
    let key = curbside_core::keys::DataKey::from_bytes(*unlocked.key().as_bytes());
    let prepared = backup::prepare_restore(dir, &key, &unlocked.connection, file)
        .map_err(|e| e.to_string())?;
    let safety = prepared
        .before_restore
        .as_ref()
        .map(|written| written.backup.path.clone());
    let connection = prepared
        .finish(unlocked.connection, &key)
        .map_err(|e| e.to_string())?;
    drop(connection);
    Ok(safety)
}

fn restore_into_new(global: &Global, dir: &DataDir, file: &Path) -> Result<(), String> {
    let secret = match unlock::passphrase_from_environment()? {
        Some(secret) => secret,
        None if std::io::stdin().is_terminal() => unlock::prompt(false)?,
        None => {
            return Err(format!(
                "{} holds no book yet, so the backup is unlocked with its recovery key or passphrase: set CURBSIDE_PASSPHRASE_FILE (a file holding it) or CURBSIDE_PASSPHRASE, or run the command in a terminal to type it",
                dir.root().display()
            ))
        }
    };
    let store = unlock::secret_store(global);
    backup::restore_into_new(dir, file, &secret, store.as_ref()).map_err(|e| e.to_string())
}

/// The app holds `curbside.lock` while it runs; renaming the book under it
/// would lose what it writes next.
fn refuse_while_the_app_is_open(dir: &DataDir) -> Result<(), String> {
    let Ok(lock) = OpenOptions::new()
        .read(true)
        .write(true)
        .open(dir.root().join(LOCK_FILE))
    else {
        return Ok(());
    };
    match lock.try_lock() {
        Ok(()) => Ok(()),
        Err(std::fs::TryLockError::WouldBlock) => Err(
            "the Curbside app is open on this data folder: restore from its Settings, or quit it and try again; nothing was changed".into(),
        ),
        Err(std::fs::TryLockError::Error(_)) => Ok(()),
    }
}

fn confirm(dir: &DataDir, file: &Path, yes: bool) -> Result<(), String> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err("restore replaces the whole book with the backup (after backing up the current state): pass --yes to confirm".into());
    }
    // Asked on the terminal; a stderr that cannot take it changes nothing,
    // as the answer still has to be typed.
    let mut stderr = std::io::stderr().lock();
    let _ = write!(
        stderr,
        "Replace the book in {} with {}? The current state is backed up first. [y/N] ",
        dir.root().display(),
        file.display()
    )
    .and_then(|()| stderr.flush());
    drop(stderr);
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| format!("could not read the answer: {e}"))?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
        Ok(())
    } else {
        Err("nothing was restored".into())
    }
}
