//! The referral ledger: referrals sent to and received from each colleague
//! (date, direction, specialty, reason category, a short note; never patient
//! data), what they add up to per colleague and per specialty, the one-sided
//! relationships, and the thank-you prompt after a received one.
//!
//! - [`add`], [`update`], [`delete`], [`get`] and [`list`] (per colleague,
//!   a direction, a range of days, words of the note or specialty): the
//!   ledger itself, in `store`;
//! - [`stats`]: counts both ways per colleague and per specialty, the
//!   one-sided relationships and the colleagues not referred to in a year;
//! - [`specialties`]: what the specialty field suggests;
//! - [`prompts`]: a thank-you on the day of each received referral.

mod model;
mod prompts;
mod stats;
mod store;
mod validate;

pub use model::{
    ColleagueTally, DormantColleague, OneSided, Referral, ReferralDirection, ReferralDraft,
    ReferralFilter, ReferralId, ReferralReason, ReferralStats, SpecialtyTally,
};
pub use prompts::prompts;
pub use stats::{stats, ONE_SIDED_WINDOW_DAYS, QUIET_DAYS};
pub use store::{add, delete, get, list, specialties, update};
pub use validate::NOTE;

use crate::values::Invalid;

/// Why a referral could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No referral has this id.
    #[error("there is no referral with id {0}")]
    NotFound(ReferralId),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}
