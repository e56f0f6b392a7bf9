//! What a networking workflow (a referral, an introduction, a letter of
//! recommendation, an opportunity, a membership, the user's own profile)
//! hands the reminder engine: one dated prompt about one of its rows. The
//! engine decides the kind (by which workflow gave it), the time of day, the
//! lead time, quiet hours, snoozes and "exactly once"; the workflow only says
//! what is due on which day and why.

use jiff::civil::Date;

use super::{ContactId, EventId};

/// One prompt a workflow wants raised on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedPrompt {
    /// The row it is about, in the workflow's own table (an AUTOINCREMENT
    /// id, never given twice, so a reminder's id never lands on a new row).
    pub source: i64,
    /// Which of the row's prompts it is, when a row has several (a letter
    /// request's "ask" and "thank"); a few lowercase ASCII letters, or
    /// empty. Part of the reminder's id: never change it for a prompt.
    pub part: &'static str,
    /// The day it is due (before the kind's lead time, which moves it
    /// earlier): a deadline, a renewal date, a referral's date plus the delay.
    pub on: Date,
    /// The person it is about, when there is one (drafts go to them).
    pub contact_id: Option<ContactId>,
    /// The event it is about, when there is one.
    pub event_id: Option<EventId>,
    /// What to do, as the Today list shows it: "Thank Anna Berg for the
    /// referral".
    pub title: String,
    /// What the user wrote that the prompt and its draft quote, if any.
    pub context: Option<String>,
}
