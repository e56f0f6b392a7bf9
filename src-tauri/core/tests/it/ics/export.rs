//! Exporting events as iCalendar: a file other calendars read (checked by
//! parsing it back with calcard), escaped and folded text, a VTIMEZONE for
//! each zone used, and an export that imports back as the same events.

use std::ops::ControlFlow;
use std::path::Path;

use calcard::icalendar::{ICalendarComponentType, ICalendarProperty};
use calcard::Entry;

use crate::support::events::draft;
use curbside_core::db;
use curbside_core::events::{self, Event, EventError, EventKind, EventStatus, EventTiming};
use curbside_core::export::{export_events, export_events_to_file, EventExportError};
use curbside_core::import::{import_calendars, open_calendar, CalendarSource};
use curbside_core::interop::ics::{read_events, write_calendar};
use jiff::civil::{date, datetime};
use jiff::Timestamp;
use rusqlite::Connection;

fn now() -> Timestamp {
    "2026-01-15T12:00:00Z".parse().unwrap()
}

fn berlin(start: (i16, i8, i8, i8), hours: i8) -> EventTiming {
    EventTiming::Timed {
        start: datetime(start.0, start.1, start.2, start.3, 0, 0, 0),
        end: datetime(start.0, start.1, start.2, start.3 + hours, 0, 0, 0),
        time_zone: "Europe/Berlin".into(),
    }
}

fn export_text(conn: &Connection, ids: Option<&[i64]>) -> String {
    let mut out = Vec::new();
    export_events(conn, ids, &mut out, now()).unwrap();
    String::from_utf8(out).unwrap()
}

fn import_text(conn: &mut Connection, text: &str) {
    let source = CalendarSource {
        file: "export.ics".into(),
        entries: Box::new(read_events(std::io::Cursor::new(text.as_bytes().to_vec()))),
    };
    import_calendars(conn, vec![source], false, now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap();
}

/// Every event as stored, by UID, without what only one database knows.
fn stored(conn: &Connection) -> Vec<Event> {
    let mut statement = conn.prepare("SELECT id FROM events").unwrap();
    let ids: Vec<i64> = statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut events: Vec<Event> = ids
        .into_iter()
        .map(|id| {
            let mut event = events::get(conn, id).unwrap();
            event.id = 0;
            event.series_id = event.series_id.map(|_| 0);
            event.organizer_id = None;
            event
        })
        .collect();
    events.sort_by(|a, b| (&a.uid, &a.recurrence_id).cmp(&(&b.uid, &b.recurrence_id)));
    events
}

/// The calendar calcard reads from `text`. (Its strict mode refuses every
/// nested BEGIN, so the checks on the structure are the tests' own.)
fn parsed(text: &str) -> calcard::icalendar::ICalendar {
    match calcard::Parser::new(text).entry() {
        Entry::ICalendar(calendar) => calendar,
        other => panic!("calcard could not read the export: {other:?}"),
    }
}

#[test]
fn a_long_utf8_summary_is_escaped_folded_and_read_back_whole() {
    let title: String = "Ärztekongress, Kardiologie; Übersicht\nTag 2 — “Herz” "
        .repeat(4)
        .chars()
        .take(200)
        .collect();
    assert_eq!(title.chars().count(), 200);
    let event = Event {
        id: 1,
        uid: "long@curbside".into(),
        series_id: None,
        recurrence_id: None,
        kind: EventKind::Conference,
        title: title.clone(),
        organizer_id: None,
        organizer: String::new(),
        timing: berlin((2026, 3, 29, 9), 2),
        location: String::new(),
        online: false,
        url: String::new(),
        notes: "Line one\r\nLine two, with a comma; and a semicolon \\ backslash".into(),
        expected_credits: None,
        cost: String::new(),
        status: EventStatus::Considering,
        recurrence: String::new(),
        excluded: Vec::new(),
    };
    let mut out = Vec::new();
    write_calendar(&mut out, &[event], now()).unwrap();
    let text = String::from_utf8(out).expect("folding never splits a UTF-8 character");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break: {line:?}"
        );
    }
    assert!(text.contains("Kardiologie\\; "), "semicolons are escaped");
    assert!(text.contains("Ärztekongress\\,"), "commas are escaped");
    let calendar = parsed(&text);
    let event = calendar
        .components
        .iter()
        .find(|c| c.component_type == ICalendarComponentType::VEvent)
        .unwrap();
    let summary = event.property(&ICalendarProperty::Summary).unwrap().values[0]
        .as_text()
        .unwrap();
    assert_eq!(summary, title);
    let notes = event
        .property(&ICalendarProperty::Description)
        .unwrap()
        .values[0]
        .as_text()
        .unwrap();
    assert_eq!(
        notes,
        "Line one\nLine two, with a comma; and a semicolon \\ backslash"
    );
}

