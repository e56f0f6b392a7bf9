//! Opening import files: choosing the reader from the format the user named
//! or, failing that, from the file's extension and first line.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::extensions::{extension_of, VCARD_EXTENSIONS};
use super::Source;
use crate::interop::{google, linkedin, outlook, vcard, Card, ParseError};

/// The contact file formats Curbside reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    /// vCard 2.1, 3.0 or 4.0 (`.vcf`).
    Vcard,
    /// LinkedIn's `Connections.csv`.
    Linkedin,
    /// Google Contacts CSV (either variant).
    Google,
    /// Outlook's CSV export, with English, German, French or Spanish headers.
    Outlook,
}

crate::choices!(ImportFormat, "contact file format", [
    Vcard = "vcard": "vCard 2.1, 3.0 or 4.0",
    Linkedin = "linkedin": "LinkedIn Connections.csv",
    Google = "google": "Google Contacts CSV",
    Outlook = "outlook": "Outlook's CSV export (English, German, French or Spanish headers)",
]);

/// Opens `path` as a source of cards. A file that cannot be opened, or is not
/// in the format, becomes a source with one error entry, so the import
/// reports it like any bad entry.
pub fn open(path: &Path, format: Option<ImportFormat>) -> Source<'static> {
    let file = path.display().to_string();
    let cards = match open_cards(path, format) {
        Ok(cards) => cards,
        Err(error) => Box::new(std::iter::once(Err(error))),
    };
    Source { file, cards }
}

type Cards = Box<dyn Iterator<Item = Result<Card, ParseError>>>;

fn open_cards(path: &Path, format: Option<ImportFormat>) -> Result<Cards, ParseError> {
    let unreadable = |e: std::io::Error| ParseError {
        line: 0,
        message: format!("could not read the file: {e}"),
    };
    let mut reader = BufReader::with_capacity(256 * 1024, File::open(path).map_err(unreadable)?);
    let format = match format {
        Some(format) => format,
        None => detect(path, &mut reader).map_err(unreadable)?,
    };
    Ok(match format {
        ImportFormat::Vcard => Box::new(vcard::read_cards(reader)),
        ImportFormat::Linkedin => Box::new(linkedin::read_cards(reader)?),
        ImportFormat::Google => Box::new(google::read_cards(reader)?),
        ImportFormat::Outlook => Box::new(outlook::read_cards(reader)?),
    })
}

/// vCards by extension or a `BEGIN:VCARD` start; CSVs by their header:
/// LinkedIn's by its preamble or "Connected On", Outlook's by a column only
/// Outlook writes, anything else as Google's.
fn detect(path: &Path, reader: &mut BufReader<File>) -> std::io::Result<ImportFormat> {
    if VCARD_EXTENSIONS.contains(&extension_of(path).as_str()) {
        return Ok(ImportFormat::Vcard);
    }
    let start = reader.fill_buf()?;
    let head = String::from_utf8_lossy(&start[..start.len().min(4096)]).to_ascii_lowercase();
    if head
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with("begin:vcard")
    {
        return Ok(ImportFormat::Vcard);
    }
    let header = String::from_utf8_lossy(&start[..start.len().min(64 * 1024)]);
    let header = header
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default();
    let cells = header
        .split([',', ';'])
        .map(|cell| cell.trim().trim_matches('"'));
    if outlook::is_outlook_header(cells) {
        return Ok(ImportFormat::Outlook);
    }
    if head.contains("connected on")
        || head.starts_with("notes:")
        || head.starts_with("\u{feff}notes:")
    {
        return Ok(ImportFormat::Linkedin);
    }
    Ok(ImportFormat::Google)
}
