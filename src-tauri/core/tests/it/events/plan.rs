//! What the user plans around an event: sessions, the people to meet and
//! met, and the detail view that shows them with the key dates and credits;
//! and what goes when the event goes.

use crate::support::events::{add, all_day, at, congress, db, now, person, timed};
use curbside_core::contacts;
use curbside_core::events::{
    self, DeadlineDraft, DeadlineKind, EventError, EventFilter, PersonRole, SessionDraft,
};
use curbside_core::operations;

fn key_date(kind: DeadlineKind, label: &str, due: &str, zone: &str) -> DeadlineDraft {
    DeadlineDraft {
        kind,
        label: label.into(),
        due_local: due.parse().unwrap(),
        time_zone: zone.into(),
        done: false,
    }
}

#[test]
fn people_to_meet_come_before_people_met_each_by_name() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let zoe = person(&mut conn, "Zoe Adler");
    let amara = person(&mut conn, "Amara Okafor");
    let ben = person(&mut conn, "ben Carter");
    let during = at("2026-08-29T10:00:00Z");
    events::link_person(
        &mut conn,
        esc,
        zoe,
        PersonRole::Met,
        "Talked about TAVR registries",
        during,
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::ToMeet,
        "Ask about the fellowship",
        now(),
    )
    .unwrap();
    events::link_person(&mut conn, esc, ben, PersonRole::Met, "", during).unwrap();
    let linked = events::link_person(
        &mut conn,
        esc,
        zoe,
        PersonRole::Met,
        "Send the paper",
        during,
    )
    .unwrap();
    assert_eq!(linked.display_name, "Zoe Adler");
    assert_eq!(linked.note, "Talked about TAVR registries\nSend the paper");

    let people = events::detail(&conn, esc).unwrap().people;
    let listed: Vec<(&str, PersonRole, &str)> = people
        .iter()
        .map(|p| (p.display_name.as_str(), p.role, p.note.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "Amara Okafor",
                PersonRole::ToMeet,
                "Ask about the fellowship"
            ),
            ("ben Carter", PersonRole::Met, ""),
            (
                "Zoe Adler",
                PersonRole::Met,
                "Talked about TAVR registries\nSend the paper"
            ),
        ]
    );

    events::unlink_person(&mut conn, esc, amara, PersonRole::ToMeet).unwrap();
    assert_eq!(events::detail(&conn, esc).unwrap().people.len(), 2);
    assert!(events::unlink_person(&mut conn, esc, amara, PersonRole::ToMeet).is_err());
}

#[test]
fn planning_to_meet_someone_again_keeps_the_first_goal_and_adds_the_second() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    let goal = |conn: &mut rusqlite::Connection, note: &str| {
        events::link_person(conn, esc, amara, PersonRole::ToMeet, note, now())
            .unwrap()
            .note
    };
    assert_eq!(
        goal(&mut conn, "Ask about the registry"),
        "Ask about the registry"
    );
    assert_eq!(
        goal(&mut conn, "Invite her to the journal club"),
        "Ask about the registry\nInvite her to the journal club"
    );
    // The same goal again, or none, adds nothing.
    assert_eq!(
        goal(&mut conn, " Ask about the registry "),
        "Ask about the registry\nInvite her to the journal club"
    );
    assert_eq!(
        goal(&mut conn, ""),
        "Ask about the registry\nInvite her to the journal club"
    );
    let people = events::detail(&conn, esc).unwrap().people;
    assert_eq!(people.len(), 1);
    assert_eq!(
        people[0].note,
        "Ask about the registry\nInvite her to the journal club"
    );
}

#[test]
fn goals_that_together_would_be_too_long_are_refused_and_the_first_kept() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    let long = "x".repeat(curbside_core::values::limits::NOTES - 5);
    events::link_person(&mut conn, esc, amara, PersonRole::ToMeet, &long, now()).unwrap();
    let refused = events::link_person(&mut conn, esc, amara, PersonRole::ToMeet, "And more", now());
    let Err(EventError::Invalid(invalid)) = refused else {
        panic!("{refused:?}")
    };
    assert!(invalid.message.contains("too long"), "{}", invalid.message);
    assert_eq!(events::detail(&conn, esc).unwrap().people[0].note, long);
}