#[test]
fn an_export_is_a_calendar_with_a_vtimezone_for_each_zone_used() {
    let mut conn = db::open_in_memory().unwrap();
    events::create(
        &mut conn,
        &draft("Berlin", berlin((2026, 3, 29, 9), 2)),
        now(),
    )
    .unwrap();
    let mut tokyo = draft("Tokyo", berlin((2026, 4, 2, 9), 1));
    if let EventTiming::Timed { time_zone, .. } = &mut tokyo.timing {
        *time_zone = "Asia/Tokyo".into();
    }
    events::create(&mut conn, &tokyo, now()).unwrap();
    let mut utc = draft("UTC call", berlin((2026, 4, 3, 9), 1));
    if let EventTiming::Timed { time_zone, .. } = &mut utc.timing {
        *time_zone = "UTC".into();
    }
    events::create(&mut conn, &utc, now()).unwrap();
    let day = EventTiming::AllDay {
        first_day: date(2026, 8, 28),
        last_day: date(2026, 8, 31),
    };
    events::create(&mut conn, &draft("ESC", day), now()).unwrap();
    let text = export_text(&conn, None);
    for header in [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        "PRODID:",
        "CALSCALE:GREGORIAN\r\n",
    ] {
        assert!(text.contains(header), "{header} missing from\n{text}");
    }
    assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 2, "{text}");
    assert!(text.contains("TZID:Europe/Berlin\r\n") && text.contains("TZID:Asia/Tokyo\r\n"));
    assert!(
        text.contains("DTSTART;TZID=Europe/Berlin:20260329T090000\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTART:20260403T090000Z\r\n"), "{text}");
    assert!(
        text.contains("DTSTART;VALUE=DATE:20260828\r\nDTEND;VALUE=DATE:20260901\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTAMP:20260115T120000Z\r\n"), "{text}");
    let calendar = parsed(&text);
    let resolver = calendar.build_tz_resolver();
    assert!(resolver.resolve("Europe/Berlin").is_some());
    let count = |kind| {
        calendar
            .components
            .iter()
            .filter(|c| c.component_type == kind)
            .count()
    };
    assert_eq!(count(ICalendarComponentType::VEvent), 4);
}

#[test]
fn export_then_import_into_a_fresh_database_gives_the_same_events() {
    let mut original = db::open_in_memory().unwrap();
    let fixtures = [
        "outlook_windows_zones.ics",
        "google_calendar.ics",
        "thunderbird.ics",
    ];
    let sources = fixtures
        .iter()
        .map(|name| {
            open_calendar(
                &Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/ics")
                    .join(name),
            )
        })
        .collect();
    import_calendars(&mut original, sources, false, now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap();
    // What only Curbside knows travels too.
    let esc = events::get(
        &original,
        events::find_by_uid(&original, "esc2026@example.org")
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    let mut edited = draft(&esc.title, esc.timing.clone());
    edited.uid = esc.uid.clone();
    edited.kind = EventKind::Cme;
    edited.status = EventStatus::Registered;
    edited.expected_credits = Some(17.5);
    edited.cost = "€650; early bird, members".into();
    edited.online = true;
    edited.organizer = "European Society of Cardiology".into();
    edited.notes = "Hotel: Marriott\nBooth 12".into();
    edited.location = esc.location.clone();
    edited.url = esc.url.clone();
    events::update(&mut original, esc.id, &edited, now()).unwrap();

    let text = export_text(&original, None);
    let mut copy = db::open_in_memory().unwrap();
    import_text(&mut copy, &text);
    assert_eq!(stored(&copy), stored(&original));
}

#[test]
fn exporting_a_changed_occurrence_exports_its_whole_series() {
    let mut conn = db::open_in_memory().unwrap();
    let mut weekly = draft("Rounds", berlin((2026, 3, 3, 7), 1));
    weekly.recurrence = "FREQ=WEEKLY;COUNT=4".into();
    weekly.excluded = vec!["2026-03-17T07:00:00".into()];
    let series = events::create(&mut conn, &weekly, now()).unwrap();
    events::create(
        &mut conn,
        &draft("Other", berlin((2026, 3, 4, 9), 1)),
        now(),
    )
    .unwrap();
    let moved = events::change_occurrence(
        &mut conn,
        series.id,
        "2026-03-10T07:00:00",
        &draft("Rounds (moved)", berlin((2026, 3, 10, 8), 1)),
        now(),
    )
    .unwrap();
    let text = export_text(&conn, Some(&[moved.id]));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2, "{text}");
    assert!(text.contains("RRULE:FREQ=WEEKLY;COUNT=4\r\n"), "{text}");
    assert!(
        text.contains("EXDATE;TZID=Europe/Berlin:20260317T070000\r\n"),
        "{text}"
    );
    assert!(
        text.contains("RECURRENCE-ID;TZID=Europe/Berlin:20260310T070000\r\n"),
        "{text}"
    );
    assert!(!text.contains("SUMMARY:Other"));
}

#[test]
fn an_unknown_id_is_refused() {
    let conn = db::open_in_memory().unwrap();
    let mut out = Vec::new();
    let error = export_events(&conn, Some(&[42]), &mut out, now()).unwrap_err();
    assert!(
        matches!(error, EventExportError::Events(EventError::NotFound(42))),
        "{error}"
    );
}

#[test]
fn an_export_file_appears_whole_and_nothing_is_left_beside_it() {
    let mut conn = db::open_in_memory().unwrap();
    events::create(
        &mut conn,
        &draft("Berlin", berlin((2026, 3, 29, 9), 2)),
        now(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calendar.ics");
    assert_eq!(export_events_to_file(&conn, None, &path, now()).unwrap(), 1);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let nowhere = dir.path().join("missing/calendar.ics");
    let error = export_events_to_file(&conn, None, &nowhere, now()).unwrap_err();
    assert!(error.to_string().contains("could not create"), "{error}");
}
