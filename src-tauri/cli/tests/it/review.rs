//! `review --week DATE --json`: a week's contacts made, follow-ups, new
//! contacts and CME hours as a script reads them.

use crate::support::{json, run, stderr};

#[test]
fn the_weeks_review_counts_what_was_logged_in_it() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let anna = json(&run(
        data,
        &["contacts", "add", "--name", "Dr. Anna Berg", "--json"],
    ))["id"]
        .to_string();
    for (kind, at) in [
        ("meeting", "2026-03-02T10:00[Europe/Berlin]"),
        ("call", "2026-03-04T10:00[Europe/Berlin]"),
        ("call", "2026-03-10T10:00[Europe/Berlin]"),
    ] {
        json(&run(
            data,
            &[
                "interactions",
                "add",
                "--contact",
                &anna,
                "--kind",
                kind,
                "--at",
                at,
                "--json",
            ],
        ));
    }
    json(&run(
        data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "2026-03-05",
            "--title",
            "Grand rounds",
            "--type",
            "ama-pra-1",
            "--hours",
            "1.5",
            "--json",
        ],
    ));

    let week = json(&run(
        data,
        &[
            "review",
            "--week",
            "2026-03-06",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    assert_eq!(week["first_day"], "2026-03-02");
    assert_eq!(week["last_day"], "2026-03-08");
    assert_eq!(week["interactions"], 2);
    assert_eq!(week["people"], 1);
    assert_eq!(week["cme_hours"], 1.5);
    // The meeting's follow-up fell due on the Wednesday; the call that day answered it.
    assert_eq!(week["follow_ups_open"].as_array().unwrap().len(), 0);
    // Anna was added today, not that week.
    assert_eq!(week["new_contacts"].as_array().unwrap().len(), 0);

    let sunday_first = json(&run(
        data,
        &[
            "review",
            "--week",
            "2026-03-06",
            "--sunday",
            "--tz",
            "Europe/Berlin",
            "--json",
        ],
    ));
    assert_eq!(sunday_first["first_day"], "2026-03-01");

    let printed = run(
        data,
        &["review", "--week", "2026-03-06", "--tz", "Europe/Berlin"],
    );
    let text = String::from_utf8_lossy(&printed.stdout);
    assert!(
        text.contains("Contacts made: 2 with 1 people (1 call, 1 meeting)"),
        "{text}"
    );
}

#[test]
fn a_week_that_cannot_be_read_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let refused = run(temp.path(), &["review", "--week", "next tuesday"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("next tuesday"),
        "{}",
        stderr(&refused)
    );
}
