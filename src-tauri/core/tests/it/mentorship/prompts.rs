//! What mentorship hands the reminder engine: a meeting when the cadence
//! runs out, a goal on its target date, and a letter's ask, send, thank
//! and outcome prompts by its status.

use curbside_core::mentorship::{
    self, GoalDraft, LetterStatus, MeetingDraft, Outcome, Role, Writer,
};
use curbside_core::values::DatedPrompt;
use jiff::civil::{date, Date};

use super::{letter_draft, mentorship_with, now, person, today};
use crate::support::db;

fn due(found: Vec<DatedPrompt>) -> Vec<(&'static str, Date, String)> {
    found.into_iter().map(|p| (p.part, p.on, p.title)).collect()
}

#[test]
fn a_meeting_is_due_a_cadence_after_the_start_then_after_the_last_meeting() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let id = mentorship_with(&mut conn, ana, Role::Mentor, Some(4), date(2025, 12, 1));
    let found = mentorship::prompts(&conn, date(2025, 12, 20), date(2026, 1, 31)).unwrap();
    assert_eq!(
        due(found),
        vec![(
            "meet",
            date(2025, 12, 29),
            "Time to meet your mentor Ana Berg".to_owned()
        )]
    );
    mentorship::log_meeting(
        &mut conn,
        id,
        &MeetingDraft {
            held_on: date(2026, 1, 6),
            notes: String::new(),
            actions: vec!["Draft the abstract".into()],
        },
        today(),
        now(),
    )
    .unwrap();
    let found = mentorship::prompts(&conn, date(2025, 12, 20), date(2026, 2, 28)).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].source, id);
    assert_eq!(found[0].on, date(2026, 2, 3));
    assert_eq!(found[0].contact_id, Some(ana));
    assert_eq!(
        found[0].context.as_deref(),
        Some("Still open from last time: Draft the abstract")
    );
    // Outside the window: nothing.
    assert!(
        mentorship::prompts(&conn, date(2026, 2, 4), date(2026, 3, 1))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_mentorship_without_a_cadence_asks_for_no_meeting() {
    let mut conn = db();
    let ben = person(&mut conn, "Ben Okafor");
    mentorship_with(&mut conn, ben, Role::Mentee, None, date(2025, 1, 1));
    assert!(
        mentorship::prompts(&conn, date(2025, 1, 1), date(2027, 1, 1))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn an_open_goal_is_due_on_its_target_date_and_a_done_one_is_not() {
    let mut conn = db();
    let ben = person(&mut conn, "Ben Okafor");
    let id = mentorship_with(&mut conn, ben, Role::Mentee, None, today());
    let goal = mentorship::add_goal(
        &mut conn,
        id,
        &GoalDraft {
            text: "Submit the ERAS application".into(),
            target_on: Some(date(2026, 3, 15)),
            done: false,
        },
    )
    .unwrap();
    let found = mentorship::prompts(&conn, date(2026, 3, 1), date(2026, 3, 31)).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].part, "goal");
    assert_eq!(found[0].source, goal.id);
    assert_eq!(
        found[0].title,
        "Goal with Ben Okafor due: Submit the ERAS application"
    );
    mentorship::update_goal(
        &mut conn,
        goal.id,
        &GoalDraft {
            text: goal.text.clone(),
            target_on: goal.target_on,
            done: true,
        },
    )
    .unwrap();
    assert!(
        mentorship::prompts(&conn, date(2026, 3, 1), date(2026, 3, 31))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn asking_a_mentor_is_prompted_six_weeks_before_the_deadline_until_asked() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let mut draft = letter_draft(ana, Writer::Them, date(2026, 9, 1));
    draft.notes = "She knows my cath lab work".into();
    let letter = mentorship::add_letter(&mut conn, &draft, today()).unwrap();
    let found = mentorship::letter_prompts(&conn, date(2026, 7, 1), date(2026, 7, 31)).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].part, "ask");
    assert_eq!(found[0].on, date(2026, 7, 21));
    assert_eq!(found[0].source, letter.id);
    assert_eq!(
        found[0].title,
        "Ask Ana Berg for a letter for Cardiology fellowship, Mass General (due 2026-09-01)"
    );
    assert_eq!(
        found[0].context.as_deref(),
        Some("She knows my cath lab work")
    );
    mentorship::set_letter_status(&mut conn, letter.id, LetterStatus::Asked, today()).unwrap();
    assert!(
        mentorship::letter_prompts(&conn, date(2026, 7, 1), date(2026, 7, 31))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_submitted_letter_is_thanked_for_then_its_outcome_reported() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let letter = mentorship::add_letter(
        &mut conn,
        &letter_draft(ana, Writer::Them, date(2026, 9, 1)),
        today(),
    )
    .unwrap();
    mentorship::set_letter_status(
        &mut conn,
        letter.id,
        LetterStatus::Submitted,
        date(2026, 8, 20),
    )
    .unwrap();
    let whole_year = |conn: &rusqlite::Connection| {
        mentorship::letter_prompts(conn, date(2026, 1, 1), date(2026, 12, 31)).unwrap()
    };
    assert_eq!(
        due(whole_year(&conn)),
        vec![
            (
                "thank",
                date(2026, 8, 20),
                "Thank Ana Berg for the letter for Cardiology fellowship, Mass General".to_owned()
            ),
            (
                "outcome",
                date(2026, 10, 27),
                "Tell Ana Berg how Cardiology fellowship, Mass General turned out".to_owned()
            ),
        ]
    );
    mentorship::set_letter_status(
        &mut conn,
        letter.id,
        LetterStatus::Thanked,
        date(2026, 8, 22),
    )
    .unwrap();
    assert_eq!(
        due(whole_year(&conn))
            .into_iter()
            .map(|(part, _, _)| part)
            .collect::<Vec<_>>(),
        vec!["outcome"]
    );
    mentorship::set_letter_outcome(&mut conn, letter.id, Outcome::Accepted).unwrap();
    assert!(whole_year(&conn).is_empty());
}

#[test]
fn a_letter_the_user_owes_a_mentee_is_prompted_two_weeks_before_its_deadline() {
    let mut conn = db();
    let ben = person(&mut conn, "Ben Okafor");
    let mut draft = letter_draft(ben, Writer::Me, date(2026, 10, 15));
    draft.program = mentorship::Program::Residency;
    draft.program_name = "Internal medicine residency".into();
    draft.decision_on = Some(date(2027, 3, 20));
    let letter = mentorship::add_letter(&mut conn, &draft, today()).unwrap();
    let all = |conn: &rusqlite::Connection| {
        mentorship::letter_prompts(conn, date(2026, 1, 1), date(2027, 12, 31)).unwrap()
    };
    // Not asked yet: nothing is owed.
    assert!(all(&conn).is_empty());
    mentorship::set_letter_status(&mut conn, letter.id, LetterStatus::Agreed, today()).unwrap();
    assert_eq!(
        due(all(&conn)),
        vec![(
            "send",
            date(2026, 10, 1),
            "Send your letter for Ben Okafor to Internal medicine residency by 2026-10-15"
                .to_owned()
        )]
    );
    mentorship::set_letter_status(
        &mut conn,
        letter.id,
        LetterStatus::Submitted,
        date(2026, 10, 2),
    )
    .unwrap();
    // No thanks to send oneself; the outcome on the program's decision day.
    assert_eq!(
        due(all(&conn)),
        vec![(
            "outcome",
            date(2027, 3, 20),
            "Ask Ben Okafor how Internal medicine residency turned out".to_owned()
        )]
    );
}
