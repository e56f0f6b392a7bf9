//! `curbside-cli sync …`: two-way sync through the doctor's own
//! CardDAV/CalDAV server (issue 17). Setting the account up, syncing and
//! signing in are `curbside_sync::connect`'s; the account's state and the
//! conflicts are the core's (`curbside_core::sync::{account, conflicts}`).
//! These handlers read the arguments and the secrets, call them and print.
//! Nothing here opens a socket unless an account is being set up or used.
//!
//! The clap definitions are in [`args`]; the password and the sync key come
//! from [`secrets`], never from a flag.

mod account;
pub mod args;
mod choices;
mod json;
mod now;
mod secrets;
mod status;

use crate::shared::Global;
use args::{AccountCommand, SyncCommand};

/// Runs one `sync` command.
pub fn run(global: &Global, command: &SyncCommand) -> Result<(), String> {
    match command {
        SyncCommand::Account(AccountCommand::Add(args)) => account::add(global, args),
        SyncCommand::Account(AccountCommand::List) => account::list(global),
        SyncCommand::Account(AccountCommand::Remove) => account::remove(global),
        SyncCommand::Collections(args) => account::collections(global, args),
        SyncCommand::Now => now::run(global),
        SyncCommand::Status => status::status(global),
        SyncCommand::Conflicts => status::conflicts(global),
        SyncCommand::Resolve(args) => status::resolve(global, args),
        SyncCommand::Key => account::key(global),
        SyncCommand::NotesPlain(args) => account::notes_plain(global, args),
    }
}
