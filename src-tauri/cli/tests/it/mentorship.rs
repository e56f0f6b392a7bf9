//! `mentorship` as a script would use it: a mentee with a goal, a meeting
//! with an action item, a letter request moved on to submitted, and the
//! refusals a user would meet.

use std::path::Path;

use crate::support::{json, run, stderr};

fn contact(data: &Path, name: &str) -> i64 {
    json(&run(data, &["contacts", "add", "--name", name, "--json"]))["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn a_mentee_with_a_goal_a_meeting_and_a_letter_shows_whole() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let ben = contact(&data, "Ben Okafor").to_string();
    let added = json(&run(
        &data,
        &[
            "mentorship",
            "add",
            "--contact",
            &ben,
            "--role",
            "mentee",
            "--every",
            "4w",
            "--since",
            "2025-12-01",
            "--json",
        ],
    ));
    assert_eq!(added["role"], "mentee");
    assert_eq!(added["every_weeks"], 4);
    assert_eq!(added["next_meeting_on"], "2025-12-29");
    let id = added["id"].as_i64().unwrap().to_string();

    let goal = json(&run(
        &data,
        &[
            "mentorship",
            "goal",
            "add",
            "--mentorship",
            &id,
            "--text",
            "Submit the ERAS application",
            "--target",
            "2026-09-15",
            "--json",
        ],
    ));
    let done = json(&run(
        &data,
        &[
            "mentorship",
            "goal",
            "done",
            &goal["id"].to_string(),
            "--json",
        ],
    ));
    assert_eq!(done["done"], true);

    let meeting = json(&run(
        &data,
        &[
            "mentorship",
            "meeting",
            "add",
            "--mentorship",
            &id,
            "--on",
            "2026-01-05",
            "--note",
            "Personal statement",
            "--action",
            "Send comments",
            "--json",
        ],
    ));
    assert_eq!(meeting["actions"][0]["text"], "Send comments");
    let action = meeting["actions"][0]["id"].to_string();
    json(&run(
        &data,
        &["mentorship", "action", "done", &action, "--json"],
    ));

    let letter = json(&run(
        &data,
        &[
            "mentorship",
            "letter",
            "add",
            "--contact",
            &ben,
            "--program",
            "residency",
            "--name",
            "IM residency, UCSF",
            "--deadline",
            "2026-10-01",
            "--json",
        ],
    ));
    // Ben is only the user's mentee: the user writes.
    assert_eq!(letter["writer"], "me");
    assert_eq!(letter["status"], "to_ask");
    let moved = json(&run(
        &data,
        &[
            "mentorship",
            "letter",
            "status",
            &letter["id"].to_string(),
            "submitted",
            "--json",
        ],
    ));
    assert_eq!(moved["status"], "submitted");
    assert!(moved["submitted_on"].is_string());

    let shown = json(&run(&data, &["mentorship", "show", &id, "--json"]));
    assert_eq!(shown["contact_name"], "Ben Okafor");
    assert_eq!(shown["goals"][0]["done"], true);
    assert_eq!(shown["meetings"][0]["held_on"], "2026-01-05");
    assert_eq!(shown["meetings"][0]["actions"][0]["done"], true);
    assert_eq!(shown["next_meeting_on"], "2026-02-02");

    let listed = run(&data, &["mentorship", "list"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Ben Okafor"));
    let letters = json(&run(&data, &["mentorship", "letter", "list", "--json"]));
    assert_eq!(letters.as_array().unwrap().len(), 1);

    // The meeting is on Ben's timeline too.
    let timeline = run(
        &data,
        &["interactions", "list", "--contact", &ben, "--json"],
    );
    assert!(String::from_utf8_lossy(&timeline.stdout).contains("Personal statement"));
}

#[test]
fn bad_input_is_refused_in_words_and_by_clap() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let ana = contact(&data, "Ana Berg").to_string();
    let unknown = run(
        &data,
        &["mentorship", "add", "--contact", "99", "--role", "mentor"],
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("no contact with id 99"),
        "{}",
        stderr(&unknown)
    );
    let role = run(
        &data,
        &["mentorship", "add", "--contact", &ana, "--role", "boss"],
    );
    assert_eq!(role.status.code(), Some(2));
    let every = run(
        &data,
        &[
            "mentorship",
            "add",
            "--contact",
            &ana,
            "--role",
            "mentor",
            "--every",
            "monthly",
        ],
    );
    assert_eq!(every.status.code(), Some(2));
    let date = run(
        &data,
        &[
            "mentorship",
            "letter",
            "add",
            "--contact",
            &ana,
            "--program",
            "grant",
            "--name",
            "R01",
            "--deadline",
            "next week",
        ],
    );
    assert_eq!(date.status.code(), Some(1));
    assert!(stderr(&date).contains("is not a date"), "{}", stderr(&date));
    let status = run(&data, &["mentorship", "letter", "status", "1", "maybe"]);
    assert_eq!(status.status.code(), Some(2));
    let listed = json(&run(&data, &["mentorship", "list", "--json"]));
    assert!(listed.as_array().unwrap().is_empty());
}

/// `mentorship add` of `contact` as the user's mentor, with one goal.
fn mentor_with_goal(data: &Path, contact: &str, every: &str, goal: &str) -> i64 {
    let added = json(&run(
        data,
        &[
            "mentorship",
            "add",
            "--contact",
            contact,
            "--role",
            "mentor",
            "--every",
            every,
            "--since",
            "2025-09-01",
            "--json",
        ],
    ));
    let id = added["id"].as_i64().unwrap();
    json(&run(
        data,
        &[
            "mentorship",
            "goal",
            "add",
            "--mentorship",
            &id.to_string(),
            "--text",
            goal,
            "--json",
        ],
    ));
    id
}

#[test]
fn merging_two_cards_of_one_mentor_leaves_one_mentorship_with_both_goals() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let keep = contact(&data, "Dr. Ana Berg").to_string();
    let other = contact(&data, "Ana Berg").to_string();
    let kept = mentor_with_goal(&data, &keep, "4w", "Learn radial access");
    mentor_with_goal(&data, &other, "8w", "First-author paper");

    let merged = run(&data, &["contacts", "merge", &keep, &other]);
    assert!(merged.status.success(), "{}", stderr(&merged));
    let text = String::from_utf8_lossy(&merged.stdout);
    assert!(
        text.contains(&format!(
            "Their two mentor mentorships are one now (mentorship {kept}): 2 goals, 0 meetings"
        )),
        "{text}"
    );

    let listed = json(&run(&data, &["mentorship", "list", "--json"]));
    let all = listed.as_array().unwrap();
    assert_eq!(all.len(), 1, "{listed:#}");
    assert_eq!(all[0]["id"], kept);
    assert_eq!(all[0]["every_weeks"], 4, "the kept cadence");
    let mut goals: Vec<&str> = all[0]["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|goal| goal["text"].as_str().unwrap())
        .collect();
    goals.sort();
    assert_eq!(goals, ["First-author paper", "Learn radial access"]);
}
