//! The options every command takes (`--data-dir`, `--json`, `--no-keyring`),
//! handed to every handler.

use std::path::PathBuf;

use clap::Args;

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// The data folder (default: the app's own).
    #[arg(long, global = true, env = "CURBSIDE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print machine-readable JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    /// Never use the OS keyring; unlock with the passphrase only.
    #[arg(long, global = true, env = "CURBSIDE_NO_KEYRING", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_keyring: bool,
}
