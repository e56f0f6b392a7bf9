//! The encrypted database on disk: created encrypted, reopened with the
//! keyring's key or a passphrase or the recovery key, and never damaged by a
//! wrong key, a foreign file or a newer schema.

use std::fs;

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::db::{self, DbError, MIGRATIONS};
use curbside_core::keys::{KeyError, MemorySecretStore, NoSecretStore, Passphrase, SecretStore};
use curbside_core::vault::{self, Unlocked, VaultError};
use jiff::Timestamp;

fn folder() -> (tempfile::TempDir, DataDir) {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    (temp, dir)
}

fn add(unlocked: &mut Unlocked, name: &str) {
    let draft = ContactDraft {
        display_name: name.into(),
        notes: "met at ESC 2026".into(),
        ..Default::default()
    };
    contacts::create(&mut unlocked.connection, &draft, Timestamp::now()).unwrap();
}

fn names(unlocked: &Unlocked) -> Vec<String> {
    contacts::list(&unlocked.connection, &Default::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().unwrap();
}

#[test]
fn first_run_keeps_the_key_in_the_keyring_and_reopens_without_a_prompt() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let mut first = vault::unlock(&dir, &store, None).unwrap();
    assert!(
        first.recovery_key.is_some(),
        "a new database comes with a recovery key"
    );
    assert!(first.key_in_keyring);
    add(&mut first, "Amara Okafor");
    drop(first);

    let again = vault::unlock(&dir, &store, None).unwrap();
    assert!(
        again.recovery_key.is_none(),
        "the recovery key is shown only once"
    );
    assert_eq!(names(&again), vec!["Amara Okafor"]);
}

#[test]
fn the_database_file_is_not_readable_as_plain_sqlite() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let mut unlocked = vault::unlock(&dir, &store, None).unwrap();
    add(&mut unlocked, "Zebulon Quartermaine");
    unlocked
        .connection
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(unlocked);

    let bytes = fs::read(dir.database()).unwrap();
    assert!(bytes.len() > 4096, "the contact was written");
    assert!(!bytes.starts_with(b"SQLite format 3"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Zebulon"), "a name is visible in the file");
    assert!(
        !text.contains("CREATE TABLE"),
        "the schema is visible in the file"
    );

    let plain = rusqlite::Connection::open(dir.database()).unwrap();
    let read = plain.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    });
    assert!(read.is_err(), "plain SQLite read an encrypted file");
}

#[test]
fn a_lost_keyring_entry_is_recovered_with_the_recovery_key_and_restored() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let mut first = vault::unlock(&dir, &store, None).unwrap();
    let recovery = first.recovery_key.take().unwrap().display().to_string();
    add(&mut first, "Amara Okafor");
    drop(first);

    let reset_keyring = MemorySecretStore::new();
    let asked = vault::unlock(&dir, &reset_keyring, None).unwrap_err();
    assert!(
        matches!(
            asked,
            VaultError::PassphraseNeeded {
                creating: false,
                ..
            }
        ),
        "{asked}"
    );

    let recovered = vault::unlock(
        &dir,
        &reset_keyring,
        Some(&Passphrase::new(recovery.to_lowercase())),
    )
    .unwrap();
    assert_eq!(names(&recovered), vec!["Amara Okafor"]);
    assert!(recovered.key_in_keyring);
    drop(recovered);
    assert!(
        vault::unlock(&dir, &reset_keyring, None).is_ok(),
        "the key went back into the keyring"
    );
}

#[test]
fn without_a_keyring_a_passphrase_is_asked_for_and_nothing_is_written_until_given() {
    let (_temp, dir) = folder();
    let error = vault::unlock(&dir, &NoSecretStore, None).unwrap_err();
    assert!(
        matches!(error, VaultError::PassphraseNeeded { creating: true, .. }),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "Choose a passphrase to protect your new database: the system keyring is turned off",
        "the reason is said once"
    );
    assert!(
        !dir.root().exists(),
        "nothing is written before the user chooses"
    );

    let passphrase = Passphrase::new("correct horse battery");
    let mut created = vault::unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
    assert!(!created.key_in_keyring);
    add(&mut created, "Amara Okafor");
    drop(created);

    let reopened = vault::unlock(&dir, &NoSecretStore, Some(&passphrase)).unwrap();
    assert_eq!(names(&reopened), vec!["Amara Okafor"]);
}

