//! Why a contact matched a search: the field that holds the query's words
//! (a note, the institution, an interaction…) and a few words around the
//! first of them, the matched words marked as the Network search marks them
//! ([`SnippetPart`]). The contacts' full-text index is contentless (it keeps
//! no copy of the text, so FTS5's snippet() has nothing to cut), so the
//! snippet is cut here from the contact's own fields, with the index's rule:
//! a word matches when a query word starts it, case and accents aside.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::char::is_combining_mark;

use super::network::SnippetPart;
use crate::contacts::{Contact, ContactError, ContactSummary};
use crate::values::fold;

/// Which of a contact's fields a search matched, besides the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MatchedField {
    /// Specialty, subspecialty, field or credentials.
    Specialty,
    /// Institution, department or title.
    Institution,
    /// A tag.
    Tags,
    /// The contact's notes.
    Note,
    /// An email address.
    Email,
    /// The topic or note of an interaction with them.
    Interaction,
}

impl MatchedField {
    /// The field as a person reads it before the snippet ("Note").
    pub fn label(self) -> &'static str {
        match self {
            Self::Specialty => "Specialty",
            Self::Institution => "Institution",
            Self::Tags => "Tags",
            Self::Note => "Note",
            Self::Email => "Email",
            Self::Interaction => "Interaction",
        }
    }
}

/// Where a search found a contact, when not (only) in their name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactMatch {
    /// The field that holds the query's words.
    pub field: MatchedField,
    /// The field as a person reads it ("Note", "Institution").
    pub label: String,
    /// A few words around the first match, the matched words marked.
    pub snippet: Vec<SnippetPart>,
}

/// A contact a search found, and why: what `curbside-cli search --json`
/// prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactHit {
    /// The contact, whole.
    #[serde(flatten)]
    pub contact: Contact,
    /// The field beside the name that matched; null when the name alone did.
    pub matched: Option<ContactMatch>,
}

/// A list line a search found, and why: what the list and the command
/// palette show, without the rest of the contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ContactLineHit {
    /// The contact's line.
    #[serde(flatten)]
    #[ts(flatten)]
    pub line: ContactSummary,
    /// The field beside the name that matched; null when the name alone did.
    pub matched: Option<ContactMatch>,
}

/// How many words a snippet shows before its first match.
const WORDS_BEFORE: usize = 5;
/// How many words a snippet shows in all, at most.
const WORDS_SHOWN: usize = 16;

/// Why `contact` matched the folded query `words`: None when their name
/// and nickname hold every word (a name match needs no snippet), otherwise
/// the first field, in the index's order of weight, holding a word the name
/// does not.
pub(super) fn why_matched(
    conn: &Connection,
    contact: &Contact,
    words: &[String],
) -> Result<Option<ContactMatch>, ContactError> {
    let name = format!("{} {}", contact.display_name, contact.nickname);
    let outside_name = outside(&name, words);
    if outside_name.is_empty() {
        return Ok(None);
    }
    let sources = [
        (
            MatchedField::Specialty,
            [
                &contact.specialty,
                &contact.subspecialty,
                &contact.field,
                &contact.credentials,
            ]
            .iter()
            .filter(|text| !text.is_empty())
            .map(|text| text.as_str())
            .collect::<Vec<_>>()
            .join(" · "),
        ),
        (
            MatchedField::Institution,
            [&contact.title, &contact.department, &contact.institution]
                .iter()
                .filter(|text| !text.is_empty())
                .map(|text| text.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (MatchedField::Tags, contact.tags.join(", ")),
        (MatchedField::Note, contact.notes.clone()),
        (MatchedField::Email, contact.emails.join(", ")),
    ];
    for (field, text) in sources {
        if let Some(snippet) = snippet(&text, &outside_name) {
            return Ok(Some(ContactMatch {
                field,
                label: field.label().to_owned(),
                snippet,
            }));
        }
    }
    let mut statement = conn.prepare_cached(
        "SELECT i.topic, i.note FROM interactions i
         JOIN interaction_contacts ic ON ic.interaction_id = i.id
         WHERE ic.contact_id = ?1 ORDER BY i.occurred_at DESC, i.id DESC",
    )?;
    let notes = statement.query_map([contact.id], |row| {
        let topic: String = row.get(0)?;
        let note: String = row.get(1)?;
        Ok(if topic.trim().is_empty() {
            note
        } else {
            format!("{}: {note}", topic.trim())
        })
    })?;
    for text in notes {
        if let Some(snippet) = snippet(&text?, &outside_name) {
            return Ok(Some(ContactMatch {
                field: MatchedField::Interaction,
                label: MatchedField::Interaction.label().to_owned(),
                snippet,
            }));
        }
    }
    Ok(None)
}

/// Whether `name` holds every folded query word, so that a search found
/// its contact by name and [`why_matched`] has nothing to add.
pub(super) fn name_holds_every_word(name: &str, words: &[String]) -> bool {
    outside(name, words).is_empty()
}

/// The folded query `words` that start no word of `name`.
fn outside(name: &str, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|word| !pieces(name).any(|(piece, is_word)| is_word && starts(piece, word)))
        .cloned()
        .collect()
}

/// Whether the text `piece` starts with the folded query word `word`.
fn starts(piece: &str, word: &str) -> bool {
    fold(piece).starts_with(word)
}

/// `text` cut into runs of word characters (true) and of anything else
/// (false), as the index's tokenizer cuts it.
fn pieces(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let is_word = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let kind = is_word(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_word(c) != kind)
            .map_or(rest.len(), |(index, _)| index);
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some((piece, kind))
    })
}

