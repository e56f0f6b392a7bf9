//! How fast the calendar and CME screens answer with ten years on file:
//! 5,000 events (about 5% series) with about 20,000 key dates, and 10,000
//! CME credits with five overlapping license and board cycles, in an
//! encrypted database built through the public API
//! (`common::calendar_data`). Targets: a month view's query, the deadlines
//! list (the next 12 months, as the calendar asks for it) and a cycle's
//! progress each under 5 ms at the median; importing a 5,000-event `.ics`
//! file into a new database under 1 s.
//!
//! Before anything is timed, each answer is checked against SQLite's
//! (`common::calendar_data::checks`), and the import checks every event is
//! stored.
//!
//! Baselines, measured in the same run, are SQLite alone: the same range
//! query on `event_occurrences`, the same key-date query, a `total(hours)`
//! over the cycle's days (over each cycle's, for the status); for the
//! import, reading the file alone and bare `INSERT`s of the events it holds. After divan's figures two tables give
//! the medians of interleaved rounds and the ratios.
//!
//! `cargo bench -p curbside-core --bench calendar`

mod common;

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use common::calendar_data::measures::{self, bench_cycle, raw_sum, LIST_DAYS};
use common::calendar_data::{self, ics, CalendarSize};
use common::FreshDb;
use curbside_core::db::Connection;
use divan::counter::ItemsCount;
use divan::Bencher;

const QUERY_TARGET: Duration = Duration::from_millis(5);
const IMPORT_TARGET: Duration = Duration::from_secs(1);

fn size() -> CalendarSize {
    if common::benchmarking() {
        CalendarSize::FULL
    } else {
        CalendarSize::SMOKE
    }
}

static DATA: LazyLock<Mutex<Connection>> = LazyLock::new(|| {
    let size = size();
    let started = Instant::now();
    let (conn, built) = calendar_data::open_or_build(size);
    if built {
        eprintln!(
            "built the calendar ({} events, {} credits) in {}: {}",
            size.events,
            size.credits,
            common::show(started.elapsed()),
            calendar_data::path(size).display()
        );
    }
    Mutex::new(conn)
});

/// The `.ics` file and how many events it holds.
static ICS: LazyLock<(PathBuf, usize)> = LazyLock::new(|| ics::write_file(size()));

/// The file's events as bare rows, for the insert baseline.
static ROWS: LazyLock<Vec<[String; 5]>> = LazyLock::new(|| measures::event_rows(&ICS.0));

fn main() {
    // Build or open the data before divan starts its clock.
    LazyLock::force(&DATA);
    LazyLock::force(&ROWS);
    calendar_data::checks::check_answers(&DATA.lock().unwrap());
    divan::main();
    if common::benchmarking() {
        query_table();
        import_table();
    }
}

fn import_file(conn: &mut Connection) {
    measures::import_file(conn, &ICS.0, ICS.1);
}

// ---- Queries --------------------------------------------------------------

/// `events::occurrences` for June 2026, seen from Berlin.
#[divan::bench(sample_count = 100, max_time = 5)]
fn month_view_june_2026(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::month_view(&conn));
}

/// Baseline: the same range query, its columns read.
#[divan::bench(sample_count = 100, max_time = 5)]
fn raw_month_range_query(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::raw_month(&conn));
}

/// `events::upcoming_deadlines` for the next 12 months, as the deadlines
/// list asks.
#[divan::bench(sample_count = 100, max_time = 5)]
fn deadlines_list_next_12_months(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::upcoming(&conn));
}

/// Baseline: the deadlines list's query, its columns read.
#[divan::bench(sample_count = 100, max_time = 5)]
fn raw_deadlines_list_query(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::raw_deadlines(&conn, Some(measures::in_days(LIST_DAYS))));
}

/// `events::upcoming_deadlines` with no end: "Show later key dates".
#[divan::bench(sample_count = 100, max_time = 5)]
fn deadlines_list_with_later_key_dates(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::upcoming_unbounded(&conn));
}

/// `events::deadlines_due_between` now and 30 days on: the reminders.
#[divan::bench(sample_count = 100, max_time = 5)]
fn deadlines_due_within_30_days(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::due_within(&conn, 30));
}