#[test]
fn a_short_passphrase_is_refused_before_anything_is_created() {
    let (_temp, dir) = folder();
    let error = vault::unlock(&dir, &NoSecretStore, Some(&Passphrase::new("short"))).unwrap_err();
    assert!(matches!(error, VaultError::Key(KeyError::WeakPassphrase)));
    assert!(!dir.database().exists());
}

#[test]
fn a_wrong_passphrase_is_a_clear_error_and_changes_nothing() {
    let (_temp, dir) = folder();
    let mut created = vault::unlock(
        &dir,
        &NoSecretStore,
        Some(&Passphrase::new("correct horse battery")),
    )
    .unwrap();
    add(&mut created, "Amara Okafor");
    drop(created);
    let before = fs::read(dir.database()).unwrap();

    let error = vault::unlock(
        &dir,
        &NoSecretStore,
        Some(&Passphrase::new("wrong horse battery")),
    )
    .unwrap_err();
    assert!(
        matches!(error, VaultError::Key(KeyError::WrongSecret)),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "that passphrase or recovery key does not unlock this database"
    );
    assert_eq!(fs::read(dir.database()).unwrap(), before);
}

#[test]
fn a_wrong_key_in_the_keyring_does_not_open_or_alter_the_database() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    drop(vault::unlock(&dir, &store, None).unwrap());
    let id = curbside_core::keys::KeyFile::load(&dir.key_file())
        .unwrap()
        .database_id;
    store
        .set(&id, &curbside_core::keys::DataKey::generate().unwrap())
        .unwrap();
    let before = fs::read(dir.database()).unwrap();

    let error = vault::unlock(&dir, &store, None).unwrap_err();
    assert!(
        matches!(
            error,
            VaultError::Database(DbError::WrongKeyOrNotADatabase { .. })
        ),
        "{error}"
    );
    assert_eq!(fs::read(dir.database()).unwrap(), before);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    drop(vault::unlock(&dir, &store, None).unwrap());
    let garbage = b"this is a shopping list, not a database\n".repeat(200);
    fs::write(dir.database(), &garbage).unwrap();

    let error = vault::unlock(&dir, &store, None).unwrap_err();
    assert!(
        error.to_string().contains("could not be decrypted"),
        "{error}"
    );
    assert_eq!(fs::read(dir.database()).unwrap(), garbage);
}

#[test]
fn a_plain_sqlite_file_is_named_as_such() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    drop(vault::unlock(&dir, &store, None).unwrap());
    fs::remove_file(dir.database()).unwrap();
    rusqlite::Connection::open(dir.database())
        .unwrap()
        .execute_batch("CREATE TABLE t (x);")
        .unwrap();

    let error = vault::unlock(&dir, &store, None).unwrap_err();
    assert!(
        matches!(error, VaultError::Database(DbError::NotEncrypted { .. })),
        "{error}"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_unchanged() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let unlocked = vault::unlock(&dir, &store, None).unwrap();
    let future = db::latest_version() + 5;
    unlocked
        .connection
        .pragma_update(None, "user_version", future)
        .unwrap();
    drop(unlocked);

    let error = vault::unlock(&dir, &store, None).unwrap_err();
    assert!(
        matches!(error, VaultError::Database(DbError::TooNew { .. })),
        "{error}"
    );
    assert!(error.to_string().contains("newer Curbside"));

    // Still at the newer version: nothing was migrated down or rewritten.
    let id = curbside_core::keys::KeyFile::load(&dir.key_file())
        .unwrap()
        .database_id;
    let key = store.get(&id).unwrap().unwrap();
    let raw = rusqlite::Connection::open(dir.database()).unwrap();
    raw.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex().as_str()))
        .unwrap();
    assert_eq!(db::schema_version(&raw).unwrap(), future);
}

