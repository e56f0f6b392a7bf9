//! The introduction's drafts: the ask to each side about the other, and the
//! email to both, with the reason, both names and the user's signature.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::introductions::{self, IntroductionDraft, Side};
use curbside_core::messages;
use curbside_core::presence::{self, Presence};
use jiff::civil::date;
use rusqlite::Connection;

use crate::support::{at, db};

fn colleague(
    conn: &mut Connection,
    name: &str,
    specialty: &str,
    institution: &str,
    email: &str,
) -> i64 {
    let draft = ContactDraft {
        display_name: name.into(),
        credentials: "MD".into(),
        specialty: specialty.into(),
        institution: institution.into(),
        emails: if email.is_empty() {
            vec![]
        } else {
            vec![email.into()]
        },
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

fn introduction(conn: &mut Connection) -> i64 {
    let amara = colleague(
        conn,
        "Amara Okafor",
        "Cardiology",
        "Charité",
        "amara@example.org",
    );
    let jonas = colleague(
        conn,
        "Jonas Weber",
        "Nephrology",
        "LMU Klinikum",
        "jonas@example.org",
    );
    let draft = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: jonas,
        reason: "you both study the cardiorenal syndrome".into(),
    };
    introductions::add(conn, &draft, date(2026, 3, 1), at("2026-03-01T09:00:00Z"))
        .unwrap()
        .id
}

#[test]
fn the_ask_to_each_side_names_the_other_with_what_the_book_knows_and_the_reason() {
    let mut conn = db();
    let id = introduction(&mut conn);
    presence::set_name(&conn, "Jane Doe").unwrap();
    let to_a = messages::introduction_ask(&conn, id, Side::From).unwrap();
    assert_eq!(to_a.subject, "Would you like an introduction?");
    assert!(to_a.body.contains("Dear Dr. Okafor"), "{}", to_a.body);
    assert!(
        to_a.body
            .contains("introduce you to Jonas Weber (Nephrology, LMU Klinikum)?"),
        "{}",
        to_a.body
    );
    assert!(
        to_a.body
            .contains("Why: you both study the cardiorenal syndrome"),
        "{}",
        to_a.body
    );
    assert!(to_a.body.ends_with("Jane Doe"), "{}", to_a.body);
    assert_eq!(to_a.email.as_deref(), Some("amara@example.org"));
    let to_b = messages::introduction_ask(&conn, id, Side::To).unwrap();
    assert!(to_b.body.contains("Dear Dr. Weber"), "{}", to_b.body);
    assert!(
        to_b.body
            .contains("introduce you to Amara Okafor (Cardiology, Charité)?"),
        "{}",
        to_b.body
    );
}

#[test]
fn the_introduction_goes_to_both_with_the_reason_each_ones_line_and_the_users_pitch() {
    let mut conn = db();
    let id = introduction(&mut conn);
    let me = Presence {
        name: "Jane Doe".into(),
        credentials: "MD, FACC".into(),
        pitch: "Interventional cardiologist building a heart-failure network in Berlin".into(),
        linkedin: "https://www.linkedin.com/in/jane-doe".into(),
        ..Default::default()
    };
    presence::set(&conn, &me).unwrap();
    let email = messages::introduction_email(&conn, id).unwrap();
    assert_eq!(email.subject, "Introduction: Amara Okafor and Jonas Weber");
    for expected in [
        "Dear Dr. Okafor and Dr. Weber",
        "Amara Okafor: Cardiology, Charité.",
        "Jonas Weber: Nephrology, LMU Klinikum.",
        "Why I think you should meet: you both study the cardiorenal syndrome",
        "Jane Doe\nMD, FACC\nInterventional cardiologist",
        "LinkedIn: https://www.linkedin.com/in/jane-doe",
    ] {
        assert!(
            email.body.contains(expected),
            "{expected:?} in {}",
            email.body
        );
    }
    let mailto = email.mailto.unwrap();
    assert!(
        mailto.starts_with("mailto:amara@example.org,jonas@example.org?subject="),
        "{mailto}"
    );
}

#[test]
fn without_a_pitch_or_links_their_lines_are_left_out() {
    let mut conn = db();
    let id = introduction(&mut conn);
    let email = messages::introduction_email(&conn, id).unwrap();
    assert!(!email.body.contains('{'), "{}", email.body);
    assert!(email.body.ends_with("Best wishes,"), "{}", email.body);
}
