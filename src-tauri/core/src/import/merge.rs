//! Turning a card into a contact draft, and merging it into a stored contact
//! on re-import: what the file says wins where it says something, lists are
//! joined, and nothing the user stored is dropped.

use crate::contacts::{self, Contact, ContactDraft, HowWeMet};
use crate::interop::Card;
use crate::values::{Labeled, NameParts};

/// The draft a card describes.
pub(crate) fn draft_from_card(card: &mut Card) -> ContactDraft {
    let own = crate::export::curbside_fields_from_extra(&mut card.extra);
    // No contact field holds an anniversary: it is kept with the card's other
    // properties, which export writes back.
    if let Some(anniversary) = card.anniversary {
        card.extra
            .push(crate::export::anniversary_line(anniversary));
    }
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
        time_zone: if own.time_zone.is_empty() {
            card.time_zone.clone()
        } else {
            own.time_zone
        },
    }
}

/// The stored unknown properties with a re-imported card's: a property the
/// card carries replaces the stored lines of that property; every other
/// stored line stays (a re-import never drops what it does not carry).
pub(super) fn merged_extra(stored: &[String], incoming: &[String]) -> Vec<String> {
    let carried: Vec<String> = incoming.iter().map(|line| property_name(line)).collect();
    stored
        .iter()
        .filter(|line| !carried.contains(&property_name(line)))
        .chain(incoming)
        .cloned()
        .collect()
}

/// `item1.X-ABLabel;TYPE=x:value` → `X-ABLABEL`.
fn property_name(line: &str) -> String {
    let head = line.split([':', ';']).next().unwrap_or_default();
    let name = head.rsplit_once('.').map_or(head, |(_, name)| name);
    name.trim().to_ascii_uppercase()
}

/// The stored contact with the card's details merged in: what the file
/// says wins where it says something.
pub(super) fn merged(stored: &Contact, mut incoming: ContactDraft) -> ContactDraft {
    // A contact saved with a name only is exported with name parts guessed
    // from it; reading that export back is not news about the name.
    let (guessed, credentials) =
        crate::export::guessed_name(&stored.display_name, &stored.credentials);
    if stored.name == NameParts::default() && incoming.name.as_ref() == Some(&guessed) {
        incoming.name = None;
        if incoming.credentials == credentials {
            incoming.credentials.clear();
        }
    }
    contacts::combine(ContactDraft::from(stored.clone()), incoming, true)
}

/// Whether saving `merged` over `stored` would change nothing.
pub(super) fn same(stored: &ContactDraft, merged: &ContactDraft) -> bool {
    contacts::clean(merged).is_ok_and(|clean| &clean == stored)
}
