//! Which stored contact a card is: the same UID, else a shared email, else a
//! shared profile URL, else the exact same name at the same organisation.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::contacts::ContactDraft;
use crate::interop::Card;
use crate::values::ContactId;

/// The stored contact the card describes, if any.
pub(super) fn find(
    tx: &Transaction<'_>,
    card: &Card,
    incoming: &ContactDraft,
) -> rusqlite::Result<Option<ContactId>> {
    if let Some(uid) = card
        .uid
        .as_deref()
        .map(str::trim)
        .filter(|uid| !uid.is_empty())
    {
        if let Some(id) = one(tx, "SELECT id FROM contacts WHERE uid = ?1", params![uid])? {
            return Ok(Some(id));
        }
    }
    for email in incoming
        .emails
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
    {
        if let Some(id) = one(
            tx,
            "SELECT contact_id FROM contact_emails WHERE address = ?1 COLLATE NOCASE",
            params![email],
        )? {
            return Ok(Some(id));
        }
    }
    for link in incoming
        .links
        .iter()
        .map(|l| l.value.trim().trim_end_matches('/'))
        .filter(|l| !l.is_empty())
    {
        let slashed = format!("{link}/");
        if let Some(id) = one(
            tx,
            "SELECT contact_id FROM contact_links WHERE url IN (?1, ?2)",
            params![link, slashed],
        )? {
            return Ok(Some(id));
        }
    }
    one(
        tx,
        // Many people share an institution, few a name: the planner must not pick
        // the institution index, which made every card scan a whole hospital.
        "SELECT id FROM contacts INDEXED BY contacts_by_name
         WHERE display_name = ?1 COLLATE NOCASE AND institution = ?2 COLLATE NOCASE ORDER BY id",
        params![incoming.display_name.trim(), incoming.institution.trim()],
    )
}

fn one(
    tx: &Transaction<'_>,
    sql: &str,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Option<ContactId>> {
    tx.prepare_cached(sql)?
        .query_row(params, |row| row.get(0))
        .optional()
}
