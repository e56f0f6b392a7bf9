//! Reminder state never outlives its subject: what the user did with a
//! deleted contact's, meeting's, job's, milestone's, key date's, cycle's
//! or own reminder's prompts never silences the prompts of a new one, and
//! is forgotten with it; a book written before ids were never reused is
//! repaired when it is opened.

use crate::support::reminders::*;
use curbside_core::cme::{self, CycleDraft, CycleKind, Minimum};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::data_dir::DataDir;
use curbside_core::db::{self, MIGRATIONS};
use curbside_core::events::{self, DeadlineDraft, DeadlineKind};
use curbside_core::interactions::InteractionKind;
use curbside_core::keys::{MemorySecretStore, SecretStore};
use curbside_core::operations;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders::{self, CustomReminderDraft, MilestoneDraft, ReminderKind};
use curbside_core::vault;
use jiff::civil::Date;
use rusqlite::Connection;

/// What is recorded against reminders: (done/dismissed/snoozed, shown).
fn records(conn: &Connection) -> (i64, i64) {
    let count = |table: &str| {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap()
    };
    (count("reminder_states"), count("reminders_shown"))
}

/// Dismisses `id` and records it as shown, as the app does after a
/// notification the user waved away.
fn dismissed_and_shown(conn: &mut Connection, id: &str, now: &str) {
    reminders::mark_shown(conn, &[id.to_owned()], at(now)).unwrap();
    reminders::dismiss(conn, id, at(now)).unwrap();
}

#[test]
fn a_new_contacts_birthday_is_raised_though_a_deleted_contacts_was_dismissed_and_shown() {
    let mut conn = db();
    let chen = born(&mut conn, "Dr. Wei Chen", "1979-03-10", "");
    let amara = born(&mut conn, "Dr. Amara Okafor", "1980-03-10", "");
    for id in [chen, amara] {
        dismissed_and_shown(
            &mut conn,
            &format!("birthday:c{id}:2026"),
            "2026-03-10T09:30:00Z",
        );
    }
    contacts::delete(&mut conn, amara).unwrap();

    let bea = born(&mut conn, "Dr. Bea Santos", "1985-03-10", "");
    assert_ne!(bea, amara, "a deleted contact's id is never given again");
    let found = due(&conn, "2026-03-09T12:00:00Z");
    assert_eq!(
        ids(&found),
        [format!("birthday:c{bea}:2026")],
        "Bea's birthday is raised, Dr. Chen's stays dismissed"
    );
    assert_eq!(
        reminders::mark_shown(&mut conn, &ids(&found), at("2026-03-10T08:00:00Z")).unwrap(),
        ids(&found),
        "and notified"
    );
}

#[test]
fn deleting_a_contact_forgets_what_was_done_with_their_prompts() {
    let mut conn = db();
    let amara = born(&mut conn, "Dr. Amara Okafor", "1980-03-10", "");
    let meeting = log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-03-01T10:00:00Z",
        "Renal denervation trial",
    );
    reminders::set_cadence(
        &mut conn,
        &reminders::CadenceTarget::Contact(amara),
        Some(reminders::Cadence { days: 7 }),
    )
    .unwrap();
    dismissed_and_shown(
        &mut conn,
        &format!("birthday:c{amara}:2026"),
        "2026-03-10T09:30:00Z",
    );
    dismissed_and_shown(
        &mut conn,
        &format!("follow_up:i{meeting}:c{amara}"),
        "2026-03-10T09:30:00Z",
    );
    reminders::snooze(
        &mut conn,
        &format!("stay_in_touch:c{amara}:2026-03-08"),
        at("2026-04-01T00:00:00Z"),
        at("2026-03-10T09:30:00Z"),
    )
    .unwrap();
    assert_eq!(records(&conn), (3, 2));

    contacts::delete(&mut conn, amara).unwrap();
    assert_eq!(records(&conn), (0, 0));
}

#[test]
fn undoing_a_bulk_delete_brings_back_what_was_done_with_the_prompts() {
    let mut conn = db();
    let amara = born(&mut conn, "Dr. Amara Okafor", "1980-03-10", "");
    let id = format!("birthday:c{amara}:2026");
    dismissed_and_shown(&mut conn, &id, "2026-03-10T09:30:00Z");
    let deleted = operations::delete_many(&mut conn, &[amara]).unwrap();
    assert_eq!(records(&conn), (0, 0));

    operations::restore(&mut conn, &deleted).unwrap();
    assert_eq!(records(&conn), (1, 1));
    assert!(due(&conn, "2026-03-10T12:00:00Z").is_empty());
}

