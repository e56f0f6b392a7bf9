//! Search as a user types it: accents and case ignored, prefixes match,
//! short queries still useful, exact names first, and notes of interactions
//! found too.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::search::search;
use jiff::Timestamp;

fn add(
    conn: &mut rusqlite::Connection,
    name: &str,
    specialty: &str,
    institution: &str,
    tags: &[&str],
) -> i64 {
    let draft = ContactDraft {
        display_name: name.into(),
        specialty: specialty.into(),
        institution: institution.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    };
    contacts::create(conn, &draft, Timestamp::now()).unwrap().id
}

fn names(conn: &rusqlite::Connection, query: &str) -> Vec<String> {
    search(conn, query, 50)
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

fn book() -> rusqlite::Connection {
    let mut conn = db::open_in_memory().unwrap();
    add(
        &mut conn,
        "Jana Müller",
        "Cardiology",
        "Charité",
        &["mentor"],
    );
    add(&mut conn, "Jan Muller-Lang", "Nephrology", "Vivantes", &[]);
    add(
        &mut conn,
        "Mulligan Brooks",
        "Oncology",
        "Mass General",
        &["ESC 2026"],
    );
    add(
        &mut conn,
        "Amara Okafor",
        "Interventional cardiology",
        "St Mary's Hospital",
        &["referral partner"],
    );
    add(&mut conn, "Ann", "Dermatology", "", &[]);
    add(&mut conn, "Annabel Lee", "Pediatrics", "", &[]);
    add(&mut conn, "Hannah Ann Kowalski", "Psychiatry", "", &[]);
    conn
}

#[test]
fn accents_and_case_do_not_matter() {
    let conn = book();
    let mut found = names(&conn, "muller");
    found.sort();
    assert_eq!(found, vec!["Jan Muller-Lang", "Jana Müller"]);
    assert_eq!(names(&conn, "MÜLLER JANA"), vec!["Jana Müller"]);
}

#[test]
fn a_prefix_finds_people_while_typing_even_with_one_letter() {
    let conn = book();
    assert!(names(&conn, "mul").len() >= 3);
    assert!(names(&conn, "o").contains(&"Amara Okafor".to_string()));
    assert_eq!(names(&conn, "ok"), vec!["Amara Okafor"]);
}

#[test]
fn exact_name_matches_come_first() {
    let conn = book();
    let found = names(&conn, "ann");
    assert_eq!(found[0], "Ann", "{found:?}");
    assert_eq!(
        found[1], "Annabel Lee",
        "names starting with the query come next: {found:?}"
    );
    assert!(found.contains(&"Hannah Ann Kowalski".to_string()));
}

#[test]
fn specialty_institution_and_tags_are_searched() {
    let conn = book();
    assert_eq!(names(&conn, "charite"), vec!["Jana Müller"]);
    assert!(names(&conn, "cardio").contains(&"Amara Okafor".to_string()));
    assert_eq!(names(&conn, "referral"), vec!["Amara Okafor"]);
    assert_eq!(names(&conn, "esc 2026"), vec!["Mulligan Brooks"]);
}

#[test]
fn every_word_must_match() {
    let conn = book();
    assert_eq!(names(&conn, "jan vivantes"), vec!["Jan Muller-Lang"]);
    assert!(names(&conn, "jan dermatology").is_empty());
}

#[test]
fn interaction_notes_are_found_and_edits_are_reflected() {
    let mut conn = book();
    let amara = search(&conn, "okafor", 1).unwrap()[0].id;
    let draft = InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: None,
        time_zone: String::new(),
        note: "Talked about renal denervation".into(),
        contact_ids: vec![amara],
    };
    interactions::add(&mut conn, &draft, Timestamp::now()).unwrap();
    assert_eq!(names(&conn, "denervation"), vec!["Amara Okafor"]);

    let mut changed: ContactDraft = contacts::get(&conn, amara).unwrap().into();
    changed.institution = "Royal Free Hospital".into();
    contacts::update(&mut conn, amara, &changed, Timestamp::now()).unwrap();
    assert!(names(&conn, "st mary").is_empty());
    assert_eq!(names(&conn, "royal free"), vec!["Amara Okafor"]);

    contacts::delete(&mut conn, amara).unwrap();
    assert!(names(&conn, "denervation").is_empty());
}

#[test]
fn punctuation_and_operators_in_a_query_are_harmless() {
    let conn = book();
    for query in ["\"", "*", "AND", "OR NOT", "a:b", "(", "^", "'", "--"] {
        assert!(search(&conn, query, 10).is_ok(), "{query}");
    }
    assert!(names(&conn, "").is_empty());
}
