//! How fast the reminders are ready: `reminders::due_with(conn,
//! second, now, Berlin, 7 days)`, what the Today view, the CLI's `due` and
//! the scheduler ask (on two connections, two cores), over an encrypted book of 100,000 contacts, 1,000,000 interactions and
//! 5,000 events with a reminder load (`common::reminder_data`). Targets
//! (issue 20): under 20 ms at the median for the usual load, under 50 ms
//! with the broad tag.
//!
//! Two cases: the usual load (mentors every three months, a tag on about
//! 10% of the contacts twice a year, a few hundred cadences of their own),
//! and the worst realistic one, the same with a cadence on a tag half the
//! contacts carry, set in a transaction that is rolled back. Each is also
//! timed on one core (`reminders::due`, one connection) and in that call's
//! two parts, reading the snapshot (`reminders::gather`) and the engine
//! (`reminders::engine::due`), to show where the time goes. After divan's
//! figures a table gives the medians of interleaved rounds and how many
//! reminders of each kind came back, having checked that both ways return
//! the same reminders.
//!
//! `cargo bench -p curbside-core --bench reminders`

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use common::reminder_data::load::{BROAD_TAG, TAG_CADENCE_DAYS};
use common::reminder_data::{self, days, now, zone, ReminderSize};
use curbside_core::db::Connection;
use curbside_core::reminders::{self, engine, Reminder, Snapshot};
use divan::Bencher;
use rusqlite::Transaction;

/// The usual load's target.
const TARGET: Duration = Duration::from_millis(20);

/// The target with a cadence on the broad tag.
const BROAD_TARGET: Duration = Duration::from_millis(50);

/// The window the Today view asks for.
const WINDOW_DAYS: i64 = 7;

fn size() -> ReminderSize {
    if common::benchmarking() {
        ReminderSize::FULL
    } else {
        ReminderSize::SMOKE
    }
}

/// The database, and the second connection the app keeps beside it.
struct Data {
    conn: Connection,
    second: Connection,
}

static DATA: LazyLock<Mutex<Data>> = LazyLock::new(|| {
    let size = size();
    let started = Instant::now();
    let (conn, built) = reminder_data::open_or_build(size);
    if built {
        eprintln!(
            "built the reminder data ({} contacts, {} interactions, {} events) in {}: {}",
            size.book.contacts,
            size.book.interactions(),
            size.calendar.events,
            common::show(started.elapsed()),
            reminder_data::path(size).display()
        );
    }
    let second = reminder_data::open_second(size);
    Mutex::new(Data { conn, second })
});

fn main() {
    // Build or open the data, and check both cases' answers, before divan
    // starts its clock.
    LazyLock::force(&DATA);
    check_answers();
    divan::main();
    if common::benchmarking() {
        table();
    }
}

/// Everything due in the next seven days, and overdue, as the app asks:
/// on two connections at once.
fn due(conn: &Connection, second: &mut Connection) -> Vec<Reminder> {
    reminders::due_with(conn, Some(second), now(), &zone(), days(WINDOW_DAYS))
        .expect("the reminders due")
}

/// The same on one connection, one core.
fn due_on_one(conn: &Connection) -> Vec<Reminder> {
    reminders::due(conn, now(), &zone(), days(WINDOW_DAYS)).expect("the reminders due")
}

/// The snapshot `due` reads.
fn gather(conn: &Connection) -> Snapshot {
    reminders::gather(conn, now(), &zone(), days(WINDOW_DAYS)).expect("a snapshot")
}

/// The engine alone, on a snapshot read before.
fn evaluate(snapshot: &Snapshot) -> Vec<Reminder> {
    engine::due(snapshot, now(), &zone(), days(WINDOW_DAYS))
}

/// The worst realistic case: a cadence on the tag half the contacts carry,
/// in a transaction that is never committed (`due_with` reads the cadences
/// on this connection and hands them to both halves, so both apply it).
fn with_broad_tag_cadence(conn: &Connection) -> Transaction<'_> {
    let tx = conn
        .unchecked_transaction()
        .expect("a transaction to roll back");
    tx.execute(
        "INSERT INTO cadence_rules (kind, target, days) VALUES ('tag', ?1, ?2)",
        rusqlite::params![BROAD_TAG, TAG_CADENCE_DAYS],
    )
    .expect("the broad tag's cadence");
    tx
}

