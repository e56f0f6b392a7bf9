//! What the calendar benchmark times, each next to its baseline: the core
//! call as a screen makes it, and SQLite alone answering the same question
//! (the same query with its columns read, or a plain sum). Each returns the
//! number of rows it produced, for the tables and so that nothing is
//! optimised away.

use std::ops::ControlFlow;
use std::path::Path;

use curbside_core::cme;
use curbside_core::db::Connection;
use curbside_core::events::{self, EventFilter, EventTiming};
use curbside_core::import::{import_calendars, open_calendar};
use curbside_core::interop::ics::read_events;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};

use super::cme::BENCH_CYCLE;
use super::{now, TODAY};

// ---- The month view -------------------------------------------------------

/// A busy month (June 2026) seen from Berlin: its first instant, the first
/// instant of the next month, the viewer's zone.
pub fn month() -> (Timestamp, Timestamp, TimeZone) {
    let viewer = TimeZone::get("Europe/Berlin").expect("a known zone");
    let first = TODAY.first_of_month();
    let next = first.checked_add(1.month()).expect("a month in range");
    let at = |day: Date| {
        day.to_zoned_datetime(viewer.clone())
            .expect("a day in range")
            .timestamp()
    };
    (at(first), at(next), viewer)
}

/// `events::occurrences` for the month.
pub fn month_view(conn: &Connection) -> usize {
    let (from, to, viewer) = month();
    events::occurrences(conn, from, to, &viewer, &EventFilter::default())
        .expect("the month's occurrences")
        .len()
}

/// Baseline: the range query `events::occurrences` runs (bounds widened by
/// 14 hours for floating and all-day events), its columns read, nothing
/// computed.
pub fn raw_month(conn: &Connection) -> usize {
    let (from, to, _) = month();
    let mut statement = conn
        .prepare_cached(
            "SELECT o.event_id, o.recurrence_id, o.starts_key, o.ends_key, e.series_id, e.recurrence <> '',
                    e.kind, e.title, e.status, e.location, e.online, e.all_day, e.time_zone, e.expected_credits
             FROM event_occurrences o JOIN events e ON e.id = o.event_id
             WHERE o.starts_key < ?1 AND o.ends_key > ?2",
        )
        .expect("the range query");
    let widening = 14 * 3600;
    let bounds = [to.as_second() + widening + 1, from.as_second() - widening];
    let rows = statement
        .query_map(bounds, |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(7)?,
                row.get::<_, String>(9)?,
                row.get::<_, String>(12)?,
            ))
        })
        .expect("the range query");
    rows.count()
}

// ---- Key dates ------------------------------------------------------------

/// How far ahead the deadlines list looks unless asked for later key dates
/// (`calendarData.svelte.ts`: now + 365 days).
pub const LIST_DAYS: i64 = 365;

/// The deadlines list as the app asks for it: the key dates not done due
/// in the next 12 months.
pub fn upcoming(conn: &Connection) -> usize {
    let until = Some(in_days(LIST_DAYS));
    events::upcoming_deadlines(conn, now(), until, false, &EventFilter::default())
        .expect("the key dates")
        .len()
}

/// The deadlines list with "Show later key dates" on: every key date not
/// done from now on.
pub fn upcoming_unbounded(conn: &Connection) -> usize {
    events::upcoming_deadlines(conn, now(), None, false, &EventFilter::default())
        .expect("the key dates")
        .len()
}

/// `days` from now.
pub fn in_days(days: i64) -> Timestamp {
    now()
        .checked_add(SignedDuration::from_hours(days * 24))
        .expect("an instant in range")
}

/// Key dates not done due in the next `days` days: what the reminders
/// announce (30 days).
pub fn due_within(conn: &Connection, days: i64) -> usize {
    events::deadlines_due_between(conn, now(), in_days(days))
        .expect("the key dates")
        .len()
}

/// Baseline: the key-date query from now (up to `to`), its columns read.
pub fn raw_deadlines(conn: &Connection, to: Option<Timestamp>) -> usize {
    let mut statement = conn
        .prepare_cached(
            "SELECT d.id, d.event_id, d.kind, d.label, d.due_local, d.time_zone, d.due_at, d.done,
                    e.title, e.kind, e.status
             FROM event_deadlines d JOIN events e ON e.id = d.event_id
             WHERE d.due_at >= ?1 AND d.due_at < ?2 AND d.done = 0 ORDER BY d.due_at, d.id",
        )
        .expect("the key-date query");
    // Stored instants are RFC 3339 text, which any year sorts before.
    let to = to.map_or_else(|| "9999".to_owned(), |to| to.to_string());
    let rows = statement
        .query_map([now().to_string(), to], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(6)?,
                row.get::<_, String>(8)?,
            ))
        })
        .expect("the key-date query");
    rows.count()
}

// ---- CME ------------------------------------------------------------------

/// The three-year cycle: its id, first and last day as stored.
pub fn bench_cycle(conn: &Connection) -> (i64, String, String) {
    conn.query_row(
        "SELECT id, starts_on, ends_on FROM cme_cycles WHERE name = ?1",
        [BENCH_CYCLE],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )
    .expect("the benchmark's cycle")
}

/// Every cycle's first and last day as stored.
fn cycle_days(conn: &Connection) -> Vec<(String, String)> {
    let mut statement = conn
        .prepare_cached("SELECT starts_on, ends_on FROM cme_cycles")
        .expect("the cycles");
    let days = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("the cycles");
    days.collect::<Result<_, _>>().expect("the cycles")
}

