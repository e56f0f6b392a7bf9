//! curbside-cli: Curbside without a window, for scripts, backups, imports
//! and tests. It works on the same encrypted database as the app.
//!
//! Exit codes: 0 success, 1 the request failed (one line on stderr, nothing
//! half-written; also a fault inside Curbside, never a backtrace), 2 a usage
//! error (from clap).

mod args;
mod backup;
mod cme;
mod contacts;
mod doctor;
mod events;
mod interactions;
mod messages;
mod reminders;
mod shared;
mod transfer;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use args::{Cli, Command};
use shared::{panics, usage};

fn main() -> ExitCode {
    let cli = Cli::parse();
    usage::know(Cli::command);
    let result = panics::guarded(|| match &cli.command {
        Command::Contacts(command) => contacts::run(&cli.global, command),
        Command::Search(args) => contacts::search::run(&cli.global, args),
        Command::Interactions(command) => interactions::run(&cli.global, command),
        Command::Import(args) => transfer::import(&cli.global, args),
        Command::Export(args) => transfer::export(&cli.global, args),
        Command::Events(command) => events::run(&cli.global, command),
        Command::Cme(command) => cme::run(&cli.global, command),
        Command::Due(args) => reminders::due(&cli.global, args),
        Command::Remind(command) => reminders::remind(&cli.global, command),
        Command::Milestones(command) => reminders::milestones::run(&cli.global, command),
        Command::Cadence(command) => reminders::cadence::run(&cli.global, command),
        Command::Draft(args) => messages::draft(&cli.global, args),
        Command::Templates(command) => messages::templates(&cli.global, command),
        Command::Backup(args) => backup::backup(&cli.global, args),
        Command::Restore(args) => backup::restore(&cli.global, args),
        Command::Doctor(args) => doctor::run(&cli.global, args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let message = curbside_core::db::in_plain_words(&message);
            eprintln!("curbside-cli: {message}");
            ExitCode::FAILURE
        }
    }
}
