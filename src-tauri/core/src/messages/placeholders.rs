//! Placeholders: the `{first_name}`-style slots a template is written with,
//! checked when the user saves a template and filled when a draft is
//! composed.
//!
//! A placeholder is `{` + letters, digits or `_` + `}`; any other brace is
//! plain text, so "{ }" or a lone "{" in a message is kept as typed.
//! Filling works line by line: a line whose placeholders all come out
//! empty is left out (so "It was good to see you at {event}." disappears
//! when there was no event), the blank lines that leaves are merged, and
//! a value that starts a line starts with a capital letter.

use crate::contacts::Invalid;

/// Every placeholder a template may use, with what it stands for.
pub const PLACEHOLDERS: [(&str, &str); 10] = [
    ("first_name", "the contact's first name"),
    ("last_name", "the contact's last name"),
    ("name", "the contact's name as shown in Curbside"),
    (
        "salutation",
        "\"Dr. Okafor\" for a doctor (\"Prof. Okafor\" for a professor), else the first name",
    ),
    (
        "topic",
        "the note of the meeting, event or milestone the draft is about",
    ),
    ("event", "the event that meeting or conversation was at"),
    (
        "milestone",
        "the milestone: \"promotion\", \"5 years at Charité\"",
    ),
    ("institution", "the contact's institution"),
    ("my_name", "your own name"),
    ("my_first_name", "your own first name"),
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

/// One line filled, or `None` when it has placeholders and all are empty.
fn fill_line<'v>(line: &str, value: &impl Fn(&str) -> Option<&'v str>) -> Option<String> {
    let pieces = pieces(line);
    let mut slots = 0;
    let mut filled_slots = 0;
    let mut out = String::with_capacity(line.len());
    for (index, piece) in pieces.iter().enumerate() {
        match *piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Slot(name) => match value(name) {
                Some(text) => {
                    slots += 1;
                    let text = text.trim();
                    if !text.is_empty() {
                        filled_slots += 1;
                    }
                    if index == 0 {
                        out.push_str(&capitalized(text));
                    } else {
                        out.push_str(text);
                    }
                }
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    (slots == 0 || filled_slots > 0).then(|| out.trim_end().to_owned())
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
    fn a_line_whose_placeholders_are_all_empty_is_left_out() {
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
