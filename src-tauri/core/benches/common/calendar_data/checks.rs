//! What the calendar benchmark checks before it times anything: each core
//! call's answer against SQLite answering the same question alone (the
//! baselines' own queries, or a count), so that a broken query fails the
//! benchmark instead of looking fast.

use curbside_core::cme;
use curbside_core::db::Connection;
use curbside_core::events::{self, EventFilter};

use super::measures::{self, bench_cycle, in_days, LIST_DAYS};
use super::{now, TODAY};

fn count(conn: &Connection, sql: &str) -> usize {
    conn.query_row(sql, [], |row| row.get::<_, i64>(0))
        .expect("a count") as usize
}

/// Panics, saying which, unless every answer agrees with SQLite's.
pub fn check_answers(conn: &Connection) {
    // The month: every occurrence overlaps it, and there are no more than
    // the widened range query finds, and some.
    let (from, to, viewer) = measures::month();
    let month = events::occurrences(conn, from, to, &viewer, &EventFilter::default())
        .expect("the month's occurrences");
    assert!(!month.is_empty(), "the busy month has occurrences");
    assert!(
        month.iter().all(|o| o.starts_at < to && o.ends_at > from),
        "the month view lists an occurrence outside the month"
    );
    assert!(
        month.len() <= measures::raw_month(conn),
        "the month view lists more than its range holds"
    );
    // The key dates: the same rows as the plain query, in its order.
    assert_eq!(
        measures::upcoming(conn),
        measures::raw_deadlines(conn, Some(in_days(LIST_DAYS))),
        "the deadlines list"
    );
    assert_eq!(
        measures::upcoming_unbounded(conn),
        measures::raw_deadlines(conn, None),
        "the deadlines list with later key dates"
    );
    let due = events::deadlines_due_between(conn, now(), in_days(30)).expect("the key dates");
    assert_eq!(
        due.len(),
        measures::raw_deadlines(conn, Some(in_days(30))),
        "the key dates due in 30 days"
    );
    // CME: the renewal report lists credits dated in the cycle's days up to
    // today, no more than SQLite counts there, and its hours are the
    // progress total, at most SQLite's sum over those days.
    let (cycle, first, last) = bench_cycle(conn);
    let today = TODAY.to_string();
    let last = last.min(today);
    let (in_cycle, _) = measures::credits_counted(conn, &first, &last);
    let report = cme::report(conn, cycle, TODAY).expect("the renewal report");
    assert!(!report.credits.is_empty(), "the cycle holds credits");
    assert!(
        report.credits.len() as i64 <= in_cycle,
        "the renewal report lists more credits than the cycle's days hold"
    );
    assert!(
        report.credits.iter().all(|c| {
            let day = c.earned_on.to_string();
            first <= day && day <= last
        }),
        "the renewal report lists a credit outside the cycle's days"
    );
    let listed: f64 = report.credits.iter().map(|c| c.hours).sum();
    let progress = cme::progress(conn, cycle, TODAY).expect("the cycle's progress");
    assert!(
        (progress.total.earned - listed).abs() < 1e-6,
        "the progress total ({}) is not the report's hours ({listed})",
        progress.total.earned
    );
    assert!(
        progress.total.earned <= measures::raw_sum(conn, &first, &last) as f64 + 1.0,
        "the cycle's hours exceed those dated in its days"
    );
    assert_eq!(
        measures::status(conn),
        count(conn, "SELECT count(*) FROM cme_cycles"),
        "the status has every cycle"
    );
    assert_eq!(
        cme::credits(conn, None, None).expect("every credit").len(),
        count(conn, "SELECT count(*) FROM cme_credits"),
        "the CME screen lists every credit"
    );
}
