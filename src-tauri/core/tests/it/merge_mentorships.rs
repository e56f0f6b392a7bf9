//! Merging two contacts who were both the user's mentor (two cards of one
//! person) leaves one mentorship: the other's goals, meetings with their
//! action items and letter requests join the kept one's, the kept one's
//! cadence and notes win (notes appended), and what was done with the
//! reminders stays done.

use curbside_core::choice::Choice;
use curbside_core::mentorship::{self, GoalDraft, MeetingDraft, MentorshipDraft, Role, Writer};
use curbside_core::operations;
use curbside_core::reminders;
use curbside_core::values::ContactId;
use jiff::civil::date;
use rusqlite::Connection;

use crate::mentorship::{letter_draft, now, today};
use crate::support::{at, db, person};

fn mentor(
    conn: &mut Connection,
    contact: ContactId,
    every_weeks: Option<u32>,
    started: jiff::civil::Date,
    notes: &str,
) -> i64 {
    mentorship::add(
        conn,
        &MentorshipDraft {
            contact_id: contact,
            role: Role::Mentor,
            every_weeks,
            started_on: Some(started),
            notes: notes.into(),
        },
        today(),
    )
    .unwrap()
    .id
}

fn goal(conn: &mut Connection, mentorship: i64, text: &str, target: jiff::civil::Date) -> i64 {
    mentorship::add_goal(
        conn,
        mentorship,
        &GoalDraft {
            text: text.into(),
            target_on: Some(target),
            done: false,
        },
    )
    .unwrap()
    .id
}

fn meet(conn: &mut Connection, mentorship: i64, held_on: jiff::civil::Date, action: &str) {
    mentorship::log_meeting(
        conn,
        mentorship,
        &MeetingDraft {
            held_on,
            notes: format!("Met on {held_on}"),
            actions: vec![action.into()],
        },
        today(),
        now(),
    )
    .unwrap();
}

