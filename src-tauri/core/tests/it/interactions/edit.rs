//! Interactions record what happened, and a mistake can be put right: a
//! date after now is refused, and an interaction can be edited or deleted
//! with "last contact", the stay-in-touch prompts, search and follow-up
//! reminders following.

use crate::support::reminders::*;
use curbside_core::contacts::{self, ContactError};
use curbside_core::interactions::{self, InteractionDraft, InteractionFilter, InteractionKind};
use curbside_core::reminders::{self, Cadence, CadenceTarget, ReminderKind};
use curbside_core::search;

/// A meeting with `with` at `when`, logged at `now`.
fn meeting(with: &[i64], when: &str, topic: &str, note: &str) -> InteractionDraft {
    InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at(when)),
        time_zone: "Europe/Berlin".into(),
        topic: topic.into(),
        note: note.into(),
        contact_ids: with.to_vec(),
        event_id: None,
    }
}

fn last_contact(conn: &rusqlite::Connection, contact: i64) -> Option<String> {
    contacts::get(conn, contact)
        .unwrap()
        .last_interaction_at
        .map(|at| at.to_string())
}

fn refused_field(err: ContactError) -> (&'static str, String) {
    match err {
        ContactError::Invalid(invalid) => (invalid.field, invalid.message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn an_interaction_dated_next_year_is_refused_and_nothing_is_stored() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T07:46:30Z");

    let err = interactions::add(
        &mut conn,
        &meeting(&[amara], "2027-03-01T09:00:00Z", "", ""),
        now,
    )
    .unwrap_err();

    let (field, message) = refused_field(err);
    assert_eq!(field, "occurred_at");
    assert!(
        message.contains("2027-03-01T09:00:00Z is in the future"),
        "{message}"
    );
    assert!(message.contains("has happened"), "{message}");
    assert!(interactions::for_contact(&conn, amara, None)
        .unwrap()
        .is_empty());
    assert_eq!(last_contact(&conn, amara), None);
}

#[test]
fn a_date_later_in_the_current_minute_is_accepted_for_clock_skew_but_not_the_next_minute() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T07:46:30Z");

    interactions::add(
        &mut conn,
        &meeting(
            &[amara],
            "2026-12-05T07:46:59Z",
            "",
            "the other laptop's clock",
        ),
        now,
    )
    .unwrap();
    let err = interactions::add(
        &mut conn,
        &meeting(&[amara], "2026-12-05T07:47:00Z", "", ""),
        now,
    )
    .unwrap_err();

    assert_eq!(refused_field(err).0, "occurred_at");
    assert_eq!(
        last_contact(&conn, amara).as_deref(),
        Some("2026-12-05T07:46:59Z")
    );
}

#[test]
fn editing_an_interaction_changes_what_was_stored_and_keeps_a_date_not_given() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let esc = congress(&mut conn);
    let now = at("2026-12-05T08:00:00Z");
    let id = interactions::add(
        &mut conn,
        &meeting(
            &[amara],
            "2026-08-30T10:30:00Z",
            "",
            "Wants to join the journal club",
        ),
        now,
    )
    .unwrap()
    .id;

    let edited = interactions::edit(
        &mut conn,
        id,
        &InteractionDraft {
            kind: InteractionKind::Call,
            occurred_at: None,
            event_id: Some(esc),
            ..meeting(
                &[amara],
                "2026-08-30T10:30:00Z",
                " renal\ndenervation ",
                "Follow up on the registry",
            )
        },
        now,
    )
    .unwrap();

    assert_eq!(edited, interactions::get(&conn, id).unwrap());
    assert_eq!(edited.kind, InteractionKind::Call);
    assert_eq!(edited.occurred_at, at("2026-08-30T10:30:00Z"));
    assert_eq!(edited.topic, "renal denervation");
    assert_eq!(edited.note, "Follow up on the registry");
    assert_eq!(edited.event_id, Some(esc));
    let at_esc = interactions::list(
        &conn,
        InteractionFilter {
            event: Some(esc),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(at_esc, vec![edited]);
}

#[test]
fn moving_the_newest_interaction_back_in_time_recomputes_last_contact() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T08:00:00Z");
    interactions::add(
        &mut conn,
        &meeting(&[amara], "2026-06-01T09:00:00Z", "", "older"),
        now,
    )
    .unwrap();
    let newest = interactions::add(
        &mut conn,
        &meeting(&[amara], "2026-11-20T09:00:00Z", "", "newest"),
        now,
    )
    .unwrap()
    .id;

    interactions::edit(
        &mut conn,
        newest,
        &meeting(&[amara], "2026-03-01T09:00:00Z", "", "newest"),
        now,
    )
    .unwrap();

    assert_eq!(
        last_contact(&conn, amara).as_deref(),
        Some("2026-06-01T09:00:00Z")
    );
}

#[test]
fn taking_a_person_off_an_interaction_gives_them_back_their_own_last_contact_and_search() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let ben = person(&mut conn, "Dr. Ben Carter");
    let now = at("2026-12-05T08:00:00Z");
    let lunch = interactions::add(
        &mut conn,
        &meeting(
            &[amara, ben],
            "2026-11-20T12:00:00Z",
            "cardio-oncology",
            "Lunch",
        ),
        now,
    )
    .unwrap()
    .id;

    interactions::edit(
        &mut conn,
        lunch,
        &meeting(&[amara], "2026-11-20T12:00:00Z", "cardio-oncology", "Lunch"),
        now,
    )
    .unwrap();

    assert_eq!(last_contact(&conn, ben), None);
    assert_eq!(
        last_contact(&conn, amara).as_deref(),
        Some("2026-11-20T12:00:00Z")
    );
    let found: Vec<i64> = search::search(&conn, "oncology", 10)
        .unwrap()
        .iter()
        .map(|hit| hit.id)
        .collect();
    assert_eq!(found, vec![amara]);
}

