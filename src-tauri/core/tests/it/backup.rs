//! Backups and restore as a user meets them: a book backed up in one data
//! folder comes back in an empty one with only the recovery key; a restore
//! brings back what was deleted after backing up what is there; a damaged
//! backup is refused and the book left as it was; risky changes back up
//! first, and refuse when they cannot.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use curbside_core::backup::{self, BackupError, Reason};
use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::data_dir::DataDir;
use curbside_core::db::{self, DbError};
use curbside_core::keys::{DataKey, MemorySecretStore, NoSecretStore, Passphrase};
use curbside_core::operations;
use curbside_core::vault::{self, Unlocked};
use jiff::Timestamp;

const PASSPHRASE: &str = "correct horse battery";

fn book() -> (tempfile::TempDir, DataDir, Unlocked) {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("a"));
    let unlocked = vault::unlock(&dir, &NoSecretStore, Some(&Passphrase::new(PASSPHRASE))).unwrap();
    (temp, dir, unlocked)
}

fn add(unlocked: &mut Unlocked, name: &str) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        notes: "met at ESC 2026".into(),
        ..Default::default()
    };
    contacts::create(&mut unlocked.connection, &draft, Timestamp::now())
        .unwrap()
        .id
}

fn names(conn: &db::Connection) -> Vec<String> {
    let mut names: Vec<String> = contacts::list(conn, &Default::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    names.sort();
    names
}

fn key_of(unlocked: &Unlocked) -> DataKey {
    DataKey::from_bytes(*unlocked.key().as_bytes())
}

fn reasons(dir: &DataDir) -> Vec<Reason> {
    backup::list(dir)
        .unwrap()
        .into_iter()
        .map(|b| b.reason)
        .collect()
}

#[test]
fn a_backup_is_encrypted_with_the_books_key_and_passes_its_check() {
    let (_temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    let path = PathBuf::from(&written.backup.path);
    assert!(path.starts_with(dir.root().join("backups")));

    let header = &fs::read(&path).unwrap()[..16];
    assert_ne!(
        header, b"SQLite format 3\0",
        "the backup is not plain SQLite"
    );
    let mut beside: Vec<_> = fs::read_dir(dir.root().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        beside,
        [name.clone(), format!("{name}.json")],
        "the backup and its sidecar, and no log or partial file"
    );
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\";",
        unlocked.key().to_hex().as_str()
    ))
    .unwrap();
    let journal: String = raw
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(
        journal, "delete",
        "a backup opens without files beside it, from a read-only folder too"
    );
    let check: String = raw
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let count: i64 = raw
        .query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))
        .unwrap();
    assert_eq!(count, 1);

    let listed = backup::list(&dir).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].counts.unwrap().contacts, 1);
    assert!(listed[0].has_key_file);
    assert!(listed[0].size > 0);
    let leftovers: Vec<_> = fs::read_dir(dir.root().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_book_comes_back_on_a_new_computer_with_only_the_recovery_key() {
    let (temp, _dir, mut unlocked) = book();
    let recovery = unlocked.recovery_key.take().unwrap();
    for name in ["Amara Okafor", "Jonas Weber", "Li Wei"] {
        add(&mut unlocked, name);
    }
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    let before = names(&unlocked.connection);
    drop(unlocked);

    // The new computer: an empty data folder, an empty keyring, and the
    // two backup files copied over (from a synced folder, say).
    let carried = temp.path().join("usb");
    fs::create_dir_all(&carried).unwrap();
    let file = carried.join(Path::new(&written.backup.path).file_name().unwrap());
    fs::copy(&written.backup.path, &file).unwrap();
    fs::copy(
        backup::sidecar(Path::new(&written.backup.path)),
        backup::sidecar(&file),
    )
    .unwrap();
    let new_dir = DataDir::new(temp.path().join("b"));
    let keyring = MemorySecretStore::new();
    let recovery_text = Passphrase::new(recovery.display().as_str());
    backup::restore_into_new(&new_dir, &file, &recovery_text, &keyring).unwrap();

    // Opens from the keyring with no prompt, as after a first unlock…
    let reopened = vault::unlock(&new_dir, &keyring, None).unwrap();
    assert_eq!(names(&reopened.connection), before);
    drop(reopened);
    // …and with the passphrase alone too, the key file having come along.
    let with_passphrase =
        vault::unlock(&new_dir, &NoSecretStore, Some(&Passphrase::new(PASSPHRASE))).unwrap();
    assert_eq!(names(&with_passphrase.connection), before);
}

#[test]
fn a_wrong_recovery_key_or_a_missing_key_file_restores_nothing() {
    let (temp, _dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    let file = PathBuf::from(&written.backup.path);
    let new_dir = DataDir::new(temp.path().join("b"));

    let wrong = Passphrase::new("not the passphrase at all");
    let error = backup::restore_into_new(&new_dir, &file, &wrong, &NoSecretStore).unwrap_err();
    assert!(error.to_string().contains("does not unlock"), "{error}");
    assert!(!new_dir.database().exists());

    fs::remove_file(backup::sidecar(&file)).unwrap();
    let error = backup::restore_into_new(
        &new_dir,
        &file,
        &Passphrase::new(PASSPHRASE),
        &NoSecretStore,
    )
    .unwrap_err();
    assert!(matches!(error, BackupError::NoKeyFile { .. }), "{error}");
    assert!(!new_dir.database().exists() && !new_dir.key_file().exists());
}

#[test]
fn a_restore_brings_back_a_deleted_contact_after_backing_up_the_current_state() {
    let (_temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let jonas = add(&mut unlocked, "Jonas Weber");
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    contacts::delete(&mut unlocked.connection, jonas).unwrap();
    assert_eq!(names(&unlocked.connection), ["Amara Okafor"]);

    let key = key_of(&unlocked);
    let prepared = backup::prepare_restore(
        &dir,
        &key,
        &unlocked.connection,
        Path::new(&written.backup.path),
    )
    .unwrap();
    let safety = prepared.before_restore.clone().unwrap();
    assert_eq!(safety.backup.reason, Reason::BeforeRestore);
    assert_eq!(safety.backup.counts.unwrap().contacts, 1);
    let restored = prepared.finish(unlocked.connection, &key).unwrap();
    assert_eq!(names(&restored), ["Amara Okafor", "Jonas Weber"]);
    drop(restored);

    let mut listed = reasons(&dir);
    listed.sort_by_key(|r| format!("{r:?}"));
    assert_eq!(listed, [Reason::BeforeRestore, Reason::Manual]);
    // The book opens as usual afterwards, with the passphrase.
    let reopened = vault::unlock(&dir, &NoSecretStore, Some(&Passphrase::new(PASSPHRASE))).unwrap();
    assert_eq!(names(&reopened.connection), ["Amara Okafor", "Jonas Weber"]);
}

#[test]
fn a_damaged_backup_is_refused_with_a_clear_message_and_the_book_is_untouched() {
    let (_temp, dir, mut unlocked) = book();
    for i in 0..200 {
        add(&mut unlocked, &format!("Contact {i:03}"));
    }
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    let file = PathBuf::from(&written.backup.path);
    let mut bytes = fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    fs::write(&file, bytes).unwrap();
    unlocked
        .connection
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    let database_before = fs::read(dir.database()).unwrap();

    let key = key_of(&unlocked);
    let error = backup::prepare_restore(&dir, &key, &unlocked.connection, &file).unwrap_err();
    assert!(matches!(error, BackupError::Damaged { .. }), "{error}");
    let message = error.to_string();
    assert!(
        message.contains("is damaged") && message.contains("not used"),
        "{message}"
    );

    assert_eq!(fs::read(dir.database()).unwrap(), database_before);
    assert_eq!(names(&unlocked.connection).len(), 200);
    assert_eq!(reasons(&dir), [Reason::Manual], "no before-restore backup");
    let staged: Vec<_> = fs::read_dir(dir.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("restoring"))
        .collect();
    assert!(staged.is_empty(), "{staged:?}");
}

#[test]
fn a_backup_from_a_newer_curbside_is_refused() {
    let (_temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    let raw = rusqlite::Connection::open(&written.backup.path).unwrap();
    raw.execute_batch(&format!(
        "PRAGMA key = \"x'{}'\"; PRAGMA user_version = {};",
        unlocked.key().to_hex().as_str(),
        db::latest_version() + 1
    ))
    .unwrap();
    drop(raw);

    let key = key_of(&unlocked);
    let error = backup::prepare_restore(
        &dir,
        &key,
        &unlocked.connection,
        Path::new(&written.backup.path),
    )
    .unwrap_err();
    assert!(
        matches!(error, BackupError::Database(DbError::TooNew { .. })),
        "{error}"
    );
    assert!(error.to_string().contains("newer Curbside"));
}

#[test]
fn a_backup_of_another_book_is_refused_by_name() {
    let (_temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let (_other_temp, _other_dir, mut other) = book();
    add(&mut other, "Someone Else");
    let theirs = backup::back_up(&other.connection, Reason::Manual).unwrap();

    let key = key_of(&unlocked);
    let error = backup::prepare_restore(
        &dir,
        &key,
        &unlocked.connection,
        Path::new(&theirs.backup.path),
    )
    .unwrap_err();
    assert!(matches!(error, BackupError::OtherBook { .. }), "{error}");
    assert_eq!(names(&unlocked.connection), ["Amara Okafor"]);
}

#[test]
fn an_import_a_merge_and_a_bulk_delete_each_back_up_first_but_an_empty_book_does_not() {
    let (_temp, dir, mut unlocked) = book();
    let vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amara Okafor\r\nEND:VCARD\r\n";
    let import = |conn: &mut db::Connection| {
        let cards = curbside_core::interop::vcard::read_cards(vcard.as_bytes());
        curbside_core::import::import(
            conn,
            vec![curbside_core::import::Source {
                file: "a.vcf".into(),
                cards: Box::new(cards),
            }],
            false,
            Timestamp::now(),
            |_| std::ops::ControlFlow::Continue(()),
        )
        .unwrap()
    };
    import(&mut unlocked.connection);
    assert!(
        reasons(&dir).is_empty(),
        "an empty book has nothing to back up"
    );

    import(&mut unlocked.connection);
    assert_eq!(reasons(&dir), [Reason::BeforeImport]);

    let a = add(&mut unlocked, "Jonas Weber");
    let b = add(&mut unlocked, "Jonas  Weber");
    operations::merge(&mut unlocked.connection, a, b, Timestamp::now()).unwrap();
    assert_eq!(reasons(&dir)[0], Reason::BeforeMerge);

    let c = add(&mut unlocked, "Li Wei");
    operations::delete_many(&mut unlocked.connection, &[a, c]).unwrap();
    assert_eq!(reasons(&dir)[0], Reason::BeforeBulkDelete);
    let newest = &backup::list(&dir).unwrap()[0];
    assert_eq!(
        newest.counts.unwrap().contacts,
        3,
        "taken before the delete"
    );
}

#[test]
fn a_bulk_delete_that_cannot_back_up_first_is_refused_and_deletes_nothing() {
    let (_temp, dir, mut unlocked) = book();
    let a = add(&mut unlocked, "Amara Okafor");
    // The backup folder cannot be made: a file stands where it would go.
    fs::write(dir.root().join("backups"), "in the way").unwrap();

    let error = operations::delete_many(&mut unlocked.connection, &[a]).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("nothing was changed") && message.contains("before a bulk delete"),
        "{message}"
    );
    assert_eq!(names(&unlocked.connection), ["Amara Okafor"]);
}

#[test]
fn a_chosen_folder_that_is_not_there_sends_the_backup_to_the_default_one() {
    let (temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let synced = temp.path().join("Dropbox");
    backup::set_folder(&dir, Some(&synced)).unwrap();
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    assert!(written
        .backup
        .path
        .starts_with(&synced.canonicalize().unwrap().display().to_string()));
    assert!(written.warning.is_none());

    fs::remove_dir_all(&synced).unwrap();
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    assert!(Path::new(&written.backup.path).starts_with(dir.root().join("backups")));
    assert!(written.warning.unwrap().contains("is not there"));
    assert_eq!(backup::list(&dir).unwrap().len(), 1, "the one still there");
}

#[test]
fn an_older_book_is_backed_up_before_its_schema_is_updated() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path());
    let key = DataKey::generate().unwrap();
    let mut raw = rusqlite::Connection::open(dir.database()).unwrap();
    raw.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex().as_str()))
        .unwrap();
    let older = db::latest_version() as usize - 1;
    db::MIGRATIONS.to_version(&mut raw, older).unwrap();
    raw.execute(
        "INSERT INTO contacts (display_name, created_at, updated_at) VALUES ('Amara Okafor', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        [],
    )
    .unwrap();
    drop(raw);

    let conn = vault::open_database(&dir.database(), &key, false).unwrap();
    assert_eq!(db::schema_version(&conn).unwrap(), db::latest_version());
    let listed = backup::list(&dir).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].reason, Reason::BeforeMigration);
    assert_eq!(listed[0].schema_version, Some(older as i64));
    drop(conn);
    // Opening again at the latest schema makes no further backup.
    drop(vault::open_database(&dir.database(), &key, false).unwrap());
    assert_eq!(backup::list(&dir).unwrap().len(), 1);
}

