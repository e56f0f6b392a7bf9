//! The same item changed on two computers before either synced: edits of
//! different fields both arrive; the same field changed differently is
//! one conflict, listed, resolved either way, with nothing lost; a
//! deletion against an edit keeps the edit and asks.

use super::{assert_same_book, book, contact, edit, rich_book, sync};
use curbside_core::sync::conflicts::{self, Keep};
use curbside_core::sync::remote::memory::MemoryServer;
use curbside_core::sync::remote::Collection;
use rusqlite::Connection;

/// Two computers with the same rich book, synced.
fn pair() -> (Connection, Connection, MemoryServer) {
    let mut server = MemoryServer::new();
    let mut a = rich_book();
    sync(&mut a, &mut server);
    let mut b = book();
    sync(&mut b, &mut server);
    (a, b, server)
}

fn specialty(conn: &Connection) -> String {
    contact(conn, "Dr. Ana Díaz").unwrap().specialty
}

#[test]
fn edits_of_different_fields_on_two_computers_both_arrive() {
    let (mut a, mut b, mut server) = pair();
    edit(&mut a, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Electrophysiology".into()
    });
    edit(&mut b, "Dr. Ana Díaz", |draft| {
        draft.institution = "Hospital del Mar".into()
    });
    sync(&mut a, &mut server);
    let merged = sync(&mut b, &mut server);
    assert_eq!((merged.merged, merged.conflicts), (1, 0), "{merged:?}");
    sync(&mut a, &mut server);
    for conn in [&a, &b] {
        let ana = contact(conn, "Dr. Ana Díaz").unwrap();
        assert_eq!(ana.specialty, "Electrophysiology");
        assert_eq!(ana.institution, "Hospital del Mar");
        assert!(conflicts::list(conn).unwrap().is_empty());
    }
    assert_same_book(&mut a, &mut b);
}

/// A and B each change Ana's specialty; A syncs first, then B.
fn same_field_changed_on_both() -> (Connection, Connection, MemoryServer) {
    let (mut a, mut b, mut server) = pair();
    edit(&mut a, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Electrophysiology".into()
    });
    edit(&mut b, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Heart failure".into()
    });
    sync(&mut a, &mut server);
    let report = sync(&mut b, &mut server);
    assert_eq!(report.conflicts, 1, "{report:?}");
    (a, b, server)
}

#[test]
fn the_same_field_changed_differently_asks_and_keeps_both_values() {
    let (mut a, b, mut server) = same_field_changed_on_both();
    let listed = conflicts::list(&b).unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    let conflict = &listed[0];
    assert_eq!(conflict.item, "Dr. Ana Díaz");
    assert_eq!(conflict.field.as_deref(), Some("specialty"));
    assert_eq!(conflict.here, "Heart failure");
    assert_eq!(conflict.there, "Electrophysiology");
    assert_eq!(
        specialty(&b),
        "Heart failure",
        "this computer's value meanwhile"
    );
    sync(&mut a, &mut server);
    assert_eq!(
        specialty(&a),
        "Heart failure",
        "one value on both until decided"
    );
}

#[test]
fn a_conflict_resolved_with_the_other_value_reaches_both_computers() {
    let (mut a, mut b, mut server) = same_field_changed_on_both();
    let id = conflicts::list(&b).unwrap()[0].id;
    assert!(conflicts::resolve(&mut b, id, Keep::There).unwrap());
    assert_eq!(specialty(&b), "Electrophysiology");
    assert!(conflicts::list(&b).unwrap().is_empty());
    assert!(
        !conflicts::resolve(&mut b, id, Keep::There).unwrap(),
        "gone once resolved"
    );
    sync(&mut b, &mut server);
    sync(&mut a, &mut server);
    assert_eq!(specialty(&a), "Electrophysiology");
    assert_same_book(&mut a, &mut b);
}

#[test]
fn a_conflict_resolved_with_this_value_reaches_both_computers() {
    let (mut a, mut b, mut server) = same_field_changed_on_both();
    let id = conflicts::list(&b).unwrap()[0].id;
    assert!(conflicts::resolve(&mut b, id, Keep::Here).unwrap());
    sync(&mut b, &mut server);
    sync(&mut a, &mut server);
    assert_eq!(specialty(&a), "Heart failure");
    assert_eq!(specialty(&b), "Heart failure");
    assert_same_book(&mut a, &mut b);
}

