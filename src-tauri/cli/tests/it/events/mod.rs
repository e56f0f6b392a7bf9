//! `events add|list|show|status`, `events deadline` and `events meet|met`
//! as a script would use them: venue times across DST changes, recurring
//! events, Anywhere-on-Earth deadlines and the people met; the key dates
//! ahead in [`deadlines`].

mod conference;
mod deadlines;

use std::path::Path;

use serde_json::{json, Value};

use crate::support::{json, run, stderr};

/// Adds an event with `args` after the title and returns it as JSON.
fn event(data: &Path, title: &str, args: &[&str]) -> Value {
    let mut all = vec!["events", "add", "--title", title, "--json"];
    all.extend_from_slice(args);
    json(&run(data, &all))
}

fn list(data: &Path, from: &str, to: &str) -> Vec<Value> {
    json(&run(
        data,
        &[
            "events", "list", "--from", from, "--to", to, "--tz", "UTC", "--json",
        ],
    ))
    .as_array()
    .unwrap()
    .clone()
}

fn starts(listed: &[Value]) -> Vec<&str> {
    listed
        .iter()
        .map(|o| o["starts_at"].as_str().unwrap())
        .collect()
}

#[test]
fn an_event_keeps_its_venue_time_across_the_dst_change() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let added = event(
        data,
        "Berlin heart failure symposium",
        &["--start", "2026-03-29T09:00", "--tz", "Europe/Berlin"],
    );
    assert_eq!(
        added["timing"],
        json!({"type": "timed", "start": "2026-03-29T09:00:00", "end": "2026-03-29T10:00:00", "time_zone": "Europe/Berlin"})
    );
    let listed = list(data, "2026-03-29", "2026-03-29");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], added["id"]);
    assert_eq!(listed[0]["event_id"], added["id"]);
    assert_eq!(listed[0]["starts_at"], "2026-03-29T07:00:00Z");
    assert_eq!(listed[0]["ends_at"], "2026-03-29T08:00:00Z");
    assert_eq!(listed[0]["time_zone"], "Europe/Berlin");

    // The same 09:00 on both sides of the change: 08:00 UTC, then 07:00 UTC.
    event(
        data,
        "Morning rounds",
        &[
            "--start",
            "2026-03-28T09:00[Europe/Berlin]",
            "--kind",
            "rounds",
            "--repeat",
            "FREQ=DAILY;COUNT=2",
        ],
    );
    let rounds: Vec<Value> = list(data, "2026-03-28", "2026-03-29")
        .into_iter()
        .filter(|o| o["title"] == "Morning rounds")
        .collect();
    assert_eq!(
        starts(&rounds),
        ["2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z"]
    );

    let table = run(
        data,
        &[
            "events",
            "list",
            "--from",
            "2026-03-29",
            "--to",
            "2026-03-29",
            "--tz",
            "America/New_York",
        ],
    );
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("Sun 09:00"), "{text}");
    assert!(text.contains("Sun 03:00 here"), "{text}");
}

#[test]
fn a_recurring_event_appears_once_per_occurrence_in_the_range() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let congress = event(
        data,
        "ESC Congress",
        &[
            "--start",
            "2026-08-28T09:00[Europe/Berlin]",
            "--end",
            "2026-08-28T18:00",
            "--repeat",
            "FREQ=YEARLY",
        ],
    );
    let years = list(data, "2026-01-01", "2028-12-31");
    assert_eq!(
        starts(&years),
        [
            "2026-08-28T07:00:00Z",
            "2027-08-28T07:00:00Z",
            "2028-08-28T07:00:00Z"
        ]
    );
    assert!(years.iter().all(|o| o["id"] == congress["id"]));

    event(
        data,
        "Grand rounds",
        &[
            "--start",
            "2026-01-07T08:00",
            "--tz",
            "America/New_York",
            "--kind",
            "rounds",
            "--repeat",
            "FREQ=MONTHLY;BYDAY=1WE",
        ],
    );
    let spring = list(data, "2026-01-01", "2026-03-31");
    assert_eq!(
        starts(&spring),
        [
            "2026-01-07T13:00:00Z",
            "2026-02-04T13:00:00Z",
            "2026-03-04T13:00:00Z"
        ]
    );
}

