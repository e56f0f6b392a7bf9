//! Damage and repair, proven on real encrypted files: a truncated database
//! and one with a damaged page are found at the first open and never
//! written to, the doctor names what is wrong, and salvage brings back
//! every row on the pages that are intact. A damaged key file, a tampered
//! key slot and a damaged header each say what they are.

use std::fs;
use std::io::{Seek, SeekFrom, Write};
use std::time::{Duration, Instant};

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::db::{self, DbError};
use curbside_core::keys::{KeyError, MemorySecretStore, Passphrase};
use curbside_core::repair;
use curbside_core::search;
use curbside_core::vault::{self, VaultError};
use jiff::Timestamp;

const PASSPHRASE: &str = "correct horse battery";
const CONTACTS: usize = 1500;

struct Book {
    _temp: tempfile::TempDir,
    dir: DataDir,
    store: MemorySecretStore,
}

fn secret() -> Passphrase {
    Passphrase::new(PASSPHRASE)
}

fn name(i: usize) -> String {
    format!("Dr. Person{i:05} Example")
}

/// A closed book of [`CONTACTS`] contacts, each with an email and a note
/// long enough to spread them over many pages.
fn book() -> Book {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let store = MemorySecretStore::new();
    let mut unlocked = vault::unlock(&dir, &store, Some(&secret())).unwrap();
    for i in 0..CONTACTS {
        let draft = ContactDraft {
            display_name: name(i),
            emails: vec![format!("person{i}@example.org")],
            notes: format!(
                "met at the congress, talked about case {i}: {}",
                "x".repeat(200)
            ),
            ..Default::default()
        };
        contacts::create(&mut unlocked.connection, &draft, Timestamp::now()).unwrap();
    }
    drop(unlocked);
    Book {
        _temp: temp,
        dir,
        store,
    }
}

fn page_size(book: &Book) -> u64 {
    let key = vault::find_key(&book.dir, &book.store, None).unwrap().key;
    let conn = db::open_as_found(&book.dir.database(), &key).unwrap();
    let size: String = conn
        .query_row("PRAGMA cipher_page_size", [], |row| row.get(0))
        .unwrap();
    size.parse().unwrap()
}

/// The page numbers (1-based) holding contacts' rows.
fn contact_pages(book: &Book) -> Vec<u64> {
    let key = vault::find_key(&book.dir, &book.store, None).unwrap().key;
    let conn = db::open_as_found(&book.dir.database(), &key).unwrap();
    let mut statement = conn
        .prepare("SELECT pageno FROM dbstat WHERE name = 'contacts' AND pagetype = 'leaf' ORDER BY pageno")
        .unwrap();
    let pages = statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    pages
}

fn overwrite(path: &std::path::Path, at: u64, bytes: &[u8]) {
    let mut file = fs::OpenOptions::new().write(true).open(path).unwrap();
    file.seek(SeekFrom::Start(at)).unwrap();
    file.write_all(bytes).unwrap();
}

fn damaged(error: &VaultError) -> &[String] {
    match error {
        VaultError::Database(DbError::Damaged { findings, .. }) => findings,
        other => panic!("expected the database reported damaged, got: {other}"),
    }
}

