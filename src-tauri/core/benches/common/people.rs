//! Made-up doctors: names from short lists of given and family names (some
//! accented, common ones drawn more often), specialties, institutions, tags,
//! notes and interaction notes, from a seeded generator so every run
//! benchmarks the same book.

use curbside_core::interop::Card;
use curbside_core::values::{Labeled, NameParts};

use super::words::*;

/// A small, fast, seeded pseudo-random generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator that always yields the same sequence for `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// Any item, each as likely.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// An item, the first ones more often, mildly: the first of a hundred
    /// comes up about 2.5% of the time, the last about 0.8%.
    pub fn pick_skewed<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        items[(u.powf(1.25) * items.len() as f64) as usize]
    }
}

/// One made-up person, as both the bulk loader and the card builder need.
pub struct Person {
    pub given: &'static str,
    pub family: &'static str,
    pub display_name: String,
    pub credentials: &'static str,
    pub specialty: &'static str,
    pub subspecialty: &'static str,
    pub institution: &'static str,
    pub department: &'static str,
    pub title: &'static str,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub linkedin: Option<String>,
    pub tags: Vec<&'static str>,
    pub notes: String,
    pub uid: String,
}

/// Person number `n` (numbers make emails, phones and UIDs unique).
pub fn person(rng: &mut Rng, n: usize) -> Person {
    let given = rng.pick_skewed(GIVEN);
    let family = rng.pick_skewed(FAMILY);
    let (specialty, subspecialties) = SPECIALTIES[rng.below(SPECIALTIES.len())];
    let (institution, domain) = INSTITUTIONS[rng.below(INSTITUTIONS.len())];
    let handle = format!("{}.{}", ascii(given), ascii(family));
    let mut emails = vec![format!("{handle}{n}@{domain}")];
    if rng.chance(30) {
        emails.push(format!("{handle}{n}@mail.example"));
    }
    let mut tags: Vec<&str> = (0..rng.below(4)).map(|_| rng.pick(TAGS)).collect();
    tags.sort_unstable();
    tags.dedup();
    let notes = if rng.chance(40) {
        format!(
            "Met at {}. Interested in {}.",
            rng.pick(EVENTS),
            rng.pick(INTERESTS)
        )
    } else {
        String::new()
    };
    Person {
        given,
        family,
        display_name: format!("{given} {family}"),
        credentials: rng.pick(CREDENTIALS),
        specialty,
        subspecialty: rng.pick(subspecialties),
        institution,
        department: rng.pick(DEPARTMENTS),
        title: rng.pick(TITLES),
        emails,
        phones: vec![format!("+49 30 {:07}", n)],
        linkedin: rng.chance(25).then(|| {
            format!(
                "https://www.linkedin.com/in/{}-{n}",
                handle.replace('.', "-")
            )
        }),
        tags,
        notes,
        uid: format!("urn:uuid:00000000-0000-4000-8000-{n:012}"),
    }
}

/// A note of what was said, as a doctor would jot it down.
pub fn interaction_note(rng: &mut Rng) -> String {
    let (_, domain) = INSTITUTIONS[rng.below(INSTITUTIONS.len())];
    if rng.chance(1) {
        return format!(
            "Long talk about {} and whether our centre should start",
            rng.pick(RARE_TOPICS)
        );
    }
    match rng.below(8) {
        0 => format!(
            "Discussed {} over coffee at {}",
            rng.pick(TOPICS),
            rng.pick(EVENTS)
        ),
        1 => format!(
            "Call about a referral: patient with {}",
            rng.pick(CONDITIONS)
        ),
        2 => format!(
            "Sent the {} paper on {}",
            rng.pick(JOURNALS),
            rng.pick(TOPICS)
        ),
        3 => format!(
            "Introduced me to Dr. {} ({domain}) about {}",
            rng.pick(FAMILY),
            rng.pick(TOPICS)
        ),
        4 => format!("Follow up on {} next month", rng.pick(TOPICS)),
        5 => format!(
            "Asked for advice on {} and {}",
            rng.pick(CONDITIONS),
            rng.pick(TOPICS)
        ),
        6 => format!(
            "Saw them at {}; congratulated on {}",
            rng.pick(EVENTS),
            rng.pick(TOPICS)
        ),
        _ => String::new(),
    }
}

/// An interaction kind as stored.
pub fn interaction_kind(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "meeting",
        "call",
        "message",
        "email",
        "event",
        "article",
        "referral",
        "introduction",
        "other",
    ])
}

/// The person as an address book would export them.
pub fn card(person: Person) -> Card {
    Card {
        uid: Some(person.uid),
        display_name: person.display_name,
        name: NameParts {
            given: person.given.into(),
            family: person.family.into(),
            ..Default::default()
        },
        credentials: person.credentials.into(),
        organization: person.institution.into(),
        department: person.department.into(),
        title: person.title.into(),
        emails: labeled("work", person.emails),
        phones: labeled("work", person.phones),
        urls: labeled("LinkedIn", person.linkedin.into_iter().collect()),
        tags: person.tags.into_iter().map(str::to_owned).collect(),
        notes: person.notes,
        ..Default::default()
    }
}

/// `n` cards of the same made-up people the search book holds.
pub fn cards(n: usize) -> Vec<Card> {
    let mut rng = Rng::new(7);
    (0..n).map(|i| card(person(&mut rng, i))).collect()
}

/// The title a re-imported card gives the people it changes.
pub const NEW_TITLE: &str = "Chief of Service (re-imported)";

/// Cards for a re-import over the book of `contacts` people
/// ([`super::book`]): `matching` of the book's own people (the same UIDs,
/// every tenth with [`NEW_TITLE`]), then `new` people the book does not
/// hold, in one list as an address book would export them.
pub fn reimport_cards(contacts: usize, matching: usize, new: usize) -> Vec<Card> {
    // The book's people come first from its generator, in order.
    let mut rng = Rng::new(42);
    let book: Vec<Person> = (0..contacts).map(|n| person(&mut rng, n)).collect();
    let step = (contacts / matching).max(1);
    let mut cards: Vec<Card> = book
        .into_iter()
        .step_by(step)
        .take(matching)
        .enumerate()
        .map(|(i, mut p)| {
            if i % 10 == 0 {
                p.title = NEW_TITLE;
            }
            card(p)
        })
        .collect();
    let mut rng = Rng::new(43);
    cards.extend((contacts..contacts + new).map(|n| card(person(&mut rng, n))));
    cards
}

fn labeled(label: &str, values: Vec<String>) -> Vec<Labeled> {
    values
        .into_iter()
        .map(|value| Labeled {
            label: label.into(),
            value,
        })
        .collect()
}

/// A name as it can appear in an email address: "Jürgen" → "jurgen".
fn ascii(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(char::is_ascii_alphanumeric)
        .flat_map(|c| c.to_lowercase())
        .collect()
}
