//! The varied queries of the search benchmark's mixed and cold figures,
//! drawn from the generator's own lists so that every one finds people:
//! whole surnames and given names, the first two or three letters of them
//! (typing), and words only the full-text index holds (interaction topics,
//! conditions, rare topics, subspecialties), one and two at a time.

use std::collections::BTreeSet;

use super::people::Rng;
use super::words::{CONDITIONS, FAMILY, GIVEN, RARE_TOPICS, SPECIALTIES, TOPICS};

/// A group of queries of one kind, for the table.
pub struct Group {
    pub name: &'static str,
    pub queries: Vec<String>,
}

/// Words of at least five letters from `phrases`, each once.
fn long_words(phrases: &[&str]) -> BTreeSet<String> {
    phrases
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 5)
        .map(str::to_lowercase)
        .collect()
}

/// The first `n` letters of each name, each once.
fn prefixes(names: &[&str], n: usize) -> BTreeSet<String> {
    names
        .iter()
        .map(|name| name.chars().take(n).collect::<String>().to_lowercase())
        .collect()
}

/// The mixed queries, in groups.
pub fn groups() -> Vec<Group> {
    let as_vec = |set: BTreeSet<String>| set.into_iter().collect::<Vec<_>>();
    let mut typing = prefixes(FAMILY, 2);
    typing.extend(prefixes(FAMILY, 3));
    typing.extend(prefixes(GIVEN, 2));
    let mut note_words = long_words(TOPICS);
    note_words.extend(long_words(CONDITIONS));
    note_words.extend(long_words(RARE_TOPICS));
    let subspecialties: Vec<&str> = SPECIALTIES
        .iter()
        .flat_map(|(_, subs)| subs.iter().copied())
        .collect();
    note_words.extend(long_words(&subspecialties));
    // A given name with a topic word: few people match both.
    let mut rng = Rng::new(11);
    let topics: Vec<String> = long_words(TOPICS).into_iter().collect();
    let pairs: BTreeSet<String> = (0..40)
        .map(|_| {
            format!(
                "{} {}",
                GIVEN[rng.below(GIVEN.len())].to_lowercase(),
                topics[rng.below(topics.len())]
            )
        })
        .collect();
    vec![
        Group {
            name: "surnames",
            queries: FAMILY.iter().map(|s| s.to_lowercase()).collect(),
        },
        Group {
            name: "given names",
            queries: GIVEN.iter().map(|s| s.to_lowercase()).collect(),
        },
        Group {
            name: "2-3 letters",
            queries: as_vec(typing),
        },
        Group {
            name: "note words",
            queries: as_vec(note_words),
        },
        Group {
            name: "name + topic",
            queries: as_vec(pairs),
        },
    ]
}

/// Every query of every group with its group's index, shuffled with a fixed
/// seed so that one kind does not run in a block (its pages would stay
/// cached from one query to the next).
pub fn shuffled(groups: &[Group]) -> Vec<(usize, &str)> {
    let mut all: Vec<(usize, &str)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.queries.iter().map(move |q| (g, q.as_str())))
        .collect();
    let mut rng = Rng::new(5);
    for i in (1..all.len()).rev() {
        all.swap(i, rng.below(i + 1));
    }
    all
}
