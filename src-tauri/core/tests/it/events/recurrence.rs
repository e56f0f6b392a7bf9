//! Repeating events: the occurrences a rule gives, and one occurrence
//! changed or removed without touching the others.

use crate::support::events::{
    add, all_day, at, db, instants, listed, now, repeating, starts, timed,
};
use curbside_core::events::{self, EventError};

/// Monthly tumour board, 18:00 London, on the 15th from January 2026.
fn tumour_board(conn: &mut rusqlite::Connection) -> i64 {
    add(
        conn,
        &repeating(
            timed(
                "Tumour board",
                "2026-01-15T18:00:00",
                "2026-01-15T19:30:00",
                "Europe/London",
            ),
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
    )
}

fn first_half_of_2026(conn: &rusqlite::Connection) -> Vec<events::Occurrence> {
    listed(
        conn,
        "2026-01-01T00:00:00Z",
        "2026-07-01T00:00:00Z",
        "Europe/London",
    )
}

#[test]
fn changing_one_occurrence_of_a_monthly_series_moves_only_that_one() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let mut moved = timed(
        "Tumour board (Easter)",
        "2026-03-16T19:00:00",
        "2026-03-16T20:30:00",
        "Europe/London",
    );
    moved.location = "Seminar room 2".into();
    let changed =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &moved, now()).unwrap();
    assert_eq!(changed.series_id, Some(series));
    assert_eq!(
        changed.recurrence_id.as_deref(),
        Some("2026-03-15T18:00:00")
    );
    assert_eq!(changed.uid, events::get(&conn, series).unwrap().uid);

    let found = first_half_of_2026(&conn);
    assert_eq!(
        found
            .iter()
            .map(|o| o.viewer_start.as_str())
            .collect::<Vec<_>>(),
        [
            "2026-01-15T18:00:00",
            "2026-02-15T18:00:00",
            "2026-03-16T19:00:00",
            "2026-04-15T18:00:00",
            "2026-05-15T18:00:00",
            "2026-06-15T18:00:00",
        ]
    );
    let march = &found[2];
    assert_eq!(march.event_id, changed.id);
    assert_eq!(march.series_id, Some(series));
    assert_eq!(march.recurrence_id, "2026-03-15T18:00:00");
    assert_eq!(march.location, "Seminar room 2");
    assert!(march.recurring);
    assert_eq!(found[3].event_id, series);
    assert_eq!(
        events::find_by_uid(&conn, &changed.uid).unwrap(),
        Some(series)
    );
}

#[test]
fn changing_the_same_occurrence_again_updates_the_change() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let first = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let second = timed(
        "Tumour board",
        "2026-03-17T08:00:00",
        "2026-03-17T09:00:00",
        "Europe/London",
    );
    let a =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &first, now()).unwrap();
    let b =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00", &second, now()).unwrap();
    assert_eq!(a.id, b.id);
    let march = listed(&conn, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "UTC");
    assert_eq!(starts(&march), ["2026-03-17T08:00:00+00:00[Europe/London]"]);
}

#[test]
fn removing_one_occurrence_leaves_the_rest() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    events::remove_occurrence(&mut conn, series, "2026-04-15T18:00:00").unwrap();
    let found = first_half_of_2026(&conn);
    assert_eq!(found.len(), 5);
    assert!(found.iter().all(|o| !o.viewer_start.starts_with("2026-04")));
    assert_eq!(
        events::get(&conn, series).unwrap().excluded,
        ["2026-04-15T18:00:00"]
    );
}

#[test]
fn removing_a_changed_occurrence_removes_its_replacement_too() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let moved = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let changed =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &moved, now()).unwrap();
    events::remove_occurrence(&mut conn, series, "2026-03-15T18:00:00").unwrap();
    assert!(matches!(
        events::get(&conn, changed.id),
        Err(EventError::NotFound(_))
    ));
    let march = listed(&conn, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "UTC");
    assert!(march.is_empty());
}

