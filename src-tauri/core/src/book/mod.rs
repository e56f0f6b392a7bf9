//! The whole book as one JSON file: everything stored, for moving to a new
//! computer and as the doctor's way out of Curbside. `export` writes it,
//! record by record; `import` reads it back into an empty book in one
//! transaction, so that the new book's export is the same file (apart from
//! `exported_at`). docs/BOOK-FORMAT.md describes the format for other
//! programs.
//!
//! A book is `{"format": "curbside-book", "version": 1, "schema": 12,
//! "exported_at": "…", "contacts": [{…}, …], "contact_emails": […], …}`:
//! one section per table ([`SECTIONS`]), one object per row with its ids,
//! so references between records hold as they are. What the database keeps
//! for speed (the search index, name words, event occurrences, a contact's
//! last contact) is not written and is rebuilt on import.

mod export_error;
mod guard;
mod left_out;
mod read;
mod record;
mod sections;
mod store;
mod write;

pub use export_error::ExportError;
pub use left_out::{DERIVED_COLUMNS, DERIVED_TABLES, LOCAL_TABLES};
pub use read::{read, Book, BookHeader, BookRecord, BookSection};
pub use record::{Column, Kind, Section};
pub use sections::{section, SECTIONS};
pub use store::{import, import_file, ImportedBook, SectionCount};
pub use write::export;

/// The value of a book's `format` field.
pub const FORMAT: &str = "curbside-book";

/// The newest format version this build writes and reads. It goes up when a
/// section or field is added, removed or changes meaning; this build reads
/// every version up to it and refuses newer ones.
pub const VERSION: u64 = 4;

/// The `format` of the contacts-and-interactions JSON that earlier versions
/// exported (and that an export of selected contacts still writes).
pub const CONTACTS_FORMAT: &str = "curbside";

/// The largest field a book may hold: a text, or a file's bytes (a
/// certificate or a photo) once decoded.
pub const MAX_FIELD_BYTES: usize = 32 * 1024 * 1024;

/// Why a book could not be read or imported. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum BookError {
    /// The file is not a Curbside book, or something in it is wrong; the
    /// message names where (a section and record, a line and column).
    #[error("{0}")]
    Invalid(String),
    /// The book was written by a newer Curbside.
    #[error("this book was written by a newer Curbside (book format version {found}; this version reads up to {supported}): update Curbside to import it")]
    TooNew {
        /// The version in the file.
        found: u64,
        /// The newest this build reads.
        supported: u64,
    },
    /// The book to import into already holds something.
    #[error("this data folder already holds a book ({what}); a book is imported only into an empty one, so that nothing is mixed or overwritten: import it into a new data folder (with --data-dir in the command line)")]
    NotEmpty {
        /// What it holds, for the message ("3 contacts, 2 events").
        what: String,
    },
    /// The file could not be read.
    #[error("could not read the book: {0}")]
    Read(#[from] std::io::Error),
    /// The database failed (a full disk); nothing was imported.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}
