//! Reading the venue's city from an event's location text, offline: the
//! cities the book knows (contacts' address localities, organisations'
//! cities) found as whole words in the location, accent- and
//! case-insensitively, with a short table of English names of cities whose
//! own name differs ("Munich" and "München"), so either spelling finds
//! people recorded under the other. A location naming no city the book
//! knows falls back to its comma-separated parts ("…, Boston, MA").
//!
//! What it cannot do: know a city nobody in the book lives or works in
//! from a location without commas ("ExCeL London" with no one in London),
//! or tell a venue named after another city ("Paris Hall, Lyon") apart
//! from its city when both are known (the later one wins, as a city
//! follows the venue's name).

use rusqlite::Connection;

use crate::values::folded_words;

/// Cities with more than one name in use, each group folded. The first is
/// the English name.
const OTHER_NAMES: &[&[&str]] = &[
    &["munich", "munchen"],
    &["cologne", "koln"],
    &["vienna", "wien"],
    &["nuremberg", "nurnberg"],
    &["geneva", "geneve", "genf"],
    &["zurich", "zuerich"],
    &["brussels", "bruxelles", "brussel"],
    &["the hague", "den haag"],
    &["copenhagen", "kobenhavn"],
    &["gothenburg", "goteborg"],
    &["lisbon", "lisboa"],
    &["rome", "roma"],
    &["milan", "milano"],
    &["florence", "firenze"],
    &["naples", "napoli"],
    &["turin", "torino"],
    &["venice", "venezia"],
    &["prague", "praha"],
    &["warsaw", "warszawa"],
    &["krakow", "cracow"],
    &["athens", "athina"],
    &["seville", "sevilla"],
    &["moscow", "moskva"],
    &["beijing", "peking"],
    &["bucharest", "bucuresti"],
];

/// The venue's city as the radar uses it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Venue {
    /// The city as written in the location or the book ("Boston").
    pub shown: Option<String>,
    /// Every folded spelling of it: "munich", "munchen".
    pub spellings: Vec<String>,
}

impl Venue {
    /// Whether `place` (a locality or a city as written) is the venue's city.
    pub fn is_city(&self, place: &str) -> bool {
        let folded = folded_words(place).join(" ");
        !folded.is_empty() && self.spellings.contains(&folded)
    }

    /// Whether the words of `text` (an institution's name) name the city.
    pub fn named_in(&self, text: &str) -> bool {
        let words = folded_words(text);
        self.spellings
            .iter()
            .any(|spelling| position_of(&words, spelling).is_some())
    }
}

/// Every city the book knows, as written.
pub(super) fn known_cities(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached(
        "SELECT locality FROM contact_addresses WHERE trim(locality) != ''
         UNION SELECT city FROM organizations WHERE trim(city) != ''",
    )?
    .query_map([], |row| row.get(0))?
    .collect()
}

/// The venue's city in `location`, from the cities in `known`.
pub(super) fn venue(location: &str, known: &[String]) -> Venue {
    let words = folded_words(location);
    // (words in the name, where it ends in the location, as written)
    let mut best: Option<(usize, usize, String)> = None;
    for city in known {
        for spelling in spellings_of(city) {
            let Some(at) = last_position_of(&words, &spelling) else {
                continue;
            };
            let size = spelling.split(' ').count();
            let candidate = (size, at + size, written_in(location, city, &spelling));
            if best
                .as_ref()
                .is_none_or(|b| (candidate.0, candidate.1) > (b.0, b.1))
            {
                best = Some(candidate);
            }
        }
    }
    let shown = match best {
        Some((_, _, shown)) => Some(shown),
        None => from_parts(location),
    };
    let spellings = shown.as_deref().map(spellings_of).unwrap_or_default();
    Venue { shown, spellings }
}

/// Every folded spelling of `city`: its own, and its other names.
fn spellings_of(city: &str) -> Vec<String> {
    let own = folded_words(city).join(" ");
    if own.is_empty() {
        return Vec::new();
    }
    let mut all = vec![own.clone()];
    for group in OTHER_NAMES {
        let folded: Vec<String> = group.iter().map(|n| folded_words(n).join(" ")).collect();
        if folded.contains(&own) {
            all.extend(folded.into_iter().filter(|n| *n != own));
        }
    }
    all
}

