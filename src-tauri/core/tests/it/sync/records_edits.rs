//! Records changing an item that is already here: an edited field and
//! child list show, a removed item is gone with its rows and its uid, a
//! record naming an item not here yet waits with nothing written, a
//! reminder's state lands on the same reminder on the other computer, and
//! a malformed record is refused with words.

use std::collections::BTreeMap;

use super::records::{apply_everything, read_everything, rich};
use crate::support::events::{at, db, now};
use crate::support::person;
use curbside_core::contacts;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders;
use curbside_core::search;
use curbside_core::sync::records::{self, Applied, Doc, Kind, RecordError};
use rusqlite::Connection;
use serde_json::{json, Value};

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

fn apply(conn: &mut Connection, doc: &Doc) -> Result<Applied, RecordError> {
    let tx = conn.transaction().unwrap();
    let applied = records::apply(&tx, doc);
    tx.commit().unwrap();
    applied
}

fn remove(conn: &mut Connection, kind: Kind, uid: &str) -> bool {
    let tx = conn.transaction().unwrap();
    let removed = records::remove(&tx, kind, uid).unwrap();
    tx.commit().unwrap();
    removed
}

fn find<'a>(docs: &'a BTreeMap<Kind, Vec<Doc>>, kind: Kind, key: &str, value: &str) -> &'a Doc {
    docs[&kind]
        .iter()
        .find(|doc| doc.body[key] == value)
        .unwrap_or_else(|| panic!("no {} with {key} {value}", kind.name()))
}

fn found(conn: &Connection, query: &str) -> Vec<String> {
    let mut names: Vec<String> = search::search(conn, query, 10)
        .unwrap()
        .into_iter()
        .map(|contact| contact.display_name)
        .collect();
    names.sort();
    names
}

#[test]
fn an_edited_record_changes_the_item_and_a_removed_one_takes_everything_of_it() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut copy = db();
    apply_everything(&mut copy, &docs);

    let mut ana = find(&docs, Kind::Contact, "display_name", "Dr. Ana Díaz").clone();
    ana.body
        .insert("specialty".into(), json!("Electrophysiology"));
    ana.body.insert(
        "contact_emails".into(),
        json!([{"position": 0, "address": "ana@new.example.org"}]),
    );
    assert_eq!(apply(&mut copy, &ana).unwrap(), Applied::Stored);
    let id = records::local_id(&copy, Kind::Contact, &ana.uid)
        .unwrap()
        .unwrap();
    let stored = contacts::get(&copy, id).unwrap();
    assert_eq!(stored.specialty, "Electrophysiology");
    assert_eq!(stored.emails, ["ana@new.example.org"]);
    assert_eq!(found(&copy, "electrophysiology"), ["Dr. Ana Díaz"]);
    assert!(found(&copy, "cardiology").is_empty());

    // The meeting now with Ana alone: Zoë's last contact and search move.
    let mut meeting = docs[&Kind::Interaction][0].clone();
    let ana_only = json!([{"contact_id": ana.uid}]);
    meeting.body.insert("interaction_contacts".into(), ana_only);
    meeting.body.insert("note".into(), json!("Lunch instead"));
    assert_eq!(apply(&mut copy, &meeting).unwrap(), Applied::Stored);
    assert_eq!(found(&copy, "denervation"), ["Dr. Ana Díaz"]);
    let last = |conn: &Connection, name: &str| -> Option<String> {
        conn.query_row(
            "SELECT last_note FROM contacts WHERE display_name = ?1",
            [name],
            |row| row.get(0),
        )
        .unwrap()
    };
    assert_eq!(
        last(&copy, "Dr. Ana Díaz").as_deref(),
        Some("Lunch instead")
    );
    assert_eq!(last(&copy, "Zoë Müller"), None);

    // The series without its changed occurrence: the original one is back.
    let mut rounds = find(&docs, Kind::Event, "title", "Grand rounds").clone();
    rounds.body.insert("occurrences".into(), json!([]));
    assert_eq!(apply(&mut copy, &rounds).unwrap(), Applied::Stored);
    assert_eq!(
        count(
            &copy,
            "SELECT count(*) FROM events WHERE series_id IS NOT NULL"
        ),
        0
    );
    assert_eq!(
        count(
            &copy,
            "SELECT count(*) FROM event_occurrences WHERE recurrence_id = '2026-01-21T07:30:00'"
        ),
        1
    );

    // Removed: the meeting, its people and its uid go; Ana's last contact too.
    assert!(remove(&mut copy, Kind::Interaction, &meeting.uid));
    assert_eq!(count(&copy, "SELECT count(*) FROM interactions"), 0);
    assert_eq!(count(&copy, "SELECT count(*) FROM interaction_contacts"), 0);
    assert_eq!(
        count(
            &copy,
            "SELECT count(*) FROM sync_uids WHERE kind = 'interaction'"
        ),
        0
    );
    assert_eq!(last(&copy, "Dr. Ana Díaz"), None);
    assert!(found(&copy, "denervation").is_empty());
    assert!(
        !remove(&mut copy, Kind::Interaction, &meeting.uid),
        "already gone"
    );

    let zoe = find(&docs, Kind::Contact, "display_name", "Zoë Müller");
    assert!(remove(&mut copy, Kind::Contact, &zoe.uid));
    assert!(found(&copy, "muller").is_empty());
    assert_eq!(count(&copy, "SELECT count(*) FROM event_people"), 0);
    assert_eq!(count(&copy, "SELECT count(*) FROM contact_photos"), 0);
    assert_eq!(records::read(&copy, Kind::Contact, &zoe.uid).unwrap(), None);

    let esc = find(&docs, Kind::Event, "title", "ESC Congress");
    assert!(remove(&mut copy, Kind::Event, &esc.uid));
    assert_eq!(count(&copy, "SELECT count(*) FROM event_deadlines"), 0);
    assert_eq!(count(&copy, "SELECT count(*) FROM event_sessions"), 0);
    assert_eq!(
        count(
            &copy,
            "SELECT count(*) FROM sync_uids WHERE kind = 'deadline'"
        ),
        0
    );
}

