//! `referrals add|list|edit|delete|stats` as a script would use them: the
//! ledger, its numbers as JSON, and the input refused.

use std::path::Path;

use serde_json::Value;

use crate::support::{json, run, stderr};

fn contact(data: &Path, name: &str, specialty: &str) -> String {
    json(&run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            name,
            "--specialty",
            specialty,
            "--json",
        ],
    ))["id"]
        .to_string()
}

fn referral(data: &Path, args: &[&str]) -> Value {
    let mut all = vec!["referrals", "add"];
    all.extend_from_slice(args);
    all.push("--json");
    json(&run(data, &all))
}

#[test]
fn referrals_are_logged_listed_edited_and_deleted() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = contact(data, "Anna Berg", "Cardiology");
    let bo = contact(data, "Bo Lind", "Nephrology");

    let received = referral(
        data,
        &[
            "--contact",
            &anna,
            "--direction",
            "received",
            "--on",
            "2026-11-02",
            "--reason",
            "second-opinion",
            "--note",
            "Seen the same week",
        ],
    );
    assert_eq!(received["contact_name"], "Anna Berg");
    assert_eq!(received["specialty"], "Cardiology");
    assert_eq!(received["reason"], "second_opinion");
    referral(
        data,
        &[
            "--contact",
            &bo,
            "--direction",
            "sent",
            "--on",
            "2026-10-01",
        ],
    );

    let all = json(&run(data, &["referrals", "list", "--json"]));
    let days: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["on"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-11-02", "2026-10-01"]);
    let annas = json(&run(
        data,
        &["referrals", "list", "--contact", &anna, "--json"],
    ));
    assert_eq!(annas.as_array().unwrap().len(), 1);
    let sent = json(&run(
        data,
        &["referrals", "list", "--direction", "sent", "--json"],
    ));
    assert_eq!(sent[0]["contact_name"], "Bo Lind");
    let found = json(&run(
        data,
        &["referrals", "list", "--text", "same week", "--json"],
    ));
    assert_eq!(found.as_array().unwrap().len(), 1);

    let id = received["id"].to_string();
    let edited = json(&run(
        data,
        &["referrals", "edit", &id, "--reason", "imaging", "--json"],
    ));
    assert_eq!(edited["reason"], "imaging");
    assert_eq!(
        edited["note"], "Seen the same week",
        "untouched fields stay"
    );

    json(&run(data, &["referrals", "delete", &id, "--json"]));
    let left = json(&run(data, &["referrals", "list", "--json"]));
    assert_eq!(left.as_array().unwrap().len(), 1);
}

#[test]
fn stats_count_both_ways_and_name_the_one_sided_and_the_quiet() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = contact(data, "Anna Berg", "Cardiology");
    let bo = contact(data, "Bo Lind", "Nephrology");
    for (who, way, on) in [
        (&anna, "sent", "2025-01-10"),
        (&anna, "received", "2026-06-01"),
        (&bo, "sent", "2026-03-01"),
        (&bo, "sent", "2026-04-01"),
    ] {
        referral(data, &["--contact", who, "--direction", way, "--on", on]);
    }

    let stats = json(&run(
        data,
        &["referrals", "stats", "--at", "2026-12-01", "--json"],
    ));
    let colleagues = stats["by_colleague"].as_array().unwrap();
    assert_eq!(colleagues.len(), 2);
    let anna_row = colleagues
        .iter()
        .find(|c| c["contact_name"] == "Anna Berg")
        .unwrap();
    assert_eq!(anna_row["sent"], 1);
    assert_eq!(anna_row["received"], 1);
    assert_eq!(anna_row["last_received"], "2026-06-01");
    let specialties: Vec<&str> = stats["by_specialty"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["specialty"].as_str().unwrap())
        .collect();
    assert_eq!(specialties, ["Cardiology", "Nephrology"]);
    assert_eq!(stats["one_sided"][0]["contact_name"], "Bo Lind");
    assert_eq!(stats["one_sided"][0]["direction"], "sent");
    assert_eq!(stats["one_sided"][0]["count"], 2);
    assert_eq!(
        stats["not_referred_in_a_year"][0]["contact_name"],
        "Anna Berg"
    );

    let text = run(data, &["referrals", "stats", "--at", "2026-12-01"]);
    let printed = String::from_utf8_lossy(&text.stdout);
    assert!(printed.contains("Bo Lind"), "{printed}");
    assert!(printed.contains("never sent back"), "{printed}");
}

#[test]
fn an_unknown_colleague_or_direction_is_refused_and_nothing_is_logged() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    contact(data, "Anna Berg", "Cardiology");

    let unknown = run(
        data,
        &[
            "referrals",
            "add",
            "--contact",
            "999",
            "--direction",
            "sent",
        ],
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("no contact with id 999"),
        "{}",
        stderr(&unknown)
    );

    let sideways = run(
        data,
        &[
            "referrals",
            "add",
            "--contact",
            "1",
            "--direction",
            "sideways",
        ],
    );
    assert_eq!(sideways.status.code(), Some(2), "clap refuses it");

    let bad_day = run(
        data,
        &[
            "referrals",
            "add",
            "--contact",
            "1",
            "--direction",
            "sent",
            "--on",
            "yesterday-ish",
        ],
    );
    assert_eq!(bad_day.status.code(), Some(1));
    assert!(stderr(&bad_day).contains("YYYY-MM-DD"));

    let none = json(&run(data, &["referrals", "list", "--json"]));
    assert!(none.as_array().unwrap().is_empty());
}
