//! One sync: what changed on the server comes in, what changed here goes
//! out, both sides' edits of one item merge field by field, and what cannot
//! merge waits for the user as a conflict. Every applied change is
//! committed with its new etag at once, so a sync cut off anywhere (a lost
//! connection, a killed process) resumes with no duplicate and no loss.
//!
//! The parts, in the order a sync runs them: [`receive`] lists and fetches
//! what changed on the server (all of it read before anything is applied),
//! the book is read and each item planned ([`crate::sync::plan`]), [`apply`]
//! applies the server's changes, each item with its sync state in one
//! transaction (a batch of items per transaction), [`send`] writes
//! what changed here; [`state`] keeps the sync state tables. A collection's
//! token is saved last, once everything its listing named is applied.
//!
//! OWNER: engine helper.

mod apply;
mod receive;
mod send;
pub(crate) mod state;

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::Serialize;

use self::apply::{Context, Item, Step, Work};
use self::receive::{Received, Seen};
use self::state::{Key, Known};
use super::account::{self, Account};
use super::cards::Writing;
use super::plan::{self, Local};
use super::records::{self, Doc, Kind};
use super::remote::{Collection, Remote, RemoteError};

/// What a sync did, for `sync now` and the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Report {
    /// Items sent to the server (made or changed here).
    pub sent: u32,
    /// Items received from the server (made or changed there).
    pub received: u32,
    /// Items deleted here because they were deleted there.
    pub deleted_here: u32,
    /// Items deleted on the server because they were deleted here.
    pub deleted_there: u32,
    /// Items changed on both sides whose edits merged.
    pub merged: u32,
    /// New conflicts for the user.
    pub conflicts: u32,
    /// Resources on the server this sync left alone (unreadable, or a
    /// second resource for one item), each in words.
    pub skipped: Vec<String>,
}

/// How far a sync is, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Progress {
    /// What it is doing, in words ("Sending contacts").
    pub step: String,
    /// Items done in this step.
    pub done: u32,
    /// Items in this step.
    pub total: u32,
}

