//! The entry points the fuzz targets (`fuzz/` at the repository's root) and
//! the corpus replay test (`tests/it/fuzz_corpus.rs`) share: each takes any
//! bytes as a file of its format and runs them through the same readers
//! and import an `import` of that file runs, into a database in memory.
//! Whatever the bytes, none may panic, and each is bounded by the readers'
//! limits (line length, properties per card, cells per row, values per
//! property), not by time.
//!
//! Not part of Curbside's API: hidden from its documentation.

use std::cell::RefCell;
use std::io::Cursor;
use std::ops::ControlFlow;

use jiff::Timestamp;
use rusqlite::Connection;

use crate::import::{self, CalendarSource, Source};
use crate::interop::{google, ics, linkedin, outlook, vcard, Card, ParseError};

/// Inputs after which the scratch database is made anew, so that a long
/// fuzzing run does not slow down as contacts pile up.
const INPUTS_PER_DATABASE: u32 = 500;

thread_local! {
    static SCRATCH: RefCell<Option<(Connection, u32)>> = const { RefCell::new(None) };
}

/// Runs `work` on this thread's scratch database.
fn with_scratch(work: impl FnOnce(&mut Connection)) {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        if scratch
            .as_ref()
            .is_none_or(|(_, used)| *used >= INPUTS_PER_DATABASE)
        {
            let conn = crate::db::open_in_memory().expect("a database in memory opens");
            *scratch = Some((conn, 0));
        }
        if let Some((conn, used)) = scratch.as_mut() {
            *used += 1;
            work(conn);
        }
    });
}

fn now() -> Timestamp {
    Timestamp::from_second(1_767_225_600).expect("2026-01-01 is a time")
}

/// Imports the cards, skipping bad ones; then writes each good one back
/// out as a vCard, as an export would.
fn import_cards(cards: Vec<Result<Card, ParseError>>) {
    for card in cards.iter().flatten() {
        let mut out = Vec::new();
        let _ = vcard::write_card(card, vcard::VcardVersion::V4, &mut out);
    }
    with_scratch(|conn| {
        let source = Source {
            file: "fuzz".into(),
            cards: Box::new(cards.into_iter()),
        };
        let _ = import::import(conn, vec![source], true, now(), |_| {
            ControlFlow::Continue(())
        });
    });
}

/// A vCard file.
pub fn vcard(data: &[u8]) {
    import_cards(vcard::read_cards(Cursor::new(data)).collect());
}

/// A contacts CSV: the first byte picks the reader (Google, Outlook,
/// LinkedIn), the rest is the file.
pub fn contacts_csv(data: &[u8]) {
    let Some((&pick, file)) = data.split_first() else {
        return;
    };
    let cards: Vec<_> = match pick % 3 {
        0 => match google::read_cards(file) {
            Ok(cards) => cards.collect(),
            Err(error) => vec![Err(error)],
        },
        1 => match outlook::read_cards(Cursor::new(file.to_vec())) {
            Ok(cards) => cards.collect(),
            Err(error) => vec![Err(error)],
        },
        _ => match linkedin::read_cards(file) {
            Ok(cards) => cards.collect(),
            Err(error) => vec![Err(error)],
        },
    };
    import_cards(cards);
}

/// An iCalendar file.
pub fn icalendar(data: &[u8]) {
    with_scratch(|conn| {
        let source = CalendarSource {
            file: "fuzz".into(),
            entries: Box::new(ics::read_events(Cursor::new(data))),
        };
        let _ = import::import_calendars(conn, vec![source], true, now(), |_| {
            ControlFlow::Continue(())
        });
    });
}

/// A whole book (`export --format json`): read and checked with no
/// database, then imported into an empty one, as `import book.json` does.
pub fn book_json(data: &[u8]) {
    let _ = crate::book::read(Cursor::new(data));
    // A book goes only into an empty book: a new one for each input.
    let mut conn = crate::db::open_in_memory().expect("a database in memory opens");
    let _ = crate::book::import(&mut conn, Cursor::new(data));
}
