//! The `review` command as clap parses it: one week looked back on
//! (docs/CLI.md).

use clap::Args;

/// `review`
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Any day of the week to review, YYYY-MM-DD (default: today, so this week so far).
    #[arg(long, value_name = "DATE")]
    pub week: Option<String>,
    /// Weeks start on Sunday (default: Monday).
    #[arg(long)]
    pub sunday: bool,
    /// Your zone, in which the days are read (default: this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}
