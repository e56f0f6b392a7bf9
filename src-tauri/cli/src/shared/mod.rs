//! The plumbing every area of the command line uses, written once: the
//! options every command takes, opening the book, printing results, reading
//! times and enumerated values, refusing a request as a usage error, and
//! keeping a fault inside Curbside from printing a backtrace.
//!
//! Nothing here uses an area: the areas (`contacts`, `events`, `cme`…) use
//! this and never each other, and only `main` and `args` see every area.

pub mod choice_arg;
mod global;
pub mod output;
pub mod panics;
pub mod patient_data;
pub mod unlock;
pub mod usage;
pub mod wall_clock;
pub mod when;

pub use global::Global;
pub(crate) use output::{note, say};

/// The message for a failed request: the core's error, in its own words.
pub fn fail(error: impl std::fmt::Display) -> String {
    error.to_string()
}
