//! Combining two descriptions of one person: a re-imported card into the
//! stored contact, or two duplicate contacts into one. Nothing either side
//! holds is dropped.

use super::validate::composed_name;
use super::ContactDraft;

/// `base` with `other`'s details added: lists are joined (base's items
/// first, no duplicates), notes are joined unless one holds the other, and
/// each single field takes `other`'s value where `other_wins` and it has one,
/// else only where `base` has none.
pub(crate) fn combine(base: ContactDraft, other: ContactDraft, other_wins: bool) -> ContactDraft {
    let mut draft = base;
    let incoming = other;
    let take = |kept: &mut String, new: String| {
        if !new.trim().is_empty() && (other_wins || kept.trim().is_empty()) {
            *kept = new;
        }
    };
    take(&mut draft.display_name, incoming.display_name);
    let has_parts = |name: &Option<super::NameParts>| {
        name.as_ref()
            .is_some_and(|name| !composed_name(name).is_empty())
    };
    if has_parts(&incoming.name) && (other_wins || !has_parts(&draft.name)) {
        draft.name = incoming.name;
    }
    take(&mut draft.nickname, incoming.nickname);
    take(&mut draft.credentials, incoming.credentials);
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
