//! `events radar|brief|capture|after`: conference mode from a script — a
//! colleague at a hospital in the venue's city on the radar, three people
//! captured during the event, and their follow-ups after it.

use serde_json::Value;

use crate::support::{json, run, stderr};

fn contact(data: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["contacts", "add", "--json"];
    all.extend_from_slice(args);
    json(&run(data, &all))["id"].to_string()
}

/// An event in Boston that started an hour ago and ends in two days.
fn aha_now(data: &std::path::Path) -> String {
    let start = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    let end = start + jiff::SignedDuration::from_hours(48);
    let civil = |at: jiff::Timestamp| {
        jiff::tz::TimeZone::get("America/New_York")
            .unwrap()
            .to_datetime(at)
            .strftime("%Y-%m-%dT%H:%M")
            .to_string()
    };
    let added = json(&run(
        data,
        &[
            "events",
            "add",
            "--title",
            "AHA 2026",
            "--start",
            &civil(start),
            "--end",
            &civil(end),
            "--tz",
            "America/New_York",
            "--location",
            "Boston Convention Center, Boston, MA",
            "--json",
        ],
    ));
    added["id"].to_string()
}

#[test]
fn the_radar_lists_a_colleague_at_a_boston_hospital_and_capture_and_after_work_through_the_people_met(
) {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let grace = contact(
        data,
        &["--name", "Grace Liu", "--org", "Boston Medical Center"],
    );
    contact(data, &["--name", "Hans Weber", "--org", "Charité Berlin"]);
    let anna = contact(data, &["--name", "Dr. Anna Berg", "--org", "Karolinska"]);
    let event = aha_now(data);

    let radar = json(&run(data, &["events", "radar", &event, "--json"]));
    assert_eq!(radar["city"], "Boston");
    let people = radar["people"].as_array().unwrap();
    assert_eq!(people.len(), 1, "{radar}");
    assert_eq!(people[0]["contact_id"].to_string(), grace);
    assert_eq!(
        people[0]["reasons"][0]["text"],
        "Institution: Boston Medical Center"
    );
    let printed = run(data, &["events", "radar", &event]);
    assert!(String::from_utf8_lossy(&printed.stdout).contains("Grace Liu"));

    run(
        data,
        &[
            "events",
            "meet",
            "--event",
            &event,
            "--contact",
            &grace,
            "--note",
            "Ask about the SGLT2 trial",
        ],
    );
    let briefs = json(&run(data, &["events", "brief", &event, "--json"]));
    assert_eq!(briefs[0]["to_ask"][0], "Ask about the SGLT2 trial");

    let matched = json(&run(
        data,
        &[
            "events",
            "capture",
            &event,
            "--name",
            "anna berg",
            "--note",
            "her amyloidosis registry",
            "--json",
        ],
    ));
    assert_eq!(matched["created"], false);
    assert_eq!(matched["contact_id"].to_string(), anna);
    let created = run(
        data,
        &[
            "events",
            "capture",
            &event,
            "--name",
            "Rui Costa",
            "--from",
            "Lisbon",
            "--note",
            "remote monitoring grant",
        ],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    assert!(String::from_utf8_lossy(&created.stdout).starts_with("Created Rui Costa"));

    let after = json(&run(data, &["events", "after", &event, "--json"]));
    let met: Vec<&Value> = after["met"].as_array().unwrap().iter().collect();
    assert_eq!(met.len(), 2);
    assert!(met[0]["draft"]["body"]
        .as_str()
        .unwrap()
        .contains("her amyloidosis registry at AHA 2026"));
    assert!(met[1]["draft"]["body"]
        .as_str()
        .unwrap()
        .contains("remote monitoring grant"));
    assert_eq!(after["planned_not_met"][0]["display_name"], "Grace Liu");
}

#[test]
fn capture_mistakes_are_clear() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let event = aha_now(data);
    let missing = run(data, &["events", "capture", &event, "--name", " "]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("Write the name of the person you met"));
    let unknown = run(data, &["events", "radar", "999"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("there is no event with id 999"));
}

#[test]
fn a_mentees_brief_asks_about_their_open_goal_by_its_date_and_the_open_action_item() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let sam = contact(data, &["--name", "Dr. Sam Rivera"]);
    let event = aha_now(data);
    let made = json(&run(
        data,
        &[
            "mentorship",
            "add",
            "--contact",
            &sam,
            "--role",
            "mentee",
            "--json",
        ],
    ));
    let mentorship = made["id"].to_string();
    let goal = run(
        data,
        &[
            "mentorship",
            "goal",
            "add",
            "--mentorship",
            &mentorship,
            "--text",
            "Submit the K23",
            "--target",
            "2030-12-01",
        ],
    );
    assert!(goal.status.success(), "{}", stderr(&goal));
    let meeting = run(
        data,
        &[
            "mentorship",
            "meeting",
            "add",
            "--mentorship",
            &mentorship,
            "--on",
            "2026-01-05",
            "--note",
            "Aims page",
            "--action",
            "Draft the specific aims",
        ],
    );
    assert!(meeting.status.success(), "{}", stderr(&meeting));
    run(
        data,
        &["events", "meet", "--event", &event, "--contact", &sam],
    );

    let printed = run(data, &["events", "brief", &event]);
    let text = String::from_utf8_lossy(&printed.stdout);
    assert!(
        text.contains("Ask: Ask about their goal as your mentee: Submit the K23, by 2030-12-01"),
        "{text}"
    );
    assert!(
        text.contains(
            "Ask: Follow up on an action item from your meeting on 2026-01-05: Draft the specific aims"
        ),
        "{text}"
    );
}
