//! How fast search finds people in a large contact book: `search::search`
//! for the top 50 over 100,000 contacts with 1,000,000 interactions, in an
//! encrypted database, for the kinds of query people type. The target is
//! under 10 ms at the median for every query.
//!
//! The baseline, measured in the same run, is SQLite alone: the same FTS5
//! match expression, first 50 row ids, unranked. After divan's figures a
//! table gives, for each query, the medians of search and of the baseline
//! from interleaved rounds, and their ratio.
//!
//! `cargo bench -p curbside-core --bench search`

mod common;

use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use common::book::{self, BookSize};
use curbside_core::db::Connection;
use curbside_core::search;
use divan::Bencher;
use unicode_normalization::UnicodeNormalization;

/// One and two letters (search as you type), a full surname, a specialty, a
/// word found only in interaction notes, two words, an accented name.
const QUERIES: &[&str] = &[
    "a",
    "m",
    "ok",
    "mu",
    "okafor",
    "cardio",
    "denervation",
    "jana charite",
    "müller",
];

const LIMIT: u32 = 50;
const TARGET: Duration = Duration::from_millis(10);

fn size() -> BookSize {
    if common::benchmarking() {
        BookSize::FULL
    } else {
        BookSize::SMOKE
    }
}

static BOOK: LazyLock<Mutex<Connection>> = LazyLock::new(|| {
    let size = size();
    let started = std::time::Instant::now();
    let (conn, built) = book::open_or_build(size);
    if built {
        eprintln!(
            "built the book ({} contacts, {} interactions) in {}: {}",
            size.contacts,
            size.interactions(),
            common::show(started.elapsed()),
            book::path(size).display()
        );
    }
    Mutex::new(conn)
});

fn main() {
    // Build or open the book before divan starts its clock.
    LazyLock::force(&BOOK);
    divan::main();
    if common::benchmarking() {
        ratio_table();
    }
}

/// `search::search`, top 50, with each contact read whole.
#[divan::bench(args = QUERIES, sample_count = 40, max_time = 6)]
fn search_top_50(bencher: Bencher, query: &str) {
    let conn = BOOK.lock().unwrap();
    bencher.bench_local(|| search::search(&conn, query, LIMIT).unwrap());
}

/// Baseline: SQLite FTS5 alone, the same match expression, first 50 ids.
#[divan::bench(args = QUERIES, sample_count = 40, max_time = 6)]
fn raw_fts5_first_50(bencher: Bencher, query: &str) {
    let conn = BOOK.lock().unwrap();
    let expression = match_expression(query);
    bencher.bench_local(|| raw_first_50(&conn, &expression));
}

fn raw_first_50(conn: &Connection, expression: &str) -> Vec<i64> {
    let mut statement = conn
        .prepare_cached("SELECT rowid FROM contact_search WHERE contact_search MATCH ?1 LIMIT 50")
        .unwrap();
    let rows = statement.query_map([expression], |row| row.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The FTS5 expression `search::search` builds: each folded word as a
/// quoted prefix.
fn match_expression(query: &str) -> String {
    let folded: String = query
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn ratio_table() {
    let conn = BOOK.lock().unwrap();
    let size = size();
    let bytes = std::fs::metadata(book::path(size)).map_or(0, |m| m.len());
    println!();
    println!(
        "search vs. raw FTS5, medians of interleaved rounds; {} contacts, {} interactions, encrypted, {:.0} MB",
        size.contacts,
        size.interactions(),
        bytes as f64 / 1e6
    );
    println!(
        "{:<14} {:>8} {:>10} {:>11} {:>8} {:>7}",
        "query", "matches", "search", "raw FTS5", "ratio", "< 10 ms"
    );
    for query in QUERIES {
        let expression = match_expression(query);
        let matches: i64 = conn
            .query_row(
                "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?1",
                [&expression],
                |row| row.get(0),
            )
            .unwrap();
        let medians = common::paired_medians(
            &mut [
                &mut || common::time(|| drop(search::search(&conn, query, LIMIT).unwrap())),
                &mut || common::time(|| drop(raw_first_50(&conn, &expression))),
            ],
            15,
            Duration::from_secs(3),
        );
        let (search, raw) = (medians[0], medians[1]);
        println!(
            "{:<14} {:>8} {:>10} {:>11} {:>7.1}x {:>7}",
            format!("\"{query}\""),
            matches,
            common::show(search),
            common::show(raw),
            search.as_secs_f64() / raw.as_secs_f64(),
            if search < TARGET { "yes" } else { "NO" }
        );
    }
    println!();
    println!(
        "columns: search = search::search top 50, contacts read whole; raw FTS5 = the baseline"
    );
}
