//! Finding people: by name first, from indexes of folded names, then by
//! full-text search over specialty, institution, tags, notes and interaction
//! notes (SQLite FTS5); accent- and case-insensitive, with prefix matching
//! while typing. Listing names from an index keeps the cost of a query
//! bounded by the results shown, not by how many people match: one letter
//! matches nearly everyone in a book of 100,000. Also, in [`network`],
//! finding the networking workflows' rows by their own text.

mod by_name;
mod full_text;
pub mod network;
mod why;

pub use network::network;
pub use why::{ContactHit, ContactLineHit, ContactMatch, MatchedField};

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use crate::contacts::{self, search_index, Contact, ContactError};
use crate::values::{fold, folded_words, ContactId};

/// Contacts matching `query`, best first: exact name matches, then names
/// starting with the query (both in name order), then people with a word of
/// their name or nickname starting with each query word (in name order),
/// then the rest by relevance (a specialty hit weighs more than a note).
/// Every word of the query must match the start of a word somewhere in the
/// contact; case and accents do not matter.
pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<Contact>, ContactError> {
    contacts::get_many(conn, &matching_ids(conn, query, limit)?)
}

/// The contacts [`search`] returns, in its order, each with why it matched
/// when not by name alone: the field that holds the query's words and a few
/// words around them, marked (see [`ContactMatch`]).
pub fn search_hits(
    conn: &Connection,
    query: &str,
    limit: u32,
) -> Result<Vec<ContactHit>, ContactError> {
    let words = folded_words(query);
    contacts::get_many(conn, &matching_ids(conn, query, limit)?)?
        .into_iter()
        .map(|contact| {
            let matched = why::why_matched(conn, &contact, &words)?;
            Ok(ContactHit { contact, matched })
        })
        .collect()
}

/// What [`search_hits`] finds, as the list shows it: each contact's line
/// and why it matched, in the same order. A contact is read whole only when
/// the name the line shows does not hold every query word, to say why.
pub fn search_lines(
    conn: &Connection,
    query: &str,
    limit: u32,
) -> Result<Vec<ContactLineHit>, ContactError> {
    let words = folded_words(query);
    let lines = contacts::lines_of(conn, &matching_ids(conn, query, limit)?)?;
    let unexplained: Vec<ContactId> = lines
        .iter()
        .filter(|line| !why::name_holds_every_word(&line.display_name, &words))
        .map(|line| line.id)
        .collect();
    let mut whole: HashMap<ContactId, Contact> = contacts::get_many(conn, &unexplained)?
        .into_iter()
        .map(|contact| (contact.id, contact))
        .collect();
    lines
        .into_iter()
        .map(|line| {
            let matched = match whole.remove(&line.id) {
                Some(contact) => why::why_matched(conn, &contact, &words)?,
                None => None,
            };
            Ok(ContactLineHit { line, matched })
        })
        .collect()
}

/// The ids [`search`] returns, in its order. Each tier runs only while
/// fewer than `limit` people are found, and reads at most about `limit` rows
/// of an index, except the last, which ranks at most
/// [`full_text::RANKED_MATCHES`] full-text matches.
fn matching_ids(conn: &Connection, query: &str, limit: u32) -> rusqlite::Result<Vec<ContactId>> {
    let words = folded_words(query);
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
/// full-text entry and name words, as `search_index::refresh` writes them for one,
/// and the networking workflows' index.
/// For bulk loads (benchmark data, repairs) where refreshing contact by
/// contact would be slow; run it inside the caller's transaction to make
/// the swap atomic.
pub fn rebuild_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO contact_search (contact_search) VALUES ('delete-all')",
        [],
    )?;
    conn.execute(search_index::INSERT_ENTRIES, [])?;
    search_index::fill_names(conn)?;
    network::rebuild(conn)
}

#[cfg(test)]
mod tests {
    use super::{rebuild_index, search};
    use crate::contacts::{self, ContactDraft};
    use crate::db::open_in_memory;
    use crate::interactions::{self, InteractionDraft, InteractionKind};
    use crate::values::{fold, folded_words};

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("  Müller  José "), "muller jose");
        assert_eq!(
            folded_words("O'Brien, Ann-Marie"),
            vec!["o", "brien", "ann", "marie"]
        );
        assert!(folded_words("\"*():").is_empty());
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
