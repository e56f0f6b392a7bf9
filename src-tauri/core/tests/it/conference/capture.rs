//! "I just met…": matching an existing contact or creating one, marked met
//! at the event with the line logged there.

use curbside_core::conference::{self, CaptureDraft};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::events::{self, PersonRole};
use curbside_core::interactions::{self, InteractionFilter, InteractionKind};

use super::{aha, before, book, contact, during};

fn capture(name: &str, from: &str, note: &str) -> CaptureDraft {
    CaptureDraft {
        name: name.into(),
        from: from.into(),
        note: note.into(),
        ..CaptureDraft::default()
    }
}

#[test]
fn anna_berg_typed_in_lower_case_is_the_existing_dr_anna_berg_marked_met_with_the_line() {
    let mut conn = book();
    let anna = contact(
        &mut conn,
        ContactDraft {
            display_name: "Dr. Anna Berg".into(),
            institution: "Karolinska".into(),
            ..ContactDraft::default()
        },
    );
    contact(
        &mut conn,
        ContactDraft {
            display_name: "Annika Bergström".into(),
            ..ContactDraft::default()
        },
    );
    let boston = aha(&mut conn);
    let found = conference::capture_match(&conn, "anna berg", "")
        .unwrap()
        .unwrap();
    assert_eq!(found.contact_id, anna);

    let captured = conference::capture(
        &mut conn,
        boston,
        &capture(
            "anna berg",
            "",
            "colchicine after MI, wants our registry data",
        ),
        during(),
    )
    .unwrap();
    assert!(!captured.created);
    assert_eq!(captured.contact_id, anna);
    assert_eq!(captured.person.role, PersonRole::Met);

    let detail = events::detail(&conn, boston).unwrap();
    assert_eq!(detail.people.len(), 1);
    assert_eq!(
        detail.people[0].note,
        "colchicine after MI, wants our registry data"
    );
    let logged = interactions::list(
        &conn,
        InteractionFilter {
            contact: Some(anna),
            event: Some(boston),
            limit: None,
        },
    )
    .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].kind, InteractionKind::Event);
    assert_eq!(
        logged[0].topic,
        "colchicine after MI, wants our registry data"
    );
    assert_eq!(
        contacts::get(&conn, anna).unwrap().last_interaction_at,
        Some(during())
    );
}

#[test]
fn a_name_nobody_has_creates_a_contact_from_where_they_are_from() {
    let mut conn = book();
    contact(
        &mut conn,
        ContactDraft {
            display_name: "Dr. Anna Berg".into(),
            ..ContactDraft::default()
        },
    );
    let boston = aha(&mut conn);
    assert_eq!(
        conference::capture_match(&conn, "Anna Bergman", "").unwrap(),
        None
    );
    let captured = conference::capture(
        &mut conn,
        boston,
        &capture("Anna Bergman", "Mayo Clinic", "TAVR in low-risk patients"),
        during(),
    )
    .unwrap();
    assert!(captured.created);
    let made = contacts::get(&conn, captured.contact_id).unwrap();
    assert_eq!(made.display_name, "Anna Bergman");
    assert_eq!(made.institution, "Mayo Clinic");
    assert_eq!(made.met.at, "AHA Scientific Sessions 2026");
    assert_eq!(made.met.on.as_deref(), Some("2026-11-08"));
}

#[test]
fn of_two_people_with_the_name_the_one_from_the_place_said_is_chosen() {
    let mut conn = book();
    contact(
        &mut conn,
        ContactDraft {
            display_name: "Tom Hall".into(),
            institution: "Leeds General".into(),
            ..ContactDraft::default()
        },
    );
    let oxford = contact(
        &mut conn,
        ContactDraft {
            display_name: "Tom Hall".into(),
            institution: "John Radcliffe, Oxford".into(),
            ..ContactDraft::default()
        },
    );
    let found = conference::capture_match(&conn, "Tom Hall", "oxford")
        .unwrap()
        .unwrap();
    assert_eq!(found.contact_id, oxford);
}

#[test]
fn nobody_is_captured_before_the_event_starts_and_nothing_is_left_behind() {
    let mut conn = book();
    let boston = aha(&mut conn);
    let err = conference::capture(
        &mut conn,
        boston,
        &capture("New Person", "", "hi"),
        before(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("has not started yet"), "{err}");
    assert_eq!(contacts::count(&conn).unwrap(), 0);
}

#[test]
fn a_capture_without_a_name_or_with_a_too_long_name_is_refused_clearly() {
    let mut conn = book();
    let boston = aha(&mut conn);
    let err =
        conference::capture(&mut conn, boston, &capture("  ", "", "x"), during()).unwrap_err();
    assert_eq!(err.to_string(), "Write the name of the person you met");
    let long = "a".repeat(500);
    let err =
        conference::capture(&mut conn, boston, &capture(&long, "", "x"), during()).unwrap_err();
    assert!(err.to_string().contains("too long"), "{err}");
}
