//! `events deadline list` as a script would use it: every key date ahead by
//! default, or only those up to the last day `--to` names.

use std::path::Path;

use serde_json::Value;

use crate::support::{cli, json, run, stderr};

/// Adds a key date to `event` and returns nothing worth keeping.
fn key_date(data: &Path, event: &str, label: &str, at: &str) {
    json(&run(
        data,
        &[
            "events", "deadline", "add", "--event", event, "--label", label, "--at", at, "--json",
        ],
    ));
}

/// The labels `events deadline list` prints with `args`, read in UTC.
fn listed(data: &Path, args: &[&str]) -> Vec<String> {
    let output = cli(data)
        .env("TZ", "UTC")
        .args(["events", "deadline", "list", "--json"])
        .args(args)
        .output()
        .unwrap();
    json(&output)
        .as_array()
        .unwrap()
        .iter()
        .map(|listed: &Value| listed["label"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_deadline_list_stops_after_the_last_day_asked_for() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let congress = json(&run(
        data,
        &[
            "events",
            "add",
            "--title",
            "World Congress of Cardiology 2100",
            "--start",
            "2100-05-10T09:00[Europe/Paris]",
            "--json",
        ],
    ))["id"]
        .to_string();
    key_date(
        data,
        &congress,
        "Abstract submission",
        "2099-03-01T23:59[AoE]",
    );
    key_date(
        data,
        &congress,
        "Early-bird registration",
        "2099-06-30T12:00:00Z",
    );
    key_date(
        data,
        &congress,
        "Hotel block release",
        "2100-01-15T12:00:00Z",
    );

    assert_eq!(
        listed(data, &[]),
        [
            "Abstract submission",
            "Early-bird registration",
            "Hotel block release"
        ]
    );
    assert_eq!(
        listed(data, &["--to", "2099-06-30"]),
        ["Abstract submission", "Early-bird registration"],
        "the last day is included"
    );
    assert_eq!(
        listed(data, &["--to", "2099-06-29"]),
        ["Abstract submission"]
    );

    let not_a_day = run(data, &["events", "deadline", "list", "--to", "June"]);
    assert_eq!(not_a_day.status.code(), Some(1));
    assert!(
        stderr(&not_a_day).contains("YYYY-MM-DD"),
        "{}",
        stderr(&not_a_day)
    );
}
