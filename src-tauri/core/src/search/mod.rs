//! Finding people: full-text search over names, specialty, institution,
//! tags, notes and interaction notes (SQLite FTS5), accent-insensitive, with
//! prefix matching while typing and exact name matches ranked first.

pub(crate) mod index;

use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use crate::contacts::{self, Contact, ContactError, ContactId};

/// Contacts matching `query`, best first: exact name matches, then names
/// starting with the query, then the rest by relevance (a name hit weighs
/// more than a note). Every word of the query must match the start of a word
/// somewhere in the contact; case and accents do not matter.
pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<Contact>, ContactError> {
    let words = words(query);
    if words.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    let expression = words
        .iter()
        .map(|word| format!("\"{word}\"*"))
        .collect::<Vec<_>>()
        .join(" ");
    let candidates = (limit as i64 * 4).max(200);
    let mut statement = conn.prepare_cached(
        "SELECT s.rowid, c.display_name FROM contact_search s JOIN contacts c ON c.id = s.rowid
         WHERE contact_search MATCH ?1
         ORDER BY bm25(contact_search, 10.0, 4.0, 3.0, 3.0, 1.0, 1.0), c.display_name COLLATE NOCASE
         LIMIT ?2",
    )?;
    let mut hits: Vec<(ContactId, String)> = statement
        .query_map(rusqlite::params![expression, candidates], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let wanted = fold(query);
    // A stable sort keeps relevance order within each tier.
    hits.sort_by_key(|(_, name)| {
        let name = fold(name);
        if name == wanted {
            0
        } else if name.starts_with(&wanted) {
            1
        } else {
            2
        }
    });
    hits.truncate(limit as usize);
    hits.into_iter()
        .map(|(id, _)| contacts::get(conn, id))
        .collect()
}

/// The words of a query as FTS5 sees them: letters and digits, folded.
fn words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Lower case without diacritics ("Müller" → "muller"), as the index folds.
pub(crate) fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::{fold, words};

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("  Müller  José "), "muller jose");
        assert_eq!(
            words("O'Brien, Ann-Marie"),
            vec!["o", "brien", "ann", "marie"]
        );
        assert!(words("\"*():").is_empty());
    }
}
