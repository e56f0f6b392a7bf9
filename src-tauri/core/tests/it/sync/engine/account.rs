//! The sync account as this computer keeps it: saved, read, its status
//! after a sync and after a failed one, the contact notes choice, and
//! removal, which keeps the book's items.

use super::{add, book, contact_count, key, rich_book, sync, try_sync};
use crate::support::db;
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::sync::account;
use curbside_core::sync::engine::SyncError;
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::remote::{Collection, RemoteError};

#[test]
fn an_account_is_kept_without_its_password_and_removed_keeping_the_book() {
    let mut conn = db();
    assert!(account::load(&conn).unwrap().is_none());
    assert!(matches!(
        try_sync(&mut conn, &mut MemoryServer::new()),
        Err(SyncError::NoAccount)
    ));
    account::save(&mut conn, &super::account(key())).unwrap();
    let loaded = account::load(&conn).unwrap().unwrap();
    assert_eq!(loaded.user, "jane");
    assert_eq!(loaded.private, "/dav/jane/curbside/");
    assert_eq!(*loaded.key.0, *key().0);
    let status = account::status(&conn).unwrap();
    assert_eq!(status.account.unwrap().url, "https://dav.example.org/");
    assert_eq!(status.last_success_at, None);

    add(&mut conn, "Dr. Inés Ramos");
    sync(&mut conn, &mut MemoryServer::new());
    let status = account::status(&conn).unwrap();
    assert!(status.last_success_at.is_some() && status.last_attempt_at.is_some());
    assert_eq!(status.last_error, None);

    assert!(account::remove(&mut conn).unwrap());
    assert!(!account::remove(&mut conn).unwrap());
    assert!(account::load(&conn).unwrap().is_none());
    assert_eq!(account::status(&conn).unwrap().account, None);
    assert_eq!(contact_count(&conn), 1, "the book's items stay");
    let state: i64 = conn
        .query_row("SELECT count(*) FROM sync_resources", [], |row| row.get(0))
        .unwrap();
    assert_eq!(state, 0, "the sync state goes");
}

#[test]
fn a_failed_sync_is_recorded_in_plain_words() {
    let mut conn = rich_book();
    let mut server = MemoryServer::new();
    server.failing = Some(RemoteError::Refused);
    assert!(try_sync(&mut conn, &mut server).is_err());
    let status = account::status(&conn).unwrap();
    assert!(status.last_attempt_at.is_some());
    assert_eq!(status.last_success_at, None);
    assert!(
        status
            .last_error
            .unwrap()
            .contains("refused the user name or password"),
        "in words"
    );
    server.failing = None;
    sync(&mut conn, &mut server);
    assert_eq!(account::status(&conn).unwrap().last_error, None);
}

#[test]
fn choosing_plain_contact_notes_writes_every_contact_again_with_them() {
    let mut conn = book();
    let draft = ContactDraft {
        display_name: "Dr. Inés Ramos".into(),
        notes: "Wants to co-author the registry paper".into(),
        ..Default::default()
    };
    contacts::create(
        &mut conn,
        &draft,
        crate::support::at("2026-01-01T00:00:00Z"),
    )
    .unwrap();
    let mut server = MemoryServer::new();
    sync(&mut conn, &mut server);
    let name = server.names(Collection::Contacts).remove(0);
    let body = server.body(Collection::Contacts, &name).unwrap();
    assert!(
        !body.contains("registry paper"),
        "not in plain unless chosen"
    );

    account::set_contact_notes_plain(&conn, true).unwrap();
    let report = sync(&mut conn, &mut server);
    assert_eq!(report.sent, 1, "{report:?}");
    let body = server.body(Collection::Contacts, &name).unwrap();
    assert!(body.contains("registry paper"), "{body}");
    assert!(
        account::status(&conn)
            .unwrap()
            .account
            .unwrap()
            .contact_notes_plain
    );
}