/// Both cases: the two ways agree, the answer holds up against the tables
/// (`reminder_data::checks`), every kind the data makes due comes back, and
/// the broad tag adds stay-in-touch prompts and nothing else.
fn check_answers() {
    let data = &mut *DATA.lock().unwrap();
    let mut sizes = Vec::new();
    for broad in [false, true] {
        let tx = broad.then(|| with_broad_tag_cadence(&data.conn));
        let conn: &Connection = tx.as_deref().unwrap_or(&data.conn);
        let found = due(conn, &mut data.second);
        assert!(found == due_on_one(conn), "due_with and due disagree");
        reminder_data::checks::check_answer(conn, &found, now(), days(WINDOW_DAYS));
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for reminder in &found {
            *counts.entry(reminder.kind.as_str()).or_default() += 1;
        }
        for kind in [
            "stay_in_touch",
            "birthday",
            "follow_up",
            "deadline",
            "custom",
        ] {
            assert!(counts.contains_key(kind), "no {kind} reminder came back");
        }
        sizes.push(counts);
    }
    let (usual, broad) = (&sizes[0], &sizes[1]);
    assert!(
        broad["stay_in_touch"] > usual["stay_in_touch"],
        "the broad tag's cadence adds stay-in-touch prompts"
    );
    for (kind, n) in usual {
        if *kind != "stay_in_touch" {
            assert_eq!(
                broad.get(kind),
                Some(n),
                "the broad tag changes the {kind} prompts"
            );
        }
    }
}

// ---- The usual load -------------------------------------------------------

/// `reminders::due_with` over the next seven days.
#[divan::bench(sample_count = 50, max_time = 10)]
fn due_in_7_days(bencher: Bencher) {
    let data = &mut *DATA.lock().unwrap();
    bencher.bench_local(|| due(&data.conn, &mut data.second));
}

/// `reminders::due`, on one connection.
#[divan::bench(sample_count = 50, max_time = 10)]
fn due_in_7_days_one_core(bencher: Bencher) {
    let data = DATA.lock().unwrap();
    bencher.bench_local(|| due_on_one(&data.conn));
}

/// Its first part: reading the snapshot.
#[divan::bench(sample_count = 50, max_time = 10)]
fn gather_for_7_days(bencher: Bencher) {
    let data = DATA.lock().unwrap();
    bencher.bench_local(|| gather(&data.conn));
}

/// Its second part: the engine on the snapshot.
#[divan::bench(sample_count = 50, max_time = 10)]
fn engine_for_7_days(bencher: Bencher) {
    let snapshot = gather(&DATA.lock().unwrap().conn);
    bencher.bench_local(|| evaluate(&snapshot));
}

// ---- With a cadence on a tag half the book carries ------------------------

/// `reminders::due_with` over the next seven days, a broad tag with
/// a cadence.
#[divan::bench(sample_count = 50, max_time = 10)]
fn due_in_7_days_broad_tag_cadence(bencher: Bencher) {
    let data = &mut *DATA.lock().unwrap();
    let tx = with_broad_tag_cadence(&data.conn);
    bencher.bench_local(|| due(&tx, &mut data.second));
}

/// `reminders::due`, on one connection.
#[divan::bench(sample_count = 50, max_time = 10)]
fn due_in_7_days_broad_tag_cadence_one_core(bencher: Bencher) {
    let data = DATA.lock().unwrap();
    let tx = with_broad_tag_cadence(&data.conn);
    bencher.bench_local(|| due_on_one(&tx));
}

/// Its first part.
#[divan::bench(sample_count = 50, max_time = 10)]
fn gather_for_7_days_broad_tag_cadence(bencher: Bencher) {
    let data = DATA.lock().unwrap();
    let tx = with_broad_tag_cadence(&data.conn);
    bencher.bench_local(|| gather(&tx));
}

/// Its second part.
#[divan::bench(sample_count = 50, max_time = 10)]
fn engine_for_7_days_broad_tag_cadence(bencher: Bencher) {
    let data = DATA.lock().unwrap();
    let snapshot = gather(&with_broad_tag_cadence(&data.conn));
    bencher.bench_local(|| evaluate(&snapshot));
}