#[test]
fn an_all_day_course_lists_its_days() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let course = event(
        data,
        "Board review course",
        &[
            "--start",
            "2026-05-04",
            "--end",
            "2026-05-08",
            "--all-day",
            "--kind",
            "cme",
            "--credits",
            "32",
        ],
    );
    assert_eq!(
        course["timing"],
        json!({"type": "all_day", "first_day": "2026-05-04", "last_day": "2026-05-08"})
    );
    assert_eq!(course["expected_credits"], 32.0);
    let listed = list(data, "2026-05-06", "2026-05-06");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["all_day"], true);
    assert_eq!(listed[0]["start"], "2026-05-04");
}

#[test]
fn an_abstract_deadline_at_anywhere_on_earth_is_due_at_noon_utc_the_next_day() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let id = event(
        data,
        "ESC Congress 2026",
        &["--start", "2026-08-28T09:00[Europe/Berlin]"],
    )["id"]
        .to_string();
    let abstracts = json(&run(
        data,
        &[
            "events",
            "deadline",
            "add",
            "--event",
            &id,
            "--label",
            "Abstract submission",
            "--at",
            "2026-03-01T23:59",
            "--tz",
            "AoE",
            "--json",
        ],
    ));
    assert!(abstracts["id"].as_i64().is_some());
    assert_eq!(abstracts["kind"], "abstract");
    assert_eq!(abstracts["due_at"], "2026-03-02T11:59:00Z");
    assert_eq!(abstracts["due_local"], "2026-03-01T23:59:00");
    assert_eq!(abstracts["time_zone"], "AoE");

    let early = json(&run(
        data,
        &[
            "events",
            "deadline",
            "add",
            "--event",
            &id,
            "--label",
            "Early-bird registration",
            "--at",
            "2026-03-01T23:59[AoE]",
            "--json",
        ],
    ));
    assert_eq!(early["kind"], "early_bird");
    assert_eq!(early["due_at"], "2026-03-02T11:59:00Z");

    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(shown["deadlines"].as_array().unwrap().len(), 2);
}

#[test]
fn people_to_meet_and_people_met_show_in_the_event() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = json(&run(
        data,
        &["contacts", "add", "--name", "Amara Okafor", "--json"],
    ))["id"]
        .to_string();
    let id = event(data, "ESC Congress 2025", &["--start", "2025-08-29T09:00Z"])["id"].to_string();
    let planned = json(&run(
        data,
        &[
            "events",
            "meet",
            "--event",
            &id,
            "--contact",
            &amara,
            "--note",
            "Ask about the registry study",
            "--json",
        ],
    ));
    assert_eq!(planned["id"].to_string(), amara);
    assert_eq!(planned["event_id"].to_string(), id);
    assert_eq!(planned["role"], "to_meet");
    json(&run(
        data,
        &[
            "events",
            "met",
            "--event",
            &id,
            "--contact",
            &amara,
            "--note",
            "Send her the slides",
            "--json",
        ],
    ));
    let attended = json(&run(data, &["events", "status", &id, "attended", "--json"]));
    assert_eq!(attended["status"], "attended");

    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(shown["id"].to_string(), id);
    assert_eq!(shown["status"], "attended");
    let mut people: Vec<(String, String)> = shown["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["display_name"], "Amara Okafor");
            (
                p["role"].as_str().unwrap().to_owned(),
                p["note"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    people.sort();
    assert_eq!(
        people,
        [
            ("met".to_owned(), "Send her the slides".to_owned()),
            (
                "to_meet".to_owned(),
                "Ask about the registry study".to_owned()
            )
        ]
    );
}

#[test]
fn planning_to_meet_someone_twice_keeps_both_goals() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = json(&run(
        data,
        &["contacts", "add", "--name", "Amara Okafor", "--json"],
    ))["id"]
        .to_string();
    let id = event(data, "ESC Congress 2030", &["--start", "2030-08-30T09:00Z"])["id"].to_string();
    let meet = |note: &str| {
        run(
            data,
            &[
                "events",
                "meet",
                "--event",
                &id,
                "--contact",
                &amara,
                "--note",
                note,
            ],
        )
    };
    assert!(meet("Ask about the registry study").status.success());
    let second = meet("Invite her to the journal club");
    assert!(second.status.success());
    assert_eq!(
        String::from_utf8_lossy(&second.stdout),
        "To meet at ESC Congress 2030: Amara Okafor\n  Ask about the registry study\n  \
         Invite her to the journal club\n"
    );
    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(
        shown["people"][0]["note"],
        "Ask about the registry study\nInvite her to the journal club"
    );
}

#[test]
fn recording_someone_met_at_an_event_that_has_not_started_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = json(&run(
        data,
        &["contacts", "add", "--name", "Amara Okafor", "--json"],
    ))["id"]
        .to_string();
    let id = event(
        data,
        "ESC Congress 2030",
        &["--start", "2030-08-30T09:00", "--tz", "Europe/Paris"],
    )["id"]
        .to_string();
    let met = run(
        data,
        &[
            "events",
            "met",
            "--event",
            &id,
            "--contact",
            &amara,
            "--note",
            "Slides",
        ],
    );
    assert_eq!(met.status.code(), Some(1));
    assert_eq!(
        stderr(&met).trim_end(),
        "curbside-cli: \"ESC Congress 2030\" has not started yet: it starts 2030-08-30 09:00 \
         Europe/Paris time, so nobody can have been met there. Add them to the people to meet \
         instead"
    );
    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(shown["people"], json!([]));
}

