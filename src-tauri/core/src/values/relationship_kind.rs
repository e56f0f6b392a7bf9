//! The kinds of relationship Curbside knows (mentor, mentee, referral
//! partner…): recorded by `relationships`, filtered by in the contact list,
//! and weighed by the reminders.

use serde::Serialize;
use ts_rs::TS;

/// The kinds of relationship Curbside knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipKind {
    /// Guides the other person's career.
    Mentor,
    /// Is guided by the other person.
    Mentee,
    /// Works on research or projects together.
    Collaborator,
    /// Refers patients, or receives referrals.
    ReferralPartner,
    /// Trained in the same residency.
    CoResident,
    /// A friend.
    Friend,
    /// Family.
    Family,
    /// Anything else (see the label).
    Other,
}

crate::choices!(RelationshipKind, deserialize, "relationship", [
    Mentor = "mentor": "Guides the other's career",
    Mentee = "mentee": "Is guided by the other",
    Collaborator = "collaborator": "Works together",
    ReferralPartner = "referral_partner": "Refers patients either way",
    CoResident = "co_resident": "Same residency",
    Friend = "friend": "A friend",
    Family = "family": "Family",
    Other = "other": "Anything else",
]);
