//! Finding people: by name first, from indexes of folded names, then by
//! full-text search over specialty, institution, tags, notes and interaction
//! notes (SQLite FTS5); accent- and case-insensitive, with prefix matching
//! while typing. Listing names from an index keeps the cost of a query
//! bounded by the results shown, not by how many people match: one letter
//! matches nearly everyone in a book of 100,000.

mod by_name;
mod full_text;
pub(crate) mod index;

use std::collections::HashSet;

use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use crate::contacts::{self, Contact, ContactError};
use crate::values::ContactId;

/// Contacts matching `query`, best first: exact name matches, then names
/// starting with the query (both in name order), then people with a word of
/// their name or nickname starting with each query word (in name order),
/// then the rest by relevance (a specialty hit weighs more than a note).
/// Every word of the query must match the start of a word somewhere in the
/// contact; case and accents do not matter.
pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<Contact>, ContactError> {
    matching_ids(conn, query, limit)?
        .into_iter()
        .map(|id| contacts::get(conn, id))
        .collect()
}

/// The ids [`search`] returns, in its order. Each tier runs only while
/// fewer than `limit` people are found, and reads at most about `limit` rows
/// of an index, except the last, which ranks at most
/// [`full_text::RANKED_MATCHES`] full-text matches.
fn matching_ids(conn: &Connection, query: &str, limit: u32) -> rusqlite::Result<Vec<ContactId>> {
    let words = words(query);
    if words.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    let mut found = Found::new(limit as usize);
    let whole = fold(query);
    by_name::whole_name_starting_with(
        conn,
        whole.trim_matches(|c: char| !c.is_alphanumeric()),
        &mut found,
    )?;
    if !found.is_full() {
        by_name::name_words_starting_with(conn, &words, &mut found)?;
    }
    if !found.is_full() {
        full_text::ranked(conn, &words, &mut found)?;
    }
    Ok(found.ids)
}

/// The contacts found so far, in order, each once, up to the limit.
struct Found {
    ids: Vec<ContactId>,
    seen: HashSet<ContactId>,
    limit: usize,
}

impl Found {
    fn new(limit: usize) -> Self {
        Self {
            ids: Vec::with_capacity(limit),
            seen: HashSet::with_capacity(limit),
            limit,
        }
    }

    /// Adds `id` after the others unless it is already there or the list is
    /// full.
    fn push(&mut self, id: ContactId) {
        if !self.is_full() && self.seen.insert(id) {
            self.ids.push(id);
        }
    }

    fn is_full(&self) -> bool {
        self.ids.len() >= self.limit
    }

    /// How many rows a tier must read to fill the list even if every
    /// contact already found comes up again.
    fn rows_to_fill(&self) -> usize {
        self.limit
    }
}

/// Rebuilds the whole search index from the tables: every contact's
/// full-text entry and name words, as `index::refresh` writes them for one.
/// For bulk loads (benchmark data, repairs) where refreshing contact by
/// contact would be slow; run it inside the caller's transaction to make
/// the swap atomic.
pub fn rebuild_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO contact_search (contact_search) VALUES ('delete-all')",
        [],
    )?;
    conn.execute(index::INSERT_ENTRIES, [])?;
    index::fill_names(conn)
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
    use super::{fold, rebuild_index, search, words};
    use crate::contacts::{self, ContactDraft};
    use crate::db::open_in_memory;
    use crate::interactions::{self, InteractionDraft, InteractionKind};

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("  Müller  José "), "muller jose");
        assert_eq!(
            words("O'Brien, Ann-Marie"),
            vec!["o", "brien", "ann", "marie"]
        );
        assert!(words("\"*():").is_empty());
    }

    #[test]
    fn a_rebuilt_index_finds_what_the_live_index_found() {
        let mut conn = open_in_memory().unwrap();
        let now = jiff::Timestamp::UNIX_EPOCH;
        let draft = |name: &str, specialty: &str, tag: &str| ContactDraft {
            display_name: name.into(),
            specialty: specialty.into(),
            institution: "Charité Berlin".into(),
            emails: vec![format!("{}@example.org", fold(name).replace(' ', "."))],
            tags: vec![tag.into()],
            ..Default::default()
        };
        let jana = contacts::create(
            &mut conn,
            &draft("Jana Müller", "Cardiology", "mentor"),
            now,
        )
        .unwrap();
        let ola =
            contacts::create(&mut conn, &draft("Ola Okafor", "Nephrology", "ESC"), now).unwrap();
        interactions::add(
            &mut conn,
            &InteractionDraft {
                kind: InteractionKind::Meeting,
                occurred_at: None,
                time_zone: String::new(),
                topic: String::new(),
                note: "Talked about renal denervation".into(),
                contact_ids: vec![jana.id, ola.id],
                event_id: None,
            },
            now,
        )
        .unwrap();
        let queries = [
            "muller",
            "jana charite",
            "cardio",
            "denervation",
            "mentor",
            "ola.okafor",
            "zzz",
        ];
        let ids = |conn: &rusqlite::Connection| {
            queries.map(|query| {
                search(conn, query, 50)
                    .unwrap()
                    .into_iter()
                    .map(|c| c.id)
                    .collect::<Vec<_>>()
            })
        };
        let live = ids(&conn);
        conn.execute_batch(
            "INSERT INTO contact_search (contact_search) VALUES ('delete-all');
             DELETE FROM contact_name_words;
             UPDATE contacts SET name_folded = '';",
        )
        .unwrap();
        assert!(search(&conn, "muller", 50).unwrap().is_empty());

        rebuild_index(&conn).unwrap();

        assert_eq!(ids(&conn), live);
        assert_eq!(live[3], vec![jana.id, ola.id]);
        rebuild_index(&conn).unwrap();
        assert_eq!(ids(&conn), live, "rebuilding twice leaves no duplicates");
    }
}
