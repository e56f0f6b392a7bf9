//! `due`, `remind`, `milestones` and `cadence` as a script would use them:
//! `due --at` evaluates the engine at any instant, and what `remind` does
//! shows in the next `due`. Times are relative to the real clock, because
//! `remind` acts now; the user's zone is UTC throughout.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use crate::support::{cli, json, run, stderr};

/// Now, to the second.
fn now() -> Timestamp {
    Timestamp::from_second(Timestamp::now().as_second()).unwrap()
}

fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

/// Adds a contact named `name` with `args` and returns its id.
fn contact(data: &Path, name: &str, args: &[&str]) -> i64 {
    let mut all = vec!["contacts", "add", "--name", name, "--json"];
    all.extend_from_slice(args);
    json(&run(data, &all))["id"].as_i64().unwrap()
}

/// Logs an interaction of `kind` with `contact` at `at`.
fn interaction(data: &Path, contact: i64, kind: &str, at: Timestamp, note: &str) {
    let (contact, at) = (contact.to_string(), at.to_string());
    json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &contact,
            "--kind",
            kind,
            "--at",
            &at,
            "--note",
            note,
            "--json",
        ],
    ));
}

/// What `due --at AT` lists, in UTC, with `args` after it.
fn due(data: &Path, at: Timestamp, args: &[&str]) -> Vec<Value> {
    let output = cli(data)
        .env("TZ", "UTC")
        .args(["due", "--at", &at.to_string(), "--tz", "UTC", "--json"])
        .args(args)
        .output()
        .unwrap();
    json(&output).as_array().unwrap().clone()
}

/// The reminders of `kind` about `contact` among `listed`.
fn about<'a>(listed: &'a [Value], kind: &str, contact: i64) -> Vec<&'a Value> {
    listed
        .iter()
        .filter(|r| r["kind"] == kind && r["contact_id"] == contact)
        .collect()
}

/// A contact met two days before `at`, and the follow-up that prompts.
fn met_two_days_ago(data: &Path, at: Timestamp) -> (i64, Value) {
    let amara = contact(data, "Amara Okafor", &[]);
    interaction(
        data,
        amara,
        "meeting",
        at - days(2),
        "Talked about renal denervation",
    );
    let listed = due(data, at, &[]);
    let found = about(&listed, "follow_up", amara);
    assert_eq!(found.len(), 1, "{listed:#?}");
    (amara, found[0].clone())
}

fn remind(data: &Path, args: &[&str]) -> Value {
    let mut all = vec!["remind"];
    all.extend_from_slice(args);
    all.push("--json");
    json(&run(data, &all))
}

fn ids(listed: &[Value]) -> Vec<&str> {
    listed.iter().map(|r| r["id"].as_str().unwrap()).collect()
}

#[test]
fn a_meeting_two_days_ago_prompts_a_follow_up_naming_the_person() {
    let temp = tempfile::tempdir().unwrap();
    let at = now();
    let (amara, follow_up) = met_two_days_ago(temp.path(), at);
    assert!(follow_up["id"].as_str().unwrap().starts_with("follow_up:"));
    assert!(
        follow_up["reason"]
            .as_str()
            .unwrap()
            .contains("Amara Okafor"),
        "{follow_up}"
    );
    assert_eq!(follow_up["contact_id"], amara);
    // The same reason with its day as data, for a program to write in its own locale.
    let parts = follow_up["reason_parts"].as_array().unwrap();
    assert_eq!(parts[0]["type"], "text", "{follow_up}");
    let last = parts.last().unwrap();
    assert_eq!(last["type"], "day", "{follow_up}");
    assert!(
        last["day"]
            .as_str()
            .unwrap()
            .parse::<jiff::civil::Date>()
            .is_ok(),
        "{follow_up}"
    );
    assert!(
        follow_up["due_at"]
            .as_str()
            .unwrap()
            .parse::<Timestamp>()
            .unwrap()
            <= at + days(1)
    );
    assert_eq!(follow_up["event_id"], Value::Null);

    let table = cli(temp.path())
        .env("TZ", "UTC")
        .args(["due", "--at", &at.to_string()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains(follow_up["id"].as_str().unwrap()), "{text}");
    assert!(text.contains("follow up"), "{text}");
}

#[test]
fn done_removes_the_follow_up_and_logs_an_interaction() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let (amara, follow_up) = met_two_days_ago(data, at);
    let id = follow_up["id"].as_str().unwrap();

    let done = remind(data, &["done", id]);
    assert_eq!(done["id"], id);
    assert_eq!(done["done"], true);

    assert!(!ids(&due(data, at, &[])).contains(&id));
    let profile = json(&run(
        data,
        &["contacts", "show", &amara.to_string(), "--json"],
    ));
    assert_eq!(
        profile["interactions"].as_array().unwrap().len(),
        2,
        "{profile}"
    );
}

