//! Two-way sync with the doctor's own CardDAV/CalDAV server (issue 17):
//! the decisions, without the network. The network side lives in the
//! `curbside-sync` crate; this module says what one sync does with each
//! record ([`plan`]) and how two edits of one record come together
//! ([`merge`]), as pure functions tested without a server.
//!
//! Layer: values. It uses no other module of the core; the storage of the
//! sync state and the mapping of records to vCards and iCalendar build on
//! it from above.

pub mod merge;
pub mod plan;
