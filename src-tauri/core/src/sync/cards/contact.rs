//! A contact as the address book's vCard: the vCard the export writes for
//! it (3.0, which every phone reads), and a phone's edit of that vCard
//! merged back into the contact the way an import stores a card.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::super::merge::{merge, FieldConflict};
use super::super::records::RecordError;
use super::fields::{self, Plain};
use super::{lines, CardError};
use crate::contacts::{self, Contact, ContactDraft, ContactError, ContactId, Indexing, NameParts};
use crate::interop::vcard::{self, VcardVersion};
use crate::interop::Card;

/// The plain vCard for the contact with this uid; its NOTE only when
/// `notes` (the user chose to let the server read contact notes).
pub(super) fn plain(conn: &Connection, uid: &str, notes: bool) -> Result<String, CardError> {
    let id = find(conn, uid)?.ok_or_else(|| missing(uid))?;
    vcard_of(conn, id, uid, notes)
}

/// The uid of a vCard another program made (`None` when it has none);
/// an error when it is no card Curbside can read.
pub(super) fn check(plain: &str) -> Result<Option<String>, String> {
    match vcard::read_cards(plain.as_bytes()).next() {
        Some(Ok(card)) => Ok(card
            .uid
            .map(|uid| uid.trim().to_owned())
            .filter(|uid| !uid.is_empty())),
        Some(Err(error)) => Err(error.message),
        None => Err("it holds no vCard".to_owned()),
    }
}

/// Merges `there` (a phone's vCard) into the contact with this uid, or
/// makes the contact; returns the fields both sides changed differently.
pub(super) fn apply(
    tx: &Transaction,
    uid: &str,
    base: &Plain,
    there: &Plain,
    now: Timestamp,
) -> Result<Vec<FieldConflict>, CardError> {
    let id = find(tx, uid)?;
    // Here is written with its notes even when they stay off the server:
    // a phone's NOTE then meets them as a conflict, never replaces them.
    let here = match id {
        Some(id) => Plain::read(&vcard_of(tx, id, uid, true)?).map_err(|r| unreadable(uid, r))?,
        None => Plain::default(),
    };
    let merged = merge(&base.sorted(), &here.sorted(), &there.sorted());
    let text = rebuild(&fields::arrange(&merged.fields, &here, there), uid);
    let card = match vcard::read_cards(text.as_bytes()).next() {
        Some(Ok(card)) => card,
        Some(Err(error)) => return Err(unreadable(uid, error.message)),
        None => return Err(unreadable(uid, "it holds no vCard".to_owned())),
    };
    store(tx, id, uid, card, now)?;
    Ok(merged.conflicts)
}

fn find(conn: &Connection, uid: &str) -> rusqlite::Result<Option<ContactId>> {
    conn.prepare_cached("SELECT id FROM contacts WHERE uid = ?1")?
        .query_row([uid], |row| row.get(0))
        .optional()
}