#[test]
fn undo_after_done_brings_the_follow_up_back_without_the_logged_interaction() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let (amara, follow_up) = met_two_days_ago(data, at);
    let id = follow_up["id"].as_str().unwrap();
    remind(data, &["done", id]);

    let undone = remind(data, &["undo", id]);
    assert_eq!(undone["undone"], true);
    assert!(ids(&due(data, at, &[])).contains(&id));
    let profile = json(&run(
        data,
        &["contacts", "show", &amara.to_string(), "--json"],
    ));
    assert_eq!(
        profile["interactions"].as_array().unwrap().len(),
        1,
        "only the meeting: {profile}"
    );

    let again = run(data, &["remind", "undo", id]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("nothing to undo"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn a_snoozed_reminder_is_hidden_until_the_time_given_then_back() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let (_, follow_up) = met_two_days_ago(data, at);
    let id = follow_up["id"].as_str().unwrap();
    let until = at + days(3);

    let snoozed = remind(data, &["snooze", id, "--until", &until.to_string()]);
    assert_eq!(snoozed["snoozed_until"], until.to_string());

    assert!(!ids(&due(data, at, &[])).contains(&id));
    let nearly = at + days(3) - SignedDuration::from_mins(1);
    assert!(!ids(&due(data, nearly, &["--window", "0d"])).contains(&id));
    let coming = due(data, nearly, &[]);
    let coming: Vec<&Value> = coming.iter().filter(|r| r["id"] == id).collect();
    assert_eq!(coming.len(), 1, "a day ahead, it is listed as coming");
    assert_eq!(coming[0]["overdue"], false);
    let later = due(data, until + SignedDuration::from_mins(1), &[]);
    assert!(ids(&later).contains(&id), "{later:#?}");
}

#[test]
fn a_dismissed_reminder_does_not_come_back() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let (_, follow_up) = met_two_days_ago(data, at);
    let id = follow_up["id"].as_str().unwrap();

    assert_eq!(remind(data, &["dismiss", id])["dismissed"], true);
    assert!(!ids(&due(data, at, &[])).contains(&id));
    assert!(!ids(&due(data, at + days(10), &[])).contains(&id));
}

#[test]
fn a_tag_cadence_prompts_to_stay_in_touch_with_a_mentor_not_seen_for_months() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let mentor = contact(data, "Hans Müller", &["--tag", "mentor"]);
    let other = contact(data, "Li Wei", &[]);
    for person in [mentor, other] {
        interaction(
            data,
            person,
            "message",
            at - days(120),
            "Sent the registry draft",
        );
    }

    let set = json(&run(
        data,
        &[
            "cadence", "set", "--tag", "mentor", "--every", "3mo", "--json",
        ],
    ));
    assert_eq!(set["tag"], "mentor");
    assert_eq!(set["every_days"], 90);

    let listed = due(data, at, &[]);
    assert_eq!(
        about(&listed, "stay_in_touch", mentor).len(),
        1,
        "{listed:#?}"
    );
    assert!(about(&listed, "stay_in_touch", other).is_empty());

    let rules = json(&run(data, &["cadence", "list", "--json"]));
    assert_eq!(
        rules,
        serde_json::json!([{"tag": "mentor", "every_days": 90}])
    );
    let show = |person: i64| {
        json(&run(
            data,
            &[
                "cadence",
                "show",
                "--contact",
                &person.to_string(),
                "--json",
            ],
        ))
    };
    assert_eq!(
        show(mentor),
        serde_json::json!({"contact_id": mentor, "own_days": null,
            "holds": {"tag": "mentor", "every_days": 90}})
    );
    assert_eq!(show(other)["holds"], Value::Null);
    let said = run(data, &["cadence", "show", "--contact", &other.to_string()]);
    assert!(
        String::from_utf8_lossy(&said.stdout).contains("No stay-in-touch cadence"),
        "{said:?}"
    );

    json(&run(
        data,
        &["cadence", "clear", "--tag", "mentor", "--json"],
    ));
    assert_eq!(
        json(&run(data, &["cadence", "list", "--json"])),
        serde_json::json!([])
    );
    assert!(about(&due(data, at, &[]), "stay_in_touch", mentor).is_empty());
}

