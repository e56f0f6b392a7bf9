//! Getting contacts in and out: the interchange formats doctors' address
//! books and networks export (vCard, LinkedIn and Google CSV), read into and
//! written from [`Card`]s.

pub(crate) mod bounded;
mod card;
pub(crate) mod credentials;
pub mod csv_export;
mod csv_rows;
pub mod google;
pub mod ics;
pub mod linkedin;
pub mod outlook;
pub mod spreadsheet;
pub mod vcard;

pub use card::Card;

/// An entry in an import file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    /// The 1-based line where the bad entry starts (or the bad line itself).
    pub line: usize,
    /// What is wrong, for the user.
    pub message: String,
}
