//! Two scripts writing to one book and a third reading it, all at once for
//! a while, as real `curbside-cli` processes (real file locks): each writer
//! adds contacts, logs calls with them and now and then imports a small
//! vCard file. No command fails, the reader only ever sees whole writes,
//! and at the end every write a command acknowledged is in the book, once.
//!
//! `CURBSIDE_CONCURRENCY_SECONDS` sets how long (20 s by default in
//! `cargo test`; the test script runs it for a minute).

use std::collections::BTreeMap;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{run, stderr};

/// How long the writers and the reader run by default.
const SECONDS: u64 = 20;

/// What one writer did: the contacts and interactions it was told were
/// stored (id → name or note), and the commands that failed.
#[derive(Default)]
struct Written {
    contacts: BTreeMap<i64, String>,
    imported: Vec<String>,
    interactions: BTreeMap<i64, (String, i64)>,
    failures: Vec<String>,
}

#[test]
fn two_cli_writers_and_a_reader_for_a_while_fail_nothing_and_lose_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    assert!(run(&data, &["contacts", "list"]).status.success());
    let seconds = std::env::var("CURBSIDE_CONCURRENCY_SECONDS")
        .map(|text| {
            text.parse()
                .expect("CURBSIDE_CONCURRENCY_SECONDS is whole seconds")
        })
        .unwrap_or(SECONDS);
    let until = Instant::now() + Duration::from_secs(seconds);

    let writers: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|who| {
            let data = data.clone();
            thread::spawn(move || write_until(&data, who, until))
        })
        .collect();
    let reader = {
        let data = data.clone();
        thread::spawn(move || read_until(&data, until))
    };
    let written: Vec<Written> = writers.into_iter().map(|w| w.join().unwrap()).collect();
    let (reads, read_failures) = reader.join().unwrap();

    let failures: Vec<&String> = written.iter().flat_map(|w| &w.failures).collect();
    assert!(failures.is_empty(), "writes that failed: {failures:#?}");
    assert!(
        read_failures.is_empty(),
        "reads that failed: {read_failures:#?}"
    );
    let acknowledged: usize = written
        .iter()
        .map(|w| w.contacts.len() + w.imported.len())
        .sum();
    assert!(
        acknowledged >= 10 && reads >= 10,
        "{acknowledged} writes, {reads} reads"
    );

    let contacts = listed(&data, &["contacts", "list", "--json"]);
    let interactions = listed(&data, &["interactions", "list", "--json"]);
    let mut lost = Vec::new();
    let names: Vec<&Value> = contacts.values().map(|c| &c["display_name"]).collect();
    for w in &written {
        for name in &w.imported {
            if names
                .iter()
                .filter(|found| **found == name.as_str())
                .count()
                != 1
            {
                lost.push(format!("imported {name}: not found once"));
            }
        }
        for (id, name) in &w.contacts {
            match contacts.get(id) {
                Some(found) if found["display_name"] == *name.as_str() => {}
                other => lost.push(format!("contact {id} {name}: found {other:?}")),
            }
        }
        for (id, (note, contact)) in &w.interactions {
            match interactions.get(id) {
                Some(found)
                    if found["note"] == *note.as_str()
                        && found["contact_ids"] == serde_json::json!([contact]) => {}
                other => lost.push(format!("interaction {id} {note}: found {other:?}")),
            }
        }
    }
    assert!(
        lost.is_empty(),
        "acknowledged writes not in the book: {lost:#?}"
    );
    let logged: usize = written.iter().map(|w| w.interactions.len()).sum();
    assert_eq!(
        (contacts.len(), interactions.len()),
        (acknowledged, logged),
        "the book holds exactly the acknowledged writes"
    );
    eprintln!(
        "{seconds} s: {acknowledged} contacts (imported ones too) and {logged} interactions written, {reads} reads"
    );
}

