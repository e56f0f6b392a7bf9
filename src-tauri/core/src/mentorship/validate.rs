//! The rules a mentorship, goal, meeting or letter draft must follow before
//! it is stored, with messages for the person who typed it. What is stored
//! is the cleaned draft, so reading it back gives the same values.

use jiff::civil::Date;

use super::model::{GoalDraft, LetterDraft, MeetingDraft};
use crate::values::{limits, single_line, Invalid};

/// The longest a goal or an action item may be, in characters.
pub const ITEM: usize = 500;
/// The most action items one meeting may have.
pub const ACTIONS: usize = 50;
/// The longest cadence, in weeks (two years).
pub const MAX_WEEKS: u32 = 104;

/// A cadence of 1 to [`MAX_WEEKS`] weeks, or none.
pub(super) fn cadence(every_weeks: Option<u32>) -> Result<Option<u32>, Invalid> {
    match every_weeks {
        Some(weeks) if weeks == 0 || weeks > MAX_WEEKS => Err(Invalid::new(
            "every_weeks",
            format!("Meet every 1 to {MAX_WEEKS} weeks (or leave the cadence empty)"),
        )),
        other => Ok(other),
    }
}

/// A goal's text on one line, required, and a plausible target date.
pub(super) fn goal(draft: &GoalDraft) -> Result<GoalDraft, Invalid> {
    let text = single_line("text", "The goal", &draft.text, ITEM)?;
    if text.is_empty() {
        return Err(Invalid::new("text", "Say what the goal is"));
    }
    let target_on = draft
        .target_on
        .map(|day| plausible_date("target_on", "The target date", day))
        .transpose()?;
    Ok(GoalDraft {
        text,
        target_on,
        done: draft.done,
    })
}

/// A meeting's date (not after `today`), notes and action items (blank
/// items left out).
pub(super) fn meeting(draft: &MeetingDraft, today: Date) -> Result<MeetingDraft, Invalid> {
    let held_on = plausible_date("held_on", "The meeting's date", draft.held_on)?;
    if held_on > today {
        return Err(Invalid::new(
            "held_on",
            format!(
                "The meeting's date ({held_on}) is after today: log a meeting once it was held"
            ),
        ));
    }
    let mut actions = Vec::with_capacity(draft.actions.len());
    for action in &draft.actions {
        let text = single_line("actions", "An action item", action, ITEM)?;
        if !text.is_empty() {
            actions.push(text);
        }
    }
    if actions.len() > ACTIONS {
        return Err(Invalid::new(
            "actions",
            format!("A meeting can have at most {ACTIONS} action items"),
        ));
    }
    Ok(MeetingDraft {
        held_on,
        notes: notes(&draft.notes)?,
        actions,
    })
}

/// A letter request's program name (required, one line), dates (the
/// decision not before the deadline) and notes.
pub(super) fn letter(draft: &LetterDraft) -> Result<LetterDraft, Invalid> {
    let program_name = single_line(
        "program_name",
        "The program's name",
        &draft.program_name,
        limits::SHORT_TEXT,
    )?;
    if program_name.is_empty() {
        return Err(Invalid::new(
            "program_name",
            "Name the program (for example \"Cardiology fellowship, Mass General\")",
        ));
    }
    let deadline = plausible_date("deadline", "The deadline", draft.deadline)?;
    let decision_on = draft
        .decision_on
        .map(|day| plausible_date("decision_on", "The decision date", day))
        .transpose()?;
    if let Some(decision) = decision_on {
        if decision < deadline {
            return Err(Invalid::new(
                "decision_on",
                format!("The decision date ({decision}) is before the deadline ({deadline})"),
            ));
        }
    }
    Ok(LetterDraft {
        program_name,
        deadline,
        decision_on,
        notes: notes(&draft.notes)?,
        ..draft.clone()
    })
}

/// Dates are stored as text and compared as text, which needs four-digit
/// years; a year outside 1900–2200 is a typing slip anyway.
pub(super) fn plausible_date(
    field: &'static str,
    label: &str,
    date: Date,
) -> Result<Date, Invalid> {
    if (1900..=2200).contains(&date.year()) {
        Ok(date)
    } else {
        Err(Invalid::new(
            field,
            format!("{label} ({date}) looks mistyped: the year should be between 1900 and 2200"),
        ))
    }
}

/// Notes, trimmed at the end, within the notes limit.
pub(super) fn notes(value: &str) -> Result<String, Invalid> {
    let notes = value.trim_end();
    if notes.chars().count() > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "The notes are too long (the limit is {} characters)",
                limits::NOTES
            ),
        ));
    }
    Ok(notes.to_owned())
}
