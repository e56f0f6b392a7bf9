//! What mentorship hands the reminder engine ([`DatedPrompt`]s), read by
//! the indexes of migration 017:
//!
//! - kind Mentoring, [`prompts`]: part `meet`, source the mentorship, on
//!   the day its cadence runs out since the last meeting (or since it
//!   began); part `goal`, source the goal, on an open goal's target date.
//! - kind LetterRequest, [`letter_prompts`], source the letter request:
//!   `ask` ([`ASK_WEEKS_BEFORE`] weeks before the deadline while the user
//!   has still to ask the writer), `send` ([`SEND_DAYS_BEFORE`] days before
//!   the deadline while the user owes a mentee the letter), `thank` (the
//!   day a mentor's letter was submitted, until they are thanked) and
//!   `outcome` (the program's decision day, or [`OUTCOME_WEEKS_AFTER`]
//!   weeks after the deadline, until the outcome is recorded: tell the
//!   mentor, or ask the mentee).

use jiff::civil::Date;
use jiff::Span;
use rusqlite::{params, Connection};

use super::letters::{letter_row, COLUMNS};
use super::mentorships::{date_column, next_meeting, optional_date_column};
use super::model::{LetterRequest, Role, Writer};
use crate::values::DatedPrompt;

/// Ask a writer this many weeks before the program's deadline.
pub const ASK_WEEKS_BEFORE: i64 = 6;
/// Send a letter the user owes this many days before the deadline.
pub const SEND_DAYS_BEFORE: i64 = 14;
/// Without a decision date, ask about the outcome this many weeks after
/// the deadline.
pub const OUTCOME_WEEKS_AFTER: i64 = 8;

/// The meetings and goals due on days `first..=last` (the reminder engine
/// asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut found = meetings_due(conn, first, last)?;
    found.extend(goals_due(conn, first, last)?);
    Ok(found)
}

/// The prompts about letters of recommendation due on days `first..=last`
/// (ask early, send thanks, report the outcome), raised as their own kind.
pub fn letter_prompts(
    conn: &Connection,
    first: Date,
    last: Date,
) -> rusqlite::Result<Vec<DatedPrompt>> {
    let ask = ASK_WEEKS_BEFORE * 7;
    let after = OUTCOME_WEEKS_AFTER * 7;
    let mut found = Vec::new();
    // Each part reads the requests whose day falls in the window, by the
    // index on the column the day is counted from.
    let parts: [(&'static str, &str, Date, Date); 5] = [
        (
            "ask",
            "l.deadline BETWEEN ?1 AND ?2 AND l.writer = 'them' AND l.status = 'to_ask'",
            shift(first, ask),
            shift(last, ask),
        ),
        (
            "send",
            "l.deadline BETWEEN ?1 AND ?2 AND l.writer = 'me' AND l.status IN ('asked', 'agreed')",
            shift(first, SEND_DAYS_BEFORE),
            shift(last, SEND_DAYS_BEFORE),
        ),
        (
            "thank",
            "l.submitted_on BETWEEN ?1 AND ?2 AND l.writer = 'them' AND l.status = 'submitted'",
            first,
            last,
        ),
        (
            "outcome",
            "l.decision_on BETWEEN ?1 AND ?2 AND l.status IN ('submitted', 'thanked') AND l.outcome = 'pending'",
            first,
            last,
        ),
        (
            "outcome",
            "l.deadline BETWEEN ?1 AND ?2 AND l.decision_on IS NULL AND l.status IN ('submitted', 'thanked') AND l.outcome = 'pending'",
            shift(first, -after),
            shift(last, -after),
        ),
    ];
    for (part, filter, from, to) in parts {
        let mut statement = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM letter_requests l JOIN contacts c ON c.id = l.contact_id
             WHERE {filter} ORDER BY l.id"
        ))?;
        let rows = statement.query_map(params![from.to_string(), to.to_string()], letter_row)?;
        for letter in rows {
            found.push(letter_prompt(part, &letter?));
        }
    }
    Ok(found)
}

