//! Reading iCalendar files as Outlook, Google Calendar and Thunderbird write
//! them: every way of naming a zone, UTC, floating and all-day times,
//! recurrence, changed occurrences, and broken files reported by line.

use std::io::BufReader;

use curbside_core::events::{EventKind, EventStatus, EventTiming};
use curbside_core::interop::ics::{read_events, CalendarEntry, OriginalStart};
use curbside_core::interop::ParseError;
use jiff::civil::{date, datetime};

fn read_text(text: &str) -> Vec<Result<CalendarEntry, ParseError>> {
    read_events(text.as_bytes()).collect()
}

fn read_fixture(name: &str) -> Vec<CalendarEntry> {
    let path = format!("{}/tests/fixtures/ics/{name}", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::File::open(path).unwrap();
    read_events(BufReader::new(file))
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
}

fn by_uid<'a>(entries: &'a [CalendarEntry], uid: &str) -> &'a CalendarEntry {
    entries
        .iter()
        .find(|entry| entry.draft.uid == uid && entry.replaces.is_none())
        .unwrap_or_else(|| panic!("no event {uid}"))
}

fn timed(start: (i16, i8, i8, i8, i8), end: (i16, i8, i8, i8, i8), zone: &str) -> EventTiming {
    EventTiming::Timed {
        start: datetime(start.0, start.1, start.2, start.3, start.4, 0, 0),
        end: datetime(end.0, end.1, end.2, end.3, end.4, 0, 0),
        time_zone: zone.to_owned(),
    }
}

