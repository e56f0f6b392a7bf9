//! Which import a set of files makes, decided once for the app and the CLI:
//! a whole book (`.json`) on its own into an empty book, iCalendar files
//! (by extension or first line) into the calendar, or contact files into
//! the contact book. Contacts and events are imported in separate
//! transactions, so one import takes one kind: a mix is refused before
//! anything is read, rather than an import that could stop halfway with
//! one kind stored.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rusqlite::Connection;

use super::{
    import, import_calendars, is_book_file, is_calendar_file, open, open_calendar, ImportError,
    ImportFormat, ImportProgress, ImportSummary,
};

/// The import a set of files makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportKind {
    /// A whole book, this one file, into an empty book ([`crate::book`]).
    Book(PathBuf),
    /// iCalendar files, into the calendar ([`super::import_calendars`]).
    Calendars,
    /// Contact files (vCard, CSV), into the contact book ([`super::import`]).
    Contacts,
}

/// Why a set of files cannot be imported together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    /// A book was given with other files.
    #[error("a book (.json) is imported on its own: choose only the book")]
    BookNotAlone,
    /// Contact files and calendar files were given together.
    #[error(
        "contact files and calendar files cannot be imported together: import each kind on its own"
    )]
    Mixed,
}

/// The import `paths` make, or why they cannot be imported together. A
/// book (by extension) goes alone; otherwise the files are all calendars
/// (by extension or first line) or all contact files.
pub fn route<P: AsRef<Path>>(paths: &[P]) -> Result<ImportKind, RouteError> {
    let mut books = paths.iter().filter(|path| is_book_file(path.as_ref()));
    if let Some(book) = books.next() {
        return match paths.len() {
            1 => Ok(ImportKind::Book(book.as_ref().to_path_buf())),
            _ => Err(RouteError::BookNotAlone),
        };
    }
    let calendars = paths
        .iter()
        .filter(|path| is_calendar_file(path.as_ref()))
        .count();
    match calendars {
        0 => Ok(ImportKind::Contacts),
        all if all == paths.len() => Ok(ImportKind::Calendars),
        _ => Err(RouteError::Mixed),
    }
}

/// Imports `paths` in one transaction, as the calendar files they are or as
/// contact files (each read as `format`, or as its name and first line
/// say): what the app and the CLI run once [`route`], or the user, chose
/// between them. A book goes to [`crate::book::import_file`] instead.
pub fn import_paths(
    conn: &mut Connection,
    calendars: bool,
    paths: &[PathBuf],
    format: Option<ImportFormat>,
    skip_bad: bool,
    now: Timestamp,
    progress: impl FnMut(ImportProgress) -> ControlFlow<()>,
) -> Result<ImportSummary, ImportError> {
    if calendars {
        let sources = paths.iter().map(|path| open_calendar(path)).collect();
        import_calendars(conn, sources, skip_bad, now, progress)
    } else {
        let sources = paths.iter().map(|path| open(path, format)).collect();
        import(conn, sources, skip_bad, now, progress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route_of(names: &[&str]) -> Result<ImportKind, RouteError> {
        route(names)
    }

    #[test]
    fn contact_files_go_to_the_contact_book_and_calendars_to_the_calendar() {
        assert_eq!(
            route_of(&["a.vcf", "Connections.csv"]),
            Ok(ImportKind::Contacts)
        );
        assert_eq!(route_of(&["a.ics", "b.ICAL"]), Ok(ImportKind::Calendars));
    }

    #[test]
    fn a_calendar_is_known_by_its_first_line_whatever_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.txt");
        std::fs::write(&path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").unwrap();
        assert_eq!(route(&[&path]), Ok(ImportKind::Calendars));
    }

    #[test]
    fn contact_files_and_calendars_together_are_refused() {
        assert_eq!(route_of(&["a.vcf", "b.ics"]), Err(RouteError::Mixed));
    }

    #[test]
    fn a_book_goes_alone() {
        assert_eq!(
            route_of(&["book.JSON"]),
            Ok(ImportKind::Book(PathBuf::from("book.JSON")))
        );
        for others in [&["book.json", "a.vcf"], &["a.ics", "book.json"]] {
            assert_eq!(route_of(others), Err(RouteError::BookNotAlone));
        }
    }
}
