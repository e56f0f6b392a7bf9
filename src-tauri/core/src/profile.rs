//! A contact's whole profile, as the detail view and `contacts show` present
//! it: the contact with their interaction timeline.

use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::contacts::{self, Contact, ContactError, ContactId};
use crate::interactions::{self, Interaction};

/// A contact with their timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ContactProfile {
    /// The contact.
    #[serde(flatten)]
    pub contact: Contact,
    /// Every interaction with them, newest first.
    pub interactions: Vec<Interaction>,
    /// When the user last interacted with them.
    #[ts(type = "string | null")]
    pub last_interaction_at: Option<Timestamp>,
}

/// Loads contact `id`'s profile.
pub fn load(conn: &Connection, id: ContactId) -> Result<ContactProfile, ContactError> {
    let contact = contacts::get(conn, id)?;
    let interactions = interactions::for_contact(conn, id, None)?;
    let last_interaction_at = interactions.iter().map(|i| i.occurred_at).max();
    Ok(ContactProfile {
        contact,
        interactions,
        last_interaction_at,
    })
}
