//! curbside-cli: Curbside without a window, for scripts, backups, imports
//! and tests. It works on the same encrypted database as the app.
//!
//! Exit codes: 0 success, 1 the request failed (one line on stderr, nothing
//! half-written; also a fault inside Curbside, never a backtrace), 2 a usage
//! error (from clap).
//!
//! Each area (`contacts`, `events`, `cme`…) is a folder holding its handlers
//! and, in `args.rs`, its commands as clap parses them; `args` gathers them
//! into the command line. The areas use the plumbing in `shared` and never
//! each other, nor `args`; a test below keeps it so.
//!
//! Results go to stdout through `shared::output` (`say!`, not `println!`,
//! which panics on a closed pipe or a full disk), and notices to stderr
//! through `note!` (not `eprintln!`, for the same reason); clippy keeps it
//! so.

#![deny(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod backup;
mod cme;
mod contacts;
mod doctor;
mod events;
mod interactions;
mod intros;
mod keys;
mod memberships;
mod mentorship;
mod messages;
mod opportunities;
mod referrals;
mod reminders;
mod review;
mod sample;
mod shared;
mod sync;
mod transfer;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use args::{Cli, Command};
use shared::{note, output, panics, usage};

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
        Command::Mentorship(command) => mentorship::run(&cli.global, command),
        Command::Intros(command) => intros::run(&cli.global, command),
        Command::Me(command) => intros::me::run(&cli.global, command),
        Command::Referrals(command) => referrals::run(&cli.global, command),
        Command::Due(args) => reminders::due(&cli.global, args),
        Command::Remind(command) => reminders::remind(&cli.global, command),
        Command::Milestones(command) => reminders::milestones::run(&cli.global, command),
        Command::Cadence(command) => reminders::cadence::run(&cli.global, command),
        Command::Draft(args) => messages::draft(&cli.global, args),
        Command::Templates(command) => messages::templates(&cli.global, command),
        Command::Backup(args) => backup::backup(&cli.global, args),
        Command::Restore(args) => backup::restore(&cli.global, args),
        Command::Doctor(args) => doctor::run(&cli.global, args),
        Command::Sync(command) => sync::run(&cli.global, command),
        Command::Opportunities(command) => opportunities::run(&cli.global, command),
        Command::Memberships(command) => memberships::run(&cli.global, command),
        Command::Review(args) => review::run(&cli.global, args),
        Command::Sample(command) => sample::run(&cli.global, command),
        Command::Keys(command) => keys::run(&cli.global, command),
    });
    // Every command has dropped its connections by now.
    shared::unlock::seal_opened();
    // A line the command could not print (a full disk) fails it too.
    let result =
        result.and_then(|()| output::failure().map_or(Ok(()), |failed| Err(failed.into())));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let message = curbside_core::db::in_plain_words(&message);
            note!("curbside-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::Path;

    /// The areas of the command line, each a folder (or one file) beside
    /// `main.rs`, `args.rs` and `shared/`.
    const AREAS: [&str; 18] = [
        "backup",
        "cme",
        "contacts",
        "doctor",
        "events",
        "interactions",
        "intros",
        "keys",
        "mentorship",
        "memberships",
        "messages",
        "opportunities",
        "referrals",
        "reminders",
        "review",
        "sample",
        "sync",
        "transfer",
    ];

    /// The top-level modules `text` names through `crate::`, grouped
    /// (`crate::{a, b::c}`) or not.
    fn crate_modules(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (at, _) in text.match_indices("crate::") {
            let rest = &text[at + "crate::".len()..];
            let paths: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group[..group.find('}').unwrap_or(group.len())]
                    .split(',')
                    .collect(),
                None => vec![rest],
            };
            for path in paths {
                let name = path
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_');
                found.push(name.collect());
            }
        }
        found
    }

    fn rust_files(path: &Path, files: &mut Vec<(String, String)>) {
        if path.is_dir() {
            for entry in fs::read_dir(path).unwrap() {
                rust_files(&entry.unwrap().path(), files);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = fs::read_to_string(path).unwrap();
            files.push((path.display().to_string(), text));
        }
    }

    #[test]
    fn areas_use_the_shared_plumbing_and_never_each_other_nor_the_top_level() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in fs::read_dir(&src).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if ["main", "args"].contains(&name.as_str()) {
                continue;
            }
            assert!(
                name == "shared" || AREAS.contains(&name.as_str()),
                "{name} is neither shared nor a listed area"
            );
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            for (file, text) in files {
                for used in crate_modules(&text) {
                    let allowed = used == "shared" && name != "shared";
                    assert!(
                        allowed || used == name,
                        "{file} uses crate::{used}: an area uses only itself and shared, \
                         and shared uses no area"
                    );
                }
            }
        }
    }

    #[test]
    fn the_modules_a_file_names_through_crate_are_found_grouped_or_not() {
        let text = "use crate::shared::{output, Global};\nuse crate::{events, shared::unlock};\n\
                    // see [`crate::cme::status`]";
        assert_eq!(
            crate_modules(text),
            ["shared", "events", "shared", "cme"].map(String::from)
        );
    }
}