#[test]
fn deleting_a_changed_occurrence_removes_that_occurrence_only() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let moved = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let changed =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &moved, now()).unwrap();
    events::delete(&mut conn, changed.id).unwrap();
    let found = first_half_of_2026(&conn);
    assert_eq!(found.len(), 5);
    assert!(found.iter().all(|o| !o.viewer_start.starts_with("2026-03")));
    assert_eq!(
        events::get(&conn, series).unwrap().excluded,
        ["2026-03-15T18:00:00"]
    );
}

#[test]
fn deleting_a_series_deletes_its_changed_occurrences() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let moved = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let changed =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &moved, now()).unwrap();
    events::delete(&mut conn, series).unwrap();
    assert!(matches!(
        events::get(&conn, series),
        Err(EventError::NotFound(_))
    ));
    assert!(matches!(
        events::get(&conn, changed.id),
        Err(EventError::NotFound(_))
    ));
    assert!(first_half_of_2026(&conn).is_empty());
}

#[test]
fn an_occurrence_the_series_does_not_have_cannot_be_changed_or_removed() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let moved = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let err = events::change_occurrence(&mut conn, series, "2026-03-14T18:00:00", &moved, now())
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("no occurrence starting 2026-03-14T18:00:00"),
        "{err}"
    );
    let err = events::remove_occurrence(&mut conn, series, "next Tuesday").unwrap_err();
    assert!(
        err.to_string().contains("does not name an occurrence"),
        "{err}"
    );
    let single = add(
        &mut conn,
        &timed(
            "Dinner",
            "2026-03-14T19:00:00",
            "2026-03-14T22:00:00",
            "UTC",
        ),
    );
    let err = events::remove_occurrence(&mut conn, single, "2026-03-14T19:00:00").unwrap_err();
    assert!(err.to_string().contains("does not repeat"), "{err}");
}

#[test]
fn moving_the_whole_series_drops_changes_to_occurrences_that_no_longer_exist() {
    let mut conn = db();
    let series = tumour_board(&mut conn);
    let moved = timed(
        "Tumour board",
        "2026-03-16T19:00:00",
        "2026-03-16T20:00:00",
        "Europe/London",
    );
    let changed =
        events::change_occurrence(&mut conn, series, "2026-03-15T18:00:00", &moved, now()).unwrap();
    let later = repeating(
        timed(
            "Tumour board",
            "2026-01-15T17:00:00",
            "2026-01-15T18:30:00",
            "Europe/London",
        ),
        "FREQ=MONTHLY;BYMONTHDAY=15",
    );
    events::update(&mut conn, series, &later, now()).unwrap();
    assert!(events::get(&conn, changed.id).is_err());
    let found = first_half_of_2026(&conn);
    assert_eq!(found.len(), 6);
    assert!(found.iter().all(|o| o.viewer_start.ends_with("T17:00:00")));
}

#[test]
fn a_series_skips_the_occurrences_its_draft_excludes() {
    let mut conn = db();
    let mut draft = repeating(
        timed(
            "Tumour board",
            "2026-01-15T18:00:00",
            "2026-01-15T19:30:00",
            "Europe/London",
        ),
        "rrule:freq=monthly;count=6",
    );
    draft.excluded = vec!["2026-02-15T18:00".into(), "2026-05-15T18:00:00".into()];
    let event = events::create(&mut conn, &draft, now()).unwrap();
    assert_eq!(event.recurrence, "FREQ=MONTHLY;COUNT=6");
    assert_eq!(
        event.excluded,
        ["2026-02-15T18:00:00", "2026-05-15T18:00:00"]
    );
    let found = listed(&conn, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "UTC");
    assert_eq!(
        found
            .iter()
            .map(|o| o.recurrence_id.as_str())
            .collect::<Vec<_>>(),
        [
            "2026-01-15T18:00:00",
            "2026-03-15T18:00:00",
            "2026-04-15T18:00:00",
            "2026-06-15T18:00:00",
        ]
    );
}

