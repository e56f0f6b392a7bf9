//! Contacts read whole, one statement per table for all of them (their
//! rows, then each list: emails, phones, tags, links, addresses): listing
//! 10,000 contacts takes six statements, not six per contact. The one
//! place a contact is read whole: [`super::get`] reads one through it.
//!
//! How the statements pick the rows depends on how the ids lie (see
//! [`Picked`]).

use std::collections::HashMap;

use rusqlite::{Connection, Row};

use super::picked::Picked;
use super::store::{contact_row, SELECT_CONTACT};
use super::{Address, Contact, ContactError, ContactId, Labeled};

/// The contacts `ids` names (each once, as a filter gives them), whole, in
/// that order. An id with no contact is [`ContactError::NotFound`], as for
/// `get`.
pub(crate) fn get_many(conn: &Connection, ids: &[ContactId]) -> Result<Vec<Contact>, ContactError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let picked = Picked::of(ids)?;
    // Where each wanted id's contact goes, and the contacts as read.
    let at: HashMap<ContactId, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut found: Vec<Option<Contact>> = Vec::with_capacity(ids.len());
    found.resize_with(ids.len(), || None);
    {
        let mut statement =
            conn.prepare_cached(&format!("{SELECT_CONTACT} WHERE c.id {}", picked.sql()))?;
        let mut rows = statement.query(&*picked.params())?;
        while let Some(row) = rows.next()? {
            let id: ContactId = row.get(0)?;
            if let Some(&i) = at.get(&id) {
                found[i] = Some(contact_row(row)?);
            }
        }
    }
    // Each list's rows in `get`'s order: by position, tags by name (their
    // column compares in any case, as `get`'s ORDER BY does).
    let mut fill =
        |sql: &str,
         order: &str,
         add: &mut dyn FnMut(&mut Contact, &Row<'_>) -> rusqlite::Result<()>| {
            let mut statement = conn.prepare_cached(&format!(
                "{sql} WHERE contact_id {} ORDER BY contact_id, {order}",
                picked.sql()
            ))?;
            let mut rows = statement.query(&*picked.params())?;
            while let Some(row) = rows.next()? {
                let id: ContactId = row.get(0)?;
                if let Some(Some(contact)) = at.get(&id).map(|&i| &mut found[i]) {
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
    ids.iter()
        .zip(found)
        .map(|(&id, contact)| contact.ok_or(ContactError::NotFound(id)))
        .collect()
}
