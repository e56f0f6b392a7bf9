//! Calendar files from other systems: the test calendars of the Python
//! `icalendar` library (tests/fixtures/ics/corpus, see its README), run
//! through the import the CLI's `import --format ics` uses. A zone the file
//! defines under a name of its own is read by its rules, libical's
//! globally unique TZIDs name their IANA zone, and a changed occurrence
//! whose series is not in the file is an event of its own. Every file is
//! imported, except the ones broken in a way no reader can mend, which are
//! refused with a message naming the fault and its line.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use curbside_core::db;
use curbside_core::events::{self, EventFilter, Occurrence};
use curbside_core::import::{
    import_calendars, open_calendar, CalendarSource, ImportError, ImportSummary,
};
use curbside_core::interop::ics::read_events;
use jiff::tz::TimeZone;
use rusqlite::Connection;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/corpus")
}

fn import(conn: &mut Connection, name: &str) -> Result<ImportSummary, ImportError> {
    let now = "2026-01-15T12:00:00Z".parse().unwrap();
    let source = open_calendar(&corpus().join(name));
    import_calendars(
        conn,
        vec![source],
        false,
        now,
        |_| ControlFlow::Continue(()),
    )
}

/// Imports a calendar given as text.
fn import_text(conn: &mut Connection, text: &str) -> Result<ImportSummary, ImportError> {
    let now = "2026-01-15T12:00:00Z".parse().unwrap();
    let source = CalendarSource {
        file: "calendar.ics".into(),
        entries: Box::new(read_events(std::io::Cursor::new(text.as_bytes().to_vec()))),
    };
    import_calendars(
        conn,
        vec![source],
        false,
        now,
        |_| ControlFlow::Continue(()),
    )
}

/// What the calendar shows after importing `name`: each occurrence from
/// 2000 to 2040 as "title: start where it happens", in start order.
fn shown(name: &str) -> Vec<String> {
    let mut conn = db::open_in_memory().unwrap();
    if let Err(error) = import(&mut conn, name) {
        panic!("{name} was refused: {error:?}");
    }
    occurrences(&conn)
        .iter()
        .map(|o| format!("{}: {}", o.title, o.start))
        .collect()
}

fn occurrences(conn: &Connection) -> Vec<Occurrence> {
    events::occurrences(
        conn,
        "2000-01-01T00:00:00Z".parse().unwrap(),
        "2040-01-01T00:00:00Z".parse().unwrap(),
        &TimeZone::UTC,
        &EventFilter::default(),
    )
    .unwrap()
}

#[test]
fn a_zone_named_custom_america_new_york_is_read_by_its_rules_and_shown_as_new_york() {
    assert_eq!(
        shown("america_new_york.ics"),
        ["an event with a custom tz name: 2014-08-29T08:00:00-04:00[America/New_York]"]
    );
}

#[test]
fn a_zone_defined_after_the_event_that_uses_it_still_places_it() {
    assert_eq!(
        shown("america_new_york_forward_reference.ics"),
        ["an event with a custom tz name: 2014-08-29T08:00:00-04:00[America/New_York]"]
    );
}

#[test]
fn an_outlook_zone_named_by_its_offsets_keeps_the_meeting_at_ten_in_central_europe() {
    let shown = shown("issue_165_missing_event.ics");
    assert_eq!(
        shown.first().map(String::as_str),
        Some("Sprint 25 Daily Standup: 2015-07-03T10:00:00+02:00[Europe/Berlin]")
    );
    // Weekdays until the 22nd: the series is kept, each at ten.
    assert_eq!(shown.len(), 14, "{shown:?}");
    assert!(
        shown.iter().all(|s| s.contains("T10:00:00+02:00")),
        "{shown:?}"
    );
}

#[test]
fn a_weekly_event_in_a_custom_european_zone_keeps_its_wall_clock_after_summer_time() {
    let shown = shown("issue_466_respect_unique_timezone.ics");
    assert_eq!(
        shown[..3],
        [
            "Just chatting: 2022-10-21T20:00:00+02:00[Europe/Berlin]",
            "Just chatting: 2022-10-28T20:00:00+02:00[Europe/Berlin]",
            "Just chatting: 2022-11-04T20:00:00+01:00[Europe/Berlin]",
        ]
    );
}

#[test]
fn an_outlook_customized_time_zone_is_read_by_its_rules() {
    // Outlook names a zone the user changed "Customized Time Zone"; these
    // are the US Eastern rules, in March and November.
    let text = "BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n\
        BEGIN:VEVENT\r\nUID:tumor-board\r\nSUMMARY:Tumor board\r\n\
        DTSTART;TZID=Customized Time Zone:20261105T073000\r\n\
        DTEND;TZID=Customized Time Zone:20261105T083000\r\n\
        RRULE:FREQ=WEEKLY;COUNT=2\r\nEND:VEVENT\r\n\
        BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n\
        DTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n\
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n\
        BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n\
        TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\n\
        END:DAYLIGHT\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n";
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, text);
    assert_eq!(summary.unwrap().created, 1);
    let shown: Vec<String> = occurrences(&conn).iter().map(|o| o.start.clone()).collect();
    assert_eq!(
        shown,
        [
            "2026-11-05T07:30:00-05:00[America/New_York]",
            "2026-11-12T07:30:00-05:00[America/New_York]",
        ]
    );
}

