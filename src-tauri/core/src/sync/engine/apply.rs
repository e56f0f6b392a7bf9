//! The server's changes applied here, each item together with its sync
//! state in the caller's transaction (so an item is never stored without
//! its etag, nor its etag without the item), and what must go back out
//! queued: items made or changed here, merged items, and deletions to make
//! on the server.

use rusqlite::{Connection, Transaction};
use serde_json::{json, Value};

use super::receive::Arrival;
use super::state::{self, Row};
use super::{Report, SyncError};
use crate::sync::cards::{self, Writing};
use crate::sync::conflicts::{self, Found};
use crate::sync::merge::{self, FieldConflict, Fields};
use crate::sync::plan::Action;
use crate::sync::records::{self, Applied, Doc, Kind, RecordError};
use crate::sync::remote::{Collection, Precondition};
use crate::sync::seal::SyncKey;

/// What a sync writes with.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context<'a> {
    pub key: &'a SyncKey,
    pub writing: Writing,
}

/// One item, as both sides have it, and what to do with it.
#[derive(Debug)]
pub(super) struct Item {
    pub kind: Kind,
    pub uid: String,
    /// The record here, when there is one.
    pub here: Option<Doc>,
    /// Its canonical text.
    pub here_text: Option<String>,
    /// The resource as last synced.
    pub row: Option<Row>,
    /// The resource made or changed on the server.
    pub arrival: Option<Box<Arrival>>,
    pub action: Action,
}

impl Item {
    /// The collection its resource is in (or goes to).
    pub fn collection(&self) -> Collection {
        if let Some(arrival) = &self.arrival {
            arrival.collection
        } else if let Some(row) = &self.row {
            row.collection
        } else {
            self.kind.collection()
        }
    }
}

/// A resource to write on the server.
#[derive(Debug)]
pub(super) struct Upload {
    pub kind: Kind,
    pub uid: String,
    pub collection: Collection,
    /// Its name there, when it has one already (else the name the record
    /// is written under).
    pub name: Option<String>,
    pub precondition: Precondition,
    /// The record to send, as read before this sync applied anything
    /// (none: read it again, this sync changed it).
    pub doc: Option<Doc>,
}

/// A resource to delete on the server.
#[derive(Debug)]
pub(super) struct Removal {
    pub kind: Kind,
    pub uid: String,
    pub collection: Collection,
    pub name: String,
    pub etag: String,
}

/// What applying queued, and counted.
#[derive(Debug, Default)]
pub(super) struct Work {
    pub uploads: Vec<Upload>,
    pub removals: Vec<Removal>,
    pub report: Report,
    /// Whether anything was applied here (records read before may be stale).
    pub touched: bool,
}

/// Whether an item was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    Done,
    /// It refers to an item not here yet: try again after the others.
    Waiting,
}

/// Applies one item's action here and queues what goes out.
pub(super) fn apply(
    tx: &Transaction,
    context: Context,
    item: &Item,
    work: &mut Work,
) -> Result<Step, SyncError> {
    let (kind, uid) = (item.kind, item.uid.as_str());
    match item.action {
        Action::Nothing => {}
        Action::Create => work.uploads.push(Upload {
            kind,
            uid: uid.to_owned(),
            collection: kind.collection(),
            name: None,
            precondition: Precondition::New,
            doc: item.here.clone(),
        }),
        Action::Upload => {
            let row = known(item)?;
            work.uploads.push(Upload {
                kind,
                uid: uid.to_owned(),
                collection: row.collection,
                name: Some(row.name.clone()),
                precondition: Precondition::Matches(row.etag.clone()),
                doc: item.here.clone(),
            });
        }
        Action::Download => return download(tx, context, item, arrived(item)?, false, work),
        Action::KeepEditThereAndAsk => {
            return download(tx, context, item, arrived(item)?, true, work)
        }
        Action::Merge => {
            let Some(here) = &item.here else {
                return Err(inconsistent(item, "a merge needs the record here"));
            };
            let row = item.row.as_ref();
            return merge(tx, here, row, arrived(item)?, work);
        }
        Action::DeleteHere => {
            records::remove(tx, kind, uid)?;
            state::forget_row(tx, kind, uid)?;
            conflicts::forget(tx, kind, uid)?;
            work.report.deleted_here += 1;
            work.touched = true;
        }
        Action::DeleteThere => {
            let row = known(item)?;
            work.removals.push(Removal {
                kind,
                uid: uid.to_owned(),
                collection: row.collection,
                name: row.name.clone(),
                etag: row.etag.clone(),
            });
        }
        Action::Forget => {
            state::forget_row(tx, kind, uid)?;
        }
        Action::KeepEditHereAndAsk => {
            let row = known(item)?;
            let Some(here) = &item.here else {
                return Err(inconsistent(item, "an edit kept needs the record here"));
            };
            let label = records::label(here);
            conflicts::record(
                tx,
                &Found {
                    kind,
                    uid,
                    item: &label,
                    field: None,
                    plain: false,
                    here: json!(label),
                    there: Value::Null,
                },
            )?;
            state::forget_row(tx, kind, uid)?;
            work.report.conflicts += 1;
            // The server's resource went: the edit goes out as a new one.
            work.uploads.push(Upload {
                kind,
                uid: uid.to_owned(),
                collection: row.collection,
                name: Some(row.name.clone()),
                precondition: Precondition::New,
                doc: item.here.clone(),
            });
        }
    }
    Ok(Step::Done)
}