#[test]
fn a_record_naming_an_item_not_here_yet_waits_and_nothing_is_written() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut empty = db();
    let meeting = &docs[&Kind::Interaction][0];
    match apply(&mut empty, meeting).unwrap() {
        Applied::Waiting { kind, uid } => {
            // Its event or one of its people, whichever it resolves first.
            assert!([Kind::Event, Kind::Contact].contains(&kind), "{kind:?}");
            assert!(docs[&kind].iter().any(|doc| doc.uid == uid));
        }
        Applied::Stored => panic!("stored an interaction with people not here"),
    }
    assert_eq!(count(&empty, "SELECT count(*) FROM interactions"), 0);
    assert_eq!(count(&empty, "SELECT count(*) FROM sync_uids"), 0);
    let state = &docs[&Kind::ReminderState][0];
    assert!(matches!(
        apply(&mut empty, state).unwrap(),
        Applied::Waiting { .. }
    ));
    assert_eq!(count(&empty, "SELECT count(*) FROM reminder_states"), 0);
}

#[test]
fn a_snoozed_follow_up_on_one_computer_is_snoozed_on_the_other() {
    let mut a = db();
    let ana = person(&mut a, "Dr. Ana Díaz");
    let meeting = interactions::add(
        &mut a,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(at("2026-01-05T10:00:00Z")),
            time_zone: "Europe/Madrid".into(),
            topic: "TAVR trial".into(),
            note: String::new(),
            contact_ids: vec![ana],
            event_id: None,
        },
        now(),
    )
    .unwrap();
    let id = format!("follow_up:i{}:c{ana}", meeting.id);
    reminders::snooze(&mut a, &id, at("2026-02-01T09:00:00Z"), now()).unwrap();
    let docs = read_everything(&mut a);
    let state = &docs[&Kind::ReminderState][0];
    assert!(
        !state.uid.contains([':', '/', '#', '%', ' ']),
        "{}",
        state.uid
    );

    // B numbers its rows differently.
    let mut b = db();
    let lee = person(&mut b, "Dr. Lee");
    for _ in 0..3 {
        interactions::add(
            &mut b,
            &InteractionDraft {
                kind: InteractionKind::Call,
                occurred_at: Some(at("2026-01-02T10:00:00Z")),
                time_zone: String::new(),
                topic: String::new(),
                note: String::new(),
                contact_ids: vec![lee],
                event_id: None,
            },
            now(),
        )
        .unwrap();
    }
    apply_everything(&mut b, &docs);
    let b_ana = records::local_id(&b, Kind::Contact, &docs[&Kind::Contact][0].uid)
        .unwrap()
        .unwrap();
    let b_meeting = records::local_id(&b, Kind::Interaction, &docs[&Kind::Interaction][0].uid)
        .unwrap()
        .unwrap();
    assert_ne!((b_ana, b_meeting), (ana, meeting.id));
    let (state_b, until): (String, Option<String>) = b
        .query_row(
            "SELECT state, until FROM reminder_states WHERE reminder_id = ?1",
            [format!("follow_up:i{b_meeting}:c{b_ana}")],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(state_b, "snoozed");
    assert_eq!(until.as_deref(), Some("2026-02-01T09:00:00Z"));
    // The same record, read on B.
    let back = records::read(&b, Kind::ReminderState, &state.uid)
        .unwrap()
        .unwrap();
    assert_eq!(back.canonical(), state.canonical());
    assert!(remove(&mut b, Kind::ReminderState, &state.uid));
    assert_eq!(count(&b, "SELECT count(*) FROM reminder_states"), 0);
}

