//! Making a card from another program storable without refusing it: real
//! exports put line breaks in a street ("Street 4\nBuilding 6"), words in a
//! phone field ("BusinessPhone") and text in an email field. A card is one
//! person the user wants to keep, so nothing in it is a reason to refuse
//! it: a street's lines are joined, and a value that is not what its field
//! claims is kept in the notes, with a warning naming its line.

use crate::contacts::photo;
use crate::interop::Card;
use crate::values::{is_phone_number, limits, looks_like_email, Labeled};

/// Something the import changed on the way in, and where it was read.
pub(crate) struct Adjustment {
    /// The 1-based line of the value in its file.
    pub line: usize,
    /// What was done, for the user.
    pub message: String,
}

/// Fits `card` to what a contact can store; returns what was changed.
pub(crate) fn fit(card: &mut Card) -> Vec<Adjustment> {
    // What the reader left out or moved (a photo too large, a date that is
    // no day), in the order it read them.
    let mut adjustments: Vec<Adjustment> = std::mem::take(&mut card.notices)
        .into_iter()
        .map(|notice| Adjustment {
            line: notice.line,
            message: notice.message,
        })
        .collect();
    adjustments.extend(fit_photo(card));
    for address in &mut card.addresses {
        for part in [
            &mut address.po_box,
            &mut address.extended,
            &mut address.street,
            &mut address.locality,
            &mut address.region,
            &mut address.postal_code,
            &mut address.country,
            &mut address.label,
        ] {
            join_lines(part, ", ");
        }
    }
    for part in [
        &mut card.name.prefix,
        &mut card.name.given,
        &mut card.name.middle,
        &mut card.name.family,
        &mut card.name.suffix,
        &mut card.display_name,
    ] {
        join_lines(part, " ");
    }
    for field in [
        &mut card.nickname,
        &mut card.credentials,
        &mut card.organization,
        &mut card.department,
        &mut card.title,
        &mut card.role,
    ] {
        join_lines(field, ", ");
    }
    adjustments.extend(too_long_to_notes(card));
    let emails = keep_in_notes(card, "emails", "Email", "an email address", |email| {
        looks_like_email(email) && email.chars().count() <= limits::EMAIL
    });
    adjustments.extend(emails);
    let phones = keep_in_notes(card, "phones", "Phone", "a phone number", |phone| {
        is_phone_number(phone) && phone.chars().count() <= limits::PHONE
    });
    adjustments.extend(phones);
    adjustments
}

/// Scales the photo down to what the app shows; a photo that cannot be
/// read as an image is left out, with a warning naming its line.
fn fit_photo(card: &mut Card) -> Option<Adjustment> {
    let photo = card.photo.take()?;
    match photo::fit(photo) {
        Ok(photo) => {
            card.photo = Some(photo);
            None
        }
        Err(error) => Some(Adjustment {
            line: card.line_of("photo", 0),
            message: format!("the photo {error}: left out"),
        }),
    }
}

/// Moves a one-line field longer than a contact keeps (a whole paragraph
/// in a job title) into the notes, whole.
fn too_long_to_notes(card: &mut Card) -> Vec<Adjustment> {
    let mut moved = Vec::new();
    let fields = [
        (
            "nickname",
            "Nickname",
            &mut card.nickname,
            limits::SHORT_TEXT,
        ),
        (
            "credentials",
            "Credentials",
            &mut card.credentials,
            limits::SHORT_TEXT,
        ),
        (
            "institution",
            "Organisation",
            &mut card.organization,
            limits::SHORT_TEXT,
        ),
        (
            "department",
            "Department",
            &mut card.department,
            limits::SHORT_TEXT,
        ),
        ("title", "Title", &mut card.title, limits::SHORT_TEXT),
        ("specialty", "Role", &mut card.role, limits::SHORT_TEXT),
    ];
    for (field, name, value, limit) in fields {
        if value.trim().chars().count() > limit {
            moved.push((field, name, std::mem::take(value)));
        }
    }
    let lines: Vec<usize> = moved
        .iter()
        .map(|(field, _, _)| card.line_of(field, 0))
        .collect();
    let mut notes = Notes::of(&mut card.notes);
    moved
        .into_iter()
        .zip(lines)
        .map(|((_, name, value), line)| {
            notes.append(&format!("{name}: {}", value.trim()));
            Adjustment {
                line,
                message: format!("{name} is too long for its field: kept in the notes"),
            }
        })
        .collect()
}

