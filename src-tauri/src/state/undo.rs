//! Changes kept for a while so that the user can take them back: a bulk
//! delete, and the one-click changes the core journals (a contact's or an
//! event's delete, a merge).

use curbside_core::operations::{self, Deleted, Journal};

use super::AppState;
use crate::error::{ErrorCode, IpcError};
use crate::locking::lock;

/// What taking a change back needs.
pub enum Undoable {
    /// The rows a bulk delete removed.
    BulkDelete(Deleted),
    /// Every row a one-click change wrote.
    Journaled(Journal),
}

impl From<Deleted> for Undoable {
    fn from(deleted: Deleted) -> Self {
        Self::BulkDelete(deleted)
    }
}

impl From<Journal> for Undoable {
    fn from(journal: Journal) -> Self {
        Self::Journaled(journal)
    }
}

/// Changes that can still be undone, newest last; a few are kept.
#[derive(Default)]
pub(super) struct UndoShelf {
    next: u64,
    kept: Vec<(u64, Undoable)>,
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
    /// Keeps what takes a change back and returns the token that undoes it.
    pub fn keep_for_undo(&self, change: impl Into<Undoable>) -> u64 {
        let mut shelf = lock(&self.undo);
        shelf.next += 1;
        let token = shelf.next;
        shelf.kept.push((token, change.into()));
        if shelf.kept.len() > UNDO_KEPT {
            shelf.kept.remove(0);
        }
        token
    }

    /// Takes back what the change with this token did.
    pub fn take_for_undo(&self, token: u64) -> Result<Undoable, IpcError> {
        let mut shelf = lock(&self.undo);
        let at = shelf
            .kept
            .iter()
            .position(|(kept, _)| *kept == token)
            .ok_or_else(|| {
                IpcError::new(ErrorCode::NotFound, "That change can no longer be undone")
            })?;
        Ok(shelf.kept.remove(at).1)
    }

    /// Takes back the change with this token, once.
    pub async fn undo(&self, token: u64) -> Result<(), IpcError> {
        match self.take_for_undo(token)? {
            Undoable::BulkDelete(deleted) => {
                self.with_db(move |db| operations::restore(db, &deleted))
                    .await
            }
            Undoable::Journaled(journal) => {
                self.with_db(move |db| operations::take_back(db, &journal))
                    .await
            }
        }
    }
}
