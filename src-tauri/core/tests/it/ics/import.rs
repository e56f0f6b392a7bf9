//! Importing iCalendar files into the calendar: one transaction, updates by
//! UID instead of duplicates, changed occurrences placed on their series,
//! and bad events reported by file and line with nothing half-imported.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use curbside_core::db;
use curbside_core::events::{self, EventFilter, EventKind, EventStatus, EventTiming, Occurrence};
use curbside_core::import::{
    import_calendars, is_calendar_file, open_calendar, CalendarSource, ImportError, ImportSummary,
};
use curbside_core::interop::ics::read_events;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name)
}

fn now() -> Timestamp {
    "2026-01-15T12:00:00Z".parse().unwrap()
}

fn import_files(
    conn: &mut Connection,
    names: &[&str],
    skip_bad: bool,
) -> Result<ImportSummary, ImportError> {
    let sources = names
        .iter()
        .map(|name| open_calendar(&fixture(name)))
        .collect();
    import_calendars(
        conn,
        sources,
        skip_bad,
        now(),
        |_| ControlFlow::Continue(()),
    )
}

fn import_text(conn: &mut Connection, text: &str) -> Result<ImportSummary, ImportError> {
    let source = CalendarSource {
        file: "calendar.ics".into(),
        entries: Box::new(read_events(std::io::Cursor::new(text.as_bytes().to_vec()))),
    };
    import_calendars(conn, vec![source], false, now(), |_| {
        ControlFlow::Continue(())
    })
}

/// Every occurrence in 2026, read in UTC.
fn year(conn: &Connection) -> Vec<Occurrence> {
    events::occurrences(
        conn,
        "2026-01-01T00:00:00Z".parse().unwrap(),
        "2027-01-01T00:00:00Z".parse().unwrap(),
        &TimeZone::UTC,
        &EventFilter::default(),
    )
    .unwrap()
}

fn event_count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM events", [], |row| row.get(0))
        .unwrap()
}

fn summary(created: u32, updated: u32, unchanged: u32) -> ImportSummary {
    ImportSummary {
        created,
        updated,
        unchanged,
        ..Default::default()
    }
}

#[test]
fn romance_standard_time_at_nine_in_july_is_seven_utc() {
    let mut conn = db::open_in_memory().unwrap();
    import_files(&mut conn, &["outlook_windows_zones.ics"], false).unwrap();
    let update = year(&conn)
        .into_iter()
        .find(|occurrence| occurrence.title == "Heart failure update")
        .unwrap();
    assert_eq!(
        update.starts_at,
        "2026-07-14T07:00:00Z".parse::<Timestamp>().unwrap()
    );
    assert_eq!(
        update.ends_at,
        "2026-07-14T08:30:00Z".parse::<Timestamp>().unwrap()
    );
    assert_eq!(update.time_zone, "Europe/Paris");
}

#[test]
fn every_event_of_a_file_is_created_and_the_same_file_again_changes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    let first = import_files(
        &mut conn,
        &["google_calendar.ics", "thunderbird.ics"],
        false,
    )
    .unwrap();
    assert_eq!(first, summary(9, 0, 0));
    let again = import_files(
        &mut conn,
        &["google_calendar.ics", "thunderbird.ics"],
        false,
    )
    .unwrap();
    assert_eq!(again, summary(0, 0, 9));
    assert_eq!(event_count(&conn), 9);
}

#[test]
fn a_re_import_updates_the_event_with_its_uid_instead_of_adding_one() {
    let mut conn = db::open_in_memory().unwrap();
    let event = |title: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:esc-2026\r\nSUMMARY:{title}\r\n\
             DTSTART;TZID=Europe/Berlin:20260828T090000\r\nDTEND;TZID=Europe/Berlin:20260828T180000\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    import_text(&mut conn, &event("ESC Congress")).unwrap();
    let id = events::find_by_uid(&conn, "esc-2026").unwrap().unwrap();
    // The user registers in Curbside; the organiser then renames the event.
    events::set_status(&mut conn, id, EventStatus::Registered, now()).unwrap();
    let summary_of_update = import_text(&mut conn, &event("ESC Congress 2026")).unwrap();
    assert_eq!(summary_of_update, summary(0, 1, 0));
    assert_eq!(event_count(&conn), 1);
    let stored = events::get(&conn, id).unwrap();
    assert_eq!(stored.title, "ESC Congress 2026");
    assert_eq!(
        stored.status,
        EventStatus::Registered,
        "the file did not say, so the user's status stays"
    );
}