/// Stores the server's version of an item unchanged here (or deleted here
/// and edited there, which comes back with a conflict asking).
fn download(
    tx: &Transaction,
    context: Context,
    item: &Item,
    arrival: &Arrival,
    deleted_here: bool,
    work: &mut Work,
) -> Result<Step, SyncError> {
    let (kind, uid) = (item.kind, item.uid.as_str());
    let incoming = &arrival.incoming;
    if let Some(doc) = &incoming.sealed {
        if let Applied::Waiting { .. } = records::apply(tx, doc)? {
            return Ok(Step::Waiting);
        }
    }
    let mut found = 0;
    if incoming.plain_edited {
        // Another program edited the plain part: its edit, against the
        // plain part the record now here writes (or the one last synced
        // when the resource carries no record), goes into the item.
        let base = match &incoming.sealed {
            Some(doc) => Some(cards::write(tx, doc, context.key, context.writing)?.plain),
            None => item.row.as_ref().and_then(|row| row.plain.clone()),
        };
        let edits = cards::apply_plain_edit(tx, kind, uid, base.as_deref(), &incoming.plain)?;
        found += record_fields(tx, kind, uid, true, &edits)?;
    }
    let now = read_back(tx, kind, uid)?;
    if deleted_here {
        let label = records::label(&now);
        conflicts::record(
            tx,
            &Found {
                kind,
                uid,
                item: &label,
                field: None,
                plain: false,
                here: Value::Null,
                there: json!(label),
            },
        )?;
        found += 1;
    }
    let resend = incoming.plain_edited;
    state::save_row(
        tx,
        &Row {
            collection: arrival.collection,
            name: arrival.name.clone(),
            kind,
            uid: uid.to_owned(),
            etag: arrival.etag.clone(),
            base: Some(now.canonical()),
            plain: Some(incoming.plain.clone()),
            resend,
        },
    )?;
    work.report.received += 1;
    work.report.conflicts += found;
    work.touched = true;
    if resend {
        // The resource goes out again with its record sealed in, so the
        // next reader needs no merge.
        work.uploads.push(again(kind, uid, arrival));
    }
    Ok(Step::Done)
}