/// The contact as the export writes it, with this uid and no sealed line.
fn vcard_of(conn: &Connection, id: ContactId, uid: &str, notes: bool) -> Result<String, CardError> {
    let contact = contacts::get(conn, id).map_err(contact_error)?;
    let mut card = crate::export::card_from_contact(conn, &contact).map_err(contact_error)?;
    card.uid = Some(uid.to_owned());
    card.revision = None;
    if !notes {
        card.notes.clear();
    }
    card.extra.retain(|line| !lines::is_sealed(line));
    let mut out = Vec::new();
    vcard::write_card(&card, VcardVersion::V3, &mut out).map_err(|error| {
        CardError::Record(RecordError::Malformed {
            kind: "contact",
            reason: error.to_string(),
        })
    })?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// A vCard from merged fields; Apple labels become item groups again.
fn rebuild(fields: &[(String, Vec<String>)], uid: &str) -> String {
    let mut out = vec!["BEGIN:VCARD".to_owned(), "VERSION:3.0".to_owned()];
    let mut group = 0;
    for (name, values) in fields {
        if name == "UID" {
            continue;
        }
        for value in values {
            let (params, value) = fields::split_value(value);
            let mut label = None;
            let mut kept = String::new();
            for param in fields::split_params(params) {
                match param.split_once('=') {
                    Some((key, text)) if key.eq_ignore_ascii_case(fields::LABEL_PARAM) => {
                        label = Some(text.trim_matches('"').to_owned());
                    }
                    _ => {
                        kept.push(';');
                        kept.push_str(param);
                    }
                }
            }
            match label {
                Some(label) => {
                    group += 1;
                    out.push(format!("item{group}.{name}{kept}:{value}"));
                    out.push(format!("item{group}.X-ABLabel:{}", lines::escape(&label)));
                }
                None => out.push(format!("{name}{kept}:{value}")),
            }
        }
    }
    out.push(format!("UID:{}", lines::escape(uid)));
    out.push("END:VCARD".to_owned());
    lines::fold_all(&out)
}

/// Stores the merged card as the contact with this uid: its fields as the
/// import reads a card, what a vCard does not carry kept from the contact.
/// The merged card is the whole plain truth: an email the phone removed
/// goes, unlike an import's, which only ever adds.
fn store(
    tx: &Transaction,
    id: Option<ContactId>,
    uid: &str,
    mut card: Card,
    now: Timestamp,
) -> Result<(), CardError> {
    card.uid = Some(uid.to_owned());
    crate::import::fit(&mut card);
    let mut draft = crate::import::draft_from_card(&mut card);
    contacts::check_counts(&draft).map_err(|invalid| contact_error(invalid.into()))?;
    let id = match id {
        Some(id) => {
            let stored = contacts::get(tx, id).map_err(contact_error)?;
            keep_what_vcards_lack(&stored, &mut draft);
            contacts::overwrite(tx, id, &draft, now, Indexing::Now).map_err(contact_error)?;
            id
        }
        None => contacts::insert(tx, &draft, now, Indexing::Now).map_err(contact_error)?,
    };
    tx.prepare_cached("UPDATE contacts SET uid = ?2, extra = ?3 WHERE id = ?1")?
        .execute(params![id, uid, card.extra.join("\n")])?;
    match &card.photo {
        Some(photo) => {
            tx.prepare_cached(
                "INSERT INTO contact_photos (contact_id, media_type, data) VALUES (?1, ?2, ?3)
                 ON CONFLICT (contact_id) DO UPDATE SET media_type = excluded.media_type, data = excluded.data",
            )?
            .execute(params![id, photo.media_type, photo.data])?;
        }
        None => {
            tx.prepare_cached("DELETE FROM contact_photos WHERE contact_id = ?1")?
                .execute([id])?;
        }
    }
    Ok(())
}

/// Who introduced the user to the contact travels only sealed; a name the
/// export guessed from a name-only contact is not news about the name.
fn keep_what_vcards_lack(stored: &Contact, draft: &mut ContactDraft) {
    let introduced_by = stored.met.introduced_by;
    match draft.met.as_mut() {
        Some(met) => met.introduced_by = introduced_by,
        None if introduced_by.is_some() => {
            draft.met = Some(crate::contacts::HowWeMet {
                introduced_by,
                ..Default::default()
            });
        }
        None => {}
    }
    let (guessed, credentials) =
        crate::export::guessed_name(&stored.display_name, &stored.credentials);
    if stored.name == NameParts::default() && draft.name.as_ref() == Some(&guessed) {
        draft.name = None;
        if draft.credentials == credentials {
            draft.credentials = stored.credentials.clone();
        }
    }
}

fn missing(uid: &str) -> CardError {
    CardError::Record(RecordError::Malformed {
        kind: "contact",
        reason: format!("this computer has no contact with the uid {uid}"),
    })
}

fn unreadable(uid: &str, reason: String) -> CardError {
    CardError::Unreadable {
        name: lines::resource_name(uid, "vcf"),
        reason,
    }
}

fn contact_error(error: ContactError) -> CardError {
    match error {
        ContactError::Database(error) => CardError::Record(RecordError::Database(error)),
        other => CardError::Record(RecordError::Malformed {
            kind: "contact",
            reason: other.to_string(),
        }),
    }
}