#[test]
fn a_missing_key_file_is_reported_not_replaced() {
    let (_temp, dir) = folder();
    drop(vault::unlock(&dir, &MemorySecretStore::new(), None).unwrap());
    fs::remove_file(dir.key_file()).unwrap();
    let error = vault::unlock(&dir, &MemorySecretStore::new(), None).unwrap_err();
    assert!(
        matches!(error, VaultError::KeyFileMissing { .. }),
        "{error}"
    );
    assert!(dir.database().exists());
}

#[test]
fn a_fresh_database_is_at_the_latest_schema_with_foreign_keys_on() {
    let conn = db::open_in_memory().unwrap();
    assert_eq!(db::schema_version(&conn).unwrap(), db::latest_version());
    let on: i64 = conn
        .pragma_query_value(None, "foreign_keys", |row| row.get(0))
        .unwrap();
    assert_eq!(on, 1);
}

#[test]
fn the_schema_matches_its_snapshot() {
    let conn = db::open_in_memory().unwrap();
    let mut statement = conn
        .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name")
        .unwrap();
    let schema: Vec<String> = statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let snapshot = schema.join(";\n") + ";\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/schema.sql");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &snapshot).unwrap();
    }
    let expected = fs::read_to_string(&path)
        .expect("run with UPDATE_SNAPSHOTS=1 to write the schema snapshot");
    assert_eq!(
        snapshot, expected,
        "the schema changed: add a migration, then UPDATE_SNAPSHOTS=1"
    );
}

#[test]
fn an_unlocked_database_opens_a_second_read_only_connection_that_sees_its_writes() {
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let mut unlocked = vault::unlock(&dir, &store, None).unwrap();
    let reader = unlocked.open_reader().unwrap();
    add(&mut unlocked, "Dr. Amara Okafor");

    let seen: Vec<String> = contacts::list(&reader, &Default::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(seen, ["Dr. Amara Okafor"]);
    let refused = reader.execute("DELETE FROM contacts", []).unwrap_err();
    assert!(refused.to_string().contains("readonly"), "{refused}");
    assert_eq!(names(&unlocked), ["Dr. Amara Okafor"]);
}

/// Two connections read at once at full speed only when SQLite keeps each
/// one's page cache to itself and counts no allocations behind a lock
/// (.cargo/config.toml sets how the bundled SQLCipher is compiled).
#[test]
fn sqlite_is_built_without_process_wide_locks_on_reads() {
    let conn = db::open_in_memory().unwrap();
    let options: Vec<String> = conn
        .prepare("PRAGMA compile_options")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        !options.iter().any(|o| o == "ENABLE_MEMORY_MANAGEMENT"),
        "{options:?}"
    );
    assert!(
        options.iter().any(|o| o == "DEFAULT_MEMSTATUS=0"),
        "{options:?}"
    );
}

/// Other users of the computer cannot copy the database and key file to
/// guess the passphrase offline: the folder is its owner's alone, and a
/// folder an older Curbside left open is closed at the next unlock.
#[cfg(unix)]
#[test]
fn the_data_folder_and_its_files_are_the_owners_alone_also_when_made_open_before() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let (_temp, dir) = folder();
    let store = MemorySecretStore::new();
    let mut unlocked = vault::unlock(&dir, &store, None).unwrap();
    add(&mut unlocked, "Dr. Amara Okafor");
    drop(unlocked);
    assert_eq!(mode(dir.root()), 0o700);
    assert_eq!(mode(&dir.database()), 0o600);
    assert_eq!(mode(&dir.key_file()), 0o600);

    fs::set_permissions(dir.root(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(dir.database(), fs::Permissions::from_mode(0o644)).unwrap();
    fs::set_permissions(dir.key_file(), fs::Permissions::from_mode(0o644)).unwrap();
    let unlocked = vault::unlock(&dir, &store, None).unwrap();
    assert_eq!(names(&unlocked), ["Dr. Amara Okafor"]);
    assert_eq!(mode(dir.root()), 0o700);
    assert_eq!(mode(&dir.database()), 0o600);
    assert_eq!(mode(&dir.key_file()), 0o600);
}
