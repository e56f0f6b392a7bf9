//! A goal's uid (migration 021): every goal has one, made when it is added
//! and given to the goals already stored, whose reminders keep what the
//! user did with them; two computers that synced the same mentorship name
//! its goals alike after updating.

use curbside_core::db::{self, MIGRATIONS};
use curbside_core::mentorship::{self, GoalDraft, Role};
use jiff::civil::date;
use rusqlite::Connection;

use super::{mentorship_with, person, today};
use crate::support::db as book;

fn uids(conn: &Connection) -> Vec<(String, String)> {
    conn.prepare("SELECT text, uid FROM mentorship_goals ORDER BY text")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A book at the schema before goals had uids, with a mentor, two goals
/// and the first goal's prompt marked done; `synced` gives the mentorship
/// the sync uid a sync gave it.
fn book_before_goal_uids(synced: Option<&str>) -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 19).unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (id, display_name, created_at, updated_at)
             VALUES (1, 'Ana Berg', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO mentorships (id, contact_id, role, started_on, created_at)
             VALUES (3, 1, 'mentor', '2025-09-01', '2025-09-01T00:00:00Z');
         INSERT INTO mentorship_goals (id, mentorship_id, text, target_on)
             VALUES (7, 3, 'First-author paper', '2026-06-30'),
                    (8, 3, 'Apply for the fellowship', NULL);
         INSERT INTO reminder_states (reminder_id, state, acted_at)
             VALUES ('mentoring:7:goal:2026-06-30', 'done', '2026-06-30T09:00:00Z');",
    )
    .unwrap();
    if let Some(uid) = synced {
        conn.execute(
            "INSERT INTO sync_uids (kind, local_id, uid) VALUES ('mentorship', 3, ?1)",
            [uid],
        )
        .unwrap();
    }
    db::migrate(&mut conn).unwrap();
    conn
}

#[test]
fn goals_stored_before_keep_their_rows_and_what_was_done_with_their_prompts() {
    let conn = book_before_goal_uids(None);
    let state: String = conn
        .query_row(
            "SELECT state FROM reminder_states WHERE reminder_id = 'mentoring:7:goal:2026-06-30'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(state, "done", "the goal's prompt stays done");
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM mentorship_goals ORDER BY id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ids, [7, 8]);
    let uids = uids(&conn);
    assert!(uids.iter().all(|(_, uid)| uid.len() == 36), "{uids:?}");
    assert_ne!(uids[0].1, uids[1].1);
}

#[test]
fn two_computers_that_synced_a_mentorship_name_its_goals_alike_after_updating() {
    let a = book_before_goal_uids(Some("mentorship-uid-1"));
    let b = book_before_goal_uids(Some("mentorship-uid-1"));
    assert_eq!(uids(&a), uids(&b));
    // Never synced: random, so unlike.
    let c = book_before_goal_uids(None);
    let d = book_before_goal_uids(None);
    assert_ne!(uids(&c), uids(&d));
}

#[test]
fn a_goal_added_now_has_a_uid_of_its_own() {
    let mut conn = book();
    let ana = person(&mut conn, "Ana Berg");
    let id = mentorship_with(&mut conn, ana, Role::Mentor, None, today());
    for text in ["Publish", "Publish"] {
        mentorship::add_goal(
            &mut conn,
            id,
            &GoalDraft {
                text: text.into(),
                target_on: Some(date(2026, 6, 30)),
                done: false,
            },
        )
        .unwrap();
    }
    let uids = uids(&conn);
    assert_eq!(uids.len(), 2);
    assert_ne!(uids[0].1, uids[1].1, "two goals alike are still two");
}