#[test]
fn nobody_can_be_recorded_as_met_at_an_event_that_has_not_started() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    // ESC opens on 28 August at 08:30 in Munich, 06:30 UTC.
    let refused = events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "Send her the slides",
        at("2026-08-28T06:29:59Z"),
    );
    let Err(EventError::Invalid(invalid)) = refused else {
        panic!("{refused:?}")
    };
    assert_eq!(
        invalid.message,
        "\"ESC Congress 2026\" has not started yet: it starts 2026-08-28 08:30 Europe/Berlin \
         time, so nobody can have been met there. Add them to the people to meet instead"
    );
    assert!(events::detail(&conn, esc).unwrap().people.is_empty());
    let met = events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "Send her the slides",
        at("2026-08-28T06:30:00Z"),
    )
    .unwrap();
    assert_eq!(met.note, "Send her the slides");
}

#[test]
fn an_all_day_event_can_be_met_at_once_its_first_day_has_begun_somewhere() {
    let mut conn = db();
    let course = add(
        &mut conn,
        &all_day("Echo course", "2026-03-10", "2026-03-11"),
    );
    let amara = person(&mut conn, "Amara Okafor");
    // 10 March begins first at UTC+14, on 9 March at 10:00 UTC.
    let early = events::link_person(
        &mut conn,
        course,
        amara,
        PersonRole::Met,
        "",
        at("2026-03-09T09:59:59Z"),
    );
    assert!(matches!(early, Err(EventError::Invalid(_))), "{early:?}");
    events::link_person(
        &mut conn,
        course,
        amara,
        PersonRole::Met,
        "",
        at("2026-03-09T10:00:00Z"),
    )
    .unwrap();
}

#[test]
fn linking_an_unknown_contact_or_event_says_which_is_missing() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    assert!(matches!(
        events::link_person(&mut conn, esc, 4242, PersonRole::ToMeet, "", now()),
        Err(EventError::ContactNotFound(4242))
    ));
    assert!(matches!(
        events::link_person(&mut conn, 999, amara, PersonRole::ToMeet, "", now()),
        Err(EventError::NotFound(999))
    ));
}

#[test]
fn sessions_are_listed_in_time_order_with_untimed_ones_last() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let session = |title: &str, start: Option<&str>, end: Option<&str>| SessionDraft {
        title: title.into(),
        start: start.map(|s| s.parse().unwrap()),
        end: end.map(|s| s.parse().unwrap()),
        room: "Hall B3".into(),
    };
    for draft in [
        session("Poster walk", None, None),
        session(
            "Hot Line 2",
            Some("2026-08-30T11:00:00"),
            Some("2026-08-30T12:30:00"),
        ),
        session(
            "Hot Line 1",
            Some("2026-08-29T11:00:00"),
            Some("2026-08-29T12:30:00"),
        ),
    ] {
        events::add_session(&mut conn, esc, &draft).unwrap();
    }
    let sessions = events::detail(&conn, esc).unwrap().sessions;
    let titles: Vec<&str> = sessions.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Hot Line 1", "Hot Line 2", "Poster walk"]);
    events::remove_session(&mut conn, sessions[2].id).unwrap();
    assert_eq!(events::detail(&conn, esc).unwrap().sessions.len(), 2);

    let backwards = session(
        "Backwards",
        Some("2026-08-29T12:00:00"),
        Some("2026-08-29T11:00:00"),
    );
    let err = events::add_session(&mut conn, esc, &backwards).unwrap_err();
    assert!(
        err.to_string().contains("The end must be after the start"),
        "{err}"
    );
}

#[test]
fn the_detail_shows_key_dates_soonest_first_and_the_credits_recorded() {
    let mut conn = db();
    let esc = congress(&mut conn);
    for draft in [
        key_date(
            DeadlineKind::Registration,
            "Registration",
            "2026-08-01T23:59:00",
            "Europe/Berlin",
        ),
        key_date(
            DeadlineKind::Abstract,
            "Abstracts",
            "2026-03-01T23:59:00",
            "AoE",
        ),
    ] {
        events::add_deadline(&mut conn, esc, &draft).unwrap();
    }
    for hours in [6.0, 7.5] {
        conn.execute(
            "INSERT INTO cme_credits (earned_on, title, credit_type, hours, event_id, created_at)
             VALUES ('2026-08-29', 'ESC day', 'ama_pra_1', ?1, ?2, '2026-08-30T00:00:00Z')",
            rusqlite::params![hours, esc],
        )
        .unwrap();
    }
    let detail = events::detail(&conn, esc).unwrap();
    assert_eq!(detail.event.title, "ESC Congress 2026");
    let kinds: Vec<DeadlineKind> = detail.deadlines.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DeadlineKind::Abstract, DeadlineKind::Registration]);
    assert_eq!(detail.credits_recorded, 13.5);
    assert!(matches!(
        events::detail(&conn, 999),
        Err(EventError::NotFound(999))
    ));
}

