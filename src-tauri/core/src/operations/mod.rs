//! Operations that cut across domains, the top layer of the core: merging
//! two contacts who are one person (their interactions, jobs, plans,
//! reminders and search entries follow), actions on a selection of
//! contacts (tag, untag, delete with a backup first, and its undo), and
//! undo for a one-click change (a contact's or an event's delete, a merge)
//! through a journal of every row it wrote.
//!
//! It may use every module below it (domains, storage, `values`); no module
//! of the core uses it, only the app, the CLI and tests. See
//! [`values`](crate::values) for the layers.

mod bulk;
mod journal;
mod merge;
mod undoable;

pub use bulk::{delete_many, restore, tag, untag, Deleted};
pub use journal::{journaled, take_back, Journal};
pub use merge::merge;
pub use undoable::{delete_contact, delete_event, merge_undoably, remove_occurrence};

use crate::backup::BackupError;
use crate::contacts::ContactError;
use crate::events::EventError;
use crate::values::Invalid;

/// Why a merge or a bulk delete was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum OperationError {
    /// A contact could not be read or written.
    #[error(transparent)]
    Contact(#[from] ContactError),
    /// The backup made before a merge or bulk delete failed, so it was refused.
    #[error(transparent)]
    Backup(#[from] BackupError),
    /// An event could not be read or deleted.
    #[error(transparent)]
    Event(#[from] EventError),
}

impl From<Invalid> for OperationError {
    fn from(invalid: Invalid) -> Self {
        Self::Contact(invalid.into())
    }
}

impl From<rusqlite::Error> for OperationError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Contact(error.into())
    }
}
