//! How fast search finds people in a large contact book: `search::search`
//! for the top 50 over 100,000 contacts with 1,000,000 interactions, in an
//! encrypted database, for the kinds of query people type. The target is
//! under 10 ms at the median for every query.
//!
//! The baseline, measured in the same run, is SQLite alone: the same FTS5
//! match expression, first 50 row ids, unranked. After divan's figures a
//! table gives, for each query, the medians of search, the baseline, the
//! bm25-ranked candidate query inside search with and without its join to
//! `contacts` (to show where the time goes), from interleaved rounds, and the
//! ratio of search to the baseline.
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

/// The candidate query inside `search::search` as it stands: every match
/// scored by bm25 and joined to its name, best 200.
fn ranked_candidates(conn: &Connection, expression: &str) -> Vec<i64> {
    let mut statement = conn
        .prepare_cached(
            "SELECT s.rowid, c.display_name FROM contact_search s JOIN contacts c ON c.id = s.rowid
             WHERE contact_search MATCH ?1
             ORDER BY bm25(contact_search, 10.0, 4.0, 3.0, 3.0, 1.0, 1.0), c.display_name COLLATE NOCASE
             LIMIT 200",
        )
        .unwrap();
    let rows = statement.query_map([expression], |row| row.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The same ranking by FTS5 alone, without the join to `contacts` that the
/// tie-break on the name needs: how much of the time is bm25 itself.
fn bm25_only(conn: &Connection, expression: &str) -> Vec<i64> {
    let mut statement = conn
        .prepare_cached(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?1
             ORDER BY bm25(contact_search, 10.0, 4.0, 3.0, 3.0, 1.0, 1.0) LIMIT 200",
        )
        .unwrap();
    let rows = statement.query_map([expression], |row| row.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// SQLite's plan for the candidate query, to print under the table.
fn candidate_plan(conn: &Connection) -> Vec<String> {
    let mut statement = conn
        .prepare(
            "EXPLAIN QUERY PLAN SELECT s.rowid, c.display_name FROM contact_search s JOIN contacts c ON c.id = s.rowid
             WHERE contact_search MATCH ?1
             ORDER BY bm25(contact_search, 10.0, 4.0, 3.0, 3.0, 1.0, 1.0), c.display_name COLLATE NOCASE
             LIMIT 200",
        )
        .unwrap();
    let rows = statement
        .query_map(["\"a\"*"], |row| row.get::<_, String>(3))
        .unwrap();
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
        "{:<14} {:>8} {:>10} {:>11} {:>8} {:>13} {:>13} {:>7}",
        "query",
        "matches",
        "search",
        "raw FTS5",
        "ratio",
        "+join top 200",
        "bm25 top 200",
        "< 10 ms"
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
                &mut || common::time(|| drop(ranked_candidates(&conn, &expression))),
                &mut || common::time(|| drop(bm25_only(&conn, &expression))),
            ],
            15,
            Duration::from_secs(3),
        );
        let (search, raw, ranked, bm25) = (medians[0], medians[1], medians[2], medians[3]);
        println!(
            "{:<14} {:>8} {:>10} {:>11} {:>7.1}x {:>13} {:>13} {:>7}",
            format!("\"{query}\""),
            matches,
            common::show(search),
            common::show(raw),
            search.as_secs_f64() / raw.as_secs_f64(),
            common::show(ranked),
            common::show(bm25),
            if search < TARGET { "yes" } else { "NO" }
        );
    }
    println!();
    println!(
        "columns: search = search::search top 50, contacts read whole; raw FTS5 = the baseline;"
    );
    println!("+join top 200 = the bm25-ranked candidate query inside search; bm25 top 200 = the same without the join");
    println!("plan of the candidate query:");
    for line in candidate_plan(&conn) {
        println!("  {line}");
    }
}
