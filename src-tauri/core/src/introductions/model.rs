//! The introduction types that cross into the UI, the shell and the CLI's
//! JSON.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::ContactId;

/// An introduction's id (AUTOINCREMENT: a reminder id names it).
pub type IntroductionId = i64;

/// Where an introduction is in the double opt-in flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IntroductionStatus {
    /// The user thought of it; neither side asked yet.
    Proposed,
    /// Both sides were asked whether they would like it.
    Asked,
    /// Both said yes: the introduction email can go.
    Accepted,
    /// One side said no (or the user dropped it): it ends here.
    Declined,
    /// The introduction email went to both.
    Introduced,
}

crate::choices!(IntroductionStatus, deserialize, "status", [
    Proposed = "proposed": "Thought of; neither side asked yet",
    Asked = "asked": "Both sides asked whether they would like it",
    Accepted = "accepted": "Said yes (with --side, one side; both: accepted)",
    Declined = "declined": "Said no, or dropped: it ends here",
    Introduced = "introduced": "The introduction went to both",
]);

/// One of the two people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// A, the person introduced.
    From,
    /// B, the person A is introduced to.
    To,
}

crate::choices!(Side, deserialize, "side", [
    From = "from": "A, the person introduced",
    To = "to": "B, the person A is introduced to",
]);

/// One of the two people, as the book knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IntroPerson {
    /// Their contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name as shown.
    pub name: String,
    /// What the book knows of them in a line: "Cardiology, Charité".
    pub line: String,
    /// Their answer to the ask: yes, no, or not yet (`null`).
    pub said_yes: Option<bool>,
}

/// One change of status, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IntroductionStep {
    /// The status it moved to (for an answer: accepted or declined).
    pub status: IntroductionStatus,
    /// Whose answer it records, if one side's.
    pub side: Option<Side>,
    /// The day.
    #[ts(type = "string")]
    pub on: Date,
}

/// An introduction, with both people and its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Introduction {
    /// Its id.
    #[ts(type = "number")]
    pub id: IntroductionId,
    /// A, the person introduced.
    pub from: IntroPerson,
    /// B, the person A is introduced to.
    pub to: IntroPerson,
    /// Why they should meet.
    pub reason: String,
    /// Where it is in the flow.
    pub status: IntroductionStatus,
    /// The day they were introduced, once they were.
    #[ts(type = "string | null")]
    pub introduced_on: Option<Date>,
    /// Every change of status, oldest first.
    pub steps: Vec<IntroductionStep>,
}

/// A new introduction: A to B, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IntroductionDraft {
    /// A, the person introduced.
    #[ts(type = "number")]
    pub from_contact_id: ContactId,
    /// B, the person A is introduced to.
    #[ts(type = "number")]
    pub to_contact_id: ContactId,
    /// Why they should meet.
    pub reason: String,
}
