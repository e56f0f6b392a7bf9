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
//! sealed record was written with (which is sealed inside too, a photo in
//! it as a digest); [`apply_plain_edit`] merges such an edit field by
//! field into the item.
//!
//! The plain part is compared as fields ([`fields`]), so a phone that only
//! reformats a card (refolds it, reorders its properties) has not edited
//! it. Contacts ([`contact`]), events ([`event`]) and the private records
//! ([`journal`]) each have a file.
//!
//! OWNER: cards helper.

mod contact;
mod event;
mod fields;
mod journal;
mod lines;

use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::merge::FieldConflict;
use super::records::{Doc, Kind, RecordError};
use super::remote::Collection;
use super::seal::{SealError, SyncKey};
use fields::Plain;

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
    /// record (another program made it). Compared field by field, so a
    /// server or phone that only reformats (Radicale sorts properties) has
    /// not edited it; never true for a private record, whose plain part
    /// carries nothing of it.
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
    let (plain, extension) = match doc.kind {
        Kind::Contact => (
            contact::plain(conn, &doc.uid, writing.contact_notes_plain)?,
            "vcf",
        ),
        Kind::Event => (event::plain(conn, &doc.uid)?, "ics"),
        _ => (journal::plain(&doc.uid), "ics"),
    };
    let payload = Payload {
        v: FORMAT,
        kind: doc.kind.name().to_owned(),
        uid: doc.uid.clone(),
        doc: doc.body.clone(),
        plain: fields::compact(&plain),
    };
    let json = zeroize::Zeroizing::new(serde_json::to_vec(&payload).map_err(|error| {
        RecordError::Malformed {
            kind: doc.kind.name(),
            reason: error.to_string(),
        }
    })?);
    let sealed = key.seal(&json)?;
    let closing = match doc.kind {
        Kind::Contact => "VCARD",
        Kind::Event => "VEVENT",
        _ => "VJOURNAL",
    };
    Ok(Resource {
        name: lines::resource_name(&doc.uid, extension),
        body: with_sealed(&plain, closing, &sealed),
        plain,
    })
}

/// The sealed record inside a resource, as JSON.
#[derive(Serialize, Deserialize)]
struct Payload {
    /// The format ([`FORMAT`]).
    v: u32,
    /// The kind's name.
    kind: String,
    /// The item's uid.
    uid: String,
    /// The record's content.
    doc: Map<String, Value>,
    /// The plain part the resource was written with, a photo in it as its
    /// digest ([`fields::compact`]).
    plain: String,
}

/// The sealed record's format; a newer one is refused, not misread.
const FORMAT: u32 = 1;

/// `plain` with the sealed property before the first `END:<closing>`
/// (the series' VEVENT comes first in a calendar).
fn with_sealed(plain: &str, closing: &str, sealed: &str) -> String {
    let mut out = String::with_capacity(plain.len() + sealed.len() + 64);
    let mut placed = false;
    for line in plain.split_inclusive('\n') {
        if !placed && lines::is_marker(line.trim_end(), "END", closing) {
            super::seal::fold_into(
                &mut out,
                &format!("{}:{sealed}", super::seal::SEALED_PROPERTY),
            );
            placed = true;
        }
        out.push_str(line);
    }
    out
}

/// Reads a resource fetched from `collection`.
pub fn read(
    collection: Collection,
    name: &str,
    body: &str,
    key: &SyncKey,
) -> Result<Incoming, CardError> {
    let unreadable = |reason: String| CardError::Unreadable {
        name: name.to_owned(),
        reason,
    };
    if collection == Collection::Private && name == super::seal::KEY_CHECK_NAME {
        return Err(unreadable(
            "it is the sync key check, not a record (see SyncKey::opens_key_check)".to_owned(),
        ));
    }
    let lines = lines::unfold(body).map_err(unreadable)?;
    let wanted = match collection {
        Collection::Contacts => "VCARD",
        Collection::Calendar | Collection::Private => "VCALENDAR",
    };
    if !lines
        .first()
        .is_some_and(|line| lines::is_marker(line, "BEGIN", wanted))
    {
        return Err(unreadable(format!(
            "it is not {} (it does not begin with BEGIN:{wanted})",
            match collection {
                Collection::Contacts => "a vCard",
                _ => "an iCalendar object",
            }
        )));
    }
    let sealed: Vec<&String> = lines.iter().filter(|line| lines::is_sealed(line)).collect();
    let plain_lines: Vec<&String> = lines
        .iter()
        .filter(|line| !lines::is_sealed(line))
        .collect();
    let plain = lines::fold_all(&plain_lines);
    let fields = Plain::read(&plain).map_err(unreadable)?;
    let Some(sealed) = sealed.first() else {
        return made_elsewhere(collection, name, &plain).map_err(unreadable);
    };
    let value = lines::Property::parse(sealed).map_or("", |property| property.value);
    let opened = key.open(value)?;
    let payload: Payload = serde_json::from_slice(&opened).map_err(|error| {
        unreadable(format!(
            "its sealed record is not one Curbside wrote: {error}"
        ))
    })?;
    if payload.v != FORMAT {
        return Err(unreadable(format!(
            "its sealed record is in format {}, from a newer Curbside: update Curbside on this computer",
            payload.v
        )));
    }
    let kind = Kind::from_name(&payload.kind).ok_or_else(|| {
        unreadable(format!(
            "its sealed record is of a kind this Curbside does not know ({}): update Curbside on this computer",
            payload.kind
        ))
    })?;
    if kind.collection() != collection {
        return Err(unreadable(format!(
            "it holds a {} record, which does not belong in the {} collection",
            kind.name(),
            collection.name()
        )));
    }
    let written = Plain::read(&payload.plain).map_err(unreadable)?;
    // A private record's plain part carries nothing of it: whatever a
    // server does to it (a property added, a summary changed) is no edit.
    let plain_edited = collection != Collection::Private && !fields::same(&written, &fields);
    Ok(Incoming {
        plain_edited,
        sealed: Some(Doc {
            kind,
            uid: payload.uid.clone(),
            body: payload.doc,
        }),
        kind,
        uid: payload.uid,
        plain,
    })
}

