//! The double opt-in status machine. The moves it allows:
//!
//! - proposed → asked (the asks went to both sides);
//! - proposed → declined (the user dropped it before asking);
//! - asked → accepted, with a side: that side said yes; the introduction
//!   is accepted once both have (until then it stays asked); without a
//!   side: both said yes;
//! - asked → declined, with or without a side: one said no, which ends it;
//! - accepted → introduced (the email to both went), dated.
//!
//! Anything else is refused with a sentence saying what can come next:
//! nothing goes back, nothing follows declined or introduced, and a side
//! cannot answer twice.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::store::{get, record_step};
use super::IntroductionStatus::{self, Accepted, Asked, Declined, Introduced, Proposed};
use super::{IntroError, Introduction, IntroductionId, Side};
use crate::choice::Choice;
use crate::values::Invalid;

/// Moves introduction `id` to `status` (recording `side`'s answer when
/// given) on day `on`, with the step in its history, in one transaction.
/// Returns it as it now stands.
pub fn set_status(
    conn: &mut Connection,
    id: IntroductionId,
    status: IntroductionStatus,
    side: Option<Side>,
    on: Date,
    now: Timestamp,
) -> Result<Introduction, IntroError> {
    let tx = conn.transaction()?;
    let current = get(&tx, id)?;
    let answers = (current.from.said_yes, current.to.said_yes);
    let (next, answers) = next(current.status, status, side, answers)?;
    tx.execute(
        "UPDATE introductions SET status = ?2, from_answer = ?3, to_answer = ?4,
             introduced_on = CASE WHEN ?2 = 'introduced' THEN ?5 ELSE introduced_on END
         WHERE id = ?1",
        params![
            id,
            next.name(),
            answers.0.map(yes_no),
            answers.1.map(yes_no),
            on.to_string()
        ],
    )?;
    record_step(&tx, id, status, side, on, now)?;
    let introduction = get(&tx, id)?;
    tx.commit()?;
    Ok(introduction)
}

fn yes_no(said_yes: bool) -> &'static str {
    if said_yes {
        "yes"
    } else {
        "no"
    }
}

type Answers = (Option<bool>, Option<bool>);

/// The status and answers after a move, or why the move is refused.
pub fn next(
    current: IntroductionStatus,
    asked_for: IntroductionStatus,
    side: Option<Side>,
    answers: Answers,
) -> Result<(IntroductionStatus, Answers), Invalid> {
    let refuse = |why: &str| {
        Err(Invalid::new(
            "status",
            format!(
                "An introduction that is {} cannot become {}: {why}",
                current.name(),
                asked_for.name()
            ),
        ))
    };
    if side.is_some() && !matches!(asked_for, Accepted | Declined) {
        return Err(Invalid::new(
            "side",
            "A side answers only with accepted or declined",
        ));
    }
    match (current, asked_for) {
        (Proposed, Asked) => Ok((Asked, answers)),
        (Proposed, Declined) if side.is_none() => Ok((Declined, answers)),
        (Proposed, Declined) => refuse("ask both sides first (status asked)"),
        (Asked, Accepted) => {
            let answers = match side {
                None => (Some(true), Some(true)),
                Some(side) => {
                    if said(answers, side).is_some() {
                        return refuse(&format!("{} has already answered", side_name(side)));
                    }
                    with(answers, side, true)
                }
            };
            let both = answers == (Some(true), Some(true));
            Ok((if both { Accepted } else { Asked }, answers))
        }
        (Asked, Declined) => {
            let answers = match side {
                None => answers,
                Some(side) => with(answers, side, false),
            };
            Ok((Declined, answers))
        }
        (Accepted, Introduced) => Ok((Introduced, answers)),
        (Declined, _) => refuse("a declined introduction ends there"),
        (Introduced, _) => refuse("they were already introduced"),
        (_, Proposed) => refuse("an introduction never goes back to proposed"),
        (Proposed, _) => refuse("ask both sides first (status asked)"),
        (Asked, _) => refuse("record both sides' answers first (accepted or declined)"),
        (Accepted, _) => refuse("both said yes: introduce them (status introduced)"),
    }
}

fn said(answers: Answers, side: Side) -> Option<bool> {
    match side {
        Side::From => answers.0,
        Side::To => answers.1,
    }
}

fn with(answers: Answers, side: Side, said_yes: bool) -> Answers {
    match side {
        Side::From => (Some(said_yes), answers.1),
        Side::To => (answers.0, Some(said_yes)),
    }
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::From => "The person introduced (from)",
        Side::To => "The person they are introduced to (to)",
    }
}
