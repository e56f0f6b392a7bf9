//! Sync through the doctor's own CardDAV/CalDAV server (issue 17): the
//! network side, over libdav (pimsync's client) with hyper and rustls. The
//! core decides what a sync does (`curbside_core::sync`); this crate talks
//! to the server. So far: checking an account (docs/SYNC-PLAN.md has the
//! rest of the plan).

pub mod account;
mod client;
pub mod connect;
