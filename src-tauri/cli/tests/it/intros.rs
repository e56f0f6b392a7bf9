//! `intros` and `me` as a script would use them: propose an introduction,
//! walk it through double opt-in with each side's answer, read its drafts,
//! refuse a move the flow does not allow; set one's own presence and see
//! it in the introduction email.

use std::path::Path;

use serde_json::Value;

use crate::support::{json, run, stderr};

fn contact(data: &Path, name: &str, email: &str) -> i64 {
    let added = json(&run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            name,
            "--email",
            email,
            "--specialty",
            "Cardiology",
            "--json",
        ],
    ));
    added["id"].as_i64().unwrap()
}

fn status(data: &Path, id: &str, args: &[&str]) -> Value {
    let mut all = vec!["intros", "status", id];
    all.extend_from_slice(args);
    all.push("--json");
    json(&run(data, &all))
}

#[test]
fn an_introduction_goes_from_proposed_to_introduced_with_both_answers_and_drafts() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let amara = contact(&data, "Amara Okafor", "amara@example.org").to_string();
    let jonas = contact(&data, "Jonas Weber", "jonas@example.org").to_string();
    let me = run(
        &data,
        &[
            "me",
            "set",
            "--name",
            "Jane Doe",
            "--credentials",
            "MD, FACC",
            "--link",
            "orcid=0000-0002-1825-0097",
            "--json",
        ],
    );
    assert!(me.status.success(), "{}", stderr(&me));
    assert_eq!(json(&me)["orcid"], "https://orcid.org/0000-0002-1825-0097");

    let added = json(&run(
        &data,
        &[
            "intros",
            "add",
            "--from",
            &amara,
            "--to",
            &jonas,
            "--reason",
            "both run heart-failure trials",
            "--json",
        ],
    ));
    assert_eq!(added["status"], "proposed");
    let id = added["id"].as_i64().unwrap().to_string();

    let shown = json(&run(&data, &["intros", "show", &id, "--json"]));
    let asks = shown["drafts"].as_array().unwrap();
    assert_eq!(asks.len(), 2, "an ask to each side");
    assert!(asks[0]["body"]
        .as_str()
        .unwrap()
        .contains("Why: both run heart-failure trials"));

    status(&data, &id, &["asked"]);
    assert_eq!(
        status(&data, &id, &["accepted", "--side", "from"])["status"],
        "asked"
    );
    let both = status(&data, &id, &["accepted", "--side", "to"]);
    assert_eq!(both["status"], "accepted");
    let email = json(&run(&data, &["intros", "show", &id, "--json"]))["drafts"][0].clone();
    let body = email["body"].as_str().unwrap();
    assert!(
        body.contains("Amara Okafor") && body.contains("Jonas Weber"),
        "{body}"
    );
    assert!(
        body.contains("MD, FACC") && body.contains("ORCID: https://orcid.org/"),
        "{body}"
    );
    assert_eq!(email["email"], "amara@example.org, jonas@example.org");

    let done = status(&data, &id, &["introduced"]);
    assert_eq!(done["status"], "introduced");
    assert_eq!(done["steps"].as_array().unwrap().len(), 5);
    let listed = json(&run(
        &data,
        &["intros", "list", "--status", "introduced", "--json"],
    ));
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // Once introduced, the next step is asking both how it went.
    let follow_up = json(&run(&data, &["intros", "show", &id, "--json"]))["drafts"][0].clone();
    assert_eq!(follow_up["template"], "introduction_follow_up");
    assert_eq!(follow_up["subject"], "How did the introduction go?");
    let body = follow_up["body"].as_str().unwrap();
    assert!(
        body.contains("Why I thought you should meet: both run heart-failure trials"),
        "{body}"
    );
    assert_eq!(follow_up["email"], "amara@example.org, jonas@example.org");
}