fn letter_prompt(part: &'static str, letter: &LetterRequest) -> DatedPrompt {
    let name = &letter.contact_name;
    let program = &letter.program_name;
    let deadline = letter.deadline;
    let (on, title) = match part {
        "ask" => (
            shift(deadline, -ASK_WEEKS_BEFORE * 7),
            format!("Ask {name} for a letter for {program} (due {deadline})"),
        ),
        "send" => (
            shift(deadline, -SEND_DAYS_BEFORE),
            format!("Send your letter for {name} to {program} by {deadline}"),
        ),
        "thank" => (
            letter.submitted_on.unwrap_or(deadline),
            format!("Thank {name} for the letter for {program}"),
        ),
        _ => (
            letter
                .decision_on
                .unwrap_or_else(|| shift(deadline, OUTCOME_WEEKS_AFTER * 7)),
            match letter.writer {
                Writer::Them => format!("Tell {name} how {program} turned out"),
                Writer::Me => format!("Ask {name} how {program} turned out"),
            },
        ),
    };
    DatedPrompt {
        source: letter.id,
        part,
        on,
        contact_id: Some(letter.contact_id),
        event_id: None,
        title,
        context: non_empty(&letter.notes),
    }
}

/// A meeting is due a cadence after the last one (or after the start).
/// Mentorships are few; each one's last meeting is read by its index.
fn meetings_due(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut statement = conn.prepare_cached(
        "SELECT m.id, m.contact_id, c.display_name, m.role, m.every_weeks, m.notes,
                COALESCE((SELECT MAX(held_on) FROM mentorship_meetings WHERE mentorship_id = m.id),
                         m.started_on)
         FROM mentorships m JOIN contacts c ON c.id = m.contact_id
         WHERE m.every_weeks IS NOT NULL
         ORDER BY m.id",
    )?;
    let mut rows = statement.query([])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let weeks: u32 = row.get(4)?;
        let since = date_column(row, 6)?;
        let Some(on) = next_meeting(since, weeks) else {
            continue;
        };
        if on < first || on > last {
            continue;
        }
        let id: i64 = row.get(0)?;
        let name: String = row.get(2)?;
        let role: String = row.get(3)?;
        let title = match crate::choice::parse::<Role>(&role) {
            Ok(Role::Mentee) => format!("Time to meet your mentee {name}"),
            _ => format!("Time to meet your mentor {name}"),
        };
        let notes: String = row.get(5)?;
        let open = open_actions(conn, id)?;
        let context = if open.is_empty() {
            non_empty(&notes)
        } else {
            Some(format!("Still open from last time: {}", open.join("; ")))
        };
        found.push(DatedPrompt {
            source: id,
            part: "meet",
            on,
            contact_id: Some(row.get(1)?),
            event_id: None,
            title,
            context,
        });
    }
    Ok(found)
}

/// The open action items of a mentorship's last meeting.
fn open_actions(conn: &Connection, mentorship: i64) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare_cached(
        "SELECT text FROM mentorship_actions
         WHERE mentorship_id = ?1 AND done = 0 AND meeting_number = (
             SELECT number FROM mentorship_meetings WHERE mentorship_id = ?1
             ORDER BY held_on DESC, number DESC LIMIT 1)
         ORDER BY id",
    )?;
    let open = statement
        .query_map([mentorship], |row| row.get(0))?
        .collect::<Result<_, _>>();
    open
}

/// Open goals whose target date falls in the window, by the partial index
/// on target dates.
fn goals_due(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut statement = conn.prepare_cached(
        "SELECT g.id, g.text, g.target_on, m.contact_id, c.display_name
         FROM mentorship_goals g
         JOIN mentorships m ON m.id = g.mentorship_id
         JOIN contacts c ON c.id = m.contact_id
         WHERE g.done = 0 AND g.target_on BETWEEN ?1 AND ?2
         ORDER BY g.target_on, g.id",
    )?;
    let mut rows = statement.query(params![first.to_string(), last.to_string()])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let Some(on) = optional_date_column(row, 2)? else {
            continue;
        };
        let text: String = row.get(1)?;
        let name: String = row.get(4)?;
        found.push(DatedPrompt {
            source: row.get(0)?,
            part: "goal",
            on,
            contact_id: Some(row.get(3)?),
            event_id: None,
            title: format!("Goal with {name} due: {text}"),
            context: Some(text),
        });
    }
    Ok(found)
}

/// `date` moved by `days`, held at the calendar's ends.
fn shift(date: Date, days: i64) -> Date {
    date.checked_add(Span::new().days(days))
        .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