#[test]
fn a_weekly_series_skips_its_exdates_and_shows_its_moved_occurrence() {
    let mut conn = db::open_in_memory().unwrap();
    import_files(&mut conn, &["google_calendar.ics"], false).unwrap();
    let rounds: Vec<(String, String)> = year(&conn)
        .into_iter()
        .filter(|occurrence| occurrence.title.starts_with("Grand rounds"))
        .map(|occurrence| (occurrence.start, occurrence.title))
        .collect();
    let starts: Vec<&str> = rounds.iter().map(|(start, _)| &start[..16]).collect();
    // Six Tuesdays from 3 March, the 17th and 24th removed, the 10th moved.
    assert_eq!(
        starts,
        [
            "2026-03-03T07:30",
            "2026-03-10T08:00",
            "2026-03-31T07:30",
            "2026-04-07T07:30"
        ]
    );
    assert_eq!(rounds[1].1, "Grand rounds (moved to 08:00)");
    let moved = year(&conn)
        .into_iter()
        .find(|o| o.title.ends_with("(moved to 08:00)"))
        .unwrap();
    assert_eq!(
        moved.kind,
        EventKind::Rounds,
        "what the change leaves unsaid comes from its series"
    );
}

#[test]
fn a_changed_occurrence_before_its_series_in_the_file_still_finds_it() {
    let mut conn = db::open_in_memory().unwrap();
    let text = "BEGIN:VCALENDAR\r\n\
        BEGIN:VEVENT\r\nUID:journal\r\nRECURRENCE-ID:20260108T180000\r\nSUMMARY:Journal club (room 2)\r\n\
        DTSTART:20260108T183000\r\nDTEND:20260108T193000\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:journal\r\nSUMMARY:Journal club\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n\
        DTSTART:20260101T180000\r\nDTEND:20260101T190000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import_text(&mut conn, text).unwrap(), summary(2, 0, 0));
    assert_eq!(import_text(&mut conn, text).unwrap(), summary(0, 0, 2));
}

/// Two events with one UID in a file (a calendar that exported a series and
/// then its replacement): the second updates the first, and only its
/// occurrences are shown, though the first's were not yet written when the
/// second came.
#[test]
fn the_same_uid_twice_in_a_file_shows_only_the_later_events_occurrences() {
    let mut conn = db::open_in_memory().unwrap();
    let text = "BEGIN:VCALENDAR\r\n\
        BEGIN:VEVENT\r\nUID:journal\r\nSUMMARY:Journal club\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n\
        DTSTART:20260101T180000\r\nDTEND:20260101T190000\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:journal\r\nSUMMARY:Journal club, now monthly\r\nRRULE:FREQ=MONTHLY;COUNT=2\r\n\
        DTSTART:20260108T180000\r\nDTEND:20260108T190000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import_text(&mut conn, text).unwrap(), summary(1, 1, 0));
    let shown: Vec<(String, String)> = year(&conn)
        .into_iter()
        .map(|o| (o.title, o.start))
        .collect();
    let monthly = "Journal club, now monthly".to_owned();
    assert_eq!(
        shown,
        [
            (monthly.clone(), "2026-01-08T18:00:00".to_owned()),
            (monthly, "2026-02-08T18:00:00".to_owned()),
        ]
    );
}

#[test]
fn a_changed_occurrence_of_an_unknown_series_is_an_event_of_its_own() {
    let mut conn = db::open_in_memory().unwrap();
    let text =
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:nowhere\r\nRECURRENCE-ID:20260108T180000\r\n\
        SUMMARY:Moved\r\nDTSTART:20260108T183000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import_text(&mut conn, text).unwrap(), summary(1, 0, 0));
    let shown: Vec<(String, String)> = year(&conn)
        .into_iter()
        .map(|o| (o.title, o.start))
        .collect();
    assert_eq!(
        shown,
        [("Moved".to_owned(), "2026-01-08T18:30:00".to_owned())]
    );
}

#[test]
fn a_malformed_file_stops_with_its_name_and_line_and_stores_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    let Err(error) = import_files(&mut conn, &["malformed.ics"], false) else {
        panic!()
    };
    let message = error.to_string();
    assert!(message.contains("malformed.ics"), "{message}");
    assert!(message.contains("line 13"), "{message}");
    assert!(message.contains("nothing was imported"), "{message}");
    let ImportError::Stopped(stopped) = error else {
        panic!()
    };
    assert_eq!(stopped.errors.len(), 1);
    assert_eq!(
        event_count(&conn),
        0,
        "the good event before the bad one is not kept"
    );
}

