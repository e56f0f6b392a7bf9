//! Opening the encrypted database from a terminal or a script: the OS keyring
//! first, then CURBSIDE_PASSPHRASE_FILE or CURBSIDE_PASSPHRASE, then a prompt
//! when a person is at the terminal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Mutex;

use curbside_core::data_dir::{self, DataDir};
use curbside_core::db::{Connection, DbError};
use curbside_core::keys::{NoSecretStore, OsKeyring, Passphrase, SecretStore};
use curbside_core::vault::{self, Unlocked, VaultError};

use super::output::{self, note};
use super::Global;

/// Opens the data folder named by the global options.
pub fn open(global: &Global) -> Result<Connection, String> {
    Ok(unlock(global)?.connection)
}

/// [`open`], with a second, read-only connection for reading on two cores
/// (`None` when it could not be opened: everything is then read on one).
pub fn open_with_reader(global: &Global) -> Result<(Connection, Option<Connection>), String> {
    let unlocked = unlock(global)?;
    let reader = unlocked.open_reader().ok();
    Ok((unlocked.connection, reader))
}

/// The book this process opened, sealed when the command has ended.
static OPENED: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Seals the book the command opened, now that its connections are closed,
/// so the next command skips the damage check
/// (`curbside_core::db::seal_after_close`).
pub fn seal_opened() {
    let opened = OPENED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take();
    if let Some(database) = opened {
        curbside_core::db::seal_after_close(&database);
    }
}

/// Unlocks the data folder named by the global options, keeping the key
/// (for a restore).
pub fn unlock(global: &Global) -> Result<Unlocked, String> {
    let dir = data_folder(global)?;
    let store = secret_store(global);
    let unlocked = with_secret(|secret| vault::unlock(&dir, store.as_ref(), secret))?;
    *OPENED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(dir.database());
    announce(&dir, &unlocked)?;
    if curbside_core::db::opened_read_only(&unlocked.connection) {
        note!("The data folder cannot be written: reading works, changes will be refused.");
    }
    Ok(unlocked)
}

/// The data folder the global options name.
pub fn data_folder(global: &Global) -> Result<DataDir, String> {
    let resolved = data_dir::resolve(global.data_dir.as_deref())
        .ok_or("this system reports no folder for app data; pass --data-dir DIR")?;
    if let Some(notice) = resolved.relocation.notice() {
        note!("{notice}.");
    }
    Ok(DataDir::new(resolved.root))
}

/// The OS keyring, unless `--no-keyring`.
pub fn secret_store(global: &Global) -> Box<dyn SecretStore> {
    if global.no_keyring {
        Box::new(NoSecretStore)
    } else {
        Box::new(OsKeyring::new())
    }
}

/// Runs `attempt` with the passphrase from the environment, and once more
/// with one typed at the terminal if it needs one and a person is there.
pub fn with_secret<T>(
    attempt: impl Fn(Option<&Passphrase>) -> Result<T, VaultError>,
) -> Result<T, String> {
    let secret = passphrase_from_environment()?;
    match attempt(secret.as_ref()) {
        Err(VaultError::PassphraseNeeded { creating, .. })
            if secret.is_none() && std::io::stdin().is_terminal() =>
        {
            let typed = prompt(creating)?;
            attempt(Some(&typed))
        }
        Err(VaultError::PassphraseNeeded { creating, reason }) => {
            return Err(no_passphrase(creating, &reason))
        }
        other => other,
    }
    .map_err(|error| match error {
        VaultError::Database(DbError::Damaged { ref findings, .. })
            if findings.iter().any(|f| f == vault::DAMAGED_HEADER) =>
        {
            format!("{error}. Nothing in it can be read without its first page: restore a backup (keep this file)")
        }
        VaultError::Database(DbError::Damaged { .. }) => format!(
            "{error}. Run `curbside-cli doctor --repair` to save what can be read into a new database (the damaged file is kept), or restore a backup"
        ),
        other => other.to_string(),
    })
}

/// What to do when the keyring cannot unlock and nobody is at a terminal to
/// type the passphrase: one sentence naming the ways to give it.
fn no_passphrase(creating: bool, reason: &str) -> String {
    let needed = if creating {
        "a new database needs a passphrase to protect it"
    } else {
        "the database needs its passphrase or recovery key"
    };
    format!(
        "{reason}, so {needed}: set CURBSIDE_PASSPHRASE_FILE (a file holding it) or CURBSIDE_PASSPHRASE, or run the command in a terminal to type it"
    )
}

/// Tells the user about a database made just now, with its recovery key.
/// The key is shown only here: if it cannot be written, the command fails
/// (the book stays, and `keys recovery-key` makes a new key).
fn announce(dir: &DataDir, unlocked: &Unlocked) -> Result<(), String> {
    let Some(recovery) = &unlocked.recovery_key else {
        return Ok(());
    };
    note!(
        "Created a new encrypted Curbside database in {}.",
        dir.root().display()
    );
    output::vital(
        std::io::stderr().lock(),
        format_args!("Recovery key: {}", recovery.display().as_str()),
    )
    .map_err(
        |error| {
            format!(
                "the new book's recovery key could not be shown ({error}); make one that can be with `curbside-cli keys recovery-key`"
            )
        },
    )?;
    note!(
        "Keep it somewhere safe: it unlocks your data if the system keyring is reset or the passphrase is lost. It is not shown again."
    );
    Ok(())
}

/// The passphrase or recovery key a script gives in the environment.
pub fn passphrase_from_environment() -> Result<Option<Passphrase>, String> {
    if let Some(path) = std::env::var_os("CURBSIDE_PASSPHRASE_FILE").filter(|p| !p.is_empty()) {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "could not read CURBSIDE_PASSPHRASE_FILE {}: {e}",
                path.to_string_lossy()
            )
        })?;
        let line = text.strip_suffix('\n').unwrap_or(&text);
        let line = line.strip_suffix('\r').unwrap_or(line);
        return Ok(Some(Passphrase::new(line)));
    }
    match std::env::var("CURBSIDE_PASSPHRASE") {
        Ok(text) if !text.is_empty() => Ok(Some(Passphrase::new(text))),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err("CURBSIDE_PASSPHRASE is not valid UTF-8".into())
        }
    }
}

/// Asks the person at the terminal for the passphrase.
pub fn prompt(creating: bool) -> Result<Passphrase, String> {
    let ask = |label: &str| {
        rpassword::prompt_password(label)
            .map(Passphrase::new)
            .map_err(|e| format!("could not read the passphrase: {e}"))
    };
    if !creating {
        return ask("Passphrase or recovery key: ");
    }
    note!("The system keyring is not available: choose a passphrase to protect your new database.");
    let first = ask("New passphrase: ")?;
    let second = ask("Repeat it: ")?;
    if first.as_str() != second.as_str() {
        return Err("the two passphrases differ; nothing was created".into());
    }
    Ok(first)
}
