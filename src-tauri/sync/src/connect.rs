//! Setting an account up and running a sync: what the CLI and the app
//! call. Nothing here opens a socket unless it is given an account (or is
//! asked to check one): a book without sync never touches the network.
//!
//! Every function blocks (each runs a tokio runtime of its own): call them
//! from a thread of their own, never from inside an async runtime.

use curbside_core::db::Connection;
use curbside_core::sync::account::{self, Account};
use curbside_core::sync::engine::{self, Progress, Report, SyncError};
use curbside_core::sync::remote::RemoteError;
use curbside_core::sync::seal::SyncKey;

use crate::account::{check_on, in_words, AccountError};
use crate::collections;
use crate::failure::Failure;
use crate::passwords::{entry_name, OsKeyring, Passwords};
use crate::remote::DavRemote;
use crate::server::{runtime, Dav, Server};

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
    offered_on(&Server::new(url, user, password)?)
}

/// [`offered`] for a server already read.
pub fn offered_on(server: &Server) -> Result<Collections, AccountError> {
    let shown = server.shown();
    let words = |failure| in_words(&shown, failure);
    let runtime = runtime().map_err(words)?;
    let dav = server.dav().map_err(words)?;
    runtime.block_on(async {
        let found = check_on(&dav, &shown).await?;
        let on_server = collections::survey(&dav, &found).await.map_err(words)?;
        let holds_book = match &on_server.private {
            Some(private) => collections::key_check(&dav, private)
                .await
                .map_err(words)?
                .is_some(),
            None => false,
        };
        Ok(Collections {
            address_books: on_server.address_books,
            calendars: on_server.calendars,
            holds_book,
        })
    })
}

/// Signs in, finds or makes the collections, settles the sync key, keeps the
/// password in the OS keyring and stores the account in the book. Nothing
/// is stored when any step fails.
pub fn add(conn: &mut Connection, account: &NewAccount) -> Result<Added, AddError> {
    add_with(conn, account, &OsKeyring::default())
}

/// [`add`], keeping the password in `passwords`.
pub fn add_with(
    conn: &mut Connection,
    new: &NewAccount,
    passwords: &dyn Passwords,
) -> Result<Added, AddError> {
    let server = Server::new(&new.url, &new.user, &new.password)?;
    add_on(conn, &server, new, passwords)
}

/// [`add_with`] for a server already read (e.g. one trusting a test's
/// certificate authority); `new.url` is what the book stores.
#[doc(hidden)]
pub fn add_on(
    conn: &mut Connection,
    server: &Server,
    new: &NewAccount,
    passwords: &dyn Passwords,
) -> Result<Added, AddError> {
    let before = account::load(conn)?;
    let shown = server.shown();
    let words = |failure| AddError::Account(in_words(&shown, failure));
    let runtime = runtime().map_err(words)?;
    let dav = server.dav().map_err(words)?;
    let plan = runtime.block_on(settle(&dav, &shown, new))?;

    let entry = entry_name(&new.user, &new.url);
    passwords
        .set(&entry, &new.password)
        .map_err(AddError::Keyring)?;
    let forget = |error: AddError| {
        let _ = passwords.delete(&entry);
        error
    };
    let mut put_ours = false;
    if let Some(body) = &plan.put_key_check {
        let put = runtime.block_on(collections::put_key_check(&dav, &plan.private, body));
        match put {
            Ok(true) => put_ours = true,
            Ok(false) => {
                // Another computer put its key first: join it if the key
                // given opens it.
                let theirs = runtime
                    .block_on(collections::key_check(&dav, &plan.private))
                    .map_err(|failure| forget(words(failure)))?;
                if !theirs.is_some_and(|body| plan.key.opens_key_check(&body)) {
                    return Err(forget(AddError::SyncKey(NEEDS_KEY.into())));
                }
            }
            Err(failure) => return Err(forget(words(failure))),
        }
    }
    let account = Account {
        url: new.url.trim().to_owned(),
        user: new.user.clone(),
        address_book: plan.address_book.clone(),
        calendar: plan.calendar.clone(),
        private: plan.private.clone(),
        key: plan.key.clone(),
        contact_notes_plain: false,
    };
    if let Err(error) = account::save(conn, &account) {
        if put_ours {
            // Nobody was shown that key: leave no book sealed with it.
            let _ = runtime.block_on(collections::remove_key_check(&dav, &plan.private));
        }
        return Err(forget(AddError::Database(error)));
    }
    if let Some(before) = before {
        // The account this one replaced keeps no password here.
        let old_entry = entry_name(&before.user, &before.url);
        if old_entry != entry {
            let _ = passwords.delete(&old_entry);
        }
    }
    Ok(Added {
        address_book: plan.address_book,
        calendar: plan.calendar,
        new_sync_key: plan.new_key.then(|| plan.key.to_text()),
    })
}

/// What [`settle`] decided.
struct Plan {
    address_book: String,
    calendar: String,
    private: String,
    key: SyncKey,
    /// Whether the key was made here (to be shown once).
    new_key: bool,
    /// The key-check resource to put, when the server has none yet.
    put_key_check: Option<String>,
}

/// Said when the server holds a book and no key (or another key) was given.
const NEEDS_KEY: &str =
    "this server already holds a Curbside book: enter the sync key shown on your other computer";

