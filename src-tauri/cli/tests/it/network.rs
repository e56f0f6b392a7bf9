//! `contacts merge`, `affiliate`, `relate` and the profile `contacts show`
//! prints with affiliations, relationships and interactions.

use std::path::Path;

use serde_json::Value;

use crate::support::{json, run, stderr};

fn add(data: &Path, args: &[&str]) -> String {
    let mut all = vec!["contacts", "add"];
    all.extend_from_slice(args);
    all.push("--json");
    json(&run(data, &all))["id"].to_string()
}

#[test]
fn the_profile_holds_affiliations_relationships_and_interactions() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(
        data,
        &["--name", "Amara Okafor", "--org", "Royal Free Hospital"],
    );
    let ben = add(data, &["--name", "Ben Carter"]);
    json(&run(
        data,
        &[
            "contacts",
            "affiliate",
            &amara,
            "--org",
            "Johns Hopkins Hospital",
            "--kind",
            "residency",
            "--from",
            "2015-07-01",
            "--to",
            "2018-06-30",
            "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "contacts", "relate", &amara, "--me", "--kind", "mentor", "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "contacts",
            "relate",
            &amara,
            "--to",
            &ben,
            "--kind",
            "collaborator",
            "--label",
            "Registry study",
            "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--kind",
            "call",
            "--note",
            "Abstract feedback",
            "--json",
        ],
    ));

    let profile = json(&run(data, &["contacts", "show", &amara, "--json"]));
    assert_eq!(
        profile["affiliations"][0]["organization"]["name"],
        "Royal Free Hospital"
    );
    assert_eq!(profile["affiliations"][1]["kind"], "residency");
    assert_eq!(profile["relationships"][0]["kind"], "mentor");
    assert_eq!(profile["relationships"][0]["other_contact_id"], Value::Null);
    assert_eq!(profile["relationships"][1]["other_name"], "Ben Carter");
    assert_eq!(profile["interactions"][0]["note"], "Abstract feedback");

    let mentors = json(&run(
        data,
        &["contacts", "list", "--relationship", "mentor", "--json"],
    ));
    assert_eq!(mentors.as_array().unwrap().len(), 1);
    let human = run(data, &["contacts", "show", &amara]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("Johns Hopkins Hospital") && text.contains("Abstract feedback"),
        "{text}"
    );
}

#[test]
fn merge_keeps_both_contacts_details_and_removes_the_second() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let keep = add(
        data,
        &[
            "--name",
            "Amara Okafor",
            "--email",
            "amara@example.org",
            "--tag",
            "mentor",
        ],
    );
    let other = add(
        data,
        &[
            "--name",
            "A. Okafor",
            "--email",
            "a.okafor@nhs.example",
            "--specialty",
            "Cardiology",
            "--tag",
            "ESC 2026",
        ],
    );
    let merged = json(&run(data, &["contacts", "merge", &keep, &other, "--json"]));
    assert_eq!(merged["display_name"], "Amara Okafor");
    assert_eq!(
        merged["emails"],
        serde_json::json!(["amara@example.org", "a.okafor@nhs.example"])
    );
    assert_eq!(merged["specialty"], "Cardiology");
    assert_eq!(merged["tags"], serde_json::json!(["ESC 2026", "mentor"]));
    let gone = run(data, &["contacts", "show", &other]);
    assert_eq!(gone.status.code(), Some(1));
    let same = run(data, &["contacts", "merge", &keep, &keep]);
    assert_eq!(same.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&same.stderr).contains("cannot be merged with itself"));
}

