//! CME: credit entries with their certificates, the license and board cycles
//! they count toward, and each cycle's progress and renewal report.
//!
//! One credit counts toward every cycle whose dates include the day it was
//! earned.
//!
//! - [`credits`](add_credit): entries with topics, read back in bulk;
//! - [`certificates`](attach_certificate): PDFs and images stored inside the
//!   encrypted database;
//! - [`cycles`](add_cycle) and their [`progress`];
//! - [`claimable`]: attended events whose credits are not recorded yet;
//! - [`report_csv`] and [`report_html`]: the renewal report;
//! - human names of credit types and topics ([`CreditType::label`],
//!   [`topic_label`]).

mod certificates;
mod claims;
mod credits;
mod cycles;
mod labels;
mod model;
mod progress;
mod report;
mod validate;

pub use certificates::{
    attach_certificate, certificate, media_type, remove_certificate, MAX_CERTIFICATE_BYTES,
};
pub use claims::claimable;
pub use credits::{
    add_credit, add_credit_with_certificates, credit, credits, delete_credit, update_credit,
};
pub use cycles::{add_cycle, cycles, delete_cycle, update_cycle};
pub use labels::{topic_key, topic_label, KNOWN_TOPICS};
pub use model::{
    CertificateFile, CertificateId, CertificateInfo, ClaimableCredits, Credit, CreditDraft,
    CreditId, CreditType, Cycle, CycleDraft, CycleId, CycleKind, CycleProgress, HoursLine, Minimum,
    Requirement, Shortfall,
};
pub use progress::{progress, report, status};
pub use report::{report_csv, report_html};

use crate::values::Invalid;

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
