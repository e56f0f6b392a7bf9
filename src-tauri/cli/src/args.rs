//! The command line, as clap parses it: the areas, each with its commands
//! in its own `args.rs`. Every command has `--help` with an example; the
//! shapes follow docs/CLI.md.

use clap::{Parser, Subcommand};

use crate::shared::Global;

/// Curbside's headless command line.
#[derive(Debug, Parser)]
#[command(
    name = "curbside-cli",
    version,
    about = "Curbside without a window: your contacts, calendar and CME from scripts and terminals",
    long_about = "Curbside without a window: your contacts, calendar and CME from scripts and terminals.\n\n\
        The key comes from the OS keyring; where none answers, from CURBSIDE_PASSPHRASE_FILE \
        or CURBSIDE_PASSPHRASE, or from a prompt on a terminal.",
    after_help = "Example:\n  curbside-cli --data-dir ~/curbside-test contacts list --json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// The areas.
#[derive(Debug, Subcommand)]
// Parsed once per run: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Add, list, show, edit and delete contacts.
    #[command(subcommand)]
    Contacts(crate::contacts::args::ContactsCommand),
    /// Find contacts by name, specialty, institution, tags or notes, best first; with
    /// --network, the networking workflows' rows by their text and people.
    #[command(
        after_help = "Examples:\n  curbside-cli search \"muller cardio\" --limit 10 --json\n  curbside-cli search ablation --network"
    )]
    Search(crate::contacts::args::SearchArgs),
    /// Log what happened with whom.
    #[command(subcommand)]
    Interactions(crate::interactions::args::InteractionsCommand),
    /// Import contacts from vCard, LinkedIn, Google or Outlook CSV files, events from iCalendar
    /// (.ics) files, or a whole book (.json, from `export --format json`) into an empty data
    /// folder, in one transaction.
    #[command(
        after_help = "Contact files and calendar files cannot be mixed in one import: import each kind on its own.\n\n\
        Examples:\n  curbside-cli import ~/Downloads/Connections.csv contacts.vcf --skip-bad --json\n  \
        curbside-cli import ~/Downloads/calendar.ics --json\n  \
        curbside-cli --data-dir ~/NewBook import book.json"
    )]
    Import(crate::transfer::args::ImportArgs),
    /// Export every contact as vCard 3.0 (default) or 4.0, CSV or JSON, or every event as iCalendar.
    #[command(
        after_help = "Examples:\n  curbside-cli export --format vcard --out contacts.vcf\n  \
        curbside-cli export --format ics --out calendar.ics\n  \
        curbside-cli export --format json --out book.json"
    )]
    Export(crate::transfer::args::ExportArgs),
    /// The conference and CME calendar: events, key dates, people to meet.
    #[command(subcommand)]
    Events(crate::events::args::EventsCommand),
    /// CME credits, license and board cycles, progress and renewal reports.
    #[command(subcommand)]
    Cme(crate::cme::args::CmeCommand),
    /// Your mentors and mentees: goals, meetings with action items, letters of recommendation.
    #[command(subcommand)]
    Mentorship(crate::mentorship::args::MentorshipCommand),
    /// Introductions between two contacts, with double opt-in: propose, ask each side, introduce.
    #[command(subcommand)]
    Intros(crate::intros::args::IntrosCommand),
    /// Your own name, credentials, pitch and links (used in drafts), and your own milestones.
    #[command(subcommand)]
    Me(crate::intros::args::MeCommand),
    /// The referral ledger: referrals sent and received per colleague, and its numbers.
    #[command(subcommand)]
    Referrals(crate::referrals::args::ReferralsCommand),
    /// What is due: follow-ups, people to stay in touch with, milestones, key dates, CME.
    #[command(after_help = "Examples:\n  curbside-cli due\n  \
        curbside-cli due --at \"2026-09-01T08:00[Europe/Berlin]\" --window 2w --json")]
    Due(crate::reminders::args::DueArgs),
    /// Act on a reminder `due` listed: done, snooze or dismiss.
    #[command(subcommand)]
    Remind(crate::reminders::args::RemindCommand),
    /// Milestones on contacts (a promotion, a new job, a paper) to congratulate them on.
    #[command(subcommand)]
    Milestones(crate::reminders::args::MilestonesCommand),
    /// How often to stay in touch, per contact, tag or relationship.
    #[command(subcommand)]
    Cadence(crate::reminders::args::CadenceCommand),
    /// Draft a message to a contact or for a reminder from a template; `draft sent` logs it.
    #[command(
        after_help = "Examples:\n  curbside-cli draft --reminder follow_up:i42:c12\n  \
        curbside-cli draft --contact 12 --template congratulations --json"
    )]
    Draft(crate::messages::args::DraftArgs),
    /// The message templates drafts are written from: list, show, set, reset, and your name.
    #[command(subcommand)]
    Templates(crate::messages::args::TemplatesCommand),
    /// Back up the book now (encrypted, checked), list backups, or choose the backup folder.
    #[command(after_help = "Examples:\n  curbside-cli backup\n  \
        curbside-cli backup --out ~/usb/curbside.db\n  \
        curbside-cli backup list --json")]
    Backup(crate::backup::args::BackupArgs),
    /// Put a backup back: the whole book, all or nothing, after backing up the current state.
    /// Into an empty data folder (a new computer) it unlocks with the recovery key.
    #[command(
        after_help = "Examples:\n  curbside-cli restore ~/curbside/backups/curbside-2026-12-05T140312.345Z-daily.db --yes\n  \
        CURBSIDE_PASSPHRASE_FILE=recovery.txt curbside-cli --data-dir ~/curbside restore curbside-2026-12-05T140312.345Z-daily.db"
    )]
    Restore(crate::backup::args::RestoreArgs),
    /// Check the book: its folder, key file, pages, structure, foreign keys and search index;
    /// `--repair` rebuilds the search index and salvages a damaged database.
    #[command(
        after_help = "Exit 0 when all is well, 1 when a problem was found (or remains after --repair).\n\n\
        --repair on a damaged database moves it aside (kept as curbside.db.damaged-TIME, never deleted) \
        and puts in its place a new one, with the same key, holding every row that could be read.\n\n\
        Examples:\n  curbside-cli doctor\n  curbside-cli doctor --repair --json"
    )]
    Doctor(crate::doctor::DoctorArgs),
    /// Two-way sync through your own CardDAV/CalDAV server: the account, syncing now, its
    /// status and the conflicts waiting for you.
    #[command(subcommand)]
    Sync(crate::sync::args::SyncCommand),
    /// Opportunities heard of by word of mouth (jobs, research, grants, speaking, committee
    /// seats, papers): the people involved, a status and a deadline.
    #[command(subcommand)]
    Opportunities(crate::opportunities::args::OpportunitiesCommand),
    /// Societies and associations: member number, dues and renewal, committee roles, meetings.
    #[command(subcommand)]
    Memberships(crate::memberships::args::MembershipsCommand),
    /// The weekly networking review: contacts made, follow-ups done and missed, referrals,
    /// new contacts, CME hours, and what the coming week holds.
    #[command(after_help = "Examples:\n  curbside-cli review\n  \
        curbside-cli review --week 2026-03-04 --json")]
    Review(crate::review::args::ReviewArgs),
    /// Made-up colleagues, interactions and events to look around with, tagged "Sample" and
    /// removed in one go (nothing else is touched).
    #[command(
        subcommand,
        after_help = "Examples:\n  curbside-cli sample add\n  \
        curbside-cli sample remove --json"
    )]
    Sample(crate::sample::args::SampleCommand),
    /// How the book opens without the keyring: add or change the passphrase, make a new
    /// recovery key (the old one stops working), or see which the book has.
    #[command(
        subcommand,
        after_help = "Examples:\n  curbside-cli keys status\n  \
        curbside-cli keys recovery-key"
    )]
    Keys(crate::keys::args::KeysCommand),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    #[test]
    fn every_calendar_and_cme_command_shows_an_example_in_its_help() {
        let cli = Cli::command();
        cli.clone().debug_assert();
        let mut leaves = Vec::new();
        let mut todo: Vec<&clap::Command> = [
            "events",
            "cme",
            "mentorship",
            "opportunities",
            "memberships",
            "referrals",
            "intros",
            "review",
        ]
        .iter()
        .map(|name| cli.find_subcommand(name).unwrap())
        .collect();
        while let Some(command) = todo.pop() {
            if command.has_subcommands() {
                todo.extend(command.get_subcommands());
            } else {
                leaves.push(command);
            }
        }
        assert!(leaves.len() >= 15);
        for command in leaves {
            let help = command
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                help.contains("curbside-cli"),
                "`{}` has no example",
                command.get_name()
            );
        }
    }
}
