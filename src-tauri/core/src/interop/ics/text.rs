//! RFC 5545 §3.1 and §3.3.11 on the way out: TEXT values escaped (`\\`,
//! `\;`, `\,`, `\n`) and content lines folded at 75 octets — never inside a
//! UTF-8 character or between a backslash and what it escapes, which some
//! readers do not unfold back — with CRLF line ends.

use std::io::{self, Write};

/// The longest physical line, in octets, without its CRLF.
const FOLD_AT: usize = 75;

/// Escapes a TEXT value; any line break becomes `\n`.
pub(super) fn escape(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Writes one content line, folded, ending in CRLF.
pub(super) fn write_folded(out: &mut dyn Write, line: &str) -> io::Result<()> {
    let mut used = 0;
    let mut rest = line;
    while !rest.is_empty() {
        let unit = next_unit(rest);
        if used + unit.len() > FOLD_AT {
            out.write_all(b"\r\n ")?;
            used = 1;
        }
        out.write_all(unit.as_bytes())?;
        used += unit.len();
        rest = &rest[unit.len()..];
    }
    out.write_all(b"\r\n")
}

/// The next piece that must stay on one line: a character, or a backslash
/// with the character it escapes.
fn next_unit(text: &str) -> &str {
    let mut chars = text.char_indices();
    let first = chars.next().map_or(0, |(_, c)| c.len_utf8());
    let end = match (text.starts_with('\\'), chars.next()) {
        (true, Some((at, c))) => at + c.len_utf8(),
        _ => first,
    };
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut out = Vec::new();
        write_folded(&mut out, line).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_escapes_backslashes_separators_and_line_breaks() {
        assert_eq!(escape("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let text = folded(&line);
        for physical in text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert_eq!(text.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn a_fold_never_separates_a_backslash_from_what_it_escapes() {
        let line = format!("SUMMARY:{}\\,{}", "x".repeat(66), "y".repeat(20));
        let text = folded(&line);
        assert!(!text.contains("\\\r\n"), "{text}");
        assert_eq!(text.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn a_short_line_is_left_whole() {
        assert_eq!(folded("VERSION:2.0"), "VERSION:2.0\r\n");
    }
}
