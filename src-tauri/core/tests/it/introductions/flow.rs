//! The double opt-in flow: what moves are allowed, both sides' answers, the
//! dated history, both timelines, the follow-up prompt, deleting a person.

use curbside_core::contacts;
use curbside_core::introductions::{self, IntroductionDraft, IntroductionStatus as S, Side};
use jiff::civil::{date, Date};
use rusqlite::Connection;

use crate::support::{at, db, person};

fn propose(conn: &mut Connection) -> (i64, i64, i64) {
    let amara = person(conn, "Amara Okafor");
    let jonas = person(conn, "Jonas Weber");
    let draft = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: jonas,
        reason: "  Both run heart-failure trials  ".into(),
    };
    let made =
        introductions::add(conn, &draft, date(2026, 3, 1), at("2026-03-01T09:00:00Z")).unwrap();
    (made.id, amara, jonas)
}

fn step(
    conn: &mut Connection,
    id: i64,
    status: S,
    side: Option<Side>,
    on: Date,
) -> Result<S, String> {
    introductions::set_status(conn, id, status, side, on, at("2026-03-02T09:00:00Z"))
        .map(|intro| intro.status)
        .map_err(|error| error.to_string())
}

#[test]
fn a_new_introduction_is_proposed_with_the_reason_trimmed_and_both_people_named() {
    let mut conn = db();
    let (id, amara, jonas) = propose(&mut conn);
    let intro = introductions::get(&conn, id).unwrap();
    assert_eq!(intro.status, S::Proposed);
    assert_eq!(intro.reason, "Both run heart-failure trials");
    assert_eq!((intro.from.contact_id, intro.to.contact_id), (amara, jonas));
    assert_eq!(
        (intro.from.name.as_str(), intro.to.name.as_str()),
        ("Amara Okafor", "Jonas Weber")
    );
    assert_eq!(intro.steps.len(), 1);
    assert_eq!(intro.steps[0].on, date(2026, 3, 1));
}

#[test]
fn an_introduction_needs_two_people_and_a_reason() {
    let mut conn = db();
    let amara = person(&mut conn, "Amara Okafor");
    let now = at("2026-03-01T09:00:00Z");
    let to_self = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: amara,
        reason: "x".into(),
    };
    assert!(
        introductions::add(&mut conn, &to_self, date(2026, 3, 1), now)
            .unwrap_err()
            .to_string()
            .contains("two different people")
    );
    let unknown = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: 999,
        reason: "x".into(),
    };
    assert!(
        introductions::add(&mut conn, &unknown, date(2026, 3, 1), now)
            .unwrap_err()
            .to_string()
            .contains("no contact with id 999")
    );
    let jonas = person(&mut conn, "Jonas Weber");
    let no_reason = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: jonas,
        reason: "  ".into(),
    };
    assert!(
        introductions::add(&mut conn, &no_reason, date(2026, 3, 1), now)
            .unwrap_err()
            .to_string()
            .contains("why they should meet")
    );
    let long = IntroductionDraft {
        from_contact_id: amara,
        to_contact_id: jonas,
        reason: "x".repeat(2001),
    };
    assert!(introductions::add(&mut conn, &long, date(2026, 3, 1), now)
        .unwrap_err()
        .to_string()
        .contains("too long"));
    assert!(introductions::list(&conn).unwrap().is_empty());
}

#[test]
fn it_is_accepted_only_when_both_sides_said_yes_then_introduced_on_the_day() {
    let mut conn = db();
    let (id, _, _) = propose(&mut conn);
    assert_eq!(
        step(&mut conn, id, S::Asked, None, date(2026, 3, 2)),
        Ok(S::Asked)
    );
    assert_eq!(
        step(
            &mut conn,
            id,
            S::Accepted,
            Some(Side::From),
            date(2026, 3, 3)
        ),
        Ok(S::Asked)
    );
    let halfway = introductions::get(&conn, id).unwrap();
    assert_eq!(
        (halfway.from.said_yes, halfway.to.said_yes),
        (Some(true), None)
    );
    assert_eq!(
        step(&mut conn, id, S::Accepted, Some(Side::To), date(2026, 3, 4)),
        Ok(S::Accepted)
    );
    assert_eq!(
        step(&mut conn, id, S::Introduced, None, date(2026, 3, 5)),
        Ok(S::Introduced)
    );
    let done = introductions::get(&conn, id).unwrap();
    assert_eq!(done.introduced_on, Some(date(2026, 3, 5)));
    let history: Vec<(S, Option<Side>, Date)> = done
        .steps
        .iter()
        .map(|s| (s.status, s.side, s.on))
        .collect();
    assert_eq!(
        history,
        vec![
            (S::Proposed, None, date(2026, 3, 1)),
            (S::Asked, None, date(2026, 3, 2)),
            (S::Accepted, Some(Side::From), date(2026, 3, 3)),
            (S::Accepted, Some(Side::To), date(2026, 3, 4)),
            (S::Introduced, None, date(2026, 3, 5)),
        ]
    );
}

