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

/// The stored contact with the card's details merged in: what the file
/// says wins where it says something.
pub(super) fn merged(stored: &Contact, incoming: ContactDraft) -> ContactDraft {
    contacts::combine(ContactDraft::from(stored.clone()), incoming, true)
}

/// Whether saving `merged` over `stored` would change nothing.
pub(super) fn same(stored: &ContactDraft, merged: &ContactDraft) -> bool {
    contacts::clean(merged).is_ok_and(|clean| &clean == stored)
}
