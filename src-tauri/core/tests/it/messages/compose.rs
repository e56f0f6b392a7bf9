//! Drafting a message: every template filled for a contact with and
//! without notes, email and links, the mailto and profile links, the
//! user's name, and the requests that cannot make a draft refused with a
//! clear message.

use crate::support::messages::*;
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::messages::{self, TemplateKind};
use curbside_core::reminders::{self, CustomReminderDraft, ReminderError};

#[test]
fn every_template_reads_well_for_someone_with_nothing_logged() {
    let mut conn = db();
    let sam = sam(&mut conn);
    for kind in TemplateKind::ALL {
        if kind.of_introduction() {
            let refused = messages::compose(&conn, sam, Some(kind), None).unwrap_err();
            assert!(refused.to_string().contains("drafted from an introduction"));
            continue;
        }
        let draft = messages::compose(&conn, sam, Some(kind), None).unwrap();
        assert_eq!(draft.template, kind);
        assert!(
            draft.body.starts_with("Dear Sam,\n\n"),
            "{kind:?}: {}",
            draft.body
        );
        assert!(!draft.subject.is_empty(), "{kind:?}");
        for leftover in ["{", "}", " at .", "about .", "your !", "\n\n\n"] {
            assert!(
                !draft.body.contains(leftover),
                "{kind:?} has {leftover:?}: {}",
                draft.body
            );
        }
        assert!(draft.body.ends_with("wishes,"), "{kind:?}: {}", draft.body);
        assert_eq!(draft.email, None);
        assert_eq!(draft.mailto, None, "no email, no mailto");
        assert_eq!(draft.profile_link, None);
        assert_eq!(draft.reminder_id, None);
    }
    let follow_up = messages::compose(&conn, sam, Some(TemplateKind::FollowUp), None).unwrap();
    assert!(!follow_up.body.contains("see you at"));
    assert!(!follow_up.body.contains("our conversation"));
}

#[test]
fn the_mail_link_encodes_spaces_umlauts_line_breaks_ampersands_and_question_marks() {
    let mut conn = db();
    let draft = ContactDraft {
        display_name: "Jürgen Müller".into(),
        emails: vec!["j.mueller@example.de".into()],
        ..Default::default()
    };
    let jurgen = contacts::create(&mut conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id;
    messages::save_template(
        &conn,
        TemplateKind::Introduction,
        "Q&A with {first_name}?",
        "Hallo {first_name},\nSee https://example.org/?a=1&b=2 #top",
    )
    .unwrap();

    let mailto = messages::compose(&conn, jurgen, Some(TemplateKind::Introduction), None)
        .unwrap()
        .mailto
        .unwrap();

    assert_eq!(
        mailto,
        "mailto:j.mueller@example.de?subject=Q%26A%20with%20J%C3%BCrgen%3F\
         &body=Hallo%20J%C3%BCrgen%2C%0D%0ASee%20https%3A%2F%2Fexample.org%2F%3Fa%3D1%26b%3D2%20%23top"
    );
}

#[test]
fn the_users_own_name_signs_the_message() {
    let mut conn = db();
    let sam = sam(&mut conn);
    messages::set_my_name(&conn, "Dr. Jane Doe").unwrap();
    let draft = messages::compose(&conn, sam, Some(TemplateKind::ReferralThanks), None).unwrap();
    assert!(
        draft.body.ends_with("Best wishes,\nDr. Jane Doe"),
        "{}",
        draft.body
    );

    messages::save_template(
        &conn,
        TemplateKind::ReferralThanks,
        "Thanks",
        "Hi {first_name},\nthank you!\n{my_first_name}",
    )
    .unwrap();
    let draft = messages::compose(&conn, sam, Some(TemplateKind::ReferralThanks), None).unwrap();
    assert_eq!(draft.body, "Hi Sam,\nthank you!\nJane");
}

#[test]
fn a_reminder_about_someone_else_is_refused() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let sam = sam(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let err = messages::compose(&conn, sam, None, Some(&reminder)).unwrap_err();
    assert!(
        matches!(&err, ReminderError::Invalid(invalid)
            if invalid.message == format!("{reminder} is about contact {amara}, not contact {sam}")),
        "{err}"
    );
}

#[test]
fn a_reminder_with_no_template_needs_one_chosen() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let custom = reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Send Dr. Okafor the SPYRAL paper".into(),
            note: "the SPYRAL HTN-ON MED results".into(),
            contact_id: Some(amara),
            event_id: None,
            at: "2026-09-10T09:00".parse().unwrap(),
            time_zone: String::new(),
            recurrence: String::new(),
        },
        at("2026-09-01T10:00:00Z"),
    )
    .unwrap();
    let reminder = format!("custom:{custom}:2026-09-10T09:00");

    let err = messages::compose(&conn, amara, None, Some(&reminder)).unwrap_err();
    assert!(
        err.to_string().contains(
            "has no message template of its own: choose one of follow_up, congratulations"
        ),
        "{err}"
    );
    let article =
        messages::compose(&conn, amara, Some(TemplateKind::Article), Some(&reminder)).unwrap();
    assert!(
        article
            .body
            .contains("I came across this article and thought of you:"),
        "{}",
        article.body
    );
    assert!(
        !article.body.contains("SPYRAL") && !article.body.contains("our conversation"),
        "a reminder's own title and note are never quoted as a conversation: {}",
        article.body
    );
}

#[test]
fn neither_a_template_nor_a_reminder_is_refused() {
    let mut conn = db();
    let sam = sam(&mut conn);
    let err = messages::compose(&conn, sam, None, None).unwrap_err();
    assert!(matches!(err, ReminderError::Invalid(_)));
    assert!(
        err.to_string().starts_with("Choose a template (follow_up"),
        "{err}"
    );
}

#[test]
fn a_reminder_about_no_one_has_no_one_to_write_to() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let esc = congress(&mut conn);
    let reminder = format!("claim_credits:e{esc}");
    let err =
        messages::compose(&conn, amara, Some(TemplateKind::FollowUp), Some(&reminder)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{reminder} is about credits to claim, not a person: there is no one to write to")
    );
    assert!(matches!(
        messages::reminder_contact(&conn, &reminder),
        Err(ReminderError::Invalid(_))
    ));
}

#[test]
fn a_gone_contact_or_reminder_subject_is_not_found() {
    let mut conn = db();
    let amara = amara(&mut conn);
    assert!(matches!(
        messages::compose(&conn, 999, Some(TemplateKind::Birthday), None),
        Err(ReminderError::ContactNotFound(999))
    ));
    assert!(matches!(
        messages::compose(&conn, amara, None, Some("milestone:m42")),
        Err(ReminderError::NotFound {
            what: "milestone",
            id: 42
        })
    ));
    assert!(matches!(
        messages::compose(&conn, amara, None, Some("party:c1")),
        Err(ReminderError::Invalid(_))
    ));
}

#[test]
fn the_contact_of_a_reminder_is_found_from_its_id_alone() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    assert_eq!(messages::reminder_contact(&conn, &reminder).unwrap(), amara);
}