/// The city as the user reads it: as the location writes it when the
/// location uses this spelling, else as the book writes it.
fn written_in(location: &str, city: &str, spelling: &str) -> String {
    let own = folded_words(city).join(" ");
    if own == spelling {
        return city.trim().to_owned();
    }
    // The location uses another name: take its words as written.
    let size = spelling.split(' ').count();
    let raw: Vec<&str> = location
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded: Vec<String> = raw.iter().map(|w| folded_words(w).join(" ")).collect();
    match last_position_of(&folded, spelling) {
        Some(at) if at + size <= raw.len() => raw[at..at + size].join(" "),
        _ => city.trim().to_owned(),
    }
}

/// Where the words of `spelling` first appear, in order, in `words`.
fn position_of(words: &[String], spelling: &str) -> Option<usize> {
    let wanted: Vec<&str> = spelling.split(' ').collect();
    (0..words.len()).find(|&at| starts_at(words, &wanted, at))
}

/// Where they last appear.
fn last_position_of(words: &[String], spelling: &str) -> Option<usize> {
    let wanted: Vec<&str> = spelling.split(' ').collect();
    (0..words.len())
        .rev()
        .find(|&at| starts_at(words, &wanted, at))
}

fn starts_at(words: &[String], wanted: &[&str], at: usize) -> bool {
    !wanted.is_empty()
        && at + wanted.len() <= words.len()
        && wanted.iter().zip(&words[at..]).all(|(w, have)| w == have)
}

/// The city from a location's comma-separated parts when the book knows
/// none: "…, Boston, MA" and "…, Munich, Germany" (the part before a state
/// code or a country), "Hall B, London" (the last part).
fn from_parts(location: &str) -> Option<String> {
    let parts: Vec<&str> = location
        .split([',', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let city = match parts.as_slice() {
        [] | [_] => return None,
        [.., city, last] if is_code(last) => city,
        [_, only] => only,
        [.., city, _country] => city,
    };
    let city = city.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    (!city.is_empty() && city.chars().any(char::is_alphabetic)).then(|| city.to_owned())
}

/// "MA", "NY 10001", "CA": a state's code, perhaps with a postal code.
fn is_code(part: &str) -> bool {
    let first = part.split_whitespace().next().unwrap_or("");
    first.len() == 2 && first.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(cities: &[&str]) -> Vec<String> {
        cities.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn a_city_the_book_knows_is_found_in_the_location() {
        let book = known(&["Boston", "London", "München", "Berlin", "New York"]);
        let city = |location: &str| venue(location, &book).shown;
        assert_eq!(
            city("Boston Convention Center, Boston, MA").as_deref(),
            Some("Boston")
        );
        assert_eq!(city("ExCeL London").as_deref(), Some("London"));
        assert_eq!(
            city("Messe München, Munich, Germany").as_deref(),
            Some("Munich")
        );
        assert_eq!(city("Javits Center, NEW YORK").as_deref(), Some("New York"));
        assert_eq!(city("CityCube BERLIN").as_deref(), Some("Berlin"));
    }

    #[test]
    fn another_name_of_the_city_matches_people_under_either() {
        let munich = venue("Messe München, Hall B3", &known(&["Munich"]));
        assert_eq!(munich.shown.as_deref(), Some("München"));
        assert!(munich.is_city("Munich"));
        assert!(munich.is_city("MÜNCHEN"));
        assert!(!munich.is_city("Berlin"));
    }

    #[test]
    fn without_a_known_city_the_parts_of_the_location_are_read() {
        assert_eq!(
            venue("Moscone Center, San Francisco, CA 94103", &[])
                .shown
                .as_deref(),
            Some("San Francisco")
        );
        assert_eq!(
            venue("Fira Gran Via, Barcelona, Spain", &[])
                .shown
                .as_deref(),
            Some("Barcelona")
        );
        assert_eq!(venue("ExCeL London", &[]).shown, None);
        assert_eq!(venue("", &[]).shown, None);
    }

    #[test]
    fn a_word_inside_another_is_not_a_city() {
        let book = known(&["Bath", "York"]);
        assert_eq!(
            venue("Bathurst Hall, Sydney", &book).shown.as_deref(),
            Some("Sydney")
        );
        assert!(venue("Hilton, Bath, UK", &book).is_city("bath"));
    }
}
