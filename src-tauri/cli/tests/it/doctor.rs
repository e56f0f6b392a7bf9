//! `doctor` and `doctor --repair` with the real binary, on a book with a
//! damaged page: found, refused by every other command (and the file left
//! as it was), salvaged, and healthy afterwards.

use std::fs;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use crate::support::{json, run, stderr};

const CARDS: usize = 800;

/// A book of [`CARDS`] contacts, imported from one vCard file.
fn book(data: &Path) {
    let cards: String = (0..CARDS)
        .map(|i| {
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Person{i:04} Example\r\nEMAIL:person{i}@example.org\r\nNOTE:{}\r\nEND:VCARD\r\n",
                "met at the congress ".repeat(10)
            )
        })
        .collect();
    let file = data.join("cards.vcf");
    fs::write(&file, cards).unwrap();
    let imported = json(&run(data, &["import", file.to_str().unwrap(), "--json"]));
    assert_eq!(imported["created"], CARDS as u64, "{imported}");
    fs::remove_file(file).unwrap();
}

fn contact_count(data: &Path) -> usize {
    json(&run(data, &["contacts", "list", "--json"]))
        .as_array()
        .unwrap()
        .len()
}

/// Overwrites 100 bytes in the middle of a page in the middle of the file.
fn damage_a_page(database: &Path) {
    let length = fs::metadata(database).unwrap().len();
    let page = 4096;
    let middle = length / page / 2;
    let mut file = fs::OpenOptions::new().write(true).open(database).unwrap();
    file.seek(SeekFrom::Start(middle * page + 1500)).unwrap();
    file.write_all(&[0x5a; 100]).unwrap();
}

#[test]
fn doctor_says_a_healthy_book_is_healthy() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    fs::create_dir(&data).unwrap();
    book(&data);
    let report = json(&run(&data, &["doctor", "--json"]));
    assert_eq!(report["healthy"], true, "{report}");
    let checks: Vec<&str> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        checks,
        [
            "folder",
            "key_file",
            "pages",
            "integrity",
            "foreign_keys",
            "search_index"
        ]
    );
    let text = run(&data, &["doctor"]);
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(String::from_utf8_lossy(&text.stdout).contains("search_index  ok"));
}

#[test]
fn a_damaged_page_is_found_refused_and_salvaged_by_doctor_repair() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    fs::create_dir(&data).unwrap();
    book(&data);
    let database = data.join("curbside.db");
    damage_a_page(&database);
    let before = fs::read(&database).unwrap();

    // Every command refuses the damaged book, says what to do, and writes nothing.
    let listed = run(&data, &["contacts", "list", "--json"]);
    assert_eq!(listed.status.code(), Some(1));
    let message = stderr(&listed);
    assert!(message.contains("is damaged"), "{message}");
    assert!(message.contains("doctor --repair"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    let added = run(&data, &["contacts", "add", "--name", "Dr. New"]);
    assert_eq!(added.status.code(), Some(1));
    assert_eq!(
        fs::read(&database).unwrap(),
        before,
        "the damaged file was written to"
    );

    let found = run(&data, &["doctor", "--json"]);
    assert_eq!(found.status.code(), Some(1), "{}", stderr(&found));
    let report: serde_json::Value = serde_json::from_slice(&found.stdout).unwrap();
    assert_eq!(report["healthy"], false);
    let pages = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "pages")
        .unwrap();
    assert_eq!(pages["ok"], false, "{report}");
    assert!(
        pages["findings"][0]
            .as_str()
            .unwrap()
            .contains("HMAC verification failed"),
        "{report}"
    );
    assert_eq!(
        fs::read(&database).unwrap(),
        before,
        "doctor wrote to the file"
    );

    let repaired = json(&run(&data, &["doctor", "--repair", "--json"]));
    assert_eq!(repaired["healthy"], true, "{repaired}");
    let salvaged = &repaired["repaired"]["salvaged"];
    let aside = salvaged["damaged_copy"].as_str().unwrap();
    assert!(aside.contains("curbside.db.damaged-"), "{salvaged}");
    assert_eq!(
        fs::read(aside).unwrap(),
        before,
        "the damaged file is kept as it was"
    );

    // One page's worth of rows at most is gone; the book works again.
    let count = contact_count(&data);
    assert!(count + 30 >= CARDS && count <= CARDS, "{count} contacts");
    let saved = salvaged["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "contacts")
        .unwrap();
    assert_eq!(saved["saved"], count as u64, "{salvaged}");
    let added = run(&data, &["contacts", "add", "--name", "Dr. After Repair"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(run(&data, &["doctor"]).status.success());
}

#[test]
fn a_damaged_key_file_is_named_by_doctor_and_every_command() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    fs::create_dir(&data).unwrap();
    book(&data);
    let keys = data.join("keys.json");
    let good = fs::read_to_string(&keys).unwrap();
    fs::write(&keys, &good[..good.len() / 2]).unwrap();

    let listed = run(&data, &["contacts", "list"]);
    assert_eq!(listed.status.code(), Some(1));
    let message = stderr(&listed);
    assert!(
        message.contains("key file") && message.contains("damaged"),
        "{message}"
    );
    assert!(!message.contains("does not unlock"), "{message}");

    let found = run(&data, &["doctor", "--json"]);
    assert_eq!(found.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&found.stdout).unwrap();
    let key_file = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "key_file")
        .unwrap();
    assert_eq!(key_file["ok"], false, "{report}");

    fs::write(&keys, good).unwrap();
    assert_eq!(contact_count(&data), CARDS);
}

#[test]
fn a_page_damaged_after_commands_sealed_the_book_is_still_refused() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    fs::create_dir(&data).unwrap();
    book(&data);
    // Each command ends by sealing the book it closed; the next one skips
    // the damage check while the file is as that command left it.
    assert_eq!(contact_count(&data), CARDS);
    let seal = data.join("curbside.db.checked");
    assert!(seal.exists(), "the command sealed the book it closed");
    assert_eq!(contact_count(&data), CARDS);

    let database = data.join("curbside.db");
    damage_a_page(&database);
    let listed = run(&data, &["contacts", "list", "--json"]);
    assert_eq!(listed.status.code(), Some(1));
    assert!(
        stderr(&listed).contains("is damaged"),
        "{}",
        stderr(&listed)
    );
}
