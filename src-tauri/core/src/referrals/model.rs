//! The referral ledger's types, as they cross into the UI and the CLI's
//! JSON.

use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::ContactId;

/// A referral's id (AUTOINCREMENT: never given twice).
pub type ReferralId = i64;

/// Which way a referral went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReferralDirection {
    /// The user referred to the colleague.
    Sent,
    /// The colleague referred to the user.
    Received,
}

crate::choices!(ReferralDirection, deserialize, "referral direction", [
    Sent = "sent": "You referred to them",
    Received = "received": "They referred to you",
]);

/// Why a referral was made, in a fixed list so the ledger can count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReferralReason {
    /// An opinion or consultation.
    Consult,
    /// A second opinion.
    SecondOpinion,
    /// A procedure.
    Procedure,
    /// Surgery.
    Surgery,
    /// Imaging.
    Imaging,
    /// Continuing care (taking over, sharing follow-up).
    ContinuityOfCare,
    /// Anything else.
    Other,
}

crate::choices!(ReferralReason, deserialize, "referral reason", [
    Consult = "consult": "A consultation",
    SecondOpinion = "second_opinion": "A second opinion",
    Procedure = "procedure": "A procedure",
    Surgery = "surgery": "Surgery",
    Imaging = "imaging": "Imaging",
    ContinuityOfCare = "continuity_of_care": "Continuity of care",
    Other = "other": "Anything else",
]);

/// One referral in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Referral {
    /// Its id.
    #[ts(type = "number")]
    pub id: ReferralId,
    /// The colleague.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// The colleague's name, as the contact is called now.
    pub contact_name: String,
    /// Sent or received.
    pub direction: ReferralDirection,
    /// The day of the referral.
    #[ts(type = "string")]
    pub on: Date,
    /// The specialty referred to or from ("Cardiology"); may be empty.
    pub specialty: String,
    /// The reason category.
    pub reason: ReferralReason,
    /// A short note (never patient data).
    pub note: String,
    /// When it was logged.
    #[ts(type = "string")]
    pub created_at: Timestamp,
}

/// A new referral, or a referral's new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReferralDraft {
    /// The colleague (a contact's id).
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Sent or received.
    pub direction: ReferralDirection,
    /// The day of the referral.
    #[ts(type = "string")]
    pub on: Date,
    /// The specialty; empty takes the colleague's own specialty.
    #[serde(default)]
    pub specialty: String,
    /// The reason category ("other" when not said).
    #[serde(default = "other")]
    pub reason: ReferralReason,
    /// A short note (at most [`super::NOTE`] characters).
    #[serde(default)]
    pub note: String,
}

fn other() -> ReferralReason {
    ReferralReason::Other
}

/// Which referrals [`super::list`] reads; every field narrows, none set
/// reads them all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ReferralFilter {
    /// Only this colleague's.
    #[ts(type = "number | null")]
    pub contact_id: Option<ContactId>,
    /// Only this direction.
    pub direction: Option<ReferralDirection>,
    /// From this day on.
    #[ts(type = "string | null")]
    pub from: Option<Date>,
    /// Up to this day.
    #[ts(type = "string | null")]
    pub to: Option<Date>,
    /// Every word somewhere in the colleague's name, the specialty or the
    /// note (accents and case ignored).
    pub text: String,
}

/// What one colleague's referrals add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ColleagueTally {
    /// The colleague.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub contact_name: String,
    /// Their own specialty (from the contact).
    pub specialty: String,
    /// Referrals sent to them.
    #[ts(type = "number")]
    pub sent: u32,
    /// Referrals received from them.
    #[ts(type = "number")]
    pub received: u32,
    /// The last day one was sent to them.
    #[ts(type = "string | null")]
    pub last_sent: Option<Date>,
    /// The last day one came from them.
    #[ts(type = "string | null")]
    pub last_received: Option<Date>,
}

/// What the referrals of one specialty add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpecialtyTally {
    /// The specialty as first written ("" for referrals that name none).
    pub specialty: String,
    /// Referrals sent.
    #[ts(type = "number")]
    pub sent: u32,
    /// Referrals received.
    #[ts(type = "number")]
    pub received: u32,
    /// The last day one was sent.
    #[ts(type = "string | null")]
    pub last_sent: Option<Date>,
    /// The last day one was received.
    #[ts(type = "string | null")]
    pub last_received: Option<Date>,
}

/// A relationship that goes one way over the window: the user sends and
/// the colleague never sends back, or the reverse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OneSided {
    /// The colleague.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub contact_name: String,
    /// The only way referrals went: `sent` (they never sent back) or
    /// `received` (the user never sent back).
    pub direction: ReferralDirection,
    /// How many went that way in the window.
    #[ts(type = "number")]
    pub count: u32,
    /// The last of them.
    #[ts(type = "string")]
    pub last: Date,
}

/// A colleague the user has not referred to in [`super::QUIET_DAYS`] days:
/// one referred to before, or a referral partner never referred to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DormantColleague {
    /// The colleague.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub contact_name: String,
    /// Their own specialty.
    pub specialty: String,
    /// The last day the user referred to them; `None`: never.
    #[ts(type = "string | null")]
    pub last_sent: Option<Date>,
    /// Marked as a referral partner in their relationships.
    pub partner: bool,
}

/// The ledger's numbers on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReferralStats {
    /// The day they are for.
    #[ts(type = "string")]
    pub today: Date,
    /// Per colleague, the busiest first.
    pub by_colleague: Vec<ColleagueTally>,
    /// Per specialty, the busiest first.
    pub by_specialty: Vec<SpecialtyTally>,
    /// The first day of the window one-sidedness is judged over.
    #[ts(type = "string")]
    pub one_sided_since: Date,
    /// One-sided relationships over that window, the most lopsided first.
    pub one_sided: Vec<OneSided>,
    /// Colleagues not referred to in a year, never referred to first, then
    /// the longest quiet.
    pub not_referred_in_a_year: Vec<DormantColleague>,
}
