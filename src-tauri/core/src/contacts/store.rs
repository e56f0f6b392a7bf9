//! Reading and writing contacts. Every write is one transaction: a contact,
//! its lists and its search entry land together or not at all.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::search_index;
use super::validate::clean;
use super::{Contact, ContactDraft, ContactError, ContactFilter, ContactId, HowWeMet, NameParts};

/// Adds a contact and returns it as stored.
pub fn create(
    conn: &mut Connection,
    draft: &ContactDraft,
    now: Timestamp,
) -> Result<Contact, ContactError> {
    let tx = conn.transaction()?;
    let id = insert(&tx, draft, now, Indexing::Now)?;
    let contact = get(&tx, id)?;
    tx.commit()?;
    Ok(contact)
}

/// Replaces every field of contact `id` with the draft's. What only an
/// import sets (its `uid`, unknown vCard properties, the photo) is kept.
pub fn update(
    conn: &mut Connection,
    id: ContactId,
    draft: &ContactDraft,
    now: Timestamp,
) -> Result<Contact, ContactError> {
    let tx = conn.transaction()?;
    overwrite(&tx, id, draft, now, Indexing::Now)?;
    let contact = get(&tx, id)?;
    tx.commit()?;
    Ok(contact)
}

/// Removes contact `id` with everything attached to it, and the
/// interactions that were with this person alone.
pub fn delete(conn: &mut Connection, id: ContactId) -> Result<(), ContactError> {
    let tx = conn.transaction()?;
    for other in delete_in(&tx, id)? {
        super::refresh_recency(&tx, other)?;
        search_index::refresh(&tx, other)?;
    }
    tx.commit()?;
    Ok(())
}

/// Deletes contact `id` inside the caller's transaction and returns the
/// contacts who shared interactions with them, whose recency and search
/// entries the caller must refresh.
pub(crate) fn delete_in(tx: &Connection, id: ContactId) -> Result<Vec<ContactId>, ContactError> {
    let only_theirs: Vec<i64> = collect_ids(
        tx,
        "SELECT interaction_id FROM interaction_contacts ic WHERE contact_id = ?1
         AND NOT EXISTS (SELECT 1 FROM interaction_contacts o WHERE o.interaction_id = ic.interaction_id AND o.contact_id != ?1)",
        params![id],
    )?;
    let others: Vec<ContactId> = collect_ids(
        tx,
        "SELECT DISTINCT o.contact_id FROM interaction_contacts ic JOIN interaction_contacts o USING (interaction_id)
         WHERE ic.contact_id = ?1 AND o.contact_id != ?1",
        params![id],
    )?;
    if tx.execute("DELETE FROM contacts WHERE id = ?1", [id])? == 0 {
        return Err(ContactError::NotFound(id));
    }
    for interaction in only_theirs {
        tx.execute("DELETE FROM interactions WHERE id = ?1", [interaction])?;
    }
    search_index::remove(tx, id)?;
    Ok(others)
}

/// When a write updates the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Indexing {
    /// With the write.
    Now,
    /// Later, in bulk, by the caller (imports: one statement for all cards
    /// instead of several per card).
    Deferred,
}

/// Adds a contact inside the caller's transaction and returns its id.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    draft: &ContactDraft,
    now: Timestamp,
    indexing: Indexing,
) -> Result<ContactId, ContactError> {
    let draft = clean(draft)?;
    check_introducer(tx, None, &draft)?;
    tx.prepare_cached(
        "INSERT INTO contacts (display_name, created_at, updated_at) VALUES (?1, ?2, ?2)",
    )?
    .execute(params![draft.display_name, now.to_string()])?;
    let id = tx.last_insert_rowid();
    write_fields(tx, id, &draft, now, Fresh::Yes, indexing)?;
    Ok(id)
}

/// Replaces contact `id`'s fields inside the caller's transaction.
pub(crate) fn overwrite(
    tx: &Transaction<'_>,
    id: ContactId,
    draft: &ContactDraft,
    now: Timestamp,
    indexing: Indexing,
) -> Result<(), ContactError> {
    let draft = clean(draft)?;
    if !exists(tx, id)? {
        return Err(ContactError::NotFound(id));
    }
    check_introducer(tx, Some(id), &draft)?;
    write_fields(tx, id, &draft, now, Fresh::No, indexing)
}

