//! `interactions add|list|edit|delete` as a script uses them: a date after
//! now is refused, and a logged interaction can be listed, corrected and
//! removed, with the contact's last contact following.

use std::path::Path;

use serde_json::Value;

use crate::support::{json, run, stderr};

fn person(data: &Path, name: &str) -> String {
    json(&run(data, &["contacts", "add", "--name", name, "--json"]))["id"].to_string()
}

fn log(data: &Path, contact: &str, at: &str, note: &str) -> String {
    json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            contact,
            "--kind",
            "meeting",
            "--at",
            at,
            "--note",
            note,
            "--json",
        ],
    ))["id"]
        .to_string()
}

fn last_contact(data: &Path, contact: &str) -> Value {
    json(&run(data, &["contacts", "show", contact, "--json"]))["last_interaction_at"].clone()
}

fn listed(data: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["interactions", "list", "--json"];
    all.extend(args);
    json(&run(data, &all)).as_array().unwrap().clone()
}

#[test]
fn an_interaction_dated_next_year_is_refused_with_a_clear_message() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = person(data, "Dr. Amara Okafor");
    let next_year =
        (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();

    let output = run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--kind",
            "meeting",
            "--at",
            &next_year,
        ],
    );

    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("is in the future"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(listed(data, &[]).is_empty());
    assert_eq!(last_contact(data, &amara), Value::Null);
}

#[test]
fn an_interaction_is_listed_edited_and_deleted_with_last_contact_following() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = person(data, "Dr. Amara Okafor");
    let ben = person(data, "Dr. Ben Carter");
    log(data, &amara, "2026-03-01T09:00:00Z", "coffee");
    let wrong = log(
        data,
        &amara,
        "2026-11-20T09:00:00Z",
        "Wants to join the journal club",
    );
    assert_eq!(last_contact(data, &amara), "2026-11-20T09:00:00Z");

    let edited = json(&run(
        data,
        &[
            "interactions",
            "edit",
            &wrong,
            "--at",
            "2026-08-30T10:30[Europe/Berlin]",
            "--kind",
            "call",
            "--topic",
            "renal denervation",
            "--contact",
            &ben,
            "--json",
        ],
    ));
    assert_eq!(edited["kind"], "call");
    assert_eq!(edited["occurred_at"], "2026-08-30T08:30:00Z");
    assert_eq!(edited["time_zone"], "Europe/Berlin");
    assert_eq!(edited["topic"], "renal denervation");
    assert_eq!(
        edited["note"], "Wants to join the journal club",
        "a flag not given is kept"
    );
    assert_eq!(
        edited["contact_ids"],
        serde_json::json!([ben.parse::<i64>().unwrap()])
    );
    assert_eq!(last_contact(data, &amara), "2026-03-01T09:00:00Z");
    assert_eq!(last_contact(data, &ben), "2026-08-30T08:30:00Z");
    let amaras = listed(data, &["--contact", &amara]);
    assert_eq!(amaras.len(), 1);
    assert_eq!(amaras[0]["note"], "coffee");

    let output = run(data, &["interactions", "delete", &wrong]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(last_contact(data, &ben), Value::Null);
    assert_eq!(listed(data, &[]).len(), 1);
}

#[test]
fn editing_or_deleting_an_unknown_interaction_fails_and_a_future_edit_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = person(data, "Dr. Amara Okafor");
    let id = log(data, &amara, "2026-03-01T09:00:00Z", "coffee");

    let output = run(data, &["interactions", "delete", "999"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("There is no interaction with id 999"));
    let output = run(
        data,
        &["interactions", "edit", &id, "--at", "2999-01-01T09:00:00Z"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is in the future"));
    assert_eq!(listed(data, &[])[0]["occurred_at"], "2026-03-01T09:00:00Z");
    let output = run(
        data,
        &["interactions", "edit", &id, "--event", "3", "--no-event"],
    );
    assert_eq!(
        output.status.code(),
        Some(2),
        "conflicting flags are a usage error"
    );
}

#[test]
fn the_list_for_people_reads_one_line_per_interaction() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = person(data, "Dr. Amara Okafor");
    let id = log(
        data,
        &amara,
        "2026-08-30T10:30[Europe/Berlin]",
        "talked\nabout the registry",
    );

    let output = run(data, &["interactions", "list"]);
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("ID"), "{text}");
    assert!(lines[1].starts_with(&id), "{text}");
    assert!(
        lines[1].contains("2026-08-30 10:30 Europe/Berlin"),
        "{text}"
    );
    assert!(lines[1].contains("talked about the registry"), "{text}");
}
