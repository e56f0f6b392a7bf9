//! The calendar's range query, and the table that makes it fast.
//!
//! Every write stores each occurrence of the event in `event_occurrences`
//! with two integer keys (see migration 005): UTC seconds for a zoned event,
//! and for a floating or all-day event the civil time read as if it were
//! UTC. A range query widens its bounds by 14 hours either side (the
//! farthest any inhabited zone is from UTC), takes the candidates from the
//! index, and then computes each one's exact instants (floating and all-day
//! ones on the viewer's wall clock) to keep those that really overlap.

use std::collections::{HashMap, HashSet};

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};

use super::codes::filter_events;
use super::recurrence;
use super::store::read_timing;
use super::timing::{civil_from_key, out_of_range, Clock, Timing};
use super::{EventError, EventFilter, EventId, EventKind, EventStatus, Occurrence};

/// How far a floating or all-day key can be from the instant it means.
const WIDENING: i64 = 14 * 3600;

/// Rewrites the occurrence rows of event `id`: one for a single event or a
/// changed occurrence, one per occurrence for a series (skipping removed
/// and changed ones). Returns the names of every occurrence the series
/// rule gives, removed and changed ones included.
pub(super) fn materialise(conn: &Connection, id: EventId) -> Result<Vec<String>, EventError> {
    let (timing, recurrence, recurrence_id) = read_timing(conn, id)?;
    conn.prepare_cached("DELETE FROM event_occurrences WHERE event_id = ?1")?
        .execute([id])?;
    if let Some(recurrence_id) = recurrence_id {
        let row = (
            recurrence_id.clone(),
            timing.key(timing.start),
            timing.key(timing.end),
        );
        write(conn, id, &[row])?;
        return Ok(vec![recurrence_id]);
    }
    let planned = plan(&timing, &recurrence, &skipped(conn, id)?)?;
    write(conn, id, &planned.rows)?;
    Ok(planned.names)
}

/// The occurrences of a single event or a series, worked out before any
/// is written.
pub(super) struct Planned {
    /// Each occurrence to store: its name and its start and end keys.
    pub rows: Vec<(String, i64, i64)>,
    /// The names of every occurrence the rule gives, skipped ones included.
    pub names: Vec<String>,
}

/// The occurrences of an event with `timing` and `recurrence`, but those
/// named in `skipped`. Every way a series can be refused is found here,
/// so a caller that plans before it writes writes nothing it must undo.
pub(super) fn plan(
    timing: &Timing,
    recurrence: &str,
    skipped: &HashSet<String>,
) -> Result<Planned, EventError> {
    let length = timing.length();
    let starts = recurrence::expand(recurrence, timing)?;
    let mut planned = Planned {
        rows: Vec::with_capacity(starts.len()),
        names: Vec::with_capacity(starts.len()),
    };
    for start in starts {
        let name = timing.label(start);
        if !skipped.contains(&name) {
            let end = start.checked_add(length).map_err(|_| out_of_range("end"))?;
            planned
                .rows
                .push((name.clone(), timing.key(start), timing.key(end)));
        }
        planned.names.push(name);
    }
    Ok(planned)
}

/// Adds event `id`'s occurrence rows.
pub(super) fn write(
    conn: &Connection,
    id: EventId,
    rows: &[(String, i64, i64)],
) -> Result<(), EventError> {
    let mut insert = conn.prepare_cached(INSERT)?;
    for (name, starts, ends) in rows {
        insert.execute(params![id, name, starts, ends])?;
    }
    Ok(())
}

/// Occurrence rows of new events, held back to be written together in
/// order of their start. An import writes thousands of events: written one
/// event at a time, each row lands at a random place in the indexes by start
/// and by end (a page read, split and written back for each); written in
/// start order, each lands next to the one before. Nothing reads the held
/// rows until [`HeldOccurrences::write`], so a caller writes them before it
/// reads or changes occurrences, and before it commits.
#[derive(Default)]
pub(crate) struct HeldOccurrences {
    rows: Vec<(EventId, (String, i64, i64))>,
}

impl HeldOccurrences {
    /// Holds event `id`'s `rows` (from [`plan`]).
    pub(super) fn hold(&mut self, id: EventId, rows: Vec<(String, i64, i64)>) {
        self.rows.extend(rows.into_iter().map(|row| (id, row)));
    }

    /// Writes every held row, in order of start, and holds none after.
    pub(crate) fn write(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        self.rows
            .sort_unstable_by_key(|(id, (_, starts, ends))| (*starts, *ends, *id));
        let mut insert = conn.prepare_cached(INSERT)?;
        for (id, (name, starts, ends)) in self.rows.drain(..) {
            insert.execute(params![id, name, starts, ends])?;
        }
        Ok(())
    }
}

const INSERT: &str = "INSERT INTO event_occurrences (event_id, recurrence_id, starts_key, ends_key) VALUES (?1, ?2, ?3, ?4)";

