//! The `import` and `export` commands as clap parses them (docs/CLI.md).

use std::path::PathBuf;

use clap::Args;
use curbside_core::choice::Choice;
use curbside_core::events::{EventKind, EventStatus};
use curbside_core::export::ExportFormat;
use curbside_core::import::ImportFormat;

use crate::shared::choice_arg::choice;

/// A format flag's values: one of the core's contact formats (`$formats`,
/// with its names and help), or `ics` for the calendar.
macro_rules! contacts_or_ics {
    (
        #[doc = $doc:literal] $name:ident, $formats:ident, $what:literal,
        #[doc = $contacts_doc:literal] $ics_help:literal
    ) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            #[doc = $contacts_doc]
            Contacts($formats),
            /// iCalendar (.ics): events for the calendar.
            Ics,
        }

        impl Choice for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &{
                let mut all = [Self::Ics; $formats::ALL.len() + 1];
                let mut i = 0;
                while i < $formats::ALL.len() {
                    all[i] = Self::Contacts($formats::ALL[i]);
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
                    Self::Ics => $ics_help,
                }
            }
        }
    };
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

contacts_or_ics!(
    /// Formats `import` reads: the core's contact file formats, and iCalendar.
    ImportFormatArg, ImportFormat, "file format",
    /// A contact file format.
    "iCalendar (.ics): events for the calendar"
);

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

contacts_or_ics!(
    /// Formats `export` writes: the core's contact formats, and iCalendar.
    ExportFormatArg, ExportFormat, "export format",
    /// Every contact (or, as JSON, the whole book).
    "Events as iCalendar (.ics): all, or those chosen by --event, --status and --kind"
);