/// Signs in, chooses or makes the three collections and settles the sync
/// key; writes nothing but collections on the server.
async fn settle(dav: &Dav, shown: &str, new: &NewAccount) -> Result<Plan, AddError> {
    let words = |failure: Failure| AddError::Account(in_words(shown, failure));
    let found = check_on(dav, shown).await?;
    let mut on_server = collections::survey(dav, &found).await.map_err(words)?;
    let Some(book_home) = found.address_book_homes.first() else {
        return Err(missing(format!(
            "{shown} offers no address books: Curbside keeps contacts in one"
        )));
    };
    let Some(calendar_home) = found.calendar_homes.first() else {
        return Err(missing(format!(
            "{shown} offers no calendars: Curbside keeps events and its private records in them"
        )));
    };
    let address_book = match chosen(&new.address_book, &on_server.address_books, "address book")? {
        Some(href) => href,
        None => match named_curbside(&on_server.address_books) {
            Some(href) => href,
            None => collections::make_address_book(dav, book_home, &mut on_server)
                .await
                .map_err(words)?,
        },
    };
    let calendar = match chosen(&new.calendar, &on_server.calendars, "calendar")? {
        Some(href) => href,
        None => match named_curbside(&on_server.calendars) {
            Some(href) => href,
            None => collections::make_calendar(dav, calendar_home, &mut on_server)
                .await
                .map_err(words)?,
        },
    };
    let private = match on_server.private.clone() {
        Some(href) => href,
        None => collections::make_private(dav, calendar_home, &mut on_server)
            .await
            .map_err(words)?,
    };
    let given = match new.sync_key.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() => {
            Some(SyncKey::from_text(text).map_err(|error| AddError::SyncKey(error.to_string()))?)
        }
        _ => None,
    };
    let existing = collections::key_check(dav, &private).await.map_err(words)?;
    let (key, new_key, put_key_check) = match (existing, given) {
        (Some(body), Some(key)) if key.opens_key_check(&body) => (key, false, None),
        (Some(_), Some(_)) => {
            return Err(AddError::SyncKey(
                "that sync key does not open the Curbside book on this server: enter the sync key shown on your other computer".into(),
            ))
        }
        (Some(_), None) => return Err(AddError::SyncKey(NEEDS_KEY.into())),
        (None, given) => {
            let new_key = given.is_none();
            let key = match given {
                Some(key) => key,
                None => SyncKey::generate().map_err(|error| AddError::SyncKey(error.to_string()))?,
            };
            let body = key
                .key_check()
                .map_err(|error| AddError::SyncKey(error.to_string()))?;
            (key, new_key, Some(body))
        }
    };
    Ok(Plan {
        address_book,
        calendar,
        private,
        key,
        new_key,
        put_key_check,
    })
}

/// The collection the user chose, if they chose one, checked to be among
/// those offered.
fn chosen(
    choice: &Option<String>,
    offered: &[Offered],
    kind: &str,
) -> Result<Option<String>, AddError> {
    let Some(choice) = choice.as_deref().map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let same = |href: &str| href.trim_end_matches('/') == choice.trim_end_matches('/');
    offered
        .iter()
        .find(|collection| same(&collection.href))
        .map(|collection| Some(collection.href.clone()))
        .ok_or_else(|| {
            missing(format!(
                "the server has no {kind} at {choice}: choose one of those it offers"
            ))
        })
}

/// A collection the account needs is not on the server: said as a wrong
/// address (the href chosen, or the server given).
fn missing(words: String) -> AddError {
    AddError::Account(AccountError::Address(words))
}

/// The first collection called "Curbside".
fn named_curbside(offered: &[Offered]) -> Option<String> {
    offered
        .iter()
        .find(|collection| collection.name == collections::CURBSIDE_NAME)
        .map(|collection| collection.href.clone())
}

/// Removes the account, its sync state and its password. The book's items
/// and the server's stay.
pub fn remove(conn: &mut Connection) -> Result<bool, AddError> {
    remove_with(conn, &OsKeyring::default())
}

/// [`remove`], the password kept in `passwords`.
pub fn remove_with(conn: &mut Connection, passwords: &dyn Passwords) -> Result<bool, AddError> {
    let Some(account) = account::load(conn)? else {
        return Ok(false);
    };
    let removed = account::remove(conn)?;
    passwords
        .delete(&entry_name(&account.user, &account.url))
        .map_err(AddError::Keyring)?;
    Ok(removed)
}

/// Runs one sync of the book's account (password from the keyring, or
/// `password` when given), recording its outcome for `sync status`.
pub fn sync_now(
    conn: &mut Connection,
    password: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, SyncError> {
    sync_now_with(conn, password, progress, &OsKeyring::default())
}

/// [`sync_now`], the password kept in `passwords`.
pub fn sync_now_with(
    conn: &mut Connection,
    password: Option<&str>,
    progress: &mut dyn FnMut(Progress),
    passwords: &dyn Passwords,
) -> Result<Report, SyncError> {
    let account = account::load(conn)?.ok_or(SyncError::NoAccount)?;
    let password = match password {
        Some(password) => password.to_owned(),
        None => kept_password(&account, passwords)?,
    };
    let mut remote = DavRemote::for_account(&account, &password)?;
    engine::run(conn, &mut remote, progress)
}

/// The account's password from the keyring, or why there is none.
fn kept_password(account: &Account, passwords: &dyn Passwords) -> Result<String, SyncError> {
    let entry = entry_name(&account.user, &account.url);
    match passwords.get(&entry) {
        Ok(Some(password)) => Ok(password),
        Ok(None) => Err(SyncError::Remote(RemoteError::Unreachable(format!(
            "no password for {entry} is kept on this computer: enter it again in Settings → Sync (or give it to sync now)"
        )))),
        Err(error) => Err(SyncError::Remote(RemoteError::Unreachable(format!(
            "the password for {entry} could not be read from this computer's keyring: {error}"
        )))),
    }
}
