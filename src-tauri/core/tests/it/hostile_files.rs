//! Crafted files that used to cost minutes or gigabytes, and dates that
//! used to vanish: each limit is checked before the work it guards, and
//! every value left out of a card is reported. Time is never measured
//! here: a test counts what was read instead (a refused card's values are
//! never parsed, a cut line is never held whole).

use std::io::{BufRead, BufReader, Cursor, Read};
use std::ops::ControlFlow;

use curbside_core::contacts::{self, ContactFilter};
use curbside_core::db;
use curbside_core::import::{import, import_calendars, CalendarSource, ImportSummary, Source};
use curbside_core::interop::ics::read_events;
use curbside_core::interop::{google, outlook, vcard};
use jiff::Timestamp;
use rusqlite::Connection;

/// A reader over generated text that counts how many bytes were taken.
struct Counted<R> {
    inner: R,
    taken: std::rc::Rc<std::cell::Cell<usize>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.taken.set(self.taken.get() + n);
        Ok(n)
    }
}

fn import_vcard(conn: &mut Connection, text: impl BufRead + 'static) -> ImportSummary {
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(vcard::read_cards(text)),
    };
    import(conn, vec![source], true, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap()
}

fn card(lines: &[String]) -> String {
    let mut text = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    for line in lines {
        text.push_str(line);
        text.push_str("\r\n");
    }
    text.push_str("END:VCARD\r\n");
    text
}

fn only_contact(conn: &Connection) -> contacts::Contact {
    let list = contacts::list(conn, &ContactFilter::default()).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    contacts::get(conn, list[0].id).unwrap()
}

#[test]
fn a_card_with_100000_emails_is_refused_by_its_count_and_the_next_card_still_imports() {
    let mut lines = vec!["FN:Many Emails".to_owned()];
    lines.extend((0..100_000).map(|i| format!("EMAIL:a{i}@example.org")));
    let text = card(&lines) + &card(&["FN:Dr. Next One".to_owned()]);
    let mut cards = vcard::read_cards(Cursor::new(text.clone()));
    let refused = cards.next().unwrap().unwrap_err();
    assert_eq!(refused.line, 1);
    assert!(
        refused.message.contains("more than 5000 properties"),
        "{}",
        refused.message
    );
    assert_eq!(cards.next().unwrap().unwrap().display_name, "Dr. Next One");

    let mut conn = db::open_in_memory().unwrap();
    let summary = import_vcard(&mut conn, Cursor::new(text));
    assert_eq!((summary.created, summary.skipped), (1, 1), "{summary:?}");
    assert_eq!(only_contact(&conn).display_name, "Dr. Next One");
}

#[test]
fn a_card_with_thousands_of_emails_under_the_property_limit_is_refused_by_the_contact_limit() {
    let mut lines = vec!["FN:Many Emails".to_owned()];
    lines.extend((0..4_000).map(|i| format!("EMAIL:a{i}@example.org")));
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_vcard(&mut conn, Cursor::new(card(&lines)));
    assert_eq!(summary.skipped, 1, "{summary:?}");
    assert_eq!(
        summary.errors[0].message,
        "A contact can have at most 50 of these; 4000 were given"
    );
}

#[test]
fn thousands_of_words_in_email_fields_go_to_the_notes_once_each() {
    let mut lines = vec!["FN:Wordy".to_owned()];
    // Each twice: the notes keep one of each.
    lines.extend((0..2_000).map(|i| format!("EMAIL:word {}", i % 1_000)));
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_vcard(&mut conn, Cursor::new(card(&lines)));
    assert_eq!(summary.created, 1, "{summary:?}");
    assert_eq!(summary.warnings.len(), 2_000);
    let notes = only_contact(&conn).notes;
    assert_eq!(notes.lines().count(), 1_000);
    assert_eq!(notes.lines().next(), Some("Email: word 0"));
}

#[test]
fn a_line_of_hundreds_of_megabytes_is_never_read_whole() {
    // 300 MB of one PHOTO line, generated as it is read: the card is kept
    // without it, with a warning, and the reader never holds the line.
    let huge = std::iter::repeat_n(b'A', 300 << 20);
    let start = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
    let end = b"\r\nEMAIL:big@example.org\r\nEND:VCARD\r\n";
    let bytes: Vec<u8> = start
        .iter()
        .copied()
        .chain(huge)
        .chain(end.iter().copied())
        .collect();
    let taken = std::rc::Rc::new(std::cell::Cell::new(0));
    let reader = BufReader::new(Counted {
        inner: Cursor::new(bytes),
        taken: taken.clone(),
    });
    let card = vcard::read_cards(reader).next().unwrap().unwrap();
    assert_eq!(
        taken.get(),
        start.len() + (300 << 20) + end.len(),
        "all read"
    );
    assert!(card.photo.is_none());
    assert_eq!(card.emails[0].value, "big@example.org");
    assert_eq!(card.notices.len(), 1);
    assert_eq!(card.notices[0].line, 4);
    assert_eq!(
        card.notices[0].message,
        "the PHOTO on this line is over 8 MB: left out"
    );
}

