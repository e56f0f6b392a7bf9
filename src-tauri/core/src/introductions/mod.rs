//! Introductions the user makes between two contacts, with double opt-in:
//! proposed → asked → accepted or declined → introduced, on both people's
//! timelines, and a prompt to ask how it went a few weeks later.
//!
//! - [`add`], [`list`], [`get`], [`for_contact`], [`delete`]: the records,
//!   each with both people's names and lines and its dated history;
//! - [`set_status`]: the status machine ([`status`]), which records each
//!   side's answer and refuses a move the flow does not allow;
//! - [`prompts`]: "How did the introduction go?" [`FOLLOW_UP_DAYS`] days
//!   after the two were introduced.
//!
//! The drafts (the ask to each side, the introduction to both) are
//! composed in `messages`, which reads these records.
//!
//! Deleting either person deletes their introductions (the schema's
//! ON DELETE CASCADE): an introduction is about the two of them.

mod model;
mod prompts;
pub mod status;
mod store;

pub use model::{
    IntroPerson, Introduction, IntroductionDraft, IntroductionId, IntroductionStatus,
    IntroductionStep, Side,
};
pub use prompts::{prompts, FOLLOW_UP_DAYS};
pub use status::set_status;
pub use store::{add, delete, for_contact, get, list, REASON_LIMIT};

use crate::values::{ContactId, Invalid};

/// Why an introduction could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum IntroError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No introduction has this id.
    #[error("there is no introduction with id {0}")]
    NotFound(IntroductionId),
    /// No contact has this id.
    #[error("there is no contact with id {0}")]
    ContactNotFound(ContactId),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}
