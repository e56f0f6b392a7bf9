//! What the benchmarks share: made-up people ([`people`]), a large contact
//! book built straight in SQL and cached between runs ([`book`]), fresh
//! encrypted databases, and the paired timing behind each ratio against a
//! baseline measured in the same run (docs/BENCHMARKS.md).

// Each bench binary uses only part of this module.
#![allow(dead_code)]

pub mod book;
pub mod calendar_data;
pub mod people;
pub mod reminder_data;
pub mod search_checks;
pub mod search_mix;
#[rustfmt::skip]
pub mod words;

use std::time::{Duration, Instant};

use curbside_core::db::Connection;
use curbside_core::keys::DataKey;
use curbside_core::vault;

/// Whether this is `cargo bench` measuring, rather than `cargo test
/// --benches` (or `cargo bench -- --test`) running every benchmark once:
/// only then are the full-size data and the ratio tables worth their time.
/// Divan reads the same flags.
pub fn benchmarking() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test" || a == "--list")
}

/// A new, empty, migrated, encrypted database in its own temporary folder,
/// opened as the app opens it.
pub struct FreshDb {
    /// The connection (declared first so it closes before the folder goes).
    pub conn: Connection,
    _dir: tempfile::TempDir,
}

impl FreshDb {
    /// Creates one with a random key.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let key = DataKey::generate().expect("a random key");
        let conn = vault::open_database(&dir.path().join("curbside.db"), &key, true)
            .expect("a new database");
        Self { conn, _dir: dir }
    }
}

/// Runs each measurement in turn, round after round, for at least
/// `min_rounds` rounds and then until `budget` is spent, and returns each
/// one's median. Interleaving keeps a slow spell of a shared machine from
/// landing on one side of a ratio only. Each closure times what it measures
/// itself, so that its setup stays outside the figure.
pub fn paired_medians(
    runs: &mut [&mut dyn FnMut() -> Duration],
    min_rounds: usize,
    budget: Duration,
) -> Vec<Duration> {
    let started = Instant::now();
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); runs.len()];
    let mut round = 0;
    while round < min_rounds || started.elapsed() < budget {
        for (run, times) in runs.iter_mut().zip(&mut samples) {
            times.push(run());
        }
        round += 1;
    }
    samples
        .into_iter()
        .map(|mut times| {
            times.sort_unstable();
            times[times.len() / 2]
        })
        .collect()
}

/// How long `f` took.
pub fn time(f: impl FnOnce()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

/// A duration for a table: "3.42 ms", "187 µs".
pub fn show(duration: Duration) -> String {
    let micros = duration.as_secs_f64() * 1e6;
    if micros >= 1e6 {
        format!("{:.2} s", micros / 1e6)
    } else if micros >= 1e3 {
        format!("{:.2} ms", micros / 1e3)
    } else {
        format!("{micros:.0} µs")
    }
}
