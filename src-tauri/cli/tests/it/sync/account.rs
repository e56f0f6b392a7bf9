//! `sync account add|list|remove`, `sync key`, `sync status`: the first
//! computer gets a sync key, the second joins only with it, and a refused
//! account leaves nothing stored.

use curbside_sync::testing::{free_port, Radicale, PASSWORD, USER};
use serde_json::Value;

use super::computers::{failure, Computer};
use crate::support::stderr;

fn add(computer: &Computer, url: &str) -> std::process::Output {
    computer.run(&["sync", "account", "add", "--url", url, "--user", USER])
}

fn accounts(computer: &Computer) -> Vec<Value> {
    computer
        .json(&["sync", "account", "list"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn the_first_computer_gets_a_key_and_the_second_joins_only_with_it() {
    let server = Radicale::start();
    let a = Computer::new();
    let added = a.join(&server, None);
    let key = added["sync_key"].as_str().unwrap().to_owned();
    assert!(key.len() >= 52, "{key}");
    assert_eq!(a.json(&["sync", "key"])["sync_key"], key.as_str());
    let listed = accounts(&a);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["url"], server.url().as_str());
    assert_eq!(listed[0]["user"], USER);
    assert_eq!(listed[0]["address_book"], added["address_book"]);
    assert_eq!(listed[0]["calendar"], added["calendar"]);
    assert!(!listed.iter().any(|a| a.to_string().contains(PASSWORD)));

    let b = Computer::new();
    let message = failure(&add(&b, &server.url()));
    assert!(message.contains("sync key"), "{message}");
    assert!(accounts(&b).is_empty());

    let mut wrong = key.clone().into_bytes();
    wrong[0] = if wrong[0] == b'A' { b'B' } else { b'A' };
    let wrong = b
        .command()
        .env("CURBSIDE_SYNC_KEY", String::from_utf8(wrong).unwrap())
        .args([
            "sync",
            "account",
            "add",
            "--url",
            &server.url(),
            "--user",
            USER,
        ])
        .output()
        .unwrap();
    assert!(failure(&wrong).contains("sync key"));
    assert!(accounts(&b).is_empty());

    let joined = b.join(&server, Some(&key));
    assert_eq!(joined["sync_key"], Value::Null);
    assert_eq!(joined["address_book"], added["address_book"]);
    assert_eq!(b.json(&["sync", "key"])["sync_key"], key.as_str());

    let status = b.json(&["sync", "status"]);
    assert_eq!(status["account"]["user"], USER);
    assert_eq!(status["last_success_at"], Value::Null);
    assert_eq!(status["conflicts"], 0);
    b.sync();
    let status = b.json(&["sync", "status"]);
    assert!(status["last_success_at"].is_string(), "{status}");
    assert_eq!(status["last_error"], Value::Null);
}

#[test]
fn the_password_and_the_key_can_come_on_standard_input() {
    let server = Radicale::start();
    let a = Computer::new();
    let key = a.join(&server, None)["sync_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let b = Computer::new();
    let output = b
        .command()
        .env_remove("CURBSIDE_SYNC_PASSWORD")
        .args([
            "sync",
            "account",
            "add",
            "--url",
            &server.url(),
            "--user",
            USER,
            "--json",
        ])
        .write_stdin(format!("{PASSWORD}\n{key}\n"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(accounts(&b).len(), 1);
}

#[test]
fn a_wrong_password_a_wrong_address_or_an_untrusted_certificate_stores_nothing() {
    let server = Radicale::start();
    let tls = Radicale::start_tls();
    let computer = Computer::new();
    let nothing_there = format!("http://127.0.0.1:{}/", free_port());
    let cases = [
        ("wrong password", server.url(), "refused", true),
        ("nothing answers", nothing_there, "no server answers", false),
        ("untrusted certificate", tls.url(), "certificate", false),
        (
            "plain http to another computer",
            "http://dav.example.org/".to_owned(),
            "unencrypted",
            false,
        ),
    ];
    for (case, url, words, wrong_password) in cases {
        let mut command = computer.command();
        if wrong_password {
            command.env("CURBSIDE_SYNC_PASSWORD", "not-the-password");
        }
        let output = command
            .args(["sync", "account", "add", "--url", &url, "--user", USER])
            .output()
            .unwrap();
        let message = failure(&output);
        assert!(message.contains(words), "{case}: {message}");
        assert!(accounts(&computer).is_empty(), "{case}");
    }
    let status = computer.json(&["sync", "status"]);
    assert_eq!(status["account"], Value::Null);
}

#[test]
fn without_an_account_sync_says_to_add_one_and_removing_keeps_the_items() {
    let server = Radicale::start();
    let computer = Computer::new();
    let message = failure(&computer.run(&["sync", "now"]));
    assert!(message.contains("add an account"), "{message}");
    assert_eq!(computer.run(&["sync", "key"]).status.code(), Some(1));
    assert_eq!(
        computer.run(&["sync", "account", "remove"]).status.code(),
        Some(1)
    );

    computer.add_contact(&["--name", "Dr. Ana Ruiz"]);
    computer.join(&server, None);
    computer.sync();
    assert_eq!(
        computer.json(&["sync", "account", "remove"])["removed"],
        true
    );
    assert!(accounts(&computer).is_empty());
    assert_eq!(computer.contacts().len(), 1);
    let output = computer.run(&["sync", "now"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn collections_lists_what_the_server_offers_without_a_book() {
    let server = Radicale::start();
    let a = Computer::new();
    let before = a.json(&[
        "sync",
        "collections",
        "--url",
        &server.url(),
        "--user",
        USER,
    ]);
    assert_eq!(before["holds_book"], false);
    let added = a.join(&server, None);
    let after = a.json(&[
        "sync",
        "collections",
        "--url",
        &server.url(),
        "--user",
        USER,
    ]);
    assert_eq!(after["holds_book"], true);
    let hrefs = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|c| c["href"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(hrefs(&after["address_books"])
        .contains(&added["address_book"].as_str().unwrap().to_owned()));
    assert!(hrefs(&after["calendars"]).contains(&added["calendar"].as_str().unwrap().to_owned()));
    assert_eq!(
        hrefs(&after["calendars"]).len() + hrefs(&after["address_books"]).len(),
        2,
        "the private collection is not offered: {after}"
    );
}

#[test]
fn with_no_keyring_every_sync_needs_the_password_in_the_environment() {
    let server = Radicale::start();
    let computer = Computer::new();
    computer.join(&server, None);
    let message = failure(
        &computer
            .command()
            .env_remove("CURBSIDE_SYNC_PASSWORD")
            .args(["sync", "now"])
            .output()
            .unwrap(),
    );
    assert!(message.contains("CURBSIDE_SYNC_PASSWORD"), "{message}");
    computer.sync();
}