#[test]
fn an_edit_to_a_date_after_now_is_refused_and_changes_nothing() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T08:00:00Z");
    let before = interactions::add(
        &mut conn,
        &meeting(&[amara], "2026-11-20T09:00:00Z", "", "coffee"),
        now,
    )
    .unwrap();

    let err = interactions::edit(
        &mut conn,
        before.id,
        &meeting(&[amara], "2027-01-10T09:00:00Z", "", "coffee next year"),
        now,
    )
    .unwrap_err();

    assert_eq!(refused_field(err).0, "occurred_at");
    assert_eq!(interactions::get(&conn, before.id).unwrap(), before);
}

#[test]
fn editing_or_deleting_an_interaction_that_does_not_exist_says_so() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T08:00:00Z");
    let err = interactions::edit(
        &mut conn,
        99,
        &meeting(&[amara], "2026-11-20T09:00:00Z", "", ""),
        now,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "There is no interaction with id 99");
    let err = interactions::delete(&mut conn, 99).unwrap_err();
    assert_eq!(err.to_string(), "There is no interaction with id 99");
}

#[test]
fn deleting_the_last_interaction_brings_back_the_stay_in_touch_prompt_it_silenced() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(amara),
        Some(Cadence { days: 90 }),
    )
    .unwrap();
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-01-05T10:00:00Z",
        "abstract",
    );
    let mistake = log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-11-30T10:00:00Z",
        "wrong person",
    );
    let stay = |conn: &rusqlite::Connection| {
        of_kind(
            &due(conn, "2026-12-05T08:00:00Z"),
            ReminderKind::StayInTouch,
        )
    };
    assert!(stay(&conn).is_empty());

    let deleted = interactions::delete(&mut conn, mistake).unwrap();

    assert_eq!(deleted.note, "wrong person");
    assert_eq!(
        last_contact(&conn, amara).as_deref(),
        Some("2026-01-05T10:00:00Z")
    );
    let prompts = stay(&conn);
    assert_eq!(prompts.len(), 1, "{prompts:?}");
    assert_eq!(prompts[0].context.as_deref(), Some("abstract"));
}

