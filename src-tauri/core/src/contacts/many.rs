//! Contacts read whole, one statement per table for all of them (their
//! rows, then each list: emails, phones, tags, links, addresses): listing
//! 10,000 contacts takes six statements, not six per contact. The one
//! place a contact is read whole: [`super::get`] reads one through it.

use std::collections::HashMap;

use rusqlite::{Connection, Row};

use super::store::{contact_row, SELECT_CONTACT};
use super::{Address, Contact, ContactError, ContactId, Labeled};

/// The contacts `ids` names (each once, as a filter gives them), whole, in
/// that order. An id with no contact is [`ContactError::NotFound`], as for
/// `get`.
pub(crate) fn get_many(conn: &Connection, ids: &[ContactId]) -> Result<Vec<Contact>, ContactError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(ids)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let picked = "IN (SELECT value FROM json_each(?1))";
    let mut found: HashMap<ContactId, Contact> = HashMap::with_capacity(ids.len());
    {
        let mut statement =
            conn.prepare_cached(&format!("{SELECT_CONTACT} WHERE c.id {picked}"))?;
        let rows = statement.query_map([&list], contact_row)?;
        for contact in rows {
            let contact = contact?;
            found.insert(contact.id, contact);
        }
    }
    // Each list's rows in `get`'s order: by position, tags by name (their
    // column compares in any case, as `get`'s ORDER BY does).
    let mut fill =
        |sql: &str,
         order: &str,
         add: &mut dyn FnMut(&mut Contact, &Row<'_>) -> rusqlite::Result<()>| {
            let mut statement = conn.prepare_cached(&format!(
                "{sql} WHERE contact_id {picked} ORDER BY contact_id, {order}"
            ))?;
            let mut rows = statement.query([&list])?;
            while let Some(row) = rows.next()? {
                let id: ContactId = row.get(0)?;
                if let Some(contact) = found.get_mut(&id) {
                    add(contact, row)?;
                }
            }
            Ok::<_, rusqlite::Error>(())
        };
    fill(
        "SELECT contact_id, address FROM contact_emails",
        "position",
        &mut |c, row| {
            c.emails.push(row.get(1)?);
            Ok(())
        },
    )?;
    fill(
        "SELECT contact_id, number FROM contact_phones",
        "position",
        &mut |c, row| {
            c.phones.push(row.get(1)?);
            Ok(())
        },
    )?;
    fill(
        "SELECT contact_id, tag FROM contact_tags",
        "tag",
        &mut |c, row| {
            c.tags.push(row.get(1)?);
            Ok(())
        },
    )?;
    fill(
        "SELECT contact_id, label, url FROM contact_links",
        "position",
        &mut |c, row| {
            c.links.push(Labeled {
                label: row.get(1)?,
                value: row.get(2)?,
            });
            Ok(())
        },
    )?;
    fill(
        "SELECT contact_id, label, po_box, extended, street, locality, region, postal_code, country
         FROM contact_addresses",
        "position",
        &mut |c, row| {
            c.addresses.push(Address {
                label: row.get(1)?,
                po_box: row.get(2)?,
                extended: row.get(3)?,
                street: row.get(4)?,
                locality: row.get(5)?,
                region: row.get(6)?,
                postal_code: row.get(7)?,
                country: row.get(8)?,
            });
            Ok(())
        },
    )?;
    let mut contacts = Vec::with_capacity(ids.len());
    for &id in ids {
        contacts.push(found.remove(&id).ok_or(ContactError::NotFound(id))?);
    }
    Ok(contacts)
}