#[test]
fn a_photo_over_the_limit_is_left_out_with_a_warning_and_the_contact_is_kept() {
    let base64 = "A".repeat(9 << 20); // 6.75 MB of image
    let lines = vec![
        "FN:Dr. Photo".to_owned(),
        format!("PHOTO;ENCODING=b;TYPE=JPEG:{base64}"),
        "EMAIL:photo@example.org".to_owned(),
    ];
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_vcard(&mut conn, Cursor::new(card(&lines)));
    assert_eq!(summary.created, 1, "{summary:?}");
    assert_eq!(summary.warnings.len(), 1, "{summary:?}");
    assert_eq!(summary.warnings[0].line, 4);
    assert_eq!(
        summary.warnings[0].message,
        "the PHOTO on this line is over 8 MB: left out"
    );
    let contact = only_contact(&conn);
    assert!(!contact.has_photo);
    assert_eq!(contact.emails, ["photo@example.org"]);
}

#[test]
fn a_file_that_is_one_long_line_is_still_no_vcard_file() {
    let text = "x".repeat(20 << 20);
    let mut cards = vcard::read_cards(Cursor::new(text));
    let error = cards.next().unwrap().unwrap_err();
    assert!(error.message.contains("not a vCard file"), "{error}");
    assert!(cards.next().is_none());
}

#[test]
fn impossible_vcard_dates_are_kept_in_the_notes_with_a_warning() {
    let lines = ["FN:Feb Thirty", "BDAY:2026-02-30", "ANNIVERSARY:2020-13-01"].map(str::to_owned);
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_vcard(&mut conn, Cursor::new(card(&lines)));
    let warnings: Vec<(usize, &str)> = summary
        .warnings
        .iter()
        .map(|w| (w.line, w.message.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                4,
                "Birthday \"2026-02-30\" is not a date: kept in the notes"
            ),
            (
                5,
                "Anniversary \"2020-13-01\" is not a date: kept in the notes"
            ),
        ]
    );
    let contact = only_contact(&conn);
    assert_eq!(contact.birthday, None);
    assert_eq!(
        contact.notes,
        "Birthday (as written): 2026-02-30\nAnniversary (as written): 2020-13-01"
    );
}

#[test]
fn an_impossible_google_birthday_is_kept_in_the_notes_with_a_warning() {
    let csv = "Name,Given Name,Family Name,Birthday,Notes\n\
               Ana Ruiz,Ana,Ruiz,30 Feb 2026,\n";
    let cards: Vec<_> = google::read_cards(csv.as_bytes()).unwrap().collect();
    let card = cards[0].as_ref().unwrap();
    assert_eq!(card.birthday, None);
    assert_eq!(card.notes, "Birthday (as written): 30 Feb 2026");
    assert_eq!(card.notices.len(), 1);
    assert_eq!(card.notices[0].line, 2);
    assert_eq!(
        card.notices[0].message,
        "Birthday \"30 Feb 2026\" is not a date: kept in the notes"
    );
}

#[test]
fn an_impossible_outlook_birthday_is_a_warning_as_well_as_a_note() {
    let csv = "\"First Name\",\"Last Name\",\"E-mail Address\",\"Birthday\"\r\n\
               \"Ana\",\"Ruiz\",\"ana@example.org\",\"2/31/1980\"\r\n";
    let cards: Vec<_> = outlook::read_cards(Cursor::new(csv.as_bytes().to_vec()))
        .unwrap()
        .collect();
    let card = cards[0].as_ref().unwrap();
    assert_eq!(card.notes, "Birthday (as written): 2/31/1980");
    assert_eq!(
        card.notices[0].message,
        "Birthday \"2/31/1980\" is not a date: kept in the notes"
    );
}

#[test]
fn a_csv_row_of_many_megabytes_stops_the_reading_before_it_is_held_whole() {
    let mut csv = b"Name,Given Name,Notes\nAna Ruiz,Ana,\"".to_vec();
    csv.extend(std::iter::repeat_n(b'x', 64 << 20));
    csv.extend(b"\"\nBo Li,Bo,\n");
    let taken = std::rc::Rc::new(std::cell::Cell::new(0));
    let reader = Counted {
        inner: Cursor::new(csv),
        taken: taken.clone(),
    };
    let results: Vec<_> = google::read_cards(reader).unwrap().collect();
    let error = results.last().unwrap().as_ref().unwrap_err();
    assert!(error.message.contains("longer than 4 MB"), "{error}");
    assert!(taken.get() < 8 << 20, "read {} bytes", taken.get());
}

