//! Restoring a backup over the open book.

use std::path::PathBuf;

use curbside_core::backup::{self, Counts};
use curbside_core::keys::DataKey;

use super::{blocking, lock, AppState, OpenDatabase, ReaderSlot};
use crate::error::IpcError;

impl AppState {
    /// Restores the backup `file` over the open book
    /// (`backup::prepare_restore`): both connections close and open again,
    /// on the restored book, or on the book as it was when the restore
    /// stopped. Returns what the restored book holds.
    pub async fn restore(&self, file: PathBuf) -> Result<Counts, IpcError> {
        let dir = self.data_dir.clone().ok_or_else(IpcError::locked)?;
        let db = self.db.clone();
        let changed = self.changed.clone();
        let local_changes = self.local_changes.clone();
        let reader_cell = self.reader.clone();
        blocking(move || {
            let mut open = lock(&db);
            let current = open.as_ref().ok_or_else(IpcError::locked)?;
            let key = current.key.as_ref().ok_or_else(IpcError::locked)?;
            let key = DataKey::from_bytes(*key.as_bytes());
            let prepared = backup::prepare_restore(&dir, &key, &current.connection, &file)?;
            let current = open.take().ok_or_else(IpcError::locked)?;
            drop(current.reader);
            let (connection, outcome) = match prepared.finish(current.connection, &key) {
                Ok(connection) => (connection, Ok(())),
                Err(error) => (
                    curbside_core::vault::open_database(&dir.database(), &key, false)
                        .map_err(|e| IpcError::new(crate::error::ErrorCode::Storage, e))?,
                    Err(error),
                ),
            };
            let counts = backup::counts(&connection);
            *open = Some(OpenDatabase {
                reader: ReaderSlot::fill(
                    &reader_cell,
                    curbside_core::db::open_reader(&dir.database(), &key).ok(),
                ),
                connection,
                key_in_keyring: current.key_in_keyring,
                key: Some(key),
                _seal: Some(curbside_core::db::SealOnClose::new(dir.database())),
            });
            changed.notify_one();
            local_changes.notify_one();
            outcome?;
            Ok(counts)
        })
        .await
    }
}
