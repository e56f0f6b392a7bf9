//! One sync: what changed on the server comes in, what changed here goes
//! out, both sides' edits of one item merge field by field, and what cannot
//! merge waits for the user as a conflict. Every applied change is
//! committed with its new etag at once, so a sync cut off anywhere (a lost
//! connection, a killed process) resumes with no duplicate and no loss.
//!
//! OWNER: engine helper.

use rusqlite::Connection;
use serde::Serialize;

use super::remote::{Remote, RemoteError};

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

/// Runs one sync of the account stored in `conn` against `remote`.
pub fn run(
    conn: &mut Connection,
    remote: &mut dyn Remote,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, SyncError> {
    let _ = (conn, remote, progress);
    unimplemented!("engine helper")
}
