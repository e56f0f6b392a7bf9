//! Placeholders: the `{first_name}`-style slots a template is written with,
//! checked when the user saves a template and filled when a draft is
//! composed.
//!
//! A placeholder is `{` + letters, digits or `_` + `}`; any other brace is
//! plain text, so "{ }" or a lone "{" in a message is kept as typed.
//! Filling works line by line: a line whose placeholders all come out
//! empty is left out (so "It was good to see you at {event}." disappears
//! when there was no event), the blank lines that leaves are merged, and
//! a value that starts a line starts with a capital letter. On a line that
//! keeps some values, an empty placeholder takes its clause with it:
//! "our conversation about {topic} at {event}." reads "our conversation at
//! ESC 2026." without a topic, never "about  at" or "at .".

use crate::values::Invalid;

/// Every placeholder a template may use, with what it stands for.
pub const PLACEHOLDERS: [(&str, &str); 20] = [
    ("first_name", "the contact's first name"),
    ("last_name", "the contact's last name"),
    ("name", "the contact's name as shown in Curbside"),
    (
        "salutation",
        "\"Dr. Okafor\" for a doctor (\"Prof. Okafor\" for a professor), else the first name",
    ),
    (
        "topic",
        "the topic of the meeting or conversation the draft is about (never its note), or the milestone's note",
    ),
    ("event", "the event that meeting or conversation was at"),
    (
        "milestone",
        "the milestone: \"promotion\", \"5 years at Charité\"",
    ),
    ("institution", "the contact's institution"),
    (
        "line",
        "what the book knows of the contact in a line: \"Cardiology, Charité\"",
    ),
    (
        "other_name",
        "in an introduction, the other person's name",
    ),
    (
        "other_salutation",
        "in an introduction, how the other person is greeted",
    ),
    (
        "other_line",
        "in an introduction, what the book knows of the other person",
    ),
    ("reason", "in an introduction, why the two should meet"),
    ("city", "the city of the event a trip draft is about"),
    ("dates", "the days of that event: \"12–15 November\""),
    ("my_name", "your own name"),
    ("my_first_name", "your own first name"),
    ("my_credentials", "your credentials: \"MD, FACC\""),
    ("my_pitch", "your elevator pitch"),
    ("my_links", "your profile links (Doximity, LinkedIn, ORCID, website)"),
];

/// One piece of a line: text as written, or a placeholder's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// Splits a line into text and placeholders.
fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut found = Vec::new();
    let mut text_from = 0;
    let mut at = 0;
    while let Some(offset) = line[at..].find('{') {
        let open = at + offset;
        let name_len = line[open + 1..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        let close = open + 1 + name_len;
        if name_len > 0 && line.as_bytes().get(close) == Some(&b'}') {
            if text_from < open {
                found.push(Piece::Text(&line[text_from..open]));
            }
            found.push(Piece::Slot(&line[open + 1..close]));
            text_from = close + 1;
            at = close + 1;
        } else {
            at = open + 1;
        }
    }
    if text_from < line.len() {
        found.push(Piece::Text(&line[text_from..]));
    }
    found
}

/// Refuses a placeholder Curbside does not know, naming the known ones.
pub(super) fn check(field: &'static str, text: &str) -> Result<(), Invalid> {
    let unknown = text.lines().flat_map(pieces).find_map(|piece| match piece {
        Piece::Slot(name) if !is_known(name) => Some(name),
        _ => None,
    });
    match unknown {
        Some(name) => {
            let known: Vec<String> = PLACEHOLDERS
                .iter()
                .map(|(name, _)| format!("{{{name}}}"))
                .collect();
            Err(Invalid::new(
                field,
                format!(
                    "{{{name}}} is not a placeholder Curbside knows: use {}",
                    known.join(", ")
                ),
            ))
        }
        None => Ok(()),
    }
}

fn is_known(name: &str) -> bool {
    PLACEHOLDERS.iter().any(|(known, _)| *known == name)
}