/// A resource with no sealed record: a contact or an event another
/// program made.
fn made_elsewhere(collection: Collection, name: &str, plain: &str) -> Result<Incoming, String> {
    let (kind, uid) = match collection {
        Collection::Contacts => (Kind::Contact, contact::check(plain)?),
        Collection::Calendar => (Kind::Event, event::check(plain)?),
        Collection::Private => {
            return Err("it holds no Curbside record (another program put it there)".to_owned())
        }
    };
    let uid = match uid {
        Some(uid) => uid,
        None => name
            .rsplit_once('.')
            .map_or(name, |(stem, _)| stem)
            .to_owned(),
    };
    if uid.trim().is_empty() {
        return Err("it has no UID".to_owned());
    }
    Ok(Incoming {
        sealed: None,
        kind,
        uid,
        plain: plain.to_owned(),
        plain_edited: true,
    })
}

/// Merges another program's edit of a contact's vCard (or an event's
/// iCalendar) into the stored item, field by field against `base` (the
/// plain part last synced; none for an item another program made, which
/// is then created). Returns the fields changed differently on both sides:
/// the item keeps this computer's value for them. Each value of a
/// conflict is a whole content line (`TITLE:Attending`,
/// `EMAIL;TYPE=INTERNET,WORK:ana@example.org`), which
/// [`apply_plain_field`] takes back when the user keeps the other side.
///
/// One savepoint: when the edit cannot be stored (a field the item cannot
/// hold), nothing of it is, and the error says why. A private record has
/// no plain part to merge: nothing is done.
pub fn apply_plain_edit(
    tx: &Transaction,
    kind: Kind,
    uid: &str,
    base: Option<&str>,
    plain: &str,
) -> Result<Vec<FieldConflict>, CardError> {
    let base = Plain::read(base.unwrap_or_default()).map_err(|r| unreadable(kind, uid, r))?;
    let mut there = Plain::read(plain).map_err(|r| unreadable(kind, uid, r))?;
    fields::keep_dropped_own_fields(&base, &mut there);
    let conflicts = store_plain(tx, kind, uid, &base, &there)?;
    Ok(conflicts
        .into_iter()
        .map(|conflict| {
            let property = fields::field_property(&conflict.field);
            let lines = |values: Vec<String>| -> Vec<String> {
                values
                    .into_iter()
                    .map(|value| format!("{property}{value}"))
                    .collect()
            };
            FieldConflict {
                here: lines(conflict.here),
                there: lines(conflict.there),
                field: conflict.field,
            }
        })
        .collect())
}

/// Sets one field of a contact's vCard (or an event's iCalendar) to
/// `values` and stores the item: what keeping the other side of a plain
/// conflict does. `field` and `values` as [`apply_plain_edit`] gave them
/// (a value may also be the bare text after the colon); no values remove
/// the field.
pub fn apply_plain_field(
    tx: &Transaction,
    kind: Kind,
    uid: &str,
    field: &str,
    values: &[String],
) -> Result<(), CardError> {
    let here = match kind {
        Kind::Contact => contact::plain(tx, uid, true)?,
        Kind::Event => event::plain(tx, uid)?,
        other => return Err(no_plain_part(other)),
    };
    let base = Plain::read(&here).map_err(|r| unreadable(kind, uid, r))?;
    let mut there = base.clone();
    let property = fields::field_property(field);
    let values: Vec<String> = values
        .iter()
        .map(|value| fields::value_of_line(value, property))
        .collect();
    there.set(field, values);
    store_plain(tx, kind, uid, &base, &there).map(|_| ())
}

/// Merges `there` into the item against `base`, in one savepoint.
fn store_plain(
    tx: &Transaction,
    kind: Kind,
    uid: &str,
    base: &Plain,
    there: &Plain,
) -> Result<Vec<FieldConflict>, CardError> {
    let now = jiff::Timestamp::now();
    tx.execute_batch("SAVEPOINT plain_edit")?;
    let applied = match kind {
        Kind::Contact => contact::apply(tx, uid, base, there, now),
        Kind::Event => event::apply(tx, uid, base, there, now),
        // A private record's plain part carries nothing to merge.
        _ => Ok(Vec::new()),
    };
    match applied {
        Ok(conflicts) => {
            tx.execute_batch("RELEASE plain_edit")?;
            Ok(conflicts)
        }
        Err(error) => {
            tx.execute_batch("ROLLBACK TO plain_edit; RELEASE plain_edit")?;
            Err(error)
        }
    }
}

fn no_plain_part(kind: Kind) -> CardError {
    CardError::Record(RecordError::Malformed {
        kind: kind.name(),
        reason: "only contacts and events have a plain part another program edits".into(),
    })
}

fn unreadable(kind: Kind, uid: &str, reason: String) -> CardError {
    let extension = if kind == Kind::Contact { "vcf" } else { "ics" };
    CardError::Unreadable {
        name: lines::resource_name(uid, extension),
        reason,
    }
}

impl From<rusqlite::Error> for CardError {
    fn from(error: rusqlite::Error) -> Self {
        CardError::Record(RecordError::Database(error))
    }
}
