//! The contact book: the people a doctor knows, how to reach them, and what
//! to remember about them.
//!
//! The first domain: it uses only the values ([`crate::values`],
//! [`crate::choice`]). What contacts' writes keep in step lives here with
//! them (the search index, the last-contact column, the job history); the
//! domains that build on contacts (interactions, relationships, events,
//! search, reminders…) use it, and operations across them (a merge, a bulk
//! delete) are in [`crate::operations`].

mod combine;
pub mod duplicates;
mod facets;
mod filter;
pub(crate) mod jobs;
mod many;
mod model;
pub mod photo;
mod picked;
mod recency;
pub(crate) mod search_index;
mod sort;
mod store;
mod summary;
mod validate;

use crate::values::Invalid;
pub(crate) use combine::combine;
pub use facets::{facets, Facets};
pub(crate) use filter::matching_ids;
pub(crate) use many::get_many;
pub use model::{
    Address, Contact, ContactDraft, ContactFilter, ContactId, ContactSummary, HowWeMet, Labeled,
    NameParts,
};
pub(crate) use recency::refresh_recency;
pub use sort::ContactSort;
pub use store::{create, delete, get, list, photo_data_url, update};
pub(crate) use store::{delete_in, exists, insert, overwrite, Indexing};
pub(crate) use summary::lines_of;
pub use summary::{count, lines, order, out_of_touch, summaries, MOST_LINES};
pub(crate) use validate::{check_counts, clean, composed_name};

/// Why a contact could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ContactError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No contact has this id.
    #[error("there is no contact with id {0}")]
    NotFound(ContactId),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}
