//! Time zones in the calendar: an event at the right instant whatever the
//! venue's zone, the season (DST) or the user's own clock; floating and
//! all-day events on the viewer's wall clock.

use crate::support::events::{add, all_day, at, db, instants, listed, repeating, starts, timed};

#[test]
fn nine_in_berlin_on_the_spring_forward_sunday_is_seven_utc() {
    let mut conn = db();
    add(
        &mut conn,
        &timed(
            "Board review",
            "2026-03-29T09:00:00",
            "2026-03-29T10:00:00",
            "Europe/Berlin",
        ),
    );
    let found = listed(
        &conn,
        "2026-03-29T00:00:00Z",
        "2026-03-30T00:00:00Z",
        "America/New_York",
    );
    assert_eq!(instants(&found), ["2026-03-29T07:00:00Z"]);
    assert_eq!(found[0].start, "2026-03-29T09:00:00+02:00[Europe/Berlin]");
    assert_eq!(found[0].end, "2026-03-29T10:00:00+02:00[Europe/Berlin]");
    assert_eq!(found[0].time_zone, "Europe/Berlin");
    assert_eq!(
        found[0].viewer_start, "2026-03-29T03:00:00",
        "New York is on EDT by then"
    );
    assert_eq!(found[0].viewer_end, "2026-03-29T04:00:00");
}

#[test]
fn nine_in_berlin_on_the_fall_back_sunday_is_eight_utc() {
    let mut conn = db();
    add(
        &mut conn,
        &timed(
            "Board review",
            "2026-10-25T09:00:00",
            "2026-10-25T10:00:00",
            "Europe/Berlin",
        ),
    );
    let found = listed(&conn, "2026-10-25T00:00:00Z", "2026-10-26T00:00:00Z", "UTC");
    assert_eq!(instants(&found), ["2026-10-25T08:00:00Z"]);
    assert_eq!(found[0].start, "2026-10-25T09:00:00+01:00[Europe/Berlin]");
    assert_eq!(found[0].viewer_start, "2026-10-25T08:00:00");
}

#[test]
fn a_yearly_series_on_the_last_sunday_of_march_stays_at_nine_local_every_year() {
    let mut conn = db();
    let spring = add(
        &mut conn,
        &repeating(
            timed(
                "Spring symposium",
                "2026-03-29T09:00:00",
                "2026-03-29T17:00:00",
                "Europe/Berlin",
            ),
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        ),
    );
    let found = listed(&conn, "2026-01-01T00:00:00Z", "2031-01-01T00:00:00Z", "UTC");
    assert_eq!(
        starts(&found),
        [
            "2026-03-29T09:00:00+02:00[Europe/Berlin]",
            "2027-03-28T09:00:00+02:00[Europe/Berlin]",
            "2028-03-26T09:00:00+02:00[Europe/Berlin]",
            "2029-03-25T09:00:00+02:00[Europe/Berlin]",
            "2030-03-31T09:00:00+02:00[Europe/Berlin]",
        ]
    );
    assert!(instants(&found).iter().all(|at| at.ends_with("T07:00:00Z")));
    assert!(found
        .iter()
        .all(|o| o.recurring && o.series_id == Some(spring)));
    assert_eq!(found[1].recurrence_id, "2027-03-28T09:00:00");

    add(
        &mut conn,
        &repeating(
            timed(
                "Autumn symposium",
                "2026-10-25T09:00:00",
                "2026-10-25T17:00:00",
                "Europe/Berlin",
            ),
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        ),
    );
    let autumn = listed(&conn, "2026-10-01T00:00:00Z", "2028-11-01T00:00:00Z", "UTC");
    assert_eq!(
        instants(&autumn),
        [
            "2026-10-25T08:00:00Z",
            "2027-03-28T07:00:00Z",
            "2027-10-31T08:00:00Z",
            "2028-03-26T07:00:00Z",
            "2028-10-29T08:00:00Z",
        ]
    );
}

#[test]
fn a_floating_event_keeps_its_wall_clock_time_wherever_the_user_is() {
    let mut conn = db();
    add(
        &mut conn,
        &timed(
            "Morning run",
            "2026-05-04T09:00:00",
            "2026-05-04T10:00:00",
            "",
        ),
    );
    let in_berlin = listed(
        &conn,
        "2026-05-04T00:00:00Z",
        "2026-05-05T00:00:00Z",
        "Europe/Berlin",
    );
    let in_new_york = listed(
        &conn,
        "2026-05-04T00:00:00Z",
        "2026-05-05T00:00:00Z",
        "America/New_York",
    );
    assert_eq!(instants(&in_berlin), ["2026-05-04T07:00:00Z"]);
    assert_eq!(instants(&in_new_york), ["2026-05-04T13:00:00Z"]);
    for found in [&in_berlin[0], &in_new_york[0]] {
        assert_eq!(found.start, "2026-05-04T09:00:00");
        assert_eq!(found.viewer_start, "2026-05-04T09:00:00");
        assert_eq!(found.viewer_end, "2026-05-04T10:00:00");
        assert_eq!(found.time_zone, "");
    }
}

#[test]
fn an_all_day_event_covers_whole_days_on_the_viewers_wall_clock() {
    let mut conn = db();
    add(
        &mut conn,
        &all_day("ESC Congress", "2026-08-28", "2026-08-31"),
    );
    let in_tokyo = listed(
        &conn,
        "2026-08-01T00:00:00Z",
        "2026-09-30T00:00:00Z",
        "Asia/Tokyo",
    );
    assert_eq!(in_tokyo.len(), 1);
    let congress = &in_tokyo[0];
    assert!(congress.all_day);
    assert_eq!(congress.starts_at, at("2026-08-27T15:00:00Z"));
    assert_eq!(congress.ends_at, at("2026-08-31T15:00:00Z"));
    assert_eq!(
        (congress.start.as_str(), congress.end.as_str()),
        ("2026-08-28", "2026-08-31")
    );
    assert_eq!(
        (congress.viewer_start.as_str(), congress.viewer_end.as_str()),
        ("2026-08-28", "2026-08-31")
    );

    // 16:00Z on the 31st is already 1 September in Tokyo, still the 31st in New York.
    let (from, to) = ("2026-08-31T16:00:00Z", "2026-08-31T17:00:00Z");
    assert!(listed(&conn, from, to, "Asia/Tokyo").is_empty());
    assert_eq!(listed(&conn, from, to, "America/New_York").len(), 1);
}
