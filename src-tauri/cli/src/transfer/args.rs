//! The `import` and `export` commands as clap parses them (docs/CLI.md).

use std::path::PathBuf;

use clap::Args;
use curbside_core::choice::Choice;
use curbside_core::events::{EventKind, EventStatus};
use curbside_core::export::ExportFormat;
use curbside_core::import::ImportFormat;

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

/// Formats `import` reads: the core's contact file formats, and iCalendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormatArg {
    /// A contact file format.
    Contacts(ImportFormat),
    /// iCalendar (.ics): events for the calendar.
    Ics,
}

impl Choice for ImportFormatArg {
    const WHAT: &'static str = "file format";
    const ALL: &'static [Self] = &{
        let mut all = [Self::Ics; ImportFormat::ALL.len() + 1];
        let mut i = 0;
        while i < ImportFormat::ALL.len() {
            all[i] = Self::Contacts(ImportFormat::ALL[i]);
            i += 1;
        }
        all
    };

    fn name(self) -> &'static str {
        match self {
            Self::Contacts(format) => format.name(),
            Self::Ics => "ics",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Contacts(format) => format.help(),
            Self::Ics => "iCalendar (.ics): events for the calendar",
        }
    }
}

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

/// Formats `export` writes: the core's contact formats, and iCalendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormatArg {
    /// Every contact (or, as JSON, the whole book).
    Contacts(ExportFormat),
    /// Events as iCalendar (.ics).
    Ics,
}

impl Choice for ExportFormatArg {
    const WHAT: &'static str = "export format";
    const ALL: &'static [Self] = &{
        let mut all = [Self::Ics; ExportFormat::ALL.len() + 1];
        let mut i = 0;
        while i < ExportFormat::ALL.len() {
            all[i] = Self::Contacts(ExportFormat::ALL[i]);
            i += 1;
        }
        all
    };

    fn name(self) -> &'static str {
        match self {
            Self::Contacts(format) => format.name(),
            Self::Ics => "ics",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Contacts(format) => format.help(),
            Self::Ics => {
                "Events as iCalendar (.ics): all, or those chosen by --event, --status and --kind"
            }
        }
    }
}
