//! Why an export failed: reading the book, or writing the file. The
//! whole-book export here and the contact exports in `export` (which sits
//! above this module and dispatches a whole-book JSON export here) share it.

use crate::contacts::ContactError;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the contacts failed.
    #[error(transparent)]
    Contacts(#[from] ContactError),
    /// Writing the output failed (a full disk, a closed pipe).
    #[error("could not write the export: {0}")]
    Write(#[from] std::io::Error),
    /// The export file could not be made.
    #[error("could not create {path}: {source}")]
    Create {
        /// The file asked for.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}
