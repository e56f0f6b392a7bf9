//! Migration 025: every CHECK of the form `kind IN ('a', 'b', 'c')` written
//! as `(kind = 'a' OR kind = 'b' OR kind = 'c')`.
//!
//! SQLite evaluates an `IN` list of more than two constants through a
//! temporary index, and in a CHECK it builds that index again for every
//! row written: two such CHECKs were a third of inserting an event. The
//! comparisons refuse exactly the same values and build nothing.
//!
//! Only the text of each table's definition changes, which SQLite's
//! documentation allows through `writable_schema` for a CHECK ("Making
//! Other Kinds Of Table Schema Changes"), with the schema's version raised
//! by one so every connection reads it again: no row is copied, so a book
//! of a million interactions is updated at once. Every row already
//! satisfies the new CHECKs, since they accept what the old ones did.

use rusqlite::Transaction;
use rusqlite_migration::HookResult;

/// Rewrites the constant `IN` lists of every table's CHECKs.
pub(super) fn as_comparisons(tx: &Transaction<'_>) -> HookResult {
    let tables: Vec<(String, String)> = {
        let mut statement = tx.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let changed: Vec<(String, String)> = tables
        .into_iter()
        .filter_map(|(name, sql)| {
            let rewritten = comparisons(&sql);
            (rewritten != sql).then_some((name, rewritten))
        })
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    let version: i64 = tx.query_row("PRAGMA schema_version", [], |row| row.get(0))?;
    tx.execute_batch("PRAGMA writable_schema = ON")?;
    let written = changed.iter().try_for_each(|(name, sql)| {
        tx.execute(
            "UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1",
            [name, sql],
        )
        .map(|_| ())
    });
    // Set back even when a write failed; the transaction then rolls back.
    tx.execute_batch(&format!(
        "PRAGMA schema_version = {}; PRAGMA writable_schema = OFF;",
        version + 1
    ))?;
    written?;
    Ok(())
}

/// `sql` with every `column IN ('…', '…', '…')` of three or more quoted
/// constants written as comparisons joined by OR, in parentheses. Anything
/// else, `NOT IN` and lists holding anything but quoted text among them,
/// is left as it is.
pub(super) fn comparisons(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() * 2);
    let mut rest = sql;
    while let Some(found) = find_in(rest) {
        let (column_at, list_at, list_end, items) = found;
        out.push_str(&rest[..column_at]);
        let column = rest[column_at..list_at]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let joined: Vec<String> = items
            .iter()
            .map(|item| format!("{column} = {item}"))
            .collect();
        out.push('(');
        out.push_str(&joined.join(" OR "));
        out.push(')');
        rest = &rest[list_end..];
    }
    out.push_str(rest);
    out
}

/// The next list to rewrite in `sql`: where its column starts, where `IN`
/// starts, the end of its closing parenthesis, and its quoted items.
fn find_in(sql: &str) -> Option<(usize, usize, usize, Vec<&str>)> {
    let bytes = sql.as_bytes();
    let mut from = 0;
    while let Some(offset) = find_keyword_in(&sql[from..]) {
        let in_at = from + offset;
        from = in_at + 2;
        let column_end = sql[..in_at].trim_end().len();
        let column_at = sql[..column_end]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |at| at + 1);
        let column = &sql[column_at..column_end];
        if column.is_empty()
            || column.eq_ignore_ascii_case("not")
            || column.as_bytes()[0].is_ascii_digit()
            || column_end == in_at
        {
            continue;
        }
        let after = in_at + 2;
        let open = after + (sql[after..].len() - sql[after..].trim_start().len());
        if bytes.get(open) != Some(&b'(') {
            continue;
        }
        if let Some((items, end)) = quoted_items(sql, open + 1) {
            if items.len() > 2 {
                return Some((column_at, in_at, end, items));
            }
        }
    }
    None
}

/// Where the word `IN` (any case) next stands alone in `sql`, outside
/// comments, quoted text and quoted names.
fn find_keyword_in(sql: &str) -> Option<usize> {
    let bytes = sql.as_bytes();
    let word = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'-' if bytes.get(at + 1) == Some(&b'-') => {
                at = sql[at..].find('\n').map_or(bytes.len(), |end| at + end);
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = sql[at + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |end| at + 2 + end + 2);
            }
            quote @ (b'\'' | b'"' | b'`') => {
                at = sql[at + 1..]
                    .find(quote as char)
                    .map_or(bytes.len(), |end| at + 1 + end + 1);
            }
            b'i' | b'I'
                if bytes
                    .get(at + 1)
                    .is_some_and(|b| b.eq_ignore_ascii_case(&b'n'))
                    && (at == 0 || !word(at - 1))
                    && !word(at + 2) =>
            {
                return Some(at);
            }
            _ => at += 1,
        }
    }
    None
}

/// The quoted items of a list starting at `at` (just after its opening
/// parenthesis) and the end of its closing one, or `None` when the list
/// holds anything else.
fn quoted_items(sql: &str, mut at: usize) -> Option<(Vec<&str>, usize)> {
    let bytes = sql.as_bytes();
    let mut items = Vec::new();
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'\'') {
            return None;
        }
        let start = at;
        at += 1;
        loop {
            match bytes.get(at) {
                Some(b'\'') if bytes.get(at + 1) == Some(&b'\'') => at += 2,
                Some(b'\'') => break,
                Some(_) => at += 1,
                None => return None,
            }
        }
        at += 1;
        items.push(&sql[start..at]);
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match bytes.get(at) {
            Some(b',') => at += 1,
            Some(b')') => return Some((items, at + 1)),
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::comparisons;

    #[test]
    fn a_list_of_three_or_more_constants_becomes_comparisons() {
        let sql = "CREATE TABLE t (\n    kind TEXT NOT NULL CHECK (kind IN ('a', 'b',\n        'c''s')),\n    n INTEGER\n)";
        assert_eq!(
            comparisons(sql),
            "CREATE TABLE t (\n    kind TEXT NOT NULL CHECK ((kind = 'a' OR kind = 'b' OR kind = 'c''s')),\n    n INTEGER\n)"
        );
    }

    #[test]
    fn other_lists_and_words_are_left_as_they_are() {
        for sql in [
            "CHECK (kind IN ('a', 'b'))",
            "CHECK (kind NOT IN ('a', 'b', 'c'))",
            "CHECK (n IN (1, 2, 3))",
            "CHECK (kind IN ('a', 'b', lower('C')))",
            "CHECK (kind IN (SELECT kind FROM kinds))",
            "-- joined in ('a', 'b', 'c') words\nmain TEXT, info TEXT",
            "CHECK (kind IN ('a', 'b', 'c'",
        ] {
            assert_eq!(comparisons(sql), sql);
        }
    }

    #[test]
    fn each_list_of_a_definition_is_rewritten_and_a_second_pass_changes_nothing() {
        let sql = "state TEXT CHECK (state IN ('x','y','z')), kind TEXT CHECK (kind IS NULL OR kind in ('p', 'q', 'r', 's'))";
        let once = comparisons(sql);
        assert_eq!(
            once,
            "state TEXT CHECK ((state = 'x' OR state = 'y' OR state = 'z')), kind TEXT CHECK (kind IS NULL OR (kind = 'p' OR kind = 'q' OR kind = 'r' OR kind = 's'))"
        );
        assert_eq!(comparisons(&once), once);
    }
}
