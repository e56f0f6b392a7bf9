//! Drafts that read well: the stored family name in the greeting, the
//! topic the user wrote to be quoted and never their raw note (not even to
//! the other person on the same meeting), and placeholders without a value
//! that take their clause with them, never leaving "at ." or an empty
//! subject.

use crate::support::messages::*;
use curbside_core::contacts::{self, ContactDraft, NameParts};
use curbside_core::interactions::InteractionKind;
use curbside_core::messages::{self, TemplateKind};

fn doctor(conn: &mut rusqlite::Connection, display_name: &str, name: Option<NameParts>) -> i64 {
    let draft = ContactDraft {
        display_name: display_name.into(),
        credentials: "MD".into(),
        name,
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

fn follow_up(conn: &rusqlite::Connection, contact: i64) -> String {
    messages::compose(conn, contact, Some(TemplateKind::FollowUp), None)
        .unwrap()
        .body
}

#[test]
fn a_compound_spanish_surname_is_greeted_whole_never_by_its_last_word() {
    let mut conn = db();
    let parted = doctor(
        &mut conn,
        "José Ñúñez García",
        Some(NameParts {
            given: "José".into(),
            family: "Ñúñez García".into(),
            ..Default::default()
        }),
    );
    let named_only = doctor(&mut conn, "José Ñúñez García", None);

    assert!(follow_up(&conn, parted).starts_with("Dear Dr. Ñúñez García,\n"));
    let body = follow_up(&conn, named_only);
    assert!(body.starts_with("Dear Dr. José Ñúñez García,\n"), "{body}");
    assert!(!body.contains("Dr. García"), "{body}");
}

#[test]
fn a_follow_up_quotes_the_topic_never_the_raw_note() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let esc = congress(&mut conn);
    log_about(
        &mut conn,
        &[amara],
        InteractionKind::Meeting,
        "2026-08-30T10:30:00Z",
        "",
        "Wants to join the journal club",
        Some(esc),
    );

    let body = follow_up(&conn, amara);
    assert!(!body.contains("journal club"), "{body}");
    assert!(
        body.contains("\nI enjoyed our conversation at ESC Congress 2026, and I have been thinking about it since.\n"),
        "{body}"
    );

    log_about(
        &mut conn,
        &[amara],
        InteractionKind::Meeting,
        "2026-08-31T10:30:00Z",
        "renal denervation",
        "Wants to join the journal club",
        Some(esc),
    );
    let body = follow_up(&conn, amara);
    assert!(
        body.contains(
            "I enjoyed our conversation about renal denervation at ESC Congress 2026, and"
        ),
        "{body}"
    );
    assert!(!body.contains("journal club"), "{body}");
}

#[test]
fn a_note_about_two_people_is_quoted_to_neither_and_the_shared_topic_to_both() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let ben = doctor(&mut conn, "Ben Carter", None);
    log_about(
        &mut conn,
        &[amara, ben],
        InteractionKind::Meeting,
        "2026-09-02T12:00:00Z",
        "",
        "Amara thinks Ben's registry is underpowered",
        None,
    );
    for person in [amara, ben] {
        let body = follow_up(&conn, person);
        assert!(!body.contains("registry"), "{body}");
        assert!(
            !body.contains("our conversation"),
            "nothing to say about it: {body}"
        );
    }

    log_about(
        &mut conn,
        &[amara, ben],
        InteractionKind::Meeting,
        "2026-09-03T12:00:00Z",
        "the registry design",
        "Amara thinks Ben's registry is underpowered",
        None,
    );
    for person in [amara, ben] {
        let body = follow_up(&conn, person);
        assert!(
            body.contains("our conversation about the registry design, and"),
            "{body}"
        );
        assert!(!body.contains("underpowered"), "{body}");
    }
}

#[test]
fn an_empty_placeholder_takes_its_clause_and_a_subject_is_never_empty() {
    let mut conn = db();
    let amara = amara(&mut conn);
    log_about(
        &mut conn,
        &[amara],
        InteractionKind::Call,
        "2026-09-02T12:00:00Z",
        "renal denervation",
        "",
        None,
    );
    messages::save_template(
        &conn,
        TemplateKind::FollowUp,
        "{event}",
        "Dear {salutation},\n\nGood to talk about {topic} at {event}.\n\nBest wishes,",
    )
    .unwrap();

    let draft = messages::compose(&conn, amara, Some(TemplateKind::FollowUp), None).unwrap();

    assert_eq!(
        draft.body,
        "Dear Dr. Okafor,\n\nGood to talk about renal denervation.\n\nBest wishes,"
    );
    assert_eq!(draft.subject, "Following up on our conversation");
}
