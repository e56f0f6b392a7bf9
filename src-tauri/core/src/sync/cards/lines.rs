//! Content lines as vCard (RFC 6350) and iCalendar (RFC 5545) share them:
//! folded physical lines joined, each cut into group, name, parameters and
//! value, and written back folded. Sync reads what any phone or server
//! sends, so this is forgiving about line ends and strict about size.

use super::super::seal::{fold_into, SEALED_PROPERTY};

/// The largest resource read: a contact's photo at its largest (8 MB of
/// base64) with room to spare. A larger one is refused unread.
pub(super) const MAX_BODY: usize = 20 << 20;

/// The most content lines one resource may have (a person's card has
/// dozens; a calendar series with its changed occurrences hundreds).
pub(super) const MAX_LINES: usize = 20_000;

/// One content line cut at its colon: `group.NAME;params:value`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Property<'a> {
    /// The group (`item1` of Apple's `item1.EMAIL`), if any.
    pub group: Option<&'a str>,
    /// The name, as written (compare with [`Property::is`]).
    pub name: &'a str,
    /// `;A=b;C` (empty or starting with `;`).
    pub params: &'a str,
    /// Everything after the colon.
    pub value: &'a str,
}

impl<'a> Property<'a> {
    /// Cuts a content line; `None` when it is not a property.
    pub fn parse(line: &'a str) -> Option<Property<'a>> {
        let mut in_quote = false;
        let colon = line.bytes().position(|b| match b {
            b'"' => {
                in_quote = !in_quote;
                false
            }
            b':' => !in_quote,
            _ => false,
        })?;
        let head = &line[..colon];
        let name_end = head.find(';').unwrap_or(head.len());
        let (group, name) = match head[..name_end].rsplit_once('.') {
            Some((group, name)) => (Some(group), name),
            None => (None, &head[..name_end]),
        };
        let valid = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        if name.is_empty() || !name.bytes().all(valid) {
            return None;
        }
        Some(Property {
            group,
            name,
            params: &head[name_end..],
            value: &line[colon + 1..],
        })
    }

    /// Whether this is the property `name` (any case).
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// The name in upper case.
    pub fn upper_name(&self) -> String {
        self.name.to_ascii_uppercase()
    }
}

/// Whether a content line is `BEGIN:<component>` (or `END:`, with
/// `marker` "END").
pub(super) fn is_marker(line: &str, marker: &str, component: &str) -> bool {
    line.split_once(':').is_some_and(|(head, value)| {
        head.trim().eq_ignore_ascii_case(marker) && value.trim().eq_ignore_ascii_case(component)
    })
}

/// The component a `BEGIN:`/`END:` line names, upper case.
pub(super) fn marker(line: &str, marker: &str) -> Option<String> {
    let (head, value) = line.split_once(':')?;
    head.trim()
        .eq_ignore_ascii_case(marker)
        .then(|| value.trim().to_ascii_uppercase())
}

/// Joins folded physical lines (CRLF, LF or CR line ends; a leading space
/// or tab continues the line before) into content lines, blank ones
/// dropped. Refuses a text that is too large or has too many lines.
pub(super) fn unfold(body: &str) -> Result<Vec<String>, String> {
    if body.len() > MAX_BODY {
        return Err(format!(
            "it is {} MB, more than any contact or event holds ({} MB)",
            body.len() >> 20,
            MAX_BODY >> 20
        ));
    }
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let mut lines: Vec<String> = Vec::new();
    for physical in body.split(['\n', '\r']) {
        if let Some(rest) = physical.strip_prefix([' ', '\t']) {
            if let Some(last) = lines.last_mut() {
                last.push_str(rest);
                continue;
            }
        }
        if physical.trim().is_empty() {
            continue;
        }
        if lines.len() >= MAX_LINES {
            return Err(format!(
                "it has more than {MAX_LINES} lines, more than any contact or event holds"
            ));
        }
        lines.push(physical.to_owned());
    }
    Ok(lines)
}

/// Content lines written back: folded at 75 octets, CRLF line ends.
pub(super) fn fold_all<S: AsRef<str>>(lines: &[S]) -> String {
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, line.as_ref());
    }
    out
}

/// Whether a content line is the sealed record's property.
pub(super) fn is_sealed(line: &str) -> bool {
    Property::parse(line).is_some_and(|property| property.is(SEALED_PROPERTY))
}

/// A TEXT value with its escapes (`\n`, `\,`, `\;`, `\\`) undone.
pub(super) fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(next) => out.push(next),
            None => {}
        }
    }
    out
}

/// A TEXT value escaped for a content line.
pub(super) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A resource's name for an item: its uid when that is safe in a URL as
/// it is, else the uid with every other character made `_` and a digest
/// of the uid after it (so two uids never share a name).
pub(super) fn resource_name(uid: &str, extension: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@');
    let plain =
        !uid.is_empty() && uid.len() <= 200 && !uid.starts_with('.') && uid.chars().all(safe);
    if plain {
        return format!("{uid}.{extension}");
    }
    let mut stem: String = uid
        .chars()
        .take(100)
        .map(|c| if safe(c) && c != '.' { c } else { '_' })
        .collect();
    stem.push_str(&format!("-{:016x}", fnv1a(uid.as_bytes())));
    format!("{stem}.{extension}")
}

/// The 64-bit FNV-1a digest: stable on every computer and every version,
/// which a resource's name (and a sealed record's digest) must be.
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_join_whatever_the_line_ends() {
        let lines = unfold("BEGIN:VCARD\r\nNOTE:a\r\n  b\n\tc\rEND:VCARD").unwrap();
        assert_eq!(lines, ["BEGIN:VCARD", "NOTE:a bc", "END:VCARD"]);
    }

    #[test]
    fn a_uid_unsafe_in_a_url_gets_a_name_that_is() {
        assert_eq!(resource_name("abc-123", "vcf"), "abc-123.vcf");
        let name = resource_name("a/b c?", "ics");
        assert!(
            name.starts_with("a_b_c_-") && name.ends_with(".ics"),
            "{name}"
        );
        assert_ne!(resource_name("a/b", "ics"), resource_name("a?b", "ics"));
    }

    #[test]
    fn a_property_is_cut_at_the_colon_outside_quotes() {
        let property = Property::parse("item1.EMAIL;X-A=\"a:b\":x@y").unwrap();
        assert_eq!(property.group, Some("item1"));
        assert_eq!(property.name, "EMAIL");
        assert_eq!(property.params, ";X-A=\"a:b\"");
        assert_eq!(property.value, "x@y");
        assert!(Property::parse("not a property").is_none());
    }
}