#[test]
fn skipping_bad_entries_keeps_the_good_ones_and_lists_each_bad_one() {
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_files(&mut conn, &["malformed.ics"], true).unwrap();
    assert_eq!((summary.created, summary.skipped), (2, 1));
    assert_eq!(summary.errors[0].line, 13);
    assert!(summary.errors[0].file.ends_with("malformed.ics"));
    assert_eq!(event_count(&conn), 2);
}

#[test]
fn an_event_the_store_refuses_is_a_bad_entry_at_its_line() {
    let mut conn = db::open_in_memory().unwrap();
    let title = "x".repeat(400);
    let text = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:long\r\nSUMMARY:{title}\r\n\
         DTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    let Err(ImportError::Stopped(stopped)) = import_text(&mut conn, &text) else {
        panic!()
    };
    assert_eq!(stopped.errors[0].line, 3);
    assert!(
        stopped.errors[0].message.contains("too long"),
        "{}",
        stopped.errors[0].message
    );
}

#[test]
fn a_refused_event_among_good_ones_leaves_nothing_of_itself_behind() {
    let mut conn = db::open_in_memory().unwrap();
    let event = |uid: &str, title: &str, organizer: &str| {
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\nORGANIZER;CN={organizer}:mailto:office@example.org\r\n\
             DTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
        )
    };
    let text = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{}{}{}END:VCALENDAR\r\n",
        event("first", "Tumour board", "Charité Oncology"),
        event("refused", &"x".repeat(400), "Refused Society"),
        event("last", "Journal club", "Charité Cardiology"),
    );
    let source = CalendarSource {
        file: "calendar.ics".into(),
        entries: Box::new(read_events(std::io::Cursor::new(text.into_bytes()))),
    };
    let summary = import_calendars(&mut conn, vec![source], true, now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap();

    assert_eq!((summary.created, summary.skipped), (2, 1));
    assert_eq!(event_count(&conn), 2);
    let organisations: Vec<String> = conn
        .prepare("SELECT name FROM organizations ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(organisations, ["Charité Cardiology", "Charité Oncology"]);
    let occurrences: i64 = conn
        .query_row("SELECT count(*) FROM event_occurrences", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(occurrences, 6, "three a series, of the two stored");
}

#[test]
fn cancelling_changes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for n in 0..1_200 {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:e{n}\r\nSUMMARY:Event {n}\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n"
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    let source = CalendarSource {
        file: "big.ics".into(),
        entries: Box::new(read_events(std::io::Cursor::new(text.into_bytes()))),
    };
    let result = import_calendars(&mut conn, vec![source], false, now(), |progress| {
        if progress.done >= 1_000 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    assert!(matches!(result, Err(ImportError::Cancelled)));
    assert_eq!(event_count(&conn), 0);
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_like_a_bad_entry() {
    let mut conn = db::open_in_memory().unwrap();
    let Err(ImportError::Stopped(stopped)) = import_files(&mut conn, &["missing.ics"], false)
    else {
        panic!()
    };
    assert!(stopped.errors[0]
        .message
        .contains("could not read the file"));
}

#[test]
fn calendar_files_are_told_by_extension_or_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let renamed = dir.path().join("export.txt");
    std::fs::write(&renamed, "\u{feff}BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap();
    let card = dir.path().join("card.txt");
    std::fs::write(&card, "BEGIN:VCARD\r\nEND:VCARD\r\n").unwrap();
    assert!(is_calendar_file(&fixture("google_calendar.ics")));
    assert!(is_calendar_file(&renamed));
    assert!(!is_calendar_file(&card));
}

#[test]
fn all_day_and_floating_events_are_stored_as_the_file_says() {
    let mut conn = db::open_in_memory().unwrap();
    import_files(&mut conn, &["thunderbird.ics"], false).unwrap();
    let day_off = events::get(&conn, events::find_by_uid(&conn, "tb-4").unwrap().unwrap()).unwrap();
    assert!(
        matches!(day_off.timing, EventTiming::AllDay { first_day, last_day } if first_day == last_day)
    );
    let reading = events::get(&conn, events::find_by_uid(&conn, "tb-3").unwrap().unwrap()).unwrap();
    assert!(
        matches!(&reading.timing, EventTiming::Timed { time_zone, .. } if time_zone.is_empty())
    );
}
