//! The command line, as clap parses it. Every command has `--help` with an
//! example; the shapes follow docs/CLI.md.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use curbside_core::organizations::AffiliationKind;
use curbside_core::relationships::RelationshipKind;

use crate::choice_arg::choice;

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

/// The areas.
#[derive(Debug, Subcommand)]
// Parsed once per run: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Add, list, show, edit and delete contacts.
    #[command(subcommand)]
    Contacts(ContactsCommand),
    /// Find contacts by name, specialty, institution, tags or notes, best first.
    #[command(after_help = "Example:\n  curbside-cli search \"muller cardio\" --limit 10 --json")]
    Search(SearchArgs),
    /// Log what happened with whom.
    #[command(subcommand)]
    Interactions(crate::interactions_args::InteractionsCommand),
    /// Import contacts from vCard, LinkedIn, Google or Outlook CSV files, events from iCalendar
    /// (.ics) files, or a whole book (.json, from `export --format json`) into an empty data
    /// folder, in one transaction.
    #[command(
        after_help = "Contact files and calendar files cannot be mixed in one import: import each kind on its own.\n\n\
        Examples:\n  curbside-cli import ~/Downloads/Connections.csv contacts.vcf --skip-bad --json\n  \
        curbside-cli import ~/Downloads/calendar.ics --json\n  \
        curbside-cli --data-dir ~/NewBook import book.json"
    )]
    Import(ImportArgs),
    /// Export every contact as vCard 3.0 (default) or 4.0, CSV or JSON, or every event as iCalendar.
    #[command(
        after_help = "Examples:\n  curbside-cli export --format vcard --out contacts.vcf\n  \
        curbside-cli export --format ics --out calendar.ics\n  \
        curbside-cli export --format json --out book.json"
    )]
    Export(ExportArgs),
    /// The conference and CME calendar: events, key dates, people to meet.
    #[command(subcommand)]
    Events(crate::events_args::EventsCommand),
    /// CME credits, license and board cycles, progress and renewal reports.
    #[command(subcommand)]
    Cme(crate::cme_args::CmeCommand),
    /// What is due: follow-ups, people to stay in touch with, milestones, key dates, CME.
    #[command(after_help = "Examples:\n  curbside-cli due\n  \
        curbside-cli due --at \"2026-09-01T08:00[Europe/Berlin]\" --window 2w --json")]
    Due(crate::reminder_args::DueArgs),
    /// Act on a reminder `due` listed: done, snooze or dismiss.
    #[command(subcommand)]
    Remind(crate::reminder_args::RemindCommand),
    /// Milestones on contacts (a promotion, a new job, a paper) to congratulate them on.
    #[command(subcommand)]
    Milestones(crate::reminder_args::MilestonesCommand),
    /// How often to stay in touch, per contact, tag or relationship.
    #[command(subcommand)]
    Cadence(crate::reminder_args::CadenceCommand),
    /// Draft a message to a contact or for a reminder from a template; `draft sent` logs it.
    #[command(
        after_help = "Examples:\n  curbside-cli draft --reminder follow_up:i42:c12\n  \
        curbside-cli draft --contact 12 --template congratulations --json"
    )]
    Draft(crate::message_args::DraftArgs),
    /// The message templates drafts are written from: list, show, set, reset, and your name.
    #[command(subcommand)]
    Templates(crate::message_args::TemplatesCommand),
    /// Back up the book now (encrypted, checked), list backups, or choose the backup folder.
    #[command(after_help = "Examples:\n  curbside-cli backup\n  \
        curbside-cli backup --out ~/usb/curbside.db\n  \
        curbside-cli backup list --json")]
    Backup(crate::backup_args::BackupArgs),
    /// Put a backup back: the whole book, all or nothing, after backing up the current state.
    /// Into an empty data folder (a new computer) it unlocks with the recovery key.
    #[command(
        after_help = "Examples:\n  curbside-cli restore ~/curbside/backups/curbside-2026-12-05T140312.345Z-daily.db --yes\n  \
        CURBSIDE_PASSPHRASE_FILE=recovery.txt curbside-cli --data-dir ~/curbside restore curbside-2026-12-05T140312.345Z-daily.db"
    )]
    Restore(crate::backup_args::RestoreArgs),
    /// Check the book: its folder, key file, pages, structure, foreign keys and search index;
    /// `--repair` rebuilds the search index and salvages a damaged database.
    #[command(
        after_help = "Exit 0 when all is well, 1 when a problem was found (or remains after --repair).\n\n\
        --repair on a damaged database moves it aside (kept as curbside.db.damaged-TIME, never deleted) \
        and puts in its place a new one, with the same key, holding every row that could be read.\n\n\
        Examples:\n  curbside-cli doctor\n  curbside-cli doctor --repair --json"
    )]
    Doctor(DoctorArgs),
}

