//! What goes out: each record made or changed here written to the server
//! under its precondition, and each deletion made there. Each write the
//! server acknowledges is committed with its new etag at once. A write the
//! server refuses because someone wrote meanwhile is fetched and merged
//! now, a few times at most, else left for the next sync.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::apply::{self, Context, Removal, Step, Upload, Work};
use super::receive::{self, Arrival};
use super::state::{self, Row};
use super::{Progress, SyncError};
use crate::sync::cards::{self, CardError};
use crate::sync::records;
use crate::sync::remote::{Collection, Precondition, Remote, Written};
use crate::sync::seal::SealError;

/// How many times a write refused for a change meanwhile is merged and
/// tried again in one sync.
const RETRIES: usize = 2;

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
        for (done, upload) in uploads.into_iter().enumerate() {
            if done.is_multiple_of(50) {
                let done = u32::try_from(done).unwrap_or(u32::MAX);
                progress(Progress {
                    step: step.clone(),
                    done,
                    total,
                });
            }
            let fresh = work.touched;
            write(conn, remote, context, upload, fresh, work)?;
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

/// Writes one record; `reread` when this sync applied changes here (the
/// record read before may be stale or gone).
fn write(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    context: Context,
    upload: Upload,
    reread: bool,
    work: &mut Work,
) -> Result<(), SyncError> {
    let Upload {
        kind,
        uid,
        collection,
        name,
        mut precondition,
        doc,
    } = upload;
    let mut doc = match doc {
        Some(doc) if !reread => doc,
        _ => match records::read(conn, kind, &uid)? {
            Some(doc) => doc,
            // Deleted here meanwhile: the next sync deletes it there.
            None => return Ok(()),
        },
    };
    for attempt in 0..=RETRIES {
        let resource = cards::write(conn, &doc, context.key, context.writing)?;
        let name = name.clone().unwrap_or(resource.name);
        match remote.put(collection, &name, &resource.body, precondition.clone())? {
            Written::Stored { etag } => {
                let tx = conn.transaction()?;
                state::save_row(
                    &tx,
                    &Row {
                        collection,
                        name,
                        kind,
                        uid: uid.clone(),
                        etag,
                        base: Some(doc.canonical()),
                        plain: Some(resource.plain),
                        resend: false,
                    },
                )?;
                tx.commit()?;
                work.report.sent += 1;
                return Ok(());
            }
            Written::Conflict if attempt < RETRIES => {
                // Someone wrote it meanwhile: bring their version in.
                let Some(arrival) = fetch(remote, context, collection, &name)? else {
                    return Ok(());
                };
                let row = state::row(conn, kind, &uid)?;
                let tx = conn.transaction()?;
                if apply::merge(&tx, &doc, row.as_ref(), &arrival, work)? == Step::Waiting {
                    return Ok(());
                }
                tx.commit()?;
                if state::row(conn, kind, &uid)?.is_some_and(|row| !row.resend) {
                    // The merge left nothing to send.
                    return Ok(());
                }
                precondition = Precondition::Matches(arrival.etag);
                doc = match records::read(conn, kind, &uid)? {
                    Some(doc) => doc,
                    None => return Ok(()),
                };
            }
            // Left for the next sync, which lists the change.
            Written::Conflict => return Ok(()),
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
