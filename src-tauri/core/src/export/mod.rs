//! Getting contacts out: vCard 3.0 (the default, read by every address
//! book) and 4.0, a flat CSV, and JSON: the whole book (everything stored,
//! [`crate::book`]), or selected contacts with their interactions.
//! Every export reads contacts 500 at a time and writes each as it is
//! read, so 100,000 contacts never sit in memory.

mod calendar;
mod cards;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::{self, Contact, ContactError, ContactFilter};
use crate::interactions;
use crate::interop::{csv_export, vcard};
use crate::values::ContactId;

pub use calendar::{export_events, export_events_to_file, EventExportError};
pub(crate) use cards::{anniversary_line, guessed_name};
pub use cards::{card_from_contact, curbside_fields_from_extra};

/// The formats Curbside writes contacts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// vCard 3.0.
    Vcard,
    /// vCard 4.0.
    Vcard4,
    /// Curbside's flat CSV.
    Csv,
    /// JSON: the whole book ([`crate::book`]) when every contact is
    /// exported; selected contacts and their interactions otherwise.
    Json,
}

crate::choices!(ExportFormat, "contact format", [
    Vcard = "vcard": "vCard 3.0",
    Vcard4 = "vcard4": "vCard 4.0",
    Csv = "csv": "CSV",
    Json = "json": "The whole book (everything stored), as JSON",
]);

// The whole-book JSON export fails the same ways and is written by `book`,
// below this module, so the error is defined there; exports name it here as
// part of their façade.
pub use crate::book::ExportError;

/// Exports to the file at `path`. The file appears only once it is whole:
/// the export is written beside it first and renamed over it, so a full disk
/// never leaves a truncated export (or a damaged older one) behind.
pub fn export_to_file(
    conn: &Connection,
    format: ExportFormat,
    ids: Option<&[ContactId]>,
    path: &Path,
) -> Result<usize, ExportError> {
    let create_failed = |source| ExportError::Create {
        path: path.display().to_string(),
        source,
    };
    crate::files::write_whole(path, create_failed, |out| export(conn, format, ids, out))
}

/// Writes the contacts with these ids (all when `None`) to `out` and
/// returns how many were written.
pub fn export(
    conn: &Connection,
    format: ExportFormat,
    ids: Option<&[ContactId]>,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    if format == ExportFormat::Json && ids.is_none() {
        return crate::book::export(conn, out, jiff::Timestamp::now());
    }
    let ids: Vec<ContactId> = match ids {
        Some(ids) => ids.to_vec(),
        None => contacts::matching_ids(conn, &ContactFilter::default())?,
    };
    match format {
        ExportFormat::Vcard | ExportFormat::Vcard4 => {
            let version = if format == ExportFormat::Vcard {
                vcard::VcardVersion::V3
            } else {
                vcard::VcardVersion::V4
            };
            each_contact(conn, &ids, |contact| {
                let card = card_from_contact(conn, contact)?;
                let mut sink: &mut dyn Write = &mut *out;
                vcard::write_card(&card, version, &mut sink)?;
                Ok(())
            })?;
        }
        ExportFormat::Csv => {
            let mut csv = csv_export::CsvWriter::new(&mut *out)?;
            each_contact(conn, &ids, |contact| {
                csv.write(&card_from_contact(conn, contact)?)?;
                Ok(())
            })?;
            csv.finish()?;
        }
        ExportFormat::Json => write_json(conn, &ids, out)?,
    }
    out.flush()?;
    Ok(ids.len())
}

/// Selected contacts as JSON: `{"format": "curbside", "version": 1,
/// "contacts": [...], "interactions": [...]}`, written one record at a time.
/// Exporting every contact as JSON writes the whole book instead
/// ([`crate::book`]); a selection is not a book (its interactions name
/// people it leaves out), so it keeps this shape and cannot be imported.
fn write_json(
    conn: &Connection,
    ids: &[ContactId],
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let to_io = |e: serde_json::Error| std::io::Error::other(e);
    write!(
        out,
        "{{\"format\":\"curbside\",\"version\":1,\"contacts\":["
    )?;
    let mut first = true;
    each_contact(conn, ids, |contact| {
        if !std::mem::take(&mut first) {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, contact).map_err(to_io)?;
        Ok(())
    })?;
    write!(out, "],\"interactions\":[")?;
    let mut seen = std::collections::BTreeSet::new();
    let mut first = true;
    for &id in ids {
        for interaction in interactions::for_contact(conn, id, None)? {
            if seen.insert(interaction.id) {
                if !first {
                    out.write_all(b",")?;
                }
                first = false;
                serde_json::to_writer(&mut *out, &interaction).map_err(to_io)?;
            }
        }
    }
    writeln!(out, "]}}")?;
    Ok(())
}

/// How many contacts an export reads whole at a time: six statements for
/// each batch, not for each contact, and never the whole book in memory.
const BATCH: usize = 500;

/// Calls `write` with each contact `ids` names, in that order (an id named
/// twice, twice), reading them in batches of [`BATCH`].
fn each_contact(
    conn: &Connection,
    ids: &[ContactId],
    mut write: impl FnMut(&Contact) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    for batch in ids.chunks(BATCH) {
        let mut unique = batch.to_vec();
        unique.sort_unstable();
        unique.dedup();
        let read: HashMap<ContactId, Contact> = contacts::get_many(conn, &unique)?
            .into_iter()
            .map(|contact| (contact.id, contact))
            .collect();
        for id in batch {
            write(read.get(id).ok_or(ContactError::NotFound(*id))?)?;
        }
    }
    Ok(())
}
