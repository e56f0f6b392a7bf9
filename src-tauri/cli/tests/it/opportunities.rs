//! `opportunities` and `memberships` as a script would use them: a job lead
//! with its people and status moves, a membership renewed a year on, a
//! committee role and a meeting, and refusals that say what is wrong.

use std::path::Path;

use serde_json::Value;

use crate::support::{json, run, stderr};

fn contact(data: &Path, name: &str) -> String {
    json(&run(data, &["contacts", "add", "--name", name, "--json"]))["id"]
        .as_i64()
        .unwrap()
        .to_string()
}

#[test]
fn a_job_lead_keeps_its_people_and_its_status_history() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = contact(data, "Anna Berg");
    let omar = contact(data, "Omar Haddad");
    let told = format!("{anna}:told-me");
    let decides = format!("{omar}:decides");
    let lead = json(&run(
        data,
        &[
            "opportunities",
            "add",
            "--title",
            "Consultant post",
            "--kind",
            "job",
            "--contact",
            &told,
            "--contact",
            &decides,
            "--deadline",
            "2026-04-15",
            "--note",
            "HF focus",
            "--json",
        ],
    ));
    assert_eq!(lead["status"], "heard_of");
    assert_eq!(lead["deadline"], "2026-04-15");
    let roles: Vec<&str> = lead["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["told_me", "decides"]);
    let id = lead["id"].as_i64().unwrap().to_string();

    let moved = json(&run(
        data,
        &["opportunities", "status", &id, "in-talks", "--json"],
    ));
    assert_eq!(moved["status"], "in_talks");
    assert_eq!(moved["history"].as_array().unwrap().len(), 2);

    let applied = json(&run(
        data,
        &["opportunities", "list", "--status", "in-talks", "--json"],
    ));
    assert_eq!(applied.as_array().unwrap().len(), 1);
    let none = json(&run(
        data,
        &["opportunities", "list", "--status", "won", "--json"],
    ));
    assert!(none.as_array().unwrap().is_empty());

    let edited = json(&run(
        data,
        &["opportunities", "edit", &id, "--no-deadline", "--json"],
    ));
    assert_eq!(edited["deadline"], Value::Null);
    assert_eq!(edited["people"].as_array().unwrap().len(), 2);

    let shown = run(data, &["opportunities", "show", &id]);
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("Anna Berg"), "{text}");
    assert!(text.contains("told me"), "{text}");

    assert!(run(data, &["opportunities", "delete", &id])
        .status
        .success());
    let gone = run(data, &["opportunities", "show", &id]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(stderr(&gone).contains("no opportunity with id"));
}

#[test]
fn a_bad_kind_is_a_usage_error_and_an_unknown_contact_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let kind = run(
        data,
        &["opportunities", "add", "--title", "X", "--kind", "gig"],
    );
    assert_eq!(kind.status.code(), Some(2));
    assert!(stderr(&kind).contains("speaking"));
    let unknown = run(
        data,
        &[
            "opportunities",
            "add",
            "--title",
            "X",
            "--kind",
            "grant",
            "--contact",
            "99:decides",
        ],
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("no contact with id 99"));
    let date = run(
        data,
        &[
            "opportunities",
            "add",
            "--title",
            "X",
            "--kind",
            "grant",
            "--deadline",
            "next week",
        ],
    );
    assert_eq!(date.status.code(), Some(1));
    assert!(stderr(&date).contains("not a date"));
}

#[test]
fn a_membership_renews_a_year_on_with_its_role_and_meeting() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let esc = json(&run(
        data,
        &[
            "memberships",
            "add",
            "--society",
            "ESC",
            "--number",
            "40211",
            "--renews",
            "2026-06-30",
            "--dues",
            "350",
            "--currency",
            "eur",
            "--json",
        ],
    ));
    assert_eq!(esc["dues_currency"], "EUR");
    let id = esc["id"].as_i64().unwrap().to_string();

    let renewed = json(&run(data, &["memberships", "renew", &id, "--json"]));
    assert_eq!(renewed["renews_on"], "2027-06-30");

    let role = json(&run(
        data,
        &[
            "memberships",
            "role",
            "add",
            &id,
            "--committee",
            "Guidelines",
            "--role",
            "member",
            "--json",
        ],
    ));
    assert_eq!(role["roles"][0]["committee"], "Guidelines");

    let event = json(&run(
        data,
        &[
            "events",
            "add",
            "--title",
            "ESC Congress 2026",
            "--start",
            "2026-08-28T08:30",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    let event_id = event["id"].as_i64().unwrap().to_string();
    let linked = json(&run(
        data,
        &[
            "memberships",
            "meeting",
            "link",
            &id,
            "--event",
            &event_id,
            "--json",
        ],
    ));
    assert_eq!(linked["meetings"][0]["title"], "ESC Congress 2026");

    let listed = json(&run(data, &["memberships", "list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);

    let removed = json(&run(
        data,
        &["memberships", "role", "remove", &id, "1", "--json"],
    ));
    assert!(removed["roles"].as_array().unwrap().is_empty());

    let lapsed = json(&run(
        data,
        &["memberships", "edit", &id, "--status", "lapsed", "--json"],
    ));
    assert_eq!(lapsed["status"], "lapsed");

    let unknown = run(
        data,
        &["memberships", "meeting", "link", &id, "--event", "999"],
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("no event with id 999"));
    assert!(run(data, &["memberships", "delete", &id]).status.success());
}
