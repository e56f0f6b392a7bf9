//! The second, read-only connection, under a lock of its own: a long
//! whole-book read (the duplicates scan) runs on it while commands go on
//! on the first connection, instead of queueing behind the one lock.
//!
//! [`AppState::with_db_and_reader`] takes the first lock, then this one if
//! it is free, so the reminders still read both connections with no write
//! between them; while a long read holds it they read on the first alone
//! rather than hold the first lock, and every command, while they wait.
//! [`AppState::with_reader`] takes only this one. The slot is filled when
//! the book opens and emptied (closing the connection, after any read on
//! it ends) when the book closes, before the first connection closes.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, MutexGuard};

use curbside_core::db::Connection;

use super::{answered, blocking, lock, try_lock, AppState, Worked};
use crate::error::IpcError;

/// Where the second connection lives while the book is open: shared by the
/// app's state (for [`AppState::with_reader`]) and the open book.
pub(super) type ReaderCell = Arc<Mutex<Option<Connection>>>;

/// The open book's hold on the second connection: dropping it closes the
/// connection, waiting for a read on it to end first.
pub(super) struct ReaderSlot(ReaderCell);

impl ReaderSlot {
    /// Puts `reader` (none if it could not be opened) into `cell`.
    pub(super) fn fill(cell: &ReaderCell, reader: Option<Connection>) -> Self {
        *lock(cell) = reader;
        Self(cell.clone())
    }

    /// The second connection, held until the guard drops; `None` while a
    /// read on it ([`AppState::with_reader`]) holds it.
    pub(super) fn try_lock(&self) -> Option<MutexGuard<'_, Option<Connection>>> {
        try_lock(&self.0)
    }
}

impl Drop for ReaderSlot {
    fn drop(&mut self) {
        lock(&self.0).take();
    }
}

impl AppState {
    /// Runs read-only `work` on the second connection, on a blocking
    /// thread, without waiting for commands on the first; on the first when
    /// there is no second (it could not be opened, or the book is locked).
    pub async fn with_reader<T, E>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, IpcError>
    where
        T: Send + 'static,
        E: Into<IpcError>,
    {
        let cell = self.reader.clone();
        let db = self.db.clone();
        let worked = self.worked.clone();
        blocking(move || {
            let _tell = Worked(&worked);
            let reader = lock(&cell);
            if let Some(connection) = reader.as_ref() {
                return read(connection, work);
            }
            drop(reader);
            let open = lock(&db);
            let open = open.as_ref().ok_or_else(IpcError::locked)?;
            read(&open.connection, work)
        })
        .await
    }
}

/// `work` on `connection`, a panic in it answered as an error.
fn read<T, E: Into<IpcError>>(
    connection: &Connection,
    work: impl FnOnce(&Connection) -> Result<T, E>,
) -> Result<T, IpcError> {
    answered(
        catch_unwind(AssertUnwindSafe(|| work(connection))),
        connection,
    )
}
