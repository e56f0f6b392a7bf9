//! What the server can read: the address book and the calendar as a phone
//! shows them; never what only Curbside reads (an interaction's note, a
//! contact's note unless the user chose otherwise). Radicale keeps each
//! resource as a file, so the test reads every file it stored.

use std::path::Path;

use curbside_sync::testing::Radicale;

use super::computers::Computer;

/// Every file under `folder`, as text.
fn stored_text(folder: &Path) -> String {
    let mut text = String::new();
    let mut todo = vec![folder.to_path_buf()];
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                todo.push(entry.unwrap().path());
            }
        } else if let Ok(bytes) = std::fs::read(&path) {
            text.push_str(&String::from_utf8_lossy(&bytes));
            text.push('\n');
        }
    }
    text
}

#[test]
fn the_server_stores_no_interaction_note_and_contact_notes_only_when_chosen() {
    let server = Radicale::start();
    let computer = Computer::new();
    computer.join(&server, None);
    let ana = computer.add_contact(&[
        "--name",
        "Dr. Ana Ruiz",
        "--note",
        "Quietly looking for a new post",
    ]);
    computer.json(&[
        "interactions",
        "add",
        "--contact",
        &ana,
        "--kind",
        "call",
        "--at",
        "2026-11-02T10:00:00Z",
        "--note",
        "Zanzibar-7 confidential referral concern",
    ]);
    computer.sync();
    let stored = stored_text(&server.folder());
    assert!(stored.contains("Dr. Ana Ruiz"), "the address book is plain");
    assert!(
        !stored.contains("Zanzibar-7"),
        "an interaction note reached the server"
    );
    assert!(
        !stored.contains("Quietly looking"),
        "a contact note reached the server"
    );

    computer.json(&["sync", "notes-plain", "on"]);
    assert_eq!(
        computer.json(&["sync", "account", "list"])[0]["contact_notes_plain"],
        true
    );
    computer.json(&["contacts", "edit", &ana, "--title", "Consultant"]);
    computer.sync();
    let stored = stored_text(&server.folder());
    assert!(
        stored.contains("Quietly looking"),
        "the chosen plain note is missing"
    );
    assert!(
        !stored.contains("Zanzibar-7"),
        "an interaction note reached the server"
    );
}
