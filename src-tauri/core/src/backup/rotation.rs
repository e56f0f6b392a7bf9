//! Which backups to keep: a pure function over the list, so it is tested
//! with dates alone.
//!
//! Daily backups are thinned the usual way: the newest of each of the last
//! 7 days that have one, of each of the last 4 ISO weeks, and of each of the
//! last 12 months (days, weeks and months in UTC; one backup may count for
//! all three). Every other reason ("made by hand", "before an import", …)
//! keeps its newest 10. The newest backup of all is never deleted.

use std::collections::HashSet;

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::names::Reason;

/// A day, ISO week or month, as (year, month or week, day or 0).
type Period = dyn Fn(Timestamp) -> (i16, i8, i8);

/// How many of each to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Newest daily backup of each of this many days.
    pub days: usize,
    /// Of each of this many weeks.
    pub weeks: usize,
    /// Of each of this many months.
    pub months: usize,
    /// Newest backups of each other reason.
    pub each_other_reason: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            days: 7,
            weeks: 4,
            months: 12,
            each_other_reason: 10,
        }
    }
}

/// The positions in `backups` (time and reason of each, in any order) that
/// `policy` lets go.
pub fn to_delete(backups: &[(Timestamp, Reason)], policy: Policy) -> Vec<usize> {
    let mut newest_first: Vec<usize> = (0..backups.len()).collect();
    newest_first.sort_by(|&a, &b| backups[b].0.cmp(&backups[a].0));
    let mut keep: HashSet<usize> = newest_first.first().copied().into_iter().collect();

    let daily: Vec<usize> = newest_first
        .iter()
        .copied()
        .filter(|&i| backups[i].1 == Reason::Daily)
        .collect();
    let day = |at: Timestamp| {
        let date = TimeZone::UTC.to_datetime(at).date();
        (date.year(), date.month(), date.day())
    };
    let week = |at: Timestamp| {
        let week = TimeZone::UTC.to_datetime(at).date().iso_week_date();
        (week.year(), week.week(), 0)
    };
    let month = |at: Timestamp| {
        let date = TimeZone::UTC.to_datetime(at).date();
        (date.year(), date.month(), 0)
    };
    let periods: [(&Period, usize); 3] = [
        (&day, policy.days),
        (&week, policy.weeks),
        (&month, policy.months),
    ];
    for (period, count) in periods {
        let mut last = None;
        let mut kept = 0;
        for &i in &daily {
            if kept == count {
                break;
            }
            let this = period(backups[i].0);
            if last != Some(this) {
                keep.insert(i);
                last = Some(this);
                kept += 1;
            }
        }
    }

    for reason in Reason::ALL.into_iter().filter(|&r| r != Reason::Daily) {
        keep.extend(
            newest_first
                .iter()
                .copied()
                .filter(|&i| backups[i].1 == reason)
                .take(policy.each_other_reason),
        );
    }
    let mut gone: Vec<usize> = (0..backups.len()).filter(|i| !keep.contains(i)).collect();
    gone.sort_unstable();
    gone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        format!("{text}Z").parse().unwrap()
    }

    fn kept(backups: &[(Timestamp, Reason)]) -> Vec<Timestamp> {
        let gone = to_delete(backups, Policy::default());
        (0..backups.len())
            .filter(|i| !gone.contains(i))
            .map(|i| backups[i].0)
            .collect()
    }

    #[test]
    fn a_year_and_a_half_of_daily_backups_keeps_7_days_4_weeks_12_months() {
        // One backup a day at 02:00 from 2025-06-01 to 2026-12-05 (Sat).
        let first = at("2025-06-01T02:00:00");
        let backups: Vec<(Timestamp, Reason)> = (0..553)
            .map(|day| {
                (
                    first + jiff::SignedDuration::from_hours(24 * day),
                    Reason::Daily,
                )
            })
            .collect();
        assert_eq!(backups.last().unwrap().0, at("2026-12-05T02:00:00"));
        let kept: Vec<String> = kept(&backups)
            .iter()
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .collect();
        let expected = [
            // the newest of each of the last 12 months
            "2026-01-31",
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31",
            "2026-06-30",
            "2026-07-31",
            "2026-08-31",
            "2026-09-30",
            "2026-10-31",
            // of the last 4 ISO weeks (Sundays end them; 11-30 ends November)
            "2026-11-15",
            "2026-11-22",
            "2026-11-29",
            "2026-11-30",
            // of the last 7 days
            "2026-12-01",
            "2026-12-02",
            "2026-12-03",
            "2026-12-04",
            "2026-12-05",
        ];
        assert_eq!(kept, expected);
    }

    #[test]
    fn several_backups_a_day_keep_the_newest_of_each_day() {
        let backups = [
            (at("2026-12-05T09:00:00"), Reason::Daily),
            (at("2026-12-05T18:00:00"), Reason::Daily),
            (at("2026-12-04T23:59:59"), Reason::Daily),
            (at("2026-12-04T08:00:00"), Reason::Daily),
        ];
        assert_eq!(
            kept(&backups),
            [at("2026-12-05T18:00:00"), at("2026-12-04T23:59:59")]
        );
    }

    #[test]
    fn each_other_reason_keeps_its_newest_ten_and_daily_ones_are_not_counted_against_them() {
        let mut backups: Vec<(Timestamp, Reason)> = (0..15)
            .map(|i| {
                (
                    at("2026-12-01T00:00:00") + jiff::SignedDuration::from_mins(i),
                    Reason::BeforeImport,
                )
            })
            .collect();
        backups.push((at("2026-11-01T00:00:00"), Reason::BeforeMerge));
        backups.push((at("2026-12-05T00:00:00"), Reason::Daily));
        let gone = to_delete(&backups, Policy::default());
        assert_eq!(gone, [0, 1, 2, 3, 4], "the five oldest imports' backups go");
    }

    #[test]
    fn the_newest_backup_is_never_deleted_even_when_the_policy_keeps_none() {
        let backups = [
            (at("2026-12-01T00:00:00"), Reason::Daily),
            (at("2026-12-02T00:00:00"), Reason::Manual),
        ];
        let none = Policy {
            days: 0,
            weeks: 0,
            months: 0,
            each_other_reason: 0,
        };
        assert_eq!(to_delete(&backups, none), [0]);
        assert!(to_delete(&[], none).is_empty());
    }
}
