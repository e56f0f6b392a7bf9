//! The sync account as this computer keeps it (one per book): the server,
//! the user name, the three collections, the sync key and the user's
//! choices. Never the password: that is in the OS keyring, kept by the
//! app and the CLI.
//!
//! OWNER: engine helper.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use zeroize::Zeroizing;

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

/// Every table of sync state, emptied when the account changes or goes.
const STATE_TABLES: [&str; 3] = ["sync_collections", "sync_resources", "sync_conflicts"];

/// Now, as the sync tables store instants (RFC 3339, UTC, to the second).
pub(crate) fn now_text() -> String {
    let now = jiff::Timestamp::now();
    jiff::Timestamp::from_second(now.as_second())
        .unwrap_or(now)
        .to_string()
}

/// Stores the account (replacing one there was), forgetting any previous
/// sync state.
pub fn save(conn: &mut Connection, account: &Account) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    forget_state(&tx)?;
    tx.execute("DELETE FROM sync_account", [])?;
    tx.execute(
        "INSERT INTO sync_account (id, url, user_name, address_book, calendar, private,
                                   sync_key, contact_notes_plain, created_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            account.url,
            account.user,
            account.address_book,
            account.calendar,
            account.private,
            &account.key.0[..],
            account.contact_notes_plain,
            now_text(),
        ],
    )?;
    tx.commit()
}

/// The account, if one is set up.
pub fn load(conn: &Connection) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        "SELECT url, user_name, address_book, calendar, private, sync_key, contact_notes_plain
         FROM sync_account WHERE id = 1",
        [],
        |row| {
            let bytes: Vec<u8> = row.get(5)?;
            let mut key = Zeroizing::new([0u8; 32]);
            if bytes.len() != key.len() {
                return Err(rusqlite::Error::FromSqlConversionFailure(
                    5,
                    rusqlite::types::Type::Blob,
                    "the stored sync key is not 32 bytes".into(),
                ));
            }
            key.copy_from_slice(&bytes);
            Ok(Account {
                url: row.get(0)?,
                user: row.get(1)?,
                address_book: row.get(2)?,
                calendar: row.get(3)?,
                private: row.get(4)?,
                key: SyncKey(key),
                contact_notes_plain: row.get(6)?,
            })
        },
    )
    .optional()
}

/// Removes the account and every sync state; the book's items stay.
pub fn remove(conn: &mut Connection) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    forget_state(&tx)?;
    let removed = tx.execute("DELETE FROM sync_account", [])? > 0;
    tx.commit()?;
    Ok(removed)
}

fn forget_state(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    for table in STATE_TABLES {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    Ok(())
}

/// Whether contact notes go to the address book in plain text. Every
/// synced contact is written again at the next sync, with or without them.
pub fn set_contact_notes_plain(conn: &Connection, plain: bool) -> rusqlite::Result<()> {
    let changed = conn.execute(
        "UPDATE sync_account SET contact_notes_plain = ?1
         WHERE id = 1 AND contact_notes_plain != ?1",
        [plain],
    )?;
    if changed > 0 {
        conn.execute(
            "UPDATE sync_resources SET resend = 1 WHERE collection = 'contacts'",
            [],
        )?;
    }
    Ok(())
}

/// Records that a sync starts now.
pub(crate) fn record_attempt(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE sync_account SET last_attempt_at = ?1 WHERE id = 1",
        [now_text()],
    )?;
    Ok(())
}

/// Records how a sync ended: its error in words, or none when it finished.
pub(crate) fn record_outcome(conn: &Connection, error: Option<&str>) -> rusqlite::Result<()> {
    match error {
        None => conn.execute(
            "UPDATE sync_account SET last_success_at = ?1, last_error = NULL WHERE id = 1",
            [now_text()],
        )?,
        Some(error) => conn.execute(
            "UPDATE sync_account SET last_error = ?1 WHERE id = 1",
            [error],
        )?,
    };
    Ok(())
}

/// How sync stands.
pub fn status(conn: &Connection) -> rusqlite::Result<Status> {
    let conflicts: u32 =
        conn.query_row("SELECT count(*) FROM sync_conflicts", [], |row| row.get(0))?;
    let found = conn
        .query_row(
            "SELECT url, user_name, address_book, calendar, contact_notes_plain,
                    last_success_at, last_attempt_at, last_error
             FROM sync_account WHERE id = 1",
            [],
            |row| {
                let summary = AccountSummary {
                    url: row.get(0)?,
                    user: row.get(1)?,
                    address_book: row.get(2)?,
                    calendar: row.get(3)?,
                    contact_notes_plain: row.get(4)?,
                };
                Ok((summary, row.get(5)?, row.get(6)?, row.get(7)?))
            },
        )
        .optional()?;
    Ok(match found {
        Some((summary, last_success_at, last_attempt_at, last_error)) => Status {
            account: Some(summary),
            last_success_at,
            last_attempt_at,
            last_error,
            conflicts,
        },
        None => Status {
            account: None,
            last_success_at: None,
            last_attempt_at: None,
            last_error: None,
            conflicts,
        },
    })
}
