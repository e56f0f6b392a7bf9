//! A mentorship's goals between two computers: each keeps its uid (and its
//! row) through syncs, and what the user did with a goal's prompt on one
//! computer holds on the other, so it is not raised there again.

use super::{add, book, sync};
use crate::support::at;
use curbside_core::mentorship::{self, GoalDraft, MentorshipDraft, Role};
use curbside_core::reminders;
use curbside_core::sync::remote::memory::MemoryServer;
use jiff::civil::date;
use rusqlite::Connection;

/// (text, uid, done) of every goal, by text.
fn goals(conn: &Connection) -> Vec<(String, String, bool)> {
    conn.prepare("SELECT text, uid, done FROM mentorship_goals ORDER BY text")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn goal_id(conn: &Connection, text: &str) -> i64 {
    conn.query_row(
        "SELECT id FROM mentorship_goals WHERE text = ?1",
        [text],
        |row| row.get(0),
    )
    .unwrap()
}

/// The goal prompts due on the goal's target day, in the afternoon.
fn goal_prompts(conn: &Connection) -> Vec<String> {
    reminders::due(
        conn,
        at("2026-03-15T16:00:00Z"),
        &jiff::tz::TimeZone::UTC,
        jiff::SignedDuration::ZERO,
    )
    .unwrap()
    .into_iter()
    .map(|reminder| reminder.id)
    .filter(|id| id.starts_with("mentoring:") && id.contains(":goal:"))
    .collect()
}

/// A book with a mentor and two goals, the first due on 2026-03-15.
fn mentor_with_goals(conn: &mut Connection) -> i64 {
    let ana = add(conn, "Dr. Ana Berg").id;
    let id = mentorship::add(
        conn,
        &MentorshipDraft {
            contact_id: ana,
            role: Role::Mentor,
            every_weeks: None,
            started_on: Some(date(2026, 1, 5)),
            notes: String::new(),
        },
        date(2026, 1, 10),
    )
    .unwrap()
    .id;
    for (text, target_on) in [
        ("Submit the ERAS application", Some(date(2026, 3, 15))),
        ("First-author paper", None),
    ] {
        mentorship::add_goal(
            conn,
            id,
            &GoalDraft {
                text: text.into(),
                target_on,
                done: false,
            },
        )
        .unwrap();
    }
    id
}

#[test]
fn goals_travel_with_their_uids_and_keep_their_rows_through_edits() {
    let mut server = MemoryServer::new();
    let mut a = book();
    // A contact first on B, so the books number their rows differently.
    let mut b = book();
    add(&mut b, "Dr. Someone Else");
    mentor_with_goals(&mut a);
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    assert_eq!(goals(&b), goals(&a), "the same goals, the same uids");

    // B marks a goal reached; A receives it on the same row.
    let paper_on_a = goal_id(&a, "First-author paper");
    let paper_on_b = goal_id(&b, "First-author paper");
    mentorship::update_goal(
        &mut b,
        paper_on_b,
        &GoalDraft {
            text: "First-author paper".into(),
            target_on: None,
            done: true,
        },
    )
    .unwrap();
    sync(&mut b, &mut server);
    let report = sync(&mut a, &mut server);
    assert_eq!(report.conflicts, 0, "{report:?}");
    assert_eq!(goal_id(&a, "First-author paper"), paper_on_a, "same row");
    assert_eq!(goals(&a), goals(&b));
    assert!(goals(&a)
        .iter()
        .any(|(text, _, done)| text == "First-author paper" && *done));

    // A deletes a goal: it goes on B too, and nothing else does.
    mentorship::delete_goal(&mut a, paper_on_a).unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    assert_eq!(goals(&b), goals(&a));
    assert_eq!(goals(&b).len(), 1);
}

#[test]
fn a_goal_prompt_done_on_one_computer_is_not_raised_on_the_other() {
    let mut server = MemoryServer::new();
    let mut a = book();
    let mut b = book();
    add(&mut b, "Dr. Someone Else");
    mentor_with_goals(&mut a);
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    let on_a = goal_prompts(&a);
    assert_eq!(on_a.len(), 1, "{on_a:?}");
    assert_eq!(goal_prompts(&b).len(), 1, "due on both computers");

    reminders::done(&mut a, &on_a[0], at("2026-03-15T16:05:00Z")).unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    assert_eq!(
        goal_prompts(&b),
        Vec::<String>::new(),
        "done on A: not raised on B"
    );

    // An edit of the mentorship's goals on A (a new text) keeps B's goal
    // row, and with it the state.
    let eras = goal_id(&a, "Submit the ERAS application");
    mentorship::update_goal(
        &mut a,
        eras,
        &GoalDraft {
            text: "Submit the ERAS application (cardiology)".into(),
            target_on: Some(date(2026, 3, 15)),
            done: false,
        },
    )
    .unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    assert_eq!(goal_prompts(&b), Vec::<String>::new(), "still done on B");
    assert_eq!(goal_prompts(&a), Vec::<String>::new(), "and on A");
}

#[test]
fn a_goal_prompt_done_before_the_first_sync_arrives_with_its_goal() {
    let mut server = MemoryServer::new();
    let mut a = book();
    mentor_with_goals(&mut a);
    let on_a = goal_prompts(&a);
    reminders::snooze(
        &mut a,
        &on_a[0],
        at("2026-03-20T08:00:00Z"),
        at("2026-03-15T16:05:00Z"),
    )
    .unwrap();
    sync(&mut a, &mut server);
    let mut b = book();
    add(&mut b, "Dr. Someone Else");
    add(&mut b, "Dr. Another One");
    sync(&mut b, &mut server);
    assert_eq!(goal_prompts(&b), Vec::<String>::new(), "snoozed on B too");
    let until: String = b
        .query_row(
            "SELECT until FROM reminder_states WHERE reminder_id LIKE 'mentoring:%:goal:%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert!(until.starts_with("2026-03-20T08:00:00"), "{until}");
}

#[test]
fn two_mentorships_merged_on_one_computer_are_one_on_the_other_with_their_goals_states() {
    let mut server = MemoryServer::new();
    let mut a = book();
    let first = mentor_with_goals(&mut a);
    let second_card = add(&mut a, "Ana Berg").id;
    let second = mentorship::add(
        &mut a,
        &MentorshipDraft {
            contact_id: second_card,
            role: Role::Mentor,
            every_weeks: Some(4),
            started_on: Some(date(2026, 1, 5)),
            notes: String::new(),
        },
        date(2026, 1, 10),
    )
    .unwrap()
    .id;
    mentorship::add_goal(
        &mut a,
        second,
        &GoalDraft {
            text: "Present at ACC".into(),
            target_on: Some(date(2026, 3, 15)),
            done: false,
        },
    )
    .unwrap();
    let due = goal_prompts(&a);
    assert_eq!(due.len(), 2, "{due:?}");
    let acc = format!(
        "mentoring:{}:goal:2026-03-15",
        goal_id(&a, "Present at ACC")
    );
    reminders::dismiss(&mut a, &acc, at("2026-03-15T16:05:00Z")).unwrap();
    sync(&mut a, &mut server);
    let mut b = book();
    sync(&mut b, &mut server);
    assert_eq!(goal_prompts(&b).len(), 1);

    let kept_card: i64 = a
        .query_row(
            "SELECT contact_id FROM mentorships WHERE id = ?1",
            [first],
            |row| row.get(0),
        )
        .unwrap();
    curbside_core::operations::merge(&mut a, kept_card, second_card, at("2026-03-15T17:00:00Z"))
        .unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    let on_b: i64 = b
        .query_row("SELECT count(*) FROM mentorships", [], |row| row.get(0))
        .unwrap();
    assert_eq!(on_b, 1, "one mentorship on B too");
    assert_eq!(goals(&b), goals(&a));
    assert_eq!(goals(&b).len(), 3);
    // Only the goal not dismissed is due, on B as on A (each names its own
    // row).
    let eras = |conn: &Connection| {
        vec![format!(
            "mentoring:{}:goal:2026-03-15",
            goal_id(conn, "Submit the ERAS application")
        )]
    };
    assert_eq!(goal_prompts(&a), eras(&a));
    assert_eq!(
        goal_prompts(&b),
        eras(&b),
        "the dismissed goal stays dismissed"
    );
}
