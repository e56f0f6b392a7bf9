//! How fast contacts come in: `import::import` of 20,000 cards into a fresh
//! encrypted database, matching, storing and indexing each one, from cards
//! already in memory and from a vCard 3.0 stream parsed on the way. The
//! target is at least 10,000 contacts per second.
//!
//! Beside it, a re-import of 20,000 cards over the 100,000-contact book of
//! the search benchmark, most of them its own people ([`reimport`]). Every
//! import checks what it stored.
//!
//! The baseline, measured in the same run, is SQLite alone: a plain
//! `INSERT INTO contacts (display_name, created_at, updated_at)` of the same
//! names in one transaction. After divan's figures a table gives the
//! medians of interleaved rounds, contacts per second and the ratios.
//!
//! `cargo bench -p curbside-core --bench import`

mod common;
#[path = "import/reimport.rs"]
mod reimport;

use std::ops::ControlFlow;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use common::FreshDb;
use curbside_core::db::Connection;
use curbside_core::import::{self, ImportSummary, Source};
use curbside_core::interop::{vcard, Card, ParseError};
use divan::counter::ItemsCount;
use divan::Bencher;

const TARGET_PER_SECOND: f64 = 10_000.0;

fn count() -> usize {
    if common::benchmarking() {
        20_000
    } else {
        200
    }
}

static CARDS: LazyLock<Vec<Card>> = LazyLock::new(|| common::people::cards(count()));

/// The same cards as an address book's vCard 3.0 export.
static VCARDS: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for card in CARDS.iter() {
        vcard::write_card(card, vcard::VcardVersion::V3, &mut out).unwrap();
    }
    out
});

fn main() {
    LazyLock::force(&VCARDS);
    divan::main();
    if common::benchmarking() {
        ratio_table();
    }
}

pub(crate) fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_767_225_600).unwrap()
}

fn import_all(
    conn: &mut Connection,
    cards: Box<dyn Iterator<Item = Result<Card, ParseError>> + '_>,
) -> ImportSummary {
    let source = Source {
        file: "contacts.vcf".into(),
        cards,
    };
    let summary = import::import(conn, vec![source], false, now(), |_| {
        ControlFlow::Continue(())
    })
    .expect("the import succeeds");
    // A few made-up people share a name and an institution, and import
    // merges them as the same person; none may be skipped.
    let stored = summary.created + summary.updated + summary.unchanged;
    assert_eq!(stored as usize, count(), "every card is stored");
    let rows: i64 = conn
        .query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))
        .unwrap();
    assert_eq!(
        rows,
        i64::from(summary.created),
        "each person created is one row"
    );
    let indexed: i64 = conn
        .query_row("SELECT count(*) FROM contact_search", [], |row| row.get(0))
        .unwrap();
    assert_eq!(indexed, rows, "every person is in the search index");
    summary
}

fn import_cards(conn: &mut Connection, cards: Vec<Card>) {
    import_all(conn, Box::new(cards.into_iter().map(Ok)));
}

fn import_vcards(conn: &mut Connection, bytes: &[u8]) {
    import_all(conn, Box::new(vcard::read_cards(bytes)));
}

/// Baseline: the same names, one bare row each, one transaction.
fn raw_insert(conn: &mut Connection, cards: &[Card]) {
    let now = now().to_string();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO contacts (display_name, created_at, updated_at) VALUES (?1, ?2, ?2)",
            )
            .unwrap();
        for card in cards {
            insert.execute([&card.display_name, &now]).unwrap();
        }
    }
    tx.commit().unwrap();
}

/// `import::import` of cards already in memory.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_cards_into_new_book(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(count()))
        .with_inputs(|| (FreshDb::new(), CARDS.clone()))
        .bench_local_values(|(mut db, cards)| {
            import_cards(&mut db.conn, cards);
            db
        });
}

/// Reading a vCard stream and importing it.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_vcard_stream_into_new_book(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(count()))
        .with_inputs(FreshDb::new)
        .bench_local_values(|mut db| {
            import_vcards(&mut db.conn, &VCARDS);
            db
        });
}

/// 20,000 cards over the 100,000-contact book, 18,000 of them its own
/// people.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn reimport_over_100k_book(bencher: Bencher) {
    let (_, matching, new) = reimport::sizes();
    bencher
        .counter(ItemsCount::new(matching + new))
        .with_inputs(|| (reimport::book_copy(), reimport::cards()))
        .bench_local_values(|((dir, mut conn), cards)| {
            reimport::reimport(&mut conn, cards);
            (dir, conn)
        });
}

/// Baseline: bare inserts of the same names.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn raw_insert_baseline(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(count()))
        .with_inputs(FreshDb::new)
        .bench_local_values(|mut db| {
            raw_insert(&mut db.conn, &CARDS);
            db
        });
}

fn ratio_table() {
    let timed = |f: &dyn Fn(&mut Connection)| {
        let mut db = FreshDb::new();
        let started = Instant::now();
        f(&mut db.conn);
        started.elapsed()
    };
    let medians = common::paired_medians(
        &mut [
            &mut || {
                let cards = CARDS.clone();
                let mut db = FreshDb::new();
                let started = Instant::now();
                import_cards(&mut db.conn, cards);
                started.elapsed()
            },
            &mut || timed(&|conn| import_vcards(conn, &VCARDS)),
            &mut || timed(&|conn| raw_insert(conn, &CARDS)),
        ],
        3,
        Duration::from_secs(20),
    );
    let n = count() as f64;
    let baseline = medians[2];
    println!();
    println!(
        "import vs. raw INSERT, medians of interleaved rounds; {} contacts into a new encrypted database",
        count()
    );
    println!(
        "{:<24} {:>9} {:>14} {:>8} {:>10}",
        "", "time", "contacts/s", "ratio", ">= 10,000/s"
    );
    let (book, matching, new) = reimport::sizes();
    let (reimported, summary) = reimport::median(3);
    assert_eq!(
        matching + new,
        count(),
        "the re-import's cards are as many as the new book's"
    );
    for (name, time, has_target) in [
        ("import (cards)", medians[0], true),
        ("vCard parse + import", medians[1], true),
        ("raw INSERT (baseline)", baseline, false),
        ("re-import over the book", reimported, false),
    ] {
        let per_second = n / time.as_secs_f64();
        println!(
            "{:<24} {:>9} {:>14.0} {:>7.1}x {:>10}",
            name,
            common::show(time),
            per_second,
            time.as_secs_f64() / baseline.as_secs_f64(),
            match (has_target, per_second >= TARGET_PER_SECOND) {
                (false, _) => "-",
                (true, true) => "yes",
                (true, false) => "NO",
            }
        );
    }
    println!(
        "re-import: {} cards ({matching} of the book's {} people, a tenth with a new title; {new} new) \
         over the encrypted book with its {} interactions, the backup before it included: \
         {} created, {} updated, {} unchanged (median of 3, each into a copy)",
        matching + new,
        book.contacts,
        book.interactions(),
        summary.created,
        summary.updated,
        summary.unchanged
    );
}