/// The occurrences of series `id` that are removed or changed.
fn skipped(conn: &Connection, id: EventId) -> rusqlite::Result<HashSet<String>> {
    conn.prepare_cached(
        "SELECT recurrence_id FROM event_exclusions WHERE event_id = ?1
         UNION SELECT recurrence_id FROM events WHERE series_id = ?1",
    )?
    .query_map([id], |row| row.get(0))?
    .collect()
}

/// Every occurrence overlapping `[from, to)`; see [`super::occurrences`].
pub(super) fn between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
    viewer: &TimeZone,
    filter: &EventFilter,
) -> Result<Vec<Occurrence>, EventError> {
    if to <= from {
        return Ok(Vec::new());
    }
    let mut sql = String::from(
        "SELECT o.event_id, o.recurrence_id, o.starts_key, o.ends_key, e.series_id, e.recurrence <> '',
                e.kind, e.title, e.status, e.location, e.online, e.all_day, e.time_zone, e.expected_credits
         FROM event_occurrences o JOIN events e ON e.id = o.event_id
         WHERE o.starts_key < ? AND o.ends_key > ?",
    );
    let mut values = vec![
        Value::Integer(to.as_second().saturating_add(WIDENING + 1)),
        Value::Integer(from.as_second().saturating_sub(WIDENING)),
    ];
    filter_events(filter, &mut sql, &mut values);
    let mut statement = conn.prepare(&sql)?;
    let mut rows = statement.query(params_from_iter(values))?;
    let mut clocks: HashMap<(bool, String), Clock> = HashMap::new();
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let all_day: bool = row.get(11)?;
        let zone: String = row.get(12)?;
        let clock = clocks
            .entry((all_day, zone))
            .or_insert_with_key(|(all_day, zone)| Clock::from_row(*all_day, zone));
        let event_id: EventId = row.get(0)?;
        let series: Option<EventId> = row.get(4)?;
        let is_series: bool = row.get(5)?;
        let times = Times::of(clock, row.get(2)?, row.get(3)?, viewer);
        if times.starts_at >= to || times.ends_at <= from {
            continue;
        }
        found.push(Occurrence {
            event_id,
            series_id: series.or(is_series.then_some(event_id)),
            recurrence_id: row.get(1)?,
            kind: EventKind::parse(&row.get::<_, String>(6)?),
            title: row.get(7)?,
            status: EventStatus::parse(&row.get::<_, String>(8)?),
            location: row.get(9)?,
            online: row.get(10)?,
            all_day,
            starts_at: times.starts_at,
            ends_at: times.ends_at,
            start: times.start,
            end: times.end,
            time_zone: clock.zone_name().to_owned(),
            viewer_start: times.viewer_start,
            viewer_end: times.viewer_end,
            recurring: series.is_some() || is_series,
            expected_credits: row.get(13)?,
        });
    }
    found.sort_by(|a, b| {
        (a.starts_at, &a.title, a.event_id, &a.recurrence_id).cmp(&(
            b.starts_at,
            &b.title,
            b.event_id,
            &b.recurrence_id,
        ))
    });
    Ok(found)
}

/// An occurrence's times: the instants, where it happens, and on the
/// viewer's wall clock.
struct Times {
    starts_at: Timestamp,
    ends_at: Timestamp,
    start: String,
    end: String,
    viewer_start: String,
    viewer_end: String,
}

impl Times {
    /// The times of the occurrence stored with these keys.
    fn of(clock: &Clock, starts_key: i64, ends_key: i64, viewer: &TimeZone) -> Self {
        if let Clock::Zoned { tz, .. } = clock {
            let starts_at = Timestamp::from_second(starts_key).unwrap_or(Timestamp::UNIX_EPOCH);
            let ends_at = Timestamp::from_second(ends_key).unwrap_or(Timestamp::UNIX_EPOCH);
            return Self {
                starts_at,
                ends_at,
                start: starts_at.to_zoned_datetime(tz.clone()).to_string(),
                end: ends_at.to_zoned_datetime(tz.clone()).to_string(),
                viewer_start: on_wall_clock(starts_at, viewer),
                viewer_end: on_wall_clock(ends_at, viewer),
            };
        }
        let (first, after) = (civil_from_key(starts_key), civil_from_key(ends_key));
        let starts_at = clock.instant(first, viewer);
        let ends_at = clock.instant(after, viewer);
        if let Clock::AllDay = clock {
            let first_day = first.date().to_string();
            let last_day = after.date().yesterday().unwrap_or(after.date()).to_string();
            return Self {
                starts_at,
                ends_at,
                start: first_day.clone(),
                end: last_day.clone(),
                viewer_start: first_day,
                viewer_end: last_day,
            };
        }
        Self {
            starts_at,
            ends_at,
            start: first.to_string(),
            end: after.to_string(),
            viewer_start: on_wall_clock(starts_at, viewer),
            viewer_end: on_wall_clock(ends_at, viewer),
        }
    }
}

fn on_wall_clock(at: Timestamp, viewer: &TimeZone) -> String {
    at.to_zoned_datetime(viewer.clone()).datetime().to_string()
}
