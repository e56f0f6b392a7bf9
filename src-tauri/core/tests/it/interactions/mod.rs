//! Interactions: logged with one or more contacts, listed newest first, and
//! kept or removed sensibly when a contact goes; and [`edit`], putting a
//! mistake right.

mod edit;

use curbside_core::contacts::{self, ContactDraft, ContactError};
use curbside_core::db;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use jiff::Timestamp;

fn person(conn: &mut rusqlite::Connection, name: &str) -> i64 {
    let draft = ContactDraft {
        display_name: name.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, Timestamp::now()).unwrap().id
}

fn log(conn: &mut rusqlite::Connection, with: &[i64], at: &str, note: &str) -> i64 {
    let draft = InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at.parse().unwrap()),
        time_zone: "Europe/Berlin".into(),
        topic: String::new(),
        note: note.into(),
        contact_ids: with.to_vec(),
        event_id: None,
    };
    interactions::add(conn, &draft, Timestamp::now())
        .unwrap()
        .id
}

#[test]
fn a_contact_timeline_is_newest_first_with_the_last_interaction() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    log(
        &mut conn,
        &[amara],
        "2026-03-01T10:00:00Z",
        "Coffee at the hospital",
    );
    log(
        &mut conn,
        &[amara],
        "2026-08-30T09:00:00Z",
        "Talked about renal denervation at ESC 2026",
    );
    let timeline = interactions::for_contact(&conn, amara, None).unwrap();
    let notes: Vec<&str> = timeline.iter().map(|i| i.note.as_str()).collect();
    assert_eq!(
        notes,
        vec![
            "Talked about renal denervation at ESC 2026",
            "Coffee at the hospital"
        ]
    );
    assert_eq!(timeline[0].time_zone, "Europe/Berlin");
    assert_eq!(
        contacts::get(&conn, amara).unwrap().last_interaction_at,
        Some("2026-08-30T09:00:00Z".parse().unwrap())
    );
}

#[test]
fn one_interaction_can_be_with_several_people() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    let ben = person(&mut conn, "Ben Carter");
    let id = log(
        &mut conn,
        &[amara, ben, amara],
        "2026-05-05T12:00:00Z",
        "Lunch at the congress",
    );
    let interaction = interactions::get(&conn, id).unwrap();
    assert_eq!(interaction.contact_ids, vec![amara, ben]);
    assert_eq!(
        interactions::for_contact(&conn, ben, None).unwrap().len(),
        1
    );
}

#[test]
fn deleting_a_contact_keeps_shared_interactions_for_the_others() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    let ben = person(&mut conn, "Ben Carter");
    log(&mut conn, &[amara, ben], "2026-05-05T12:00:00Z", "Lunch");
    log(
        &mut conn,
        &[amara],
        "2026-05-06T12:00:00Z",
        "Call about the abstract",
    );
    contacts::delete(&mut conn, amara).unwrap();
    assert_eq!(
        interactions::for_contact(&conn, ben, None).unwrap()[0].contact_ids,
        vec![ben]
    );
    let left: i64 = conn
        .query_row("SELECT count(*) FROM interactions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 1, "the interaction with Amara alone went with her");
}

#[test]
fn an_interaction_needs_real_contacts_and_a_known_zone() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    let mut draft = InteractionDraft {
        kind: InteractionKind::Call,
        occurred_at: None,
        time_zone: String::new(),
        topic: String::new(),
        note: String::new(),
        contact_ids: vec![],
        event_id: None,
    };
    let none = interactions::add(&mut conn, &draft, Timestamp::now()).unwrap_err();
    assert_eq!(
        none.to_string(),
        "An interaction needs at least one contact"
    );
    draft.contact_ids = vec![amara, 999];
    assert!(matches!(
        interactions::add(&mut conn, &draft, Timestamp::now()),
        Err(ContactError::NotFound(999))
    ));
    draft.contact_ids = vec![amara];
    draft.time_zone = "Mars/Olympus_Mons".into();
    let zone = interactions::add(&mut conn, &draft, Timestamp::now()).unwrap_err();
    assert!(zone.to_string().contains("is not a time zone"), "{zone}");
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM interactions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0, "nothing half-written");
}

#[test]
fn those_gone_longest_without_contact_come_first_and_the_never_contacted_are_left_out() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    let kenji = person(&mut conn, "Kenji Tanaka");
    let lena = person(&mut conn, "Lena Fischer");
    person(&mut conn, "Never Met");
    log(&mut conn, &[amara], "2026-06-01T10:00:00Z", "Tumour board");
    log(&mut conn, &[kenji], "2025-02-01T10:00:00Z", "ESC 2025");
    log(&mut conn, &[lena], "2026-01-10T10:00:00Z", "Grand rounds");
    log(&mut conn, &[kenji], "2025-11-20T10:00:00Z", "A call");

    let names = |limit| -> Vec<String> {
        contacts::out_of_touch(&conn, limit)
            .unwrap()
            .into_iter()
            .map(|line| line.display_name)
            .collect()
    };
    assert_eq!(names(5), ["Kenji Tanaka", "Lena Fischer", "Amara Okafor"]);
    assert_eq!(names(1), ["Kenji Tanaka"]);
}
