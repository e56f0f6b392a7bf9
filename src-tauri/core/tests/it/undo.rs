//! Undo of a one-click change (a contact's delete, an event's, one
//! occurrence's removal, a merge):
//! taken back, the book is as it was, every row of every table with its id,
//! and the contact is found by the search again.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::events::{self, EventFilter};
use curbside_core::operations;
use curbside_core::search;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::book::rich::rich_book;

/// Every row of every table (the full-text indexes by their text), sorted:
/// what the book holds, as a user or a sync could ever see it.
fn everything(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main'
             AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut rows = Vec::new();
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let width = statement.column_count();
        let mut found = statement.query([]).unwrap();
        while let Some(row) = found.next().unwrap() {
            let values: Vec<String> = (0..width)
                .map(|n| format!("{:?}", row.get_ref(n).unwrap()))
                .collect();
            rows.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    rows.sort();
    rows
}

fn id_of(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

fn ana(conn: &Connection) -> i64 {
    id_of(
        conn,
        "SELECT id FROM contacts WHERE display_name = 'Dr. Ana Díaz'",
    )
}

fn found(conn: &Connection, query: &str) -> Vec<String> {
    search::search(conn, query, 10)
        .unwrap()
        .into_iter()
        .map(|contact| contact.display_name)
        .collect()
}

#[test]
fn a_deleted_contact_taken_back_is_back_with_everything_that_named_them() {
    let mut conn = rich_book();
    let ana = ana(&conn);
    let before = everything(&conn);

    let journal = operations::delete_contact(&mut conn, ana).unwrap();
    assert!(contacts::get(&conn, ana).is_err());
    assert!(found(&conn, "Díaz").is_empty());
    assert_eq!(
        id_of(&conn, "SELECT count(*) FROM referrals"),
        0,
        "her referral went with her"
    );

    operations::take_back(&mut conn, &journal).unwrap();

    assert_eq!(everything(&conn), before);
    assert_eq!(found(&conn, "Díaz"), ["Dr. Ana Díaz"]);
    assert_eq!(contacts::get(&conn, ana).unwrap().emails.len(), 2);
}

#[test]
fn a_deleted_event_taken_back_has_its_key_dates_sessions_people_and_reminders() {
    let mut conn = rich_book();
    let esc = id_of(&conn, "SELECT id FROM events WHERE title = 'ESC Congress'");
    for table in ["event_deadlines", "event_sessions", "event_people"] {
        assert!(
            id_of(
                &conn,
                &format!("SELECT count(*) FROM {table} WHERE event_id = {esc}")
            ) > 0,
            "the rich book gives the congress {table}"
        );
    }
    let before = everything(&conn);

    let journal = operations::delete_event(&mut conn, esc).unwrap();
    assert_eq!(
        id_of(
            &conn,
            &format!("SELECT count(*) FROM events WHERE id = {esc}")
        ),
        0
    );
    assert_ne!(everything(&conn), before);

    operations::take_back(&mut conn, &journal).unwrap();

    assert_eq!(everything(&conn), before);
}

/// The calendar's occurrences of the grand rounds in January 2026, by start.
fn rounds_in_january(conn: &Connection) -> Vec<(String, String)> {
    events::occurrences(
        conn,
        "2026-01-01T00:00:00Z".parse().unwrap(),
        "2026-02-01T00:00:00Z".parse().unwrap(),
        &TimeZone::get("America/New_York").unwrap(),
        &EventFilter::default(),
    )
    .unwrap()
    .into_iter()
    .filter(|o| o.title.starts_with("Grand rounds"))
    .map(|o| (o.title, o.start))
    .collect()
}

#[test]
fn a_removed_occurrence_taken_back_is_in_the_calendar_again() {
    let mut conn = rich_book();
    let rounds = id_of(&conn, "SELECT id FROM events WHERE title = 'Grand rounds'");
    let before = everything(&conn);
    let shown = rounds_in_january(&conn);
    let removed = (
        "Grand rounds".to_owned(),
        "2026-01-28T07:30:00-05:00[America/New_York]".to_owned(),
    );
    assert!(shown.contains(&removed), "{shown:?}");

    let journal = operations::remove_occurrence(&mut conn, rounds, "2026-01-28T07:30:00").unwrap();
    assert!(!rounds_in_january(&conn).contains(&removed));

    operations::take_back(&mut conn, &journal).unwrap();

    assert_eq!(rounds_in_january(&conn), shown);
    assert_eq!(everything(&conn), before);
}

#[test]
fn a_removed_changed_occurrence_taken_back_keeps_its_own_time_and_notes() {
    let mut conn = rich_book();
    let rounds = id_of(&conn, "SELECT id FROM events WHERE title = 'Grand rounds'");
    let before = everything(&conn);
    let moved = (
        "Grand rounds (moved)".to_owned(),
        "2026-01-22T12:00:00-05:00[America/New_York]".to_owned(),
    );
    assert!(rounds_in_january(&conn).contains(&moved));

    let journal = operations::remove_occurrence(&mut conn, rounds, "2026-01-21T07:30:00").unwrap();
    assert!(!rounds_in_january(&conn).contains(&moved));
    assert_eq!(
        id_of(
            &conn,
            "SELECT count(*) FROM events WHERE notes = 'In the big hall'"
        ),
        0
    );

    operations::take_back(&mut conn, &journal).unwrap();

    assert!(rounds_in_january(&conn).contains(&moved));
    assert_eq!(everything(&conn), before);
}

#[test]
fn a_merge_taken_back_leaves_both_cards_as_they_were() {
    let mut conn = rich_book();
    let ana = ana(&conn);
    let zoe = id_of(
        &conn,
        "SELECT id FROM contacts WHERE display_name = 'Zoë Müller'",
    );
    let before = everything(&conn);

    let (merged, journal) =
        operations::merge_undoably(&mut conn, zoe, ana, Timestamp::now()).unwrap();
    assert_eq!(merged.id, zoe);
    assert!(contacts::get(&conn, ana).is_err());
    // Her name now finds the one merged card only.
    assert_eq!(found(&conn, "Díaz"), ["Zoë Müller"]);

    operations::take_back(&mut conn, &journal).unwrap();

    assert_eq!(everything(&conn), before);
    assert_eq!(found(&conn, "Díaz"), ["Dr. Ana Díaz"]);
    assert_eq!(found(&conn, "Müller"), ["Zoë Müller"]);
}

#[test]
fn only_the_change_itself_is_taken_back_and_nothing_is_journaled_after_it() {
    let mut conn = rich_book();
    let ana = ana(&conn);
    let journal = operations::delete_contact(&mut conn, ana).unwrap();
    let triggers = id_of(
        &conn,
        "SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger'",
    );
    assert_eq!(
        triggers, 0,
        "the journal's triggers are gone once the delete is done"
    );
    let later = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Added after".into(),
            ..ContactDraft::default()
        },
        Timestamp::now(),
    )
    .unwrap();

    operations::take_back(&mut conn, &journal).unwrap();

    assert!(contacts::get(&conn, ana).is_ok());
    assert_eq!(
        contacts::get(&conn, later.id).unwrap().display_name,
        "Added after"
    );
}

