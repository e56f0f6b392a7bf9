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

/// The introduction made on 5 March 2026; its follow-up is due on the 26th.
fn made(conn: &mut Connection) -> i64 {
    let id = introduction(conn);
    for status in [
        introductions::IntroductionStatus::Asked,
        introductions::IntroductionStatus::Accepted,
        introductions::IntroductionStatus::Introduced,
    ] {
        introductions::set_status(
            conn,
            id,
            status,
            None,
            date(2026, 3, 5),
            at("2026-03-05T09:00:00Z"),
        )
        .unwrap();
    }
    id
}

#[test]
fn the_follow_up_reminder_drafts_how_did_it_go_to_both_quoting_the_reason() {
    let mut conn = db();
    let id = made(&mut conn);
    presence::set_name(&conn, "Jane Doe").unwrap();
    let reminder = format!("intro_follow_up:{id}:2026-03-26");
    let amara = messages::reminder_contact(&conn, &reminder).unwrap();
    let draft = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();
    assert_eq!(draft.template, messages::TemplateKind::IntroductionFollowUp);
    assert_eq!(draft.subject, "How did the introduction go?");
    for expected in [
        "Dear Dr. Okafor and Dr. Weber,",
        "since I put Amara Okafor and Jonas Weber in touch",
        "Why I thought you should meet: you both study the cardiorenal syndrome",
    ] {
        assert!(
            draft.body.contains(expected),
            "{expected:?} in {}",
            draft.body
        );
    }
    assert!(draft.body.ends_with("Jane Doe"), "{}", draft.body);
    assert_eq!(
        draft.email.as_deref(),
        Some("amara@example.org, jonas@example.org")
    );
    assert!(draft
        .mailto
        .unwrap()
        .starts_with("mailto:amara@example.org,jonas@example.org?subject=How%20did"));
    assert_eq!(draft.reminder_id.as_deref(), Some(reminder.as_str()));

    // Marking it sent logs it with A and says what was sent.
    let logged = messages::sent(
        &mut conn,
        &messages::SentMessage {
            contact_id: amara,
            template: draft.template,
            subject: draft.subject.clone(),
            reminder_id: Some(reminder.clone()),
        },
        at("2026-03-26T10:00:00Z"),
        &jiff::tz::TimeZone::UTC,
    )
    .unwrap();
    assert_eq!(
        logged.note,
        "Sent a question about how an introduction went: How did the introduction go?"
    );
}

#[test]
fn the_follow_up_to_one_side_greets_only_them_and_goes_only_to_them() {
    let mut conn = db();
    let id = made(&mut conn);
    let to_b = messages::introduction_follow_up(&conn, id, Some(Side::To)).unwrap();
    assert!(to_b.body.starts_with("Dear Dr. Weber,\n"), "{}", to_b.body);
    assert!(
        to_b.body
            .contains("since I put Jonas Weber and Amara Okafor in touch"),
        "{}",
        to_b.body
    );
    assert!(to_b
        .body
        .contains("you both study the cardiorenal syndrome"));
    assert_eq!(to_b.email.as_deref(), Some("jonas@example.org"));
    let both = messages::introduction_follow_up(&conn, id, None).unwrap();
    assert!(both.body.starts_with("Dear Dr. Okafor and Dr. Weber,\n"));
}

#[test]
fn the_follow_up_template_is_refused_without_its_introduction() {
    let mut conn = db();
    made(&mut conn);
    let amara = 1;
    let refused = messages::compose(
        &conn,
        amara,
        Some(messages::TemplateKind::IntroductionFollowUp),
        None,
    )
    .unwrap_err();
    assert!(
        refused.to_string().contains("drafted from an introduction"),
        "{refused}"
    );
}
