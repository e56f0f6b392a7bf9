//! Sample data: a first look at a full book, added in one go and removed in
//! one click without touching anything the user made, even a contact the
//! user tagged "Sample" or an interaction shared with a sample colleague.

use curbside_core::contacts::{self, ContactDraft, ContactFilter};
use curbside_core::db;
use curbside_core::events;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::sample::{self, SampleCounts, SampleError, SAMPLE_TAG};
use curbside_core::search::search;
use jiff::civil::date;
use jiff::Timestamp;

use crate::support::person;

fn now() -> Timestamp {
    "2026-12-06T09:00:00Z".parse().unwrap()
}

fn everyone(conn: &rusqlite::Connection) -> Vec<String> {
    contacts::list(conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn the_sample_book_has_people_tagged_sample_history_and_a_congress_ahead() {
    let mut conn = db::open_in_memory().unwrap();

    let added = sample::add(&mut conn, date(2026, 12, 6), now()).unwrap();

    assert_eq!(
        added,
        SampleCounts {
            contacts: 12,
            events: 2
        }
    );
    assert_eq!(sample::counts(&conn).unwrap(), added);
    let okafor = &search(&conn, "okafor", 5).unwrap()[0];
    assert_eq!(okafor.display_name, "Dr Amara Okafor");
    assert!(
        okafor.tags.iter().any(|tag| tag == SAMPLE_TAG),
        "{:?}",
        okafor.tags
    );
    assert_eq!(
        search(&conn, "abstract", 5).unwrap()[0].id,
        okafor.id,
        "her interaction note is searchable"
    );
    let congress = events::all(&conn)
        .unwrap()
        .into_iter()
        .find(|event| event.title.contains("Congress"))
        .unwrap();
    assert!(congress.title.starts_with("Sample: "));
    let detail = events::detail(&conn, congress.id).unwrap();
    assert_eq!(detail.people.len(), 2, "two people to meet there");
}

#[test]
fn adding_it_twice_is_refused_and_changes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    sample::add(&mut conn, date(2026, 12, 6), now()).unwrap();

    let again = sample::add(&mut conn, date(2026, 12, 6), now());

    assert!(matches!(again, Err(SampleError::AlreadyThere)));
    assert_eq!(everyone(&conn).len(), 12);
}

#[test]
fn removing_it_leaves_what_the_user_made_even_when_tagged_or_shared() {
    let mut conn = db::open_in_memory().unwrap();
    let mine = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Dr Real Colleague".into(),
            tags: vec![SAMPLE_TAG.into()],
            ..Default::default()
        },
        now(),
    )
    .unwrap();
    sample::add(&mut conn, date(2026, 12, 6), now()).unwrap();
    let okafor = search(&conn, "okafor", 1).unwrap()[0].id;
    interactions::add(
        &mut conn,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            note: "Lunch with both about the registry".into(),
            contact_ids: vec![okafor, mine.id],
            ..Default::default()
        },
        now(),
    )
    .unwrap();

    let removed = sample::remove(&mut conn).unwrap();

    assert_eq!(
        removed,
        SampleCounts {
            contacts: 12,
            events: 2
        }
    );
    assert_eq!(everyone(&conn), vec!["Dr Real Colleague"]);
    assert!(events::all(&conn).unwrap().is_empty());
    assert_eq!(sample::counts(&conn).unwrap(), SampleCounts::default());
    let kept = interactions::for_contact(&conn, mine.id, None).unwrap();
    assert_eq!(
        kept.len(),
        1,
        "the shared lunch stays on the real colleague's timeline"
    );
    assert!(search(&conn, "okafor", 5).unwrap().is_empty());
    assert_eq!(search(&conn, "registry", 5).unwrap()[0].id, mine.id);
}

#[test]
fn removing_from_a_book_without_sample_data_removes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Dr Only Mine".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap();

    assert_eq!(sample::remove(&mut conn).unwrap(), SampleCounts::default());
    assert_eq!(everyone(&conn), vec!["Dr Only Mine"]);
}

/// Only uids that start with the sample prefix count as sample data: a
/// user's own contact whose uid is close to it (shorter, one character
/// past, in capitals) is not counted, and the sample's removal leaves it.
#[test]
fn only_uids_with_the_sample_prefix_count_as_sample_data() {
    let mut conn = db::open_in_memory().unwrap();
    let near = [
        "curbside-sample",
        "curbside-sample.1",
        "CURBSIDE-SAMPLE-contact-1",
        "curbside-samplf-1",
    ];
    for (n, uid) in near.iter().enumerate() {
        let id = person(&mut conn, &format!("Own contact {n}"));
        conn.execute(
            "UPDATE contacts SET uid = ?2 WHERE id = ?1",
            rusqlite::params![id, uid],
        )
        .unwrap();
    }
    assert_eq!(sample::counts(&conn).unwrap(), SampleCounts::default());

    let added = sample::add(&mut conn, date(2026, 12, 6), now()).unwrap();
    assert_eq!(
        added.contacts, 12,
        "the sample's own contacts, not the near ones"
    );
    assert_eq!(sample::counts(&conn).unwrap(), added);

    sample::remove(&mut conn).unwrap();
    assert_eq!(sample::counts(&conn).unwrap(), SampleCounts::default());
    assert_eq!(everyone(&conn).len(), near.len(), "{:?}", everyone(&conn));
}