/// `doctor`
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Rebuild the search index; salvage a damaged database into a new file.
    #[arg(long)]
    pub repair: bool,
}

/// `import`
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The files to import.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The files' format (default: from each file's extension and first line; .ics is a calendar).
    #[arg(long, value_parser = choice::<ImportFormatArg>())]
    pub format: Option<ImportFormatArg>,
    /// Import the good entries and report the bad ones, instead of stopping at the first.
    #[arg(long)]
    pub skip_bad: bool,
}

/// Formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormatArg {
    /// vCard 2.1, 3.0 or 4.0.
    Vcard,
    /// LinkedIn Connections.csv.
    Linkedin,
    /// Google Contacts CSV.
    Google,
    /// Outlook's CSV export (English, German, French or Spanish headers).
    Outlook,
    /// iCalendar (.ics): events for the calendar.
    Ics,
}

curbside_core::choices!(ImportFormatArg, "file format", [
    Vcard = "vcard": "vCard 2.1, 3.0 or 4.0",
    Linkedin = "linkedin": "LinkedIn Connections.csv",
    Google = "google": "Google Contacts CSV",
    Outlook = "outlook": "Outlook's CSV export (English, German, French or Spanish headers)",
    Ics = "ics": "iCalendar (.ics): events for the calendar",
]);

/// `export`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The format to write.
    #[arg(long, value_parser = choice::<ExportFormatArg>(), default_value = "vcard")]
    pub format: ExportFormatArg,
    /// The file to write (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// With --format ics: only this event (repeat for more).
    #[arg(long = "event", value_name = "ID")]
    pub events: Vec<i64>,
    /// With --format ics: only events with this status (repeat for more).
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Vec<crate::events_args::EventStatusArg>,
    /// With --format ics: only events of this kind (repeat for more).
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Vec<crate::events_args::EventKindArg>,
}

/// Formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormatArg {
    /// vCard 3.0.
    Vcard,
    /// vCard 4.0.
    Vcard4,
    /// CSV.
    Csv,
    /// The whole book (everything stored), as JSON.
    Json,
    /// Events as iCalendar (.ics): all, or those chosen by --event, --status and --kind.
    Ics,
}

curbside_core::choices!(ExportFormatArg, "export format", [
    Vcard = "vcard": "vCard 3.0",
    Vcard4 = "vcard4": "vCard 4.0",
    Csv = "csv": "CSV",
    Json = "json": "The whole book (everything stored), as JSON",
    Ics = "ics": "Events as iCalendar (.ics): all, or those chosen by --event, --status and --kind",
]);

/// `search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; every word must match the start of a word.
    pub query: String,
    /// At most this many results.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
}

/// `contacts …`
#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    /// Add a contact.
    #[command(
        after_help = "Example:\n  curbside-cli contacts add --name \"Amara Okafor\" --credentials \"MD, PhD\" \\\n    --specialty Cardiology --org \"St Mary's Hospital\" --email amara@example.org --tag mentor"
    )]
    Add(AddArgs),
    /// List contacts in name order.
    #[command(
        after_help = "Example:\n  curbside-cli contacts list --tag mentor --limit 20 --json"
    )]
    List(ListArgs),
    /// Show one contact, whole.
    #[command(after_help = "Example:\n  curbside-cli contacts show 12 --json")]
    Show(IdArg),
    /// Change a contact: each flag given replaces that field.
    #[command(
        after_help = "Example:\n  curbside-cli contacts edit 12 --org \"Royal Free Hospital\" --tag mentor --tag ESC"
    )]
    Edit(EditArgs),
    /// Delete a contact.
    #[command(after_help = "Example:\n  curbside-cli contacts delete 12")]
    Delete(IdArg),
    /// Merge the second contact into the first, keeping every detail of both.
    #[command(after_help = "Example:\n  curbside-cli contacts merge 12 31")]
    Merge(MergeArgs),
    /// Add training or a job to a contact's history.
    #[command(
        after_help = "Example:\n  curbside-cli contacts affiliate 12 --org \"Johns Hopkins Hospital\" --kind residency \\\n    --role \"Internal medicine resident\" --from 2015-07-01 --to 2018-06-30"
    )]
    Affiliate(AffiliateArgs),
    /// Record a relationship: the contact is the KIND of another contact, or of you.
    #[command(
        after_help = "Example:\n  curbside-cli contacts relate 12 --me --kind mentor\n  curbside-cli contacts relate 12 --to 31 --kind collaborator --label \"Registry study\""
    )]
    Relate(RelateArgs),
}

