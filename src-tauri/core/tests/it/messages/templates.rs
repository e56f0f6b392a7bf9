//! The ten templates as the user leaves them: Curbside's wording until
//! edited, the edit used by every draft, a reset back to the wording, and
//! edits that could not work refused with nothing stored. Also the name
//! the user signs with.

use crate::support::messages::*;
use curbside_core::messages::{self, TemplateKind, BODY_LIMIT, SUBJECT_LIMIT};
use curbside_core::reminders::ReminderError;

#[test]
fn there_are_ten_templates_in_curbsides_wording_until_edited() {
    let conn = db();
    let templates = messages::templates(&conn).unwrap();
    let kinds: Vec<TemplateKind> = templates.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, TemplateKind::ALL);
    let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Follow-up after a meeting",
            "Congratulations",
            "Birthday",
            "Thanks for a referral",
            "Introduction",
            "Sharing an article",
            "Asking before an introduction",
            "Introducing two people to each other",
            "In their city for an event",
            "How did the introduction go?"
        ]
    );
    assert!(templates.iter().all(|t| !t.edited));
    assert!(templates
        .iter()
        .all(|t| t.body.starts_with("Dear {salutation}")));
}

#[test]
fn an_edited_template_is_what_the_next_draft_uses() {
    let mut conn = db();
    let sam = sam(&mut conn);
    let saved = messages::save_template(
        &conn,
        TemplateKind::Birthday,
        "  Happy birthday, {first_name}!  ",
        "Hi {first_name},\r\nhave a great day!\r\n\r\n",
    )
    .unwrap();
    assert!(saved.edited);
    assert_eq!(saved.subject, "Happy birthday, {first_name}!");
    assert_eq!(saved.body, "Hi {first_name},\nhave a great day!");
    assert_eq!(
        messages::template(&conn, TemplateKind::Birthday).unwrap(),
        saved
    );

    let draft = messages::compose(&conn, sam, Some(TemplateKind::Birthday), None).unwrap();
    assert_eq!(draft.subject, "Happy birthday, Sam!");
    assert_eq!(draft.body, "Hi Sam,\nhave a great day!");
    let others = messages::templates(&conn).unwrap();
    assert_eq!(others.iter().filter(|t| t.edited).count(), 1);
}

#[test]
fn a_reset_template_is_curbsides_wording_again() {
    let mut conn = db();
    let sam = sam(&mut conn);
    let original = messages::template(&conn, TemplateKind::Article).unwrap();
    messages::save_template(
        &conn,
        TemplateKind::Article,
        "Read this",
        "{first_name}: [link]",
    )
    .unwrap();

    let reset = messages::reset_template(&conn, TemplateKind::Article).unwrap();

    assert_eq!(reset, original);
    assert!(!reset.edited);
    assert_eq!(
        messages::template(&conn, TemplateKind::Article).unwrap(),
        original
    );
    let draft = messages::compose(&conn, sam, Some(TemplateKind::Article), None).unwrap();
    assert_eq!(draft.subject, "An article you may find interesting");
}

#[test]
fn saving_curbsides_own_wording_is_not_an_edit() {
    let conn = db();
    let original = messages::template(&conn, TemplateKind::FollowUp).unwrap();
    let saved = messages::save_template(
        &conn,
        TemplateKind::FollowUp,
        &original.subject,
        &original.body,
    )
    .unwrap();
    assert!(!saved.edited);
}

#[test]
fn an_unknown_placeholder_is_refused_naming_the_known_ones_and_nothing_is_saved() {
    let conn = db();
    let before = messages::templates(&conn).unwrap();
    let err = messages::save_template(
        &conn,
        TemplateKind::FollowUp,
        "Hello",
        "Dear {salutation},\nGood to see you at {conference}.",
    )
    .unwrap_err();
    let ReminderError::Invalid(invalid) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(invalid.field, "body");
    assert_eq!(
        invalid.message,
        "{conference} is not a placeholder Curbside knows: use {first_name}, {last_name}, {name}, \
         {salutation}, {topic}, {event}, {milestone}, {institution}, {line}, {other_name}, \
         {other_salutation}, {other_line}, {reason}, {city}, {dates}, {my_name}, {my_first_name}, {my_credentials}, \
         {my_pitch}, {my_links}"
    );
    let err = messages::save_template(&conn, TemplateKind::FollowUp, "Hi {Name}", "Dear {name},")
        .unwrap_err();
    assert!(err.to_string().starts_with("{Name} is not a placeholder"));
    assert_eq!(messages::templates(&conn).unwrap(), before);
}

#[test]
fn text_too_long_empty_or_a_subject_on_two_lines_is_refused() {
    let conn = db();
    let before = messages::templates(&conn).unwrap();
    let long_subject = "a".repeat(SUBJECT_LIMIT + 1);
    let long_body = "é".repeat(BODY_LIMIT + 1);
    let cases = [
        (
            long_subject.as_str(),
            "Hi",
            "The subject is too long: 201 characters, the limit is 200",
        ),
        (
            "Hi",
            long_body.as_str(),
            "The message is too long: 10001 characters, the limit is 10000",
        ),
        ("  ", "Hi", "The subject is empty: write one"),
        ("Hi", " \n ", "The message is empty: write one"),
        (
            "Hi\nthere",
            "Hi",
            "The subject must be one line: put line breaks in the body",
        ),
    ];
    for (subject, body, message) in cases {
        let err =
            messages::save_template(&conn, TemplateKind::Introduction, subject, body).unwrap_err();
        assert_eq!(err.to_string(), message);
    }
    let at_the_limits = messages::save_template(
        &conn,
        TemplateKind::Introduction,
        &"a".repeat(SUBJECT_LIMIT),
        &"é".repeat(BODY_LIMIT),
    );
    assert!(at_the_limits.is_ok(), "the limits themselves are allowed");
    messages::reset_template(&conn, TemplateKind::Introduction).unwrap();
    assert_eq!(messages::templates(&conn).unwrap(), before);
}

#[test]
fn the_name_the_user_signs_with_is_kept_until_cleared() {
    let conn = db();
    assert_eq!(messages::my_name(&conn).unwrap(), None);
    assert_eq!(
        messages::set_my_name(&conn, "  Dr. Jane Doe ")
            .unwrap()
            .as_deref(),
        Some("Dr. Jane Doe")
    );
    assert_eq!(
        messages::my_name(&conn).unwrap().as_deref(),
        Some("Dr. Jane Doe")
    );
    let err = messages::set_my_name(&conn, &"x".repeat(201)).unwrap_err();
    assert!(err.to_string().starts_with("Your name is too long"));
    assert_eq!(messages::set_my_name(&conn, "").unwrap(), None);
    assert_eq!(messages::my_name(&conn).unwrap(), None);
}
