//! The orders the contact list can take: by the name shown (the default, which
//! SQL sorts), by family name or by given name (sorted here, where a missing
//! name part is read from the name shown and letters are compared as a reader
//! expects: "Ødegaard" beside "Odell", "O'Neil" as "ONeil").

use serde::Serialize;
use ts_rs::TS;

use super::ContactId;
use crate::values::fold;

/// How the contact list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactSort {
    /// By the name shown, as typed ("Dr. Amara Okafor" under D).
    #[default]
    Name,
    /// By family name, then given name.
    Family,
    /// By given name, then family name.
    Given,
}

crate::choices!(ContactSort, deserialize, "sort order", [
    Name = "name": "By the name shown (the default)",
    Family = "family": "By family name, then given name",
    Given = "given": "By given name, then family name",
]);

/// Words that begin a family name written inside a name ("Anna van der Berg").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la",
    "al", "el", "bin", "ibn", "ter", "ten", "zu",
];

/// Titles that are not a given name ("Dr. Amara Okafor").
const TITLES: &[&str] = &["dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame"];

/// The names one contact is sorted by.
pub(crate) struct SortNames<'a> {
    /// The name shown.
    pub display: &'a str,
    /// The family name part, possibly empty.
    pub family: &'a str,
    /// The given name part, possibly empty.
    pub given: &'a str,
}

/// Puts `rows` in `sort`'s order (ties by id); [`ContactSort::Name`] leaves
/// them as they are, since SQL sorted them already.
pub(crate) fn sort_rows<T>(
    rows: &mut [T],
    sort: ContactSort,
    names: impl Fn(&T) -> (ContactId, SortNames<'_>),
) {
    if sort == ContactSort::Name {
        return;
    }
    rows.sort_by_cached_key(|row| {
        let (id, names) = names(row);
        let family = sort_text(&family_name(&names));
        let given = sort_text(&given_name(&names));
        let shown = sort_text(names.display);
        match sort {
            ContactSort::Family => (family, given, shown, id),
            ContactSort::Given | ContactSort::Name => (given, family, shown, id),
        }
    });
}

/// The name shown without credentials after a comma, in words.
fn name_words(display: &str) -> Vec<&str> {
    let name = display.split(',').next().unwrap_or_default();
    name.split_whitespace().collect()
}

fn is_title(word: &str) -> bool {
    TITLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// The family name part, or, when it is empty, the name shown's last word
/// with the particles before it ("van der Berg"); a one-word name is itself.
fn family_name(names: &SortNames<'_>) -> String {
    if !names.family.trim().is_empty() {
        return names.family.to_owned();
    }
    let words = name_words(names.display);
    let Some(last) = words.len().checked_sub(1) else {
        return names.display.to_owned();
    };
    let mut start = last;
    while start > 1 && PARTICLES.contains(&words[start - 1]) {
        start -= 1;
    }
    words[start..].join(" ")
}

/// The given name part, or, when it is empty, the name shown's first word
/// that is not a title.
fn given_name(names: &SortNames<'_>) -> String {
    if !names.given.trim().is_empty() {
        return names.given.to_owned();
    }
    let words = name_words(names.display);
    words
        .iter()
        .find(|word| !is_title(word))
        .or(words.first())
        .map_or_else(|| names.display.to_owned(), |word| (*word).to_owned())
}

/// The text compared: folded (no case, no accents), with letters that do not
/// decompose spelt as their base letters, and only letters, digits and spaces.
fn sort_text(text: &str) -> String {
    let mut sorted = String::with_capacity(text.len());
    for c in fold(text).chars() {
        match c {
            'ø' => sorted.push('o'),
            'æ' => sorted.push_str("ae"),
            'œ' => sorted.push_str("oe"),
            'ß' => sorted.push_str("ss"),
            'ł' => sorted.push('l'),
            'đ' | 'ð' => sorted.push('d'),
            'þ' => sorted.push_str("th"),
            'ı' => sorted.push('i'),
            c if c.is_alphanumeric() || c == ' ' => sorted.push(c),
            _ => {}
        }
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(sort: ContactSort, people: &[(&str, &str, &str)]) -> Vec<String> {
        let mut rows: Vec<(ContactId, (&str, &str, &str))> = people
            .iter()
            .enumerate()
            .map(|(index, person)| (index as ContactId, *person))
            .collect();
        sort_rows(&mut rows, sort, |(id, (display, family, given))| {
            (
                *id,
                SortNames {
                    display,
                    family,
                    given,
                },
            )
        });
        rows.iter()
            .map(|(_, (display, ..))| display.to_string())
            .collect()
    }

    #[test]
    fn family_names_sort_by_letter_with_accents_apostrophes_and_particles_read_as_written() {
        let people = [
            ("Dr. Ola Ødegaard", "Ødegaard", "Ola"),
            ("Sean O'Neil", "O'Neil", "Sean"),
            ("Anna van der Berg", "van der Berg", "Anna"),
            ("Amara Okafor", "", ""),
            ("Cher", "", ""),
            ("Piet van Dijk, MD", "", ""),
            ("Tomás Álvarez", "Álvarez", "Tomás"),
            ("Ben Carter", "Carter", "Ben"),
        ];
        assert_eq!(
            sorted(ContactSort::Family, &people),
            [
                "Tomás Álvarez",
                "Ben Carter",
                "Cher",
                "Dr. Ola Ødegaard",
                "Amara Okafor",
                "Sean O'Neil",
                "Anna van der Berg",
                "Piet van Dijk, MD",
            ]
        );
        assert_eq!(
            sorted(ContactSort::Given, &people)[..3],
            ["Amara Okafor", "Anna van der Berg", "Ben Carter"]
        );
    }
}
