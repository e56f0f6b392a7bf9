//! The seal: a book Curbside closed opens without reading every page, and a
//! book changed since then (here: a page overwritten from outside) is read
//! whole first, so its damage is found and nothing is written to it.

use std::fs;
use std::io::{Seek, SeekFrom, Write};

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::db::{self, DbError};
use curbside_core::keys::MemorySecretStore;
use curbside_core::vault::{self, VaultError};
use jiff::Timestamp;

struct Book {
    _temp: tempfile::TempDir,
    dir: DataDir,
    store: MemorySecretStore,
}

/// A book of 600 contacts, opened once more after it was made (so checked)
/// and closed the way the app and the CLI close it.
fn closed_book() -> Book {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let store = MemorySecretStore::new();
    let mut unlocked = vault::unlock(&dir, &store, None).unwrap();
    for i in 0..600 {
        let draft = ContactDraft {
            display_name: format!("Dr. Person{i:04} Example"),
            notes: "x".repeat(300),
            ..Default::default()
        };
        contacts::create(&mut unlocked.connection, &draft, Timestamp::now()).unwrap();
    }
    drop(unlocked);
    drop(vault::unlock(&dir, &store, None).unwrap());
    db::seal_after_close(&dir.database());
    Book {
        _temp: temp,
        dir,
        store,
    }
}

/// Overwrites the middle of a page that holds contacts' rows (found with
/// `dbstat`), so that opening the book reads nothing damaged and only a
/// check of every page finds it.
fn damage_a_page(book: &Book) {
    let key = vault::find_key(&book.dir, &book.store, None).unwrap().key;
    let (page, size): (i64, i64) = {
        let conn = db::open_as_found(&book.dir.database(), &key).unwrap();
        let page = conn
            .query_row(
                "SELECT max(pageno) FROM dbstat WHERE name = 'contacts' AND pagetype = 'leaf'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        let size: String = conn
            .query_row("PRAGMA cipher_page_size", [], |row| row.get(0))
            .unwrap();
        (page, size.parse().unwrap())
    };
    let mut file = fs::OpenOptions::new()
        .write(true)
        .open(book.dir.database())
        .unwrap();
    file.seek(SeekFrom::Start(((page - 1) * size + size / 2) as u64))
        .unwrap();
    file.write_all(&[0x5a; 64]).unwrap();
}

fn is_damaged(result: &Result<vault::Unlocked, VaultError>) -> bool {
    matches!(result, Err(VaultError::Database(DbError::Damaged { .. })))
}

#[test]
fn a_page_damaged_after_a_clean_close_is_still_found_at_the_next_open() {
    let book = closed_book();
    let path = book.dir.database();
    assert!(db::is_sealed(&path), "closed cleanly, so sealed");

    damage_a_page(&book);
    assert!(
        !db::is_sealed(&path),
        "a write from outside breaks the seal"
    );
    let before = fs::read(&path).unwrap();
    let opened = vault::unlock(&book.dir, &book.store, None);
    assert!(is_damaged(&opened), "{opened:?}");
    assert_eq!(fs::read(&path).unwrap(), before, "nothing written to it");
}

#[test]
fn a_sealed_book_opens_without_reading_every_page() {
    let book = closed_book();
    let path = book.dir.database();
    // Damage the file, then seal it as it now stands: the seal is all the
    // open trusts, so the damage goes unseen, which shows the pages unread.
    damage_a_page(&book);
    db::seal_after_close(&path);
    let opened = vault::unlock(&book.dir, &book.store, None).expect("opened on the seal");
    assert!(!db::quick_check(&opened.connection).unwrap().is_empty());
    drop(opened);

    // Without the seal, the same file is refused.
    fs::remove_file(db::seal_path(&path)).unwrap();
    assert!(is_damaged(&vault::unlock(&book.dir, &book.store, None)));
}

#[test]
fn a_book_left_open_with_changes_in_its_log_is_not_sealed() {
    let book = closed_book();
    let path = book.dir.database();
    let mut unlocked = vault::unlock(&book.dir, &book.store, None).unwrap();
    let draft = ContactDraft {
        display_name: "Dr. Late Arrival".into(),
        ..Default::default()
    };
    contacts::create(&mut unlocked.connection, &draft, Timestamp::now()).unwrap();
    // Another process sealing now (its own command ended) must not seal a
    // file whose changes are still in the log.
    db::seal_after_close(&path);
    assert!(!db::is_sealed(&path));
    drop(unlocked);
    db::seal_after_close(&path);
    assert!(db::is_sealed(&path), "the last close folds the log in");
}
