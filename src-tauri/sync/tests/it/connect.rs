//! Adding an account: what the server offers, the three collections found
//! or made, the sync key made on the first computer and asked for on the
//! next, the password kept out of the book, and nothing stored when a step
//! fails.

use curbside_core::db;
use curbside_core::sync::account;
use curbside_core::sync::engine::SyncError;
use curbside_sync::account::AccountError;
use curbside_sync::connect::{self, AddError, NewAccount};
use curbside_sync::passwords::{entry_name, MemoryPasswords, Passwords};
use curbside_sync::testing::{Radicale, PASSWORD, USER};

fn new_account(server: &Radicale) -> NewAccount {
    NewAccount {
        url: server.url(),
        user: USER.into(),
        password: PASSWORD.into(),
        ..NewAccount::default()
    }
}

#[test]
fn an_empty_server_offers_nothing_and_holds_no_book() {
    let server = Radicale::start();
    let offered = connect::offered(&server.url(), USER, PASSWORD).unwrap();
    assert!(offered.address_books.is_empty(), "{offered:?}");
    assert!(offered.calendars.is_empty(), "{offered:?}");
    assert!(!offered.holds_book);
}

#[test]
fn offered_collections_refuse_a_wrong_password() {
    let server = Radicale::start();
    let error = connect::offered(&server.url(), USER, "wrong").unwrap_err();
    assert!(matches!(error, AccountError::Refused(401)), "{error:?}");
}

#[test]
fn adding_to_an_empty_server_makes_three_collections_and_a_new_key() {
    let server = Radicale::start();
    let mut book = db::open_in_memory().unwrap();
    let passwords = MemoryPasswords::default();
    let added = connect::add_with(&mut book, &new_account(&server), &passwords).unwrap();
    let key = added.new_sync_key.clone().expect("a new key to show once");
    assert!(key.len() >= 52, "{key}");

    let offered = connect::offered(&server.url(), USER, PASSWORD).unwrap();
    assert_eq!(offered.address_books.len(), 1);
    assert_eq!(offered.address_books[0].name, "Curbside");
    assert_eq!(offered.address_books[0].href, added.address_book);
    assert_eq!(
        offered.calendars.len(),
        1,
        "the private collection is left out"
    );
    assert_eq!(offered.calendars[0].name, "Curbside");
    assert_eq!(offered.calendars[0].href, added.calendar);
    assert!(offered.holds_book);

    let stored = account::load(&book)
        .unwrap()
        .expect("the account is stored");
    assert_eq!(stored.url, server.url());
    assert_eq!(stored.user, USER);
    assert_eq!(stored.address_book, added.address_book);
    assert_eq!(stored.calendar, added.calendar);
    assert!(
        stored.private.contains("curbside-private"),
        "{}",
        stored.private
    );
    assert_eq!(stored.key.to_text(), key);
    assert_eq!(
        passwords
            .get(&entry_name(USER, &server.url()))
            .unwrap()
            .as_deref(),
        Some(PASSWORD),
        "the password is in the keyring"
    );
    let in_book: i64 = book
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%password%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(in_book, 0, "no table keeps a password");
}

