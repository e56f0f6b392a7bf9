//! The calendar: events written and read back, and the occurrences a month
//! view lists: once per occurrence, in order, filtered, and fast.

use crate::support::events::{add, at, db, listed, now, repeating, starts, timed, zone};
use curbside_core::events::{self, EventFilter, EventKind, EventStatus};

#[test]
fn an_event_reads_back_as_written_with_a_uid_and_its_organiser_on_file() {
    let mut conn = db();
    let mut draft = timed(
        "ESC Congress 2026",
        "2026-08-28T08:30:00",
        "2026-08-31T17:00:00",
        "Europe/Berlin",
    );
    draft.organizer = "European Society of Cardiology".into();
    draft.location = "Messe München".into();
    draft.url = "https://www.escardio.org/congress".into();
    draft.expected_credits = Some(27.0);
    draft.cost = "€650 early bird".into();
    draft.status = EventStatus::Registered;
    let event = events::create(&mut conn, &draft, now()).unwrap();
    assert!(event.uid.ends_with("@curbside"), "{}", event.uid);
    assert_eq!(event.title, "ESC Congress 2026");
    assert_eq!(event.organizer, "European Society of Cardiology");
    assert_eq!(event.status, EventStatus::Registered);
    assert_eq!(event.expected_credits, Some(27.0));
    assert_eq!(event.timing, draft.timing);
    assert_eq!(events::get(&conn, event.id).unwrap(), event);

    let mut next = timed(
        "ESC Congress 2027",
        "2027-08-27T08:30:00",
        "2027-08-30T17:00:00",
        "Europe/Madrid",
    );
    next.organizer = "european society of cardiology".into();
    let next = events::create(&mut conn, &next, now()).unwrap();
    assert_eq!(
        next.organizer_id, event.organizer_id,
        "one organisation record for both years"
    );
    assert_ne!(next.uid, event.uid);
}

#[test]
fn a_weekly_series_is_listed_once_per_occurrence_in_the_range() {
    let mut conn = db();
    let rounds = add(
        &mut conn,
        &repeating(
            timed(
                "Grand rounds",
                "2026-01-07T07:30:00",
                "2026-01-07T08:30:00",
                "America/Chicago",
            ),
            "FREQ=WEEKLY;BYDAY=WE",
        ),
    );
    let june = listed(
        &conn,
        "2026-06-01T05:00:00Z",
        "2026-07-01T05:00:00Z",
        "America/Chicago",
    );
    assert_eq!(
        june.iter()
            .map(|o| o.viewer_start.as_str())
            .collect::<Vec<_>>(),
        [
            "2026-06-03T07:30:00",
            "2026-06-10T07:30:00",
            "2026-06-17T07:30:00",
            "2026-06-24T07:30:00",
        ]
    );
    assert!(june
        .iter()
        .all(|o| o.event_id == rounds && o.series_id == Some(rounds)));
}

#[test]
fn an_event_already_under_way_when_the_range_starts_is_listed() {
    let mut conn = db();
    add(
        &mut conn,
        &timed(
            "AHA Sessions",
            "2026-11-07T08:00:00",
            "2026-11-10T18:00:00",
            "America/New_York",
        ),
    );
    let found = listed(&conn, "2026-11-09T00:00:00Z", "2026-11-09T06:00:00Z", "UTC");
    assert_eq!(found.len(), 1);
    assert!(!found[0].recurring);
    assert_eq!(found[0].series_id, None);
    assert!(listed(&conn, "2026-11-11T00:00:00Z", "2026-11-12T00:00:00Z", "UTC").is_empty());
}

#[test]
fn occurrences_on_the_same_instant_sort_by_title() {
    let mut conn = db();
    add(
        &mut conn,
        &timed(
            "Zebra talk",
            "2026-02-02T10:00:00",
            "2026-02-02T11:00:00",
            "UTC",
        ),
    );
    add(
        &mut conn,
        &timed(
            "Aorta talk",
            "2026-02-02T11:00:00",
            "2026-02-02T12:00:00",
            "Europe/Paris",
        ),
    );
    add(
        &mut conn,
        &timed(
            "Beta talk",
            "2026-02-02T09:00:00",
            "2026-02-02T10:00:00",
            "UTC",
        ),
    );
    let found = listed(&conn, "2026-02-02T00:00:00Z", "2026-02-03T00:00:00Z", "UTC");
    let titles: Vec<&str> = found.iter().map(|o| o.title.as_str()).collect();
    assert_eq!(titles, ["Beta talk", "Aorta talk", "Zebra talk"]);
}