/// A few words of `text` around the first word a query word starts, every
/// such word marked; None when no word matches.
fn snippet(text: &str, words: &[String]) -> Option<Vec<SnippetPart>> {
    let all: Vec<(&str, bool)> = pieces(text).collect();
    let matched = |piece: &str, is_word: bool| is_word && words.iter().any(|w| starts(piece, w));
    let first = all
        .iter()
        .position(|&(piece, is_word)| matched(piece, is_word))?;
    // Pieces alternate words and gaps, so a word is two pieces on.
    let start = first.saturating_sub(WORDS_BEFORE * 2);
    let start = if all.get(start).is_some_and(|&(_, is_word)| !is_word) {
        start + 1
    } else {
        start
    };
    let end = (start + WORDS_SHOWN * 2).min(all.len());
    let mut parts: Vec<SnippetPart> = Vec::new();
    if start > 0 {
        push(&mut parts, "…", false);
    }
    for &(piece, is_word) in &all[start..end] {
        if is_word {
            push(&mut parts, piece, matched(piece, is_word));
        } else {
            push(&mut parts, &one_line(piece), false);
        }
    }
    if end < all.len() {
        if let Some(last) = parts.last_mut().filter(|last| !last.matched) {
            last.text = last.text.trim_end().to_owned();
        }
        push(&mut parts, "…", false);
    }
    Some(parts)
}

/// Adds `text` to the snippet, joined to the last piece when of its sort.
fn push(parts: &mut Vec<SnippetPart>, text: &str, matched: bool) {
    match parts.last_mut() {
        Some(last) if last.matched == matched => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_owned(),
            matched,
        }),
    }
}

/// A gap between words on one line: each run of white space (a note's line
/// breaks) one space.
fn one_line(gap: &str) -> String {
    let mut line = String::with_capacity(gap.len());
    let mut in_space = false;
    for c in gap.chars() {
        if c.is_whitespace() {
            if !in_space {
                line.push(' ');
            }
            in_space = true;
        } else {
            line.push(c);
            in_space = false;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::{snippet, SnippetPart};

    #[test]
    fn a_snippet_marks_words_the_query_starts_with_accents_and_case_aside() {
        let words = vec!["renal".to_owned(), "muller".to_owned()];
        let parts = snippet("Talked about RENAL denervation\nwith Dr. Müller.", &words).unwrap();
        assert_eq!(
            SnippetPart::bracketed(&parts),
            "Talked about [RENAL] denervation with Dr. [Müller]."
        );
        assert!(snippet("Nothing here", &words).is_none());
    }

    #[test]
    fn a_long_note_is_cut_to_a_few_words_around_the_first_match() {
        let note = (1..=40)
            .map(|n| {
                if n == 20 {
                    "echocardiography".to_owned()
                } else {
                    format!("w{n}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let parts = snippet(&note, &["echo".to_owned()]).unwrap();
        assert_eq!(
            SnippetPart::bracketed(&parts),
            "…w15 w16 w17 w18 w19 [echocardiography] w21 w22 w23 w24 w25 w26 w27 w28 w29 w30…"
        );
    }
}