#[test]
fn an_organization_both_computers_made_becomes_one() {
    let make = || {
        let mut conn = db();
        let someone = person(&mut conn, "Dr. Someone");
        organizations::add(
            &mut conn,
            someone,
            &AffiliationDraft {
                organization: "Mayo Clinic".into(),
                kind: AffiliationKind::Job,
                role: String::new(),
                starts_on: None,
                ends_on: None,
            },
        )
        .unwrap();
        let docs = read_everything(&mut conn);
        (conn, docs[&Kind::Organization][0].clone())
    };
    let (mut a, from_a) = make();
    let (mut b, from_b) = make();
    assert_ne!(from_a.uid, from_b.uid);
    assert_eq!(apply(&mut b, &from_a).unwrap(), Applied::Stored);
    assert_eq!(apply(&mut a, &from_b).unwrap(), Applied::Stored);
    let uid = |conn: &mut Connection| -> Vec<String> {
        read_everything(conn)[&Kind::Organization]
            .iter()
            .map(|doc| doc.uid.clone())
            .collect()
    };
    let winner = from_a.uid.clone().min(from_b.uid.clone());
    assert_eq!(uid(&mut a), std::slice::from_ref(&winner));
    assert_eq!(uid(&mut b), [winner]);
}

#[test]
fn a_malformed_record_is_refused_with_words_and_nothing_is_written() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut copy = db();
    apply_everything(&mut copy, &docs);
    let before = count(&copy, "SELECT count(*) FROM interactions");
    let meeting = &docs[&Kind::Interaction][0];

    let broken = |key: &str, value: Value| {
        let mut doc = meeting.clone();
        doc.uid = "new-one".into();
        doc.body.insert(key.into(), value);
        doc
    };
    for (doc, words) in [
        (broken("kind", json!("party")), "CHECK"),
        (
            broken("occurred_at", json!(5)),
            "occurred_at: expected a string",
        ),
        (
            broken("occurred_at", json!("yesterday")),
            "occurred_at: \"yesterday\" is not an instant",
        ),
        (
            broken("interaction_contacts", json!("everyone")),
            "expected a list",
        ),
        (
            broken("event_id", json!(42)),
            "expected the uid of the event",
        ),
    ] {
        let error = apply(&mut copy, &doc).unwrap_err().to_string();
        assert!(
            error.contains("interaction") && error.contains(words),
            "{error}"
        );
    }
    assert_eq!(count(&copy, "SELECT count(*) FROM interactions"), before);
    let error = Doc::from_canonical(Kind::Contact, "x", "[1, 2").unwrap_err();
    assert!(error.to_string().contains("not JSON"), "{error}");
}

#[test]
fn the_settings_travel_as_one_record() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut copy = db();
    assert!(
        read_everything(&mut copy)[&Kind::Settings].is_empty(),
        "none of its own"
    );
    let mut settings = docs[&Kind::Settings][0].clone();
    assert_eq!(settings.uid, records::SETTINGS_UID);
    settings
        .body
        .insert("my_presence".into(), json!([{"name": "Dr. Jane Doe"}]));
    settings.body.insert("cadence_rules".into(), json!([]));
    assert_eq!(apply(&mut copy, &settings).unwrap(), Applied::Stored);
    let sender: String = copy
        .query_row("SELECT name FROM my_presence", [], |row| row.get(0))
        .unwrap();
    assert_eq!(sender, "Dr. Jane Doe");
    assert_eq!(count(&copy, "SELECT count(*) FROM cadence_rules"), 0);
    assert_eq!(
        reminders::settings(&copy).unwrap(),
        reminders::settings(&original).unwrap()
    );
    assert!(remove(&mut copy, Kind::Settings, records::SETTINGS_UID));
    assert_eq!(count(&copy, "SELECT count(*) FROM my_presence"), 0);
    assert!(read_everything(&mut copy)[&Kind::Settings].is_empty());
}

#[test]
fn a_field_larger_than_a_book_may_hold_is_refused() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut copy = db();
    let mut zoe = find(&docs, Kind::Contact, "display_name", "Zoë Müller").clone();
    zoe.body
        .insert("notes".into(), Value::String("x".repeat(33 << 20)));
    let error = apply(&mut copy, &zoe).unwrap_err().to_string();
    assert!(error.contains("notes: longer than the 32 MiB"), "{error}");
    assert_eq!(count(&copy, "SELECT count(*) FROM contacts"), 0);
}

#[test]
fn any_value_in_any_field_is_stored_or_refused_in_words_never_a_panic() {
    let mut original = rich();
    let docs = read_everything(&mut original);
    let mut copy = db();
    apply_everything(&mut copy, &docs);
    let odd = [
        json!(null),
        json!(true),
        json!(-1),
        json!(1e300),
        json!("x"),
        json!([]),
        json!({}),
        json!([1]),
        json!([{}]),
        json!([{"occurrence": 5, "contact_id": {"uid": 1}}]),
        json!({"uid": "nobody", "recurrence_id": "2026-01-01"}),
    ];
    let mut refused = 0;
    for doc in docs.values().filter_map(|docs| docs.first()) {
        for key in doc.body.keys() {
            for value in &odd {
                let mut bad = doc.clone();
                bad.body.insert(key.clone(), value.clone());
                match apply(&mut copy, &bad) {
                    Ok(_) => {}
                    Err(RecordError::Malformed { .. }) => refused += 1,
                    Err(error) => panic!("{} {key} = {value}: {error}", doc.kind.name()),
                }
            }
        }
    }
    assert!(refused > 100, "{refused}");
}
