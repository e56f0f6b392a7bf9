//! Events as the calendar's iCalendar objects and every other record as a
//! sealed journal entry (issue 17): written and read back, a calendar
//! program's edits merged, nothing private in plain, and what a server
//! could hold that is no resource refused in words.

use curbside_core::events::{self, EventTiming};
use curbside_core::sync::cards::{self, CardError, Writing};
use curbside_core::sync::records::{Doc, Kind};
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::SealError;
use proptest::prelude::*;
use rusqlite::Connection;
use serde_json::json;

use super::cards::{apply, body, edited, key, unfolded, SECRET_FIELD, SECRET_NOTE};
use crate::support::{at, db};

fn event(conn: &mut Connection, uid: &str) -> Doc {
    let mut draft = crate::support::events::timed(
        "ESC Congress 2026",
        "2026-08-28T09:00:00",
        "2026-08-28T18:00:00",
        "Europe/Madrid",
    );
    draft.uid = uid.into();
    draft.location = "Fira Gran Via".into();
    draft.expected_credits = Some(12.0);
    events::create(conn, &draft, at("2026-01-10T12:00:00Z")).unwrap();
    Doc {
        kind: Kind::Event,
        uid: uid.to_owned(),
        body: body(json!({ "title": "ESC Congress 2026", "sessions": [SECRET_FIELD] })),
    }
}

#[test]
fn an_event_comes_back_whole() {
    let mut conn = db();
    let doc = event(&mut conn, "e-esc");
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    assert_eq!(resource.name, "e-esc.ics");
    let flat = unfolded(&resource.body);
    let sealed = flat
        .iter()
        .position(|l| l.starts_with("X-CURBSIDE-SEALED:"))
        .unwrap();
    let end = flat.iter().position(|l| l == "END:VEVENT").unwrap();
    assert_eq!(sealed + 1, end, "the sealed record is in the event");
    assert!(!flat.join("\n").contains("Lisbon"));
    let incoming = cards::read(Collection::Calendar, &resource.name, &resource.body, &key).unwrap();
    assert_eq!(incoming.sealed, Some(doc));
    assert_eq!(
        (incoming.kind, incoming.uid.as_str()),
        (Kind::Event, "e-esc")
    );
    assert!(!incoming.plain_edited);
}

#[test]
fn a_calendar_programs_edit_of_title_and_start_reaches_the_event() {
    let mut conn = db();
    let doc = event(&mut conn, "e-esc");
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let program = edited(&resource.body, |line| {
        if line.starts_with("SUMMARY") {
            Some("SUMMARY:ESC Congress 2026 (day 1)".to_owned())
        } else if line.starts_with("DTSTART") {
            Some("DTSTART;TZID=Europe/Madrid:20260828T083000".to_owned())
        } else if line.starts_with("DTSTAMP") {
            Some("DTSTAMP:20260301T101010Z".to_owned())
        } else {
            None
        }
    });
    let incoming = cards::read(Collection::Calendar, &resource.name, &program, &key).unwrap();
    assert!(incoming.plain_edited);
    let conflicts = apply(
        &mut conn,
        Kind::Event,
        "e-esc",
        Some(&resource.plain),
        &incoming.plain,
    );
    assert!(conflicts.is_empty(), "{conflicts:?}");
    let id = events::find_by_uid(&conn, "e-esc").unwrap().unwrap();
    let stored = events::get(&conn, id).unwrap();
    assert_eq!(stored.title, "ESC Congress 2026 (day 1)");
    let EventTiming::Timed {
        start,
        end,
        time_zone,
    } = stored.timing
    else {
        panic!("still timed");
    };
    assert_eq!(start.to_string(), "2026-08-28T08:30:00");
    assert_eq!(end.to_string(), "2026-08-28T18:00:00");
    assert_eq!(time_zone, "Europe/Madrid");
    assert_eq!(stored.location, "Fira Gran Via");
    assert_eq!(stored.expected_credits, Some(12.0));
}