#[test]
fn duplicates_lists_the_pairs_a_merge_takes_and_none_after_it() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let keep = add(
        data,
        &["--name", "Amara Okafor", "--email", "amara@example.org"],
    );
    let other = add(
        data,
        &["--name", "Dr. A. Okafor", "--email", "Amara@Example.org"],
    );
    add(
        data,
        &["--name", "Jonas Weber", "--email", "jonas@example.org"],
    );

    let pairs = json(&run(data, &["contacts", "duplicates", "--json"]));
    let pairs = pairs.as_array().unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0]["keep"].to_string(), keep);
    assert_eq!(pairs[0]["other"].to_string(), other);
    assert_eq!(pairs[0]["keep_name"], "Amara Okafor");
    assert_eq!(pairs[0]["other_name"], "Dr. A. Okafor");
    assert!(
        pairs[0]["reason"]
            .as_str()
            .unwrap()
            .contains("amara@example.org"),
        "{}",
        pairs[0]["reason"]
    );
    let limited = json(&run(
        data,
        &["contacts", "duplicates", "--limit", "0", "--json"],
    ));
    assert_eq!(limited, serde_json::json!([]));

    let table = run(data, &["contacts", "duplicates"]);
    let text = String::from_utf8_lossy(&table.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("KEEP  NAME"), "{text}");
    let cells: Vec<&str> = lines[1]
        .split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            keep.as_str(),
            "Amara Okafor",
            other.as_str(),
            "Dr. A. Okafor",
            "same email amara@example.org"
        ],
        "{text}"
    );

    let merged = run(data, &["contacts", "merge", &keep, &other]);
    assert!(merged.status.success(), "{}", stderr(&merged));
    let none = run(data, &["contacts", "duplicates"]);
    assert_eq!(
        String::from_utf8_lossy(&none.stdout),
        "No contacts look like the same person.\n"
    );
    assert_eq!(
        json(&run(data, &["contacts", "duplicates", "--json"])),
        serde_json::json!([])
    );
}

#[test]
fn add_takes_every_documented_profile_flag() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let ben = add(data, &["--name", "Ben Carter"]);
    let amara = json(&run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--title",
            "Associate Professor",
            "--birthday",
            "--03-29",
            "--tz",
            "Europe/London",
            "--met-on",
            "2026-08-30",
            "--met-at",
            "ESC 2026",
            "--introduced-by",
            &ben,
            "--pronouns",
            "she/her",
            "--subspecialty",
            "Electrophysiology",
            "--json",
        ],
    ));
    assert_eq!(amara["title"], "Associate Professor");
    assert_eq!(amara["birthday"], "--03-29");
    assert_eq!(amara["time_zone"], "Europe/London");
    assert_eq!(amara["met"]["on"], "2026-08-30");
    assert_eq!(amara["met"]["introduced_by"].to_string(), ben);
    let bad = run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "X",
            "--tz",
            "Mars/Base",
            "--birthday",
            "2023-02-29",
        ],
    );
    assert_eq!(bad.status.code(), Some(1));
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(
        message.contains("is not a date") || message.contains("time zone"),
        "{message}"
    );
}

#[test]
fn affiliating_the_current_job_and_editing_later_leave_one_job_until_now() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(
        data,
        &[
            "--name",
            "Amara Okafor",
            "--org",
            "St Mary's Hospital",
            "--title",
            "Consultant",
        ],
    );
    json(&run(
        data,
        &[
            "contacts",
            "affiliate",
            &amara,
            "--org",
            "St Mary's Hospital",
            "--role",
            "Consultant",
            "--from",
            "2019-07-01",
            "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "contacts",
            "affiliate",
            &amara,
            "--org",
            "Charité",
            "--role",
            "Chief of cardiology",
            "--from",
            "2099-01-01",
            "--json",
        ],
    ));
    json(&run(
        data,
        &["contacts", "edit", &amara, "--tag", "mentor", "--json"],
    ));

    let profile = json(&run(data, &["contacts", "show", &amara, "--json"]));
    let jobs: Vec<(String, String, String)> = profile["affiliations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| {
            (
                line["organization"]["name"].as_str().unwrap().to_owned(),
                line["starts_on"].as_str().unwrap_or("").to_owned(),
                line["ends_on"].as_str().unwrap_or("now").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        jobs,
        [
            ("Charité".into(), "2099-01-01".into(), "now".into()),
            (
                "St Mary's Hospital".into(),
                "2019-07-01".into(),
                "now".into()
            ),
        ]
    );
}

