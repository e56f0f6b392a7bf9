//! A stored contact as a [`Card`], and back: fields vCard has no property for
//! travel as `X-CURBSIDE-…` properties so that an export imported again
//! gives back the same contacts.

use rusqlite::{Connection, OptionalExtension};

use crate::contacts::{Contact, ContactError, HowWeMet};
use crate::interop::{Card, Labeled, PartialDate, Photo};

const PRONOUNS: &str = "X-CURBSIDE-PRONOUNS";
const SUBSPECIALTY: &str = "X-CURBSIDE-SUBSPECIALTY";
const FIELD: &str = "X-CURBSIDE-FIELD";
const TIME_ZONE: &str = "X-CURBSIDE-TZ";
const MET_ON: &str = "X-CURBSIDE-MET-ON";
const MET_AT: &str = "X-CURBSIDE-MET-AT";

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
    let mut own = |name: &str, value: &str| {
        if !value.is_empty() {
            extra.push(format!("{name}:{}", escape(value)));
        }
    };
    own(PRONOUNS, &contact.pronouns);
    own(SUBSPECIALTY, &contact.subspecialty);
    own(FIELD, &contact.field);
    own(TIME_ZONE, &contact.time_zone);
    own(MET_ON, contact.met.on.as_deref().unwrap_or_default());
    own(MET_AT, &contact.met.at);
    Ok(Card {
        line: 0,
        uid: contact.uid.clone(),
        display_name: contact.display_name.clone(),
        name: contact.name.clone(),
        nickname: contact.nickname.clone(),
        credentials: contact.credentials.clone(),
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
        tags: contact.tags.clone(),
        notes: contact.notes.clone(),
        photo,
        extra,
        ..Default::default()
    })
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
