//! The contact types that cross into the UI and the CLI's JSON.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

// The contacts façade names the values a contact is made of, so its callers
// need not know they live in `values`.
pub use crate::values::{Address, ContactId, Labeled, NameParts};

/// A person in the contact book, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    /// The contact's id.
    #[ts(type = "number")]
    pub id: ContactId,
    /// The name shown everywhere, e.g. "Amara Okafor".
    pub display_name: String,
    /// The parts of the name, for sorting, greetings and vCards.
    pub name: NameParts,
    /// What friends call them.
    pub nickname: String,
    /// Degrees and post-nominals, e.g. "MD, PhD" or "MBBS, FRCP".
    pub credentials: String,
    /// e.g. "she/her".
    pub pronouns: String,
    /// Medical specialty, e.g. "Cardiology".
    pub specialty: String,
    /// e.g. "Electrophysiology".
    pub subspecialty: String,
    /// For people outside medicine: their field, e.g. "Health policy".
    pub field: String,
    /// Hospital, university, practice or company where they work now.
    pub institution: String,
    /// Department at that institution.
    pub department: String,
    /// Job title, e.g. "Associate Professor".
    pub title: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    pub phones: Vec<String>,
    /// Websites and profile links, labelled ("LinkedIn", "Doximity", "ORCID"…).
    pub links: Vec<Labeled>,
    /// Postal addresses.
    pub addresses: Vec<Address>,
    /// Birthday as `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
    pub birthday: Option<String>,
    /// The person's own IANA time zone, e.g. "Europe/Berlin"; empty if unknown.
    pub time_zone: String,
    /// Free labels such as "mentor" or "ESC 2026", in alphabetical order.
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// How the user met this person.
    pub met: HowWeMet,
    /// The id the contact came with from an imported file (vCard `UID`).
    pub uid: Option<String>,
    /// Properties from an imported vCard that Curbside does not model, kept
    /// so that an export gives them back.
    pub extra: Vec<String>,
    /// Whether a photo is stored.
    pub has_photo: bool,
    /// When the user was last in touch (the latest interaction).
    #[ts(type = "string | null")]
    pub last_interaction_at: Option<jiff::Timestamp>,
    /// When the contact was added (RFC 3339, UTC).
    #[ts(type = "string")]
    pub created_at: jiff::Timestamp,
    /// When the contact was last changed (RFC 3339, UTC).
    #[ts(type = "string")]
    pub updated_at: jiff::Timestamp,
}

/// How the user met someone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct HowWeMet {
    /// The date, `YYYY-MM-DD`.
    pub on: Option<String>,
    /// Where or at which event, in the user's words, e.g. "ESC 2026, Munich".
    pub at: String,
    /// The contact who introduced us.
    #[ts(type = "number | null")]
    pub introduced_by: Option<ContactId>,
}

/// What the user typed to add or change a contact. Every field but the name
/// may be left empty; a missing field means empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContactDraft {
    /// The name shown everywhere; composed from the name parts when empty.
    pub display_name: String,
    /// The parts of the name.
    #[ts(optional)]
    pub name: Option<NameParts>,
    /// What friends call them.
    pub nickname: String,
    /// Degrees and post-nominals.
    pub credentials: String,
    /// e.g. "she/her".
    pub pronouns: String,
    /// Medical specialty.
    pub specialty: String,
    /// Subspecialty.
    pub subspecialty: String,
    /// Field outside medicine.
    pub field: String,
    /// Hospital, university, practice or company.
    pub institution: String,
    /// Department.
    pub department: String,
    /// Job title.
    pub title: String,
    /// Email addresses, the preferred one first.
    pub emails: Vec<String>,
    /// Phone numbers, the preferred one first.
    pub phones: Vec<String>,
    /// Websites and profile links.
    pub links: Vec<Labeled>,
    /// Postal addresses.
    pub addresses: Vec<Address>,
    /// `YYYY-MM-DD` or `--MM-DD`; empty for none.
    pub birthday: String,
    /// IANA time zone; empty for unknown.
    pub time_zone: String,
    /// Free labels.
    pub tags: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// How the user met this person.
    #[ts(optional)]
    pub met: Option<HowWeMet>,
}

/// Which contacts a list shows. Every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContactFilter {
    /// Only contacts with this tag (any case).
    #[ts(optional)]
    pub tag: Option<String>,
    /// Only this specialty or subspecialty (any case).
    #[ts(optional)]
    pub specialty: Option<String>,
    /// Only people at this institution (any case).
    #[ts(optional)]
    pub institution: Option<String>,
    /// Only people with an address in this city (any case).
    #[ts(optional)]
    pub city: Option<String>,
    /// Only people with this relationship to the user or anyone
    /// (`mentor`, `referral_partner`…).
    #[ts(optional)]
    pub relationship: Option<crate::values::RelationshipKind>,
    /// Only people last contacted before this instant, or never.
    #[ts(optional, type = "string")]
    pub contacted_before: Option<jiff::Timestamp>,
    /// Only people last contacted after this instant.
    #[ts(optional, type = "string")]
    pub contacted_after: Option<jiff::Timestamp>,
    /// At most this many contacts.
    #[ts(optional)]
    pub limit: Option<u32>,
    /// The order, by the name shown when not given.
    #[ts(optional)]
    pub sort: Option<super::ContactSort>,
}

/// One line of the contact list: enough to show and sort 100,000 people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactSummary {
    /// The contact's id.
    #[ts(type = "number")]
    pub id: ContactId,
    /// The name shown everywhere.
    pub display_name: String,
    /// Degrees and post-nominals.
    pub credentials: String,
    /// Specialty.
    pub specialty: String,
    /// Institution.
    pub institution: String,
    /// When the user was last in touch.
    #[ts(type = "string | null")]
    pub last_interaction_at: Option<jiff::Timestamp>,
}

impl From<Contact> for ContactDraft {
    fn from(contact: Contact) -> Self {
        Self {
            display_name: contact.display_name,
            name: Some(contact.name),
            nickname: contact.nickname,
            credentials: contact.credentials,
            pronouns: contact.pronouns,
            specialty: contact.specialty,
            subspecialty: contact.subspecialty,
            field: contact.field,
            institution: contact.institution,
            department: contact.department,
            title: contact.title,
            emails: contact.emails,
            phones: contact.phones,
            links: contact.links,
            addresses: contact.addresses,
            birthday: contact.birthday.unwrap_or_default(),
            time_zone: contact.time_zone,
            tags: contact.tags,
            notes: contact.notes,
            met: Some(contact.met),
        }
    }
}