#[test]
fn an_event_that_has_not_started_cannot_be_marked_attended() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let id = event(
        data,
        "ESC Congress 2030",
        &["--start", "2030-08-30T09:00", "--tz", "Europe/Paris"],
    )["id"]
        .to_string();
    let attended = run(data, &["events", "status", &id, "attended"]);
    assert_eq!(attended.status.code(), Some(1));
    assert_eq!(
        stderr(&attended).trim_end(),
        "curbside-cli: \"ESC Congress 2030\" has not started yet: it starts 2030-08-30 09:00 \
         Europe/Paris time. Mark it attended once it has begun"
    );
    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(shown["status"], "considering");
    let registered = json(&run(
        data,
        &["events", "status", &id, "registered", "--json"],
    ));
    assert_eq!(registered["status"], "registered");
}

#[test]
fn event_mistakes_are_clear_and_store_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let bad_zone = run(
        data,
        &[
            "events",
            "add",
            "--title",
            "Somewhere",
            "--start",
            "2026-03-29T09:00",
            "--tz",
            "Mars/Olympus_Mons",
        ],
    );
    assert_eq!(bad_zone.status.code(), Some(1));
    assert!(stderr(&bad_zone).contains("Mars/Olympus_Mons"));
    let a_date_without_all_day = run(
        data,
        &[
            "events",
            "add",
            "--title",
            "Course",
            "--start",
            "2026-05-04",
        ],
    );
    assert_eq!(a_date_without_all_day.status.code(), Some(1));
    assert!(stderr(&a_date_without_all_day).contains("--all-day"));
    let bad_kind = run(
        data,
        &[
            "events",
            "add",
            "--title",
            "Course",
            "--start",
            "2026-05-04T09:00Z",
            "--kind",
            "party",
        ],
    );
    assert_eq!(bad_kind.status.code(), Some(2));
    let floating_with_a_zone = run(
        data,
        &[
            "events",
            "add",
            "--title",
            "Webinar",
            "--start",
            "2026-05-05T19:00[Europe/Berlin]",
            "--floating",
        ],
    );
    assert_eq!(floating_with_a_zone.status.code(), Some(1));
    assert!(stderr(&floating_with_a_zone).contains("floating"));
    assert!(list(data, "2026-01-01", "2026-12-31").is_empty());

    let no_event = run(
        data,
        &[
            "events",
            "deadline",
            "add",
            "--event",
            "42",
            "--label",
            "Abstracts",
            "--at",
            "2026-03-01T23:59[AoE]",
        ],
    );
    assert_eq!(no_event.status.code(), Some(1));
    assert!(stderr(&no_event).contains("42"), "{}", stderr(&no_event));

    let id = event(data, "ESC Congress 2026", &["--start", "2026-08-28T09:00Z"])["id"].to_string();
    let no_contact = run(data, &["events", "met", "--event", &id, "--contact", "999"]);
    assert_eq!(no_contact.status.code(), Some(1));
    assert!(stderr(&no_contact).contains("999"));
    let shown = json(&run(data, &["events", "show", &id, "--json"]));
    assert_eq!(shown["people"], json!([]));
    assert_eq!(shown["deadlines"], json!([]));
}
