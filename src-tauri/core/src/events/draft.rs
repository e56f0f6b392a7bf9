//! Checks and tidies what the user wrote before it is stored: every rule an
//! event must follow, with a message that says which field is wrong.

use super::recurrence;
use super::timing::Timing;
use super::{EventDraft, EventKind, EventStatus};
use crate::values::{limits, single_line, Invalid};

/// The longest UID kept.
const UID: usize = 1_000;

/// A checked draft, ready to store.
pub(super) struct Clean {
    pub kind: EventKind,
    pub title: String,
    pub organizer: String,
    pub timing: Timing,
    pub location: String,
    pub online: bool,
    pub url: String,
    pub notes: String,
    pub expected_credits: Option<f64>,
    pub cost: String,
    pub status: EventStatus,
    /// The RRULE value, normalized; empty for a single event.
    pub recurrence: String,
    /// Removed occurrences, named canonically, sorted, without repeats;
    /// empty for a single event.
    pub excluded: Vec<String>,
    /// Empty when the draft gave none.
    pub uid: String,
}

/// Checks a draft.
pub(super) fn clean(draft: &EventDraft) -> Result<Clean, Invalid> {
    let title = single_line("title", "The title", &draft.title, limits::SHORT_TEXT)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "The title is required"));
    }
    let timing = Timing::from_draft(&draft.timing)?;
    let recurrence = recurrence::normalize(&draft.recurrence)?;
    recurrence::check(&recurrence, &timing)?;
    let mut excluded = Vec::new();
    if !recurrence.is_empty() {
        for text in &draft.excluded {
            excluded.push(timing.parse_label(text, "excluded")?);
        }
        excluded.sort();
        excluded.dedup();
    }
    if let Some(credits) = draft.expected_credits {
        if !credits.is_finite() || credits < 0.0 {
            return Err(Invalid::new(
                "expected_credits",
                "Expected credits must be a number of hours, zero or more",
            ));
        }
        if credits > 1_000.0 {
            return Err(Invalid::new(
                "expected_credits",
                "Expected credits cannot be more than 1000 hours",
            ));
        }
    }
    let notes = draft.notes.trim_end().to_owned();
    if notes.chars().count() > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "The notes are too long (the limit is {} characters)",
                limits::NOTES
            ),
        ));
    }
    Ok(Clean {
        kind: draft.kind,
        title,
        organizer: single_line(
            "organizer",
            "The organiser",
            &draft.organizer,
            limits::SHORT_TEXT,
        )?,
        timing,
        location: single_line("location", "The venue", &draft.location, limits::SHORT_TEXT)?,
        online: draft.online,
        url: single_line("url", "The link", &draft.url, limits::URL)?,
        notes,
        expected_credits: draft.expected_credits,
        cost: single_line("cost", "The cost", &draft.cost, limits::SHORT_TEXT)?,
        status: draft.status,
        recurrence,
        excluded,
        uid: single_line("uid", "The UID", &draft.uid, UID)?,
    })
}

/// A made-up iCalendar UID: 128 random bits in hex, `@curbside`.
pub(super) fn new_uid() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No randomness from the OS: the clock and a counter are unique
        // enough for one database, whose unique index has the last word.
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let now = jiff::Timestamp::now().as_nanosecond();
        bytes[..8].copy_from_slice(&(now as u64).to_le_bytes());
        bytes[8..].copy_from_slice(&COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}@curbside")
}