#[test]
fn an_edit_of_one_changed_occurrence_reaches_only_that_occurrence() {
    let mut conn = db();
    let mut series = crate::support::events::repeating(
        crate::support::events::timed(
            "Grand rounds",
            "2026-03-04T08:00:00",
            "2026-03-04T09:00:00",
            "Europe/Berlin",
        ),
        "FREQ=WEEKLY;COUNT=6",
    );
    series.uid = "e-rounds".into();
    let now = at("2026-01-10T12:00:00Z");
    let id = events::create(&mut conn, &series, now).unwrap().id;
    let mut moved = series.clone();
    moved.title = "Grand rounds (guest speaker)".into();
    moved.timing = EventTiming::Timed {
        start: "2026-03-11T12:00:00".parse().unwrap(),
        end: "2026-03-11T13:00:00".parse().unwrap(),
        time_zone: "Europe/Berlin".into(),
    };
    events::change_occurrence(&mut conn, id, "2026-03-11T08:00:00", &moved, now).unwrap();
    let doc = Doc {
        kind: Kind::Event,
        uid: "e-rounds".into(),
        body: body(json!({ "title": "Grand rounds" })),
    };
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    assert_eq!(resource.body.matches("BEGIN:VEVENT").count(), 2);
    let incoming = cards::read(Collection::Calendar, &resource.name, &resource.body, &key).unwrap();
    assert!(!incoming.plain_edited);

    let program = edited(&resource.body, |line| {
        (line == "SUMMARY:Grand rounds (guest speaker)")
            .then(|| "SUMMARY:Grand rounds (Prof. Weber)".to_owned())
    });
    let incoming = cards::read(Collection::Calendar, &resource.name, &program, &key).unwrap();
    assert!(incoming.plain_edited);
    let conflicts = apply(
        &mut conn,
        Kind::Event,
        "e-rounds",
        Some(&resource.plain),
        &incoming.plain,
    );
    assert!(conflicts.is_empty(), "{conflicts:?}");
    assert_eq!(events::get(&conn, id).unwrap().title, "Grand rounds");
    let changed = events::changed_occurrences(&conn, id).unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].title, "Grand rounds (Prof. Weber)");
    assert_eq!(
        changed[0].recurrence_id.as_deref(),
        Some("2026-03-11T08:00:00")
    );

    // The program takes the change out: that week is the series' again.
    let after = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let lines = unfolded(&after.body);
    let second = lines.iter().rposition(|l| l == "BEGIN:VEVENT").unwrap();
    let end = lines.iter().rposition(|l| l == "END:VEVENT").unwrap();
    let program: Vec<String> = lines
        .iter()
        .enumerate()
        .filter(|(at, _)| !(second..=end).contains(at))
        .map(|(_, line)| line.clone())
        .collect();
    let incoming = cards::read(
        Collection::Calendar,
        &after.name,
        &program.join("\r\n"),
        &key,
    )
    .unwrap();
    assert!(incoming.plain_edited);
    apply(
        &mut conn,
        Kind::Event,
        "e-rounds",
        Some(&after.plain),
        &incoming.plain,
    );
    assert!(events::changed_occurrences(&conn, id).unwrap().is_empty());
    let week: i64 = conn
        .query_row(
            "SELECT count(*) FROM event_occurrences WHERE event_id = ?1 AND recurrence_id = '2026-03-11T08:00:00'",
            [id],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(week, 1, "the series' own occurrence is back");
}

#[test]
fn an_event_another_calendar_made_is_created() {
    let mut conn = db();
    let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iOS 18//EN\r\nBEGIN:VEVENT\r\nUID:phone-event-1\r\nDTSTAMP:20260301T100000Z\r\nSUMMARY:Journal club\r\nDTSTART;TZID=Europe/Berlin:20260310T180000\r\nDTEND;TZID=Europe/Berlin:20260310T190000\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let incoming = cards::read(Collection::Calendar, "x.ics", text, &key()).unwrap();
    assert_eq!(
        (incoming.kind, incoming.uid.as_str()),
        (Kind::Event, "phone-event-1")
    );
    apply(
        &mut conn,
        Kind::Event,
        "phone-event-1",
        None,
        &incoming.plain,
    );
    let id = events::find_by_uid(&conn, "phone-event-1")
        .unwrap()
        .unwrap();
    assert_eq!(events::get(&conn, id).unwrap().title, "Journal club");
}