/// Records a prompt of a subject, deletes the subject and makes a new one
/// like it: the new one's prompt is raised.
#[test]
fn a_new_milestone_custom_reminder_key_date_job_and_cycle_are_raised_after_deleted_ones() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let now = "2026-06-01T08:00:00Z";
    let later = "2026-06-03T12:00:00Z";

    let milestone = |conn: &mut Connection| {
        let draft = MilestoneDraft {
            contact_id: amara,
            kind: "promotion".into(),
            on: Some(Date::constant(2026, 6, 1)),
            note: String::new(),
        };
        reminders::add_milestone(conn, &draft, at(now)).unwrap().id
    };
    let old = milestone(&mut conn);
    dismissed_and_shown(&mut conn, &format!("milestone:m{old}"), now);
    reminders::delete_milestone(&conn, old).unwrap();
    let new = milestone(&mut conn);
    assert_eq!(
        ids(&of_kind(&due(&conn, later), ReminderKind::Milestone)),
        [format!("milestone:m{new}")]
    );

    let custom = |conn: &mut Connection| {
        let draft = CustomReminderDraft {
            title: "Send the paper".into(),
            note: String::new(),
            contact_id: None,
            event_id: None,
            at: "2026-06-02T09:00".parse().unwrap(),
            time_zone: "Europe/Berlin".into(),
            recurrence: String::new(),
        };
        reminders::add_custom(conn, &draft, at(now)).unwrap()
    };
    let old = custom(&mut conn);
    dismissed_and_shown(&mut conn, &format!("custom:{old}:2026-06-02T09:00"), now);
    reminders::delete_custom(&conn, old).unwrap();
    let new = custom(&mut conn);
    assert_eq!(
        ids(&of_kind(&due(&conn, later), ReminderKind::Custom)),
        [format!("custom:{new}:2026-06-02T09:00")]
    );

    let event = congress(&mut conn);
    let key_date = |conn: &mut Connection| {
        let draft = DeadlineDraft {
            kind: DeadlineKind::Registration,
            label: String::new(),
            due_local: "2026-06-05T23:59:00".parse().unwrap(),
            time_zone: "Europe/Berlin".into(),
            done: false,
        };
        events::add_deadline(conn, event, &draft).unwrap().id
    };
    let old = key_date(&mut conn);
    let before: Vec<String> = ids(&of_kind(
        &due_in(&conn, now, days(7)),
        ReminderKind::Deadline,
    ));
    assert!(!before.is_empty());
    for id in &before {
        dismissed_and_shown(&mut conn, id, now);
    }
    events::remove_deadline(&mut conn, old).unwrap();
    let new = key_date(&mut conn);
    let after = ids(&of_kind(
        &due_in(&conn, now, days(7)),
        ReminderKind::Deadline,
    ));
    assert_eq!(
        after,
        before
            .iter()
            .map(|id| id.replace(&format!("d{old}:"), &format!("d{new}:")))
            .collect::<Vec<_>>()
    );

    let job = |conn: &mut Connection| {
        let draft = AffiliationDraft {
            organization: "Charité".into(),
            kind: AffiliationKind::Job,
            role: "Senior physician".into(),
            starts_on: Some("2019-06-02".into()),
            ends_on: None,
        };
        organizations::add(conn, amara, &draft).unwrap().id
    };
    let old = job(&mut conn);
    dismissed_and_shown(&mut conn, &format!("work_anniversary:a{old}:2026"), now);
    organizations::remove(&conn, old).unwrap();
    let new = job(&mut conn);
    assert_eq!(
        ids(&of_kind(&due(&conn, later), ReminderKind::WorkAnniversary)),
        [format!("work_anniversary:a{new}:2026")]
    );

    let cycle = |conn: &mut Connection| {
        let draft = CycleDraft {
            name: "Florida medical license".into(),
            kind: CycleKind::License,
            authority: "Florida".into(),
            starts_on: Date::constant(2024, 7, 1),
            ends_on: Date::constant(2026, 6, 30),
            total_hours: 40.0,
            total_types: Vec::new(),
            type_minimums: Vec::new(),
            topic_minimums: vec![Minimum {
                key: "opioids".into(),
                hours: 2.0,
            }],
            notes: String::new(),
        };
        cme::add_cycle(conn, &draft).unwrap().id
    };
    let old = cycle(&mut conn);
    let before = ids(&of_kind(
        &due_in(&conn, now, days(30)),
        ReminderKind::CmeShortfall,
    ));
    assert!(!before.is_empty());
    for id in &before {
        dismissed_and_shown(&mut conn, id, now);
    }
    cme::delete_cycle(&mut conn, old).unwrap();
    let new = cycle(&mut conn);
    assert_eq!(
        ids(&of_kind(
            &due_in(&conn, now, days(30)),
            ReminderKind::CmeShortfall
        )),
        before
            .iter()
            .map(|id| id.replace(&format!("y{old}:"), &format!("y{new}:")))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        records(&conn),
        (0, 0),
        "every deleted subject's records went with it"
    );
}