#[test]
fn a_csv_row_with_thousands_of_cells_is_one_bad_row() {
    let mut csv = String::from("Name,Given Name\nAna Ruiz,Ana\n");
    csv.push_str(&",".repeat(5_000));
    csv.push_str("\nBo Li,Bo\n");
    let results: Vec<_> = google::read_cards(csv.as_bytes()).unwrap().collect();
    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(results[0].as_ref().unwrap().display_name, "Ana Ruiz");
    let error = results[1].as_ref().unwrap_err();
    assert_eq!(error.line, 3);
    assert!(error.message.contains("5001 cells"), "{error}");
    assert_eq!(results[2].as_ref().unwrap().display_name, "Bo Li");
}

fn import_ics(text: Vec<u8>) -> (Connection, ImportSummary) {
    let mut conn = db::open_in_memory().unwrap();
    let source = CalendarSource {
        file: "calendar.ics".into(),
        entries: Box::new(read_events(Cursor::new(text))),
    };
    let now = "2026-01-15T12:00:00Z".parse().unwrap();
    let summary = import_calendars(&mut conn, vec![source], true, now, |_| {
        ControlFlow::Continue(())
    })
    .unwrap();
    (conn, summary)
}

fn calendar(events: &[String]) -> Vec<u8> {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for event in events {
        text.push_str(event);
    }
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

fn event(uid: &str, extra: &str) -> String {
    format!(
        "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20260101T090000Z\r\nDTEND:20260101T100000Z\r\n\
         RRULE:FREQ=DAILY;COUNT=10\r\nSUMMARY:{uid}\r\n{extra}END:VEVENT\r\n"
    )
}

#[test]
fn an_exdate_line_of_a_million_values_is_refused_unread_and_the_next_event_imports() {
    let values: Vec<String> = (0..1_000_000)
        .map(|i| format!("2026{:02}{:02}T090000Z", 1 + (i / 28) % 12, 1 + i % 28))
        .collect();
    let exdate = format!("EXDATE:{}\r\n", values.join(","));
    let (_, summary) = import_ics(calendar(&[event("huge", &exdate), event("fine", "")]));
    assert_eq!((summary.created, summary.skipped), (1, 1), "{summary:?}");
    assert_eq!(summary.errors[0].line, 9, "the EXDATE line");
    assert!(
        summary.errors[0].message.contains("longer than 1 MB"),
        "{:?}",
        summary.errors
    );
}

#[test]
fn more_excluded_dates_than_a_series_holds_are_refused_before_any_is_read() {
    // Under the line limit, over the count: 20,000 values in folded lines.
    let values: Vec<String> = (0..20_000)
        .map(|i| format!("2026{:02}{:02}T090000Z", 1 + (i / 28) % 12, 1 + i % 28))
        .collect();
    let exdate = values
        .chunks(1_000)
        .map(|chunk| format!("EXDATE:{}\r\n", chunk.join(",")))
        .collect::<String>();
    let (_, summary) = import_ics(calendar(&[event("many", &exdate), event("fine", "")]));
    assert_eq!((summary.created, summary.skipped), (1, 1), "{summary:?}");
    assert!(
        summary.errors[0]
            .message
            .starts_with("the event excludes 20000 dates (EXDATE); at most 10000 are read"),
        "{:?}",
        summary.errors
    );
}

#[test]
fn a_card_of_many_long_properties_is_refused_by_its_total_size() {
    // Each note under the line limit; together over the card's.
    let note = format!("NOTE:{}", "n".repeat(7 << 20));
    let lines = ["FN:Long Notes".to_owned(), note.clone(), note.clone(), note];
    let text = card(&lines) + &card(&["FN:Dr. Next One".to_owned()]);
    let mut cards = vcard::read_cards(Cursor::new(text));
    let Some(Err(refused)) = cards.next() else {
        panic!("a card of 21 MB was accepted");
    };
    assert!(
        refused.message.contains("16 MB of text"),
        "{}",
        refused.message
    );
    assert_eq!(cards.next().unwrap().unwrap().display_name, "Dr. Next One");
}

#[test]
fn an_event_of_many_long_lines_is_refused_by_its_total_size() {
    let line = format!("DESCRIPTION:{}\r\n", "d".repeat(900_000));
    let (_, summary) = import_ics(calendar(&[
        event("long", &line.repeat(6)),
        event("fine", ""),
    ]));
    assert_eq!((summary.created, summary.skipped), (1, 1), "{summary:?}");
    assert!(
        summary.errors[0].message.contains("more than 4 MB of text"),
        "{:?}",
        summary.errors
    );
}
