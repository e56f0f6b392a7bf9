//! The name tiers of search, read in name order from the indexes of folded
//! names (migration 004): whole names equal to or starting with the query,
//! then names with a word starting with each query word. Each stops after
//! the rows it needs, however many people match.

use rusqlite::Connection;

use super::Found;
use crate::values::ContactId;

/// Exact name matches, then names starting with `whole` (the folded query),
/// in name order: the exact ones sort first because a prefix sorts before
/// every longer string that starts with it.
pub(super) fn whole_name_starting_with(
    conn: &Connection,
    whole: &str,
    found: &mut Found,
) -> rusqlite::Result<()> {
    if whole.is_empty() {
        return Ok(());
    }
    let mut statement = conn.prepare_cached(
        "SELECT id FROM contacts WHERE name_folded >= ?1 AND name_folded < ?2
         ORDER BY name_folded, id LIMIT ?3",
    )?;
    let ids = statement.query_map(
        rusqlite::params![whole, past_prefix(whole), found.rows_to_fill() as i64],
        |row| row.get::<_, ContactId>(0),
    )?;
    for id in ids {
        found.push(id?);
    }
    Ok(())
}

/// People with, for every query word, a word of their name or nickname
/// starting with it, in name order.
pub(super) fn name_words_starting_with(
    conn: &Connection,
    words: &[String],
    found: &mut Found,
) -> rusqlite::Result<()> {
    // Scan the range of the longest word (likely the rarest) and check the
    // others against the row's list of name words: no lookup per row.
    let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    let others = (0..words.len() - 1)
        .map(|n| format!(" AND instr(name_words, ' ' || ?{}) > 0", 4 + n))
        .collect::<String>();
    let sql = format!(
        "SELECT contact_id FROM contact_name_words WHERE word >= ?1 AND word < ?2{others}
         ORDER BY name_folded, contact_id LIMIT ?3"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    // A person comes up once per matching word, so the rows needed are not
    // known in advance: read twice the list, and more if that falls short.
    let mut rows = (found.rows_to_fill() * 2) as i64;
    loop {
        let mut params: Vec<rusqlite::types::Value> = vec![
            words[0].to_owned().into(),
            past_prefix(words[0]).into(),
            rows.into(),
        ];
        params.extend(words[1..].iter().map(|word| (*word).to_owned().into()));
        let ids = statement.query_map(rusqlite::params_from_iter(params), |row| {
            row.get::<_, ContactId>(0)
        })?;
        let mut read = 0;
        for id in ids {
            found.push(id?);
            read += 1;
        }
        if found.is_full() || read < rows {
            return Ok(());
        }
        rows *= 4;
    }
}

/// The least string greater than every string that starts with `prefix`, as
/// SQLite compares text (byte by byte): for a range scan `>= prefix AND <`.
fn past_prefix(prefix: &str) -> String {
    format!("{prefix}{}", char::MAX)
}

#[cfg(test)]
mod tests {
    use super::past_prefix;

    #[test]
    fn the_range_of_a_prefix_holds_every_word_starting_with_it() {
        let end = past_prefix("mu");
        for word in ["mu", "muller", "mu\u{fffd}", "mu\u{10fffe}x"] {
            assert!(word >= "mu" && word < end.as_str(), "{word}");
        }
        for word in ["m", "mt", "mv", "n"] {
            assert!(!(word >= "mu" && word < end.as_str()), "{word}");
        }
    }
}
