//! The mentorship types that cross into the UI and the CLI's JSON: a
//! mentorship with its goals and meetings, and a letter of recommendation
//! asked for.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::ContactId;

/// What the contact is to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The user's mentor.
    Mentor,
    /// The user's mentee.
    Mentee,
}

crate::choices!(Role, deserialize, "mentorship role", [
    Mentor = "mentor": "The contact is your mentor",
    Mentee = "mentee": "The contact is your mentee",
]);

/// A mentor or mentee of the user, with what is kept about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Mentorship {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The mentor or mentee.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name, for display.
    pub contact_name: String,
    /// What they are to the user.
    pub role: Role,
    /// Meet every this many weeks; none: no cadence.
    pub every_weeks: Option<u32>,
    /// The day it began.
    #[ts(type = "string")]
    pub started_on: Date,
    /// Free notes.
    pub notes: String,
    /// The day the next meeting is due (a cadence after the last meeting,
    /// or after the start); none without a cadence.
    #[ts(type = "string | null")]
    pub next_meeting_on: Option<Date>,
    /// The goals, open ones first by target date.
    pub goals: Vec<Goal>,
    /// The meetings, latest first.
    pub meetings: Vec<Meeting>,
}

/// A new mentorship, or its new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MentorshipDraft {
    /// The mentor or mentee.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// What they are to the user.
    pub role: Role,
    /// Meet every this many weeks (1 to 104); none: no cadence.
    #[serde(default)]
    pub every_weeks: Option<u32>,
    /// The day it began; today when not given.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub started_on: Option<Date>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// A goal the mentorship works toward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Goal {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The mentorship it belongs to.
    #[ts(type = "number")]
    pub mentorship_id: i64,
    /// What the goal is ("First-author paper in a cardiology journal").
    pub text: String,
    /// The day it should be reached by, if any.
    #[ts(type = "string | null")]
    pub target_on: Option<Date>,
    /// Reached.
    pub done: bool,
}

/// A new goal, or its new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoalDraft {
    /// What the goal is.
    pub text: String,
    /// The day it should be reached by, if any.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub target_on: Option<Date>,
    /// Reached.
    #[serde(default)]
    pub done: bool,
}

/// A meeting held, with what came of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Meeting {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The mentorship it belongs to.
    #[ts(type = "number")]
    pub mentorship_id: i64,
    /// The day it was held.
    #[ts(type = "string")]
    pub held_on: Date,
    /// What was said.
    pub notes: String,
    /// What is to be done after it.
    pub actions: Vec<ActionItem>,
}

/// Something to do that came out of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionItem {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// What to do.
    pub text: String,
    /// Done.
    pub done: bool,
}

/// A meeting to log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingDraft {
    /// The day it was held (not after today).
    #[ts(type = "string")]
    pub held_on: Date,
    /// What was said.
    #[serde(default)]
    pub notes: String,
    /// What is to be done after it, one item each.
    #[serde(default)]
    pub actions: Vec<String>,
}

/// Who writes a letter of recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Writer {
    /// The contact writes for the user (the user asks a mentor).
    Them,
    /// The user writes for the contact (a mentee asks the user).
    Me,
}

crate::choices!(Writer, deserialize, "letter writer", [
    Them = "them": "The contact writes it for you (you ask your mentor)",
    Me = "me": "You write it for the contact (your mentee asks you)",
]);

/// What a letter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Program {
    /// A residency application.
    Residency,
    /// A fellowship application.
    Fellowship,
    /// A grant application.
    Grant,
    /// A job application.
    Job,
    /// Anything else.
    Other,
}

crate::choices!(Program, deserialize, "program", [
    Residency = "residency": "A residency application",
    Fellowship = "fellowship": "A fellowship application",
    Grant = "grant": "A grant application",
    Job = "job": "A job application",
    Other = "other": "Anything else",
]);

/// Where a letter request stands, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LetterStatus {
    /// Not asked yet.
    ToAsk,
    /// Asked.
    Asked,
    /// The writer agreed.
    Agreed,
    /// The letter was submitted.
    Submitted,
    /// The writer was thanked.
    Thanked,
}

crate::choices!(LetterStatus, deserialize, "letter status", [
    ToAsk = "to_ask": "Not asked yet",
    Asked = "asked": "Asked",
    Agreed = "agreed": "The writer agreed",
    Submitted = "submitted": "The letter was submitted",
    Thanked = "thanked": "The writer was thanked",
]);

/// How the application turned out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Not known yet.
    Pending,
    /// Accepted, funded, hired.
    Accepted,
    /// Not this time.
    Declined,
}

crate::choices!(Outcome, deserialize, "outcome", [
    Pending = "pending": "Not known yet",
    Accepted = "accepted": "Accepted, funded or hired",
    Declined = "declined": "Not this time",
]);

/// A letter of recommendation asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterRequest {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The mentor who writes, or the mentee written for.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name, for display.
    pub contact_name: String,
    /// Who writes.
    pub writer: Writer,
    /// What it is for.
    pub program: Program,
    /// The program's name ("Cardiology fellowship, Mass General").
    pub program_name: String,
    /// The day the letter is due.
    #[ts(type = "string")]
    pub deadline: Date,
    /// The day the program decides, if known.
    #[ts(type = "string | null")]
    pub decision_on: Option<Date>,
    /// Where it stands.
    pub status: LetterStatus,
    /// The day it was submitted, once it was.
    #[ts(type = "string | null")]
    pub submitted_on: Option<Date>,
    /// How the application turned out.
    pub outcome: Outcome,
    /// Free notes.
    pub notes: String,
}

/// A new letter request, or its new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterDraft {
    /// The mentor who writes, or the mentee written for.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Who writes.
    pub writer: Writer,
    /// What it is for.
    pub program: Program,
    /// The program's name.
    pub program_name: String,
    /// The day the letter is due.
    #[ts(type = "string")]
    pub deadline: Date,
    /// The day the program decides, if known.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub decision_on: Option<Date>,
    /// Where it stands (to ask when not given).
    #[serde(default = "to_ask")]
    pub status: LetterStatus,
    /// How it turned out (pending when not given).
    #[serde(default = "pending")]
    pub outcome: Outcome,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

fn to_ask() -> LetterStatus {
    LetterStatus::ToAsk
}

fn pending() -> Outcome {
    Outcome::Pending
}
