//! A re-import over an existing book: 20,000 cards from an address book
//! export into the 100,000-contact book of the search benchmark (a copy of
//! it, so the cached book stays as it was): 18,000 of the book's own
//! people (the same UIDs, a tenth of them with a new title) and 2,000 new
//! ones. Each card is matched against the stored people, and the import
//! writes a backup of the book first, as the app's import does.

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use crate::common::book::{self, BookSize};
use crate::common::people::{self, NEW_TITLE};
use curbside_core::db::Connection;
use curbside_core::import::{self, ImportSummary, Source};
use curbside_core::interop::Card;

/// The book, and how many cards match its people and how many are new.
pub fn sizes() -> (BookSize, usize, usize) {
    if crate::common::benchmarking() {
        (BookSize::FULL, 18_000, 2_000)
    } else {
        (BookSize::SMOKE, 180, 20)
    }
}

/// The cards, in the order an export would list them.
pub fn cards() -> Vec<Card> {
    let (book, matching, new) = sizes();
    people::reimport_cards(book.contacts, matching, new)
}

/// A copy of the book in a new temporary folder, built first if need be.
pub fn book_copy() -> (tempfile::TempDir, Connection) {
    let (size, ..) = sizes();
    drop(book::open_or_build(size));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let conn = book::open_copy(size, dir.path());
    (dir, conn)
}

fn count(conn: &Connection, sql: &str) -> usize {
    conn.query_row(sql, [], |row| row.get::<_, i64>(0)).unwrap() as usize
}

/// Imports `cards` over the book and checks what was stored: every
/// matching card found its person (none duplicated), the changed titles
/// stored, every card counted, the book grown by exactly the people
/// created.
pub fn reimport(conn: &mut Connection, cards: Vec<Card>) -> ImportSummary {
    let (_, matching, new) = sizes();
    let before = count(conn, "SELECT count(*) FROM contacts");
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(cards.into_iter().map(Ok)),
    };
    let summary = import::import(conn, vec![source], false, crate::now(), |_| {
        ControlFlow::Continue(())
    })
    .expect("the re-import succeeds");
    let stored = (summary.created + summary.updated + summary.unchanged) as usize;
    assert_eq!(stored, matching + new, "every card is stored: {summary:?}");
    assert_eq!(summary.skipped, 0, "no card is skipped");
    // New people may merge with a stored one of the same name at the same
    // hospital; the book's own people must never come in again.
    assert!(
        summary.created as usize <= new
            && (summary.updated + summary.unchanged) as usize >= matching,
        "the book's own people are matched, not added: {summary:?}"
    );
    assert_eq!(
        count(conn, "SELECT count(*) FROM contacts"),
        before + summary.created as usize,
        "the book grew by the people created"
    );
    // A new card merged into a stored person gives them its own title,
    // which may replace a new one given earlier in the file.
    let titled = count(
        conn,
        &format!("SELECT count(*) FROM contacts WHERE title = '{NEW_TITLE}'"),
    );
    let changed = matching.div_ceil(10);
    let merged = new - summary.created as usize;
    assert!(
        titled <= changed && titled + merged >= changed,
        "the changed titles are stored: {titled} of {changed} ({merged} new cards merged)"
    );
    summary
}

/// The median of `rounds` re-imports, each into its own copy (copying is
/// not timed), and the last one's summary.
pub fn median(rounds: usize) -> (Duration, ImportSummary) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..rounds {
        let cards = cards();
        let (_dir, mut conn) = book_copy();
        let started = Instant::now();
        last = Some(reimport(&mut conn, cards));
        times.push(started.elapsed());
    }
    times.sort_unstable();
    (times[times.len() / 2], last.expect("at least one round"))
}
