//! Credit entries: writing them with their topics, and reading them back with
//! their topics and certificates. A range of credits is read with three
//! queries (entries, topics, certificates), whatever its size, because a
//! cycle's progress reads thousands of them at once.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::labels::topic_order;
use super::validate::clean_credit;
use super::{CertificateInfo, CmeError, Credit, CreditDraft, CreditId, CreditType};
use crate::values::{stored_instant, EventId};

/// Records a credit entry.
pub fn add_credit(
    conn: &mut Connection,
    draft: &CreditDraft,
    now: Timestamp,
) -> Result<Credit, CmeError> {
    add_credit_with_certificates(conn, draft, &[], now)
}

/// Records a credit entry with its certificates (file name, content), all or
/// nothing: a file that is not a PDF or an image stores no credit either.
pub fn add_credit_with_certificates(
    conn: &mut Connection,
    draft: &CreditDraft,
    certificates: &[(String, Vec<u8>)],
    now: Timestamp,
) -> Result<Credit, CmeError> {
    let draft = clean_credit(draft)?;
    let tx = conn.transaction()?;
    require_event(&tx, draft.event_id)?;
    tx.execute(
        "INSERT INTO cme_credits
             (earned_on, title, provider, credit_type, type_label, hours, event_id, notes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            draft.earned_on.to_string(),
            draft.title,
            draft.provider,
            draft.credit_type.as_str(),
            draft.type_label,
            draft.hours,
            draft.event_id,
            draft.notes,
            stored_instant(now),
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_topics(&tx, id, &draft.topics)?;
    for (file_name, content) in certificates {
        super::certificates::insert(&tx, id, file_name, content, now)?;
    }
    let credit = credit(&tx, id)?;
    tx.commit()?;
    Ok(credit)
}

/// Replaces a credit entry's fields (its certificates stay).
pub fn update_credit(
    conn: &mut Connection,
    id: CreditId,
    draft: &CreditDraft,
) -> Result<Credit, CmeError> {
    let draft = clean_credit(draft)?;
    let tx = conn.transaction()?;
    if !exists(&tx, id)? {
        return Err(CmeError::NotFound { what: "credit", id });
    }
    require_event(&tx, draft.event_id)?;
    tx.execute(
        "UPDATE cme_credits
         SET earned_on = ?2, title = ?3, provider = ?4, credit_type = ?5, type_label = ?6,
             hours = ?7, event_id = ?8, notes = ?9
         WHERE id = ?1",
        params![
            id,
            draft.earned_on.to_string(),
            draft.title,
            draft.provider,
            draft.credit_type.as_str(),
            draft.type_label,
            draft.hours,
            draft.event_id,
            draft.notes,
        ],
    )?;
    tx.execute("DELETE FROM cme_credit_topics WHERE credit_id = ?1", [id])?;
    write_topics(&tx, id, &draft.topics)?;
    let credit = credit(&tx, id)?;
    tx.commit()?;
    Ok(credit)
}

/// Deletes a credit entry with its certificates.
pub fn delete_credit(conn: &mut Connection, id: CreditId) -> Result<(), CmeError> {
    match conn.execute("DELETE FROM cme_credits WHERE id = ?1", [id])? {
        0 => Err(CmeError::NotFound { what: "credit", id }),
        _ => Ok(()),
    }
}

/// One credit entry.
pub fn credit(conn: &Connection, id: CreditId) -> Result<Credit, CmeError> {
    let mut credit = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM cme_credits c WHERE c.id = ?1"
        ))?
        .query_row([id], credit_row)
        .optional()?
        .ok_or(CmeError::NotFound { what: "credit", id })?;
    let mut topics =
        conn.prepare_cached("SELECT topic FROM cme_credit_topics WHERE credit_id = ?1")?;
    credit.topics = topics
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    credit.topics.sort_by_cached_key(|topic| topic_order(topic));
    let mut certificates = conn.prepare_cached(
        "SELECT credit_id, id, file_name, media_type, length(content)
         FROM cme_certificates WHERE credit_id = ?1 ORDER BY id",
    )?;
    credit.certificates = certificates
        .query_map([id], |row| certificate_row(row).map(|(_, info)| info))?
        .collect::<Result<_, _>>()?;
    Ok(credit)
}

/// Credit entries earned between `from` and `to` (inclusive; open when
/// `None`), newest first.
pub fn credits(
    conn: &Connection,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<Vec<Credit>, CmeError> {
    let from = from.map_or_else(String::new, |date| date.to_string());
    let to = to.map_or_else(|| "9999-12-31".to_owned(), |date| date.to_string());
    Ok(between(conn, &from, &to, Order::NewestFirst)?)
}

/// Which way a range of credits is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    /// By date, the earliest first: reports.
    OldestFirst,
    /// By date, the latest first: the credit list.
    NewestFirst,
}