#[test]
fn a_zone_eleven_hours_ahead_all_year_is_kept_as_that_offset() {
    assert_eq!(
        shown("issue_218_bad_tzid.ics"),
        ["TESTIN: 2017-02-28T23:00:00+11:00[Etc/GMT-11]"]
    );
}

#[test]
fn a_zone_no_iana_zone_matches_is_kept_as_the_instants_its_rules_give() {
    // MyTimezone: +12:00 from 2024, +10:00 from 5 May at 08:00. The hour
    // before the change happens twice; RFC 5545 reads it as the first.
    let mut shown = shown("issue_722_timezone_transition_ambiguity.ics");
    shown.sort();
    assert_eq!(
        shown,
        [
            "This event is clearly in summer: 2024-08-02T22:00:00+00:00[UTC]",
            "This event is clearly in winter: 2024-03-02T20:00:00+00:00[UTC]",
            "Transition is from 8am -> 6am, so 7:00:01 is winter RFC5545 does not allow us to be \
             at the later TZ.: 2024-05-04T19:00:01+00:00[UTC]",
            "Transition is from 8am -> 6am, so 8:00:01 is summer: 2024-05-04T22:00:01+00:00[UTC]",
        ]
    );
}

#[test]
fn libical_and_lightning_globally_unique_tzids_name_their_iana_zone() {
    let mut shown = shown("issue_313_globally_unique_tzid.ics");
    shown.sort();
    assert_eq!(
        shown,
        [
            "Mozilla Lightning globally unique TZID: 2020-04-26T14:00:00-04:00[America/New_York]",
            "libical / Evolution globally unique TZID: 2020-04-26T14:00:00+02:00[Europe/Berlin]",
            "vendor prefix in front of a multi-part Olson name: \
             2020-04-26T14:00:00-03:00[America/Argentina/Buenos_Aires]",
        ]
    );
}

#[test]
fn a_changed_occurrence_without_its_series_is_imported_as_an_event_of_its_own() {
    assert_eq!(
        shown("issue_1231_recurrence.ics"),
        ["Test recurrence: 2025-04-28T16:05:00+00:00[UTC]"]
    );
    // Lotus Notes sends one changed meeting, in a zone of its own.
    assert_eq!(
        shown("issue_156_RDATE_with_PERIOD_TZID_khal_2.ics"),
        ["(omitted): 2021-11-01T16:00:00+01:00[Europe/Berlin]"]
    );
}

#[test]
fn importing_a_lone_changed_occurrence_again_finds_it() {
    let mut conn = db::open_in_memory().unwrap();
    let first = import(&mut conn, "issue_1231_recurrence.ics").unwrap();
    let again = import(&mut conn, "issue_1231_recurrence.ics").unwrap();
    assert_eq!((first.created, again.created, again.unchanged), (1, 0, 1));
    assert_eq!(occurrences(&conn).len(), 1);
}

#[test]
fn two_lone_changed_occurrences_of_one_series_stay_two_events() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:weekly-board\r\nSUMMARY:Board (moved)\r\n\
        RECURRENCE-ID:20260302T090000Z\r\nDTSTART:20260303T090000Z\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:weekly-board\r\nSUMMARY:Board (longer)\r\n\
        RECURRENCE-ID:20260309T090000Z\r\nDTSTART:20260309T090000Z\r\n\
        DTEND:20260309T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, text);
    assert_eq!(summary.unwrap().created, 2);
    let shown: Vec<String> = occurrences(&conn)
        .iter()
        .map(|o| format!("{}: {}", o.title, o.start))
        .collect();
    assert_eq!(
        shown,
        [
            "Board (moved): 2026-03-03T09:00:00+00:00[UTC]",
            "Board (longer): 2026-03-09T09:00:00+00:00[UTC]",
        ]
    );
}

/// Whether a corpus file has any event (some hold only free/busy times).
fn has_events(name: &str) -> bool {
    let bytes = std::fs::read(corpus().join(name)).unwrap();
    String::from_utf8_lossy(&bytes).contains("BEGIN:VEVENT")
}

