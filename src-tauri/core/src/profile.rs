//! A contact's whole profile, as the detail view and `contacts show` present
//! it: the contact with their history (affiliations), their relationships
//! and their interaction timeline.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::contacts::{self, Contact, ContactError};
use crate::interactions::{self, Interaction};
use crate::organizations::{self, Affiliation};
use crate::relationships::{self, Relationship};
use crate::values::ContactId;

/// A contact with their timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ContactProfile {
    /// The contact.
    #[serde(flatten)]
    pub contact: Contact,
    /// Training and jobs, current first.
    pub affiliations: Vec<Affiliation>,
    /// Relationships with other contacts and with the user.
    pub relationships: Vec<Relationship>,
    /// Every interaction with them, newest first.
    pub interactions: Vec<Interaction>,
}

/// Loads contact `id`'s profile.
pub fn load(conn: &Connection, id: ContactId) -> Result<ContactProfile, ContactError> {
    let contact = contacts::get(conn, id)?;
    Ok(ContactProfile {
        contact,
        affiliations: organizations::for_contact(conn, id)?,
        relationships: relationships::for_contact(conn, id)?,
        interactions: interactions::for_contact(conn, id, None)?,
    })
}
