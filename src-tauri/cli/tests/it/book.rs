//! Moving house with the real binary: `export --format json` in one data
//! folder, `import book.json` into a second one (its own passphrase), and
//! the second book's export is the same file.

use std::path::Path;

use crate::support::{cli, json, run, stderr};

/// Each book's `exported_at` differs; everything else must not.
fn without_export_time(text: &str) -> String {
    let (first, rest) = text.split_once('\n').unwrap();
    let kept = first.split(",\"exported_at\":").next().unwrap();
    format!("{kept}\n{rest}")
}

fn export_to(data: &Path, out: &Path) -> String {
    let written = run(
        data,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    assert!(written.status.success(), "{}", stderr(&written));
    assert!(
        stderr(&written).contains("Exported the whole book"),
        "{}",
        stderr(&written)
    );
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn a_book_exported_and_imported_into_a_new_data_folder_is_the_same_book() {
    let temp = tempfile::tempdir().unwrap();
    let (old, new) = (temp.path().join("old"), temp.path().join("new"));
    let amara = json(&run(
        &old,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--email",
            "amara@example.org",
            "--tag",
            "mentor",
            "--json",
        ],
    ));
    let id = amara["id"].to_string();
    json(&run(
        &old,
        &[
            "events",
            "add",
            "--title",
            "ESC Congress 2026",
            "--start",
            "2026-08-28T09:00",
            "--end",
            "2026-08-31T17:00",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    json(&run(
        &old,
        &[
            "interactions",
            "add",
            "--contact",
            &id,
            "--kind",
            "meeting",
            "--at",
            "2025-08-30T10:30[Europe/Berlin]",
            "--topic",
            "renal denervation",
            "--json",
        ],
    ));
    json(&run(
        &old,
        &[
            "cadence", "set", "--tag", "mentor", "--every", "3mo", "--json",
        ],
    ));
    let book = temp.path().join("book.json");
    let first = export_to(&old, &book);

    // The new folder is made with another passphrase.
    let imported = cli(&new)
        .env("CURBSIDE_PASSPHRASE", "another passphrase entirely")
        .args(["import", book.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let summary = json(&imported);
    let contacts = summary["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|count| count["section"] == "contacts")
        .unwrap();
    assert_eq!(contacts["records"], 1, "{summary}");

    let again = temp.path().join("again.json");
    let written = cli(&new)
        .env("CURBSIDE_PASSPHRASE", "another passphrase entirely")
        .args([
            "export",
            "--format",
            "json",
            "--out",
            again.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(written.status.success(), "{}", stderr(&written));
    let second = std::fs::read_to_string(&again).unwrap();
    assert_eq!(without_export_time(&first), without_export_time(&second));

    // Search works in the new book (the index was rebuilt).
    let found = cli(&new)
        .env("CURBSIDE_PASSPHRASE", "another passphrase entirely")
        .args(["search", "denervation", "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&found)[0]["display_name"], "Amara Okafor");
}

#[test]
fn a_book_is_not_imported_into_a_folder_that_holds_one_and_says_what_to_do() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    json(&run(
        &data,
        &["contacts", "add", "--name", "Amara Okafor", "--json"],
    ));
    let book = temp.path().join("book.json");
    export_to(&data, &book);

    let refused = run(&data, &["import", book.to_str().unwrap()]);

    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    assert!(
        message.contains("already holds a book (1 contact)"),
        "{message}"
    );
    assert!(message.contains("--data-dir"), "{message}");
    let list = json(&run(&data, &["contacts", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn a_damaged_book_is_refused_naming_where_and_the_new_folder_stays_empty() {
    let temp = tempfile::tempdir().unwrap();
    let (old, new) = (temp.path().join("old"), temp.path().join("new"));
    json(&run(
        &old,
        &["contacts", "add", "--name", "Amara Okafor", "--json"],
    ));
    let book = temp.path().join("book.json");
    let text = export_to(&old, &book);
    std::fs::write(&book, text.replacen("{\"id\":1,", "{\"id\":\"one\",", 1)).unwrap();

    let refused = run(&new, &["import", book.to_str().unwrap()]);

    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    assert!(
        message.contains("contacts[0].id: expected a whole number"),
        "{message}"
    );
    let list = json(&run(&new, &["contacts", "list", "--json"]));
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn a_book_is_imported_on_its_own() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let book = temp.path().join("book.json");
    std::fs::write(&book, "{\"format\":\"curbside-book\",\"version\":1}").unwrap();
    let vcf = temp.path().join("a.vcf");
    std::fs::write(&vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n").unwrap();

    let mixed = run(
        &data,
        &["import", book.to_str().unwrap(), vcf.to_str().unwrap()],
    );
    assert_eq!(mixed.status.code(), Some(2));
    assert!(
        stderr(&mixed).contains("imported on its own"),
        "{}",
        stderr(&mixed)
    );

    let skipping = run(&data, &["import", book.to_str().unwrap(), "--skip-bad"]);
    assert_eq!(skipping.status.code(), Some(2));
    assert!(
        stderr(&skipping).contains("whole or not at all"),
        "{}",
        stderr(&skipping)
    );
}
