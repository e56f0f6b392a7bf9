//! Adding mentors and mentees, their goals and meetings, and what a
//! contact's deletion or a bad input does.

use curbside_core::contacts;
use curbside_core::interactions::{self, InteractionKind};
use curbside_core::mentorship::{
    self, GoalDraft, MeetingDraft, MentorshipDraft, MentorshipError, Role,
};
use curbside_core::relationships::{self, RelationshipKind};
use jiff::civil::date;

use super::{mentorship_with, now, person, today};
use crate::support::db;

fn invalid(error: MentorshipError) -> String {
    match error {
        MentorshipError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_new_mentor_is_also_recorded_as_the_users_mentor_relationship() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let added = mentorship::add(
        &mut conn,
        &MentorshipDraft {
            contact_id: ana,
            role: Role::Mentor,
            every_weeks: Some(4),
            started_on: None,
            notes: "Met at ESC".into(),
        },
        today(),
    )
    .unwrap();
    assert_eq!(added.contact_name, "Ana Berg");
    assert_eq!(added.started_on, today());
    assert_eq!(added.next_meeting_on, Some(date(2026, 2, 7)));
    let kinds: Vec<_> = relationships::for_contact(&conn, ana)
        .unwrap()
        .into_iter()
        .filter(|r| r.other_contact_id.is_none())
        .map(|r| r.kind)
        .collect();
    assert_eq!(kinds, vec![RelationshipKind::Mentor]);
}

#[test]
fn the_same_mentor_cannot_be_added_twice_but_can_also_be_a_mentee() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    mentorship_with(&mut conn, ana, Role::Mentor, None, today());
    let again = mentorship::add(
        &mut conn,
        &MentorshipDraft {
            contact_id: ana,
            role: Role::Mentor,
            every_weeks: None,
            started_on: None,
            notes: String::new(),
        },
        today(),
    )
    .unwrap_err();
    assert_eq!(invalid(again), "Ana Berg is already your mentor");
    mentorship_with(&mut conn, ana, Role::Mentee, None, today());
    assert_eq!(mentorship::for_contact(&conn, ana).unwrap().len(), 2);
}

#[test]
fn bad_input_is_refused_with_a_message() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let draft = |weeks| MentorshipDraft {
        contact_id: ana,
        role: Role::Mentee,
        every_weeks: weeks,
        started_on: None,
        notes: String::new(),
    };
    let zero = mentorship::add(&mut conn, &draft(Some(0)), today()).unwrap_err();
    assert!(invalid(zero).contains("1 to 104 weeks"));
    let unknown = mentorship::add(
        &mut conn,
        &MentorshipDraft {
            contact_id: 999,
            ..draft(None)
        },
        today(),
    )
    .unwrap_err();
    assert!(matches!(
        unknown,
        MentorshipError::NotFound {
            what: "contact",
            id: 999
        }
    ));
    let id = mentorship_with(&mut conn, ana, Role::Mentee, None, today());
    let empty_goal = mentorship::add_goal(
        &mut conn,
        id,
        &GoalDraft {
            text: "  ".into(),
            target_on: None,
            done: false,
        },
    )
    .unwrap_err();
    assert_eq!(invalid(empty_goal), "Say what the goal is");
    let long_goal = mentorship::add_goal(
        &mut conn,
        id,
        &GoalDraft {
            text: "x".repeat(501),
            target_on: None,
            done: false,
        },
    )
    .unwrap_err();
    assert!(invalid(long_goal).contains("too long"));
    let future = mentorship::log_meeting(
        &mut conn,
        id,
        &MeetingDraft {
            held_on: date(2026, 1, 11),
            notes: String::new(),
            actions: vec![],
        },
        today(),
        now(),
    )
    .unwrap_err();
    assert!(invalid(future).contains("after today"));
    let year = mentorship::add_goal(
        &mut conn,
        id,
        &GoalDraft {
            text: "Board exam".into(),
            target_on: Some(date(20, 1, 1)),
            done: false,
        },
    )
    .unwrap_err();
    assert!(invalid(year).contains("looks mistyped"));
    assert!(mentorship::get(&conn, id).unwrap().goals.is_empty());
}

