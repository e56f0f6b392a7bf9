//! Two-way sync with the doctor's own CardDAV/CalDAV server (issue 17).
//! The network side lives in the `curbside-sync` crate, which implements
//! [`remote::Remote`]; this module holds everything else, tested without
//! a server:
//! - [`records`]: every item as a record with uids for references;
//! - [`cards`] and [`seal`]: records as vCards and iCalendar objects, with
//!   what only Curbside reads sealed under the sync key;
//! - [`plan`] and [`merge`]: what one sync does with each record, and two
//!   edits brought together field by field;
//! - [`engine`], [`account`] and [`conflicts`]: one sync, the account, and
//!   what waits for the user.
//!
//! Layer: operations across domains (it reads and writes every domain's
//! tables); nothing else in the core uses it.

pub mod account;
pub mod cards;
pub mod conflicts;
pub mod engine;
pub mod merge;
pub mod plan;
pub mod records;
pub mod remote;
pub mod seal;