/// The notes being added to: each entry once, however many there are (a
/// crafted card can hold thousands: a lookup per entry, not a search of the
/// notes so far).
struct Notes<'a> {
    notes: &'a mut String,
    seen: std::collections::HashSet<String>,
}

impl<'a> Notes<'a> {
    fn of(notes: &'a mut String) -> Self {
        let seen = notes.lines().map(str::to_owned).collect();
        Self { notes, seen }
    }

    fn append(&mut self, entry: &str) {
        if !self.seen.insert(entry.to_owned()) {
            return;
        }
        if !self.notes.trim().is_empty() {
            self.notes.push('\n');
        }
        self.notes.push_str(entry);
    }
}

/// One line, trimmed as a contact stores it (so that a re-import compares
/// equal): the lines of a multi-line value joined with `separator`.
fn join_lines(value: &mut String, separator: &str) {
    if !value.contains(['\n', '\r']) {
        if value.trim().len() != value.len() {
            *value = value.trim().to_owned();
        }
        return;
    }
    *value = value
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(separator);
}

/// Moves the emails or phones that are not one into the notes.
fn keep_in_notes(
    card: &mut Card,
    field: &str,
    what: &str,
    kind: &str,
    is_valid: impl Fn(&str) -> bool,
) -> Vec<Adjustment> {
    let values = match field {
        "emails" => std::mem::take(&mut card.emails),
        _ => std::mem::take(&mut card.phones),
    };
    let lines = card.field_lines.remove(field).unwrap_or_default();
    let (mut kept, mut kept_lines, mut moved) = (Vec::new(), Vec::new(), Vec::new());
    for (index, value) in values.into_iter().enumerate() {
        let line = lines.get(index).copied().unwrap_or(card.line);
        let text = value.value.trim();
        if is_valid(text) {
            let value = Labeled {
                value: text.to_owned(),
                ..value
            };
            kept.push(value);
            kept_lines.push(line);
        } else {
            moved.push((line, value));
        }
    }
    match field {
        "emails" => card.emails = kept,
        _ => card.phones = kept,
    }
    card.field_lines.insert(field.to_owned(), kept_lines);
    let mut notes = Notes::of(&mut card.notes);
    moved
        .into_iter()
        .map(|(line, Labeled { label, value })| {
            let value = value.trim().replace(['\n', '\r'], " ");
            let named = match label.trim() {
                "" => what.to_owned(),
                label => format!("{what} ({label})"),
            };
            notes.append(&format!("{named}: {value}"));
            Adjustment {
                line,
                message: format!("\"{value}\" is not {kind}: kept in the notes"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Address;

    #[test]
    fn a_street_on_several_lines_becomes_one_line_and_words_in_a_phone_go_to_the_notes() {
        let mut card = Card {
            line: 3,
            addresses: vec![Address {
                street: "Street4\nBuilding 6\r\nFloor 8".into(),
                ..Address::default()
            }],
            phones: vec![Labeled {
                label: "work".into(),
                value: "BusinessPhone".into(),
            }],
            ..Card::default()
        };
        let adjustments = fit(&mut card);
        assert_eq!(card.addresses[0].street, "Street4, Building 6, Floor 8");
        assert!(card.phones.is_empty());
        assert_eq!(card.notes, "Phone (work): BusinessPhone");
        assert_eq!(adjustments[0].line, 3);
        assert_eq!(
            adjustments[0].message,
            "\"BusinessPhone\" is not a phone number: kept in the notes"
        );
    }
}