#[test]
fn deleting_an_event_removes_its_plans_but_keeps_the_people_and_the_credits() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    let during = at("2026-08-29T10:00:00Z");
    events::link_person(&mut conn, esc, amara, PersonRole::Met, "Fellowship", during).unwrap();
    let draft = key_date(
        DeadlineKind::Abstract,
        "Abstracts",
        "2026-03-01T23:59:00",
        "AoE",
    );
    events::add_deadline(&mut conn, esc, &draft).unwrap();
    let session = SessionDraft {
        title: "Hot Line 1".into(),
        start: None,
        end: None,
        room: String::new(),
    };
    events::add_session(&mut conn, esc, &session).unwrap();
    conn.execute(
        "INSERT INTO cme_credits (earned_on, title, credit_type, hours, event_id, created_at)
         VALUES ('2026-08-29', 'ESC day', 'ama_pra_1', 6, ?1, '2026-08-30T00:00:00Z')",
        [esc],
    )
    .unwrap();

    events::delete(&mut conn, esc).unwrap();
    assert!(matches!(
        events::get(&conn, esc),
        Err(EventError::NotFound(_))
    ));
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap()
    };
    for table in [
        "event_deadlines",
        "event_sessions",
        "event_people",
        "event_occurrences",
    ] {
        assert_eq!(count(table), 0, "{table}");
    }
    assert!(contacts::get(&conn, amara).is_ok());
    let credit_event: Option<i64> = conn
        .query_row("SELECT event_id FROM cme_credits", [], |row| row.get(0))
        .unwrap();
    assert_eq!((count("cme_credits"), credit_event), (1, None));
    let upcoming = events::upcoming_deadlines(
        &conn,
        at("2026-01-01T00:00:00Z"),
        None,
        true,
        &EventFilter::default(),
    )
    .unwrap();
    assert!(upcoming.is_empty());
}

#[test]
fn the_follow_up_reminders_see_who_was_met_and_when() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Amara Okafor");
    let ben = person(&mut conn, "Ben Carter");
    let zoe = person(&mut conn, "Zoe Adler");
    let met_on = |day: &str| at(&format!("{day}T10:00:00Z"));
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "Fellowship",
        met_on("2026-08-29"),
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        ben,
        PersonRole::ToMeet,
        "Registry",
        met_on("2026-08-29"),
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        zoe,
        PersonRole::Met,
        "",
        met_on("2026-09-05"),
    )
    .unwrap();
    let met =
        events::people_met_between(&conn, met_on("2026-08-28"), met_on("2026-09-01")).unwrap();
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].event_title, "ESC Congress 2026");
    assert_eq!(met[0].person.display_name, "Amara Okafor");
    assert_eq!(met[0].person.note, "Fellowship");
}

#[test]
fn an_interaction_logged_at_an_event_names_it_and_an_unknown_event_is_refused() {
    use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
    let mut conn = db();
    let esc = events::create(
        &mut conn,
        &timed(
            "ESC Congress 2026",
            "2026-08-28T09:00:00",
            "2026-08-31T17:00:00",
            "Europe/Berlin",
        ),
        now(),
    )
    .unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    let mut draft = InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at("2026-08-29T10:00:00Z")),
        time_zone: "Europe/Berlin".into(),
        topic: String::new(),
        note: "Renal denervation".into(),
        contact_ids: vec![amara],
        event_id: Some(esc.id),
    };
    let after_the_congress = at("2026-09-01T08:00:00Z");
    let logged = interactions::add(&mut conn, &draft, after_the_congress).unwrap();
    assert_eq!(
        interactions::get(&conn, logged.id).unwrap().event_id,
        Some(esc.id)
    );

    draft.event_id = Some(esc.id + 100);
    let error = interactions::add(&mut conn, &draft, after_the_congress).unwrap_err();
    assert!(error.to_string().contains("no event"), "{error}");
}

#[test]
fn undoing_a_contact_delete_brings_back_their_place_on_an_event() {
    let mut conn = db();
    let esc = events::create(
        &mut conn,
        &timed(
            "ESC Congress 2026",
            "2026-08-28T09:00:00",
            "2026-08-31T17:00:00",
            "Europe/Berlin",
        ),
        now(),
    )
    .unwrap();
    let amara = person(&mut conn, "Amara Okafor");
    events::link_person(
        &mut conn,
        esc.id,
        amara,
        PersonRole::ToMeet,
        "Ask about the registry",
        now(),
    )
    .unwrap();
    let deleted = operations::delete_many(&mut conn, &[amara]).unwrap();
    assert!(events::detail(&conn, esc.id).unwrap().people.is_empty());
    operations::restore(&mut conn, &deleted).unwrap();
    let people = events::detail(&conn, esc.id).unwrap().people;
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].note, "Ask about the registry");
}
