//! Operations that cut across domains, the top layer of the core: merging
//! two contacts who are one person (their interactions, jobs, plans,
//! reminders and search entries follow), and actions on a selection of
//! contacts (tag, untag, delete with a backup first, and its undo).
//!
//! It may use every module below it (domains, storage, `values`); no module
//! of the core uses it, only the app, the CLI and tests. See
//! [`values`](crate::values) for the layers.

mod bulk;
mod merge;

pub use bulk::{delete_many, restore, tag, untag, Deleted};
pub use merge::merge;

use crate::backup::BackupError;
use crate::contacts::ContactError;
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
