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
