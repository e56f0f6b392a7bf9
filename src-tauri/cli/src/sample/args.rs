//! The `sample` commands as clap parses them (docs/CLI.md).

use clap::Subcommand;

/// `sample add|remove|status`
#[derive(Debug, Subcommand)]
pub enum SampleCommand {
    /// Adds a dozen made-up colleagues (tagged "Sample"), a few interactions, a congress
    /// five weeks ahead and a grand rounds next week, to look around with.
    Add,
    /// Removes every sample contact and event, and nothing else.
    Remove,
    /// How many sample contacts and events the book holds.
    Status,
}