#[test]
fn a_second_computer_needs_the_first_ones_sync_key() {
    let server = Radicale::start();
    let mut first = db::open_in_memory().unwrap();
    let added = connect::add_with(
        &mut first,
        &new_account(&server),
        &MemoryPasswords::default(),
    )
    .unwrap();
    let key = added.new_sync_key.unwrap();

    let mut second = db::open_in_memory().unwrap();
    let passwords = MemoryPasswords::default();
    let error = connect::add_with(&mut second, &new_account(&server), &passwords).unwrap_err();
    assert!(matches!(error, AddError::SyncKey(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("enter the sync key shown on your other computer"),
        "{error}"
    );
    assert!(account::load(&second).unwrap().is_none(), "nothing stored");
    assert!(passwords.entries().is_empty(), "no password kept");

    let other_key = curbside_core::sync::seal::SyncKey::generate()
        .unwrap()
        .to_text();
    let wrong = NewAccount {
        sync_key: Some(other_key),
        ..new_account(&server)
    };
    let error = connect::add_with(&mut second, &wrong, &passwords).unwrap_err();
    assert!(matches!(error, AddError::SyncKey(_)), "{error:?}");
    assert!(account::load(&second).unwrap().is_none(), "nothing stored");

    let right = NewAccount {
        sync_key: Some(key.to_lowercase().replace('-', " ")),
        ..new_account(&server)
    };
    let joined = connect::add_with(&mut second, &right, &passwords).unwrap();
    assert_eq!(joined.new_sync_key, None, "the book's key, not a new one");
    assert_eq!(joined.address_book, added.address_book);
    assert_eq!(joined.calendar, added.calendar);
    let stored = account::load(&second).unwrap().unwrap();
    assert_eq!(stored.key.to_text(), key);
}

#[test]
fn the_address_book_and_calendar_the_user_chose_are_used() {
    let server = Radicale::start();
    let mut first = db::open_in_memory().unwrap();
    let made = connect::add_with(
        &mut first,
        &new_account(&server),
        &MemoryPasswords::default(),
    )
    .unwrap();
    let mut second = db::open_in_memory().unwrap();
    let choice = NewAccount {
        address_book: Some(made.address_book.clone()),
        calendar: Some(made.calendar.trim_end_matches('/').to_owned()),
        sync_key: made.new_sync_key.clone(),
        ..new_account(&server)
    };
    let added = connect::add_with(&mut second, &choice, &MemoryPasswords::default()).unwrap();
    assert_eq!(added.address_book, made.address_book);
    assert_eq!(added.calendar, made.calendar);

    let missing = NewAccount {
        address_book: Some("/doctor/not-there/".into()),
        ..choice
    };
    let error = connect::add_with(&mut second, &missing, &MemoryPasswords::default()).unwrap_err();
    assert!(
        matches!(error, AddError::Account(AccountError::Address(_))),
        "{error:?}"
    );
    assert!(error.to_string().contains("/doctor/not-there/"), "{error}");
}

#[test]
fn a_wrong_password_adds_nothing() {
    let server = Radicale::start();
    let mut book = db::open_in_memory().unwrap();
    let passwords = MemoryPasswords::default();
    let wrong = NewAccount {
        password: "wrong".into(),
        ..new_account(&server)
    };
    let error = connect::add_with(&mut book, &wrong, &passwords).unwrap_err();
    assert!(
        matches!(error, AddError::Account(AccountError::Refused(401))),
        "{error:?}"
    );
    assert!(account::load(&book).unwrap().is_none());
    assert!(passwords.entries().is_empty());
    assert!(
        !connect::offered(&server.url(), USER, PASSWORD)
            .unwrap()
            .holds_book
    );
}

#[test]
fn a_keyring_that_refuses_the_password_adds_nothing_and_leaves_no_key_on_the_server() {
    let server = Radicale::start();
    let mut book = db::open_in_memory().unwrap();
    let locked = MemoryPasswords::locked();
    let error = connect::add_with(&mut book, &new_account(&server), &locked).unwrap_err();
    assert!(matches!(error, AddError::Keyring(_)), "{error:?}");
    assert!(error.to_string().contains("keyring"), "{error}");
    assert!(account::load(&book).unwrap().is_none());
    assert!(
        !connect::offered(&server.url(), USER, PASSWORD)
            .unwrap()
            .holds_book,
        "no key nobody was shown"
    );
    // The next try (keyring unlocked) makes a key and shows it.
    let added = connect::add_with(
        &mut book,
        &new_account(&server),
        &MemoryPasswords::default(),
    )
    .unwrap();
    assert!(added.new_sync_key.is_some());
}

#[test]
fn removing_the_account_forgets_it_and_its_password() {
    let server = Radicale::start();
    let mut book = db::open_in_memory().unwrap();
    let passwords = MemoryPasswords::default();
    connect::add_with(&mut book, &new_account(&server), &passwords).unwrap();
    assert!(connect::remove_with(&mut book, &passwords).unwrap());
    assert!(account::load(&book).unwrap().is_none());
    assert!(passwords.entries().is_empty());
    assert!(
        !connect::remove_with(&mut book, &passwords).unwrap(),
        "nothing left to remove"
    );
    assert!(
        connect::offered(&server.url(), USER, PASSWORD)
            .unwrap()
            .holds_book,
        "the server's copy stays"
    );
}

#[test]
fn a_sync_without_an_account_or_a_password_says_why() {
    let mut book = db::open_in_memory().unwrap();
    let passwords = MemoryPasswords::default();
    let error = connect::sync_now_with(&mut book, None, &mut |_| {}, &passwords).unwrap_err();
    assert!(matches!(error, SyncError::NoAccount), "{error:?}");

    let server = Radicale::start();
    connect::add_with(&mut book, &new_account(&server), &passwords).unwrap();
    passwords.delete(&entry_name(USER, &server.url())).unwrap();
    let error = connect::sync_now_with(&mut book, None, &mut |_| {}, &passwords).unwrap_err();
    assert!(error.to_string().contains("no password"), "{error}");
}

#[test]
fn a_book_that_cannot_store_the_account_keeps_no_password_and_leaves_no_key() {
    let server = Radicale::start();
    let mut book = db::open_in_memory().unwrap();
    book.execute_batch("PRAGMA query_only = ON").unwrap();
    let passwords = MemoryPasswords::default();
    let error = connect::add_with(&mut book, &new_account(&server), &passwords).unwrap_err();
    assert!(matches!(error, AddError::Database(_)), "{error:?}");
    assert!(passwords.entries().is_empty(), "the password is taken back");
    assert!(
        !connect::offered(&server.url(), USER, PASSWORD)
            .unwrap()
            .holds_book,
        "no key nobody was shown"
    );
}