#[test]
fn a_recorded_milestone_prompts_congratulations() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let amara = contact(data, "Amara Okafor", &[]);
    let today = jiff::tz::TimeZone::UTC.to_datetime(at).date().to_string();
    let contact_id = amara.to_string();
    let milestone = json(&run(
        data,
        &[
            "milestones",
            "add",
            "--contact",
            &contact_id,
            "--kind",
            "promotion",
            "--on",
            &today,
            "--note",
            "Made full professor",
            "--json",
        ],
    ));
    assert_eq!(milestone["kind"], "promotion");
    assert_eq!(milestone["contact_id"], amara);

    let listed = due(data, at, &[]);
    let found = about(&listed, "milestone", amara);
    assert_eq!(found.len(), 1, "{listed:#?}");
    assert_eq!(found[0]["milestone_id"], milestone["id"]);

    let recorded = json(&run(
        data,
        &["milestones", "list", "--contact", &contact_id, "--json"],
    ));
    assert_eq!(recorded[0]["id"], milestone["id"]);
    assert_eq!(recorded[0]["note"], "Made full professor");
}

#[test]
fn the_milestones_of_a_contact_who_does_not_exist_are_an_error_not_an_empty_list() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    contact(data, "Amara Okafor", &[]);
    let output = run(data, &["milestones", "list", "--contact", "999"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim_end(),
        "curbside-cli: there is no contact with id 999"
    );
}

#[test]
fn a_key_date_a_week_ahead_is_listed_within_an_eight_day_window() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let at = now();
    let start = (at + days(30)).to_string();
    let congress = json(&run(
        data,
        &[
            "events",
            "add",
            "--title",
            "ESC Congress",
            "--start",
            &start,
            "--json",
        ],
    ))["id"]
        .as_i64()
        .unwrap();
    let (event_id, deadline_at) = (congress.to_string(), (at + days(7)).to_string());
    let deadline = json(&run(
        data,
        &[
            "events",
            "deadline",
            "add",
            "--event",
            &event_id,
            "--label",
            "Abstract submission",
            "--at",
            &deadline_at,
            "--json",
        ],
    ));

    let listed = due(data, at, &["--window", "8d"]);
    let found: Vec<&Value> = listed
        .iter()
        .filter(|r| r["kind"] == "deadline" && r["deadline_id"] == deadline["id"])
        .collect();
    assert!(!found.is_empty(), "{listed:#?}");
    assert!(found.iter().all(|r| r["event_id"] == congress));
    assert!(found.iter().all(|r| r["reason"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("abstract")));
}

#[test]
fn an_unknown_reminder_fails_and_a_bad_duration_is_a_usage_error() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    for action in ["done", "dismiss", "snooze", "undo"] {
        let unknown = run(data, &["remind", action, "no-such-reminder"]);
        assert_eq!(
            unknown.status.code(),
            Some(1),
            "{action}: {}",
            stderr(&unknown)
        );
        assert!(!stderr(&unknown).is_empty());
    }

    let window = run(data, &["due", "--window", "3x"]);
    assert_eq!(window.status.code(), Some(2));
    assert!(stderr(&window).contains("3mo"), "{}", stderr(&window));
    let hours = run(
        data,
        &["cadence", "set", "--tag", "mentor", "--every", "12h"],
    );
    assert_eq!(hours.status.code(), Some(2));
    assert!(stderr(&hours).contains("3mo"), "{}", stderr(&hours));
    let nobody = run(data, &["cadence", "set", "--every", "2w"]);
    assert_eq!(nobody.status.code(), Some(2));
}

#[test]
fn due_lists_the_weekly_review_once_it_is_turned_on_on_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    // Friday 4 December 2026, 16:00 UTC.
    let friday: Timestamp = "2026-12-04T16:00:00Z".parse().unwrap();
    let review = |listed: &[Value]| -> Vec<Value> {
        listed
            .iter()
            .filter(|r| r["kind"] == "weekly_review")
            .cloned()
            .collect()
    };
    assert!(review(&due(data, friday, &[])).is_empty(), "off by default");

    let shown = json(&run(
        data,
        &[
            "remind",
            "settings",
            "--on",
            "weekly-review",
            "--review-day",
            "friday",
            "--review-time",
            "16:00",
            "--json",
        ],
    ));
    assert_eq!(shown["weekly_review"]["enabled"], true);
    assert_eq!(shown["weekly_review_day"], "friday");

    let listed = due(data, friday, &[]);
    let found = review(&listed);
    assert_eq!(found.len(), 1, "{listed:?}");
    assert_eq!(found[0]["id"], "weekly_review:2026-W49");
    assert_eq!(found[0]["title"], "Weekly review");
    assert_eq!(found[0]["due_at"], "2026-12-04T16:00:00Z");
    assert_eq!(found[0]["overdue"], true);

    let table = run(data, &["remind", "settings"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("Weekly review"), "{text}");
    assert!(text.contains("fridays"), "{text}");
    assert!(text.contains("Thanks for a referral"), "{text}");

    let refused = run(data, &["remind", "settings", "--review-time", "4pm"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("--review-time"),
        "{}",
        stderr(&refused)
    );
}