/// One contact, whole: read as [`list`] reads many (`super::many`), so
/// the two cannot disagree.
pub fn get(conn: &Connection, id: ContactId) -> Result<Contact, ContactError> {
    let mut one = super::many::get_many(conn, &[id])?;
    one.pop().ok_or(ContactError::NotFound(id))
}

/// Contacts in name order, filtered, each whole: read table by table for
/// all of them at once (see [`super::many`]), not contact by contact.
pub fn list(conn: &Connection, filter: &ContactFilter) -> Result<Vec<Contact>, ContactError> {
    let ids = super::filter::matching_ids(conn, filter)?;
    super::many::get_many(conn, &ids)
}

/// The contact's photo as a `data:` URL the UI can show, if one is stored.
pub fn photo_data_url(conn: &Connection, id: ContactId) -> Result<Option<String>, ContactError> {
    let photo = conn
        .query_row(
            "SELECT media_type, data FROM contact_photos WHERE contact_id = ?1",
            [id],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?)),
        )
        .optional()?;
    Ok(photo.map(|(media_type, data)| {
        format!(
            "data:{media_type};base64,{}",
            data_encoding::BASE64.encode(&data)
        )
    }))
}

/// Whether contact `id` exists.
pub(crate) fn exists(conn: &Connection, id: ContactId) -> Result<bool, ContactError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM contacts WHERE id = ?1)")?
        .query_row([id], |row| row.get(0))?)
}

fn check_introducer(
    conn: &Connection,
    this: Option<ContactId>,
    draft: &ContactDraft,
) -> Result<(), ContactError> {
    let Some(introducer) = draft.met.as_ref().and_then(|met| met.introduced_by) else {
        return Ok(());
    };
    if Some(introducer) == this {
        return Err(
            super::Invalid::new("met", "A contact cannot have introduced themselves").into(),
        );
    }
    if !exists(conn, introducer)? {
        return Err(super::Invalid::new(
            "met",
            format!("There is no contact with id {introducer} to have introduced you"),
        )
        .into());
    }
    Ok(())
}

/// Whether a contact row was inserted just now, so it has no lists to clear.
#[derive(PartialEq, Eq)]
enum Fresh {
    Yes,
    No,
}

fn write_fields(
    tx: &Transaction<'_>,
    id: ContactId,
    draft: &ContactDraft,
    now: Timestamp,
    fresh: Fresh,
    indexing: Indexing,
) -> Result<(), ContactError> {
    let name = draft.name.clone().unwrap_or_default();
    let met = draft.met.clone().unwrap_or_default();
    let birthday = Some(draft.birthday.as_str()).filter(|b| !b.is_empty());
    let job_before: Option<(String, String)> = match fresh {
        Fresh::Yes => None,
        Fresh::No => Some(
            tx.prepare_cached("SELECT institution, title FROM contacts WHERE id = ?1")?
                .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))?,
        ),
    };
    tx.prepare_cached(
        "UPDATE contacts SET display_name = ?2, name_prefix = ?3, given_name = ?4, middle_name = ?5, family_name = ?6,
             name_suffix = ?7, nickname = ?8, credentials = ?9, pronouns = ?10, specialty = ?11, subspecialty = ?12,
             field = ?13, institution = ?14, department = ?15, title = ?16, birthday = ?17, time_zone = ?18,
             notes = ?19, met_on = ?20, met_at = ?21, introduced_by = ?22, updated_at = ?23
         WHERE id = ?1",
    )?
    .execute(params![
            id, draft.display_name, name.prefix, name.given, name.middle, name.family, name.suffix, draft.nickname,
            draft.credentials, draft.pronouns, draft.specialty, draft.subspecialty, draft.field, draft.institution,
            draft.department, draft.title, birthday, draft.time_zone, draft.notes, met.on, met.at, met.introduced_by,
            now.to_string()
        ])?;
    if fresh == Fresh::No {
        for table in [
            "contact_emails",
            "contact_phones",
            "contact_tags",
            "contact_links",
            "contact_addresses",
        ] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE contact_id = ?1"))?
                .execute([id])?;
        }
    }
    for (position, address) in draft.emails.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO contact_emails (contact_id, position, address) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, position as i64, address])?;
    }
    for (position, number) in draft.phones.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO contact_phones (contact_id, position, number) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, position as i64, number])?;
    }
    for tag in &draft.tags {
        tx.prepare_cached("INSERT INTO contact_tags (contact_id, tag) VALUES (?1, ?2)")?
            .execute(params![id, tag])?;
    }
    for (position, link) in draft.links.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO contact_links (contact_id, position, label, url) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, position as i64, link.label, link.value])?;
    }
    for (position, a) in draft.addresses.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO contact_addresses (contact_id, position, label, po_box, extended, street, locality, region, postal_code, country)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![id, position as i64, a.label, a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country])?;
    }
    let today = now
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .date()
        .to_string();
    super::jobs::follow_institution(
        tx,
        id,
        job_before
            .as_ref()
            .map(|(at, title)| (at.as_str(), title.as_str())),
        (&draft.institution, &draft.title),
        &today,
    )?;
    if indexing == Indexing::Now {
        search_index::refresh(tx, id)?;
    }
    Ok(())
}

