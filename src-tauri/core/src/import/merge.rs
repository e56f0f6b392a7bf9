//! Turning a card into a contact draft, and merging it into a stored contact
//! on re-import: what the file says wins where it says something, lists are
//! joined, and nothing the user stored is dropped.

use crate::contacts::{self, Contact, ContactDraft, HowWeMet, Labeled};
use crate::interop::Card;

/// The draft a card describes.
pub(super) fn draft_from_card(card: &mut Card) -> ContactDraft {
    let own = crate::export::curbside_fields_from_extra(&mut card.extra);
    let display_name = [
        card.display_name.trim().to_owned(),
        contacts::composed_name(&card.name),
        card.organization.trim().to_owned(),
    ]
    .into_iter()
    .chain(
        card.emails
            .first()
            .map(|email| email.value.trim().to_owned()),
    )
    .find(|name| !name.is_empty())
    .unwrap_or_default();
    let mut links = card.urls.clone();
    links.extend(card.impps.iter().map(|impp| Labeled {
        label: if impp.label.is_empty() {
            "IM".to_owned()
        } else {
            impp.label.clone()
        },
        value: impp.value.clone(),
    }));
    ContactDraft {
        display_name,
        name: Some(card.name.clone()),
        nickname: card.nickname.clone(),
        credentials: card.credentials.clone(),
        specialty: card.role.clone(),
        institution: card.organization.clone(),
        department: card.department.clone(),
        title: card.title.clone(),
        emails: card
            .emails
            .iter()
            .map(|email| email.value.clone())
            .collect(),
        phones: card
            .phones
            .iter()
            .map(|phone| phone.value.clone())
            .collect(),
        links,
        addresses: card.addresses.clone(),
        birthday: card
            .birthday
            .map(|date| date.to_string())
            .unwrap_or_default(),
        tags: card.tags.clone(),
        notes: card.notes.clone(),
        met: own.met.or_else(|| {
            card.connected_on.map(|date| HowWeMet {
                on: Some(date.to_string()),
                at: String::new(),
                introduced_by: None,
            })
        }),
        pronouns: own.pronouns,
        subspecialty: own.subspecialty,
        field: own.field,
        time_zone: own.time_zone,
    }
}

/// The stored contact with the card's details merged in.
pub(super) fn merged(stored: &Contact, incoming: ContactDraft) -> ContactDraft {
    let mut draft = ContactDraft::from(stored.clone());
    let take = |kept: &mut String, new: String| {
        if !new.trim().is_empty() {
            *kept = new;
        }
    };
    take(&mut draft.display_name, incoming.display_name);
    if let Some(name) = incoming
        .name
        .filter(|name| !contacts::composed_name(name).is_empty())
    {
        draft.name = Some(name);
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

/// Whether saving `merged` over `stored` would change nothing.
pub(super) fn same(stored: &ContactDraft, merged: &ContactDraft) -> bool {
    contacts::clean(merged).is_ok_and(|clean| &clean == stored)
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