/// Brings together an item changed here and on the server, field by field
/// against the version both started from; the fields changed differently
/// keep this computer's value and wait for the user.
pub(super) fn merge(
    tx: &Transaction,
    here: &Doc,
    row: Option<&Row>,
    arrival: &Arrival,
    work: &mut Work,
) -> Result<Step, SyncError> {
    let (kind, uid) = (here.kind, here.uid.as_str());
    let here_text = here.canonical();
    let incoming = &arrival.incoming;
    let there_text = incoming.sealed.as_ref().map(Doc::canonical);
    let mut found = 0;
    let mut merged = false;
    if let (Some(there), Some(there_text)) = (&incoming.sealed, &there_text) {
        if *there_text != here_text {
            let base = match row.and_then(|row| row.base.as_deref()) {
                Some(base) => records::to_fields(&Doc::from_canonical(kind, uid, base)?),
                None => fresh_fields(kind)?,
            };
            let outcome =
                merge::merge(&base, &records::to_fields(here), &records::to_fields(there));
            let doc = records::from_fields(kind, uid, &outcome.fields)?;
            if doc.canonical() != here_text {
                if let Applied::Waiting { .. } = records::apply(tx, &doc)? {
                    return Ok(Step::Waiting);
                }
            }
            found += record_fields(tx, kind, uid, false, &outcome.conflicts)?;
            merged = true;
        }
    }
    if incoming.plain_edited {
        let base = row.and_then(|row| row.plain.as_deref());
        let edits = cards::apply_plain_edit(tx, kind, uid, base, &incoming.plain)?;
        found += record_fields(tx, kind, uid, true, &edits)?;
        merged = true;
    }
    let now_text = read_back(tx, kind, uid)?.canonical();
    // What both sides agree on now: the server's record, until the merged
    // item is written there.
    let send = incoming.plain_edited || there_text.as_deref() != Some(now_text.as_str());
    state::save_row(
        tx,
        &Row {
            collection: arrival.collection,
            name: arrival.name.clone(),
            kind,
            uid: uid.to_owned(),
            etag: arrival.etag.clone(),
            base: if send { there_text } else { Some(now_text) },
            plain: Some(incoming.plain.clone()),
            resend: send,
        },
    )?;
    if merged {
        work.report.merged += 1;
        work.touched = true;
    }
    work.report.conflicts += found;
    if send {
        work.uploads.push(again(kind, uid, arrival));
    }
    Ok(Step::Done)
}

/// The upload that writes a resource just read again, over its etag.
fn again(kind: Kind, uid: &str, arrival: &Arrival) -> Upload {
    Upload {
        kind,
        uid: uid.to_owned(),
        collection: arrival.collection,
        name: Some(arrival.name.clone()),
        precondition: Precondition::Matches(arrival.etag.clone()),
        doc: None,
    }
}

/// Stores field conflicts; how many.
fn record_fields(
    conn: &Connection,
    kind: Kind,
    uid: &str,
    plain: bool,
    found: &[FieldConflict],
) -> Result<u32, SyncError> {
    if found.is_empty() {
        return Ok(0);
    }
    let label = match records::read(conn, kind, uid)? {
        Some(doc) => records::label(&doc),
        None => uid.to_owned(),
    };
    for conflict in found {
        conflicts::record(
            conn,
            &Found {
                kind,
                uid,
                item: &label,
                field: Some(&conflict.field),
                plain,
                here: json!(conflict.here),
                there: json!(conflict.there),
            },
        )?;
    }
    Ok(u32::try_from(found.len()).unwrap_or(u32::MAX))
}

/// The record as stored after applying it.
fn read_back(conn: &Connection, kind: Kind, uid: &str) -> Result<Doc, SyncError> {
    records::read(conn, kind, uid)?.ok_or_else(|| {
        SyncError::Record(RecordError::Malformed {
            kind: kind.name(),
            reason: format!("{uid} was applied but is not there afterwards"),
        })
    })
}

/// The fields a record of `kind` has in a new book: what two books that
/// each made the record on their own both started from (only the
/// settings, which every book has from the start; nothing else).
fn fresh_fields(kind: Kind) -> Result<Fields, SyncError> {
    if kind != Kind::Settings {
        return Ok(Fields::new());
    }
    let mut fresh = crate::db::open_in_memory().map_err(|error| RecordError::Malformed {
        kind: kind.name(),
        reason: format!("a new book's settings could not be made: {error}"),
    })?;
    let tx = fresh.transaction()?;
    let docs = records::read_all(&tx, kind)?;
    Ok(docs.first().map(records::to_fields).unwrap_or_default())
}

fn known(item: &Item) -> Result<&Row, SyncError> {
    item.row
        .as_ref()
        .ok_or_else(|| inconsistent(item, "it was never synced"))
}

fn arrived(item: &Item) -> Result<&Arrival, SyncError> {
    item.arrival
        .as_deref()
        .ok_or_else(|| inconsistent(item, "nothing came from the server"))
}

fn inconsistent(item: &Item, why: &str) -> SyncError {
    SyncError::Record(RecordError::Malformed {
        kind: item.kind.name(),
        reason: format!("{} could not be synced: {why}", item.uid),
    })
}