/// Why a sync stopped. What it finished before stays done.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No account is set up.
    #[error("sync is not set up: add an account first")]
    NoAccount,
    /// The server.
    #[error(transparent)]
    Remote(#[from] RemoteError),
    /// The database.
    #[error("the book could not be read or written during sync: {0}")]
    Database(#[from] rusqlite::Error),
    /// A record.
    #[error(transparent)]
    Record(#[from] super::records::RecordError),
    /// A resource.
    #[error(transparent)]
    Card(#[from] super::cards::CardError),
    /// The server holds another book's records (another sync key).
    #[error("the server holds a Curbside book sealed with another sync key: enter that book's sync key, or choose other collections")]
    OtherKey,
}

/// Items applied in one transaction.
const BATCH: usize = 200;

/// Runs one sync of the account stored in `conn` against `remote`. When
/// it was tried and how it ended (its error in plain words) are recorded
/// with the account, also when it fails.
pub fn run(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, SyncError> {
    let Some(account) = account::load(conn)? else {
        return Err(SyncError::NoAccount);
    };
    account::record_attempt(conn)?;
    let outcome = sync(conn, remote, &account, progress);
    match &outcome {
        Ok(_) => account::record_outcome(conn, None)?,
        Err(error) => {
            let words = crate::db::in_plain_words(&error.to_string());
            // The sync's own error says more than a failure to note it.
            let _ = account::record_outcome(conn, Some(&words));
        }
    }
    outcome
}

/// One sync, start to end.
fn sync(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    account: &Account,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, SyncError> {
    let context = Context {
        key: &account.key,
        writing: Writing {
            contact_notes_plain: account.contact_notes_plain,
        },
    };
    let known = state::load(conn)?;
    let mut tokens = HashMap::new();
    for collection in Collection::ALL {
        tokens.insert(collection, state::token(conn, collection)?);
    }
    let Received {
        seen,
        tokens: next_tokens,
        mut incomplete,
        skipped,
        key_check,
    } = receive::receive(remote, &known, &tokens, &account.key, progress)?;
    let here = read_here(conn)?;
    let items = plan_items(here, known, seen);

    let mut work = Work::default();
    let step = "Applying changes";
    let total = items
        .iter()
        .filter(|item| item.action != plan::Action::Nothing)
        .count();
    let total = u32::try_from(total).unwrap_or(u32::MAX);
    let mut done = 0u32;
    let mut waiting = Vec::new();
    // Items are committed a batch at a time, each with its sync state: a
    // sync cut off loses at most the batch, which the next one applies
    // again (neither the items nor their etags were stored).
    let mut tx = conn.transaction()?;
    let mut in_batch = 0;
    for item in &items {
        if item.action == plan::Action::Nothing {
            continue;
        }
        if apply::apply(&tx, context, item, &mut work)? == Step::Waiting {
            waiting.push(item);
        }
        in_batch += 1;
        if in_batch == BATCH {
            tx.commit()?;
            tx = conn.transaction()?;
            in_batch = 0;
        }
        done += 1;
        if done.is_multiple_of(100) || done == total {
            progress(Progress {
                step: step.into(),
                done,
                total,
            });
        }
    }
    // Records that refer to items that came later in this sync.
    while !waiting.is_empty() {
        let before = waiting.len();
        let mut still = Vec::new();
        for item in waiting {
            if apply::apply(&tx, context, item, &mut work)? == Step::Waiting {
                still.push(item);
            }
        }
        waiting = still;
        if waiting.len() == before {
            break;
        }
    }
    tx.commit()?;
    // Still waiting: left unrecorded, and their collections listed again
    // from the old token next time.
    incomplete.extend(waiting.iter().map(|item| item.collection()));

    send::send(conn, remote, context, &mut work, progress)?;

    let tx = conn.transaction()?;
    if let Some(etag) = key_check {
        state::save_key_check(&tx, etag.as_deref())?;
    }
    for (collection, token) in next_tokens {
        if !incomplete.contains(&collection) {
            state::save_token(&tx, collection, token.as_deref())?;
        }
    }
    tx.commit()?;
    work.report.skipped = skipped;
    Ok(work.report)
}

/// Every record of this book (giving uids to items without one).
fn read_here(conn: &mut Connection) -> Result<HashMap<Key, Doc>, SyncError> {
    let tx = conn.transaction()?;
    let mut here = HashMap::new();
    for kind in Kind::ALL {
        for doc in records::read_all(&tx, kind)? {
            here.insert((kind, doc.uid.clone()), doc);
        }
    }
    tx.commit()?;
    Ok(here)
}

/// Each item both sides know of, with what to do with it, in the order
/// items are applied (what others refer to first).
fn plan_items(here: HashMap<Key, Doc>, known: Known, seen: HashMap<Key, Seen>) -> Vec<Item> {
    let mut items: HashMap<Key, Item> = HashMap::new();
    let blank = |key: &Key| Item {
        kind: key.0,
        uid: key.1.clone(),
        here: None,
        here_text: None,
        row: None,
        arrival: None,
        action: plan::Action::Nothing,
    };
    for (key, doc) in here {
        let item = items.entry(key.clone()).or_insert_with(|| blank(&key));
        item.here_text = Some(doc.canonical());
        item.here = Some(doc);
    }
    for (key, row) in known.rows {
        items.entry(key.clone()).or_insert_with(|| blank(&key)).row = Some(row);
    }
    let mut gone = HashSet::new();
    for (key, seen) in seen {
        let item = items.entry(key.clone()).or_insert_with(|| blank(&key));
        match seen {
            Seen::Missing => {
                gone.insert(key);
            }
            Seen::Changed(arrival) => item.arrival = Some(arrival),
        }
    }
    let mut items: Vec<Item> = items
        .into_iter()
        .map(|(key, mut item)| {
            let local = match (&item.row, &item.here_text) {
                (None, None) => Local::Absent,
                (None, Some(_)) => Local::New,
                (Some(row), Some(text)) if !row.resend && row.base.as_deref() == Some(text) => {
                    Local::Same
                }
                (Some(_), Some(_)) => Local::Changed,
                (Some(_), None) => Local::Deleted,
            };
            let there = match (&item.arrival, &item.row) {
                (Some(arrival), _) => plan::Remote::Changed {
                    etag: arrival.etag.clone(),
                },
                (None, Some(_)) if !gone.contains(&key) => plan::Remote::Same,
                (None, _) => plan::Remote::Missing,
            };
            item.action = plan::decide(local, &there);
            item
        })
        .collect();
    let order = |kind: Kind| Kind::ALL.iter().position(|k| *k == kind);
    items.sort_by(|a, b| (order(a.kind), &a.uid).cmp(&(order(b.kind), &b.uid)));
    items
}
