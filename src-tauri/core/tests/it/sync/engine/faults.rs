//! A sync cut off anywhere (the connection lost before any call, between
//! sending two records, after the server stored a record but before this
//! computer noted it), a server holding another book's records, and a
//! resource no one can read: the next sync finishes with no duplicate and
//! no loss, and nothing here changes for what cannot be trusted.

use super::{
    add, assert_same_book, book, contact_count, everything, joined, rich_book, sync, try_sync,
};
use crate::support::db;
use curbside_core::sync::account::{self, Account};
use curbside_core::sync::engine::{Report, SyncError};
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::SyncKey;
use zeroize::Zeroizing;

fn resources(server: &MemoryServer) -> usize {
    Collection::ALL
        .into_iter()
        .map(|collection| server.names(collection).len())
        .sum()
}

/// How many calls a sync of `b` against the rich book on the server makes.
fn calls_of_a_sync() -> usize {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let mut b = book();
    add(&mut b, "Dr. Inés Ramos");
    server.calls = 0;
    sync(&mut b, &mut server);
    server.calls
}

#[test]
fn a_connection_lost_at_any_point_costs_no_duplicate_and_no_loss() {
    let calls = calls_of_a_sync();
    assert!(calls > 5, "{calls}");
    for cut in 0..calls {
        let mut server = MemoryServer::new();
        let mut a = rich_book();
        sync(&mut a, &mut server);
        let mut b = book();
        add(&mut b, "Dr. Inés Ramos");
        server.fail_after = Some(cut);
        let failed = try_sync(&mut b, &mut server);
        assert!(
            matches!(failed, Err(SyncError::Remote(_))),
            "cut at {cut}: {failed:?}"
        );
        let status = account::status(&b).unwrap();
        assert!(
            status.last_error.unwrap().contains("could not be reached"),
            "cut at {cut}"
        );
        server.fail_after = None;
        sync(&mut b, &mut server);
        sync(&mut a, &mut server);
        assert_same_book(&mut a, &mut b);
        assert_eq!(
            contact_count(&a),
            3,
            "cut at {cut}: Zoë, Ana, Inés and no duplicate"
        );
        assert_eq!(resources(&server), everything(&mut a).len(), "cut at {cut}");
        assert!(account::status(&b).unwrap().last_error.is_none());
    }
}

#[test]
fn writes_the_server_stored_but_this_computer_never_noted_make_no_duplicate_or_conflict() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let stored = resources(&server);
    // Killed after every write, before noting any: no sync state at all.
    a.execute_batch("DELETE FROM sync_resources; DELETE FROM sync_collections;")
        .unwrap();
    let again = sync(&mut a, &mut server);
    assert_eq!(
        again,
        Report::default(),
        "the same records on both sides agree"
    );
    assert_eq!(resources(&server), stored);
    server.calls = 0;
    assert_eq!(sync(&mut a, &mut server), Report::default());
    assert_eq!(server.calls, 3);
}

#[test]
fn a_server_holding_another_books_records_is_refused_and_nothing_changes() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let stored = resources(&server);

    let mut other = db();
    let other_key = SyncKey(Zeroizing::new([9; 32]));
    let mut account_with_other_key: Account = super::account(other_key);
    account_with_other_key.contact_notes_plain = false;
    account::save(&mut other, &account_with_other_key).unwrap();
    add(&mut other, "Dr. Inés Ramos");
    let before = everything(&mut other);
    let refused = try_sync(&mut other, &mut server);
    assert!(matches!(refused, Err(SyncError::OtherKey)), "{refused:?}");
    assert_eq!(everything(&mut other), before, "nothing changed here");
    assert_eq!(resources(&server), stored, "nothing sent");
    let status = account::status(&other).unwrap();
    assert!(status.last_error.unwrap().contains("another sync key"));
}

#[test]
fn a_resource_no_one_can_read_is_left_alone_and_said_in_words() {
    let mut server = MemoryServer::new();
    server.put_as_other_client(Collection::Contacts, "broken.vcf", "this is not a vCard");
    let mut a = joined(db());
    add(&mut a, "Dr. Inés Ramos");
    let report = sync(&mut a, &mut server);
    assert_eq!(report.sent, 1, "the contact goes out: {report:?}");
    assert_eq!(report.skipped.len(), 1, "{report:?}");
    assert!(report.skipped[0].contains("broken.vcf"), "{report:?}");
    assert!(
        server.body(Collection::Contacts, "broken.vcf").is_some(),
        "left alone"
    );
}

#[test]
fn a_connection_lost_while_sending_a_whole_book_costs_no_duplicate_and_no_loss() {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let calls = server.calls;
    for cut in (0..calls).step_by(3) {
        let mut server = MemoryServer::new();
        let mut a = rich_book();
        server.fail_after = Some(cut);
        assert!(try_sync(&mut a, &mut server).is_err(), "cut at {cut}");
        server.fail_after = None;
        sync(&mut a, &mut server);
        assert_eq!(resources(&server), everything(&mut a).len(), "cut at {cut}");
        let mut b = book();
        sync(&mut b, &mut server);
        assert_same_book(&mut a, &mut b);
    }
}
