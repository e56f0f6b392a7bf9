//! Finding contacts who are probably the same person: the same email, phone
//! or profile URL, or the same name (ignoring case, accents and order of
//! words) at the same organisation.

use std::collections::HashSet;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ContactError, ContactId};
use crate::values::fold;

/// Two contacts that look like one person, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicatePair {
    /// The older contact (the one a merge keeps by default).
    #[ts(type = "number")]
    pub keep: ContactId,
    /// The newer contact.
    #[ts(type = "number")]
    pub other: ContactId,
    /// The older contact's name.
    pub keep_name: String,
    /// The newer contact's name.
    pub other_name: String,
    /// Why they look alike, for the user: "same email amara@example.org".
    pub reason: String,
}

/// Every pair of likely duplicates, strongest evidence first.
pub fn find(conn: &Connection) -> Result<Vec<DuplicatePair>, ContactError> {
    let mut pairs = unnamed(conn)?;
    let mut name_of = conn.prepare_cached("SELECT display_name FROM contacts WHERE id = ?1")?;
    for pair in &mut pairs {
        pair.keep_name = name_of.query_row([pair.keep], |row| row.get(0))?;
        pair.other_name = name_of.query_row([pair.other], |row| row.get(0))?;
    }
    Ok(pairs)
}

/// How many pairs [`find`] returns, without reading their names (each a
/// contact's row): what a badge shows. The same scan of the whole book.
pub fn count(conn: &Connection) -> Result<usize, ContactError> {
    Ok(unnamed(conn)?.len())
}

/// The pairs [`find`] returns, their names still empty.
fn unnamed(conn: &Connection) -> Result<Vec<DuplicatePair>, ContactError> {
    let mut pairs: Vec<DuplicatePair> = Vec::new();
    // Each pair once, with its strongest reason (the first found), without
    // looking through every pair found so far.
    let mut seen: HashSet<(ContactId, ContactId)> = HashSet::new();
    let mut add = |a: ContactId, b: ContactId, reason: String| {
        let (keep, other) = if a < b { (a, b) } else { (b, a) };
        if keep != other && seen.insert((keep, other)) {
            pairs.push(DuplicatePair {
                keep,
                other,
                keep_name: String::new(),
                other_name: String::new(),
                reason,
            });
        }
    };
    // Emails compare ignoring ASCII case (as SQLite's NOCASE), profile links
    // without their trailing slashes, phones by their digits, names by their
    // folded, sorted words: each read once and grouped by that key, never
    // joined with itself (a join on an expression reads every pair of rows).
    let mut emails = keyed(
        conn,
        "SELECT contact_id, address FROM contact_emails",
        |address| Some(address.to_ascii_lowercase()),
    )?;
    each_group(&mut emails, |a, b, address| {
        add(a, b, format!("same email {address}"))
    });
    let mut links = keyed(conn, "SELECT contact_id, url FROM contact_links", |url| {
        Some(url.trim_end_matches('/').to_owned())
    })?;
    each_group(&mut links, |a, b, url| {
        add(a, b, format!("same profile link {url}"))
    });
    let mut phones = keyed(
        conn,
        "SELECT contact_id, number FROM contact_phones",
        |number| {
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            (digits.len() >= 7).then_some(digits)
        },
    )?;
    each_group(&mut phones, |a, b, number| {
        add(a, b, format!("same phone {number}"))
    });
    let mut names: Vec<(String, ContactId, String)> = Vec::new();
    let mut statement = conn.prepare("SELECT id, display_name, institution FROM contacts")?;
    for row in statement.query_map([], |row| {
        Ok((
            row.get::<_, ContactId>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })? {
        let (id, name, institution) = row?;
        let mut words: Vec<String> = fold(&name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        words.sort();
        names.push((
            format!("{}|{}", words.join(" "), fold(&institution)),
            id,
            name,
        ));
    }
    each_group(&mut names, |a, b, name| {
        add(a, b, format!("same name {name} at the same organisation"))
    });
    Ok(pairs)
}

/// `(key, contact, value)` for each `(contact, value)` row `sql` reads that
/// `key_of` gives a key.
fn keyed(
    conn: &Connection,
    sql: &str,
    key_of: impl Fn(&str) -> Option<String>,
) -> Result<Vec<(String, ContactId, String)>, ContactError> {
    let mut statement = conn.prepare(sql)?;
    let mut entries = Vec::new();
    for row in statement.query_map([], |row| {
        Ok((row.get::<_, ContactId>(0)?, row.get::<_, String>(1)?))
    })? {
        let (id, value) = row?;
        if let Some(key) = key_of(&value) {
            entries.push((key, id, value));
        }
    }
    Ok(entries)
}

/// Calls `found` for each pair of entries sharing a key.
fn each_group(
    entries: &mut [(String, ContactId, String)],
    mut found: impl FnMut(ContactId, ContactId, &str),
) {
    entries.sort();
    for group in entries.chunk_by(|a, b| a.0 == b.0) {
        for (i, first) in group.iter().enumerate() {
            for second in &group[i + 1..] {
                found(first.1, second.1, &first.2);
            }
        }
    }
}
