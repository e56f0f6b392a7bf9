//! The membership types that cross into the UI and the CLI's JSON, and the
//! short list of societies offered as suggestions.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::EventId;

/// A membership's id.
pub type MembershipId = i64;

/// Whether a membership is current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    /// Paid up.
    Active,
    /// Not renewed.
    Lapsed,
}

crate::choices!(MembershipStatus, "membership status", [
    Active = "active": "paid up",
    Lapsed = "lapsed": "not renewed",
]);

/// Societies a doctor often belongs to, offered as the user types (any
/// name will do).
pub const COMMON_SOCIETIES: &[&str] = &[
    "American Medical Association (AMA)",
    "American College of Cardiology (ACC)",
    "American Heart Association (AHA)",
    "American College of Physicians (ACP)",
    "American College of Surgeons (ACS)",
    "American Academy of Pediatrics (AAP)",
    "American Academy of Family Physicians (AAFP)",
    "American Society of Clinical Oncology (ASCO)",
    "British Medical Association (BMA)",
    "Royal College of Physicians (RCP)",
    "Royal College of Surgeons (RCS)",
    "European Society of Cardiology (ESC)",
    "European Respiratory Society (ERS)",
    "European Society for Medical Oncology (ESMO)",
    "World Medical Association (WMA)",
];

/// A committee or a role held in a society.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommitteeRole {
    /// The committee ("Guidelines Committee"), or empty for a role in the
    /// society itself.
    pub committee: String,
    /// The role ("member", "chair", "secretary").
    pub role: String,
    /// Since when.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub from: Option<Date>,
    /// Until when (none: still held).
    #[ts(type = "string | null")]
    #[serde(default)]
    pub to: Option<Date>,
}

/// A meeting of the society: a calendar event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MembershipMeeting {
    /// The event.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// Its title.
    pub title: String,
    /// The day it starts.
    #[ts(type = "string")]
    pub starts_on: Date,
}

/// A membership as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Membership {
    /// Its id.
    #[ts(type = "number")]
    pub id: MembershipId,
    /// The society or association.
    pub society: String,
    /// The member number, or empty.
    pub member_number: String,
    /// Member since.
    #[ts(type = "string | null")]
    pub since: Option<Date>,
    /// Yearly dues, if known.
    pub dues_amount: Option<f64>,
    /// Their currency ("USD", "EUR"), or empty.
    pub dues_currency: String,
    /// The next renewal.
    #[ts(type = "string | null")]
    pub renews_on: Option<Date>,
    /// Whether renewing moves the renewal date a year on.
    pub renews_yearly: bool,
    /// Whether it is current.
    pub status: MembershipStatus,
    /// Free notes.
    pub notes: String,
    /// Committees and roles.
    pub roles: Vec<CommitteeRole>,
    /// The society's meetings in the calendar, by date.
    pub meetings: Vec<MembershipMeeting>,
}

/// A new membership, or its new fields (roles and meetings are kept by
/// their own calls).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MembershipDraft {
    /// The society or association.
    pub society: String,
    /// The member number, or empty.
    #[serde(default)]
    pub member_number: String,
    /// Member since.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub since: Option<Date>,
    /// Yearly dues.
    #[serde(default)]
    pub dues_amount: Option<f64>,
    /// Their currency, or empty.
    #[serde(default)]
    pub dues_currency: String,
    /// The next renewal.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub renews_on: Option<Date>,
    /// Whether renewing moves the renewal date a year on.
    #[serde(default = "yes")]
    pub renews_yearly: bool,
    /// Whether it is current (new ones are active).
    #[serde(default)]
    pub status: Option<MembershipStatus>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

fn yes() -> bool {
    true
}