#[test]
fn a_dismissed_follow_up_goes_with_its_interaction_and_is_not_applied_to_the_next_one() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let first = log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-11-20T10:00:00Z",
        "a mistake",
    );
    let follow_up = format!("follow_up:i{first}:c{amara}");
    reminders::dismiss(&mut conn, &follow_up, at("2026-11-23T08:00:00Z")).unwrap();
    reminders::mark_shown(
        &mut conn,
        std::slice::from_ref(&follow_up),
        at("2026-11-23T08:00:00Z"),
    )
    .unwrap();

    interactions::delete(&mut conn, first).unwrap();
    let again = log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-11-25T10:00:00Z",
        "the real meeting",
    );

    assert_ne!(
        again, first,
        "a deleted interaction's id is never given again"
    );
    let kept: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM reminder_states WHERE reminder_id = ?1)
                  + (SELECT count(*) FROM reminders_shown WHERE reminder_id = ?1)",
            [&follow_up],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        kept, 0,
        "nothing is kept for the deleted meeting's follow-up"
    );
    let new_follow_up = format!("follow_up:i{again}:c{amara}");
    let follow_ups = of_kind(&due(&conn, "2026-11-27T08:30:00Z"), ReminderKind::FollowUp);
    assert_eq!(ids(&follow_ups), vec![new_follow_up.clone()]);
    assert_eq!(
        reminders::mark_shown(
            &mut conn,
            std::slice::from_ref(&new_follow_up),
            at("2026-11-27T08:30:00Z")
        )
        .unwrap(),
        vec![new_follow_up],
        "the new meeting's follow-up is notified, not taken as shown already"
    );
}

#[test]
fn taking_a_person_off_a_meeting_forgets_only_their_follow_up_state() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let ben = person(&mut conn, "Dr. Ben Carter");
    let now = at("2026-11-23T08:00:00Z");
    let lunch = interactions::add(
        &mut conn,
        &meeting(&[amara, ben], "2026-11-20T12:00:00Z", "", ""),
        now,
    )
    .unwrap()
    .id;
    for contact in [amara, ben] {
        reminders::dismiss(&mut conn, &format!("follow_up:i{lunch}:c{contact}"), now).unwrap();
    }

    interactions::edit(
        &mut conn,
        lunch,
        &meeting(&[amara], "2026-11-20T12:00:00Z", "", ""),
        now,
    )
    .unwrap();
    interactions::edit(
        &mut conn,
        lunch,
        &meeting(&[amara, ben], "2026-11-20T12:00:00Z", "", ""),
        now,
    )
    .unwrap();

    let follow_ups = of_kind(&due(&conn, "2026-11-23T08:30:00Z"), ReminderKind::FollowUp);
    assert_eq!(ids(&follow_ups), vec![format!("follow_up:i{lunch}:c{ben}")]);
}

#[test]
fn the_list_is_newest_first_for_a_contact_or_everyone() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let ben = person(&mut conn, "Dr. Ben Carter");
    let now = at("2026-12-05T08:00:00Z");
    for (with, when, note) in [
        (amara, "2026-03-01T09:00:00Z", "march"),
        (ben, "2026-05-01T09:00:00Z", "may"),
        (amara, "2026-09-01T09:00:00Z", "september"),
    ] {
        interactions::add(&mut conn, &meeting(&[with], when, "", note), now).unwrap();
    }
    let notes = |filter| -> Vec<String> {
        interactions::list(&conn, filter)
            .unwrap()
            .into_iter()
            .map(|i| i.note)
            .collect()
    };
    assert_eq!(
        notes(InteractionFilter::default()),
        ["september", "may", "march"]
    );
    assert_eq!(
        notes(InteractionFilter {
            contact: Some(amara),
            ..Default::default()
        }),
        ["september", "march"]
    );
    assert_eq!(
        notes(InteractionFilter {
            limit: Some(1),
            ..Default::default()
        }),
        ["september"]
    );
}

#[test]
fn a_topic_is_a_few_words_on_one_line() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = at("2026-12-05T08:00:00Z");
    let long = "renal denervation ".repeat(10);
    let err = interactions::add(
        &mut conn,
        &meeting(&[amara], "2026-11-20T09:00:00Z", &long, ""),
        now,
    )
    .unwrap_err();
    let (field, message) = refused_field(err);
    assert_eq!(field, "topic");
    assert!(message.contains("120 characters"), "{message}");
}