// ---- The table ------------------------------------------------------------

/// How many reminders of each kind, for the table.
fn by_kind(reminders: &[Reminder]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for reminder in reminders {
        *counts.entry(reminder.kind.as_str()).or_default() += 1;
    }
    counts
        .iter()
        .map(|(kind, n)| format!("{kind} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The medians of `due_with`, `due` on one core, `gather` and the
/// engine, interleaved.
fn medians(conn: &Connection, second: &mut Connection) -> [Duration; 4] {
    let snapshot = gather(conn);
    let medians = common::paired_medians(
        &mut [
            &mut || common::time(|| _ = black_box(due(conn, second))),
            &mut || common::time(|| _ = black_box(due_on_one(conn))),
            &mut || common::time(|| _ = black_box(gather(conn))),
            &mut || common::time(|| _ = black_box(evaluate(&snapshot))),
        ],
        20,
        Duration::from_secs(8),
    );
    [medians[0], medians[1], medians[2], medians[3]]
}

fn table() {
    let data = &mut *DATA.lock().unwrap();
    let (conn, second) = (&data.conn, &mut data.second);
    let bytes = std::fs::metadata(reminder_data::path(size())).map_or(0, |m| m.len());
    let count = |sql| reminder_data::count(conn, sql);
    println!();
    println!(
        "reminders due in {WINDOW_DAYS} days at {} (Europe/Berlin), medians of interleaved rounds; \
         {} contacts, {} interactions, {} events, {} key dates, {} birthdays, {} current jobs, \
         {} milestones, {} reminder states, {} shown, encrypted, {:.0} MB",
        now(),
        count("SELECT count(*) FROM contacts"),
        count("SELECT count(*) FROM interactions"),
        count("SELECT count(*) FROM events"),
        count("SELECT count(*) FROM event_deadlines"),
        count("SELECT count(*) FROM contacts WHERE birthday IS NOT NULL"),
        count("SELECT count(*) FROM affiliations WHERE kind = 'job' AND ends_on IS NULL"),
        count("SELECT count(*) FROM milestones"),
        count("SELECT count(*) FROM reminder_states"),
        count("SELECT count(*) FROM reminders_shown"),
        bytes as f64 / 1e6
    );
    println!(
        "{:<26} {:>9} {:>10} {:>14} {:>12} {:>10} {:>10}",
        "case", "reminders", "due", "target", "on one core", "gather", "engine"
    );
    let mut kinds = Vec::new();
    for (name, broad, target) in [
        ("usual load", false, TARGET),
        ("broad tag with a cadence", true, BROAD_TARGET),
    ] {
        let tx = broad.then(|| with_broad_tag_cadence(conn));
        let conn: &Connection = tx.as_deref().unwrap_or(conn);
        let found = due(conn, second);
        assert!(
            found == due_on_one(conn),
            "{name}: due_with and due disagree"
        );
        let [total, one_core, gathered, evaluated] = medians(conn, second);
        println!(
            "{:<26} {:>9} {:>10} {:>14} {:>12} {:>10} {:>10}",
            name,
            found.len(),
            common::show(total),
            format!(
                "{} {}",
                if total < target { "<" } else { "NOT <" },
                common::show(target)
            ),
            common::show(one_core),
            common::show(gathered),
            common::show(evaluated),
        );
        kinds.push((name, by_kind(&found)));
    }
    println!();
    for (name, kinds) in kinds {
        println!("{name}: {kinds}");
    }
    println!(
        "cadences: mentors every 3 months ({} mentors), \"collaborator\" every {TAG_CADENCE_DAYS} days \
         ({} contacts), {} of their own; the broad case adds \"{BROAD_TAG}\" every {TAG_CADENCE_DAYS} \
         days ({} contacts)",
        count("SELECT count(*) FROM relationships WHERE kind = 'mentor' AND other_contact_id IS NULL"),
        count("SELECT count(*) FROM contact_tags WHERE tag = 'collaborator'"),
        count("SELECT count(*) FROM contact_cadences"),
        count("SELECT count(*) FROM contact_tags WHERE tag = 'colleague'"),
    );
}
