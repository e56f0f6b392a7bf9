//! One sync through a server in memory: two books (two computers) with one
//! account each, the same sync key, and the server between them. What a
//! user would notice: the other computer's book equal to this one, a
//! phone's contact arriving, edits merging, conflicts asking, a lost
//! connection costing nothing, a server of another book refused.

mod account;
mod conflicts;
mod faults;
mod mentorship_goals;
mod two_books;
mod undone_reminders;

use std::collections::BTreeMap;

use crate::support::{at, db};
use curbside_core::contacts::{self, Contact, ContactDraft};
use curbside_core::sync::account::Account;
use curbside_core::sync::engine::{self, Report, SyncError};
use curbside_core::sync::records::{self, Kind};
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::seal::SyncKey;
use rusqlite::Connection;
use zeroize::Zeroizing;

/// The sync key both computers share.
pub(super) fn key() -> SyncKey {
    SyncKey(Zeroizing::new([7; 32]))
}

/// An account on the server in memory, with `key`.
pub(super) fn account(key: SyncKey) -> Account {
    Account {
        url: "https://dav.example.org/".into(),
        user: "jane".into(),
        address_book: "/dav/jane/contacts/".into(),
        calendar: "/dav/jane/calendar/".into(),
        private: "/dav/jane/curbside/".into(),
        key,
        contact_notes_plain: false,
    }
}

/// `conn` with the shared account set up.
pub(super) fn joined(mut conn: Connection) -> Connection {
    curbside_core::sync::account::save(&mut conn, &account(key())).unwrap();
    conn
}

/// An empty book with the shared account.
pub(super) fn book() -> Connection {
    joined(db())
}

/// A book with something in every section, with the shared account.
pub(super) fn rich_book() -> Connection {
    joined(crate::book::rich::rich_book())
}

/// One sync that must succeed.
pub(super) fn sync(conn: &mut Connection, server: &mut MemoryServer) -> Report {
    try_sync(conn, server).unwrap()
}

/// One sync.
pub(super) fn try_sync(
    conn: &mut Connection,
    server: &mut MemoryServer,
) -> Result<Report, SyncError> {
    engine::run(conn, server, &mut |_| {})
}

/// Every record of a book by kind and uid, as canonical text.
pub(super) fn everything(conn: &mut Connection) -> BTreeMap<(Kind, String), String> {
    let tx = conn.transaction().unwrap();
    let mut all = BTreeMap::new();
    for kind in Kind::ALL {
        for doc in records::read_all(&tx, kind).unwrap() {
            all.insert((kind, doc.uid.clone()), doc.canonical());
        }
    }
    tx.commit().unwrap();
    all
}

/// Asserts two books hold the same records, naming the first that differs.
pub(super) fn assert_same_book(a: &mut Connection, b: &mut Connection) {
    let (a, b) = (everything(a), everything(b));
    for (key, text) in &a {
        assert_eq!(Some(text), b.get(key), "{key:?} differs");
    }
    let only_b: Vec<_> = b.keys().filter(|key| !a.contains_key(*key)).collect();
    assert!(only_b.is_empty(), "only on the second book: {only_b:?}");
}

/// The contact called `name`, if the book has one.
pub(super) fn contact(conn: &Connection, name: &str) -> Option<Contact> {
    contacts::list(conn, &Default::default())
        .unwrap()
        .into_iter()
        .find(|contact| contact.display_name == name)
}

/// Edits the contact called `name`.
pub(super) fn edit(conn: &mut Connection, name: &str, change: impl FnOnce(&mut ContactDraft)) {
    let found = contact(conn, name).unwrap_or_else(|| panic!("no contact {name}"));
    let mut draft = ContactDraft::from(found.clone());
    change(&mut draft);
    contacts::update(conn, found.id, &draft, at("2026-02-01T10:00:00Z")).unwrap();
}

/// Adds a contact called `name`.
pub(super) fn add(conn: &mut Connection, name: &str) -> Contact {
    let draft = ContactDraft {
        display_name: name.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2026-01-10T10:00:00Z")).unwrap()
}

/// How many contacts a book has.
pub(super) fn contact_count(conn: &Connection) -> usize {
    contacts::list(conn, &Default::default()).unwrap().len()
}
