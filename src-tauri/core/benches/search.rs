//! How fast search finds people in a large contact book: `search::search`
//! for the top 50 over 100,000 contacts with 1,000,000 interactions, in an
//! encrypted database, for the kinds of query people type. The target is
//! under 10 ms at the median for every query.
//!
//! Before anything is timed, every query's answer is checked against one
//! worked out without the search code (`common::search_checks`), so a
//! broken search fails here instead of looking fast.
//!
//! The baseline, measured in the same run, is SQLite alone: the same FTS5
//! match expression, first 50 row ids, unranked. After divan's figures a
//! table gives, for each query, the medians of search and of the baseline
//! from interleaved rounds, their ratio and which part of search answered
//! (the name index or FTS5); then the mixed queries (`common::search_mix`,
//! each once on a new connection, then again) and the first query after
//! unlock (the book opened anew, as the app opens it, then one query).
//!
//! `cargo bench -p curbside-core --bench search`

mod common;
#[path = "search/mix.rs"]
mod mix;

use std::collections::BTreeMap;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use common::book::{self, BookSize};
use common::search_checks::{self, match_expression, Answered, Names};
use common::search_mix;
use curbside_core::contacts::Contact;
use curbside_core::db::Connection;
use curbside_core::search;
use divan::Bencher;

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
/// How many hits the app asks for at each keystroke (`SEARCH_LIMIT`).
const APP_LIMIT: u32 = 200;
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

/// How each checked query was answered, for the tables.
static ANSWERED: Mutex<BTreeMap<String, Answered>> = Mutex::new(BTreeMap::new());

/// Every contact's folded name, for the checks.
static NAMES: LazyLock<Names> = LazyLock::new(|| Names::read(&BOOK.lock().unwrap()));

fn main() {
    // Build or open the book, and check every answer, before divan starts
    // its clock.
    LazyLock::force(&BOOK);
    LazyLock::force(&NAMES);
    check_answers();
    divan::main();
    if common::benchmarking() {
        ratio_table();
    }
    mix::mixed_table();
    mix::cold_table();
}

/// `search::search` for `query`, checked; how it was answered.
fn search_checked(conn: &Connection, query: &str) -> (Vec<Contact>, Answered) {
    let found = search::search(conn, query, LIMIT).unwrap();
    let answered = search_checks::check(conn, &NAMES, query, LIMIT as usize, &found);
    ANSWERED.lock().unwrap().insert(query.to_owned(), answered);
    (found, answered)
}

/// Every query's answer, and what the named ones must hold: "okafor" the
/// Okafors first (as many as the book has, up to 50), "denervation" only
/// people whose interaction notes mention it, found by FTS5.
fn check_answers() {
    let conn = BOOK.lock().unwrap();
    for query in QUERIES {
        search_checked(&conn, query);
    }
    let (found, _) = search_checked(&conn, "okafor");
    let okafors: usize = conn
        .query_row(
            "SELECT count(*) FROM contacts WHERE family_name = 'Okafor'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let first = okafors.min(LIMIT as usize);
    assert!(first > 0, "the book has Okafors");
    assert!(
        found[..first].iter().all(|c| c.name.family == "Okafor"),
        "\"okafor\": the {first} first are not the Okafors"
    );
    let (found, answered) = search_checked(&conn, "denervation");
    assert_eq!(answered, Answered::Fts5, "\"denervation\" is in notes only");
    assert!(!found.is_empty(), "\"denervation\" finds people");
    for contact in &found {
        assert!(
            search_checks::interaction_mentions(&conn, contact.id, "denervation"),
            "\"denervation\": {} has no interaction mentioning it",
            contact.display_name
        );
    }
    for query in QUERIES {
        let lines: Vec<_> = search::search_lines(&conn, query, APP_LIMIT)
            .unwrap()
            .into_iter()
            .map(|hit| hit.line.id)
            .collect();
        let whole: Vec<_> = search::search(&conn, query, APP_LIMIT)
            .unwrap()
            .into_iter()
            .map(|contact| contact.id)
            .collect();
        assert_eq!(
            lines, whole,
            "\"{query}\": the lines are not the contacts found"
        );
    }
    let mixed = search_mix::groups();
    let count: usize = mixed.iter().map(|g| g.queries.len()).sum();
    for group in &mixed {
        for query in &group.queries {
            search_checked(&conn, query);
        }
    }
    eprintln!(
        "checked the answers of {} queries and {count} mixed ones",
        QUERIES.len()
    );
}

/// `search::search`, top 50, with each contact read whole.
#[divan::bench(args = QUERIES, sample_count = 40, max_time = 6)]
fn search_top_50(bencher: Bencher, query: &str) {
    let conn = BOOK.lock().unwrap();
    bencher.bench_local(|| search::search(&conn, query, LIMIT).unwrap());
}

/// What the app asks at each keystroke: the top 200 as list lines, each
/// with why it matched (`search::search_lines`).
#[divan::bench(args = QUERIES, sample_count = 40, max_time = 6)]
fn search_lines_top_200(bencher: Bencher, query: &str) {
    let conn = BOOK.lock().unwrap();
    bencher.bench_local(|| search::search_lines(&conn, query, APP_LIMIT).unwrap());
}

/// What the app asked before it read lines: the top 200 read whole, each
/// with why it matched (`search::search_hits`, now `search --json`).
#[divan::bench(args = QUERIES, sample_count = 40, max_time = 6)]
fn search_hits_top_200(bencher: Bencher, query: &str) {
    let conn = BOOK.lock().unwrap();
    bencher.bench_local(|| search::search_hits(&conn, query, APP_LIMIT).unwrap());
}

/// The mixed queries, the next one at each call: no query repeats before
/// the whole list has run.
#[divan::bench(sample_count = 200, max_time = 6)]
fn search_top_50_mixed(bencher: Bencher) {
    let conn = BOOK.lock().unwrap();
    let groups = search_mix::groups();
    let queries = search_mix::shuffled(&groups);
    let mut next = 0;
    bencher.bench_local(|| {
        let (_, query) = queries[next % queries.len()];
        next += 1;
        search::search(&conn, query, LIMIT).unwrap()
    });
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
        "{:<14} {:>8} {:>10} {:>11} {:>8} {:>7}  answered by",
        "query", "matches", "search", "raw FTS5", "ratio", "< 10 ms"
    );
    for query in QUERIES {
        let expression = match_expression(query);
        let matches = search_checks::fts_count(&conn, query);
        let (_, answered) = search_checked(&conn, query);
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
            "{:<14} {:>8} {:>10} {:>11} {:>7.1}x {:>7}  {}",
            format!("\"{query}\""),
            matches,
            common::show(search),
            common::show(raw),
            search.as_secs_f64() / raw.as_secs_f64(),
            if search < TARGET { "yes" } else { "NO" },
            answered.label()
        );
    }
    println!();
    println!(
        "columns: search = search::search top 50, contacts read whole; raw FTS5 = the baseline; \
         answered by: names = the name index filled the 50, FTS5 = full text only"
    );
}
