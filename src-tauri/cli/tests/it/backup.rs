//! `backup` and `restore` as a script runs them: the real binary, a temp
//! data folder, the passphrase (or recovery key) from the environment.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::support::{cli, json, run, stderr};

fn names(data: &Path) -> Vec<String> {
    let list = json(&run(data, &["contacts", "list", "--json"]));
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

/// Makes a book with two contacts; returns its recovery key.
fn book(data: &Path) -> String {
    let created = run(data, &["contacts", "add", "--name", "Amara Okafor"]);
    assert!(created.status.success(), "{}", stderr(&created));
    run(data, &["contacts", "add", "--name", "Jonas Weber"]);
    stderr(&created)
        .lines()
        .find_map(|line| line.strip_prefix("Recovery key: "))
        .expect("the recovery key is printed at create")
        .to_owned()
}

fn id_of(data: &Path, name: &str) -> String {
    let found = json(&run(data, &["search", name, "--json"]));
    found[0]["id"].to_string()
}

#[test]
fn backup_list_and_restore_bring_back_a_deleted_contact() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    book(&data);
    let made = json(&run(&data, &["backup", "--json"]));
    let file = made["path"].as_str().unwrap().to_owned();
    assert_eq!(made["reason"], "manual");
    assert_eq!(made["counts"]["contacts"], 2);
    assert!(Path::new(&file).starts_with(data.join("backups")));

    let jonas = id_of(&data, "weber");
    json(&run(&data, &["contacts", "delete", &jonas, "--json"]));
    assert_eq!(names(&data), ["Amara Okafor"]);

    let restored = json(&run(&data, &["restore", &file, "--yes", "--json"]));
    assert_eq!(restored["counts"]["contacts"], 2);
    assert_eq!(names(&data), ["Amara Okafor", "Jonas Weber"]);

    let listed = json(&run(&data, &["backup", "list", "--json"]));
    let reasons: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["before_restore", "manual"]);
    assert_eq!(listed[0]["counts"]["contacts"], 1, "the state replaced");
    assert_eq!(listed[0]["path"], restored["before_restore"]);

    let text = run(&data, &["backup", "list"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("before a restore") && text.contains("made by hand"),
        "{text}"
    );
}

#[test]
fn a_new_computer_gets_the_book_back_with_the_recovery_key() {
    let temp = tempfile::tempdir().unwrap();
    let old = temp.path().join("old");
    let recovery = book(&old);
    let made = json(&run(&old, &["backup", "--json"]));
    let file = made["path"].as_str().unwrap();

    let new = temp.path().join("new");
    let restored = cli(&new)
        .env("CURBSIDE_PASSPHRASE", &recovery)
        .args(["restore", file, "--json"])
        .output()
        .unwrap();
    let restored = json(&restored);
    assert_eq!(restored["before_restore"], Value::Null);
    assert_eq!(restored["counts"]["contacts"], 2);
    // The key file came along: the passphrase opens it as well.
    assert_eq!(names(&new), ["Amara Okafor", "Jonas Weber"]);
}

#[test]
fn restore_without_yes_and_without_a_terminal_asks_for_it_and_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    book(&data);
    let made = json(&run(&data, &["backup", "--json"]));
    let file = made["path"].as_str().unwrap();
    run(&data, &["contacts", "add", "--name", "Li Wei"]);

    let output = run(&data, &["restore", file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--yes"), "{}", stderr(&output));
    assert_eq!(names(&data), ["Amara Okafor", "Jonas Weber", "Li Wei"]);
    assert_eq!(
        json(&run(&data, &["backup", "list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_damaged_backup_is_refused_and_the_book_stays_as_it_was() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    book(&data);
    for i in 0..100 {
        run(
            &data,
            &["contacts", "add", "--name", &format!("Contact {i}")],
        );
    }
    let made = json(&run(&data, &["backup", "--json"]));
    let file = made["path"].as_str().unwrap();
    let mut bytes = fs::read(file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    fs::write(file, bytes).unwrap();

    let output = run(&data, &["restore", file, "--yes"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("is damaged") && message.contains("not used"),
        "{message}"
    );
    assert_eq!(names(&data).len(), 102);
}

#[test]
fn the_backup_folder_is_chosen_shown_and_listed_without_the_key() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    book(&data);
    let synced = temp.path().join("Dropbox/curbside");
    let chosen = json(&run(
        &data,
        &["backup", "folder", synced.to_str().unwrap(), "--json"],
    ));
    assert_eq!(chosen["default"], false);
    let made = json(&run(&data, &["backup", "--json"]));
    assert!(made["path"].as_str().unwrap().contains("Dropbox"), "{made}");

    // No passphrase at all: listing still works.
    let listed = cli(&data)
        .env_remove("CURBSIDE_PASSPHRASE")
        .args(["backup", "list", "--json"])
        .output()
        .unwrap();
    let listed = json(&listed);
    assert_eq!(listed[0]["counts"]["contacts"], 2);
    assert_eq!(listed[0]["path"], made["path"]);

    let back = json(&run(&data, &["backup", "folder", "--default", "--json"]));
    assert_eq!(back["default"], true);
    assert!(back["folder"].as_str().unwrap().ends_with("backups"));
}

#[test]
fn backup_out_writes_exactly_there_with_its_key_file_beside_it() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    book(&data);
    let out = temp.path().join("usb/book.db");
    fs::create_dir_all(out.parent().unwrap()).unwrap();
    let made = json(&run(
        &data,
        &["backup", "--out", out.to_str().unwrap(), "--json"],
    ));
    assert_eq!(made["path"], out.to_str().unwrap());
    assert!(out.is_file());
    let sidecar: Value =
        serde_json::from_slice(&fs::read(temp.path().join("usb/book.db.json")).unwrap()).unwrap();
    assert!(sidecar["key_file"]["slots"].is_array(), "{sidecar}");
    assert_ne!(&fs::read(&out).unwrap()[..16], b"SQLite format 3\0");
    assert!(
        !data.join("backups").exists(),
        "nothing in the backup folder"
    );
}

#[test]
fn backing_up_a_folder_without_a_book_creates_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("empty");
    let output = run(&data, &["backup"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no Curbside book"),
        "{}",
        stderr(&output)
    );
    assert!(!data.join("curbside.db").exists());
}
