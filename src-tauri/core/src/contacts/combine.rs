//! Combining two descriptions of one person: a re-imported card into the
//! stored contact, or two duplicate contacts into one. Nothing either side
//! holds is dropped.

use super::validate::composed_name;
use super::ContactDraft;

/// `base` with `other`'s details added: lists are joined (base's items
/// first, no duplicates), and so are credentials; notes are joined unless
/// one holds the other; name parts are taken part by part; and each single
/// field takes `other`'s value where `other_wins` and it has one, else only
/// where `base` has none. A display name that already holds the other's
/// ("Dr. Ana Ruiz, MD" and LinkedIn's "Ana Ruiz") is kept.
pub(crate) fn combine(base: ContactDraft, other: ContactDraft, other_wins: bool) -> ContactDraft {
    let mut draft = base;
    let incoming = other;
    let take = |kept: &mut String, new: String| {
        if !new.trim().is_empty() && (other_wins || kept.trim().is_empty()) {
            *kept = new;
        }
    };
    if !other_wins || !holds(&draft.display_name, &incoming.display_name) {
        take(&mut draft.display_name, incoming.display_name);
    }
    draft.name = combined_name(draft.name.take(), incoming.name, other_wins);
    take(&mut draft.nickname, incoming.nickname);
    draft.credentials = combined_credentials(&draft.credentials, &incoming.credentials);
    take(&mut draft.pronouns, incoming.pronouns);
    take(&mut draft.specialty, incoming.specialty);
    take(&mut draft.subspecialty, incoming.subspecialty);
    take(&mut draft.field, incoming.field);
    take(&mut draft.institution, incoming.institution);
    take(&mut draft.department, incoming.department);
    take(&mut draft.title, incoming.title);
    take(&mut draft.birthday, incoming.birthday);
    take(&mut draft.time_zone, incoming.time_zone);
    join(&mut draft.emails, incoming.emails, |a, b| {
        a.eq_ignore_ascii_case(b)
    });
    join(&mut draft.phones, incoming.phones, |a, b| {
        digits(a) == digits(b)
    });
    join(&mut draft.tags, incoming.tags, |a, b| {
        a.to_lowercase() == b.to_lowercase()
    });
    join(&mut draft.links, incoming.links, |a, b| {
        a.value.trim_end_matches('/') == b.value.trim_end_matches('/')
    });
    join(&mut draft.addresses, incoming.addresses, |a, b| a == b);
    draft.notes = merged_notes(&draft.notes, &incoming.notes);
    let met_unset = draft
        .met
        .as_ref()
        .is_none_or(|met| met.on.is_none() && met.at.is_empty() && met.introduced_by.is_none());
    if met_unset && incoming.met.is_some() {
        draft.met = incoming.met;
    }
    draft
}

/// Whether `kept` already says all `new` says ("Dr. Ana Ruiz, MD" holds
/// LinkedIn's "Ana Ruiz"), so replacing it would only lose words.
fn holds(kept: &str, new: &str) -> bool {
    let words = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (kept, new) = (words(kept), words(new));
    !new.is_empty() && kept.contains(&new)
}

/// The name parts, part by part: a part the other side gives replaces the
/// kept one where `other_wins` (or fills it where empty); a part it leaves
/// empty (LinkedIn has no prefix, middle name or suffix) is kept.
fn combined_name(
    kept: Option<super::NameParts>,
    new: Option<super::NameParts>,
    other_wins: bool,
) -> Option<super::NameParts> {
    let Some(new) = new.filter(|name| !composed_name(name).is_empty()) else {
        return kept;
    };
    let Some(mut name) = kept.filter(|name| !composed_name(name).is_empty()) else {
        return Some(new);
    };
    for (part, new) in [
        (&mut name.prefix, new.prefix),
        (&mut name.given, new.given),
        (&mut name.middle, new.middle),
        (&mut name.family, new.family),
        (&mut name.suffix, new.suffix),
    ] {
        if !new.trim().is_empty() && (other_wins || part.trim().is_empty()) {
            *part = new;
        }
    }
    Some(name)
}

/// Both sides' credentials, the kept ones first, each once ("MD, PhD" and
/// "MD, MPH" give "MD, PhD, MPH"): a degree does not lapse because another
/// file does not list it.
fn combined_credentials(kept: &str, new: &str) -> String {
    let key = |credential: &str| {
        credential
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let mut list: Vec<&str> = Vec::new();
    for credential in kept.split(',').chain(new.split(',')).map(str::trim) {
        if !credential.is_empty() && !list.iter().any(|seen| key(seen) == key(credential)) {
            list.push(credential);
        }
    }
    list.join(", ")
}

fn join<T>(kept: &mut Vec<T>, new: Vec<T>, same: impl Fn(&T, &T) -> bool) {
    for item in new {
        if !kept.iter().any(|existing| same(existing, &item)) {
            kept.push(item);
        }
    }
}

fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

fn merged_notes(stored: &str, incoming: &str) -> String {
    let incoming = incoming.trim();
    if incoming.is_empty() || stored.contains(incoming) {
        stored.to_owned()
    } else if stored.trim().is_empty() || incoming.contains(stored.trim()) {
        incoming.to_owned()
    } else {
        format!("{}\n\n{incoming}", stored.trim_end())
    }
}
