//! How a message addresses someone: first and last name, and the
//! salutation ("Dr. Okafor" for a doctor, else the first name).
//!
//! The stored name parts come first. Many contacts have only a display
//! name ("Dr. Amara Okafor, MD" from `--name`), so the parts are read from
//! it when they are empty: a leading title (Dr., Prof., Mr., Ms.…) and
//! trailing degrees are set aside, and the first word left is the first
//! name. The family name is never guessed from the last word of a longer
//! name: José Ñúñez García's is "Ñúñez García", Mary Ann Smith's "Smith".
//! Only a two-word name gives it away; otherwise a doctor is greeted by the
//! whole name ("Dr. José Ñúñez García"), which is never wrong, and
//! {last_name} is the name after the first.

use crate::contacts::Contact;

/// Titles that may start a name, without their dot, in upper case.
const TITLES: [&str; 9] = [
    "DR",
    "DOCTOR",
    "PROF",
    "PROFESSOR",
    "MR",
    "MRS",
    "MS",
    "MX",
    "MISS",
];

/// Doctoral degrees (medical, dental, research…), without dots, in upper
/// case: any one of them makes "Dr. Okafor".
const DOCTORAL: [&str; 22] = [
    "MD", "DO", "MBBS", "MBCHB", "MBBCH", "BMBS", "MBBCHIR", "BMBCH", "MBBCHBAO", "DM", "PHD",
    "DPHIL", "DMD", "DDS", "PHARMD", "DNP", "DRPH", "SCD", "DSC", "DVM", "PSYD", "EDD",
];

/// The parts of a name that a message uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Addressed {
    /// "Amara".
    pub first: String,
    /// "Okafor".
    pub last: String,
    /// "Dr. Okafor", "Prof. Okafor" or "Amara".
    pub salutation: String,
}

/// A contact's first and last name and how to greet them.
pub(super) fn addressed(contact: &Contact) -> Addressed {
    let (title, words, degrees) = split(&contact.display_name);
    let first = non_empty(&contact.name.given)
        .or_else(|| words.first().copied())
        .unwrap_or_default()
        .to_owned();
    let surname = non_empty(&contact.name.family)
        .map(str::to_owned)
        .or_else(|| match words.as_slice() {
            [_, last] => Some((*last).to_owned()),
            _ => None,
        });
    let last = surname
        .clone()
        .unwrap_or_else(|| words.get(1..).unwrap_or_default().join(" "));
    let title = non_empty(&contact.name.prefix)
        .map(|prefix| normalized(prefix.split_whitespace().next().unwrap_or_default()))
        .or(title);
    let doctoral = [
        contact.credentials.as_str(),
        contact.name.suffix.as_str(),
        degrees.as_str(),
    ]
    .iter()
    .flat_map(|text| text.split(|c: char| !c.is_alphanumeric() && c != '.'))
    .any(|degree| DOCTORAL.contains(&normalized(degree).as_str()));
    let whole = words.join(" ");
    let surname = match &surname {
        Some(surname) => surname,
        None if words.len() > 2 => &whole,
        None => &first,
    };
    let salutation = match title.as_deref() {
        _ if surname.is_empty() => contact.display_name.trim().to_owned(),
        Some("PROF" | "PROFESSOR") => format!("Prof. {surname}"),
        Some("DR" | "DOCTOR") => format!("Dr. {surname}"),
        _ if doctoral => format!("Dr. {surname}"),
        _ if !first.is_empty() => first.clone(),
        _ => contact.display_name.trim().to_owned(),
    };
    Addressed {
        first,
        last,
        salutation,
    }
}

/// The first name in a name as written ("Dr. Jane Doe" → "Jane").
pub(super) fn first_name(name: &str) -> String {
    let (_, words, _) = split(name);
    words.first().copied().unwrap_or_default().to_owned()
}

/// A display name split into its leading title (normalised), the words of
/// the name, and the degrees after it ("Dr. Amara Okafor, MD, PhD" →
/// `DR`, [Amara, Okafor], "MD, PhD").
fn split(display_name: &str) -> (Option<String>, Vec<&str>, String) {
    let (name, mut degrees) = match display_name.split_once(',') {
        Some((name, after)) => (name, after.trim().to_owned()),
        None => (display_name, String::new()),
    };
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let mut title = None;
    while let Some(first) = words.first() {
        let word = normalized(first);
        if words.len() > 1 && TITLES.contains(&word.as_str()) {
            title.get_or_insert(word);
            words.remove(0);
        } else {
            break;
        }
    }
    while let Some(last) = words.last() {
        if words.len() > 1 && is_degree(last) {
            degrees = format!("{last} {degrees}");
            words.pop();
        } else {
            break;
        }
    }
    (title, words, degrees)
}

