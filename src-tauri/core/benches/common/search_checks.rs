//! What the search benchmark checks before it times anything, so that a
//! broken search fails the benchmark rather than looking fast: for every
//! query, the people `search::search` returns, worked out again without the
//! search code or its indexes.
//!
//! - Names: every contact's name is folded here (lower case, no accents)
//!   and the two name tiers are listed from that: names starting with the
//!   whole query, then names with a word starting with each query word, both
//!   in name order. Search must return exactly these first, in this order.
//! - The rest: each person after the names must hold every query word at the
//!   start of a word somewhere in their fields, tags, emails or interaction
//!   notes, read from the tables (not from the full-text index).
//! - How many: the lesser of the limit and the number of people FTS5 matches.
//!
//! Each check also says how the query was answered: by the name index alone,
//! or (partly) by FTS5.

use std::collections::HashSet;

use curbside_core::contacts::Contact;
use curbside_core::db::Connection;
use curbside_core::values::ContactId;
use unicode_normalization::UnicodeNormalization;

/// Lower case without accents, words separated by one space.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The folded words of a text: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The FTS5 expression for a query: each folded word as a quoted prefix.
pub fn match_expression(query: &str) -> String {
    words(query)
        .iter()
        .map(|word| format!("\"{word}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many people FTS5 matches for `query`.
pub fn fts_count(conn: &Connection, query: &str) -> i64 {
    conn.query_row(
        "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?1",
        [match_expression(query)],
        |row| row.get(0),
    )
    .expect("counting FTS5 matches")
}

/// Which part of search answered a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// The name index filled the list.
    Names,
    /// Names first, FTS5 for the rest.
    NamesThenFts5,
    /// FTS5 alone: no name matched.
    Fts5,
}

impl Answered {
    pub fn label(self) -> &'static str {
        match self {
            Answered::Names => "names",
            Answered::NamesThenFts5 => "names+FTS5",
            Answered::Fts5 => "FTS5",
        }
    }
}

/// Every contact's folded name and name words, read once.
pub struct Names {
    people: Vec<(String, ContactId, Vec<String>)>,
}

impl Names {
    pub fn read(conn: &Connection) -> Self {
        let mut statement = conn
            .prepare("SELECT id, display_name, nickname FROM contacts")
            .unwrap();
        let mut people: Vec<(String, ContactId, Vec<String>)> = statement
            .query_map([], |row| {
                let (id, name, nickname): (ContactId, String, String) =
                    (row.get(0)?, row.get(1)?, row.get(2)?);
                let mut name_words = words(&name);
                name_words.extend(words(&nickname));
                Ok((fold(&name), id, name_words))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        people.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        Self { people }
    }

    /// The people the name tiers list for `query`, in order, at most `limit`.
    pub fn expected(&self, query: &str, limit: usize) -> Vec<ContactId> {
        let whole = fold(query);
        let whole = whole.trim_matches(|c: char| !c.is_alphanumeric());
        let query_words = words(query);
        let mut seen = HashSet::new();
        let mut ids = Vec::new();
        let starts = self
            .people
            .iter()
            .filter(|(name, ..)| !whole.is_empty() && name.starts_with(whole));
        let by_words = self.people.iter().filter(|(_, _, name_words)| {
            query_words
                .iter()
                .all(|q| name_words.iter().any(|w| w.starts_with(q.as_str())))
        });
        for (_, id, _) in starts.chain(by_words) {
            if ids.len() == limit {
                break;
            }
            if seen.insert(*id) {
                ids.push(*id);
            }
        }
        ids
    }
}

/// Everything FTS5 indexes about contact `id`, read from the tables: name,
/// fields, tags, emails, interaction topics and notes.
fn text_of(conn: &Connection, id: ContactId) -> String {
    conn.prepare_cached(
        "SELECT c.display_name || ' ' || c.nickname || ' ' || c.specialty || ' ' || c.subspecialty
                || ' ' || c.field || ' ' || c.credentials || ' ' || c.institution || ' '
                || c.department || ' ' || c.title || ' ' || c.notes || ' '
                || coalesce((SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id), '')
                || ' ' || coalesce((SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), '')
                || ' ' || coalesce((SELECT group_concat(i.topic || ' ' || i.note, ' ')
                                    FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
                                    WHERE ic.contact_id = c.id), '')
         FROM contacts c WHERE c.id = ?1",
    )
    .unwrap()
    .query_row([id], |row| row.get(0))
    .unwrap()
}

/// Whether one of contact `id`'s interaction notes holds `phrase` (any case).
pub fn interaction_mentions(conn: &Connection, id: ContactId, phrase: &str) -> bool {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
                        WHERE ic.contact_id = ?1 AND i.note LIKE '%' || ?2 || '%')",
    )
    .unwrap()
    .query_row(rusqlite::params![id, phrase], |row| row.get(0))
    .unwrap()
}

/// Panics, naming the query, unless `found` is what search should return
/// for `query` with `limit`; returns how it was answered.
pub fn check(
    conn: &Connection,
    names: &Names,
    query: &str,
    limit: usize,
    found: &[Contact],
) -> Answered {
    let ids: Vec<ContactId> = found.iter().map(|c| c.id).collect();
    let matches = fts_count(conn, query);
    assert_eq!(
        ids.len() as i64,
        matches.min(limit as i64),
        "search {query:?}: {} people returned, FTS5 matches {matches} (limit {limit})",
        ids.len()
    );
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        ids.len(),
        "search {query:?}: a person returned twice"
    );
    let by_name = names.expected(query, limit);
    assert_eq!(
        &ids[..by_name.len().min(ids.len())],
        &by_name[..],
        "search {query:?}: the name matches are not first, in name order"
    );
    let query_words = words(query);
    for contact in &found[by_name.len()..] {
        let text = words(&text_of(conn, contact.id));
        for q in &query_words {
            assert!(
                text.iter().any(|w| w.starts_with(q.as_str())),
                "search {query:?}: {} ({:?}) holds no word starting with {q:?}",
                contact.display_name,
                contact.id
            );
        }
    }
    match (by_name.len(), ids.len()) {
        (n, total) if n == total => Answered::Names,
        (0, _) => Answered::Fts5,
        _ => Answered::NamesThenFts5,
    }
}
