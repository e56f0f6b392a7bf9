//! The sync account as this computer keeps it (one per book): the server,
//! the user name, the three collections, the sync key and the user's
//! choices. Never the password: that is in the OS keyring, kept by the
//! app and the CLI.
//!
//! OWNER: engine helper.

use rusqlite::Connection;
use serde::Serialize;

use super::seal::SyncKey;

/// The account.
#[derive(Debug, Clone)]
pub struct Account {
    /// The server address the user gave.
    pub url: String,
    /// The user name.
    pub user: String,
    /// The address book's href on the server.
    pub address_book: String,
    /// The calendar's href.
    pub calendar: String,
    /// Curbside's private collection's href.
    pub private: String,
    /// The key the private records are sealed with.
    pub key: SyncKey,
    /// Whether contact notes go to the address book in plain text.
    pub contact_notes_plain: bool,
}

/// How sync stands, for Settings, the sidebar and `sync status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Status {
    /// The server and user, when an account is set up.
    pub account: Option<AccountSummary>,
    /// When the last sync finished without error (RFC 3339, UTC).
    pub last_success_at: Option<String>,
    /// When the last sync was tried.
    pub last_attempt_at: Option<String>,
    /// The last sync's error in plain words, if it failed.
    pub last_error: Option<String>,
    /// Conflicts waiting for the user.
    pub conflicts: u32,
}

/// An account as lists show it (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccountSummary {
    /// The server address.
    pub url: String,
    /// The user name.
    pub user: String,
    /// The address book's href.
    pub address_book: String,
    /// The calendar's href.
    pub calendar: String,
    /// Whether contact notes go to the address book in plain text.
    pub contact_notes_plain: bool,
}

/// Stores the account (replacing one there was), forgetting any previous
/// sync state.
pub fn save(conn: &mut Connection, account: &Account) -> rusqlite::Result<()> {
    let _ = (conn, account);
    unimplemented!("engine helper")
}

/// The account, if one is set up.
pub fn load(conn: &Connection) -> rusqlite::Result<Option<Account>> {
    let _ = conn;
    unimplemented!("engine helper")
}

/// Removes the account and every sync state; the book's items stay.
pub fn remove(conn: &mut Connection) -> rusqlite::Result<bool> {
    let _ = conn;
    unimplemented!("engine helper")
}

/// Whether contact notes go to the address book in plain text.
pub fn set_contact_notes_plain(conn: &Connection, plain: bool) -> rusqlite::Result<()> {
    let _ = (conn, plain);
    unimplemented!("engine helper")
}

/// How sync stands.
pub fn status(conn: &Connection) -> rusqlite::Result<Status> {
    let _ = conn;
    unimplemented!("engine helper")
}
