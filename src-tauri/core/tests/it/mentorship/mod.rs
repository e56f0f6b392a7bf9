//! Mentorship: mentors and mentees with goals, meetings and action items,
//! letters of recommendation, and what they hand the reminder engine.

mod goal_uids;
mod letters;
mod mentorships;
mod prompts;

use curbside_core::mentorship::{
    self, GoalDraft, LetterDraft, LetterStatus, MeetingDraft, MentorshipDraft, Outcome, Program,
    Role, Writer,
};
use curbside_core::values::ContactId;
use jiff::civil::{date, Date};
use jiff::Timestamp;
use rusqlite::Connection;

/// A contact named `name`.
pub(crate) fn person(conn: &mut Connection, name: &str) -> ContactId {
    crate::support::person(conn, name)
}

/// The day these tests call today.
pub(crate) fn today() -> Date {
    date(2026, 1, 10)
}

/// Noon of [`today`], UTC.
pub(crate) fn now() -> Timestamp {
    "2026-01-10T12:00:00Z".parse().unwrap()
}

/// A mentorship with `contact` as `role`, every `weeks`, begun on `since`.
pub(crate) fn mentorship_with(
    conn: &mut Connection,
    contact: ContactId,
    role: Role,
    weeks: Option<u32>,
    since: Date,
) -> i64 {
    mentorship::add(
        conn,
        &MentorshipDraft {
            contact_id: contact,
            role,
            every_weeks: weeks,
            started_on: Some(since),
            notes: String::new(),
        },
        today(),
    )
    .unwrap()
    .id
}

/// A letter draft for `contact`, written by `writer`, due `deadline`.
pub(crate) fn letter_draft(contact: ContactId, writer: Writer, deadline: Date) -> LetterDraft {
    LetterDraft {
        contact_id: contact,
        writer,
        program: Program::Fellowship,
        program_name: "Cardiology fellowship, Mass General".into(),
        deadline,
        decision_on: None,
        status: LetterStatus::ToAsk,
        outcome: Outcome::Pending,
        notes: String::new(),
    }
}

/// Something in every mentorship table, for the whole-book tests: `mentor`
/// is the user's mentor with a goal and a meeting with an action item, and
/// writes a letter for the user.
pub(crate) fn fill_rich_book(conn: &mut Connection, mentor: ContactId) {
    let id = mentorship_with(conn, mentor, Role::Mentor, Some(4), date(2025, 9, 1));
    mentorship::add_goal(
        conn,
        id,
        &GoalDraft {
            text: "First-author paper".into(),
            target_on: Some(date(2026, 6, 30)),
            done: false,
        },
    )
    .unwrap();
    mentorship::log_meeting(
        conn,
        id,
        &MeetingDraft {
            held_on: date(2026, 1, 5),
            notes: "Talked about the fellowship".into(),
            actions: vec!["Send the draft".into()],
        },
        today(),
        now(),
    )
    .unwrap();
    // The rich book's tests know its one interaction: the meeting's own
    // goes (the meeting stays).
    let logged: i64 = conn
        .query_row("SELECT max(id) FROM interactions", [], |row| row.get(0))
        .unwrap();
    curbside_core::interactions::delete(conn, logged).unwrap();
    mentorship::add_letter(
        conn,
        &letter_draft(mentor, Writer::Them, date(2026, 9, 1)),
        today(),
    )
    .unwrap();
}
