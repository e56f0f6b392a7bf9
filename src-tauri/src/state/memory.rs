//! Giving the book's page caches back once the app is quiet (the idle
//! task in `crate::memory`).

use std::sync::Arc;

use curbside_core::db::release_cache;
use tokio::sync::Notify;

use super::{blocking, try_lock, AppState};

impl AppState {
    /// Notified after every piece of database work, on either connection,
    /// whatever its outcome.
    pub fn worked(&self) -> Arc<Notify> {
        self.worked.clone()
    }

    /// Empties both connections' page caches and returns the freed memory
    /// to the system. Skipped, and `false` returned, while work holds a
    /// connection or the book is locked: it never waits for a command or
    /// holds one up, and the end of that work notifies [`Self::worked`]
    /// again.
    pub async fn release_memory(&self) -> bool {
        let db = self.db.clone();
        blocking(move || {
            let Some(open) = try_lock(&db) else {
                return Ok(false);
            };
            let Some(open) = open.as_ref() else {
                return Ok(false);
            };
            let Some(reader) = open.reader.try_lock() else {
                return Ok(false);
            };
            for connection in std::iter::once(&open.connection).chain(reader.as_ref()) {
                // Only fails on a closed connection; nothing is lost then.
                let _ = release_cache(connection);
            }
            crate::memory::give_back();
            Ok(true)
        })
        .await
        .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use curbside_core::contacts::{self, ContactDraft};
    use curbside_core::data_dir::DataDir;
    use curbside_core::db::{cache_used, Connection};
    use curbside_core::keys::Passphrase;
    use jiff::Timestamp;

    use super::*;

    fn run<F: std::future::Future>(work: F) -> F::Output {
        tauri::async_runtime::block_on(work)
    }

    fn fired(signal: &Notify) -> bool {
        run(async {
            tokio::time::timeout(Duration::from_millis(200), signal.notified())
                .await
                .is_ok()
        })
    }

    /// A book of 300 contacts with long notes, on a real data folder.
    fn book() -> (tempfile::TempDir, AppState) {
        let folder = tempfile::tempdir().unwrap();
        let state = AppState::new(Some(DataDir::new(folder.path())), Arc::new(Notify::new()));
        run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap();
        run(state.with_db(|db| {
            for n in 0..300 {
                let draft = ContactDraft {
                    display_name: format!("Dr. Colleague {n}"),
                    notes: "Met at the cardiology fellows' dinner. ".repeat(40),
                    ..Default::default()
                };
                contacts::create(db, &draft, Timestamp::now())?;
            }
            Ok::<_, curbside_core::contacts::ContactError>(())
        }))
        .unwrap();
        (folder, state)
    }

    /// Reads every contact on both connections; returns what their caches
    /// then hold.
    fn read_all(state: &AppState) -> (usize, usize) {
        run(state.with_db_and_reader(|db, reader| {
            let reader = reader.expect("a second connection");
            let every = |conn: &Connection| {
                conn.query_row("SELECT sum(length(notes)) FROM contacts", [], |row| {
                    row.get::<_, i64>(0)
                })
            };
            assert_eq!(every(db)?, every(reader)?);
            Ok::<_, curbside_core::contacts::ContactError>((cache_used(db), cache_used(reader)))
        }))
        .unwrap()
    }

    #[test]
    fn every_piece_of_work_tells_the_idle_task_even_a_failed_one() {
        let (_folder, state) = book();
        let worked = state.worked();
        // The writes that filled the book told it already.
        fired(&worked);

        run(state.with_db(|db| contacts::get(db, 999_999).map(|_| ()))).unwrap_err();
        assert!(fired(&worked), "a failed command did not count as work");
        run(state.with_reader(|db| contacts::summaries(db, &Default::default()))).unwrap();
        assert!(fired(&worked), "a read on the second connection did not");
        assert!(!fired(&worked), "told once per piece of work");
    }

    #[test]
    fn a_quiet_app_gives_back_both_page_caches_and_the_next_read_still_answers() {
        let (_folder, state) = book();
        let (first, second) = read_all(&state);
        assert!(first > 256 * 1024, "the writer's cache holds {first} bytes");
        assert!(
            second > 256 * 1024,
            "the reader's cache holds {second} bytes"
        );

        assert!(run(state.release_memory()));

        let (first, second) = run(state.with_db_and_reader(|db, reader| {
            Ok::<_, curbside_core::contacts::ContactError>((
                cache_used(db),
                cache_used(reader.expect("a second connection")),
            ))
        }))
        .unwrap();
        assert!(
            first < 64 * 1024,
            "the writer's cache still holds {first} bytes"
        );
        assert!(
            second < 64 * 1024,
            "the reader's cache still holds {second} bytes"
        );
        let (again, _) = read_all(&state);
        assert!(again > 256 * 1024, "the next read fills the cache again");
    }

    #[test]
    fn nothing_is_given_back_while_a_command_holds_the_book() {
        let (_folder, state) = book();
        let (before, _) = read_all(&state);
        let db = state.db.clone();
        let held = db.lock().unwrap();

        assert!(
            !run(state.release_memory()),
            "it waited for the command or cut into it"
        );
        drop(held);
        let (after, _) = read_all(&state);
        assert!(after >= before, "the cache was emptied under a command");
    }
}