#[test]
fn a_contact_deleted_here_after_an_edit_there_comes_back_and_asks() {
    let (mut a, mut b, mut server) = pair();
    let ana = contact(&a, "Dr. Ana Díaz").unwrap();
    curbside_core::contacts::delete(&mut a, ana.id).unwrap();
    edit(&mut b, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Heart failure".into()
    });
    sync(&mut b, &mut server);
    let report = sync(&mut a, &mut server);
    assert_eq!(report.conflicts, 1, "{report:?}");
    assert_eq!(specialty(&a), "Heart failure", "the edit is kept");
    let listed = conflicts::list(&a).unwrap();
    assert_eq!(listed[0].field, None);
    assert_eq!(listed[0].here, "(deleted)");

    // The user deletes it after all: it goes on both computers.
    assert!(conflicts::resolve(&mut a, listed[0].id, Keep::Here).unwrap());
    assert!(contact(&a, "Dr. Ana Díaz").is_none());
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);
    assert!(contact(&b, "Dr. Ana Díaz").is_none());
    assert_same_book(&mut a, &mut b);
}

#[test]
fn a_contact_edited_here_after_a_deletion_there_is_kept_and_asks() {
    let (mut a, mut b, mut server) = pair();
    let ana = contact(&a, "Dr. Ana Díaz").unwrap();
    curbside_core::contacts::delete(&mut a, ana.id).unwrap();
    edit(&mut b, "Dr. Ana Díaz", |draft| {
        draft.specialty = "Heart failure".into()
    });
    sync(&mut a, &mut server);
    let report = sync(&mut b, &mut server);
    assert_eq!(report.conflicts, 1, "{report:?}");
    assert_eq!(specialty(&b), "Heart failure", "the edit is kept");
    let listed = conflicts::list(&b).unwrap();
    assert_eq!(
        (listed[0].field.as_deref(), listed[0].there.as_str()),
        (None, "(deleted)")
    );
    // Meanwhile the kept contact is on the server again, and on A.
    sync(&mut a, &mut server);
    assert_eq!(specialty(&a), "Heart failure");

    // The user keeps it: the conflict goes, the contact stays everywhere.
    assert!(conflicts::resolve(&mut b, listed[0].id, Keep::Here).unwrap());
    sync(&mut b, &mut server);
    sync(&mut a, &mut server);
    assert!(contact(&a, "Dr. Ana Díaz").is_some());
    assert_same_book(&mut a, &mut b);
}

#[test]
fn a_phone_and_this_computer_changing_one_email_ask_and_the_phones_value_can_win() {
    let (mut a, _b, mut server) = pair();
    let name = server
        .names(Collection::Contacts)
        .into_iter()
        .find(|name| {
            let body = server.body(Collection::Contacts, name).unwrap();
            body.contains("ana@example.org")
        })
        .unwrap();
    let body = server.body(Collection::Contacts, &name).unwrap();
    let phone = body.replace("ana@example.org", "ana.diaz@phone.example");
    server.put_as_other_client(Collection::Contacts, &name, &phone);
    edit(&mut a, "Dr. Ana Díaz", |draft| {
        draft.emails[0] = "ana.diaz@here.example".into()
    });
    let report = sync(&mut a, &mut server);
    assert_eq!(report.conflicts, 1, "{report:?}");
    let conflict = conflicts::list(&a).unwrap().remove(0);
    assert_eq!(conflict.field.as_deref(), Some("EMAIL"));
    assert!(
        conflict.there.contains("ana.diaz@phone.example"),
        "{conflict:?}"
    );
    let emails = contact(&a, "Dr. Ana Díaz").unwrap().emails;
    assert!(
        emails.contains(&"ana.diaz@here.example".to_owned()),
        "{emails:?}"
    );

    assert!(conflicts::resolve(&mut a, conflict.id, Keep::There).unwrap());
    let emails = contact(&a, "Dr. Ana Díaz").unwrap().emails;
    assert!(
        emails.contains(&"ana.diaz@phone.example".to_owned()),
        "{emails:?}"
    );
    assert!(
        !emails.contains(&"ana.diaz@here.example".to_owned()),
        "{emails:?}"
    );
    sync(&mut a, &mut server);
    let body = server.body(Collection::Contacts, &name).unwrap();
    assert!(body.contains("ana.diaz@phone.example"), "{body}");
}
