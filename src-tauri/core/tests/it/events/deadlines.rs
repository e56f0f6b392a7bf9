//! Key dates of an event (abstracts, early bird, hotel block…), each in its
//! own zone, and the list of what falls due next.

use crate::support::events::{add, at, congress, db, timed};
use curbside_core::events::{
    self, DeadlineDraft, DeadlineKind, EventFilter, EventKind, EventStatus,
};

fn key_date(kind: DeadlineKind, label: &str, due: &str, zone: &str) -> DeadlineDraft {
    DeadlineDraft {
        kind,
        label: label.into(),
        due_local: due.parse().unwrap(),
        time_zone: zone.into(),
        done: false,
    }
}

fn labels(deadlines: &[events::UpcomingDeadline]) -> Vec<&str> {
    deadlines
        .iter()
        .map(|d| d.deadline.label.as_str())
        .collect()
}

#[test]
fn a_deadline_anywhere_on_earth_falls_due_at_noon_utc_the_next_day() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let draft = key_date(
        DeadlineKind::Abstract,
        "Abstracts",
        "2026-03-01T23:59:00",
        "aoe",
    );
    let deadline = events::add_deadline(&mut conn, esc, &draft).unwrap();
    assert_eq!(deadline.due_at, at("2026-03-02T11:59:00Z"));
    assert_eq!(deadline.time_zone, "AoE");
    assert_eq!(deadline.due_local.to_string(), "2026-03-01T23:59:00");
    assert_eq!(deadline.kind, DeadlineKind::Abstract);
}

#[test]
fn upcoming_deadlines_are_in_the_order_they_fall_due_whatever_their_zones() {
    let mut conn = db();
    let esc = congress(&mut conn);
    for draft in [
        key_date(
            DeadlineKind::Abstract,
            "Abstracts (AoE)",
            "2026-03-01T23:59:00",
            "AoE",
        ),
        key_date(
            DeadlineKind::EarlyBird,
            "Early bird (Tokyo)",
            "2026-03-02T09:00:00",
            "Asia/Tokyo",
        ),
        key_date(
            DeadlineKind::HotelBlock,
            "Hotel (Los Angeles)",
            "2026-03-01T20:00:00",
            "America/Los_Angeles",
        ),
        key_date(
            DeadlineKind::Other,
            "Last year's",
            "2025-03-01T12:00:00",
            "UTC",
        ),
    ] {
        events::add_deadline(&mut conn, esc, &draft).unwrap();
    }
    let upcoming = events::upcoming_deadlines(
        &conn,
        at("2026-01-01T00:00:00Z"),
        None,
        false,
        &EventFilter::default(),
    )
    .unwrap();
    assert_eq!(
        labels(&upcoming),
        [
            "Early bird (Tokyo)",
            "Hotel (Los Angeles)",
            "Abstracts (AoE)"
        ]
    );
    assert_eq!(upcoming[0].deadline.due_at, at("2026-03-02T00:00:00Z"));
    assert_eq!(upcoming[1].deadline.due_at, at("2026-03-02T04:00:00Z"));
    assert_eq!(upcoming[0].event_title, "ESC Congress 2026");
    assert_eq!(upcoming[0].event_kind, EventKind::Conference);
    assert_eq!(upcoming[0].event_status, EventStatus::Considering);
}

#[test]
fn a_bounded_list_stops_before_the_key_dates_due_at_or_after_its_end() {
    let mut conn = db();
    let esc = congress(&mut conn);
    for draft in [
        key_date(
            DeadlineKind::Abstract,
            "Abstracts",
            "2026-03-01T23:59:00",
            "AoE",
        ),
        key_date(
            DeadlineKind::Registration,
            "Registration",
            "2027-01-31T23:59:00",
            "UTC",
        ),
        key_date(
            DeadlineKind::Abstract,
            "Next year's abstracts",
            "2027-03-01T23:59:00",
            "AoE",
        ),
    ] {
        events::add_deadline(&mut conn, esc, &draft).unwrap();
    }
    let from = at("2026-02-01T00:00:00Z");
    let a_year_on = at("2027-02-01T00:00:00Z");
    let bounded =
        events::upcoming_deadlines(&conn, from, Some(a_year_on), false, &EventFilter::default())
            .unwrap();
    assert_eq!(labels(&bounded), ["Abstracts", "Registration"]);

    let just_due = at("2027-01-31T23:59:00Z");
    let up_to_it =
        events::upcoming_deadlines(&conn, from, Some(just_due), false, &EventFilter::default())
            .unwrap();
    assert_eq!(labels(&up_to_it), ["Abstracts"], "the end is not included");

    let unbounded =
        events::upcoming_deadlines(&conn, from, None, false, &EventFilter::default()).unwrap();
    assert_eq!(
        labels(&unbounded),
        ["Abstracts", "Registration", "Next year's abstracts"]
    );
}

#[test]
fn done_deadlines_show_only_when_asked_for_and_the_event_filter_applies() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let mut webinar = timed(
        "Lipids webinar",
        "2026-04-01T18:00:00",
        "2026-04-01T19:00:00",
        "UTC",
    );
    webinar.kind = EventKind::Webinar;
    let webinar = add(&mut conn, &webinar);
    let mut abstracts = key_date(
        DeadlineKind::Abstract,
        "Abstracts",
        "2026-03-01T23:59:00",
        "AoE",
    );
    abstracts.done = true;
    events::add_deadline(&mut conn, esc, &abstracts).unwrap();
    let registration = key_date(
        DeadlineKind::Registration,
        "Registration",
        "2026-03-20T12:00:00",
        "UTC",
    );
    events::add_deadline(&mut conn, webinar, &registration).unwrap();

    let from = at("2026-02-01T00:00:00Z");
    let open =
        events::upcoming_deadlines(&conn, from, None, false, &EventFilter::default()).unwrap();
    assert_eq!(labels(&open), ["Registration"]);
    let all = events::upcoming_deadlines(&conn, from, None, true, &EventFilter::default()).unwrap();
    assert_eq!(labels(&all), ["Abstracts", "Registration"]);
    let conferences = EventFilter {
        statuses: vec![],
        kinds: vec![EventKind::Conference],
    };
    let only = events::upcoming_deadlines(&conn, from, None, true, &conferences).unwrap();
    assert_eq!(labels(&only), ["Abstracts"]);

    let due = events::deadlines_due_between(&conn, from, at("2026-03-21T00:00:00Z")).unwrap();
    assert_eq!(
        labels(&due),
        ["Registration"],
        "done ones are not announced"
    );
}

#[test]
fn a_deadline_can_be_moved_and_removed() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let draft = key_date(
        DeadlineKind::EarlyBird,
        "",
        "2026-05-31T23:59:00",
        "Europe/Berlin",
    );
    let deadline = events::add_deadline(&mut conn, esc, &draft).unwrap();
    assert_eq!(deadline.label, "");
    assert_eq!(deadline.due_at, at("2026-05-31T21:59:00Z"));
    let extended = key_date(
        DeadlineKind::EarlyBird,
        "Extended",
        "2026-06-15T23:59:00",
        "Europe/Berlin",
    );
    let moved = events::update_deadline(&mut conn, deadline.id, &extended).unwrap();
    assert_eq!(moved.due_at, at("2026-06-15T21:59:00Z"));
    assert_eq!(moved.label, "Extended");
    events::remove_deadline(&mut conn, deadline.id).unwrap();
    assert!(events::detail(&conn, esc).unwrap().deadlines.is_empty());
    let err = events::remove_deadline(&mut conn, deadline.id).unwrap_err();
    assert!(err.to_string().contains("no key date"), "{err}");
}
