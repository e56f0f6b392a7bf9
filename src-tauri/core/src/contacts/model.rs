//! The contact types that cross into the UI and the CLI's JSON.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A contact's id: stable for the life of the database.
pub type ContactId = i64;

/// A person in the contact book, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    /// The contact's id.
    #[ts(type = "number")]
    pub id: ContactId,
    /// The name shown everywhere, e.g. "Amara Okafor".
    pub display_name: String,
    /// Degrees and post-nominals, e.g. "MD, PhD" or "MBBS, FRCP".
    pub credentials: String,
    /// Medical specialty or, for people outside medicine, their field.
    pub specialty: String,
    /// Hospital, university, practice or company.
    pub institution: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    pub phones: Vec<String>,
    /// Free labels such as "mentor" or "ESC 2026", in alphabetical order.
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// When the contact was added (RFC 3339, UTC).
    #[ts(type = "string")]
    pub created_at: jiff::Timestamp,
    /// When the contact was last changed (RFC 3339, UTC).
    #[ts(type = "string")]
    pub updated_at: jiff::Timestamp,
}

/// What the user typed to add or change a contact. Every field but the name
/// may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContactDraft {
    /// The name shown everywhere (required).
    pub display_name: String,
    /// Degrees and post-nominals.
    pub credentials: String,
    /// Medical specialty or field.
    pub specialty: String,
    /// Hospital, university, practice or company.
    pub institution: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    pub phones: Vec<String>,
    /// Free labels.
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: String,
}

/// Which contacts a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContactFilter {
    /// Only contacts with this tag (any case).
    #[ts(optional)]
    pub tag: Option<String>,
    /// At most this many contacts.
    #[ts(optional)]
    pub limit: Option<u32>,
}