/// A book from before migration 010, where contact 2's dismissed birthday
/// had already landed on a new contact given the same id.
#[test]
fn opening_an_older_book_repairs_a_dismissal_that_landed_on_a_new_contact() {
    let temp = tempfile::tempdir().unwrap();
    let dir = DataDir::new(temp.path().join("data"));
    let store = MemorySecretStore::new();
    drop(vault::unlock(&dir, &store, None).unwrap());
    let id = curbside_core::keys::KeyFile::load(&dir.key_file())
        .unwrap()
        .database_id;
    let key = store.get(&id).unwrap().unwrap();
    std::fs::remove_file(dir.database()).unwrap();
    let mut raw = Connection::open(dir.database()).unwrap();
    raw.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.to_hex().as_str()))
        .unwrap();
    MIGRATIONS.to_version(&mut raw, 9).unwrap();
    raw.execute_batch(
        "PRAGMA foreign_keys = ON;
         INSERT INTO contacts (id, display_name, birthday, created_at, updated_at) VALUES
             (1, 'Dr. Wei Chen', '1979-03-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
             (2, 'Dr. Amara Okafor', '1980-03-10', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO contact_emails (contact_id, position, address) VALUES (1, 0, 'wei.chen@example.org');
         INSERT INTO reminder_states (reminder_id, state, acted_at) VALUES
             ('birthday:c1:2026', 'dismissed', '2026-02-01T00:00:00Z'),
             ('birthday:c2:2026', 'dismissed', '2026-02-01T00:00:00Z');
         INSERT INTO reminders_shown (reminder_id, shown_at) VALUES
             ('birthday:c1:2026', '2026-02-01T00:00:00Z'),
             ('birthday:c2:2026', '2026-02-01T00:00:00Z');
         DELETE FROM contacts WHERE id = 2;
         INSERT INTO contacts (display_name, birthday, created_at, updated_at) VALUES
             ('Dr. Bea Santos', '1985-03-10', '2026-02-15T00:00:00Z', '2026-02-15T00:00:00Z');",
    )
    .unwrap();
    let bea: i64 = raw
        .query_row(
            "SELECT id FROM contacts WHERE display_name = 'Dr. Bea Santos'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(bea, 2, "before 010 SQLite gave Amara's id again");
    drop(raw);

    let mut unlocked = vault::unlock(&dir, &store, None).unwrap();
    let conn = &mut unlocked.connection;
    assert_eq!(
        ids(&due(conn, "2026-03-09T12:00:00Z")),
        ["birthday:c2:2026"],
        "Bea's birthday is raised; Dr. Chen's stays dismissed"
    );
    assert_eq!(
        reminders::mark_shown(
            conn,
            &["birthday:c2:2026".into()],
            at("2026-03-10T08:00:00Z")
        )
        .unwrap(),
        ["birthday:c2:2026"]
    );
    assert_eq!(
        contacts::get(conn, 1).unwrap().emails,
        ["wei.chen@example.org"],
        "the rebuilt contacts keep what points at them"
    );

    // From now on an id is never given again, and the keys still hold.
    contacts::delete(conn, bea).unwrap();
    let dee = contacts::create(
        conn,
        &ContactDraft {
            display_name: "Dr. Dee Park".into(),
            ..Default::default()
        },
        at("2026-03-11T00:00:00Z"),
    )
    .unwrap()
    .id;
    assert_eq!(dee, 3);
    contacts::delete(conn, 1).unwrap();
    let emails: i64 = conn
        .query_row("SELECT count(*) FROM contact_emails", [], |row| row.get(0))
        .unwrap();
    assert_eq!(emails, 0, "deleting a contact still deletes their emails");
}

#[test]
fn the_table_rebuild_refuses_to_run_with_foreign_keys_on_and_loses_nothing() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    MIGRATIONS.to_version(&mut conn, 9).unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (id, display_name, created_at, updated_at) VALUES
             (1, 'Dr. Wei Chen', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO contact_emails (contact_id, position, address) VALUES (1, 0, 'wei.chen@example.org');",
    )
    .unwrap();

    let error = MIGRATIONS.to_latest(&mut conn).unwrap_err();
    assert!(error.to_string().contains("foreign keys off"), "{error}");
    assert_eq!(db::schema_version(&conn).unwrap(), 9);

    db::migrate(&mut conn).unwrap();
    assert_eq!(db::schema_version(&conn).unwrap(), db::latest_version());
    assert_eq!(
        contacts::get(&conn, 1).unwrap().emails,
        ["wei.chen@example.org"]
    );
    let on: i64 = conn
        .pragma_query_value(None, "foreign_keys", |row| row.get(0))
        .unwrap();
    assert_eq!(on, 1, "foreign keys are on again after the upgrade");
}