#[test]
fn a_logged_meeting_keeps_its_action_items_and_counts_as_last_contact() {
    let mut conn = db();
    let ben = person(&mut conn, "Ben Okafor");
    let id = mentorship_with(&mut conn, ben, Role::Mentee, Some(2), date(2025, 12, 1));
    let meeting = mentorship::log_meeting(
        &mut conn,
        id,
        &MeetingDraft {
            held_on: date(2026, 1, 8),
            notes: "Residency applications".into(),
            actions: vec!["Read his personal statement".into(), " ".into()],
        },
        today(),
        now(),
    )
    .unwrap();
    assert_eq!(meeting.actions.len(), 1);
    assert!(!meeting.actions[0].done);
    let done = mentorship::set_action_done(&mut conn, meeting.actions[0].id, true).unwrap();
    assert!(done.done);

    let shown = mentorship::get(&conn, id).unwrap();
    assert_eq!(
        shown.meetings[0].actions[0].text,
        "Read his personal statement"
    );
    assert!(shown.meetings[0].actions[0].done);
    // Two weeks after the meeting, not after the start.
    assert_eq!(shown.next_meeting_on, Some(date(2026, 1, 22)));

    let timeline = interactions::for_contact(&conn, ben, None).unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].kind, InteractionKind::Meeting);
    assert_eq!(timeline[0].note, "Residency applications");
    let contact = contacts::get(&conn, ben).unwrap();
    assert!(contact.last_interaction_at.is_some());
}

#[test]
fn goals_are_listed_open_first_by_target_date_and_can_be_marked_done() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let id = mentorship_with(&mut conn, ana, Role::Mentor, None, today());
    let goal = |text: &str, on| GoalDraft {
        text: text.into(),
        target_on: on,
        done: false,
    };
    let later =
        mentorship::add_goal(&mut conn, id, &goal("Grant", Some(date(2026, 9, 1)))).unwrap();
    mentorship::add_goal(&mut conn, id, &goal("Paper", Some(date(2026, 3, 1)))).unwrap();
    mentorship::add_goal(&mut conn, id, &goal("Someday", None)).unwrap();
    mentorship::update_goal(
        &mut conn,
        later.id,
        &GoalDraft {
            done: true,
            ..goal("Grant", Some(date(2026, 9, 1)))
        },
    )
    .unwrap();
    let texts: Vec<_> = mentorship::get(&conn, id)
        .unwrap()
        .goals
        .into_iter()
        .map(|g| (g.text, g.done))
        .collect();
    assert_eq!(
        texts,
        vec![
            ("Paper".to_owned(), false),
            ("Someday".to_owned(), false),
            ("Grant".to_owned(), true)
        ]
    );
}

#[test]
fn deleting_a_contact_deletes_their_mentorships_and_letters() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let other = person(&mut conn, "Ben Okafor");
    let id = mentorship_with(&mut conn, ana, Role::Mentor, Some(4), today());
    mentorship_with(&mut conn, other, Role::Mentee, Some(4), today());
    mentorship::log_meeting(
        &mut conn,
        id,
        &MeetingDraft {
            held_on: today(),
            notes: String::new(),
            actions: vec!["Call the chair".into()],
        },
        today(),
        now(),
    )
    .unwrap();
    mentorship::add_letter(
        &mut conn,
        &super::letter_draft(ana, mentorship::Writer::Them, date(2026, 9, 1)),
        today(),
    )
    .unwrap();
    contacts::delete(&mut conn, ana).unwrap();
    let left: Vec<_> = mentorship::list(&conn)
        .unwrap()
        .into_iter()
        .map(|m| m.contact_name)
        .collect();
    assert_eq!(left, vec!["Ben Okafor"]);
    assert!(mentorship::letters(&conn).unwrap().is_empty());
    let actions: i64 = conn
        .query_row("SELECT count(*) FROM mentorship_actions", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(actions, 0);
}

#[test]
fn deleting_a_meeting_takes_its_action_items_and_moves_the_next_meeting_back() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let id = mentorship_with(&mut conn, ana, Role::Mentor, Some(1), date(2026, 1, 1));
    let meeting = mentorship::log_meeting(
        &mut conn,
        id,
        &MeetingDraft {
            held_on: date(2026, 1, 9),
            notes: String::new(),
            actions: vec!["One".into()],
        },
        today(),
        now(),
    )
    .unwrap();
    assert_eq!(
        mentorship::get(&conn, id).unwrap().next_meeting_on,
        Some(date(2026, 1, 16))
    );
    mentorship::delete_meeting(&mut conn, meeting.id).unwrap();
    let after = mentorship::get(&conn, id).unwrap();
    assert!(after.meetings.is_empty());
    assert_eq!(after.next_meeting_on, Some(date(2026, 1, 8)));
    assert!(matches!(
        mentorship::set_action_done(&mut conn, meeting.actions[0].id, true),
        Err(MentorshipError::NotFound { .. })
    ));
}