/// The corpus files broken beyond mending, with the line and the message
/// the import refuses them with.
const BROKEN: &[(&str, usize, &str)] = &[
    ("big_bad_calendar.ics", 2, "the event has no DTSTART"),
    (
        "broken_dtstart.ics",
        6,
        "DTSTART \"INVALID-DATE\" is not a date or a date-time",
    ),
    (
        "created_calendar_with_unicode_fields.ics",
        20,
        "the event has no DTSTART",
    ),
    (
        "fuzz_testcase_0_char_in_component_name.ics",
        1,
        "this is not an iCalendar file",
    ),
    (
        "fuzz_testcase_invalid_month.ics",
        1,
        "this is not an iCalendar file",
    ),
    (
        "fuzz_testcase_vtimezone_lone_cr.ics",
        1,
        "this is not an iCalendar file",
    ),
    ("invalid_duration.ics", 7, "its DURATION is out of range"),
    (
        "issue_104_broken_calendar.ics",
        13,
        "this is not an iCalendar property",
    ),
    (
        "issue_1050_multiple_calendars.ics",
        4,
        "the event has no DTSTART",
    ),
    (
        "issue_1050_uid_in_description.ics",
        4,
        "the event has no DTSTART",
    ),
    (
        "issue_1081_invalid_rrule_freq.ics",
        7,
        "is not a recurrence rule",
    ),
    (
        "issue_1081_invalid_start_and_end.ics",
        6,
        "DTSTART \"INVALID-DATE\"",
    ),
    (
        "issue_1081_invalid_start_valid_end.ics",
        6,
        "DTSTART \"INVALID-DATE\"",
    ),
    ("issue_1081_with_summary.ics", 4, "the event has no DTSTART"),
    (
        "issue_1549_binary_attachment.ics",
        4,
        "the event has no DTSTART",
    ),
    ("issue_1561_image_value.ics", 2, "the event has no DTSTART"),
    (
        "issue_168_input.ics",
        6,
        "not an iCalendar property: X-APPLE-RADIUS=",
    ),
    (
        "issue_178_component_with_invalid_name_represented.ics",
        1,
        "this is not an iCalendar file",
    ),
    (
        "issue_178_custom_component_contains_other.ics",
        1,
        "this is not an iCalendar file",
    ),
    (
        "issue_322_expected_calendar.ics",
        2,
        "the event has no DTSTART",
    ),
    (
        "issue_351_whitespace_in_property_and_params.ics",
        4,
        "not an iCalendar property: REFRESH - INTERVAL",
    ),
    (
        "issue_526_calendar_with_different_events.ics",
        7,
        "the file does not define it (no VTIMEZONE)",
    ),
    (
        "issue_526_calendar_with_event_subset.ics",
        7,
        "the file does not define it (no VTIMEZONE)",
    ),
    (
        "issue_526_calendar_with_events.ics",
        7,
        "the file does not define it (no VTIMEZONE)",
    ),
    (
        "issue_526_calendar_with_shuffeled_events.ics",
        7,
        "the file does not define it (no VTIMEZONE)",
    ),
    (
        "issue_722_missing_VTIMEZONE_custom.ics",
        3,
        "\"CUSTOM_tzid\" is not one Curbside knows",
    ),
    (
        "issue_722_missing_timezones.ics",
        9,
        "the event has no DTSTART",
    ),
    ("issue_798_related_to.ics", 2, "the event has no DTSTART"),
    (
        "issue_82_expected_output.ics",
        1,
        "this is not an iCalendar file",
    ),
    (
        "parsing_error.ics",
        18,
        "EXDATE \"\" is not a date or a date-time",
    ),
    (
        "pr_480_summary_with_colon.ics",
        2,
        "the event has no DTSTART",
    ),
    ("rfc_5545_RDATE_example.ics", 2, "the event has no DTSTART"),
    ("rfc_6868.ics", 3, "the event has no DTSTART"),
    (
        "rfc_7256_multi_value_parameters.ics",
        2,
        "the event has no DTSTART",
    ),
    (
        "rfc_7529.ics",
        8,
        "RSCALE, RFC 7529), which Curbside cannot repeat",
    ),
    ("rfc_7986_conferences.ics", 2, "the event has no DTSTART"),
    ("rfc_7986_image.ics", 2, "the event has no DTSTART"),
    ("rfc_9253_gap.ics", 4, "the event has no DTSTART"),
    ("rfc_9253_related_to.ics", 4, "the event has no DTSTART"),
    ("small_bad_calendar.ics", 2, "the event has no DTSTART"),
    (
        "timezone_rdate.ics",
        53,
        "not an iCalendar property: SUMMARY=testevent",
    ),
    (
        "timezone_same_start_and_offset.ics",
        23,
        "END:VCALENDARD closes nothing",
    ),
];

#[test]
fn every_corpus_file_imports_unless_it_is_broken_and_then_the_message_names_the_fault() {
    let mut names: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ics"))
        .collect();
    names.sort();
    assert!(names.len() > 50, "{names:?}");
    let mut wrong = Vec::new();
    for name in &names {
        let mut conn = db::open_in_memory().unwrap();
        let outcome = import(&mut conn, name);
        let expected = BROKEN.iter().find(|(file, ..)| file == name);
        match (outcome, expected) {
            (Ok(summary), None) if summary.created > 0 || !has_events(name) => {}
            (Ok(summary), None) => wrong.push(format!("{name}: nothing imported {summary:?}")),
            (Ok(_), Some(_)) => wrong.push(format!("{name}: imported, but it is broken")),
            (Err(ImportError::Stopped(summary)), Some((_, line, message))) => {
                let error = &summary.errors[0];
                if error.line != *line || !error.message.contains(message) {
                    wrong.push(format!(
                        "{name}: refused at {}: {}",
                        error.line, error.message
                    ));
                }
            }
            (Err(error), _) => wrong.push(format!("{name}: refused: {error:?}")),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
