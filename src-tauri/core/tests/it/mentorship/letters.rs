//! Letter requests: their status steps, the day one was submitted, and bad
//! input.

use curbside_core::mentorship::{self, LetterStatus, MentorshipError, Outcome, Writer};
use jiff::civil::date;

use super::{letter_draft, person, today};
use crate::support::db;

#[test]
fn a_letter_moves_through_its_statuses_and_remembers_when_it_was_submitted() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let letter = mentorship::add_letter(
        &mut conn,
        &letter_draft(ana, Writer::Them, date(2026, 9, 1)),
        today(),
    )
    .unwrap();
    assert_eq!(letter.status, LetterStatus::ToAsk);
    assert_eq!(letter.submitted_on, None);
    for status in [LetterStatus::Asked, LetterStatus::Agreed] {
        let moved = mentorship::set_letter_status(&mut conn, letter.id, status, today()).unwrap();
        assert_eq!(moved.status, status);
        assert_eq!(moved.submitted_on, None);
    }
    let submitted = mentorship::set_letter_status(
        &mut conn,
        letter.id,
        LetterStatus::Submitted,
        date(2026, 8, 20),
    )
    .unwrap();
    assert_eq!(submitted.submitted_on, Some(date(2026, 8, 20)));
    let thanked = mentorship::set_letter_status(
        &mut conn,
        letter.id,
        LetterStatus::Thanked,
        date(2026, 8, 25),
    )
    .unwrap();
    assert_eq!(thanked.submitted_on, Some(date(2026, 8, 20)));
    let back =
        mentorship::set_letter_status(&mut conn, letter.id, LetterStatus::Agreed, today()).unwrap();
    assert_eq!(back.submitted_on, None);
    let outcome = mentorship::set_letter_outcome(&mut conn, letter.id, Outcome::Accepted).unwrap();
    assert_eq!(outcome.outcome, Outcome::Accepted);
    assert_eq!(
        mentorship::letters_for_contact(&conn, ana).unwrap().len(),
        1
    );
}

#[test]
fn a_letter_without_a_program_name_or_with_a_decision_before_its_deadline_is_refused() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let mut nameless = letter_draft(ana, Writer::Me, date(2026, 9, 1));
    nameless.program_name = " ".into();
    let error = mentorship::add_letter(&mut conn, &nameless, today()).unwrap_err();
    assert!(
        matches!(&error, MentorshipError::Invalid(i) if i.message.starts_with("Name the program"))
    );
    let mut early = letter_draft(ana, Writer::Me, date(2026, 9, 1));
    early.decision_on = Some(date(2026, 8, 1));
    let error = mentorship::add_letter(&mut conn, &early, today()).unwrap_err();
    assert!(
        matches!(&error, MentorshipError::Invalid(i) if i.message.contains("before the deadline"))
    );
    let unknown = mentorship::add_letter(
        &mut conn,
        &letter_draft(404, Writer::Me, date(2026, 9, 1)),
        today(),
    )
    .unwrap_err();
    assert!(matches!(
        unknown,
        MentorshipError::NotFound {
            what: "contact",
            id: 404
        }
    ));
    assert!(matches!(
        mentorship::set_letter_status(&mut conn, 77, LetterStatus::Asked, today()),
        Err(MentorshipError::NotFound {
            what: "letter request",
            id: 77
        })
    ));
    assert!(mentorship::letters(&conn).unwrap().is_empty());
}

#[test]
fn a_letter_is_listed_by_its_deadline_and_can_be_deleted() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Berg");
    let late = mentorship::add_letter(
        &mut conn,
        &letter_draft(ana, Writer::Them, date(2026, 12, 1)),
        today(),
    )
    .unwrap();
    mentorship::add_letter(
        &mut conn,
        &letter_draft(ana, Writer::Them, date(2026, 3, 1)),
        today(),
    )
    .unwrap();
    let deadlines: Vec<_> = mentorship::letters(&conn)
        .unwrap()
        .into_iter()
        .map(|l| l.deadline)
        .collect();
    assert_eq!(deadlines, vec![date(2026, 3, 1), date(2026, 12, 1)]);
    mentorship::delete_letter(&mut conn, late.id).unwrap();
    assert_eq!(mentorship::letters(&conn).unwrap().len(), 1);
}
