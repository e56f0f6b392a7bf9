//! The last tier of search: people the name tiers did not find, matched by
//! FTS5 over every field and interaction notes, ranked by bm25 with a name
//! hit weighing most and a note least. bm25 costs a pass over every match of
//! each query word (it weighs words by how rare they are) plus a score per
//! match: tens of milliseconds for a letter that 100,000 people match, far
//! over the search's budget. So at most [`RANKED_MATCHES`] matches are
//! scored, and several common words together are not scored at all.

use rusqlite::Connection;

use super::Found;
use crate::values::ContactId;

/// How many full-text matches are scored at most. Below this every match is
/// ranked; above it, for a one-word query, the first this many (in id
/// order) are, which still puts a specialty hit before a passing mention in
/// a note, at the cost of one pass over the word's matches (about 2 ms for a
/// single letter in a book of 100,000).
pub(super) const RANKED_MATCHES: i64 = 2_000;

/// Adds the best full-text matches for `words` (every word a prefix of a
/// word in the contact) until the list is full.
pub(super) fn ranked(
    conn: &Connection,
    words: &[String],
    found: &mut Found,
) -> rusqlite::Result<()> {
    // Words hold letters and digits only, so quoting them is safe.
    let expression = words
        .iter()
        .map(|word| format!("\"{word}\"*"))
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > 1 {
        // Scoring several words costs a pass over each word's matches. When
        // many people match them all, the words are common and the user is
        // still narrowing down: list the matches unscored, as FTS5 yields
        // them (by id).
        let mut statement = conn.prepare_cached(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?1 LIMIT ?2",
        )?;
        let first: Vec<ContactId> = statement
            .query_map(rusqlite::params![expression, RANKED_MATCHES + 1], |row| {
                row.get(0)
            })?
            .collect::<Result<_, _>>()?;
        if first.len() as i64 > RANKED_MATCHES {
            for id in first {
                found.push(id);
            }
            return Ok(());
        }
    }
    let mut statement = conn.prepare_cached(
        "SELECT rowid FROM (
             SELECT rowid, bm25(contact_search, 10.0, 4.0, 3.0, 3.0, 1.0, 1.0) AS score
             FROM contact_search WHERE contact_search MATCH ?1 LIMIT ?2)
         ORDER BY score, rowid LIMIT ?3",
    )?;
    let ids = statement.query_map(
        rusqlite::params![expression, RANKED_MATCHES, found.rows_to_fill() as i64],
        |row| row.get::<_, ContactId>(0),
    )?;
    for id in ids {
        found.push(id?);
    }
    Ok(())
}
