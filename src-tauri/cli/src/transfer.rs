//! `curbside-cli import` and `curbside-cli export`.

use std::io::BufWriter;
use std::ops::ControlFlow;

use curbside_core::export::{self, ExportFormat};
use curbside_core::import::{self, ImportError, ImportFormat};
use jiff::Timestamp;

use crate::args::{ExportArgs, ExportFormatArg, Global, ImportArgs, ImportFormatArg};
use crate::{output, unlock};

/// Imports the files in one transaction; prints the summary.
pub fn import(global: &Global, args: &ImportArgs) -> Result<(), String> {
    let format = args.format.map(|format| match format {
        ImportFormatArg::Vcard => ImportFormat::Vcard,
        ImportFormatArg::Linkedin => ImportFormat::Linkedin,
        ImportFormatArg::Google => ImportFormat::Google,
    });
    let mut db = unlock::open(global)?;
    let sources = args
        .files
        .iter()
        .map(|path| import::open(path, format))
        .collect();
    match import::import(&mut db, sources, args.skip_bad, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    }) {
        Ok(summary) => {
            if global.json {
                return output::json(&summary);
            }
            println!(
                "Imported: {} new, {} updated, {} unchanged, {} skipped",
                summary.created, summary.updated, summary.unchanged, summary.skipped
            );
            for issue in &summary.errors {
                println!("  skipped {}:{}: {}", issue.file, issue.line, issue.message);
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

/// Writes every contact in the chosen format to a file or standard output.
pub fn export(global: &Global, args: &ExportArgs) -> Result<(), String> {
    let format = match args.format {
        ExportFormatArg::Vcard => ExportFormat::Vcard,
        ExportFormatArg::Vcard4 => ExportFormat::Vcard4,
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Json => ExportFormat::Json,
    };
    let db = unlock::open(global)?;
    match &args.out {
        Some(path) => {
            let count =
                export::export_to_file(&db, format, None, path).map_err(|e| e.to_string())?;
            eprintln!("Exported {count} contacts to {}", path.display());
        }
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            export::export(&db, format, None, &mut out).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
