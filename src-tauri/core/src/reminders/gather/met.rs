//! Reading the people met at events that ended (or are about to), for the
//! follow-ups after an event.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::{days, instant, oldest, read_person, remember, text, Bounds, CONTACTS, DAY, PERSON};
use crate::reminders::engine::Moved;
use crate::reminders::snapshot::{MetAtEvent, Snapshot};
use crate::reminders::{ReminderError, ReminderKind};

const MET: &str = "SELECT o.event_id, o.recurrence_id, o.starts_key, o.ends_key, e.title, e.all_day, e.time_zone,
            e.series_id IS NULL AND e.recurrence != '', p.note, p.added_at, {PERSON}
     FROM event_occurrences o
     JOIN events e ON e.id = o.event_id
     JOIN event_people p ON p.event_id = o.event_id AND p.role = 'met'
     CROSS JOIN {CONTACTS} ON c.id = p.contact_id
     WHERE NOT EXISTS (SELECT 1 FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
                       WHERE i.event_id = o.event_id AND ic.contact_id = p.contact_id
                         AND i.kind IN ('meeting', 'call'))";

/// The instant and the civil time of an occurrence key (UTC seconds for a
/// zoned event; a civil time read as UTC otherwise, then on the user's
/// wall clock).
fn keyed(
    key: i64,
    zone: &str,
    all_day: bool,
    user: &TimeZone,
) -> (Timestamp, jiff::civil::DateTime) {
    let utc = Timestamp::from_second(key).unwrap_or(Timestamp::UNIX_EPOCH);
    if all_day || zone.is_empty() {
        let civil = TimeZone::UTC.to_datetime(utc);
        (user.to_timestamp(civil).unwrap_or(utc), civil)
    } else {
        let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
        (utc, tz.to_datetime(utc))
    }
}

pub(super) fn read_met(
    conn: &Connection,
    bounds: &Bounds,
    condition: &str,
    values: Vec<Value>,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let sql = format!(
        "{} AND {condition}",
        MET.replace("{PERSON}", PERSON)
            .replace("{CONTACTS}", CONTACTS)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        let (zone, all_day): (String, bool) = (row.get(6)?, row.get(5)?);
        let (starts_at, _) = keyed(row.get(2)?, &zone, all_day, &bounds.zone);
        let (ends_at, ends) = keyed(row.get(3)?, &zone, all_day, &bounds.zone);
        let series: bool = row.get(7)?;
        let added = instant(text(row, 9)?, 9)?;
        // A person met at a repeating event was met at the occurrence under
        // way (or just over) when they were recorded.
        if series && (added < starts_at.minus(DAY) || added > ends_at.plus(days(7))) {
            continue;
        }
        let recurrence_id: String = row.get(1)?;
        let occurrence = match series {
            true => recurrence_id
                .get(..10)
                .and_then(|day| day.parse::<Date>().ok()),
            false => None,
        };
        let person = read_person(row, 10)?;
        let met = MetAtEvent {
            event_id: row.get(0)?,
            occurrence,
            title: row.get(4)?,
            last_day: ends
                .checked_sub(SignedDuration::from_secs(1))
                .unwrap_or(ends)
                .date(),
            ends_at,
            contact_id: person.id,
            note: row.get(8)?,
        };
        remember(&mut snapshot.people, person);
        snapshot.met_at_events.push(met);
    }
    Ok(())
}

/// People met at events that ended between the look-back and the window's
/// end, except those met in a logged meeting or call there (that meeting
/// has its own follow-up).
pub(super) fn met_at_events(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let lead = i64::from(snapshot.settings.lead_of(ReminderKind::EventFollowUp));
    let from = oldest(bounds, snapshot, ReminderKind::EventFollowUp);
    let to = bounds.to.minus(days(lead)).plus(days(2));
    read_met(
        conn,
        bounds,
        "o.ends_key BETWEEN ? AND ?",
        vec![
            Value::Integer(from.as_second()),
            Value::Integer(to.as_second()),
        ],
        snapshot,
    )
}
