//! What goes out: each record made or changed here written to the server
//! under its precondition (a batch at a time, which a server over the
//! network may send at once), and each deletion made there. Each write the
//! server acknowledges is committed with its new etag at once. A write the
//! server refuses because someone wrote meanwhile is fetched and merged
//! now, a few times at most, else left for the next sync.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::apply::{self, Context, Removal, Step, Upload, Work};
use super::receive::{self, Arrival};
use super::state::{self, Row};
use super::{Progress, SyncError};
use crate::sync::cards::{self, CardError, Resource};
use crate::sync::records::{self, Doc};
use crate::sync::remote::{Collection, Precondition, Put, Remote, Written};
use crate::sync::seal::SealError;

/// How many times a write refused for a change meanwhile is merged and
/// tried again in one sync.
const RETRIES: usize = 2;

/// Records written in one `put_many`.
const BATCH: usize = 50;

/// Sends every queued write, collection by collection.
pub(super) fn send(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    context: Context,
    work: &mut Work,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), SyncError> {
    let mut by_collection: BTreeMap<Collection, Vec<Upload>> = BTreeMap::new();
    for upload in std::mem::take(&mut work.uploads) {
        by_collection
            .entry(upload.collection)
            .or_default()
            .push(upload);
    }
    for (collection, uploads) in by_collection {
        let step = format!("Sending {}", receive::what(collection));
        let total = u32::try_from(uploads.len()).unwrap_or(u32::MAX);
        let mut done = 0u32;
        let mut uploads = uploads.into_iter().peekable();
        while uploads.peek().is_some() {
            progress(Progress {
                step: step.clone(),
                done,
                total,
            });
            let mut batch = Vec::with_capacity(BATCH);
            for upload in uploads.by_ref().take(BATCH) {
                done = done.saturating_add(1);
                if let Some(ready) = prepare(conn, context, upload, work.touched)? {
                    batch.push(ready);
                }
            }
            write_batch(conn, remote, context, collection, batch, work)?;
        }
        progress(Progress {
            step,
            done: total,
            total,
        });
    }
    let removals = std::mem::take(&mut work.removals);
    let total = u32::try_from(removals.len()).unwrap_or(u32::MAX);
    for (done, removal) in removals.into_iter().enumerate() {
        if done.is_multiple_of(50) {
            progress(Progress {
                step: "Deleting on the server".into(),
                done: u32::try_from(done).unwrap_or(u32::MAX),
                total,
            });
        }
        delete(conn, remote, removal, work)?;
    }
    Ok(())
}

/// A record ready to go out.
struct Ready {
    upload: Upload,
    name: String,
    doc: Doc,
    resource: Resource,
}

/// The record an upload sends, written as its resource; none when it is no
/// longer here. `reread` when this sync applied changes here (the record
/// read before may be stale or gone).
fn prepare(
    conn: &Connection,
    context: Context,
    mut upload: Upload,
    reread: bool,
) -> Result<Option<Ready>, SyncError> {
    let doc = match upload.doc.take() {
        Some(doc) if !reread => doc,
        _ => match records::read(conn, upload.kind, &upload.uid)? {
            Some(doc) => doc,
            // Deleted here meanwhile: the next sync deletes it there.
            None => return Ok(None),
        },
    };
    let resource = cards::write(conn, &doc, context.key, context.writing)?;
    let name = upload.name.clone().unwrap_or_else(|| resource.name.clone());
    Ok(Some(Ready {
        upload,
        name,
        doc,
        resource,
    }))
}

/// Writes a batch of records, noting each the server stored at once.
fn write_batch(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    context: Context,
    collection: Collection,
    batch: Vec<Ready>,
    work: &mut Work,
) -> Result<(), SyncError> {
    let puts: Vec<Put> = batch
        .iter()
        .map(|ready| Put {
            name: ready.name.clone(),
            body: ready.resource.body.clone(),
            precondition: ready.upload.precondition.clone(),
        })
        .collect();
    let results = remote.put_many(collection, &puts);
    for (ready, result) in batch.into_iter().zip(results) {
        match result? {
            Written::Stored { etag } => stored(conn, &ready, etag, work)?,
            Written::Conflict => after_conflict(conn, remote, context, ready, work)?,
        }
    }
    Ok(())
}