#[test]
fn one_side_saying_no_ends_it() {
    let mut conn = db();
    let (id, _, _) = propose(&mut conn);
    step(&mut conn, id, S::Asked, None, date(2026, 3, 2)).unwrap();
    step(
        &mut conn,
        id,
        S::Accepted,
        Some(Side::From),
        date(2026, 3, 3),
    )
    .unwrap();
    assert_eq!(
        step(&mut conn, id, S::Declined, Some(Side::To), date(2026, 3, 4)),
        Ok(S::Declined)
    );
    let intro = introductions::get(&conn, id).unwrap();
    assert_eq!(
        (intro.from.said_yes, intro.to.said_yes),
        (Some(true), Some(false))
    );
    let after = step(&mut conn, id, S::Introduced, None, date(2026, 3, 5)).unwrap_err();
    assert!(
        after.contains("declined introduction ends there"),
        "{after}"
    );
}

#[test]
fn moves_the_flow_does_not_allow_are_refused_and_change_nothing() {
    let mut conn = db();
    let (id, _, _) = propose(&mut conn);
    let d = date(2026, 3, 2);
    for (status, side) in [
        (S::Accepted, None),
        (S::Introduced, None),
        (S::Proposed, None),
        (S::Declined, Some(Side::To)),
        (S::Asked, Some(Side::From)),
    ] {
        assert!(
            step(&mut conn, id, status, side, d).is_err(),
            "{status:?} {side:?}"
        );
    }
    step(&mut conn, id, S::Asked, None, d).unwrap();
    assert!(step(&mut conn, id, S::Asked, None, d).is_err());
    assert!(step(&mut conn, id, S::Introduced, None, d)
        .unwrap_err()
        .contains("answers first"));
    step(&mut conn, id, S::Accepted, Some(Side::To), d).unwrap();
    let twice = step(&mut conn, id, S::Accepted, Some(Side::To), d).unwrap_err();
    assert!(twice.contains("already answered"), "{twice}");
    step(&mut conn, id, S::Accepted, Some(Side::From), d).unwrap();
    assert!(step(&mut conn, id, S::Proposed, None, d)
        .unwrap_err()
        .contains("never goes back"));
    step(&mut conn, id, S::Introduced, None, d).unwrap();
    assert!(step(&mut conn, id, S::Declined, None, d)
        .unwrap_err()
        .contains("already introduced"));
    assert_eq!(introductions::get(&conn, id).unwrap().steps.len(), 5);
    assert!(step(&mut conn, 999, S::Asked, None, d)
        .unwrap_err()
        .contains("no introduction with id 999"));
}

#[test]
fn both_people_see_it_and_a_third_does_not() {
    let mut conn = db();
    let (id, amara, jonas) = propose(&mut conn);
    let sam = person(&mut conn, "Sam Lee");
    assert_eq!(introductions::for_contact(&conn, amara).unwrap()[0].id, id);
    assert_eq!(introductions::for_contact(&conn, jonas).unwrap()[0].id, id);
    assert!(introductions::for_contact(&conn, sam).unwrap().is_empty());
}

#[test]
fn deleting_either_person_deletes_the_introduction_with_its_history() {
    let mut conn = db();
    let (id, _, jonas) = propose(&mut conn);
    contacts::delete(&mut conn, jonas).unwrap();
    assert!(introductions::get(&conn, id).is_err());
    let steps: i64 = conn
        .query_row("SELECT count(*) FROM introduction_steps", [], |r| r.get(0))
        .unwrap();
    assert_eq!(steps, 0);
}

#[test]
fn how_did_it_go_is_asked_of_a_three_weeks_after_the_introduction() {
    let mut conn = db();
    let (id, amara, _) = propose(&mut conn);
    for (status, side) in [(S::Asked, None), (S::Accepted, None), (S::Introduced, None)] {
        step(&mut conn, id, status, side, date(2026, 3, 5)).unwrap();
    }
    let due = introductions::prompts(&conn, date(2026, 3, 26), date(2026, 3, 26)).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].source, id);
    assert_eq!(due[0].part, "");
    assert_eq!(due[0].contact_id, Some(amara));
    assert_eq!(
        due[0].title,
        "Ask Amara Okafor how the introduction to Jonas Weber went"
    );
    assert_eq!(
        due[0].context.as_deref(),
        Some("Both run heart-failure trials")
    );
    assert!(
        introductions::prompts(&conn, date(2026, 3, 6), date(2026, 3, 25))
            .unwrap()
            .is_empty()
    );
    assert!(
        introductions::prompts(&conn, date(2026, 3, 27), date(2026, 6, 1))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn an_introduction_not_yet_made_raises_no_prompt() {
    let mut conn = db();
    let (id, _, _) = propose(&mut conn);
    step(&mut conn, id, S::Asked, None, date(2026, 3, 5)).unwrap();
    assert!(
        introductions::prompts(&conn, date(2026, 1, 1), date(2026, 12, 31))
            .unwrap()
            .is_empty()
    );
}
