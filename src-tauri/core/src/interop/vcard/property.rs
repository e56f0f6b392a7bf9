//! One content line (`group.NAME;params:value`): cut at its colon for
//! dispatch, and handed to calcard for the decoding of its value.

use calcard::vcard::{VCardEntry, VCardProperty};
use calcard::{Entry, Parser};

/// A content line cut at its colon: `group.NAME;params:value`.
pub(super) struct Head<'a> {
    pub group: Option<&'a str>,
    /// Upper case, without the group.
    pub name: String,
    /// Where the parameters start (the end of `group.NAME`).
    name_end: usize,
    /// `;A=b;C` (empty or starting with `;`).
    params: &'a str,
    pub value: &'a str,
}

impl<'a> Head<'a> {
    pub fn split(line: &'a str) -> Option<Self> {
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
        let (group, name) = match head[..name_end].split_once('.') {
            Some((group, name)) => (Some(group), name),
            None => (None, &head[..name_end]),
        };
        let valid = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        if name.is_empty() || !name.bytes().all(valid) {
            return None;
        }
        Some(Self {
            group,
            name: name.to_ascii_uppercase(),
            name_end,
            params: &head[name_end..],
            value: &line[colon + 1..],
        })
    }

    /// The parameters as (name, value); 2.1's bare ones (`JPEG`) have none.
    pub fn params(&self) -> impl Iterator<Item = (&'a str, Option<&'a str>)> {
        self.params
            .split(';')
            .skip(1)
            .map(|param| match param.split_once('=') {
                Some((name, value)) => (name.trim(), Some(value.trim().trim_matches('"'))),
                None => (param.trim(), None),
            })
    }

    /// A parameter's value (`VALUE=text` → "text").
    pub fn param(&self, wanted: &str) -> Option<&'a str> {
        self.params()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .and_then(|(_, value)| value)
    }

    /// Whether the value is base64 (`ENCODING=b`, `ENCODING=BASE64`, 2.1's
    /// bare `BASE64`).
    pub fn is_base64(&self) -> bool {
        self.params().any(|(name, value)| match value {
            Some(value) => {
                name.eq_ignore_ascii_case("ENCODING")
                    && (value.eq_ignore_ascii_case("B") || value.eq_ignore_ascii_case("BASE64"))
            }
            None => name.eq_ignore_ascii_case("BASE64"),
        })
    }

    /// The property parsed by calcard.
    pub fn entry(&self, line: &str) -> Option<VCardEntry> {
        let mut input = String::with_capacity(line.len() + 40);
        input.push_str("VERSION:3.0\n");
        input.push_str(&line[..self.name_end]);
        let params = self.params.to_ascii_uppercase();
        if params.contains("QUOTED-PRINTABLE") && !params.contains("CHARSET") {
            // calcard reads charset-less quoted-printable as Latin-1; an
            // unknown charset makes it keep UTF-8 text and hand back other
            // bytes, which `text` then reads as Latin-1.
            input.push_str(";CHARSET=X-UNSTATED");
        }
        input.push_str(&line[self.name_end..]);
        input.push('\n');
        match Parser::new(&input).vcard() {
            Entry::VCard(card) => card
                .entries
                .into_iter()
                .find(|entry| entry.name != VCardProperty::Version),
            _ => None,
        }
    }
}