/// Notes a write the server stored, with its new etag.
fn stored(
    conn: &mut Connection,
    ready: &Ready,
    etag: String,
    work: &mut Work,
) -> Result<(), SyncError> {
    let tx = conn.transaction()?;
    state::save_row(
        &tx,
        &Row {
            collection: ready.upload.collection,
            name: ready.name.clone(),
            kind: ready.upload.kind,
            uid: ready.upload.uid.clone(),
            etag,
            base: Some(ready.doc.canonical()),
            plain: Some(ready.resource.plain.clone()),
            resend: false,
        },
    )?;
    tx.commit()?;
    work.report.sent += 1;
    Ok(())
}

/// A write refused because someone wrote meanwhile: their version is
/// fetched and merged, and the merged record written again, a few times
/// at most; else it waits for the next sync, which lists the change.
fn after_conflict(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    context: Context,
    mut ready: Ready,
    work: &mut Work,
) -> Result<(), SyncError> {
    let (kind, uid, collection) = (
        ready.upload.kind,
        ready.upload.uid.clone(),
        ready.upload.collection,
    );
    for _ in 0..RETRIES {
        let Some(arrival) = fetch(remote, context, collection, &ready.name)? else {
            return Ok(());
        };
        let row = state::row(conn, kind, &uid)?;
        let tx = conn.transaction()?;
        if apply::merge(&tx, &ready.doc, row.as_ref(), &arrival, work)? == Step::Waiting {
            return Ok(());
        }
        tx.commit()?;
        if state::row(conn, kind, &uid)?.is_some_and(|row| !row.resend) {
            // The merge left nothing to send.
            return Ok(());
        }
        let Some(doc) = records::read(conn, kind, &uid)? else {
            return Ok(());
        };
        ready.resource = cards::write(conn, &doc, context.key, context.writing)?;
        ready.doc = doc;
        ready.upload.precondition = Precondition::Matches(arrival.etag);
        let body = &ready.resource.body;
        match remote.put(
            collection,
            &ready.name,
            body,
            ready.upload.precondition.clone(),
        )? {
            Written::Stored { etag } => return stored(conn, &ready, etag, work),
            Written::Conflict => {}
        }
    }
    Ok(())
}

/// Fetches and reads one resource again; none when it is gone or cannot
/// be read (the next sync lists it).
fn fetch(
    remote: &mut dyn Remote,
    context: Context,
    collection: Collection,
    name: &str,
) -> Result<Option<Arrival>, SyncError> {
    let fetched = remote.get(collection, &[name.to_owned()])?;
    let Some(resource) = fetched.into_iter().next() else {
        return Ok(None);
    };
    match cards::read(collection, &resource.name, &resource.body, context.key) {
        Ok(incoming) => Ok(Some(Arrival {
            collection,
            name: resource.name,
            etag: resource.etag,
            incoming,
        })),
        Err(CardError::Seal(SealError::WrongKey)) => Err(SyncError::OtherKey),
        Err(_) => Ok(None),
    }
}

/// Deletes one resource on the server, if it is unchanged there.
fn delete(
    conn: &Connection,
    remote: &mut dyn Remote,
    removal: Removal,
    work: &mut Work,
) -> Result<(), SyncError> {
    match remote.delete(removal.collection, &removal.name, &removal.etag)? {
        Written::Stored { .. } => {
            state::forget_row(conn, removal.kind, &removal.uid)?;
            work.report.deleted_there += 1;
        }
        // Changed there meanwhile: the next sync brings the edit back and
        // asks.
        Written::Conflict => {}
    }
    Ok(())
}
