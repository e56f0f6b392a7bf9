//! Two writers and a reader on one book at once, as when the app is open
//! while scripts run the CLI: every write lands, none fails with "database
//! is locked", and the reader sees only whole writes.

use std::thread;

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::keys::MemorySecretStore;
use curbside_core::vault;
use jiff::Timestamp;

const WRITES: usize = 150;

fn draft(name: &str) -> ContactDraft {
    ContactDraft {
        display_name: name.into(),
        ..Default::default()
    }
}

#[test]
fn two_writers_and_a_reader_at_once_lose_nothing_and_fail_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let store = MemorySecretStore::new();
    drop(vault::unlock(&dir, &store, None).unwrap());

    let writers: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|who| {
            let mut book = vault::unlock(&dir, &store, None).unwrap();
            thread::spawn(move || {
                let mut failures = Vec::new();
                for n in 0..WRITES {
                    let name = format!("Dr. {who} {n}");
                    // Logging a meeting reads (are the people there?) before
                    // it writes: the kind of transaction a deferred BEGIN
                    // cannot wait out when the other writer commits between.
                    let made =
                        contacts::create(&mut book.connection, &draft(&name), Timestamp::now());
                    let logged = made.and_then(|contact| {
                        let meeting = InteractionDraft {
                            kind: InteractionKind::Meeting,
                            occurred_at: None,
                            time_zone: String::new(),
                            topic: format!("renal denervation {n}"),
                            note: String::new(),
                            contact_ids: vec![contact.id],
                            event_id: None,
                        };
                        interactions::add(&mut book.connection, &meeting, Timestamp::now())
                    });
                    if let Err(error) = logged {
                        failures.push(format!("{name}: {error}"));
                    }
                }
                failures
            })
        })
        .collect();
    let reader = vault::unlock(&dir, &store, None).unwrap();
    let reads = thread::spawn(move || {
        let mut torn = 0;
        for _ in 0..100 {
            let seen = contacts::list(&reader.connection, &Default::default()).unwrap();
            torn += seen.iter().filter(|c| c.display_name.is_empty()).count();
        }
        torn
    });

    let failures: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert_eq!(failures, Vec::<String>::new(), "writes that failed");
    assert_eq!(reads.join().unwrap(), 0);
    let book = vault::unlock(&dir, &store, None).unwrap();
    let all = contacts::list(&book.connection, &Default::default()).unwrap();
    assert_eq!(all.len(), 2 * WRITES);
    let logged: i64 = book
        .connection
        .query_row("SELECT count(*) FROM interactions", [], |row| row.get(0))
        .unwrap();
    assert_eq!(logged, 2 * WRITES as i64);
}

/// The race the stress test above can miss, made certain: a write
/// transaction reads first, another writer commits meanwhile, then the
/// first writes. Begun deferred, SQLite refuses that write at once
/// ("database is locked", no busy wait); begun immediate, the second
/// writer waits its turn and both land.
#[test]
fn a_transaction_that_reads_before_it_writes_is_not_refused_by_another_writer() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let store = MemorySecretStore::new();
    let mut first = vault::unlock(&dir, &store, None).unwrap();
    let mut second = vault::unlock(&dir, &store, None).unwrap();
    let (read, has_read) = std::sync::mpsc::channel();

    let other = thread::spawn(move || {
        has_read.recv().unwrap();
        contacts::create(
            &mut second.connection,
            &draft("Dr. Second"),
            Timestamp::now(),
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    });
    let tx = first.connection.transaction().unwrap();
    let before: i64 = tx
        .query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))
        .unwrap();
    read.send(()).unwrap();
    thread::sleep(std::time::Duration::from_millis(300));
    // Any write: even one that changes no row takes the write lock.
    let wrote = tx.execute("DELETE FROM contacts WHERE id = -1", []);
    let committed = wrote.and_then(|_| tx.commit());

    assert_eq!(before, 0);
    assert!(
        committed.is_ok(),
        "the first writer was refused: {committed:?}"
    );
    assert_eq!(other.join().unwrap(), Ok(()));
    let contacts = contacts::list(&first.connection, &Default::default()).unwrap();
    assert_eq!(contacts.len(), 1);
}