#[test]
fn a_change_that_fails_leaves_no_journal_and_no_triggers() {
    let mut conn = rich_book();
    let before = everything(&conn);

    assert!(operations::delete_contact(&mut conn, 999_999).is_err());
    assert!(operations::merge_undoably(&mut conn, 1, 1, Timestamp::now()).is_err());

    assert_eq!(
        id_of(
            &conn,
            "SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger'"
        ),
        0
    );
    assert_eq!(everything(&conn), before);
}

#[test]
fn a_deleted_contact_with_a_photo_gets_the_same_photo_back() {
    let mut conn = rich_book();
    let zoe = id_of(
        &conn,
        "SELECT id FROM contacts WHERE display_name = 'Zoë Müller'",
    );
    let photo = |conn: &Connection| -> Vec<Vec<u8>> {
        conn.prepare("SELECT data FROM contact_photos WHERE contact_id = ?1")
            .unwrap()
            .query_map([zoe], |row| row.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let had = photo(&conn);
    assert_eq!(had.len(), 1, "the rich book gives Zoë a photo");
    let before = everything(&conn);

    let journal = operations::delete_contact(&mut conn, zoe).unwrap();
    assert!(photo(&conn).is_empty());
    operations::take_back(&mut conn, &journal).unwrap();

    assert_eq!(photo(&conn), had);
    assert_eq!(everything(&conn), before);
}
