//! `curbside-cli import` and `curbside-cli export`: contact files (vCard,
//! LinkedIn, Google CSV), calendar files (iCalendar) and whole books (JSON).
//! Which import the files make is the core's `import::route` (a mix of
//! kinds is a usage error); `--format` chooses instead of it. The clap
//! definitions are in [`args`].

pub mod args;

use std::io::{BufWriter, Write};
use std::ops::ControlFlow;
use std::path::Path;

use curbside_core::book;
use curbside_core::events::{self, EventFilter};
use curbside_core::export::{self, ExportFormat};
use curbside_core::import::{self, ImportError, ImportKind, ImportSummary, RouteError};
use jiff::Timestamp;

use crate::shared::usage::refuse;
use crate::shared::{note, output, say, unlock, Global};
use args::{ExportArgs, ExportFormatArg, ImportArgs, ImportFormatArg};

/// Imports the files in one transaction; prints the summary.
pub fn import(global: &Global, args: &ImportArgs) -> Result<(), String> {
    let kind = match args.format {
        Some(ImportFormatArg::Ics) => ImportKind::Calendars,
        Some(_) => ImportKind::Contacts,
        None => import::route(&args.files).unwrap_or_else(|refused| match refused {
            RouteError::BookNotAlone => refuse(
                "a book (.json) is imported on its own, into an empty data folder: give only the book",
            ),
            RouteError::Mixed => refuse(
                "contact files and calendar (.ics) files cannot be imported together: \
                 import each kind on its own",
            ),
        }),
    };
    let calendar = match kind {
        ImportKind::Book(path) => return import_book(global, args, &path),
        ImportKind::Calendars => true,
        ImportKind::Contacts => false,
    };
    let mut db = unlock::open(global)?;
    let format = args.format.and_then(|format| match format {
        ImportFormatArg::Contacts(format) => Some(format),
        ImportFormatArg::Ics => None,
    });
    let result = import::import_paths(
        &mut db,
        calendar,
        &args.files,
        format,
        args.skip_bad,
        Timestamp::now(),
        |_| ControlFlow::Continue(()),
    );
    report(global, result)
}

/// `import book.json`: a whole book, on its own, into an empty data folder.
fn import_book(global: &Global, args: &ImportArgs, path: &Path) -> Result<(), String> {
    if args.skip_bad {
        refuse("--skip-bad does not apply to a book: a book is imported whole or not at all");
    }
    let mut db = unlock::open(global)?;
    let imported = book::import_file(&mut db, path).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&imported);
    }
    let total: u64 = imported.sections.iter().map(|count| count.records).sum();
    say!(
        "Imported the book: {} contacts, {} interactions, {} events, {} CME credits ({total} records in all)",
        imported.count("contacts"),
        imported.count("interactions"),
        imported.count("events"),
        imported.count("cme_credits"),
    );
    Ok(())
}

/// Prints what an import did, or why it changed nothing.
fn report(global: &Global, result: Result<ImportSummary, ImportError>) -> Result<(), String> {
    match result {
        Ok(summary) => {
            if global.json {
                return output::json(&summary);
            }
            say!(
                "Imported: {} new, {} updated, {} unchanged, {} skipped",
                summary.created,
                summary.updated,
                summary.unchanged,
                summary.skipped
            );
            for issue in &summary.errors {
                say!("  skipped {}:{}: {}", issue.file, issue.line, issue.message);
            }
            for issue in &summary.warnings {
                say!("  note {}:{}: {}", issue.file, issue.line, issue.message);
            }
            Ok(())
        }
        Err(ImportError::Stopped(summary)) => {
            if global.json {
                output::json(&summary)?;
            }
            let message = ImportError::Stopped(summary).to_string();
            Err(format!("{message} (use --skip-bad to import the rest)"))
        }
        Err(other) => Err(other.to_string()),
    }
}

/// Writes every contact (or, as iCalendar, every event) to a file or
/// standard output.
pub fn export(global: &Global, args: &ExportArgs) -> Result<(), String> {
    let format = match args.format {
        ExportFormatArg::Contacts(format) => format,
        ExportFormatArg::Ics => return export_events(global, args),
    };
    if !(args.events.is_empty() && args.status.is_empty() && args.kind.is_empty()) {
        return Err(
            "--event, --status and --kind choose events: use them with --format ics".into(),
        );
    }
    let db = unlock::open(global)?;
    match &args.out {
        Some(path) => {
            let count =
                export::export_to_file(&db, format, None, path).map_err(|e| e.to_string())?;
            match format {
                ExportFormat::Json => note!(
                    "Exported the whole book ({count} contacts) to {}",
                    path.display()
                ),
                _ => note!("Exported {count} contacts to {}", path.display()),
            }
        }
        None => {
            let mut out = BufWriter::new(output::Stdout);
            export::export(&db, format, None, &mut out).map_err(|e| e.to_string())?;
            out.flush()
                .map_err(|e| format!("could not write the export: {e}"))?;
        }
    }
    Ok(())
}

/// `export --format ics`: every event, its changed occurrences with it.
fn export_events(global: &Global, args: &ExportArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let now = Timestamp::now();
    let filter = EventFilter {
        statuses: args.status.clone(),
        kinds: args.kind.clone(),
    };
    let ids = if !args.events.is_empty() {
        Some(args.events.clone())
    } else if filter != EventFilter::default() {
        Some(events::matching(&db, &filter).map_err(|e| e.to_string())?)
    } else {
        None
    };
    let ids = ids.as_deref();
    match &args.out {
        Some(path) => {
            let count =
                export::export_events_to_file(&db, ids, path, now).map_err(|e| e.to_string())?;
            note!("Exported {count} events to {}", path.display());
        }
        None => {
            let mut out = BufWriter::new(output::Stdout);
            export::export_events(&db, ids, &mut out, now).map_err(|e| e.to_string())?;
            out.flush()
                .map_err(|e| format!("could not write the export: {e}"))?;
        }
    }
    Ok(())
}
