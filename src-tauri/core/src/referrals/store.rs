//! The ledger's rows: writing a referral, reading one or a filtered list
//! back with its colleague's name, and the specialties the form suggests.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::validate::clean;
use super::{
    Referral, ReferralDirection, ReferralDraft, ReferralError, ReferralFilter, ReferralId,
    ReferralReason,
};
use crate::choice::parse;
use crate::values::{fold, folded_words, stored_instant};

const SELECT: &str = "SELECT r.id, r.contact_id, c.display_name, r.direction, r.on_date,
        r.specialty, r.reason, r.note, r.created_at
   FROM referrals r JOIN contacts c ON c.id = r.contact_id";

/// Logs a referral.
pub fn add(
    conn: &mut Connection,
    draft: &ReferralDraft,
    now: Timestamp,
) -> Result<Referral, ReferralError> {
    let tx = conn.transaction()?;
    let draft = clean(&tx, draft)?;
    tx.execute(
        "INSERT INTO referrals (contact_id, direction, on_date, specialty, reason, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            draft.contact_id,
            name(draft.direction),
            draft.on.to_string(),
            draft.specialty,
            name(draft.reason),
            draft.note,
            stored_instant(now),
        ],
    )?;
    let id = tx.last_insert_rowid();
    let referral = get(&tx, id)?;
    tx.commit()?;
    Ok(referral)
}

/// Replaces referral `id`'s fields (its colleague too: a referral logged
/// against the wrong person is moved, not retyped).
pub fn update(
    conn: &mut Connection,
    id: ReferralId,
    draft: &ReferralDraft,
) -> Result<Referral, ReferralError> {
    let tx = conn.transaction()?;
    let draft = clean(&tx, draft)?;
    let changed = tx.execute(
        "UPDATE referrals SET contact_id = ?2, direction = ?3, on_date = ?4, specialty = ?5,
                reason = ?6, note = ?7
          WHERE id = ?1",
        params![
            id,
            draft.contact_id,
            name(draft.direction),
            draft.on.to_string(),
            draft.specialty,
            name(draft.reason),
            draft.note,
        ],
    )?;
    if changed == 0 {
        return Err(ReferralError::NotFound(id));
    }
    let referral = get(&tx, id)?;
    tx.commit()?;
    Ok(referral)
}

/// Deletes referral `id`.
pub fn delete(conn: &Connection, id: ReferralId) -> Result<(), ReferralError> {
    match conn.execute("DELETE FROM referrals WHERE id = ?1", [id])? {
        0 => Err(ReferralError::NotFound(id)),
        _ => Ok(()),
    }
}

/// Referral `id`.
pub fn get(conn: &Connection, id: ReferralId) -> Result<Referral, ReferralError> {
    conn.query_row(&format!("{SELECT} WHERE r.id = ?1"), [id], read)
        .optional()?
        .ok_or(ReferralError::NotFound(id))
}

/// The referrals `filter` keeps, newest first.
pub fn list(conn: &Connection, filter: &ReferralFilter) -> Result<Vec<Referral>, ReferralError> {
    let mut sql = format!("{SELECT} WHERE 1 = 1");
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(contact) = filter.contact_id {
        values.push(contact.into());
        sql.push_str(&format!(" AND r.contact_id = ?{}", values.len()));
    }
    if let Some(direction) = filter.direction {
        values.push(name(direction).to_owned().into());
        sql.push_str(&format!(" AND r.direction = ?{}", values.len()));
    }
    if let Some(from) = filter.from {
        values.push(from.to_string().into());
        sql.push_str(&format!(" AND r.on_date >= ?{}", values.len()));
    }
    if let Some(to) = filter.to {
        values.push(to.to_string().into());
        sql.push_str(&format!(" AND r.on_date <= ?{}", values.len()));
    }
    sql.push_str(" ORDER BY r.on_date DESC, r.id DESC");
    let words = folded_words(&filter.text);
    let mut statement = conn.prepare(&sql)?;
    let rows = statement.query_map(rusqlite::params_from_iter(values), read)?;
    let mut referrals = Vec::new();
    for row in rows {
        let referral = row?;
        if words.is_empty() || matches(&referral, &words) {
            referrals.push(referral);
        }
    }
    Ok(referrals)
}

/// Every specialty the book knows, from contacts and from referrals, each
/// once (case and accents ignored), in alphabetical order: what the
/// referral form suggests.
pub fn specialties(conn: &Connection) -> Result<Vec<String>, ReferralError> {
    let mut statement = conn.prepare(
        "SELECT trim(specialty) FROM contacts WHERE trim(specialty) != ''
         UNION SELECT trim(specialty) FROM referrals WHERE trim(specialty) != ''",
    )?;
    let mut all: Vec<(String, String)> = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .map(|text| text.map(|text| (fold(&text), text)))
        .collect::<rusqlite::Result<_>>()?;
    all.sort();
    all.dedup_by(|a, b| a.0 == b.0);
    Ok(all.into_iter().map(|(_, text)| text).collect())
}

fn matches(referral: &Referral, words: &[String]) -> bool {
    let haystack = fold(&format!(
        "{} {} {}",
        referral.contact_name, referral.specialty, referral.note
    ));
    words.iter().all(|word| haystack.contains(word.as_str()))
}

fn read(row: &Row<'_>) -> rusqlite::Result<Referral> {
    let direction: String = row.get(3)?;
    let on: String = row.get(4)?;
    let reason: String = row.get(6)?;
    let created_at: String = row.get(8)?;
    Ok(Referral {
        id: row.get(0)?,
        contact_id: row.get(1)?,
        contact_name: row.get(2)?,
        direction: parse::<ReferralDirection>(&direction).map_err(|e| bad(3, e))?,
        on: on.parse::<Date>().map_err(|e| bad(4, e))?,
        specialty: row.get(5)?,
        reason: parse::<ReferralReason>(&reason).map_err(|e| bad(6, e))?,
        note: row.get(7)?,
        created_at: created_at.parse().map_err(|e| bad(8, e))?,
    })
}

fn bad(column: usize, error: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(error))
}

fn name<T: crate::choice::Choice>(value: T) -> &'static str {
    value.name()
}
