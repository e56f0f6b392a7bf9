//! `draft`, `draft sent` and `templates` as a script would use them: a
//! draft for a reminder names the meeting's topic, an edited template is
//! what the next draft uses, and a message logged as sent clears its
//! reminder from `due`. Times are relative to the real clock, because
//! `draft sent` acts now; the user's zone is UTC throughout.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use crate::support::{cli, json, run, stderr};

/// Now, to the second.
fn now() -> Timestamp {
    Timestamp::from_second(Timestamp::now().as_second()).unwrap()
}

/// Adds a contact named `name` with `args` and returns its id.
fn contact(data: &Path, name: &str, args: &[&str]) -> i64 {
    let mut all = vec!["contacts", "add", "--name", name, "--json"];
    all.extend_from_slice(args);
    json(&run(data, &all))["id"].as_i64().unwrap()
}

/// Dr. Amara Okafor, met two days ago about renal denervation (the topic;
/// the note is "Wants to join the journal club"); returns her id and the
/// follow-up's id.
fn met_two_days_ago(data: &Path) -> (i64, String) {
    let amara = contact(
        data,
        "Amara Okafor",
        &["--credentials", "MD", "--email", "amara@example.org"],
    );
    let at = (now() - SignedDuration::from_hours(48)).to_string();
    let logged = json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara.to_string(),
            "--kind",
            "meeting",
            "--at",
            &at,
            "--topic",
            "renal denervation",
            "--note",
            "Wants to join the journal club",
            "--json",
        ],
    ));
    let id = format!("follow_up:i{}:c{amara}", logged["id"]);
    assert!(due(data).contains(&id), "the follow-up is due");
    (amara, id)
}

/// The ids `due` lists now, in UTC.
fn due(data: &Path) -> Vec<String> {
    let output = cli(data)
        .args(["due", "--tz", "UTC", "--json"])
        .output()
        .unwrap();
    json(&output)
        .as_array()
        .unwrap()
        .iter()
        .map(|reminder| reminder["id"].as_str().unwrap().to_owned())
        .collect()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_draft_for_a_follow_up_names_the_topic_and_needs_only_the_reminder() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let (amara, reminder) = met_two_days_ago(data);

    let text = run(data, &["draft", "--reminder", &reminder]);
    assert!(text.status.success(), "{}", stderr(&text));
    let text = stdout(&text);
    assert!(
        text.starts_with("Subject: Following up on our conversation\n\nDear Dr. Okafor,\n"),
        "{text}"
    );
    assert!(text.contains("our conversation about renal denervation,"));
    assert!(
        !text.contains("journal club"),
        "the note is never quoted: {text}"
    );

    let draft = json(&run(data, &["draft", "--reminder", &reminder, "--json"]));
    assert_eq!(draft["contact_id"], amara);
    assert_eq!(draft["template"], "follow_up");
    assert_eq!(draft["reminder_id"], reminder.as_str());
    assert_eq!(draft["email"], "amara@example.org");
    assert!(draft["mailto"]
        .as_str()
        .unwrap()
        .starts_with("mailto:amara@example.org?subject=Following%20up"));
    assert_eq!(draft["profile_link"], Value::Null);
}

#[test]
fn a_draft_needs_a_contact_and_template_or_a_reminder_about_that_contact() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let (amara, reminder) = met_two_days_ago(data);
    let sam = contact(data, "Sam Lee", &[]);

    let draft = json(&run(
        data,
        &[
            "draft",
            "--contact",
            &sam.to_string(),
            "--template",
            "referral-thanks",
            "--json",
        ],
    ));
    assert_eq!(draft["template"], "referral_thanks");
    assert_eq!(draft["mailto"], Value::Null, "Sam has no email");

    let missing = run(data, &["draft", "--contact", &sam.to_string()]);
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(stderr(&missing).contains("--template"));

    let someone_else = run(
        data,
        &[
            "draft",
            "--contact",
            &sam.to_string(),
            "--reminder",
            &reminder,
        ],
    );
    assert_eq!(someone_else.status.code(), Some(1));
    assert_eq!(
        stderr(&someone_else),
        format!("curbside-cli: {reminder} is about contact {amara}, not contact {sam}\n")
    );
}

