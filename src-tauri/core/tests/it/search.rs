//! Search as a user types it: accents and case ignored, prefixes match,
//! short queries still useful, exact names first, and notes of interactions
//! found too. Names are listed from their own index in name order, so the
//! first letters typed bring up people by name, not by relevance.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db::{self, MIGRATIONS};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::operations;
use curbside_core::search::network::SnippetPart;
use curbside_core::search::{search, ContactMatch};
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
        topic: String::new(),
        note: "Talked about renal denervation".into(),
        contact_ids: vec![amara],
        event_id: None,
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

#[test]
fn one_and_two_letters_list_names_starting_with_them_in_name_order() {
    let mut conn = book();
    add(&mut conn, "Bo Adams", "", "", &[]);
    add(&mut conn, "Bea Zhou", "", "", &[]);
    add(&mut conn, "Abe Brown", "", "", &[]);
    assert_eq!(
        names(&conn, "a")[..5],
        [
            "Abe Brown",
            "Amara Okafor",
            "Ann",
            "Annabel Lee",
            "Bo Adams"
        ]
    );
    assert_eq!(names(&conn, "ja"), ["Jan Muller-Lang", "Jana Müller"]);
    assert_eq!(
        names(&conn, "b"),
        ["Bea Zhou", "Bo Adams", "Abe Brown", "Mulligan Brooks"],
        "names starting with the letter, then names with a word starting with it"
    );
    let first_two: Vec<String> = search(&conn, "b", 2)
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(first_two, ["Bea Zhou", "Bo Adams"]);
}

#[test]
fn a_word_inside_a_name_comes_before_a_match_in_other_fields() {
    let mut conn = book();
    add(&mut conn, "Ray Oncken", "Cardiology", "", &[]);
    assert_eq!(names(&conn, "onc"), ["Ray Oncken", "Mulligan Brooks"]);
    assert_eq!(names(&conn, "kow"), ["Hannah Ann Kowalski"]);
    assert_eq!(names(&conn, "ann kow"), ["Hannah Ann Kowalski"]);
    assert_eq!(names(&conn, "lee ann"), ["Annabel Lee"]);
    assert_eq!(names(&conn, "lang"), ["Jan Muller-Lang"]);
    assert_eq!(names(&conn, "ok am"), ["Amara Okafor"]);
}

#[test]
fn a_renamed_or_deleted_contact_is_found_by_its_current_name_only() {
    let mut conn = book();
    let id = add(&mut conn, "Zora Quinn", "", "", &[]);
    let mut renamed: ContactDraft = contacts::get(&conn, id).unwrap().into();
    renamed.display_name = "Zora Blake".into();
    renamed.nickname = "Zee".into();
    contacts::update(&mut conn, id, &renamed, Timestamp::now()).unwrap();
    assert!(names(&conn, "quinn").is_empty());
    assert!(names(&conn, "q").is_empty());
    assert_eq!(names(&conn, "blake"), ["Zora Blake"]);
    assert_eq!(names(&conn, "zora b"), ["Zora Blake"]);
    assert_eq!(
        names(&conn, "zee"),
        ["Zora Blake"],
        "nicknames count as names"
    );

    let deleted = operations::delete_many(&mut conn, &[id]).unwrap();
    assert!(names(&conn, "zora").is_empty());
    operations::restore(&mut conn, &deleted).unwrap();
    assert_eq!(names(&conn, "zora"), ["Zora Blake"]);

    contacts::delete(&mut conn, id).unwrap();
    assert!(names(&conn, "zora").is_empty());
    assert!(names(&conn, "z").is_empty());
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM contact_name_words WHERE contact_id = ?1",
            [id],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "a deleted contact leaves no name words behind");
}

