//! The `keys` commands as clap parses them (docs/CLI.md).

use clap::Subcommand;

/// `keys status|passphrase|recovery-key`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Whether the book opens with a passphrase and with a recovery key (reads only keys.json).
    #[command(
        after_help = "Examples:\n  curbside-cli keys status\n  curbside-cli keys status --json"
    )]
    Status,
    /// Adds a passphrase to the book, or changes it (the old one then no longer opens it).
    ///
    /// Once the book has a passphrase, the current one (or the recovery key) is read as
    /// unlocking reads it: CURBSIDE_PASSPHRASE_FILE, CURBSIDE_PASSPHRASE, else a prompt. The
    /// new one comes from CURBSIDE_NEW_PASSPHRASE_FILE or CURBSIDE_NEW_PASSPHRASE, else is
    /// typed twice at a terminal.
    #[command(after_help = "Examples:\n  curbside-cli keys passphrase\n  \
        CURBSIDE_PASSPHRASE_FILE=old.txt CURBSIDE_NEW_PASSPHRASE_FILE=new.txt curbside-cli keys passphrase")]
    Passphrase,
    /// Makes a new recovery key and prints it once; the old recovery key no longer opens the
    /// book. Needs the current passphrase (or recovery key) once the book has a passphrase.
    #[command(
        name = "recovery-key",
        after_help = "Examples:\n  curbside-cli keys recovery-key\n  \
        CURBSIDE_PASSPHRASE_FILE=pass.txt curbside-cli keys recovery-key --json"
    )]
    RecoveryKey,
}