#[test]
fn an_edited_template_is_used_until_reset() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let sam = contact(data, "Sam Lee", &[]).to_string();
    let body = temp.path().join("birthday.txt");
    std::fs::write(&body, "Hi {first_name},\nhave a great day!\n").unwrap();

    let saved = json(&run(
        data,
        &[
            "templates",
            "set",
            "birthday",
            "--subject",
            "Happy birthday, {first_name}!",
            "--body-file",
            body.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(saved["edited"], true);
    let draft = json(&run(
        data,
        &[
            "draft",
            "--contact",
            &sam,
            "--template",
            "birthday",
            "--json",
        ],
    ));
    assert_eq!(draft["subject"], "Happy birthday, Sam!");
    assert_eq!(draft["body"], "Hi Sam,\nhave a great day!");

    let listed = json(&run(data, &["templates", "list", "--json"]));
    let edited: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["edited"] == true)
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(edited, ["birthday"]);
    let table = stdout(&run(data, &["templates", "list"]));
    assert!(table.starts_with("KIND"), "{table}");
    let birthday: Vec<&str> = table
        .lines()
        .find(|line| line.starts_with("birthday "))
        .map(|line| line.split_whitespace().collect())
        .unwrap_or_default();
    assert_eq!(birthday[..3], ["birthday", "Birthday", "yes"], "{table}");

    let reset = json(&run(data, &["templates", "reset", "birthday", "--json"]));
    assert_eq!(reset["edited"], false);
    assert_eq!(reset["subject"], "Happy birthday!");
}

#[test]
fn a_body_can_come_from_standard_input_and_a_bad_placeholder_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let output = cli(data)
        .args(["templates", "set", "article", "--body-file", "-", "--json"])
        .write_stdin("Dear {salutation},\n[link]\n")
        .output()
        .unwrap();
    let saved = json(&output);
    assert_eq!(saved["body"], "Dear {salutation},\n[link]");
    assert_eq!(
        saved["subject"], "An article you may find interesting",
        "the subject is kept"
    );

    let bad = run(
        data,
        &["templates", "set", "article", "--subject", "About {topics}"],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).starts_with("curbside-cli: {topics} is not a placeholder Curbside knows"),
        "{}",
        stderr(&bad)
    );
    let shown = json(&run(data, &["templates", "show", "article", "--json"]));
    assert_eq!(shown["subject"], "An article you may find interesting");

    let nothing = run(data, &["templates", "set", "article"]);
    assert_eq!(nothing.status.code(), Some(2), "nothing to change");
}

#[test]
fn a_message_logged_as_sent_clears_its_reminder_with_one_interaction() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let (amara, reminder) = met_two_days_ago(data);

    let logged = json(&run(
        data,
        &[
            "draft",
            "sent",
            "--contact",
            &amara.to_string(),
            "--template",
            "follow-up",
            "--subject",
            "Following up on our conversation",
            "--reminder",
            &reminder,
            "--tz",
            "UTC",
            "--json",
        ],
    ));

    assert_eq!(logged["kind"], "message");
    assert_eq!(
        logged["note"],
        "Sent a follow-up: Following up on our conversation"
    );
    assert_eq!(logged["time_zone"], "UTC");
    assert!(!due(data).contains(&reminder));
    let profile = json(&run(
        data,
        &["contacts", "show", &amara.to_string(), "--json"],
    ));
    assert_eq!(
        profile["interactions"].as_array().unwrap().len(),
        2,
        "the meeting and the message, no \"Done: …\""
    );
}

#[test]
fn the_name_messages_are_signed_with_is_set_shown_and_cleared() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let sam = contact(data, "Sam Lee", &[]).to_string();
    let set = json(&run(
        data,
        &["templates", "my-name", "Dr. Jane Doe", "--json"],
    ));
    assert_eq!(set["my_name"], "Dr. Jane Doe");
    let draft = json(&run(
        data,
        &[
            "draft",
            "--contact",
            &sam,
            "--template",
            "birthday",
            "--json",
        ],
    ));
    assert!(draft["body"]
        .as_str()
        .unwrap()
        .ends_with("Warm wishes,\nDr. Jane Doe"));
    let shown = stdout(&run(data, &["templates", "my-name"]));
    assert_eq!(shown, "Messages are signed Dr. Jane Doe\n");
    let cleared = json(&run(data, &["templates", "my-name", "", "--json"]));
    assert_eq!(cleared["my_name"], Value::Null);
}

#[test]
fn a_compound_surname_is_greeted_by_the_stored_family_name_or_the_whole_name() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let card = temp.path().join("jose.vcf");
    std::fs::write(
        &card,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ñúñez García;José;;Dr.;\r\nFN:Dr. José Ñúñez García\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let imported = run(data, &["import", card.to_str().unwrap(), "--json"]);
    assert_eq!(json(&imported)["created"], 1);
    let jose = json(&run(data, &["contacts", "list", "--json"]))[0]["id"].to_string();
    let named_only = contact(data, "José Ñúñez García", &["--credentials", "MD"]).to_string();

    for (id, greeting) in [
        (&jose, "Dear Dr. Ñúñez García,"),
        (&named_only, "Dear Dr. José Ñúñez García,"),
    ] {
        let output = run(data, &["draft", "--contact", id, "--template", "birthday"]);
        let text = stdout(&output);
        assert!(text.contains(&format!("\n{greeting}\n")), "{text}");
        assert!(!text.contains("Dr. García"), "{text}");
    }
}
