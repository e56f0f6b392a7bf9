//! `keys status|passphrase|recovery-key`: the passphrase changed or the
//! recovery key replaced, the old one refused afterwards, and a wrong
//! current secret refused with nothing changed.

use std::path::Path;
use std::process::Output;

use crate::support::{cli, json, run, stderr, PASSPHRASE};

const NEW: &str = "tulip harbour lantern";

/// A new book in `data`, and the recovery key it was made with.
fn new_book(data: &Path) -> String {
    let made = run(data, &["contacts", "list", "--json"]);
    let said = stderr(&made);
    said.lines()
        .find_map(|line| line.strip_prefix("Recovery key: "))
        .unwrap_or_else(|| panic!("no recovery key in {said}"))
        .to_owned()
}

/// `contacts list` opened with `secret` alone.
fn list_with(data: &Path, secret: &str) -> Output {
    cli(data)
        .env("CURBSIDE_PASSPHRASE", secret)
        .args(["contacts", "list", "--json"])
        .output()
        .unwrap()
}

#[test]
fn status_says_a_new_book_has_a_passphrase_and_a_recovery_key() {
    let temp = tempfile::tempdir().unwrap();
    new_book(temp.path());

    let status = json(&run(temp.path(), &["keys", "status", "--json"]));
    assert_eq!(status["passphrase"], true);
    assert_eq!(status["recovery_key"], true);
    let shown = run(temp.path(), &["keys", "status"]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("Passphrase    set"));
}

#[test]
fn the_old_passphrase_is_refused_after_a_change_and_the_new_one_opens() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let recovery = new_book(data);

    let changed = cli(data)
        .env("CURBSIDE_NEW_PASSPHRASE", NEW)
        .args(["keys", "passphrase"])
        .output()
        .unwrap();
    assert!(changed.status.success(), "{}", stderr(&changed));
    assert!(String::from_utf8_lossy(&changed.stdout).contains("the old one no longer opens"));

    let old = list_with(data, PASSPHRASE);
    assert_eq!(old.status.code(), Some(1));
    assert!(stderr(&old).contains("does not unlock"), "{}", stderr(&old));
    assert!(list_with(data, NEW).status.success());
    assert!(list_with(data, &recovery).status.success());
}

#[test]
fn a_wrong_current_passphrase_or_a_weak_new_one_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    new_book(data);

    let wrong = cli(data)
        .env("CURBSIDE_PASSPHRASE", "not the passphrase")
        .env("CURBSIDE_NEW_PASSPHRASE", NEW)
        .args(["keys", "passphrase"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("does not unlock this database"),
        "{}",
        stderr(&wrong)
    );
    let weak = cli(data)
        .env("CURBSIDE_NEW_PASSPHRASE", "short")
        .args(["keys", "passphrase"])
        .output()
        .unwrap();
    assert_eq!(weak.status.code(), Some(1));
    assert!(
        stderr(&weak).contains("at least 8 characters"),
        "{}",
        stderr(&weak)
    );
    let refused = cli(data)
        .args(["keys", "recovery-key"])
        .env("CURBSIDE_PASSPHRASE", "not the passphrase")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));

    assert!(list_with(data, PASSPHRASE).status.success());
    assert_eq!(list_with(data, NEW).status.code(), Some(1));
}

#[test]
fn the_old_recovery_key_is_refused_after_a_new_one() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let old = new_book(data);

    let made = json(&run(data, &["keys", "recovery-key", "--json"]));
    let new = made["recovery_key"].as_str().unwrap().to_owned();
    assert_eq!(new.len(), 8 * 4 + 7, "{new}");
    assert_ne!(new, old);

    let refused = list_with(data, &old);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("does not unlock"),
        "{}",
        stderr(&refused)
    );
    assert!(list_with(data, &new.to_lowercase()).status.success());
    assert!(list_with(data, PASSPHRASE).status.success());
}

#[test]
fn a_folder_without_a_book_is_a_clear_error() {
    let temp = tempfile::tempdir().unwrap();

    let status = run(temp.path(), &["keys", "status"]);

    assert_eq!(status.status.code(), Some(1));
    assert!(
        stderr(&status).contains("holds no Curbside book"),
        "{}",
        stderr(&status)
    );
}