/// `cme::progress` of the three-year cycle.
#[divan::bench(sample_count = 100, max_time = 5)]
fn cycle_progress_three_years(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    let (cycle, _, _) = bench_cycle(&conn);
    bencher.bench_local(|| measures::progress(&conn, cycle));
}

/// `cme::report` of the three-year cycle: its progress and every credit.
#[divan::bench(sample_count = 100, max_time = 5)]
fn renewal_report_three_years(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    let (cycle, _, _) = bench_cycle(&conn);
    bencher.bench_local(|| measures::report(&conn, cycle));
}

/// `cme::status`: every cycle.
#[divan::bench(sample_count = 100, max_time = 5)]
fn cme_status_all_cycles(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    bencher.bench_local(|| measures::status(&conn));
}

/// Baseline: the three-year cycle's hours added up by SQLite.
#[divan::bench(sample_count = 100, max_time = 5)]
fn raw_sum_of_cycle_hours(bencher: Bencher) {
    let conn = DATA.lock().unwrap();
    let (_, from, to) = bench_cycle(&conn);
    bencher.bench_local(|| raw_sum(&conn, &from, &to));
}

// ---- .ics import ----------------------------------------------------------

/// `import::import_calendars` of the file into a new encrypted database.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_ics_into_new_database(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(ICS.1))
        .with_inputs(FreshDb::new)
        .bench_local_values(|mut db| {
            import_file(&mut db.conn);
            db
        });
}

/// Baseline: reading the file's events alone.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn read_ics_only(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(ICS.1))
        .bench_local(|| measures::read_file(&ICS.0));
}

/// Baseline: a bare row per event.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn raw_insert_of_events(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(ICS.1))
        .with_inputs(FreshDb::new)
        .bench_local_values(|mut db| {
            measures::raw_insert(&mut db.conn, &ROWS);
            db
        });
}

// ---- Tables ---------------------------------------------------------------

/// A measurement for the table: what it returns is its row count.
type Measure<'a> = &'a dyn Fn() -> usize;