/// Adds a contact with two emails and a tag, then logs a call with them,
/// over and over until `until`; every fifth time, imports a file of three
/// cards first.
fn write_until(data: &Path, who: &str, until: Instant) -> Written {
    let mut written = Written::default();
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        if n % 5 == 0 {
            import_three(data, who, n, &mut written);
        }
        let name = format!("Dr. Writer {who}{n}");
        let (first, second) = (
            format!("{who}{n}@example.org"),
            format!("{who}{n}.b@example.org"),
        );
        let tag = format!("writer-{who}");
        let args = [
            "contacts", "add", "--name", &name, "--email", &first, "--email", &second, "--tag",
            &tag, "--json",
        ];
        let Some(contact) = stored(data, &args, &mut written.failures) else {
            continue;
        };
        let id = contact["id"].as_i64().unwrap();
        written.contacts.insert(id, name);
        let note = format!("call{who}{n}");
        let id_text = id.to_string();
        let args = [
            "interactions",
            "add",
            "--contact",
            &id_text,
            "--kind",
            "call",
            "--topic",
            "journal club",
            "--note",
            &note,
            "--json",
        ];
        if let Some(interaction) = stored(data, &args, &mut written.failures) {
            let logged = interaction["id"].as_i64().unwrap();
            written.interactions.insert(logged, (note, id));
        }
    }
    written
}

/// Imports three new cards, each with two emails and the writer's tag.
fn import_three(data: &Path, who: &str, n: usize, written: &mut Written) {
    let names: Vec<String> = (0..3)
        .map(|k| format!("Dr. Imported {who}{n}x{k}"))
        .collect();
    let cards: String = names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:i{who}{n}x{k}@example.org\r\n\
                 EMAIL:i{who}{n}x{k}.b@example.org\r\nCATEGORIES:writer-{who}\r\nEND:VCARD\r\n"
            )
        })
        .collect();
    let file = data.with_file_name(format!("import-{who}{n}.vcf"));
    std::fs::write(&file, cards).unwrap();
    let args = ["import", file.to_str().unwrap(), "--json"];
    if let Some(summary) = stored(data, &args, &mut written.failures) {
        assert_eq!(summary["created"], 3, "{summary}");
        written.imported.extend(names);
    }
}

/// Runs a write; its JSON when it succeeded, else the failure noted.
fn stored(data: &Path, args: &[&str], failures: &mut Vec<String>) -> Option<Value> {
    let output = run(data, args);
    if output.status.success() {
        Some(serde_json::from_slice(&output.stdout).expect("one JSON value"))
    } else {
        failures.push(format!("{args:?}: {}", stderr(&output)));
        None
    }
}

/// Searches, lists a writer's contacts and the newest interactions in turn
/// until `until`; every read must succeed and show only whole contacts
/// (both emails and the tag, never a part of an add).
fn read_until(data: &Path, until: Instant) -> (usize, Vec<String>) {
    let reads: [&[&str]; 3] = [
        &["search", "writer", "--limit", "30", "--json"],
        &["contacts", "list", "--tag", "writer-a", "--json"],
        &["interactions", "list", "--limit", "30", "--json"],
    ];
    let mut failures = Vec::new();
    let mut count = 0;
    while Instant::now() < until {
        let args = reads[count % reads.len()];
        count += 1;
        let output = run(data, args);
        if !output.status.success() {
            failures.push(format!("{args:?}: {}", stderr(&output)));
            continue;
        }
        let seen: Value = serde_json::from_slice(&output.stdout).expect("one JSON value");
        for record in seen.as_array().unwrap() {
            let whole = if args[0] == "interactions" {
                record["contact_ids"]
                    .as_array()
                    .is_some_and(|ids| ids.len() == 1)
            } else {
                record["emails"]
                    .as_array()
                    .is_some_and(|emails| emails.len() == 2)
                    && record["tags"]
                        .as_array()
                        .is_some_and(|tags| tags.len() == 1)
            };
            if !whole {
                failures.push(format!("{args:?} showed a part of a write: {record}"));
            }
        }
    }
    (count, failures)
}

/// The records a list command prints, by id.
fn listed(data: &Path, args: &[&str]) -> BTreeMap<i64, Value> {
    let output = run(data, args);
    assert!(output.status.success(), "{}", stderr(&output));
    let records: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    records
        .into_iter()
        .map(|record| (record["id"].as_i64().unwrap(), record))
        .collect()
}
