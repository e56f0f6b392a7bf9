//! Records as the server's resources. A contact is a vCard a phone can
//! show and edit; an event is an iCalendar object a calendar can show and
//! edit. Each also carries the whole record sealed in one
//! `X-CURBSIDE-SEALED` property, so another Curbside gets every field back
//! exactly, while a phone keeps (or drops) it untouched. Every other
//! record is a minimal VJOURNAL holding only its uid and the sealed property,
//! in Curbside's private collection (a calendar of journal entries, which
//! phones do not show).
//!
//! A phone's edit shows as a plain part that differs from the one the
//! sealed record was written with (a digest of it is sealed inside);
//! [`apply_plain_edit`] merges such an edit field by field into the item.
//!
//! OWNER: cards helper.

use rusqlite::{Connection, Transaction};

use super::merge::FieldConflict;
use super::records::{Doc, Kind, RecordError};
use super::remote::Collection;
use super::seal::{SealError, SyncKey};

/// How a record is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Writing {
    /// Whether a contact's notes go into the vCard's NOTE in plain text
    /// (off unless the user chose it: the server would read them).
    pub contact_notes_plain: bool,
}

/// A resource ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// Its name in its collection (`<uid>.vcf` for a contact, `<uid>.ics`
    /// otherwise, the uid made safe for a URL).
    pub name: String,
    /// Its content.
    pub body: String,
    /// The plain part (the vCard or iCalendar without the sealed property),
    /// kept as the base of a later phone edit.
    pub plain: String,
}

/// A resource as read from the server.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// The record sealed inside, when there is one that opens.
    pub sealed: Option<Doc>,
    /// The item's kind and uid (from the sealed record, else from the
    /// resource's UID: a contact or event another program made).
    pub kind: Kind,
    /// Its uid.
    pub uid: String,
    /// The plain part, without the sealed property.
    pub plain: String,
    /// True when the plain part is not the one the sealed record was
    /// written with (another program edited it), or there is no sealed
    /// record (another program made it).
    pub plain_edited: bool,
}

/// Why a resource could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    /// The record.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// The seal.
    #[error(transparent)]
    Seal(#[from] SealError),
    /// A resource on the server that is neither a vCard nor iCalendar
    /// Curbside can read.
    #[error("{name} on the server could not be read: {reason}")]
    Unreadable {
        /// The resource's name.
        name: String,
        /// What was wrong.
        reason: String,
    },
}

/// The resource for a record this computer has. Contacts and events are
/// written from the stored item (as the export writes them) plus the
/// sealed record; every other kind is a sealed-only VJOURNAL.
pub fn write(
    conn: &Connection,
    doc: &Doc,
    key: &SyncKey,
    writing: Writing,
) -> Result<Resource, CardError> {
    let _ = (conn, doc, key, writing);
    unimplemented!("cards helper")
}

/// Reads a resource fetched from `collection`.
pub fn read(
    collection: Collection,
    name: &str,
    body: &str,
    key: &SyncKey,
) -> Result<Incoming, CardError> {
    let _ = (collection, name, body, key);
    unimplemented!("cards helper")
}

/// Merges another program's edit of a contact's vCard (or an event's
/// iCalendar) into the stored item, field by field against `base` (the
/// plain part last synced; none for an item another program made, which
/// is then created). Returns the fields changed differently on both sides:
/// the item keeps this computer's value for them.
pub fn apply_plain_edit(
    tx: &Transaction,
    kind: Kind,
    uid: &str,
    base: Option<&str>,
    plain: &str,
) -> Result<Vec<FieldConflict>, CardError> {
    let _ = (tx, kind, uid, base, plain);
    unimplemented!("cards helper")
}
