//! `search`, `interactions add` and the profile in `contacts show`, as a
//! script would use them.

use std::path::Path;

use crate::support::{json, run};

fn add(data: &Path, name: &str, specialty: &str) -> String {
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

#[test]
fn search_prints_contacts_best_first_and_folds_accents() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    add(data, "Annabel Lee", "Pediatrics");
    add(data, "Ann", "Dermatology");
    add(data, "Jana Müller", "Cardiology");
    let found = json(&run(data, &["search", "ann", "--json"]));
    let names: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Ann", "Annabel Lee"]);
    assert_eq!(
        json(&run(data, &["search", "muller", "--json"]))[0]["display_name"],
        "Jana Müller"
    );
    assert_eq!(
        json(&run(data, &["search", "nobody", "--json"])),
        serde_json::json!([])
    );
}

#[test]
fn an_interaction_shows_in_the_profile_and_is_searchable() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(data, "Amara Okafor", "Cardiology");
    let ben = add(data, "Ben Carter", "Nephrology");
    let logged = json(&run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--contact",
            &ben,
            "--kind",
            "meeting",
            "--at",
            "2026-08-30T10:30[Europe/Berlin]",
            "--note",
            "Talked about renal denervation at ESC 2026",
            "--json",
        ],
    ));
    assert_eq!(logged["occurred_at"], "2026-08-30T08:30:00Z");
    assert_eq!(logged["time_zone"], "Europe/Berlin");
    assert_eq!(logged["kind"], "meeting");

    let profile = json(&run(data, &["contacts", "show", &amara, "--json"]));
    assert_eq!(profile["display_name"], "Amara Okafor");
    assert_eq!(
        profile["interactions"][0]["note"],
        "Talked about renal denervation at ESC 2026"
    );
    assert_eq!(profile["last_interaction_at"], "2026-08-30T08:30:00Z");

    let found = json(&run(data, &["search", "denervation", "--json"]));
    assert_eq!(found.as_array().unwrap().len(), 2);
}

#[test]
fn interaction_mistakes_are_clear_and_store_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let amara = add(data, "Amara Okafor", "Cardiology");
    let no_zone = run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--kind",
            "call",
            "--at",
            "2026-08-30T10:30",
        ],
    );
    assert_eq!(no_zone.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_zone.stderr).contains("--tz"));
    let missing = run(
        data,
        &["interactions", "add", "--contact", "999", "--kind", "call"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no contact with id 999"));
    let bad_kind = run(
        data,
        &[
            "interactions",
            "add",
            "--contact",
            &amara,
            "--kind",
            "telepathy",
        ],
    );
    assert_eq!(bad_kind.status.code(), Some(2));
    let profile = json(&run(data, &["contacts", "show", &amara, "--json"]));
    assert_eq!(profile["interactions"], serde_json::json!([]));
}

#[test]
fn search_says_where_a_contact_matched_with_the_words_marked() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let added = run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Ana Lima",
            "--note",
            "Runs the registry. Ask her about ECMO weaning.",
        ],
    );
    assert!(added.status.success(), "{}", crate::support::stderr(&added));

    let found = json(&run(data, &["search", "ecmo", "--json"]));
    assert_eq!(found[0]["display_name"], "Ana Lima");
    assert_eq!(found[0]["matched"]["field"], "note");
    assert_eq!(found[0]["matched"]["label"], "Note");
    let marked: Vec<&str> = found[0]["matched"]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|part| part["matched"] == true)
        .map(|part| part["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["ECMO"]);

    let text = String::from_utf8(run(data, &["search", "ecmo"]).stdout).unwrap();
    assert!(text.contains("MATCHED"), "{text}");
    assert!(
        text.contains("Note: …the registry. Ask her about [ECMO] weaning."),
        "{text}"
    );
    let by_name = json(&run(data, &["search", "lima", "--json"]));
    assert_eq!(by_name[0]["matched"], serde_json::Value::Null);
}
