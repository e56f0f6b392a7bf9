//! The presence types that cross into the UI, the shell and the CLI's JSON.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An own milestone's id (AUTOINCREMENT: a reminder id names it).
pub type OwnMilestoneId = i64;

/// The user's own presence. Empty text means "not set".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Presence {
    /// The name drafts are signed with: "Jane Doe".
    pub name: String,
    /// "MD, FACC".
    pub credentials: String,
    /// A short bio, a few sentences.
    pub bio: String,
    /// The elevator pitch: what the user does, in a sentence or two.
    pub pitch: String,
    /// Doximity profile (an http(s) link).
    pub doximity: String,
    /// LinkedIn profile (an http(s) link).
    pub linkedin: String,
    /// ORCID iD, as a link (`https://orcid.org/0000-0002-1825-0097`); a bare
    /// iD is stored as that link.
    pub orcid: String,
    /// A personal or department website (an http(s) link).
    pub website: String,
    /// Where the user's CV file is on this computer.
    pub cv_path: String,
}

/// What kind of milestone of one's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OwnMilestoneKind {
    /// A new job or position.
    NewJob,
    /// A board certification.
    BoardCertification,
    /// A paper published.
    Paper,
    /// An award or honour.
    Award,
    /// Anything else worth telling one's network.
    Other,
}

crate::choices!(OwnMilestoneKind, deserialize, "kind of milestone", [
    NewJob = "new_job": "A new job or position",
    BoardCertification = "board_certification": "A board certification",
    Paper = "paper": "A paper published",
    Award = "award": "An award or honour",
    Other = "other": "Anything else worth telling your network",
]);

/// A milestone of the user's own, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OwnMilestone {
    /// Its id.
    #[ts(type = "number")]
    pub id: OwnMilestoneId,
    /// What kind.
    pub kind: OwnMilestoneKind,
    /// "Joined Charité cardiology", "Board certified in cardiology".
    pub title: String,
    /// The day it happened.
    #[ts(type = "string")]
    pub happened_on: Date,
    /// Anything else, optional.
    pub note: String,
}

/// A new own milestone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OwnMilestoneDraft {
    /// What kind.
    pub kind: OwnMilestoneKind,
    /// What happened, one line.
    pub title: String,
    /// The day it happened.
    #[ts(type = "string")]
    pub happened_on: Date,
    /// Anything else, optional.
    #[serde(default)]
    pub note: String,
}
