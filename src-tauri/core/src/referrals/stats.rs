//! The ledger's numbers: counts both ways and the last referral each way,
//! per colleague and per specialty; the relationships that go one way over
//! a window; and the colleagues the user has not referred to in a year.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::Connection;

use super::{
    ColleagueTally, DormantColleague, OneSided, ReferralDirection, ReferralError, ReferralStats,
    SpecialtyTally,
};
use crate::values::fold;

/// How far back a relationship is judged one-sided: two years.
pub const ONE_SIDED_WINDOW_DAYS: i64 = 730;

/// How long without a referral sent makes a colleague "not referred to in
/// a year".
pub const QUIET_DAYS: i64 = 365;

/// The ledger's numbers on `today`.
pub fn stats(conn: &Connection, today: Date) -> Result<ReferralStats, ReferralError> {
    let one_sided_since = days_before(today, ONE_SIDED_WINDOW_DAYS - 1);
    Ok(ReferralStats {
        today,
        by_colleague: by_colleague(conn)?,
        by_specialty: by_specialty(conn)?,
        one_sided_since,
        one_sided: one_sided(conn, one_sided_since, today)?,
        not_referred_in_a_year: dormant(conn, days_before(today, QUIET_DAYS))?,
    })
}

fn days_before(day: Date, days: i64) -> Date {
    day.checked_sub(days.days()).unwrap_or(Date::MIN)
}

fn date(text: Option<String>) -> rusqlite::Result<Option<Date>> {
    text.map(|text| {
        text.parse::<Date>().map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(error),
            )
        })
    })
    .transpose()
}

fn by_colleague(conn: &Connection) -> Result<Vec<ColleagueTally>, ReferralError> {
    let mut statement = conn.prepare(
        "SELECT c.id, c.display_name, c.specialty,
                sum(r.direction = 'sent'), sum(r.direction = 'received'),
                max(CASE WHEN r.direction = 'sent' THEN r.on_date END),
                max(CASE WHEN r.direction = 'received' THEN r.on_date END)
           FROM referrals r JOIN contacts c ON c.id = r.contact_id
          GROUP BY c.id
          ORDER BY count(*) DESC, max(r.on_date) DESC, c.display_name",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(ColleagueTally {
            contact_id: row.get(0)?,
            contact_name: row.get(1)?,
            specialty: row.get(2)?,
            sent: row.get(3)?,
            received: row.get(4)?,
            last_sent: date(row.get(5)?)?,
            last_received: date(row.get(6)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn by_specialty(conn: &Connection) -> Result<Vec<SpecialtyTally>, ReferralError> {
    let mut statement =
        conn.prepare("SELECT specialty, direction, on_date FROM referrals ORDER BY id")?;
    let mut rows = statement.query([])?;
    let mut tallies: Vec<SpecialtyTally> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    while let Some(row) = rows.next()? {
        let specialty: String = row.get(0)?;
        let direction: String = row.get(1)?;
        let on = date(Some(row.get(2)?))?;
        let key = fold(&specialty);
        let at = *index.entry(key).or_insert_with(|| {
            tallies.push(SpecialtyTally {
                specialty: specialty.trim().to_owned(),
                sent: 0,
                received: 0,
                last_sent: None,
                last_received: None,
            });
            tallies.len() - 1
        });
        let tally = &mut tallies[at];
        if direction == "sent" {
            tally.sent += 1;
            tally.last_sent = tally.last_sent.max(on);
        } else {
            tally.received += 1;
            tally.last_received = tally.last_received.max(on);
        }
    }
    tallies.sort_by(|a, b| {
        (b.sent + b.received)
            .cmp(&(a.sent + a.received))
            .then_with(|| a.specialty.cmp(&b.specialty))
    });
    Ok(tallies)
}

fn one_sided(conn: &Connection, since: Date, today: Date) -> Result<Vec<OneSided>, ReferralError> {
    let mut statement = conn.prepare(
        "SELECT c.id, c.display_name,
                sum(r.direction = 'sent'), sum(r.direction = 'received'), max(r.on_date)
           FROM referrals r JOIN contacts c ON c.id = r.contact_id
          WHERE r.on_date >= ?1 AND r.on_date <= ?2
          GROUP BY c.id
         HAVING sum(r.direction = 'sent') = 0 OR sum(r.direction = 'received') = 0
          ORDER BY count(*) DESC, max(r.on_date) DESC, c.display_name",
    )?;
    let rows = statement.query_map([since.to_string(), today.to_string()], |row| {
        let sent: u32 = row.get(2)?;
        let received: u32 = row.get(3)?;
        Ok(OneSided {
            contact_id: row.get(0)?,
            contact_name: row.get(1)?,
            direction: if sent > 0 {
                ReferralDirection::Sent
            } else {
                ReferralDirection::Received
            },
            count: sent + received,
            last: date(row.get(4)?)?.unwrap_or(today),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Colleagues last referred to on or before `cutoff`, and referral
/// partners never referred to.
fn dormant(conn: &Connection, cutoff: Date) -> Result<Vec<DormantColleague>, ReferralError> {
    let mut statement = conn.prepare(
        "WITH last AS (SELECT contact_id, max(on_date) AS last_sent FROM referrals
                        WHERE direction = 'sent' GROUP BY contact_id),
              partners AS (SELECT DISTINCT contact_id FROM relationships
                            WHERE kind = 'referral_partner' AND other_contact_id IS NULL)
         SELECT c.id, c.display_name, c.specialty, l.last_sent, p.contact_id IS NOT NULL
           FROM contacts c
           LEFT JOIN last l ON l.contact_id = c.id
           LEFT JOIN partners p ON p.contact_id = c.id
          WHERE (l.last_sent IS NOT NULL OR p.contact_id IS NOT NULL)
            AND (l.last_sent IS NULL OR l.last_sent <= ?1)
          ORDER BY l.last_sent IS NOT NULL, l.last_sent, c.display_name",
    )?;
    let rows = statement.query_map([cutoff.to_string()], |row| {
        Ok(DormantColleague {
            contact_id: row.get(0)?,
            contact_name: row.get(1)?,
            specialty: row.get(2)?,
            last_sent: date(row.get(3)?)?,
            partner: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