/// How many credits are dated in `from..=to`, and in all the cycles
/// together (each credit once, however many cycles it counts in): what
/// progress and status add up, for the table.
pub fn credits_counted(conn: &Connection, from: &str, to: &str) -> (i64, i64) {
    let count = |from: &str, to: &str| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM cme_credits WHERE earned_on BETWEEN ?1 AND ?2",
            [from, to],
            |row| row.get(0),
        )
        .expect("a count")
    };
    let days = cycle_days(conn);
    let first = days.iter().map(|(first, _)| first.as_str()).min();
    let last = days.iter().map(|(_, last)| last.as_str()).max();
    let all = first
        .zip(last)
        .map_or(0, |(first, last)| count(first, last));
    (count(from, to), all)
}

/// `cme::progress` of one cycle (no credit list); the lines it adds up.
pub fn progress(conn: &Connection, cycle: i64) -> usize {
    let progress = cme::progress(conn, cycle, TODAY).expect("the cycle's progress");
    1 + progress.by_type.len() + progress.by_topic.len()
}

/// `cme::report`: one cycle's progress with every credit that counts in it,
/// for the renewal report; the credits listed.
pub fn report(conn: &Connection, cycle: i64) -> usize {
    cme::report(conn, cycle, TODAY)
        .expect("the cycle's report")
        .credits
        .len()
}

/// `cme::status`: every cycle's progress (no credit lists); the cycles.
pub fn status(conn: &Connection) -> usize {
    cme::status(conn, TODAY)
        .expect("every cycle's progress")
        .len()
}

/// What the CME screen asks for when it opens: every cycle's progress,
/// every credit, the events with credits to claim; the rows it receives.
pub fn cme_screen(conn: &Connection) -> usize {
    let credits = cme::credits(conn, None, None).expect("every credit");
    let claimable = cme::claimable(conn, now()).expect("the credits to claim");
    status(conn) + credits.len() + claimable.len()
}

/// Baseline: hours added up by SQLite over the days `from..=to`.
pub fn raw_sum(conn: &Connection, from: &str, to: &str) -> usize {
    let hours: f64 = conn
        .prepare_cached("SELECT total(hours) FROM cme_credits WHERE earned_on BETWEEN ?1 AND ?2")
        .expect("the sum")
        .query_row([from, to], |row| row.get(0))
        .expect("the sum");
    hours as usize
}

/// Baseline for the status: each cycle's hours added up by SQLite, one sum
/// per cycle over its own days.
pub fn raw_cycle_sums(conn: &Connection) -> usize {
    cycle_days(conn)
        .iter()
        .map(|(from, to)| raw_sum(conn, from, to))
        .sum()
}

// ---- .ics import ----------------------------------------------------------

/// `import::import_calendars` of the file, which holds `count` events.
pub fn import_file(conn: &mut Connection, path: &Path, count: usize) {
    let summary = import_calendars(conn, vec![open_calendar(path)], false, now(), |_| {
        ControlFlow::Continue(())
    })
    .expect("the import succeeds");
    assert_eq!(summary.created as usize, count, "every event is stored");
}

/// Baseline: reading every event of the file, storing nothing.
pub fn read_file(path: &Path) -> usize {
    let mut read = 0;
    for entry in open_calendar(path).entries {
        entry.expect("every event reads");
        read += 1;
    }
    read
}

/// The file's events as bare rows (UID, title, start, end, zone), for the
/// insert baseline.
pub fn event_rows(path: &Path) -> Vec<[String; 5]> {
    let file = std::fs::read(path).expect("the calendar file");
    read_events(&file[..])
        .map(|entry| {
            let draft = entry.expect("every event reads").draft;
            let (starts, ends, zone) = match draft.timing {
                EventTiming::Timed {
                    start,
                    end,
                    time_zone,
                } => (start.to_string(), end.to_string(), time_zone),
                EventTiming::AllDay {
                    first_day,
                    last_day,
                } => (first_day.to_string(), last_day.to_string(), String::new()),
            };
            [draft.uid, draft.title, starts, ends, zone]
        })
        .collect()
}

/// Baseline: one bare row per event, one transaction, no occurrences.
pub fn raw_insert(conn: &mut Connection, rows: &[[String; 5]]) {
    let now = now().to_string();
    let tx = conn.transaction().expect("a transaction");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO events (uid, title, starts_local, ends_local, time_zone, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )
            .expect("the insert");
        for [uid, title, starts, ends, zone] in rows {
            insert
                .execute([uid, title, starts, ends, zone, &now])
                .expect("a bare row");
        }
    }
    tx.commit().expect("the commit");
}

/// The size of what the CME screen receives as JSON: every cycle's
/// progress, and every credit.
pub fn cme_screen_json(conn: &Connection) -> (usize, usize) {
    let status = cme::status(conn, TODAY).expect("every cycle's progress");
    let credits = cme::credits(conn, None, None).expect("every credit");
    (
        serde_json::to_vec(&status).expect("JSON").len(),
        serde_json::to_vec(&credits).expect("JSON").len(),
    )
}

/// The size of the deadlines list as JSON: the next 12 months, and with
/// the later key dates.
pub fn deadlines_json(conn: &Connection) -> (usize, usize) {
    let list = |until| {
        let found = events::upcoming_deadlines(conn, now(), until, false, &EventFilter::default())
            .expect("the key dates");
        serde_json::to_vec(&found).expect("JSON").len()
    };
    (list(Some(in_days(LIST_DAYS))), list(None))
}
