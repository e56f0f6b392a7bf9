//! The `sync` commands as clap parses them (docs/CLI.md, "Sync"). Secrets
//! (the server password, the sync key) are never flags: a flag shows in
//! `ps` and in the shell's history. They come from the environment or
//! standard input ([`super::secrets`]).

use clap::{Args, Subcommand};

use crate::shared::choice_arg::choice;

use super::choices::{KeepArg, Switch};

/// `sync …`
#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Set up, list or remove the sync account (one per book).
    #[command(subcommand)]
    Account(AccountCommand),
    /// List the address books and calendars the server offers, to choose one for
    /// `sync account add --address-book/--calendar`. Needs no book.
    #[command(after_help = "The password is read as for `sync account add`.\n\n\
        Example:\n  CURBSIDE_SYNC_PASSWORD=app-password curbside-cli sync collections \
        --url https://dav.example.org/ --user ana --json")]
    Collections(ServerArgs),
    /// Sync now: send what changed here, receive what changed on the server, merge both
    /// sides' edits; prints what it did. Progress goes to stderr.
    #[command(
        after_help = "The password comes from CURBSIDE_SYNC_PASSWORD when set, \
        else from this computer's keyring, where `sync account add` kept it.\n\n\
        Examples:\n  curbside-cli sync now\n  curbside-cli sync now --json"
    )]
    Now,
    /// How sync stands: the account, the last successful sync, the last error, open conflicts.
    #[command(after_help = "Example:\n  curbside-cli sync status --json")]
    Status,
    /// The conflicts waiting for you: what differs here and on the server.
    #[command(after_help = "Example:\n  curbside-cli sync conflicts --json")]
    Conflicts,
    /// Settle a conflict `sync conflicts` listed: keep this computer's version or the
    /// server's. The next sync sends the outcome.
    #[command(
        after_help = "Examples:\n  curbside-cli sync resolve 3 --keep here\n  \
        curbside-cli sync resolve 4 --keep there --json"
    )]
    Resolve(ResolveArgs),
    /// Print the sync key, to type into Curbside on another computer joining this book.
    #[command(
        after_help = "Whoever unlocks this book can print it: the key protects the \
        private records on the server, not from someone who holds the book.\n\n\
        Example:\n  curbside-cli sync key"
    )]
    Key,
    /// Whether contact notes go to the address book in plain text (off by default: then
    /// they travel only sealed, and a phone does not show them).
    #[command(
        name = "notes-plain",
        after_help = "Example:\n  curbside-cli sync notes-plain on"
    )]
    NotesPlain(NotesPlainArgs),
}

/// `sync account …`
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Sign in to your CardDAV/CalDAV server, choose or make the address book and calendar,
    /// and keep the password in this computer's keyring. Prints a new sync key once.
    #[command(
        after_help = "The password comes from CURBSIDE_SYNC_PASSWORD, else from the \
        first line of standard input (asked for on a terminal). When the server already holds \
        a Curbside book (set up on your other computer), give that book's sync key in \
        CURBSIDE_SYNC_KEY, or on the next line of standard input.\n\n\
        Examples:\n  curbside-cli sync account add --url https://dav.example.org/ --user ana\n  \
        printf '%s\\n' \"$APP_PASSWORD\" | curbside-cli sync account add --url https://dav.example.org/ \
        --user ana --address-book /ana/contacts/ --json\n  \
        CURBSIDE_SYNC_KEY=\"$KEY\" CURBSIDE_SYNC_PASSWORD=\"$APP_PASSWORD\" curbside-cli sync account add \
        --url https://dav.example.org/ --user ana"
    )]
    Add(AddArgs),
    /// The account (none or one): server, user, address book and calendar. No secrets.
    #[command(after_help = "Example:\n  curbside-cli sync account list --json")]
    List,
    /// Remove the account, its sync state and its password. Your items here and on the
    /// server stay.
    #[command(after_help = "Example:\n  curbside-cli sync account remove")]
    Remove,
}

/// The server and the user to sign in as.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// The server's address (https; plain http only to this computer). Discovery finds the
    /// address books and calendars from there.
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// The user name on the server.
    #[arg(long, value_name = "NAME")]
    pub user: String,
}

/// `sync account add`
#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// The address book to sync contacts with (an href `sync collections` lists); default:
    /// the one named "Curbside", made when missing.
    #[arg(long, value_name = "HREF")]
    pub address_book: Option<String>,
    /// The calendar to sync events with (an href `sync collections` lists); default: the one
    /// named "Curbside", made when missing.
    #[arg(long, value_name = "HREF")]
    pub calendar: Option<String>,
}

/// `sync resolve ID --keep here|there`
#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The conflict's id, as `sync conflicts` lists it.
    #[arg(value_name = "ID")]
    pub id: i64,
    /// Which version to keep.
    #[arg(long, value_name = "SIDE", value_parser = choice::<KeepArg>())]
    pub keep: KeepArg,
}

/// `sync notes-plain on|off`
#[derive(Debug, Args)]
pub struct NotesPlainArgs {
    /// `on`: contact notes go to the address book in plain text too; `off`: sealed only.
    #[arg(value_name = "ON_OFF", value_parser = choice::<Switch>())]
    pub switch: Switch,
}

#[cfg(test)]
mod tests {
    use clap::Subcommand;

    use super::SyncCommand;

    #[test]
    fn every_sync_command_shows_an_example_in_its_help() {
        let sync = SyncCommand::augment_subcommands(clap::Command::new("sync"));
        sync.clone().debug_assert();
        let mut leaves = Vec::new();
        let mut todo = vec![&sync];
        while let Some(command) = todo.pop() {
            if command.has_subcommands() {
                todo.extend(command.get_subcommands());
            } else {
                leaves.push(command);
            }
        }
        assert_eq!(leaves.len(), 10);
        for command in leaves {
            let help = command
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                help.contains("curbside-cli sync"),
                "`sync {}` has no example",
                command.get_name()
            );
        }
    }
}
