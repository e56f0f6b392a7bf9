//! Relationships: who is whose mentor, mentee, collaborator, referral
//! partner, co-resident, friend or family — between two contacts, or between
//! a contact and the user.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::choice::Choice;
use crate::contacts::{self, ContactError};
use crate::values::{ContactId, Invalid};

// The relationships façade names the kinds it records; they live in
// `values`, since the contact list filters by them too.
pub use crate::values::RelationshipKind;

/// "`contact` is the `kind` of `other` (or of the user)".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Relationship {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The contact who holds the role.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// The other contact; none when it is the user.
    #[ts(type = "number | null")]
    pub other_contact_id: Option<ContactId>,
    /// The other contact's name, for display; none when it is the user.
    pub other_name: Option<String>,
    /// The contact's name, for display.
    pub contact_name: String,
    /// What the contact is to the other.
    pub kind: RelationshipKind,
    /// A free label, e.g. "PhD supervisor".
    pub label: String,
}

/// Records that `contact` is the `kind` of `other` (or of the user when `None`).
pub fn add(
    conn: &mut Connection,
    contact: ContactId,
    other: Option<ContactId>,
    kind: RelationshipKind,
    label: &str,
) -> Result<Relationship, ContactError> {
    if other == Some(contact) {
        return Err(Invalid::new("other", "A contact cannot be related to themselves").into());
    }
    let label = label.trim();
    if label.chars().count() > crate::values::limits::TAG {
        return Err(Invalid::new(
            "label",
            format!(
                "The label is too long (the limit is {})",
                crate::values::limits::TAG
            ),
        )
        .into());
    }
    let tx = conn.transaction()?;
    for id in std::iter::once(contact).chain(other) {
        if !contacts::exists(&tx, id)? {
            return Err(ContactError::NotFound(id));
        }
    }
    tx.execute(
        "INSERT INTO relationships (contact_id, other_contact_id, kind, label) VALUES (?1, ?2, ?3, ?4)",
        params![contact, other, kind.name(), label],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    for_contact(conn, contact)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(ContactError::NotFound(contact))
}

/// Every relationship a contact is part of, either side.
pub fn for_contact(
    conn: &Connection,
    contact: ContactId,
) -> Result<Vec<Relationship>, ContactError> {
    let mut statement = conn.prepare_cached(
        "SELECT r.id, r.contact_id, r.other_contact_id, o.display_name, c.display_name, r.kind, r.label
         FROM relationships r JOIN contacts c ON c.id = r.contact_id
         LEFT JOIN contacts o ON o.id = r.other_contact_id
         WHERE r.contact_id = ?1 OR r.other_contact_id = ?1 ORDER BY r.id",
    )?;
    let rows = statement.query_map([contact], |row| {
        Ok(Relationship {
            id: row.get(0)?,
            contact_id: row.get(1)?,
            other_contact_id: row.get(2)?,
            other_name: row.get(3)?,
            contact_name: row.get(4)?,
            kind: crate::choice::parse(&row.get::<_, String>(5)?)
                .unwrap_or(RelationshipKind::Other),
            label: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Removes a relationship.
pub fn remove(conn: &Connection, id: i64) -> Result<(), ContactError> {
    match conn.execute("DELETE FROM relationships WHERE id = ?1", [id])? {
        0 => Err(Invalid::new("id", format!("There is no relationship with id {id}")).into()),
        _ => Ok(()),
    }
}
