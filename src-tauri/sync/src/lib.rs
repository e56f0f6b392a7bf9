//! Sync through the doctor's own CardDAV/CalDAV server (issue 17): the
//! network side, over libdav (pimsync's client) with hyper and rustls. The
//! core decides what a sync does (`curbside_core::sync`); this crate talks
//! to the server:
//! - [`account`]: checking an address, a user name and a password;
//! - [`remote::DavRemote`]: the core's `Remote` over the network;
//! - [`connect`]: adding and removing the account, and syncing now, for the
//!   CLI and the app;
//! - [`passwords`]: the app password in the OS keyring;
//! - `testing` (feature `testing`): a real Radicale server for tests.

pub mod account;
mod client;
mod collections;
pub mod connect;
mod failure;
pub mod passwords;
pub mod remote;
pub mod server;
#[cfg(feature = "testing")]
pub mod testing;

pub use collections::{CURBSIDE_NAME, PRIVATE_NAME};
pub use remote::{CollectionHrefs, DavRemote};
pub use server::Server;
