//! A stored contact as a [`Card`], and back: fields vCard has no property for
//! travel as `X-CURBSIDE-…` properties so that an export imported again
//! gives back the same contacts.

use rusqlite::{Connection, OptionalExtension};

use crate::contacts::{Contact, ContactError, HowWeMet};
use crate::interop::credentials::split_credentials;
use crate::interop::Card;
use crate::values::{Labeled, NameParts, PartialDate, Photo};

const PRONOUNS: &str = "X-CURBSIDE-PRONOUNS";
const SUBSPECIALTY: &str = "X-CURBSIDE-SUBSPECIALTY";
const FIELD: &str = "X-CURBSIDE-FIELD";
const TIME_ZONE: &str = "X-CURBSIDE-TZ";
const MET_ON: &str = "X-CURBSIDE-MET-ON";
const MET_AT: &str = "X-CURBSIDE-MET-AT";
/// How an imported anniversary is kept among a contact's other properties.
const ANNIVERSARY: &str = "ANNIVERSARY";

/// The stored form of an anniversary: `ANNIVERSARY:1998-06-20`, or
/// `ANNIVERSARY:--06-20` without the year.
pub(crate) fn anniversary_line(date: PartialDate) -> String {
    format!("{ANNIVERSARY}:{date}")
}

/// Words before a name that are a form of address, not a given name.
const PREFIXES: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sir",
    "dame",
];

/// The card for a stored contact, with its photo.
pub fn card_from_contact(conn: &Connection, contact: &Contact) -> Result<Card, ContactError> {
    let photo = conn
        .query_row(
            "SELECT media_type, data FROM contact_photos WHERE contact_id = ?1",
            [contact.id],
            |row| {
                Ok(Photo {
                    media_type: row.get(0)?,
                    data: row.get(1)?,
                })
            },
        )
        .optional()?;
    let mut extra = contact.extra.clone();
    let mut anniversary = None;
    extra.retain(|line| match line.split_once(':') {
        Some((name, value))
            if name.eq_ignore_ascii_case(ANNIVERSARY)
                || name.eq_ignore_ascii_case("X-ANNIVERSARY") =>
        {
            anniversary = anniversary.or(PartialDate::parse(value));
            false
        }
        _ => true,
    });
    let mut own = |name: &str, value: &str| {
        if !value.is_empty() {
            extra.push(format!("{name}:{}", escape(value)));
        }
    };
    own(PRONOUNS, &contact.pronouns);
    own(SUBSPECIALTY, &contact.subspecialty);
    own(FIELD, &contact.field);
    own(MET_ON, contact.met.on.as_deref().unwrap_or_default());
    own(MET_AT, &contact.met.at);
    let (name, credentials) = name_for_export(contact);
    Ok(Card {
        line: 0,
        uid: contact.uid.clone(),
        display_name: contact.display_name.clone(),
        name,
        nickname: contact.nickname.clone(),
        credentials,
        organization: contact.institution.clone(),
        department: contact.department.clone(),
        title: contact.title.clone(),
        role: contact.specialty.clone(),
        emails: contact
            .emails
            .iter()
            .map(|value| Labeled {
                label: String::new(),
                value: value.clone(),
            })
            .collect(),
        phones: contact
            .phones
            .iter()
            .map(|value| Labeled {
                label: String::new(),
                value: value.clone(),
            })
            .collect(),
        addresses: contact.addresses.clone(),
        urls: contact.links.clone(),
        birthday: contact.birthday.as_deref().and_then(PartialDate::parse),
        anniversary,
        time_zone: contact.time_zone.clone(),
        tags: contact.tags.clone(),
        notes: contact.notes.clone(),
        photo,
        extra,
        ..Default::default()
    })
}

/// The name parts and credentials to export: the stored parts, or, for a
/// contact saved with a name only ("Dr. Ana Ruiz, MD"), the display name
/// split into a prefix, a given name, middle names, a family name (the last
/// word) and trailing credentials, so that other apps do not show an empty
/// name.
fn name_for_export(contact: &Contact) -> (NameParts, String) {
    let stored = contact.name.clone();
    let has_parts = [
        &stored.prefix,
        &stored.given,
        &stored.middle,
        &stored.family,
        &stored.suffix,
    ]
    .iter()
    .any(|part| !part.trim().is_empty());
    if has_parts || !is_person(contact) {
        return (stored, contact.credentials.clone());
    }
    guessed_name(&contact.display_name, &contact.credentials)
}

/// Whether the contact names a person, not an organisation: not a card of
/// another `KIND`, and not named after its institution only.
fn is_person(contact: &Contact) -> bool {
    let other_kind = contact.extra.iter().any(|line| {
        line.split_once(':').is_some_and(|(name, kind)| {
            name.eq_ignore_ascii_case("KIND") && !kind.trim().eq_ignore_ascii_case("individual")
        })
    });
    let named_after_institution = !contact.institution.trim().is_empty()
        && contact
            .display_name
            .trim()
            .eq_ignore_ascii_case(contact.institution.trim());
    !other_kind && !named_after_institution
}

/// A display name split into name parts (see [`name_for_export`]), with the
/// credentials: the stored ones, else those ending the display name.
pub(crate) fn guessed_name(display_name: &str, stored_credentials: &str) -> (NameParts, String) {
    let (rest, found) = split_credentials(display_name);
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let mut prefix = Vec::new();
    while words.len() > 1 {
        let bare = words[0].trim_end_matches('.').to_lowercase();
        if !PREFIXES.contains(&bare.as_str()) {
            break;
        }
        prefix.push(words.remove(0));
    }
    let mut name = NameParts {
        prefix: prefix.join(" "),
        ..NameParts::default()
    };
    match words.as_slice() {
        [] => {}
        [only] => name.given = (*only).to_owned(),
        [given, middle @ .., family] => {
            name.given = (*given).to_owned();
            name.middle = middle.join(" ");
            name.family = (*family).to_owned();
        }
    }
    let credentials = if stored_credentials.trim().is_empty() {
        found.join(", ")
    } else {
        stored_credentials.to_owned()
    };
    (name, credentials)
}

/// Curbside's own fields, taken out of a card's unknown properties.
pub struct CurbsideFields {
    /// e.g. "she/her".
    pub pronouns: String,
    /// Subspecialty.
    pub subspecialty: String,
    /// Field outside medicine.
    pub field: String,
    /// IANA zone.
    pub time_zone: String,
    /// How we met.
    pub met: Option<HowWeMet>,
}

/// Splits `X-CURBSIDE-…` lines out of `extra`, returning their values.
pub fn curbside_fields_from_extra(extra: &mut Vec<String>) -> CurbsideFields {
    let mut fields = CurbsideFields {
        pronouns: String::new(),
        subspecialty: String::new(),
        field: String::new(),
        time_zone: String::new(),
        met: None,
    };
    let mut met = HowWeMet::default();
    extra.retain(|line| {
        let Some((name, value)) = line.split_once(':') else {
            return true;
        };
        let value = unescape(value);
        match name.to_ascii_uppercase().as_str() {
            PRONOUNS => fields.pronouns = value,
            SUBSPECIALTY => fields.subspecialty = value,
            FIELD => fields.field = value,
            TIME_ZONE => fields.time_zone = value,
            MET_ON => met.on = Some(value),
            MET_AT => met.at = value,
            _ => return true,
        }
        false
    });
    if met.on.is_some() || !met.at.is_empty() {
        fields.met = Some(met);
    }
    fields
}

fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, unescape};

    #[test]
    fn escaping_round_trips() {
        let text = r"a, b; c\d";
        assert_eq!(unescape(&escape(text)), text);
    }
}
