//! Bulk deletes kept for a while so that the user can take them back.

use curbside_core::operations::Deleted;

use super::AppState;
use crate::error::{ErrorCode, IpcError};

/// Bulk deletes that can still be undone, newest last; a few are kept.
#[derive(Default)]
pub(super) struct UndoShelf {
    next: u64,
    kept: Vec<(u64, Deleted)>,
}

const UNDO_KEPT: usize = 10;

impl UndoShelf {
    /// Forgets every kept delete (the book was locked: what it removed
    /// must not stay in memory).
    pub(super) fn forget_all(&mut self) {
        self.kept.clear();
    }
}

impl AppState {
    /// Keeps what a bulk delete removed and returns the token that undoes it.
    pub fn keep_for_undo(&self, deleted: Deleted) -> u64 {
        let mut shelf = self
            .undo
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        shelf.next += 1;
        let token = shelf.next;
        shelf.kept.push((token, deleted));
        if shelf.kept.len() > UNDO_KEPT {
            shelf.kept.remove(0);
        }
        token
    }

    /// Takes back what the bulk delete with this token removed.
    pub fn take_for_undo(&self, token: u64) -> Result<Deleted, IpcError> {
        let mut shelf = self
            .undo
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let at = shelf
            .kept
            .iter()
            .position(|(kept, _)| *kept == token)
            .ok_or_else(|| {
                IpcError::new(ErrorCode::NotFound, "That delete can no longer be undone")
            })?;
        Ok(shelf.kept.remove(at).1)
    }
}