#[test]
fn contacts_stored_before_the_name_index_existed_are_found_by_name_after_the_upgrade() {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 3).unwrap();
    // Written as schema 3 left them, full-text entries aside: only the name
    // index can find them.
    conn.execute_batch(
        "INSERT INTO contacts (display_name, nickname, created_at, updated_at) VALUES
             ('Zoe Adams', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
             ('Adam Young', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
             ('Ada Zimmer', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
             ('Jana Müller', 'Jay', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
    )
    .unwrap();

    db::migrate(&mut conn).unwrap();

    assert_eq!(db::schema_version(&conn).unwrap(), db::latest_version());
    assert_eq!(
        names(&conn, "ada"),
        ["Ada Zimmer", "Adam Young", "Zoe Adams"]
    );
    assert_eq!(names(&conn, "MULLER"), ["Jana Müller"]);
    assert_eq!(names(&conn, "jay"), ["Jana Müller"]);
}

/// Each hit's reason as "Label: snippet" with the matched words in [brackets],
/// or "name" when the name alone matched. The list's lines
/// (`search_lines`) must give the same hits and reasons, in the same order,
/// as the whole contacts (`search_hits`).
fn reasons(conn: &rusqlite::Connection, query: &str) -> Vec<(String, String)> {
    let reason = |matched: Option<ContactMatch>| match matched {
        None => "name".to_owned(),
        Some(matched) => format!(
            "{}: {}",
            matched.label,
            SnippetPart::bracketed(&matched.snippet)
        ),
    };
    let whole: Vec<(String, String)> = curbside_core::search::search_hits(conn, query, 50)
        .unwrap()
        .into_iter()
        .map(|hit| (hit.contact.display_name, reason(hit.matched)))
        .collect();
    let lines: Vec<(String, String)> = curbside_core::search::search_lines(conn, query, 50)
        .unwrap()
        .into_iter()
        .map(|hit| (hit.line.display_name, reason(hit.matched)))
        .collect();
    assert_eq!(lines, whole, "the lines found by '{query}' and why");
    whole
}

#[test]
fn a_hit_says_which_field_matched_with_the_words_marked_and_a_name_match_says_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    let now = Timestamp::now();
    contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Ana Lima".into(),
            institution: "Hôpital Necker".into(),
            notes: "Runs the registry.\nAsk her about ECMO weaning <b>soon</b>.".into(),
            ..Default::default()
        },
        now,
    )
    .unwrap();
    let ben = add(&mut conn, "Ben Necker", "Cardiology", "Charité", &[]);
    interactions::add(
        &mut conn,
        &InteractionDraft {
            kind: InteractionKind::Call,
            occurred_at: None,
            time_zone: String::new(),
            topic: "Trial design".into(),
            note: "Discussed the denervation trial".into(),
            contact_ids: vec![ben],
            event_id: None,
        },
        now,
    )
    .unwrap();

    assert_eq!(
        reasons(&conn, "ecmo"),
        [(
            "Ana Lima".to_owned(),
            "Note: …the registry. Ask her about [ECMO] weaning <b>soon</b>.".to_owned()
        )],
        "five words before the note's match, on one line, user text kept as written"
    );
    assert_eq!(
        reasons(&conn, "necker"),
        [
            ("Ben Necker".to_owned(), "name".to_owned()),
            (
                "Ana Lima".to_owned(),
                "Institution: Hôpital [Necker]".to_owned()
            ),
        ]
    );
    assert_eq!(
        reasons(&conn, "hopital"),
        [(
            "Ana Lima".to_owned(),
            "Institution: [Hôpital] Necker".to_owned()
        )],
        "accents aside"
    );
    assert_eq!(
        reasons(&conn, "ben denerv"),
        [(
            "Ben Necker".to_owned(),
            "Interaction: Trial design: Discussed the [denervation] trial".to_owned()
        )],
        "a word outside the name is shown where it is"
    );
    assert_eq!(
        reasons(&conn, "ana"),
        [("Ana Lima".to_owned(), "name".to_owned())]
    );
    contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Margaret Weiss".into(),
            nickname: "Peggy".into(),
            notes: "Peggy chairs the ethics board".into(),
            ..Default::default()
        },
        now,
    )
    .unwrap();
    assert_eq!(
        reasons(&conn, "peggy weiss"),
        [("Margaret Weiss".to_owned(), "name".to_owned())],
        "a nickname is part of the name, though the list does not show it"
    );
}
