//! Setting an account up and running a sync: what the CLI and the app call.
//! Signatures are the contract; OWNER: transport helper.

use curbside_core::db::Connection;
use curbside_core::sync::engine::{Progress, Report, SyncError};

use crate::account::AccountError;

/// What the user gives to add an account.
#[derive(Debug, Clone, Default)]
pub struct NewAccount {
    /// The server address (discovery finds the rest).
    pub url: String,
    /// The user name.
    pub user: String,
    /// The (app) password; stored in the OS keyring, never in the book.
    pub password: String,
    /// The address book to use (an href the server listed); none to use
    /// or make one named "Curbside".
    pub address_book: Option<String>,
    /// The calendar to use; none to use or make "Curbside".
    pub calendar: Option<String>,
    /// The sync key shown on the first computer, when the server already
    /// holds this book's private records.
    pub sync_key: Option<String>,
}

/// An account added.
#[derive(Debug, Clone)]
pub struct Added {
    /// The address book's href.
    pub address_book: String,
    /// The calendar's href.
    pub calendar: String,
    /// A new sync key, to show the user once (to type into their other
    /// computers); none when the account joined an existing book's key.
    pub new_sync_key: Option<String>,
}

/// A collection the server offers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offered {
    /// Its href.
    pub href: String,
    /// Its display name, or the last part of its href.
    pub name: String,
}

/// The address books and calendars the server offers the user.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Collections {
    /// Address books.
    pub address_books: Vec<Offered>,
    /// Calendars (Curbside's private collection left out).
    pub calendars: Vec<Offered>,
    /// Whether the server already holds a Curbside book's private records
    /// (then adding the account needs that book's sync key).
    pub holds_book: bool,
}

/// Why an account could not be added.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// The server, the address or the password.
    #[error(transparent)]
    Account(#[from] AccountError),
    /// The server holds a Curbside book sealed with a key not given (or
    /// another key than the one given).
    #[error("{0}")]
    SyncKey(String),
    /// The OS keyring could not keep the password.
    #[error("the password could not be kept in this computer's keyring: {0}")]
    Keyring(String),
    /// The book could not store the account.
    #[error("the book could not store the account: {0}")]
    Database(#[from] curbside_core::db::SqliteError),
}

/// Lists what the server offers (after signing in).
pub fn offered(url: &str, user: &str, password: &str) -> Result<Collections, AccountError> {
    let _ = (url, user, password);
    unimplemented!("transport helper")
}

/// Signs in, finds or makes the collections, settles the sync key, keeps the
/// password in the OS keyring and stores the account in the book. Nothing
/// is stored when any step fails.
pub fn add(conn: &mut Connection, account: &NewAccount) -> Result<Added, AddError> {
    let _ = (conn, account);
    unimplemented!("transport helper")
}

/// Removes the account, its sync state and its password. The book's items
/// and the server's stay.
pub fn remove(conn: &mut Connection) -> Result<bool, AddError> {
    let _ = conn;
    unimplemented!("transport helper")
}

/// Runs one sync of the book's account (password from the keyring, or
/// `password` when given), recording its outcome for `sync status`.
pub fn sync_now(
    conn: &mut Connection,
    password: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, SyncError> {
    let _ = (conn, password, progress);
    unimplemented!("transport helper")
}
