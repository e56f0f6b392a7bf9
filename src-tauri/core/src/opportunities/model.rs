//! The opportunity types that cross into the UI and the CLI's JSON, and the
//! fixed lists an opportunity is described with (kind, status, a person's
//! role), named once with `choices!`.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::ContactId;

/// An opportunity's id.
pub type OpportunityId = i64;

/// What sort of opportunity it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpportunityKind {
    /// A job or a position.
    Job,
    /// A research collaboration.
    Research,
    /// A grant.
    Grant,
    /// An invitation to speak.
    Speaking,
    /// A committee seat.
    Committee,
    /// A paper to write or review.
    Paper,
    /// Anything else.
    Other,
}

crate::choices!(OpportunityKind, "opportunity kind", [
    Job = "job": "a job or a position",
    Research = "research": "a research collaboration",
    Grant = "grant": "a grant",
    Speaking = "speaking": "an invitation to speak",
    Committee = "committee": "a committee seat",
    Paper = "paper": "a paper to write or review",
    Other = "other": "anything else",
]);

/// Where an opportunity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpportunityStatus {
    /// Heard of it, nothing done yet.
    HeardOf,
    /// Finding out more.
    Exploring,
    /// Applied or put a name forward.
    Applied,
    /// Interviewing, or in talks.
    InTalks,
    /// Got it.
    Won,
    /// Did not get it.
    Lost,
    /// Let it go.
    Passed,
}

crate::choices!(OpportunityStatus, "opportunity status", [
    HeardOf = "heard_of": "heard of it, nothing done yet",
    Exploring = "exploring": "finding out more",
    Applied = "applied": "applied or put my name forward",
    InTalks = "in_talks": "interviewing or in talks",
    Won = "won": "got it",
    Lost = "lost": "did not get it",
    Passed = "passed": "let it go",
]);

impl OpportunityKind {
    /// Its name in a list: "Job", "Speaking".
    pub fn label(self) -> &'static str {
        match self {
            Self::Job => "Job",
            Self::Research => "Research",
            Self::Grant => "Grant",
            Self::Speaking => "Speaking",
            Self::Committee => "Committee seat",
            Self::Paper => "Paper",
            Self::Other => "Other",
        }
    }
}

impl OpportunityRole {
    /// Its name beside a person: "told me", "decides".
    pub fn label(self) -> &'static str {
        match self {
            Self::ToldMe => "told me",
            Self::CouldRefer => "could refer me",
            Self::Decides => "decides",
            Self::Collaborator => "collaborator",
            Self::Other => "other",
        }
    }
}

impl OpportunityStatus {
    /// Its name in a list: "Heard of", "In talks".
    pub fn label(self) -> &'static str {
        match self {
            Self::HeardOf => "Heard of",
            Self::Exploring => "Exploring",
            Self::Applied => "Applied",
            Self::InTalks => "Interviewing / in talks",
            Self::Won => "Won",
            Self::Lost => "Lost",
            Self::Passed => "Passed",
        }
    }

    /// Whether it is still open (its deadline still matters).
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Won | Self::Lost | Self::Passed)
    }
}

/// What a person has to do with an opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpportunityRole {
    /// Told me about it.
    ToldMe,
    /// Could refer me or put in a word.
    CouldRefer,
    /// Decides.
    Decides,
    /// Would work on it with me.
    Collaborator,
    /// Something else.
    Other,
}

crate::choices!(OpportunityRole, "role", [
    ToldMe = "told_me": "told me about it",
    CouldRefer = "could_refer": "could refer me or put in a word",
    Decides = "decides": "decides",
    Collaborator = "collaborator": "would work on it with me",
    Other = "other": "something else",
]);

/// One person involved, with their role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpportunityPerson {
    /// The contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name, as the contact book has it (empty in a draft).
    #[serde(default)]
    pub display_name: String,
    /// Their role.
    pub role: OpportunityRole,
}

/// One step of an opportunity's status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    /// The status it moved to.
    pub status: OpportunityStatus,
    /// The day it did.
    #[ts(type = "string")]
    pub on: Date,
}

/// An opportunity as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Opportunity {
    /// Its id.
    #[ts(type = "number")]
    pub id: OpportunityId,
    /// What it is: "Cardiology consultant post, St Mary's".
    pub title: String,
    /// Its kind.
    pub kind: OpportunityKind,
    /// Where it stands.
    pub status: OpportunityStatus,
    /// The day it closes, if any.
    #[ts(type = "string | null")]
    pub deadline: Option<Date>,
    /// A link to the advert or call, or empty.
    pub link: String,
    /// Free notes.
    pub notes: String,
    /// The people involved.
    pub people: Vec<OpportunityPerson>,
    /// Every status it had, oldest first.
    pub history: Vec<StatusChange>,
}

/// A new opportunity, or its new fields (the status moves with
/// [`set_status`](super::set_status)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OpportunityDraft {
    /// What it is.
    pub title: String,
    /// Its kind.
    pub kind: OpportunityKind,
    /// The status it starts at (for a new one; ignored by an edit).
    #[serde(default)]
    pub status: Option<OpportunityStatus>,
    /// The day it closes.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub deadline: Option<Date>,
    /// A link, or empty.
    #[serde(default)]
    pub link: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// The people involved.
    #[serde(default)]
    pub people: Vec<OpportunityPerson>,
}

/// Which opportunities to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct OpportunityFilter {
    /// Only those at this status.
    #[serde(default)]
    pub status: Option<OpportunityStatus>,
    /// Only those still open.
    #[serde(default)]
    pub open_only: bool,
    /// Only those whose title, notes or people's names hold these words.
    #[serde(default)]
    pub text: String,
}