/// `contacts merge`
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The contact to keep.
    pub keep: i64,
    /// The contact merged into it (deleted afterwards).
    pub other: i64,
}

/// `contacts affiliate`
#[derive(Debug, Args)]
pub struct AffiliateArgs {
    /// The contact.
    pub id: i64,
    /// The organisation (filed if new).
    #[arg(long = "org", value_name = "O")]
    pub organization: String,
    /// What it was.
    #[arg(long, value_parser = choice::<AffiliationKind>(), default_value = "job")]
    pub kind: AffiliationKind,
    /// Role or title there.
    #[arg(long, value_name = "ROLE", default_value = "")]
    pub role: String,
    /// Start date.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// End date.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `contacts relate`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("whom").required(true).args(["to", "me"])))]
pub struct RelateArgs {
    /// The contact who holds the role.
    pub id: i64,
    /// The other contact.
    #[arg(long, value_name = "ID")]
    pub to: Option<i64>,
    /// The relationship is with you.
    #[arg(long)]
    pub me: bool,
    /// What the contact is to the other (or to you).
    #[arg(long, value_parser = choice::<RelationshipKind>())]
    pub kind: RelationshipKind,
    /// A free label.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub label: String,
}

/// The fields of a contact other than its name.
#[derive(Debug, Args)]
pub struct ContactFields {
    /// An email address (repeat for more).
    #[arg(long = "email", value_name = "E")]
    pub emails: Vec<String>,
    /// A phone number (repeat for more).
    #[arg(long = "phone", value_name = "P")]
    pub phones: Vec<String>,
    /// Degrees and post-nominals, e.g. "MD, PhD".
    #[arg(long, value_name = "C")]
    pub credentials: Option<String>,
    /// Specialty, or field outside medicine.
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Hospital, university, practice or company.
    #[arg(long = "org", value_name = "O")]
    pub institution: Option<String>,
    /// Job title, e.g. "Associate Professor".
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Subspecialty.
    #[arg(long, value_name = "S")]
    pub subspecialty: Option<String>,
    /// Pronouns, e.g. "she/her".
    #[arg(long, value_name = "P")]
    pub pronouns: Option<String>,
    /// Birthday: YYYY-MM-DD, or --MM-DD without the year.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// The person's own time zone, e.g. Europe/Berlin.
    #[arg(long = "tz", value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// When you met, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub met_on: Option<String>,
    /// Where or at which event you met.
    #[arg(long, value_name = "TEXT")]
    pub met_at: Option<String>,
    /// The contact who introduced you.
    #[arg(long, value_name = "ID")]
    pub introduced_by: Option<i64>,
    /// A tag (repeat for more).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// Free notes.
    #[arg(long = "note", value_name = "TEXT")]
    pub notes: Option<String>,
}

/// `contacts add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The name shown everywhere.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub fields: ContactFields,
}

/// `contacts edit`
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The contact's id.
    pub id: i64,
    /// A new name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ContactFields,
}

/// `contacts list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only contacts with this tag.
    #[arg(long, value_name = "T")]
    pub tag: Option<String>,
    /// Only this specialty or subspecialty.
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Only people at this organisation.
    #[arg(long = "org", value_name = "O")]
    pub institution: Option<String>,
    /// Only people with an address in this city.
    #[arg(long, value_name = "CITY")]
    pub city: Option<String>,
    /// Only people with this relationship to you or anyone.
    #[arg(long, value_name = "REL", value_parser = choice::<RelationshipKind>())]
    pub relationship: Option<RelationshipKind>,
    /// Only people last contacted before this date (or never).
    #[arg(long, value_name = "DATE")]
    pub contacted_before: Option<String>,
    /// Only people last contacted after this date.
    #[arg(long, value_name = "DATE")]
    pub contacted_after: Option<String>,
    /// At most this many.
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

/// A contact id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The contact's id.
    pub id: i64,
}
