//! The search benchmark's figures beyond one query repeated on a warm
//! cache: varied queries, and the first query after unlock. Both run under
//! `cargo test --benches` too (one round), every answer checked.

use std::time::Duration;

use crate::common::{self, book, search_mix};
use crate::ANSWERED;

/// The median, the 90th percentile and the largest of `times`.
fn spread(times: &mut [Duration]) -> (Duration, Duration, Duration) {
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.9), at(1.0))
}

/// The mixed queries, shuffled, on a new connection (its page cache empty):
/// the first pass is what a session of varied searches costs; the second
/// pass repeats them, every page they need now cached.
pub fn mixed_table() {
    let groups = search_mix::groups();
    let queries = search_mix::shuffled(&groups);
    let conn = book::open(crate::size());
    let mut first = vec![Vec::new(); groups.len()];
    let mut again = vec![Vec::new(); groups.len()];
    let mut answered = vec![[0; 3]; groups.len()];
    // `cargo test --benches` runs one pass, for speed.
    let passes = if common::benchmarking() { 2 } else { 1 };
    for times in [&mut first, &mut again].into_iter().take(passes) {
        for &(group, query) in &queries {
            let started = std::time::Instant::now();
            drop(curbside_core::search::search(&conn, query, crate::LIMIT).unwrap());
            times[group].push(started.elapsed());
        }
    }
    // How `main`'s checks found each was answered.
    let how = ANSWERED.lock().unwrap();
    for &(group, query) in &queries {
        answered[group][how[query] as usize] += 1;
    }
    println!();
    println!(
        "mixed queries, each once in a shuffled order on a new connection, then again; medians, 90th percentiles, slowest"
    );
    println!(
        "{:<14} {:>7} {:>22} {:>10} {:>10} {:>10} {:>12}",
        "group", "queries", "names/names+FTS5/FTS5", "median", "p90", "slowest", "again median"
    );
    for (g, group) in groups.iter().enumerate() {
        let (median, p90, slowest) = spread(&mut first[g]);
        let again_median = if again[g].is_empty() {
            "-".to_owned()
        } else {
            common::show(spread(&mut again[g]).0)
        };
        let [names, both, fts] = answered[g];
        println!(
            "{:<14} {:>7} {:>22} {:>10} {:>10} {:>10} {:>12}",
            group.name,
            group.queries.len(),
            format!("{names}/{both}/{fts}"),
            common::show(median),
            common::show(p90),
            common::show(slowest),
            again_median,
        );
    }
}

/// The first query after unlock: the book opened anew as the app opens it
/// (key, schema check, empty page cache; the file itself is in the
/// operating system's cache), then one query, then the same query again.
/// Alternately a surname (the name index) and a note word (FTS5), a
/// different one each round.
pub fn cold_table() {
    let rounds = if common::benchmarking() { 12 } else { 1 };
    let groups = search_mix::groups();
    let pick = |name: &str, round: usize| {
        let group = groups.iter().find(|g| g.name == name).unwrap();
        group.queries[round * 7 % group.queries.len()].clone()
    };
    let mut open = Vec::new();
    let mut by_kind = [(Vec::new(), Vec::new()), (Vec::new(), Vec::new())];
    for round in 0..rounds {
        for (kind, group) in ["surnames", "note words"].into_iter().enumerate() {
            let query = pick(group, round);
            let started = std::time::Instant::now();
            let conn = book::open(crate::size());
            open.push(started.elapsed());
            let started = std::time::Instant::now();
            let found = curbside_core::search::search(&conn, &query, crate::LIMIT).unwrap();
            by_kind[kind].0.push(started.elapsed());
            common::search_checks::check(
                &conn,
                &crate::NAMES,
                &query,
                crate::LIMIT as usize,
                &found,
            );
            let started = std::time::Instant::now();
            drop(curbside_core::search::search(&conn, &query, crate::LIMIT).unwrap());
            by_kind[kind].1.push(started.elapsed());
        }
    }
    println!();
    println!(
        "the first query after unlock, medians of {rounds} rounds (a different query each round)"
    );
    println!("{:<34} {:>10} {:>10}", "", "median", "slowest");
    let (median, _, slowest) = spread(&mut open);
    println!(
        "{:<34} {:>10} {:>10}",
        "open the book (vault::open_database)",
        common::show(median),
        common::show(slowest)
    );
    for ((first, again), name) in by_kind
        .iter_mut()
        .zip(["surname (names)", "note word (FTS5)"])
    {
        let (median, _, slowest) = spread(first);
        println!(
            "{:<34} {:>10} {:>10}",
            format!("first search, {name}"),
            common::show(median),
            common::show(slowest)
        );
        let (median, _, slowest) = spread(again);
        println!(
            "{:<34} {:>10} {:>10}",
            format!("  the same search again"),
            common::show(median),
            common::show(slowest)
        );
    }
}