#[test]
fn a_move_the_flow_does_not_allow_is_refused_in_words() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let amara = contact(&data, "Amara Okafor", "amara@example.org").to_string();
    let jonas = contact(&data, "Jonas Weber", "jonas@example.org").to_string();
    let added = json(&run(
        &data,
        &[
            "intros", "add", "--from", &amara, "--to", &jonas, "--reason", "trials", "--json",
        ],
    ));
    let id = added["id"].as_i64().unwrap().to_string();
    let refused = run(&data, &["intros", "status", &id, "introduced"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("cannot become introduced"),
        "{}",
        stderr(&refused)
    );
    let unknown = run(&data, &["intros", "status", &id, "maybe"]);
    assert_eq!(
        unknown.status.code(),
        Some(2),
        "clap refuses an unknown status"
    );
    let to_self = run(
        &data,
        &[
            "intros", "add", "--from", &amara, "--to", &amara, "--reason", "x",
        ],
    );
    assert!(stderr(&to_self).contains("two different people"));
}

#[test]
fn own_milestones_are_listed_and_a_bad_link_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let added = run(
        &data,
        &[
            "me",
            "milestone",
            "add",
            "--kind",
            "award",
            "--title",
            "Young investigator award",
            "--date",
            "2026-05-02",
            "--json",
        ],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let listed = json(&run(&data, &["me", "milestone", "list", "--json"]));
    assert_eq!(listed[0]["title"], "Young investigator award");
    let bad = run(
        &data,
        &["me", "set", "--link", "linkedin=linkedin.com/in/jane"],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("LinkedIn must be a web address"),
        "{}",
        stderr(&bad)
    );
    let kind = run(
        &data,
        &["me", "set", "--link", "myspace=https://myspace.com/jane"],
    );
    assert!(stderr(&kind).contains("doximity, linkedin, orcid and website"));
}

#[test]
fn an_introduction_made_three_weeks_ago_is_due_a_follow_up_drafted_to_both() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let amara = contact(&data, "Amara Okafor", "amara@example.org").to_string();
    let jonas = contact(&data, "Jonas Weber", "jonas@example.org").to_string();
    let added = json(&run(
        &data,
        &[
            "intros",
            "add",
            "--from",
            &amara,
            "--to",
            &jonas,
            "--reason",
            "cardiorenal trials",
            "--json",
        ],
    ));
    let id = added["id"].as_i64().unwrap().to_string();
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .date();
    let three_weeks_ago = today
        .checked_sub(jiff::ToSpan::days(21))
        .unwrap()
        .to_string();
    let tomorrow = today.tomorrow().unwrap().to_string();
    status(&data, &id, &["asked"]);
    status(&data, &id, &["accepted"]);
    let later = run(
        &data,
        &["intros", "status", &id, "introduced", "--on", &tomorrow],
    );
    assert_eq!(later.status.code(), Some(1));
    assert!(
        stderr(&later).contains("is after today"),
        "{}",
        stderr(&later)
    );
    let made = status(&data, &id, &["introduced", "--on", &three_weeks_ago]);
    assert_eq!(made["introduced_on"], three_weeks_ago.as_str());

    let due = json(&run(&data, &["due", "--json"]));
    let follow_up = due
        .as_array()
        .unwrap()
        .iter()
        .find(|reminder| reminder["kind"] == "intro_follow_up")
        .unwrap_or_else(|| panic!("no intro_follow_up in {due}"));
    let reminder = follow_up["id"].as_str().unwrap();
    let draft = json(&run(&data, &["draft", "--reminder", reminder, "--json"]));
    assert_eq!(draft["template"], "introduction_follow_up");
    assert_eq!(draft["subject"], "How did the introduction go?");
    assert_eq!(draft["email"], "amara@example.org, jonas@example.org");
    let body = draft["body"].as_str().unwrap();
    assert!(
        body.contains("Why I thought you should meet: cardiorenal trials"),
        "{body}"
    );

    // Or only to B, greeted alone.
    let to_b = json(&run(
        &data,
        &["intros", "show", &id, "--only", "to", "--json"],
    ))["drafts"][0]
        .clone();
    assert_eq!(to_b["email"], "jonas@example.org");
    assert!(
        to_b["body"].as_str().unwrap().starts_with("Dear Jonas,\n"),
        "{}",
        to_b["body"]
    );
}
