//! What an evaluation of the reminders reads: a contact's row holds their
//! notes and every part of their name, often a page of its own, so the
//! reminders read what they need of a contact from an index of its own
//! (`contacts_for_reminders`, migration 023). In an encrypted book every
//! page read is a page decrypted and authenticated; with a cadence on a tag
//! tens of thousands of contacts carry, reading their rows made an
//! evaluation three times slower.

use crate::support::reminders::{at, days};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db::{self, pages_read};
use curbside_core::keys::DataKey;
use curbside_core::reminders::{self, Cadence, CadenceTarget, ReminderKind};
use curbside_core::vault;
use jiff::tz::TimeZone;

const PEOPLE: usize = 1_000;

#[test]
fn a_tags_cadence_reads_its_people_from_the_reminders_index_not_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curbside.db");
    let mut conn = vault::open_database(&path, &DataKey::generate().unwrap(), true).unwrap();
    // Profile notes of 3,000 characters: each contact's row is most of a page.
    let notes = "Met at the cardiology fellows' dinner; interested in the registry. ".repeat(45);
    for n in 0..PEOPLE {
        let draft = ContactDraft {
            display_name: format!("Dr. Colleague {n}"),
            notes: notes.clone(),
            tags: vec!["colleague".into()],
            ..Default::default()
        };
        contacts::create(&mut conn, &draft, at("2020-01-01T00:00:00Z")).unwrap();
    }
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Tag("colleague".into()),
        Some(Cadence { days: 180 }),
    )
    .unwrap();
    let zone = TimeZone::get("Europe/Berlin").unwrap();

    db::release_cache(&conn).unwrap();
    pages_read(&conn);
    let found = reminders::due(&conn, at("2026-06-15T07:00:00Z"), &zone, days(7)).unwrap();
    let read = pages_read(&conn);

    let prompts = found
        .iter()
        .filter(|r| r.kind == ReminderKind::StayInTouch)
        .count();
    assert_eq!(prompts, PEOPLE, "everyone's cadence ran out long ago");
    assert!(
        found.iter().all(|r| r.title.contains("Dr. Colleague")),
        "each prompt names its person"
    );
    // The rows alone are about a thousand pages; the index about twenty.
    assert!(
        read < PEOPLE / 10,
        "{read} pages read for {PEOPLE} people from a cold cache"
    );
}