fn contact_names(book: &Book) -> Vec<String> {
    let unlocked = vault::unlock(&book.dir, &book.store, None).unwrap();
    contacts::list(&unlocked.connection, &Default::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn a_truncated_database_is_refused_untouched_and_salvage_keeps_the_rows_before_the_cut() {
    let book = book();
    let path = book.dir.database();
    let page = page_size(&book);
    let length = fs::metadata(&path).unwrap().len();
    let file = fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(length / 2 / page * page).unwrap();
    drop(file);
    let before = fs::read(&path).unwrap();

    // The keyring's key and the passphrase both find it damaged; neither
    // open migrates or writes anything.
    let error = vault::unlock(&book.dir, &book.store, None).unwrap_err();
    assert!(!damaged(&error).is_empty());
    assert!(error.to_string().contains("damaged"), "{error}");
    assert!(error.to_string().contains("will not write"), "{error}");
    let error = vault::unlock(&book.dir, &vault_no_store(), Some(&secret())).unwrap_err();
    damaged(&error);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the damaged file was written to"
    );

    let examination = repair::examine(&book.dir, &book.store, None).unwrap();
    assert!(!examination.healthy());
    assert!(examination.database_damaged());
    let key = examination.key.unwrap();
    let salvaged = repair::salvage(&book.dir, &key).unwrap();
    assert!(!salvaged.complete);
    assert_eq!(
        fs::read(&salvaged.damaged_copy).unwrap(),
        before,
        "the damaged file is kept as it was"
    );

    let contacts_saved = salvaged
        .tables
        .iter()
        .find(|t| t.table == "contacts")
        .unwrap();
    let names = contact_names(&book);
    assert_eq!(names.len() as u64, contacts_saved.saved);
    assert!(
        names.len() > CONTACTS / 4 && names.len() < CONTACTS,
        "{} saved",
        names.len()
    );
    // The first contacts were on the first pages, which are intact.
    assert!(names.contains(&name(0)));
    assert!(names.contains(&name(50)));
    // The new book is whole: it opens, passes its checks and finds people.
    let unlocked = vault::unlock(&book.dir, &book.store, None).unwrap();
    let found = search::search(&unlocked.connection, "person00050", 5).unwrap();
    assert_eq!(found.len(), 1, "the search index was rebuilt");
    drop(unlocked);
    assert!(repair::examine(&book.dir, &book.store, None)
        .unwrap()
        .healthy());
}

fn vault_no_store() -> curbside_core::keys::NoSecretStore {
    curbside_core::keys::NoSecretStore
}

#[test]
fn one_damaged_page_is_found_by_its_hmac_and_salvage_keeps_every_other_row() {
    let book = book();
    let path = book.dir.database();
    let page = page_size(&book);
    let pages = contact_pages(&book);
    let victim = pages[pages.len() / 2];
    overwrite(&path, page * (victim - 1) + 1000, &[0x5a; 100]);
    let before = fs::read(&path).unwrap();

    let error = vault::unlock(&book.dir, &book.store, None).unwrap_err();
    damaged(&error);
    assert_eq!(fs::read(&path).unwrap(), before);

    let examination = repair::examine(&book.dir, &book.store, None).unwrap();
    let pages_check = examination
        .checks
        .iter()
        .find(|c| c.check == "pages")
        .unwrap();
    assert!(!pages_check.ok);
    assert!(
        pages_check
            .findings
            .iter()
            .any(|f| f.contains(&format!("page {victim}"))),
        "{:?}",
        pages_check.findings
    );

    let key = examination.key.as_ref().unwrap();
    let repaired = repair::repair(&book.dir, key, &examination).unwrap();
    let salvaged = repaired.salvaged.unwrap();
    let contacts_saved = salvaged
        .tables
        .iter()
        .find(|t| t.table == "contacts")
        .unwrap();
    assert_eq!(contacts_saved.unreadable.len(), 1, "{contacts_saved:?}");
    let names = contact_names(&book);
    let lost = CONTACTS - names.len();
    // One page of contacts, a handful of rows: every other one is back.
    assert!(lost > 0 && lost < 40, "{lost} contacts lost");
    assert!(names.contains(&name(0)) && names.contains(&name(CONTACTS - 1)));
    // Their emails came back with them; the lost contacts' emails were left out.
    let emails = salvaged
        .tables
        .iter()
        .find(|t| t.table == "contact_emails")
        .unwrap();
    assert_eq!(emails.saved as usize, names.len(), "{emails:?}");
    let after = repair::examine(&book.dir, &book.store, None).unwrap();
    assert!(after.healthy(), "{:?}", after.checks);
}

#[test]
fn a_damaged_header_is_not_called_a_wrong_key() {
    let book = book();
    let path = book.dir.database();
    overwrite(&path, 200, &[0xa5; 100]);
    let before = fs::read(&path).unwrap();

    let error = vault::unlock(&book.dir, &vault_no_store(), Some(&secret())).unwrap_err();
    let findings = damaged(&error);
    assert_eq!(findings, [vault::DAMAGED_HEADER]);
    let message = error.to_string();
    assert!(!message.contains("key is wrong"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before);

    // A wrong passphrase is still just that.
    let wrong = vault::unlock(
        &book.dir,
        &vault_no_store(),
        Some(&Passphrase::new("incorrect horse")),
    )
    .unwrap_err();
    assert!(
        matches!(wrong, VaultError::Key(KeyError::WrongSecret)),
        "{wrong}"
    );

    // Nothing can be salvaged from it: said so, and the file stays.
    let key = vault::find_key(&book.dir, &book.store, None).map(|f| f.key);
    if let Ok(key) = key {
        let error = repair::salvage(&book.dir, &key).unwrap_err();
        assert!(error.to_string().contains("restore a backup"), "{error}");
    }
    assert_eq!(fs::read(&path).unwrap(), before);
}

fn key_file_error(book: &Book, text: &str) -> String {
    fs::write(book.dir.key_file(), text).unwrap();
    let error = vault::unlock(&book.dir, &vault_no_store(), Some(&secret())).unwrap_err();
    assert!(
        matches!(error, VaultError::Key(KeyError::Damaged { .. })),
        "{text}: {error}"
    );
    let message = error.to_string();
    assert!(message.contains("key file"), "{message}");
    assert!(!message.contains("does not unlock"), "{message}");
    message
}

#[test]
fn a_damaged_key_file_says_so_not_that_the_passphrase_is_wrong() {
    let book = book();
    let good = fs::read_to_string(book.dir.key_file()).unwrap();
    key_file_error(&book, &good[..good.len() / 2]);
    key_file_error(&book, "this is not JSON");
    key_file_error(&book, r#"{"format": 1, "id": "x", "keys": []}"#);
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["slots"] = serde_json::json!([]);
    let message = key_file_error(&book, &value.to_string());
    assert!(message.contains("no key slot"), "{message}");
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    for slot in value["slots"].as_array_mut().unwrap() {
        slot["salt"] = "!!not base64!!".into();
    }
    let message = key_file_error(&book, &value.to_string());
    assert!(message.contains("not base64"), "{message}");
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    for slot in value["slots"].as_array_mut().unwrap() {
        slot["nonce"] = "AAAA".into();
    }
    let message = key_file_error(&book, &value.to_string());
    assert!(message.contains("nonce is 3 bytes"), "{message}");

    // The right file back: it opens again, nothing was lost.
    fs::write(book.dir.key_file(), good).unwrap();
    assert_eq!(contact_names(&book).len(), CONTACTS);
}

#[test]
fn tampered_key_derivation_settings_are_refused_at_once() {
    let book = book();
    let good = fs::read_to_string(book.dir.key_file()).unwrap();
    for (field, value) in [
        ("memory_kib", serde_json::json!(u32::MAX)),
        ("memory_kib", serde_json::json!(0)),
        ("passes", serde_json::json!(1_000_000)),
        ("passes", serde_json::json!(0)),
        ("lanes", serde_json::json!(1000)),
    ] {
        let mut file: serde_json::Value = serde_json::from_str(&good).unwrap();
        for slot in file["slots"].as_array_mut().unwrap() {
            slot[field] = value.clone();
        }
        let started = Instant::now();
        let message = key_file_error(&book, &file.to_string());
        assert!(message.contains("key derivation settings"), "{message}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{field} {value} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn writes_to_a_read_only_or_full_database_say_so_in_plain_words() {
    let book = book();
    let key = vault::find_key(&book.dir, &book.store, None).unwrap().key;
    // A connection that cannot write, as on a read-only folder.
    let conn = db::open_as_found(&book.dir.database(), &key).unwrap();
    let error = conn
        .execute("UPDATE contacts SET notes = 'x'", [])
        .unwrap_err();
    assert!(db::is_read_only_error(&error));
    let said = db::in_plain_words(&format!("could not save the contact: {error}"));
    assert!(
        said.contains("read-only") && said.contains("nothing was lost"),
        "{said}"
    );
    drop(conn);

    // A full disk: the file may not grow.
    let mut unlocked = vault::unlock(&book.dir, &book.store, None).unwrap();
    let pages: i64 = unlocked
        .connection
        .query_row("PRAGMA page_count", [], |row| row.get(0))
        .unwrap();
    unlocked
        .connection
        .execute_batch(&format!("PRAGMA max_page_count = {pages}"))
        .unwrap();
    let big = ContactDraft {
        display_name: "Dr. Big Notes".into(),
        notes: "y".repeat(90_000),
        ..Default::default()
    };
    let error = contacts::create(&mut unlocked.connection, &big, Timestamp::now()).unwrap_err();
    let said = db::in_plain_words(&error.to_string());
    assert!(
        said.contains("disk is full") && said.contains("nothing was lost"),
        "{said}"
    );
    drop(unlocked);
    // Nothing half-written: every contact is there, and not the big one.
    let names = contact_names(&book);
    assert_eq!(names.len(), CONTACTS);
}

#[test]
fn an_empty_database_file_is_damage_not_a_new_book() {
    let book = book();
    fs::write(book.dir.database(), b"").unwrap();
    let error = vault::unlock(&book.dir, &book.store, None).unwrap_err();
    assert!(damaged(&error)[0].contains("empty"), "{error}");
    assert_eq!(fs::metadata(book.dir.database()).unwrap().len(), 0);
}