#[test]
fn relating_two_people_says_so_in_words() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(data, &["--name", "Amara Okafor"]);
    let ben = add(data, &["--name", "Ben Carter"]);
    let said = |args: &[&str]| String::from_utf8(run(data, args).stdout).unwrap();
    assert_eq!(
        said(&[
            "contacts",
            "relate",
            &amara,
            "--to",
            &ben,
            "--kind",
            "co-resident"
        ]),
        "Amara Okafor is now recorded as co-resident of Ben Carter\n"
    );
    assert_eq!(
        said(&[
            "contacts",
            "relate",
            &ben,
            "--me",
            "--kind",
            "referral_partner"
        ]),
        "Ben Carter is now recorded as referral partner of you\n"
    );
}

#[test]
fn a_relationship_is_read_in_either_spelling_and_a_bad_one_is_a_usage_error() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(data, &["--name", "Amara Okafor"]);
    let ben = add(data, &["--name", "Ben Carter"]);
    json(&run(
        data,
        &[
            "contacts",
            "relate",
            &amara,
            "--me",
            "--kind",
            "referral-partner",
            "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "contacts",
            "relate",
            &ben,
            "--me",
            "--kind",
            "co_resident",
            "--json",
        ],
    ));

    for spelling in ["referral-partner", "referral_partner", "Referral-Partner"] {
        let partners = json(&run(
            data,
            &["contacts", "list", "--relationship", spelling, "--json"],
        ));
        assert_eq!(partners.as_array().unwrap().len(), 1, "{spelling}");
        assert_eq!(partners[0]["display_name"], "Amara Okafor", "{spelling}");
    }

    let bogus = run(data, &["contacts", "list", "--relationship", "bogus"]);
    assert_eq!(bogus.status.code(), Some(2));
    assert!(bogus.stdout.is_empty());
    let message = stderr(&bogus);
    assert!(
        message.contains("invalid value 'bogus' for '--relationship <REL>'")
            && message.contains(
                "mentor, mentee, collaborator, referral-partner, co-resident, friend, family, other"
            ),
        "{message}"
    );
}

#[test]
fn every_enumerated_flag_takes_kebab_and_snake_case_and_refuses_the_rest_with_exit_2() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(data, &["--name", "Amara Okafor"]);
    let school = json(&run(
        data,
        &[
            "contacts",
            "affiliate",
            &amara,
            "--org",
            "Johns Hopkins",
            "--kind",
            "medical_school",
            "--json",
        ],
    ));
    assert_eq!(school["kind"], "medical_school");
    let vcard4 = run(data, &["export", "--format", "VCARD4"]);
    assert!(vcard4.status.success(), "{}", stderr(&vcard4));
    assert!(String::from_utf8_lossy(&vcard4.stdout).contains("VERSION:4.0"));

    for bad in [
        &[
            "contacts",
            "affiliate",
            &amara,
            "--org",
            "X",
            "--kind",
            "job_title",
        ][..],
        &["contacts", "relate", &amara, "--me", "--kind", "boss"],
        &["cadence", "set", "--relationship", "bogus", "--every", "6w"],
        &["export", "--format", "pdf"],
        &["import", "--format", "thunderbird", "contacts.csv"],
        &["contacts", "list", "--relationship", "boss"],
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--kind",
            "lunch",
        ],
        &["events", "list", "--status", "maybe"],
        &["export", "--format", "ics", "--kind", "party"],
        &[
            "milestones",
            "add",
            "--contact",
            &amara,
            "--kind",
            "lottery",
        ],
        &["templates", "show", "farewell"],
        &["cme", "report", "--format", "pdf"],
    ] {
        let output = run(data, bad);
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr(&output).contains("possible values:"),
            "{bad:?}: {}",
            stderr(&output)
        );
    }
}
