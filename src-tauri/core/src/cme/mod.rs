//! CME: credit entries with their certificates, the license and board cycles
//! they count toward, and each cycle's progress and renewal report.
//!
//! One credit counts toward every cycle whose dates include the day it was
//! earned.

mod model;

pub use model::{
    CertificateFile, CertificateId, CertificateInfo, ClaimableCredits, Credit, CreditDraft,
    CreditId, CreditType, Cycle, CycleDraft, CycleId, CycleKind, CycleProgress, HoursLine, Minimum,
};

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::contacts::Invalid;

/// Why a CME record could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CmeError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No record of this kind has this id.
    #[error("there is no {what} with id {id}")]
    NotFound {
        /// "credit", "certificate", "cycle" or "event".
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// Records a credit entry.
pub fn add_credit(
    conn: &mut Connection,
    draft: &CreditDraft,
    now: Timestamp,
) -> Result<Credit, CmeError> {
    todo!("{conn:?}{draft:?}{now}")
}

/// Replaces a credit entry's fields (its certificates stay).
pub fn update_credit(
    conn: &mut Connection,
    id: CreditId,
    draft: &CreditDraft,
) -> Result<Credit, CmeError> {
    todo!("{conn:?}{id}{draft:?}")
}

/// Deletes a credit entry with its certificates.
pub fn delete_credit(conn: &mut Connection, id: CreditId) -> Result<(), CmeError> {
    todo!("{conn:?}{id}")
}

/// One credit entry.
pub fn credit(conn: &Connection, id: CreditId) -> Result<Credit, CmeError> {
    todo!("{conn:?}{id}")
}

/// Credit entries earned between `from` and `to` (inclusive; open when
/// `None`), newest first.
pub fn credits(
    conn: &Connection,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<Vec<Credit>, CmeError> {
    todo!("{conn:?}{from:?}{to:?}")
}

/// Attaches a certificate (a PDF or an image, recognised by its content) to a
/// credit entry.
pub fn attach_certificate(
    conn: &mut Connection,
    credit_id: CreditId,
    file_name: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<CertificateInfo, CmeError> {
    todo!("{conn:?}{credit_id}{file_name}{}{now}", content.len())
}

/// A certificate with its content.
pub fn certificate(conn: &Connection, id: CertificateId) -> Result<CertificateFile, CmeError> {
    todo!("{conn:?}{id}")
}

/// Removes a certificate.
pub fn remove_certificate(conn: &mut Connection, id: CertificateId) -> Result<(), CmeError> {
    todo!("{conn:?}{id}")
}

/// Records a license or board cycle.
pub fn add_cycle(conn: &mut Connection, draft: &CycleDraft) -> Result<Cycle, CmeError> {
    todo!("{conn:?}{draft:?}")
}

/// Replaces a cycle's fields.
pub fn update_cycle(
    conn: &mut Connection,
    id: CycleId,
    draft: &CycleDraft,
) -> Result<Cycle, CmeError> {
    todo!("{conn:?}{id}{draft:?}")
}

/// Deletes a cycle (the credits stay).
pub fn delete_cycle(conn: &mut Connection, id: CycleId) -> Result<(), CmeError> {
    todo!("{conn:?}{id}")
}

/// Every cycle, the one ending soonest first.
pub fn cycles(conn: &Connection) -> Result<Vec<Cycle>, CmeError> {
    todo!("{conn:?}")
}

/// Where one cycle stands on `today`.
pub fn progress(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    todo!("{conn:?}{id}{today}")
}

/// Where every cycle stands on `today`, the one ending soonest first.
pub fn status(conn: &Connection, today: Date) -> Result<Vec<CycleProgress>, CmeError> {
    todo!("{conn:?}{today}")
}

/// Attended events that promised credits, ended before `now`, and have no
/// credit entry yet: what "claim your credits" prompts read.
pub fn claimable(conn: &Connection, now: Timestamp) -> Result<Vec<ClaimableCredits>, CmeError> {
    todo!("{conn:?}{now}")
}

/// A cycle's report for a license renewal, as CSV: a summary block, then one
/// row per credit.
pub fn report_csv(progress: &CycleProgress) -> String {
    todo!("{progress:?}")
}

/// A cycle's report as a printable, self-contained HTML page (no scripts, no
/// remote resources), for "Print" or "Save as PDF".
pub fn report_html(progress: &CycleProgress) -> String {
    todo!("{progress:?}")
}