#[test]
fn a_private_record_shows_the_server_nothing_but_its_uid() {
    let conn = db();
    let doc = Doc {
        kind: Kind::Interaction,
        uid: "i-42".into(),
        body: body(json!({ "notes": SECRET_NOTE, "summary": SECRET_FIELD })),
    };
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    assert_eq!(resource.name, "i-42.ics");
    let flat = unfolded(&resource.body).join("\n");
    assert!(flat.contains("BEGIN:VJOURNAL"));
    assert!(flat.contains("UID:i-42"));
    for secret in ["ablation", "Lisbon", "interaction", "notes"] {
        assert!(
            !flat.to_lowercase().contains(&secret.to_lowercase()),
            "{secret} in plain"
        );
    }
    let incoming = cards::read(Collection::Private, &resource.name, &resource.body, &key).unwrap();
    assert_eq!(incoming.sealed.as_ref(), Some(&doc));
    assert_eq!(incoming.kind, Kind::Interaction);
    assert!(!incoming.plain_edited);

    // A server that adds to the journal entry has not edited the record.
    let touched = resource.body.replace(
        "SUMMARY:Curbside record",
        "SUMMARY:Something else\r\nX-SERVER-SEEN:TRUE",
    );
    let incoming = cards::read(Collection::Private, &resource.name, &touched, &key).unwrap();
    assert_eq!(incoming.sealed, Some(doc));
    assert!(!incoming.plain_edited);
    let mut conn = conn;
    let tx = conn.transaction().unwrap();
    let conflicts =
        cards::apply_plain_edit(&tx, Kind::Interaction, "i-42", None, &touched).unwrap();
    assert!(conflicts.is_empty());
}

#[test]
fn garbage_and_huge_resources_are_refused_in_words() {
    let key = key();
    let huge = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nNOTE:{}\r\nEND:VCARD\r\n",
        "a".repeat(21 << 20)
    );
    let many = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n{}END:VCARD\r\n",
        "TEL:1\r\n".repeat(30_000)
    );
    let bad_seal = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nX-CURBSIDE-SEALED:%%%\r\nEND:VCARD\r\n";
    let cases: Vec<(Collection, String)> = vec![
        (Collection::Contacts, String::new()),
        (Collection::Contacts, "garbage".into()),
        (Collection::Contacts, "\u{0}\u{1}\u{2}binary".into()),
        (Collection::Contacts, "BEGIN:VCARD\r\nFN:no end\r\n".into()),
        (Collection::Contacts, "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is no property\r\nEND:VCARD\r\n".into()),
        (Collection::Contacts, huge),
        (Collection::Contacts, many),
        (Collection::Contacts, bad_seal.into()),
        (Collection::Calendar, "BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n".into()),
        (Collection::Calendar, "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:Buy milk\r\nEND:VTODO\r\nEND:VCALENDAR\r\n".into()),
        (Collection::Calendar, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:t\r\n".into()),
        (Collection::Private, "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:j\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n".into()),
    ];
    for (collection, text) in cases {
        let error = cards::read(collection, "bad.vcf", &text, &key).unwrap_err();
        let words = error.to_string();
        assert!(words.len() > 20, "{words}");
        let preview: String = text.chars().take(40).collect();
        match error {
            CardError::Unreadable { .. } | CardError::Seal(SealError::Malformed(_)) => {}
            other => panic!("{preview:?}: {other:?}"),
        }
    }
}

/// One damage to a resource's text: where, and what.
fn damage() -> impl Strategy<Value = (usize, u8, char)> {
    (0usize..100_000, 0u8..5, any::<char>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_resource_is_read_or_refused_and_never_breaks_the_book(
        damages in proptest::collection::vec(damage(), 1..6),
        calendar in any::<bool>(),
    ) {
        let mut conn = db();
        let (collection, kind, doc) = if calendar {
            (Collection::Calendar, Kind::Event, event(&mut conn, "e-esc"))
        } else {
            let (_, doc) = super::cards::contact(&mut conn, "c-ana", super::cards::ana());
            (Collection::Contacts, Kind::Contact, doc)
        };
        let key = key();
        let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
        let mut text = resource.body.clone();
        for (at, what, c) in damages {
            let mut at = at % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match what {
                0 => {
                    if let Some(gone) = text[at..].chars().next() {
                        text.replace_range(at..at + gone.len_utf8(), "");
                    }
                }
                1 => text.insert(at, c),
                2 => text.insert_str(at, "\r\n"),
                3 => text.insert_str(at, "\r\n "),
                _ => text.insert(at, if c.is_ascii() { ':' } else { ';' }),
            }
        }
        if let Ok(incoming) = cards::read(collection, &resource.name, &text, &key) {
            let tx = conn.transaction().unwrap();
            let _ = cards::apply_plain_edit(&tx, kind, &incoming.uid, Some(&resource.plain), &incoming.plain);
            tx.commit().unwrap();
        }
        // The book still reads.
        prop_assert!(curbside_core::contacts::count(&conn).is_ok());
        prop_assert!(events::all(&conn).is_ok());
    }
}
