//! The patient-data guard on the command line: a note that looks like it
//! identifies a patient is refused (exit 1, naming what was found and the
//! flag) and nothing is saved; `--allow-patient-data` saves it anyway.

use std::path::Path;

use crate::support::{json, run, stderr};

const NOTE: &str = "DOB 02/04/1961 MRN 4432211";

fn person(data: &Path, name: &str) -> String {
    json(&run(data, &["contacts", "add", "--name", name, "--json"]))["id"].to_string()
}

fn interactions_of(data: &Path, contact: &str) -> usize {
    json(&run(
        data,
        &["interactions", "list", "--contact", contact, "--json"],
    ))
    .as_array()
    .unwrap()
    .len()
}

#[test]
fn an_interaction_note_with_a_date_of_birth_is_refused_and_not_saved() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = person(data, "Dr. Anna Berg");
    let refused = run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &anna,
            "--kind",
            "call",
            "--note",
            NOTE,
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    assert!(
        message.contains("--note: \"DOB 02/04/1961\" looks like a date of birth"),
        "{message}"
    );
    assert!(
        message.contains("--note: \"MRN 4432211\" looks like a medical record number"),
        "{message}"
    );
    assert!(message.contains("--allow-patient-data"), "{message}");
    assert_eq!(interactions_of(data, &anna), 0);

    let saved = json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &anna,
            "--kind",
            "call",
            "--note",
            NOTE,
            "--allow-patient-data",
            "--json",
        ],
    ));
    assert_eq!(saved["note"], NOTE);
    assert_eq!(interactions_of(data, &anna), 1);
}

#[test]
fn a_topic_with_a_patients_name_is_refused_on_edit_too() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = person(data, "Dr. Anna Berg");
    let logged = json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &anna,
            "--kind",
            "call",
            "--topic",
            "lipids",
            "--json",
        ],
    ));
    let id = logged["id"].to_string();
    let refused = run(
        data,
        &["interactions", "edit", &id, "--topic", "Mrs. Patel's echo"],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("--topic: \"Mrs. Patel's\" looks like a patient's name"));
    let listed = json(&run(data, &["interactions", "list", "--json"]));
    assert_eq!(listed[0]["topic"], "lipids");
}

#[test]
fn contact_milestone_and_event_notes_are_guarded() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let refused = run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Dr. Ben Carter",
            "--note",
            NOTE,
        ],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert_eq!(
        json(&run(data, &["contacts", "list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let ben = person(data, "Dr. Ben Carter");
    let refused = run(
        data,
        &["contacts", "edit", &ben, "--note", "SSN 123-45-6789"],
    );
    assert!(
        stderr(&refused).contains("a US social security number"),
        "{}",
        stderr(&refused)
    );
    let refused = run(
        data,
        &[
            "milestones",
            "add",
            "--contact",
            &ben,
            "--kind",
            "promotion",
            "--note",
            "patient Smith",
        ],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    let refused = run(
        data,
        &[
            "events",
            "add",
            "--title",
            "Tumour board",
            "--start",
            "2026-03-02T08:00[Europe/London]",
            "--notes",
            "NHS 943 476 5919",
        ],
    );
    assert!(
        stderr(&refused).contains("an NHS number"),
        "{}",
        stderr(&refused)
    );

    let kept = json(&run(
        data,
        &[
            "contacts",
            "edit",
            &ben,
            "--note",
            "Coffee at ESC",
            "--json",
        ],
    ));
    assert_eq!(kept["notes"], "Coffee at ESC");
}