fn query_table() {
    let conn = DATA.lock().unwrap();
    let bytes = std::fs::metadata(calendar_data::path(size())).map_or(0, |m| m.len());
    let count = |table| calendar_data::count(&conn, table);
    let (cycle, from, to) = bench_cycle(&conn);
    let (in_cycle, in_cycles) = measures::credits_counted(&conn, &from, &to);
    let year = measures::in_days(LIST_DAYS);
    // Every stored day sorts between these.
    let (first_day, last_day) = ("", "9999");
    println!();
    println!(
        "calendar and CME vs. raw SQLite, medians of interleaved rounds; {} events ({} occurrences), \
         {} key dates, {} credits, {} cycles, encrypted, {:.0} MB",
        count("events"),
        count("event_occurrences"),
        count("event_deadlines"),
        count("cme_credits"),
        count("cme_cycles"),
        bytes as f64 / 1e6
    );
    println!(
        "{:<44} {:>6} {:>10} {:>10} {:>8} {:>7}",
        "measure", "rows", "core", "raw SQL", "ratio", "< 5 ms"
    );
    // The rows a list returns; for progress and status, the credits added up.
    let returned = |measure: Measure| measure() as i64;
    let lines: [(&str, i64, Measure, Measure, bool); 8] = [
        (
            "month view, June 2026 (Berlin)",
            returned(&|| measures::month_view(&conn)),
            &|| measures::month_view(&conn),
            &|| measures::raw_month(&conn),
            true,
        ),
        (
            "deadlines list: next 12 months",
            returned(&|| measures::upcoming(&conn)),
            &|| measures::upcoming(&conn),
            &|| measures::raw_deadlines(&conn, Some(year)),
            true,
        ),
        (
            "deadlines list with later key dates",
            returned(&|| measures::upcoming_unbounded(&conn)),
            &|| measures::upcoming_unbounded(&conn),
            &|| measures::raw_deadlines(&conn, None),
            false,
        ),
        (
            "key dates due in the next 30 days",
            returned(&|| measures::due_within(&conn, 30)),
            &|| measures::due_within(&conn, 30),
            &|| measures::raw_deadlines(&conn, Some(measures::in_days(30))),
            false,
        ),
        (
            "cycle progress (3 years; credits)",
            in_cycle,
            &|| measures::progress(&conn, cycle),
            &|| raw_sum(&conn, &from, &to),
            true,
        ),
        (
            "renewal report (3 years; credits)",
            returned(&|| measures::report(&conn, cycle)),
            &|| measures::report(&conn, cycle),
            &|| raw_sum(&conn, &from, &to),
            false,
        ),
        (
            "CME status (5 cycles; credits)",
            in_cycles,
            &|| measures::status(&conn),
            &|| measures::raw_cycle_sums(&conn),
            true,
        ),
        (
            "CME screen (status, credits, claims)",
            returned(&|| measures::cme_screen(&conn)),
            &|| measures::cme_screen(&conn),
            &|| raw_sum(&conn, first_day, last_day),
            false,
        ),
    ];
    for (name, rows, core, raw, has_target) in lines {
        let medians = common::paired_medians(
            &mut [&mut || common::time(|| _ = black_box(core())), &mut || {
                common::time(|| _ = black_box(raw()))
            }],
            20,
            Duration::from_secs(3),
        );
        let (core, raw) = (medians[0], medians[1]);
        println!(
            "{:<44} {:>6} {:>10} {:>10} {:>7.1}x {:>7}",
            name,
            rows,
            common::show(core),
            common::show(raw),
            core.as_secs_f64() / raw.as_secs_f64(),
            match (has_target, core < QUERY_TARGET) {
                (false, _) => "-",
                (true, true) => "yes",
                (true, false) => "NO",
            }
        );
    }
    let (status_json, credits_json) = measures::cme_screen_json(&conn);
    let (year_json, later_json) = measures::deadlines_json(&conn);
    println!();
    println!(
        "raw SQL: the same query with its columns read (month view, key dates), or SELECT total(hours) \
         over the three-year cycle's days (progress, report), each cycle's days (status) or every \
         credit (CME screen)"
    );
    println!(
        "the deadlines list receives {:.2} MB of JSON for 12 months, {:.1} MB with the later key dates",
        year_json as f64 / 1e6,
        later_json as f64 / 1e6
    );
    println!(
        "the CME screen receives {:.2} MB of JSON for the status and {:.1} MB for the credits",
        status_json as f64 / 1e6,
        credits_json as f64 / 1e6
    );
}

fn import_table() {
    let timed = |f: &dyn Fn(&mut Connection)| {
        let mut db = FreshDb::new();
        let started = Instant::now();
        f(&mut db.conn);
        started.elapsed()
    };
    let medians = common::paired_medians(
        &mut [
            &mut || timed(&import_file),
            &mut || common::time(|| _ = black_box(measures::read_file(&ICS.0))),
            &mut || timed(&|conn| measures::raw_insert(conn, &ROWS)),
        ],
        3,
        Duration::from_secs(20),
    );
    let (path, events) = &*ICS;
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    println!();
    println!(
        "import of a {:.1} MB .ics file with {events} events into a new encrypted database, \
         medians of interleaved rounds",
        bytes as f64 / 1e6
    );
    println!(
        "{:<28} {:>9} {:>10} {:>8} {:>6}",
        "", "time", "events/s", "ratio", "< 1 s"
    );
    let read = medians[1];
    for (name, time, has_target) in [
        ("import (read + store)", medians[0], true),
        ("read the file only", read, false),
        ("raw INSERT of event rows", medians[2], false),
    ] {
        println!(
            "{:<28} {:>9} {:>10.0} {:>7.1}x {:>6}",
            name,
            common::show(time),
            *events as f64 / time.as_secs_f64(),
            time.as_secs_f64() / read.as_secs_f64(),
            match (has_target, time < IMPORT_TARGET) {
                (false, _) => "-",
                (true, true) => "yes",
                (true, false) => "NO",
            }
        );
    }
    println!();
    println!("ratio: to reading the file only");
}
