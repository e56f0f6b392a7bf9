//! The CLI beside a running app: the app holds the book open (a writing
//! connection and a second one for reading, as it does), a `curbside-cli`
//! process reads the book and exits, and what the app writes afterwards is
//! in the book. A second connection that probed the file outside SQLite
//! dropped the app's locks, so the CLI, closing, took itself for the last
//! user and removed the write-ahead log the app was still writing to.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::keys::{NoSecretStore, Passphrase};
use curbside_core::vault;
use jiff::Timestamp;

use crate::support::{json, run, PASSPHRASE};

fn names(data: &std::path::Path) -> Vec<String> {
    let listed = json(&run(data, &["contacts", "list", "--json"]));
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|contact| {
            contact["display_name"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect::<Vec<_>>()
}

#[test]
fn what_the_app_writes_after_the_cli_read_the_open_book_is_kept() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    assert!(run(&data, &["contacts", "add", "--name", "Amara Okafor"])
        .status
        .success());

    // The app: the book open with its second, reading connection.
    let mut unlocked = vault::unlock(
        &DataDir::new(data.clone()),
        &NoSecretStore,
        Some(&Passphrase::new(PASSPHRASE)),
    )
    .unwrap();
    let reader = unlocked.open_reader().unwrap();

    // A script reads the book while the app is open, and exits.
    assert_eq!(names(&data), ["Amara Okafor"]);

    // The app writes; then it closes.
    let ben = ContactDraft {
        display_name: "Ben Carter".into(),
        ..ContactDraft::default()
    };
    contacts::create(&mut unlocked.connection, &ben, Timestamp::now()).unwrap();
    let seen: i64 = reader
        .query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))
        .unwrap();
    assert_eq!(seen, 2, "the app's reader sees its own write");
    assert_eq!(
        names(&data),
        ["Amara Okafor", "Ben Carter"],
        "a script sees it while the app is open"
    );
    drop(reader);
    drop(unlocked);

    let after: Vec<String> = names(&data);
    assert_eq!(
        after,
        ["Amara Okafor", "Ben Carter"],
        "the app's write was lost"
    );
}