#[test]
fn the_filter_keeps_only_the_chosen_statuses_and_kinds() {
    let mut conn = db();
    let mut webinar = timed(
        "Lipids update",
        "2026-04-01T18:00:00",
        "2026-04-01T19:00:00",
        "UTC",
    );
    webinar.kind = EventKind::Webinar;
    webinar.status = EventStatus::Registered;
    add(&mut conn, &webinar);
    let mut course = timed(
        "Echo course",
        "2026-04-02T09:00:00",
        "2026-04-02T17:00:00",
        "UTC",
    );
    course.kind = EventKind::Cme;
    course.status = EventStatus::Skipped;
    add(&mut conn, &course);
    let titles = |filter: EventFilter| -> Vec<String> {
        events::occurrences(
            &conn,
            at("2026-04-01T00:00:00Z"),
            at("2026-04-03T00:00:00Z"),
            &zone("UTC"),
            &filter,
        )
        .unwrap()
        .into_iter()
        .map(|o| o.title)
        .collect()
    };
    assert_eq!(
        titles(EventFilter::default()),
        ["Lipids update", "Echo course"]
    );
    let going = EventFilter {
        statuses: vec![EventStatus::Registered, EventStatus::Attending],
        kinds: vec![],
    };
    assert_eq!(titles(going), ["Lipids update"]);
    let cme = EventFilter {
        statuses: vec![],
        kinds: vec![EventKind::Cme],
    };
    assert_eq!(titles(cme), ["Echo course"]);
    let none = EventFilter {
        statuses: vec![EventStatus::Skipped],
        kinds: vec![EventKind::Webinar],
    };
    assert!(titles(none).is_empty());
}