pub(super) const SELECT_CONTACT: &str = "SELECT c.id, c.display_name, c.name_prefix, c.given_name, c.middle_name, c.family_name,
    c.name_suffix, c.nickname, c.credentials, c.pronouns, c.specialty, c.subspecialty, c.field, c.institution,
    c.department, c.title, c.birthday, c.time_zone, c.notes, c.met_on, c.met_at, c.introduced_by, c.uid, c.extra,
    EXISTS (SELECT 1 FROM contact_photos p WHERE p.contact_id = c.id), c.created_at, c.updated_at,
    c.last_interaction_at
    FROM contacts c";

/// The contact's own columns; lists are filled in by [`get`].
pub(super) fn contact_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    let extra: String = row.get(23)?;
    Ok(Contact {
        id: row.get(0)?,
        display_name: row.get(1)?,
        name: NameParts {
            prefix: row.get(2)?,
            given: row.get(3)?,
            middle: row.get(4)?,
            family: row.get(5)?,
            suffix: row.get(6)?,
        },
        nickname: row.get(7)?,
        credentials: row.get(8)?,
        pronouns: row.get(9)?,
        specialty: row.get(10)?,
        subspecialty: row.get(11)?,
        field: row.get(12)?,
        institution: row.get(13)?,
        department: row.get(14)?,
        title: row.get(15)?,
        emails: Vec::new(),
        phones: Vec::new(),
        links: Vec::new(),
        addresses: Vec::new(),
        birthday: row.get(16)?,
        time_zone: row.get(17)?,
        tags: Vec::new(),
        notes: row.get(18)?,
        met: HowWeMet {
            on: row.get(19)?,
            at: row.get(20)?,
            introduced_by: row.get(21)?,
        },
        uid: row.get(22)?,
        extra: extra.lines().map(str::to_owned).collect(),
        has_photo: row.get(24)?,
        created_at: timestamp(row, 25)?,
        updated_at: timestamp(row, 26)?,
        last_interaction_at: optional_timestamp(row, 27)?,
    })
}

/// A stored timestamp that may be absent.
pub(crate) fn optional_timestamp(
    row: &Row<'_>,
    column: usize,
) -> rusqlite::Result<Option<Timestamp>> {
    let text: Option<String> = row.get(column)?;
    text.map(|text| {
        text.parse().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    })
    .transpose()
}

/// A stored timestamp; one that does not parse is a damaged row, reported.
fn timestamp(row: &Row<'_>, column: usize) -> rusqlite::Result<Timestamp> {
    let text: String = row.get(column)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn collect_ids(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<ContactId>, ContactError> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(params, |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
