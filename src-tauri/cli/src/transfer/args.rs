//! The `import` and `export` commands as clap parses them (docs/CLI.md).

use std::path::PathBuf;

use clap::Args;
use curbside_core::events::{EventKind, EventStatus};

use crate::shared::choice_arg::choice;

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
    #[arg(long, value_parser = choice::<EventStatus>(), value_name = "STATUS")]
    pub status: Vec<EventStatus>,
    /// With --format ics: only events of this kind (repeat for more).
    #[arg(long, value_parser = choice::<EventKind>(), value_name = "KIND")]
    pub kind: Vec<EventKind>,
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
