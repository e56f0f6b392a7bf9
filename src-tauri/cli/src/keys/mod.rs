//! `keys status|passphrase|recovery-key`: how the book opens without the
//! keyring (the core's `keys::change_passphrase`, `keys::new_recovery_key`).
//!
//! While the book has no passphrase, the keyring's key (or the recovery
//! key given as unlocking reads secrets) is enough to add one or to make a
//! new recovery key; once it has one, the current passphrase or recovery key
//! must be given, so that a terminal left open cannot change it.

pub mod args;

use std::io::IsTerminal;

use curbside_core::keys::{self, Passphrase, Proof, SlotStatus};
use serde::Serialize;

use crate::shared::{fail, note, output, say, unlock, Global};
use args::KeysCommand;

/// Runs `keys …`.
pub fn run(global: &Global, command: &KeysCommand) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    let key_file = dir.key_file();
    if !key_file.exists() {
        return Err(format!(
            "{} holds no Curbside book (no keys.json): nothing to change",
            dir.root().display()
        ));
    }
    match command {
        KeysCommand::Status => status(global, keys::slot_status(&key_file).map_err(fail)?),
        KeysCommand::Passphrase => {
            let had = keys::slot_status(&key_file).map_err(fail)?.passphrase;
            with_proof(global, had, |proof| {
                let new = new_passphrase()?;
                keys::change_passphrase(&key_file, proof, &new).map_err(fail)
            })?;
            if global.json {
                return output::json(&keys::slot_status(&key_file).map_err(fail)?);
            }
            say!(
                "{}",
                if had {
                    "The passphrase is changed: the old one no longer opens the book."
                } else {
                    "The book now has a passphrase: it opens with it, or with the recovery key."
                }
            );
            Ok(())
        }
        KeysCommand::RecoveryKey => {
            let had = keys::slot_status(&key_file).map_err(fail)?.passphrase;
            let key = with_proof(global, had, |proof| {
                keys::new_recovery_key(&key_file, proof).map_err(fail)
            })?;
            let shown = key.display();
            // Shown once and never again: a reader gone before it is read
            // fails the command, as a full disk does.
            let text = if global.json {
                serde_json::to_string_pretty(&NewRecoveryKey {
                    recovery_key: shown.as_str(),
                })
                .map_err(fail)?
            } else {
                format!("New recovery key: {}", shown.as_str())
            };
            output::vital(std::io::stdout().lock(), format_args!("{text}")).map_err(|error| {
                format!("the new recovery key could not be shown ({error}); the old one no longer opens the book: run `keys recovery-key` again")
            })?;
            if !global.json {
                note!(
                    "Keep it somewhere safe: it is not shown again. The old recovery key no longer opens this book (copies of keys.json in older backups still hold it)."
                );
            }
            Ok(())
        }
    }
}

/// What `keys recovery-key --json` prints.
#[derive(Serialize)]
struct NewRecoveryKey<'a> {
    recovery_key: &'a str,
}

fn status(global: &Global, status: SlotStatus) -> Result<(), String> {
    if global.json {
        return output::json(&status);
    }
    let said = |set: bool| if set { "set" } else { "none" };
    say!("Passphrase    {}", said(status.passphrase));
    say!("Recovery key  {}", said(status.recovery_key));
    Ok(())
}

/// Runs `change` with the proof the change needs: the current secret once
/// the book has a passphrase (from the environment, else typed), else the
/// key the book opens with now.
fn with_proof<T>(
    global: &Global,
    has_passphrase: bool,
    change: impl FnOnce(Proof<'_>) -> Result<T, String>,
) -> Result<T, String> {
    if has_passphrase {
        let current = match unlock::passphrase_from_environment()? {
            Some(secret) => secret,
            None if std::io::stdin().is_terminal() => {
                typed("Current passphrase or recovery key: ")?
            }
            None => return Err(
                "the book has a passphrase, so changing its keys needs the current one (or the recovery key): set CURBSIDE_PASSPHRASE_FILE or CURBSIDE_PASSPHRASE, or run the command in a terminal to type it"
                    .into(),
            ),
        };
        return change(Proof::Secret(&current));
    }
    let unlocked = unlock::unlock(global)?;
    change(Proof::OpenKey(unlocked.key()))
}

/// The new passphrase: CURBSIDE_NEW_PASSPHRASE_FILE, CURBSIDE_NEW_PASSPHRASE,
/// else typed twice at a terminal.
fn new_passphrase() -> Result<Passphrase, String> {
    if let Some(path) = std::env::var_os("CURBSIDE_NEW_PASSPHRASE_FILE").filter(|p| !p.is_empty()) {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "could not read CURBSIDE_NEW_PASSPHRASE_FILE {}: {e}",
                path.to_string_lossy()
            )
        })?;
        let line = text.strip_suffix('\n').unwrap_or(&text);
        let line = line.strip_suffix('\r').unwrap_or(line);
        return Ok(Passphrase::new(line));
    }
    match std::env::var("CURBSIDE_NEW_PASSPHRASE") {
        Ok(text) if !text.is_empty() => return Ok(Passphrase::new(text)),
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err("CURBSIDE_NEW_PASSPHRASE is not valid UTF-8".into())
        }
        _ => {}
    }
    if !std::io::stdin().is_terminal() {
        return Err(
            "no new passphrase given: set CURBSIDE_NEW_PASSPHRASE_FILE or CURBSIDE_NEW_PASSPHRASE, or run the command in a terminal to type it"
                .into(),
        );
    }
    let first = typed("New passphrase: ")?;
    let second = typed("Repeat it: ")?;
    if first.as_str() != second.as_str() {
        return Err("the two passphrases differ; nothing was changed".into());
    }
    Ok(first)
}

fn typed(label: &str) -> Result<Passphrase, String> {
    rpassword::prompt_password(label)
        .map(Passphrase::new)
        .map_err(|e| format!("could not read the passphrase: {e}"))
}