fn states(conn: &Connection) -> Vec<(String, String)> {
    conn.prepare("SELECT reminder_id, state FROM reminder_states ORDER BY reminder_id")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn two_mentorships_of_one_person_become_one_with_everything_of_both() {
    let mut conn = db();
    let kept = person(&mut conn, "Dr. Ana Berg");
    let other = person(&mut conn, "Ana Berg");
    let keep_id = mentor(
        &mut conn,
        kept,
        Some(4),
        date(2025, 9, 1),
        "Cath lab mentor",
    );
    let other_id = mentor(&mut conn, other, Some(8), date(2025, 6, 1), "Met at ESC");
    goal(&mut conn, keep_id, "Learn radial access", date(2026, 2, 1));
    let moved_goal = goal(&mut conn, other_id, "First-author paper", date(2026, 6, 30));
    meet(&mut conn, keep_id, date(2025, 12, 1), "Read the guideline");
    meet(&mut conn, other_id, date(2025, 11, 3), "Send the draft");
    meet(&mut conn, other_id, date(2026, 1, 5), "Book the room");
    mentorship::add_letter(
        &mut conn,
        &letter_draft(other, Writer::Them, date(2026, 9, 1)),
        today(),
    )
    .unwrap();
    // The moved goal's prompt was dismissed, and the other mentorship's
    // meeting prompt done.
    let goal_prompt = format!("mentoring:{moved_goal}:goal:2026-06-30");
    reminders::dismiss(&mut conn, &goal_prompt, at("2026-06-30T09:00:00Z")).unwrap();
    let meet_prompt = format!("mentoring:{other_id}:meet:2026-03-02");
    reminders::done(&mut conn, &meet_prompt, at("2026-03-02T09:00:00Z")).unwrap();

    operations::merge(&mut conn, kept, other, at("2026-01-10T12:00:00Z")).unwrap();

    let all = mentorship::for_contact(&conn, kept).unwrap();
    assert_eq!(all.len(), 1, "one mentor, once: {all:#?}");
    let merged = &all[0];
    assert_eq!(merged.id, keep_id);
    assert_eq!(merged.role, Role::Mentor);
    assert_eq!(merged.every_weeks, Some(4), "the kept cadence wins");
    assert_eq!(merged.started_on, date(2025, 6, 1), "the earlier start");
    assert_eq!(merged.notes, "Cath lab mentor\n\nMet at ESC");
    let mut goals: Vec<&str> = merged.goals.iter().map(|g| g.text.as_str()).collect();
    goals.sort();
    assert_eq!(goals, ["First-author paper", "Learn radial access"]);
    assert!(merged.goals.iter().any(|g| g.id == moved_goal), "same row");
    let mut meetings: Vec<(jiff::civil::Date, Vec<String>)> = merged
        .meetings
        .iter()
        .map(|m| {
            (
                m.held_on,
                m.actions.iter().map(|a| a.text.clone()).collect(),
            )
        })
        .collect();
    meetings.sort();
    assert_eq!(
        meetings,
        [
            (date(2025, 11, 3), vec!["Send the draft".to_owned()]),
            (date(2025, 12, 1), vec!["Read the guideline".to_owned()]),
            (date(2026, 1, 5), vec!["Book the room".to_owned()]),
        ]
    );
    // The next meeting: a cadence (4 weeks) after the last of both.
    assert_eq!(merged.next_meeting_on, Some(date(2026, 2, 2)));
    assert_eq!(
        mentorship::letters_for_contact(&conn, kept).unwrap().len(),
        1,
        "the letter request follows the person"
    );
    let mut expected = vec![
        (goal_prompt, "dismissed".to_owned()),
        (
            format!("mentoring:{keep_id}:meet:2026-03-02"),
            "done".to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(
        states(&conn),
        expected,
        "what was done with the reminders stays, on the kept mentorship"
    );
    let mentor_relationships: i64 = conn
        .query_row(
            "SELECT count(*) FROM relationships WHERE contact_id = ?1 AND other_contact_id IS NULL AND kind = 'mentor'",
            [kept],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(mentor_relationships, 1, "my mentor, once");
}

#[test]
fn a_mentor_and_a_mentee_of_the_two_cards_both_stay() {
    let mut conn = db();
    let kept = person(&mut conn, "Dr. Ben Okafor");
    let other = person(&mut conn, "Ben Okafor");
    mentor(&mut conn, kept, None, date(2025, 1, 1), "");
    mentorship::add(
        &mut conn,
        &MentorshipDraft {
            contact_id: other,
            role: Role::Mentee,
            every_weeks: Some(2),
            started_on: Some(date(2025, 1, 1)),
            notes: String::new(),
        },
        today(),
    )
    .unwrap();
    operations::merge(&mut conn, kept, other, at("2026-01-10T12:00:00Z")).unwrap();
    let mut roles: Vec<Role> = mentorship::for_contact(&conn, kept)
        .unwrap()
        .into_iter()
        .map(|m| m.role)
        .collect();
    roles.sort_by_key(|role| role.name());
    assert_eq!(roles, [Role::Mentee, Role::Mentor]);
}

#[test]
fn a_cadence_only_the_merged_away_mentorship_had_is_kept() {
    let mut conn = db();
    let kept = person(&mut conn, "Dr. Chen Wei");
    let other = person(&mut conn, "Chen Wei");
    mentor(&mut conn, kept, None, date(2025, 1, 1), "");
    mentor(
        &mut conn,
        other,
        Some(6),
        date(2025, 3, 1),
        "Writes great letters",
    );
    operations::merge(&mut conn, kept, other, at("2026-01-10T12:00:00Z")).unwrap();
    let all = mentorship::for_contact(&conn, kept).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].every_weeks, Some(6));
    assert_eq!(all[0].notes, "Writes great letters");
    assert_eq!(all[0].started_on, date(2025, 1, 1));
}
