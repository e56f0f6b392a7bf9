//! A sync cut off in the middle, by SIGKILL or by the server going away:
//! the next sync finishes, and neither the server nor either computer ends
//! up with a duplicate or without an item. The first computer is cut off
//! while it sends a book of 2,000 contacts, once the server holds some of
//! them; the second while it receives them.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use curbside_sync::testing::Radicale;

use super::book::assert_same_book;
use super::computers::Computer;
use crate::support::stderr;

/// Contacts in the book whose sync is cut off.
const CONTACTS: usize = 2_000;
/// Stored on the server before the cut: the sync is well under way.
const CUT_AFTER: usize = 200;

fn cards(count: usize) -> String {
    let mut text = String::new();
    for i in 0..count {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Sync {i}\r\nN:Sync;{i};;Dr.;\r\n\
             EMAIL:sync{i}@example.org\r\nTITLE:Consultant\r\nEND:VCARD\r\n"
        ));
    }
    text
}

/// A computer holding [`CONTACTS`] contacts, with an account on `server`.
fn big_book(server: &Radicale) -> (Computer, String) {
    let computer = Computer::new();
    let file = computer.data().join("cards.vcf");
    std::fs::write(&file, cards(CONTACTS)).unwrap();
    let imported = computer.json(&["import", file.to_str().unwrap()]);
    assert_eq!(imported["created"], CONTACTS as u64, "{imported}");
    let key = computer.join(server, None)["sync_key"]
        .as_str()
        .unwrap()
        .to_owned();
    (computer, key)
}

/// The vCards the server stores (Radicale keeps one file each; its own
/// cache folders left out).
fn cards_on_server(folder: &Path) -> usize {
    let mut count = 0;
    let mut todo = vec![folder.to_path_buf()];
    while let Some(path) = todo.pop() {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with(".Radicale") {
            continue;
        }
        if path.is_dir() {
            todo.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if name.ends_with(".vcf") {
            count += 1;
        }
    }
    count
}

/// Starts `sync now` on `computer` and waits until the server stores at
/// least `stored` cards; the sync is still running then.
fn sync_until_server_holds(computer: &Computer, server: &Radicale, stored: usize) -> Child {
    let mut child = computer
        .process()
        .args(["sync", "now"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while cards_on_server(&server.folder()) < stored {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before the server held {stored} cards"
        );
        assert!(Instant::now() < deadline, "the sync made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the sync ended before it could be cut off"
    );
    child
}

/// No name twice, and every one of the book's contacts there.
fn assert_whole(computer: &Computer) {
    let mut names: Vec<String> = computer
        .contacts_all()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "a contact is there twice");
    assert_eq!(names.len(), CONTACTS, "contacts are missing");
}

impl Computer {
    /// Every contact (no list limit).
    fn contacts_all(&self) -> Vec<serde_json::Value> {
        self.json(&["contacts", "list", "--limit", "100000"])
            .as_array()
            .unwrap()
            .clone()
    }
}

#[test]
fn a_sync_killed_while_sending_or_receiving_finishes_next_time_without_duplicates() {
    let server = Radicale::start();
    let (a, key) = big_book(&server);
    let mut child = sync_until_server_holds(&a, &server, CUT_AFTER);
    child.kill().unwrap();
    child.wait().unwrap();
    let held = cards_on_server(&server.folder());
    assert!(held < CONTACTS, "the kill came after the last card");

    a.sync();
    assert_eq!(cards_on_server(&server.folder()), CONTACTS);
    assert_whole(&a);

    // The second computer, killed while it receives: when its progress
    // (on stderr) says the contacts are coming in.
    let b = Computer::new();
    b.join(&server, Some(&key));
    let mut child = b
        .process()
        .args(["sync", "now"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let progress = BufReader::new(child.stderr.take().unwrap());
    let mut seen = Vec::new();
    for line in progress.lines() {
        let line = line.unwrap();
        let receiving = line.starts_with("Receiving contacts");
        seen.push(line);
        if receiving {
            break;
        }
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the sync ended before it could be cut off: {seen:?}"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        b.contacts_all().len() < CONTACTS,
        "the kill came after the last contact"
    );
    b.sync();
    assert_whole(&b);
    assert_eq!(cards_on_server(&server.folder()), CONTACTS);
    assert_same_book(&a.export(), &b.export());
    let quiet = a.sync();
    assert_eq!(quiet["received"], 0, "{quiet}");
    assert_eq!(quiet["sent"], 0, "{quiet}");
}

#[test]
fn a_server_that_stops_mid_sync_gives_a_clear_error_and_the_next_sync_finishes() {
    let mut server = Radicale::start();
    let (a, _key) = big_book(&server);
    let mut child = sync_until_server_holds(&a, &server, CUT_AFTER);
    server.stop();
    let status = child.wait().unwrap();
    let mut message = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut message).unwrap();
    assert_eq!(status.code(), Some(1), "{message}");
    let last = message.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("curbside-cli: ") && last.contains("server"),
        "{message}"
    );
    let state = a.json(&["sync", "status"]);
    assert!(state["last_error"].is_string(), "{state}");

    server.restart();
    a.sync();
    assert_eq!(cards_on_server(&server.folder()), CONTACTS);
    assert_whole(&a);
    let state = a.json(&["sync", "status"]);
    assert_eq!(state["last_error"], serde_json::Value::Null, "{state}");
    let output = a.run(&["sync", "now", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
}