/// The credits earned from `from` to `to` (stored dates, inclusive) with
/// their topics and certificates.
pub(super) fn between(
    conn: &Connection,
    from: &str,
    to: &str,
    order: Order,
) -> rusqlite::Result<Vec<Credit>> {
    let direction = match order {
        Order::OldestFirst => "ASC",
        Order::NewestFirst => "DESC",
    };
    let mut entries = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM cme_credits c WHERE c.earned_on BETWEEN ?1 AND ?2
         ORDER BY c.earned_on {direction}, c.id {direction}"
    ))?;
    let mut credits: Vec<Credit> = entries
        .query_map([from, to], credit_row)?
        .collect::<Result<_, _>>()?;
    let place: HashMap<CreditId, usize> = credits
        .iter()
        .enumerate()
        .map(|(index, credit)| (credit.id, index))
        .collect();

    let mut topics = conn.prepare_cached(
        "SELECT t.credit_id, t.topic FROM cme_credits c
         JOIN cme_credit_topics t ON t.credit_id = c.id
         WHERE c.earned_on BETWEEN ?1 AND ?2",
    )?;
    let mut rows = topics.query([from, to])?;
    while let Some(row) = rows.next()? {
        if let Some(&index) = place.get(&row.get::<_, CreditId>(0)?) {
            credits[index].topics.push(row.get(1)?);
        }
    }

    let mut certificates = conn.prepare_cached(
        "SELECT f.credit_id, f.id, f.file_name, f.media_type, length(f.content)
         FROM cme_credits c JOIN cme_certificates f ON f.credit_id = c.id
         WHERE c.earned_on BETWEEN ?1 AND ?2",
    )?;
    let mut rows = certificates.query([from, to])?;
    while let Some(row) = rows.next()? {
        let (credit_id, info) = certificate_row(row)?;
        if let Some(&index) = place.get(&credit_id) {
            credits[index].certificates.push(info);
        }
    }

    for credit in &mut credits {
        if credit.topics.len() > 1 {
            credit.topics.sort_by_cached_key(|topic| topic_order(topic));
        }
        if credit.certificates.len() > 1 {
            credit.certificates.sort_by_key(|info| info.id);
        }
    }
    Ok(credits)
}

/// Whether a credit entry has this id.
pub(super) fn exists(conn: &Connection, id: CreditId) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM cme_credits WHERE id = ?1")?
        .exists([id])
}

/// A stored date; one that does not parse is a damaged row, reported.
pub(super) fn date_column(row: &Row<'_>, column: usize) -> rusqlite::Result<Date> {
    let text = row.get_ref(column)?.as_str()?;
    text.parse().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

const COLUMNS: &str =
    "c.id, c.earned_on, c.title, c.provider, c.credit_type, c.type_label, c.hours, c.event_id, c.notes";

fn credit_row(row: &Row<'_>) -> rusqlite::Result<Credit> {
    let credit_type = row
        .get_ref(4)?
        .as_str()?
        .parse::<CreditType>()
        .map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(
                4,
                rusqlite::types::Type::Text,
                Box::new(error),
            )
        })?;
    Ok(Credit {
        id: row.get(0)?,
        earned_on: date_column(row, 1)?,
        title: row.get(2)?,
        provider: row.get(3)?,
        credit_type,
        type_label: row.get(5)?,
        hours: row.get(6)?,
        topics: Vec::new(),
        event_id: row.get(7)?,
        notes: row.get(8)?,
        certificates: Vec::new(),
    })
}

fn certificate_row(row: &Row<'_>) -> rusqlite::Result<(CreditId, CertificateInfo)> {
    let size: i64 = row.get(4)?;
    Ok((
        row.get(0)?,
        CertificateInfo {
            id: row.get(1)?,
            file_name: row.get(2)?,
            media_type: row.get(3)?,
            size: u64::try_from(size).unwrap_or(0),
        },
    ))
}

fn write_topics(conn: &Connection, id: CreditId, topics: &[String]) -> rusqlite::Result<()> {
    let mut insert =
        conn.prepare_cached("INSERT INTO cme_credit_topics (credit_id, topic) VALUES (?1, ?2)")?;
    for topic in topics {
        insert.execute(params![id, topic])?;
    }
    Ok(())
}

fn require_event(conn: &Connection, event_id: Option<EventId>) -> Result<(), CmeError> {
    let Some(id) = event_id else {
        return Ok(());
    };
    let found = conn
        .prepare_cached("SELECT 1 FROM events WHERE id = ?1")?
        .exists([id])?;
    if found {
        Ok(())
    } else {
        Err(CmeError::NotFound { what: "event", id })
    }
}