#[test]
fn an_updated_event_moves_in_the_calendar_and_keeps_its_uid() {
    let mut conn = db();
    let created = events::create(
        &mut conn,
        &timed(
            "Journal club",
            "2026-02-10T18:00:00",
            "2026-02-10T19:00:00",
            "Europe/Paris",
        ),
        now(),
    )
    .unwrap();
    let moved = events::update(
        &mut conn,
        created.id,
        &timed(
            "Journal club (moved)",
            "2026-02-12T18:00:00",
            "2026-02-12T19:00:00",
            "Europe/Paris",
        ),
        now(),
    )
    .unwrap();
    assert_eq!(moved.uid, created.uid);
    assert_eq!(
        events::find_by_uid(&conn, &created.uid).unwrap(),
        Some(created.id)
    );
    let found = listed(&conn, "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "UTC");
    assert_eq!(starts(&found), ["2026-02-12T18:00:00+01:00[Europe/Paris]"]);
    assert_eq!(found[0].title, "Journal club (moved)");
}

#[test]
fn a_uid_given_by_an_import_is_kept_and_cannot_be_used_twice() {
    let mut conn = db();
    let mut draft = timed(
        "ACC.26",
        "2026-03-28T08:00:00",
        "2026-03-30T17:00:00",
        "America/New_York",
    );
    draft.uid = "acc26@acc.org".into();
    let id = add(&mut conn, &draft);
    assert_eq!(
        events::find_by_uid(&conn, "acc26@acc.org").unwrap(),
        Some(id)
    );
    assert_eq!(events::find_by_uid(&conn, "other@acc.org").unwrap(), None);
    let err = events::create(&mut conn, &draft, now()).unwrap_err();
    assert!(err.to_string().contains("already has the UID"), "{err}");
}

#[test]
fn setting_the_status_changes_only_the_status() {
    let mut conn = db();
    let created = events::create(
        &mut conn,
        &timed(
            "Heart Rhythm 2026",
            "2026-05-14T08:00:00",
            "2026-05-17T17:00:00",
            "America/Chicago",
        ),
        now(),
    )
    .unwrap();
    let attended = events::set_status(
        &mut conn,
        created.id,
        EventStatus::Attended,
        at("2026-05-18T09:00:00Z"),
    )
    .unwrap();
    assert_eq!(attended.status, EventStatus::Attended);
    assert_eq!(attended.title, created.title);
    assert!(matches!(
        events::set_status(&mut conn, 999, EventStatus::Skipped, now()),
        Err(events::EventError::NotFound(999))
    ));
}

#[test]
fn an_event_cannot_be_marked_attended_before_it_starts() {
    let mut conn = db();
    let created = events::create(
        &mut conn,
        &timed(
            "Heart Rhythm 2026",
            "2026-05-14T08:00:00",
            "2026-05-17T17:00:00",
            "America/Chicago",
        ),
        now(),
    )
    .unwrap();
    let early = events::set_status(
        &mut conn,
        created.id,
        EventStatus::Attended,
        at("2026-05-14T12:59:00Z"),
    )
    .unwrap_err();
    assert_eq!(
        early.to_string(),
        "\"Heart Rhythm 2026\" has not started yet: it starts 2026-05-14 08:00 \
         America/Chicago time. Mark it attended once it has begun"
    );
    assert_eq!(
        events::get(&conn, created.id).unwrap().status,
        created.status,
        "the refused status was not stored"
    );
    // Registered ahead of time is fine; attended from the first minute on.
    events::set_status(&mut conn, created.id, EventStatus::Registered, now()).unwrap();
    let first_minute = events::set_status(
        &mut conn,
        created.id,
        EventStatus::Attended,
        at("2026-05-14T13:00:00Z"),
    )
    .unwrap();
    assert_eq!(first_minute.status, EventStatus::Attended);
}

#[test]
fn a_month_of_three_thousand_events_lists_just_that_month() {
    let mut conn = db();
    let zones = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", ""];
    let mut in_march = 0;
    for i in 0..3_000 {
        let day = jiff::civil::date(2026, 1, 1)
            .checked_add(jiff::Span::new().days(i % 365))
            .unwrap();
        let draft = timed(
            &format!("Event {i}"),
            &format!("{day}T12:00:00"),
            &format!("{day}T13:00:00"),
            zones[i as usize % zones.len()],
        );
        add(&mut conn, &draft);
        if day.month() == 3 {
            in_march += 1;
        }
    }
    // How fast it is, the calendar benchmark measures (docs/BENCHMARKS.md).
    let march = listed(&conn, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "UTC");
    assert_eq!(march.len(), in_march);
}

#[test]
fn every_event_is_listed_with_each_series_followed_by_its_changes() {
    let mut conn = db();
    let board = add(
        &mut conn,
        &repeating(
            timed(
                "Tumour board",
                "2026-01-15T18:00:00",
                "2026-01-15T19:00:00",
                "Europe/London",
            ),
            "FREQ=MONTHLY",
        ),
    );
    let dinner = add(
        &mut conn,
        &timed("Dinner", "2026-02-01T19:00:00", "2026-02-01T22:00:00", ""),
    );
    let moved = timed(
        "Tumour board",
        "2026-03-16T18:00:00",
        "2026-03-16T19:00:00",
        "Europe/London",
    );
    let change =
        events::change_occurrence(&mut conn, board, "2026-03-15T18:00:00", &moved, now()).unwrap();
    let all: Vec<i64> = events::all(&conn).unwrap().iter().map(|e| e.id).collect();
    assert_eq!(all, [board, change.id, dinner]);
    let changes = events::changed_occurrences(&conn, board).unwrap();
    assert_eq!(changes, [change]);
}

#[test]
fn events_written_inside_an_importers_transaction_go_when_it_rolls_back() {
    let mut conn = db();
    conn.execute_batch("BEGIN").unwrap();
    add(
        &mut conn,
        &timed(
            "Imported",
            "2026-02-01T09:00:00",
            "2026-02-01T10:00:00",
            "UTC",
        ),
    );
    conn.execute_batch("ROLLBACK").unwrap();
    assert!(events::all(&conn).unwrap().is_empty());
    assert!(listed(&conn, "2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z", "UTC").is_empty());
}
