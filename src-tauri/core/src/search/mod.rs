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

/// Rebuilds the whole search index from the tables: every contact's entry,
/// as `index::refresh` writes it for one. For bulk loads (benchmark data,
/// repairs) where refreshing contact by contact would be slow; run it inside
/// the caller's transaction to make the swap atomic.
pub fn rebuild_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "INSERT INTO contact_search (contact_search) VALUES ('delete-all');
         INSERT INTO contact_search (rowid, name, specialty, organization, tags, notes, interactions)
         SELECT c.id,
                c.display_name || ' ' || c.nickname,
                c.specialty || ' ' || c.subspecialty || ' ' || c.field || ' ' || c.credentials,
                c.institution || ' ' || c.department || ' ' || c.title,
                coalesce((SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id), ''),
                c.notes || ' ' || coalesce((SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), ''),
                coalesce((SELECT group_concat(i.note, ' ') FROM interactions i
                          JOIN interaction_contacts ic ON ic.interaction_id = i.id
                          WHERE ic.contact_id = c.id), '')
         FROM contacts c;",
    )
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
                note: "Talked about renal denervation".into(),
                contact_ids: vec![jana.id, ola.id],
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
        conn.execute_batch("INSERT INTO contact_search (contact_search) VALUES ('delete-all')")
            .unwrap();
        assert!(search(&conn, "muller", 50).unwrap().is_empty());

        rebuild_index(&conn).unwrap();

        assert_eq!(ids(&conn), live);
        assert_eq!(live[3], vec![jana.id, ola.id]);
        rebuild_index(&conn).unwrap();
        assert_eq!(ids(&conn), live, "rebuilding twice leaves no duplicates");
    }
}
