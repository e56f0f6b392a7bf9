//! The `backup` and `restore` commands, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `backup [--out FILE]`, `backup list`, `backup folder [PATH]`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BackupArgs {
    /// Write the backup to exactly this file (its key file beside it, as FILE.json)
    /// instead of the backup folder; such a backup is never rotated away.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<BackupCommand>,
}

/// `backup …`
#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// List the backups, newest first: time, reason, size and what each holds. Needs no key.
    #[command(after_help = "Example:\n  curbside-cli backup list --json")]
    List,
    /// Show the backup folder, or choose it (a synced folder works: backups are encrypted).
    #[command(after_help = "Examples:\n  curbside-cli backup folder\n  \
        curbside-cli backup folder ~/Dropbox/curbside-backups\n  \
        curbside-cli backup folder --default")]
    Folder(FolderArgs),
}

/// `backup folder`
#[derive(Debug, Args)]
pub struct FolderArgs {
    /// The folder to keep backups in from now on (made if missing).
    #[arg(value_name = "PATH", conflicts_with = "default")]
    pub path: Option<PathBuf>,
    /// Go back to the default folder, `backups` in the data folder.
    #[arg(long)]
    pub default: bool,
}

/// `restore FILE [--yes]`
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup's database file (`curbside-….db`); its `.json` key file must be beside it
    /// when restoring into an empty data folder.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace the book without asking (it is backed up first). Needed when no terminal is
    /// there to ask.
    #[arg(long)]
    pub yes: bool,
}