/// Fills `template` line by line with `value` (a placeholder's value by
/// name; an unknown name is kept as written). Lines whose placeholders are
/// all empty are left out, runs of blank lines become one, and the result
/// has no blank lines at either end.
pub(super) fn fill<'v>(template: &str, value: impl Fn(&str) -> Option<&'v str>) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in template.lines() {
        let Some(filled) = fill_line(line, &value) else {
            continue;
        };
        let blank = filled.trim().is_empty();
        let after_blank = lines.last().is_none_or(|last| last.trim().is_empty());
        if blank && after_blank {
            continue;
        }
        lines.push(filled);
    }
    while lines.last().is_some_and(|last| last.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// Words that lead into a placeholder and go with it when it is empty:
/// "about {topic}", "at {event}", "on your {milestone}", "and
/// {other_salutation}".
const LEAD_INS: [&str; 25] = [
    "and", "about", "at", "on", "in", "for", "from", "with", "of", "to", "by", "during", "after",
    "before", "since", "your", "my", "our", "the", "a", "an", "his", "her", "their", "its",
];

/// One line filled, or `None` when it has placeholders and all are empty.
/// A placeholder with no value on a line that keeps others takes its clause
/// with it: the words leading into it ("about {topic}" goes whole), or, when
/// it starts a sentence, the rest of that sentence; the spaces and commas
/// that leaves are tidied.
fn fill_line<'v>(line: &str, value: &impl Fn(&str) -> Option<&'v str>) -> Option<String> {
    let pieces = pieces(line);
    let values: Vec<Option<&str>> = pieces
        .iter()
        .map(|piece| match *piece {
            Piece::Slot(name) => value(name).map(str::trim),
            Piece::Text(_) => None,
        })
        .collect();
    let slots = values.iter().flatten().count();
    if slots > 0 && values.iter().flatten().all(|text| text.is_empty()) {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut removed = false;
    let mut rest_of_sentence_goes = false;
    for (index, (piece, filled)) in pieces.iter().zip(&values).enumerate() {
        match (*piece, *filled) {
            (Piece::Text(text), _) if rest_of_sentence_goes => {
                if let Some(end) = text.find(['.', '!', '?']) {
                    rest_of_sentence_goes = false;
                    out.push_str(&text[end + 1..]);
                }
            }
            (Piece::Text(text), _) => out.push_str(text),
            (Piece::Slot(_), Some(_)) if rest_of_sentence_goes => {}
            (Piece::Slot(_), Some("")) => {
                removed = true;
                if !drop_lead_in(&mut out) && starts_sentence(&out) {
                    rest_of_sentence_goes = true;
                }
            }
            (Piece::Slot(_), Some(text)) if index == 0 => out.push_str(&capitalized(text)),
            (Piece::Slot(_), Some(text)) => out.push_str(text),
            (Piece::Slot(name), None) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    if removed {
        out = tidied(&out);
        if !out.chars().any(char::is_alphanumeric) {
            return None;
        }
    }
    Some(out.trim_end().to_owned())
}

/// Takes the words leading into a placeholder ("about", "on your") off the
/// end of `out`, and the spaces before them; says whether there were any.
fn drop_lead_in(out: &mut String) -> bool {
    let mut dropped = false;
    loop {
        let kept = out.trim_end().len();
        out.truncate(kept);
        let start = out
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = out[start..].to_lowercase();
        if word.is_empty() || !LEAD_INS.contains(&word.as_str()) {
            return dropped;
        }
        out.truncate(start);
        dropped = true;
    }
}

/// Whether what comes next starts a sentence: nothing or the end of one
/// before it.
fn starts_sentence(out: &str) -> bool {
    out.trim_end()
        .chars()
        .last()
        .is_none_or(|last| matches!(last, '.' | '!' | '?' | ':' | ';' | '—' | '–'))
}

/// A line after a clause came out: no doubled or leading spaces, no space
/// before punctuation, no comma before a full stop, and a capital to start.
fn tidied(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        let last = out.chars().last();
        match c {
            ' ' if last.is_none_or(|last| last == ' ') => {}
            ',' | '.' | ';' | ':' | '!' | '?' | ')' if last == Some(' ') => {
                out.pop();
                push_punctuation(&mut out, c);
            }
            ',' | '.' | ';' | ':' | '!' | '?' => push_punctuation(&mut out, c),
            _ => out.push(c),
        }
    }
    let out = out.trim_start_matches([',', ';', ':', ' ']);
    capitalized(out)
}

/// Appends a punctuation mark, where a comma or another of the same adds
/// nothing: ",." is ".", ",," is ",".
fn push_punctuation(out: &mut String, mark: char) {
    match out.chars().last() {
        Some(',') if mark != ',' => {
            out.pop();
            out.push(mark);
        }
        Some(last) if last == mark && mark != '.' => {}
        Some(_) | None => out.push(mark),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(name: &str) -> Option<&'static str> {
        match name {
            "first_name" => Some("Amara"),
            "topic" => Some("renal denervation"),
            "event" | "milestone" => Some(""),
            _ if is_known(name) => Some(""),
            _ => None,
        }
    }

    #[test]
    fn placeholders_are_replaced_by_their_values() {
        assert_eq!(
            fill("Dear {first_name}, about {topic}.", values),
            "Dear Amara, about renal denervation."
        );
    }

    #[test]
    fn a_line_whose_placeholders_are_all_empty_is_left_out_whole() {
        let body = "Dear {first_name},\n\nGood to see you at {event}.\nAbout {topic}.\n\nBest";
        assert_eq!(
            fill(body, values),
            "Dear Amara,\n\nAbout renal denervation.\n\nBest"
        );
    }

    #[test]
    fn a_paragraph_left_out_leaves_one_blank_line_not_two() {
        let body = "Dear {first_name},\n\nAt {event}.\n\nOn your {milestone}.\n\nBest\n{my_name}";
        assert_eq!(fill(body, values), "Dear Amara,\n\nBest");
    }

    #[test]
    fn an_empty_placeholder_beside_a_filled_one_takes_its_lead_in_words_with_it() {
        assert_eq!(
            fill(
                "I enjoyed our conversation about {topic} at {event}, and more.",
                values
            ),
            "I enjoyed our conversation about renal denervation, and more."
        );
        assert_eq!(
            fill("Good to see you, {first_name}, at {event}.", values),
            "Good to see you, Amara."
        );
        assert_eq!(
            fill("Congratulations on your {milestone}, {first_name}!", values),
            "Congratulations, Amara!"
        );
        assert_eq!(
            fill("Dear {first_name} and {event},", values),
            "Dear Amara,"
        );
    }

    #[test]
    fn an_empty_placeholder_starting_a_sentence_takes_the_sentence_with_it() {
        assert_eq!(
            fill(
                "Hello {first_name}. {event} was a success! See you.",
                values
            ),
            "Hello Amara. See you."
        );
        assert_eq!(
            fill("{event} — well deserved. Well done, {first_name}!", values),
            "Well done, Amara!"
        );
    }

    #[test]
    fn a_value_starting_a_line_starts_with_a_capital() {
        assert_eq!(
            fill("{topic} was fascinating.", values),
            "Renal denervation was fascinating."
        );
    }

    #[test]
    fn braces_that_are_not_placeholders_stay_as_typed() {
        let text = "{ } and { first_name} and {} and {first-name} and {";
        assert_eq!(fill(text, values), text);
        assert!(check("body", text).is_ok());
    }

    #[test]
    fn an_unknown_placeholder_is_refused_with_the_known_ones_listed() {
        let err = check("body", "Dear {firstname},").unwrap_err();
        assert!(err.message.starts_with("{firstname} is not a placeholder"));
        assert!(err.message.contains("{first_name}"));
        assert!(err.message.contains("{my_first_name}"));
        assert_eq!(err.field, "body");
    }
}