#[test]
fn ten_thousand_contacts_back_up_in_well_under_a_second() {
    let (_temp, _dir, unlocked) = book();
    let mut conn = unlocked.connection;
    let tx = conn.transaction().unwrap();
    for i in 0..10_000 {
        tx.execute(
            "INSERT INTO contacts (display_name, notes, created_at, updated_at) VALUES (?1, 'Cardiology, met at ESC 2026 in Munich; interested in heart failure trials', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            [format!("Contact number {i}")],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    let started = Instant::now();
    let written = backup::back_up(&conn, Reason::Manual).unwrap();
    let took = started.elapsed();
    eprintln!(
        "backed up 10,000 contacts ({} bytes) in {took:?}",
        written.backup.size
    );
    assert_eq!(written.backup.counts.unwrap().contacts, 10_000);
    // Unoptimised SQLite in a debug build; a release build is several
    // times faster.
    assert!(took.as_secs_f64() < 3.0, "{took:?}");
}

#[test]
fn a_damaged_book_that_cannot_open_gets_its_newest_backup_back_and_the_damaged_file_is_kept() {
    let (_temp, dir, mut unlocked) = book();
    for n in 0..200 {
        add(&mut unlocked, &format!("Colleague {n:03}"));
    }
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    drop(unlocked);
    // Cut the book short: the check at the next open refuses it.
    let database = dir.database();
    let length = fs::metadata(&database).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&database)
        .unwrap()
        .set_len(length / 2)
        .unwrap();
    let damaged_bytes = fs::read(&database).unwrap();
    let passphrase = Passphrase::new(PASSPHRASE);
    let refused = vault::unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap_err();
    assert!(
        matches!(
            refused,
            vault::VaultError::Database(DbError::Damaged { .. })
        ),
        "{refused}"
    );

    let found = vault::find_key(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
    let aside =
        backup::restore_over_damaged(&dir, &found.key, Path::new(&written.backup.path)).unwrap();

    assert_eq!(
        fs::read(&aside).unwrap(),
        damaged_bytes,
        "the damaged file is kept as it was"
    );
    let reopened = vault::unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
    assert_eq!(names(&reopened.connection).len(), 200);
}

#[test]
fn a_damaged_book_is_left_as_it_is_when_the_backup_offered_is_damaged_too() {
    let (_temp, dir, mut unlocked) = book();
    add(&mut unlocked, "Amara Okafor");
    let written = backup::back_up(&unlocked.connection, Reason::Manual).unwrap();
    drop(unlocked);
    let backup_path = PathBuf::from(&written.backup.path);
    let mut bytes = fs::read(&backup_path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    fs::write(&backup_path, bytes).unwrap();
    let before = fs::read(dir.database()).unwrap();

    let found = vault::find_key(&dir, &NoSecretStore, Some(&Passphrase::new(PASSPHRASE))).unwrap();
    let refused = backup::restore_over_damaged(&dir, &found.key, &backup_path).unwrap_err();

    assert!(matches!(refused, BackupError::Damaged { .. }), "{refused}");
    assert_eq!(fs::read(dir.database()).unwrap(), before);
}
