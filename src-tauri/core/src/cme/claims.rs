//! "Claim your credits": attended events that promised CME credits, are over,
//! and have no credit entry yet. Some providers delete unclaimed credit after
//! a while, so the reminders read this list to prompt the user.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use super::{ClaimableCredits, CmeError};

/// Attended events that promised credits, ended before `now`, and have no
/// credit entry yet: what "claim your credits" prompts read. The most
/// recently ended first.
pub fn claimable(conn: &Connection, now: Timestamp) -> Result<Vec<ClaimableCredits>, CmeError> {
    let mut statement = conn.prepare_cached(
        "SELECT e.id, e.title, e.all_day, e.ends_local, e.time_zone, e.expected_credits
         FROM events e
         WHERE e.status = 'attended' AND e.expected_credits > 0
           AND NOT EXISTS (SELECT 1 FROM cme_credits c WHERE c.event_id = e.id)",
    )?;
    let mut rows = statement.query([])?;
    let mut claimable = Vec::new();
    while let Some(row) = rows.next()? {
        let all_day: bool = row.get(2)?;
        let ends_local: String = row.get(3)?;
        let time_zone: String = row.get(4)?;
        // An end that cannot be read cannot be said to be over; such a row
        // is the events store's to report, not a reason to hide the others.
        let Some(ended_at) = ended_at(all_day, &ends_local, &time_zone) else {
            continue;
        };
        if ended_at < now {
            claimable.push(ClaimableCredits {
                event_id: row.get(0)?,
                title: row.get(1)?,
                ended_at,
                expected_credits: row.get(5)?,
            });
        }
    }
    claimable.sort_by(|a, b| {
        b.ended_at
            .cmp(&a.ended_at)
            .then(b.event_id.cmp(&a.event_id))
    });
    Ok(claimable)
}

/// When an event is over. Timed: its end in its zone, a floating end read as
/// UTC (the instant is only used to say "it is over"). All-day: the start of
/// the day after its last day, in UTC.
fn ended_at(all_day: bool, ends_local: &str, time_zone: &str) -> Option<Timestamp> {
    let ends_local = ends_local.trim();
    if all_day {
        let last_day: Date = ends_local.get(..10).unwrap_or(ends_local).parse().ok()?;
        let end = last_day.tomorrow().ok()?.to_datetime(Time::midnight());
        return TimeZone::UTC.to_timestamp(end).ok();
    }
    let end: DateTime = ends_local.parse().ok()?;
    let zone = if time_zone.is_empty() {
        TimeZone::UTC
    } else {
        TimeZone::get(time_zone).unwrap_or(TimeZone::UTC)
    };
    zone.to_timestamp(end).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_ends_in_its_own_zone() {
        let berlin = ended_at(false, "2026-03-29T18:00:00", "Europe/Berlin").unwrap();
        assert_eq!(berlin.to_string(), "2026-03-29T16:00:00Z");
        let floating = ended_at(false, "2026-03-29T18:00:00", "").unwrap();
        assert_eq!(floating.to_string(), "2026-03-29T18:00:00Z");
    }

    #[test]
    fn an_all_day_event_ends_when_its_last_day_does() {
        let end = ended_at(true, "2026-05-03", "").unwrap();
        assert_eq!(end.to_string(), "2026-05-04T00:00:00Z");
        assert_eq!(ended_at(true, "soon", ""), None);
    }
}