/// A degree written after a name without a comma: "MD", "M.D.", "PhD",
/// but not the surname "Do".
fn is_degree(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let title_case =
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    DOCTORAL.contains(&normalized(word).as_str()) && (word.contains('.') || !title_case)
}

/// A title or degree in upper case without dots: "Dr." → "DR", "Ph.D." → "PHD".
fn normalized(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_uppercase)
        .collect()
}

fn non_empty(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::NameParts;

    fn contact(display_name: &str, credentials: &str, name: NameParts) -> Contact {
        let mut contact: Contact = serde_json::from_value(serde_json::json!({
            "id": 1, "display_name": display_name, "name": name, "nickname": "",
            "credentials": credentials, "pronouns": "", "specialty": "", "subspecialty": "",
            "field": "", "institution": "", "department": "", "title": "", "emails": [],
            "phones": [], "links": [], "addresses": [], "birthday": null, "time_zone": "",
            "tags": [], "notes": "", "met": {}, "uid": null, "extra": [], "has_photo": false,
            "last_interaction_at": null, "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z"
        }))
        .unwrap();
        contact.display_name = display_name.to_owned();
        contact
    }

    fn greeting(display_name: &str, credentials: &str) -> String {
        addressed(&contact(display_name, credentials, NameParts::default())).salutation
    }

    #[test]
    fn a_doctor_is_greeted_by_title_and_last_name() {
        assert_eq!(greeting("Dr. Amara Okafor", ""), "Dr. Okafor");
        assert_eq!(greeting("Amara Okafor", "MD, PhD"), "Dr. Okafor");
        assert_eq!(greeting("Amara Okafor, MBBS", ""), "Dr. Okafor");
        assert_eq!(greeting("Amara Okafor M.D.", ""), "Dr. Okafor");
        assert_eq!(greeting("Prof. Dr. Lena Müller", ""), "Prof. Müller");
    }

    #[test]
    fn anyone_else_is_greeted_by_first_name() {
        assert_eq!(greeting("Amara Okafor", ""), "Amara");
        assert_eq!(greeting("Amara Okafor", "RN, MPH"), "Amara");
        assert_eq!(greeting("Madonna", "MD"), "Dr. Madonna");
        assert_eq!(greeting("Ms. Priya Shah", ""), "Priya");
        assert_eq!(greeting("Minh Do", ""), "Minh");
    }

    #[test]
    fn name_parts_win_over_the_display_name() {
        let parts = NameParts {
            prefix: "Dr.".into(),
            given: "Kenji".into(),
            family: "Tanaka".into(),
            ..Default::default()
        };
        let named = addressed(&contact("Kenji", "", parts));
        assert_eq!(named.first, "Kenji");
        assert_eq!(named.last, "Tanaka");
        assert_eq!(named.salutation, "Dr. Tanaka");
    }

    #[test]
    fn a_compound_family_name_is_used_whole_and_never_guessed_from_the_last_word() {
        let parts = NameParts {
            given: "José".into(),
            family: "Ñúñez García".into(),
            ..Default::default()
        };
        let named = addressed(&contact("José Ñúñez García", "MD", parts));
        assert_eq!(named.salutation, "Dr. Ñúñez García");
        assert_eq!(named.last, "Ñúñez García");

        let unparted = addressed(&contact("Dr. José Ñúñez García", "", NameParts::default()));
        assert_eq!(unparted.salutation, "Dr. José Ñúñez García");
        assert_eq!(unparted.first, "José");
        assert_eq!(unparted.last, "Ñúñez García");
        assert_eq!(greeting("Mary Ann Smith, MD", ""), "Dr. Mary Ann Smith");
        assert_eq!(greeting("Mary Ann Smith", ""), "Mary");
    }

    #[test]
    fn the_first_name_skips_the_title() {
        assert_eq!(first_name("Dr. Jane Doe"), "Jane");
        assert_eq!(first_name("Jane"), "Jane");
        assert_eq!(first_name(""), "");
    }
}
