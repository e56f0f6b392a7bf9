//! What a draft is about: the meeting's topic and event for a follow-up,
//! the milestone for congratulations, what was talked about at an event,
//! the last conversation without a reminder, and the template that fits
//! the reminder unless the user picks another.

use crate::support::messages::*;
use curbside_core::events::{self, PersonRole};
use curbside_core::interactions::InteractionKind;
use curbside_core::messages::{self, TemplateKind};
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders::{self, MilestoneDraft};

#[test]
fn a_follow_up_after_a_meeting_at_a_congress_mentions_the_topic_and_the_event() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);

    let draft = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();

    assert_eq!(draft.template, TemplateKind::FollowUp);
    assert_eq!(draft.subject, "Following up on our conversation");
    assert_eq!(
        draft.body,
        "Dear Dr. Okafor,\n\n\
         I enjoyed our conversation about renal denervation at ESC Congress 2026, and I have been thinking about it since.\n\n\
         I hope all is well with you. Do let me know if I can ever help with anything.\n\n\
         Best wishes,"
    );
    assert_eq!(draft.email.as_deref(), Some("amara.okafor@example.org"));
    assert_eq!(
        draft.profile_link.as_deref(),
        Some("https://www.linkedin.com/in/amara-okafor"),
        "the first web link, not the ORCID number before it"
    );
    assert_eq!(draft.reminder_id.as_deref(), Some(reminder.as_str()));
    let mailto = draft.mailto.unwrap();
    assert!(
        mailto.starts_with(
            "mailto:amara.okafor@example.org?subject=Following%20up%20on%20our%20conversation\
             &body=Dear%20Dr.%20Okafor%2C%0D%0A%0D%0AI%20enjoyed"
        ),
        "{mailto}"
    );
}

#[test]
fn without_a_reminder_the_topic_is_the_last_conversation_not_a_logged_message() {
    let mut conn = db();
    let amara = amara(&mut conn);
    met_at_esc(&mut conn, amara);
    log_at(
        &mut conn,
        amara,
        InteractionKind::Message,
        "2026-09-02T10:00:00Z",
        "Sent congratulations: Congratulations!",
        None,
    );

    let follow_up = messages::compose(&conn, amara, Some(TemplateKind::FollowUp), None).unwrap();
    assert!(follow_up
        .body
        .contains("our conversation about renal denervation at ESC Congress 2026,"));
    let article = messages::compose(&conn, amara, Some(TemplateKind::Article), None).unwrap();
    assert!(article
        .body
        .contains("It made me think of our conversation about renal denervation."));
}

#[test]
fn a_milestone_is_congratulated_on_in_words_with_its_note() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let milestone = reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: amara,
            kind: "academic_promotion".into(),
            on: Some("2026-09-01".parse().unwrap()),
            note: "Associate professor at Charité.".into(),
        },
        at("2026-09-01T10:00:00Z"),
    )
    .unwrap();

    let reminder = format!("milestone:m{}", milestone.id);
    let draft = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();

    assert_eq!(draft.template, TemplateKind::Congratulations);
    assert_eq!(draft.subject, "Congratulations!");
    assert!(
        draft.body.contains(
            "Congratulations on your promotion!\nAssociate professor at Charité — very well deserved."
        ),
        "{}",
        draft.body
    );
}

#[test]
fn a_person_met_at_an_event_is_followed_up_with_the_event_and_not_the_note_about_them() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let esc = congress(&mut conn);
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "Wants to join the journal club",
        at("2026-08-29T10:00:00Z"),
    )
    .unwrap();

    let reminder = format!("event_follow_up:e{esc}:c{amara}");
    let draft = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();

    assert_eq!(draft.template, TemplateKind::FollowUp);
    assert!(
        draft.body.contains(
            "\nI enjoyed our conversation at ESC Congress 2026, and I have been thinking about it since.\n"
        ),
        "{}",
        draft.body
    );
    assert!(!draft.body.contains("journal club"), "{}", draft.body);

    log_about(
        &mut conn,
        &[amara],
        InteractionKind::Meeting,
        "2026-08-30T10:00:00Z",
        "renal denervation",
        "",
        Some(esc),
    );
    let draft = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();
    assert!(
        draft
            .body
            .contains("our conversation about renal denervation at ESC Congress 2026,"),
        "what was talked about there, from an interaction at the event: {}",
        draft.body
    );
}

#[test]
fn a_birthday_and_a_work_anniversary_each_have_their_template() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let birthday =
        messages::compose(&conn, amara, None, Some(&format!("birthday:c{amara}:2027"))).unwrap();
    assert_eq!(birthday.template, TemplateKind::Birthday);
    assert_eq!(birthday.subject, "Happy birthday!");

    let job = organizations::add(
        &mut conn,
        amara,
        &AffiliationDraft {
            organization: "Charité".into(),
            kind: AffiliationKind::Job,
            role: "Consultant".into(),
            starts_on: Some("2021-10-01".into()),
            ends_on: None,
        },
    )
    .unwrap();
    let reminder = format!("work_anniversary:a{}:2026", job.id);
    let anniversary = messages::compose(&conn, amara, None, Some(&reminder)).unwrap();
    assert_eq!(anniversary.template, TemplateKind::Congratulations);
    assert!(
        anniversary
            .body
            .contains("Congratulations on your 5 years at Charité!"),
        "{}",
        anniversary.body
    );
}

#[test]
fn a_template_the_user_picks_wins_over_the_reminders_own() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let draft =
        messages::compose(&conn, amara, Some(TemplateKind::Article), Some(&reminder)).unwrap();
    assert_eq!(draft.template, TemplateKind::Article);
    assert!(draft
        .body
        .contains("our conversation about renal denervation."));
}

#[test]
fn congratulations_are_about_the_newest_milestone_never_a_meeting_note() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let plain = messages::compose(&conn, amara, Some(TemplateKind::Congratulations), None).unwrap();
    assert!(!plain.body.contains("renal denervation"), "{}", plain.body);
    assert!(!plain.body.contains("Congratulations on your"));

    for (on, kind, note) in [
        ("2025-05-01", "grant", "the DFG grant"),
        ("2026-09-01", "award", "ESC young investigator award"),
    ] {
        reminders::add_milestone(
            &mut conn,
            &MilestoneDraft {
                contact_id: amara,
                kind: kind.into(),
                on: Some(on.parse().unwrap()),
                note: note.into(),
            },
            at("2026-09-01T10:00:00Z"),
        )
        .unwrap();
    }
    for reminder in [None, Some(reminder.as_str())] {
        let draft =
            messages::compose(&conn, amara, Some(TemplateKind::Congratulations), reminder).unwrap();
        assert!(
            draft.body.contains(
                "Congratulations on your award!\nESC young investigator award — very well deserved."
            ),
            "{}",
            draft.body
        );
    }
}

#[test]
fn a_follow_up_drafted_from_a_milestone_is_about_the_last_conversation() {
    let mut conn = db();
    let amara = amara(&mut conn);
    met_at_esc(&mut conn, amara);
    let milestone = reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: amara,
            kind: "new_job".into(),
            on: None,
            note: "Head of cardiology at Charité".into(),
        },
        at("2026-09-01T10:00:00Z"),
    )
    .unwrap();
    let reminder = format!("milestone:m{}", milestone.id);
    let draft =
        messages::compose(&conn, amara, Some(TemplateKind::FollowUp), Some(&reminder)).unwrap();
    assert!(
        draft
            .body
            .contains("about renal denervation at ESC Congress 2026,"),
        "{}",
        draft.body
    );
    assert!(!draft.body.contains("Head of cardiology"));
}