#[test]
fn an_until_in_utc_includes_the_last_occurrence_across_a_dst_change() {
    let mut conn = db();
    add(
        &mut conn,
        &repeating(
            timed(
                "Sunday teaching",
                "2026-03-01T09:00:00",
                "2026-03-01T10:00:00",
                "Europe/Berlin",
            ),
            "FREQ=WEEKLY;UNTIL=20260329T070000Z",
        ),
    );
    let found = listed(&conn, "2026-02-01T00:00:00Z", "2026-06-01T00:00:00Z", "UTC");
    assert_eq!(
        instants(&found),
        [
            "2026-03-01T08:00:00Z",
            "2026-03-08T08:00:00Z",
            "2026-03-15T08:00:00Z",
            "2026-03-22T08:00:00Z",
            "2026-03-29T07:00:00Z",
        ]
    );
}

#[test]
fn a_wall_clock_time_skipped_by_the_spring_change_moves_forward_an_hour() {
    let mut conn = db();
    add(
        &mut conn,
        &repeating(
            timed(
                "Night shift handover",
                "2026-03-22T02:30:00",
                "2026-03-22T03:00:00",
                "Europe/Berlin",
            ),
            "FREQ=WEEKLY;COUNT=3",
        ),
    );
    let found = listed(&conn, "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z", "UTC");
    assert_eq!(
        instants(&found),
        [
            "2026-03-22T01:30:00Z",
            "2026-03-29T01:30:00Z",
            "2026-04-05T00:30:00Z"
        ]
    );
    assert_eq!(found[1].recurrence_id, "2026-03-29T02:30:00");
    assert_eq!(found[1].start, "2026-03-29T03:30:00+02:00[Europe/Berlin]");
}

#[test]
fn an_endless_daily_series_stops_at_two_thousand_occurrences() {
    let mut conn = db();
    add(
        &mut conn,
        &repeating(
            timed(
                "Morning huddle",
                "2026-01-01T07:45:00",
                "2026-01-01T08:00:00",
                "America/Denver",
            ),
            "FREQ=DAILY",
        ),
    );
    let found = listed(&conn, "2025-01-01T00:00:00Z", "2040-01-01T00:00:00Z", "UTC");
    assert_eq!(found.len(), 2_000);
    assert_eq!(found.last().unwrap().recurrence_id, "2031-06-23T07:45:00");
}

#[test]
fn an_endless_yearly_series_is_expanded_for_twenty_five_years() {
    let mut conn = db();
    add(
        &mut conn,
        &repeating(
            all_day("Society anniversary", "2026-06-01", "2026-06-01"),
            "FREQ=YEARLY",
        ),
    );
    let found = listed(&conn, "2026-01-01T00:00:00Z", "2100-01-01T00:00:00Z", "UTC");
    assert_eq!(found.len(), 26, "2026 and the 25 years after it");
    assert_eq!(found[25].recurrence_id, "2051-06-01");
    assert_eq!(found[25].start, "2051-06-01");
    assert_eq!(found[25].starts_at, at("2051-06-01T00:00:00Z"));
}

#[test]
fn a_changed_all_day_occurrence_is_named_by_its_date() {
    let mut conn = db();
    let series = add(
        &mut conn,
        &repeating(
            all_day("Board exam prep", "2026-09-07", "2026-09-08"),
            "FREQ=WEEKLY;COUNT=3",
        ),
    );
    let shorter = all_day("Board exam prep", "2026-09-15", "2026-09-15");
    events::change_occurrence(&mut conn, series, "2026-09-14", &shorter, now()).unwrap();
    let found = listed(&conn, "2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z", "UTC");
    assert_eq!(
        found
            .iter()
            .map(|o| (o.start.as_str(), o.end.as_str()))
            .collect::<Vec<_>>(),
        [
            ("2026-09-07", "2026-09-08"),
            ("2026-09-15", "2026-09-15"),
            ("2026-09-21", "2026-09-22")
        ]
    );
    assert_eq!(found[1].recurrence_id, "2026-09-14");
}