#[test]
fn outlook_windows_zone_names_are_stored_as_iana_zones() {
    let entries = read_fixture("outlook_windows_zones.ics");
    let zones: Vec<(&str, String)> = entries
        .iter()
        .map(|entry| match &entry.draft.timing {
            EventTiming::Timed { time_zone, .. } => (entry.draft.title.as_str(), time_zone.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        zones,
        [
            ("Heart failure update", "Europe/Paris".to_owned()),
            ("Berlin journal club", "Europe/Berlin".to_owned()),
            ("AHA satellite session", "America/New_York".to_owned()),
            ("Stanford grand rounds", "America/Los_Angeles".to_owned()),
            ("Mumbai webinar", "Asia/Kolkata".to_owned()),
            ("Sydney CSANZ talk", "Australia/Sydney".to_owned()),
        ]
    );
}

#[test]
fn an_outlook_event_keeps_its_wall_clock_text_and_ignores_its_alarm() {
    let entries = read_fixture("outlook_windows_zones.ics");
    let event = &entries[0].draft;
    assert_eq!(
        event.timing,
        timed((2026, 7, 14, 9, 0), (2026, 7, 14, 10, 30), "Europe/Paris")
    );
    assert_eq!(event.location, "Palais des Congrès, Paris");
    assert_eq!(
        event.notes,
        "Registration desk opens at 08:00.\nBring your badge."
    );
    assert_eq!(
        event.uid,
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5"
    );
    assert_eq!(entries[0].line, 21);
}

#[test]
fn a_duration_instead_of_an_end_gives_the_end() {
    let entries = read_fixture("outlook_windows_zones.ics");
    let rounds = by_uid(&entries, "outlook-la-1");
    assert_eq!(
        rounds.draft.timing,
        timed(
            (2026, 2, 10, 9, 0),
            (2026, 2, 10, 11, 0),
            "America/Los_Angeles"
        )
    );
}

#[test]
fn google_utc_times_are_read_in_the_calendars_zone() {
    let entries = read_fixture("google_calendar.ics");
    let call = by_uid(&entries, "utc-call@example.org");
    assert_eq!(
        call.draft.timing,
        timed((2026, 4, 15, 9, 0), (2026, 4, 15, 10, 0), "Europe/Berlin")
    );
}

#[test]
fn utc_times_without_a_calendar_zone_stay_in_utc() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nSUMMARY:Call\nDTSTART:20260715T070000Z\n\
                DTEND:20260715T080000Z\nEND:VEVENT\nEND:VCALENDAR\n";
    let entry = read_text(text).remove(0).unwrap();
    assert_eq!(
        entry.draft.timing,
        timed((2026, 7, 15, 7, 0), (2026, 7, 15, 8, 0), "UTC")
    );
}

#[test]
fn an_all_day_event_ends_the_day_before_its_dtend() {
    let entries = read_fixture("google_calendar.ics");
    let esc = by_uid(&entries, "esc2026@example.org");
    assert_eq!(
        esc.draft.timing,
        EventTiming::AllDay {
            first_day: date(2026, 8, 28),
            last_day: date(2026, 8, 31)
        }
    );
    assert_eq!(esc.draft.kind, EventKind::Conference);
    assert!(esc.stated.kind, "CATEGORIES:Congress names the kind");
    assert_eq!(esc.draft.status, EventStatus::Considering);
    assert_eq!(
        esc.draft.url,
        "https://www.escardio.org/Congresses-Events/ESC-Congress"
    );
}

#[test]
fn an_all_day_event_without_an_end_is_one_day() {
    let entries = read_fixture("thunderbird.ics");
    let day_off = by_uid(&entries, "tb-4");
    assert_eq!(
        day_off.draft.timing,
        EventTiming::AllDay {
            first_day: date(2026, 6, 15),
            last_day: date(2026, 6, 15)
        }
    );
    assert_eq!(day_off.draft.kind, EventKind::Personal);
    assert!(!day_off.stated.kind);
}

#[test]
fn a_rule_and_its_exclusions_are_kept_in_the_events_zone() {
    let entries = read_fixture("google_calendar.ics");
    let rounds = by_uid(&entries, "rounds@example.org");
    assert_eq!(rounds.draft.recurrence, "FREQ=WEEKLY;COUNT=6;BYDAY=TU");
    // One EXDATE in the zone, one in UTC: both name the 07:30 Berlin start.
    assert_eq!(
        rounds.draft.excluded,
        ["2026-03-17T07:30:00", "2026-03-24T07:30:00"]
    );
    assert_eq!(rounds.draft.organizer, "Charité Cardiology");
    assert_eq!(rounds.draft.kind, EventKind::Rounds);
}

#[test]
fn a_recurrence_id_names_the_occurrence_it_changes() {
    let entries = read_fixture("google_calendar.ics");
    let moved = entries
        .iter()
        .find(|entry| entry.replaces.is_some())
        .unwrap();
    assert_eq!(moved.draft.uid, "rounds@example.org");
    assert_eq!(moved.draft.recurrence, "");
    let series = by_uid(&entries, "rounds@example.org");
    let replaces: OriginalStart = moved.replaces.unwrap();
    assert_eq!(
        replaces.recurrence_id(&series.draft.timing),
        "2026-03-10T07:30:00"
    );
    assert_eq!(
        moved.draft.timing,
        timed((2026, 3, 10, 8, 0), (2026, 3, 10, 9, 0), "Europe/Berlin")
    );
}

#[test]
fn a_cancelled_event_is_skipped_and_to_dos_are_passed_over() {
    let entries = read_fixture("google_calendar.ics");
    let cancelled = by_uid(&entries, "cancelled@example.org");
    assert_eq!(cancelled.draft.status, EventStatus::Skipped);
    assert!(cancelled.stated.status);
    assert!(entries
        .iter()
        .all(|entry| entry.draft.uid != "todo@example.org"));
    assert_eq!(entries.len(), 5);
}

#[test]
fn vendor_and_label_zone_names_from_vtimezones_are_resolved() {
    let entries = read_fixture("thunderbird.ics");
    assert_eq!(
        by_uid(&entries, "tb-1").draft.timing,
        timed((2026, 6, 12, 9, 0), (2026, 6, 12, 17, 0), "Europe/Berlin")
    );
    let EventTiming::Timed { time_zone, .. } = &by_uid(&entries, "tb-2").draft.timing else {
        panic!()
    };
    assert!(
        [
            "Europe/Berlin",
            "Europe/Amsterdam",
            "Europe/Rome",
            "Europe/Vienna"
        ]
        .contains(&time_zone.as_str()),
        "{time_zone}"
    );
}

#[test]
fn a_time_without_a_zone_is_floating() {
    let entries = read_fixture("thunderbird.ics");
    assert_eq!(
        by_uid(&entries, "tb-3").draft.timing,
        timed((2026, 6, 14, 20, 0), (2026, 6, 14, 21, 30), "")
    );
}

#[test]
fn a_bad_start_is_an_error_naming_the_event_and_the_line_and_the_rest_still_reads() {
    let path = format!(
        "{}/tests/fixtures/ics/malformed.ics",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let entries = read_text(&text);
    assert_eq!(entries.len(), 3);
    assert!(entries[0].is_ok());
    let error = entries[1].as_ref().unwrap_err();
    assert_eq!(error.line, 13, "the bad line itself");
    assert!(
        error.message.contains("event that begins at line 10"),
        "{}",
        error.message
    );
    assert!(
        error
            .message
            .contains("DTSTART \"2026-04-02 nine o'clock\""),
        "{}",
        error.message
    );
    assert!(entries[2].is_ok());
}

#[test]
fn an_event_without_a_start_is_an_error() {
    let text =
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n";
    let error = read_text(text).remove(0).unwrap_err();
    assert_eq!(error.line, 2);
    assert!(error.message.contains("no DTSTART"), "{}", error.message);
}

#[test]
fn an_unknown_zone_is_an_error_that_names_it() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:S\nDTSTART;TZID=Atlantis Time:20260101T090000\n\
                END:VEVENT\nEND:VCALENDAR\n";
    let error = read_text(text).remove(0).unwrap_err();
    assert!(
        error.message.contains("\"Atlantis Time\""),
        "{}",
        error.message
    );
    assert_eq!(error.line, 5);
}

#[test]
fn curbside_fields_are_read_back_from_its_own_properties() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:ESC\nDTSTART;VALUE=DATE:20260828\n\
                X-CURBSIDE-KIND:cme\nX-CURBSIDE-STATUS:registered\nX-CURBSIDE-CREDITS:12.5\n\
                X-CURBSIDE-COST:€650\\; early bird\\, members\nX-CURBSIDE-ONLINE:TRUE\n\
                X-CURBSIDE-ORGANIZER:European Society of Cardiology\nEND:VEVENT\nEND:VCALENDAR\n";
    let entry = read_text(text).remove(0).unwrap();
    assert_eq!(entry.draft.kind, EventKind::Cme);
    assert_eq!(entry.draft.status, EventStatus::Registered);
    assert_eq!(entry.draft.expected_credits, Some(12.5));
    assert_eq!(entry.draft.cost, "€650; early bird, members");
    assert!(entry.draft.online);
    assert_eq!(entry.draft.organizer, "European Society of Cardiology");
    assert!(entry.stated.kind && entry.stated.status && entry.stated.cost && entry.stated.online);
}

#[test]
fn an_event_without_a_uid_gets_the_same_made_up_uid_every_time() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No UID\nDTSTART:20260101T090000\nEND:VEVENT\nEND:VCALENDAR\n";
    let first = read_text(text).remove(0).unwrap();
    let again = read_text(text).remove(0).unwrap();
    assert!(!first.draft.uid.is_empty());
    assert_eq!(first.draft.uid, again.draft.uid);
}

#[test]
fn a_venue_on_several_lines_is_kept_on_one() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:ESC\\nCongress\nDTSTART;VALUE=DATE:20260828\n\
                LOCATION:Messe München\\nHall B3\\n\nEND:VEVENT\nEND:VCALENDAR\n";
    let entry = read_text(text).remove(0).unwrap();
    assert_eq!(entry.draft.location, "Messe München, Hall B3");
    assert_eq!(entry.draft.title, "ESC, Congress");
}
