//! Making a card from another program storable without refusing it: real
//! exports put line breaks in a street ("Street 4\nBuilding 6"), words in a
//! phone field ("BusinessPhone") and text in an email field. A card is one
//! person the user wants to keep, so nothing in it is a reason to refuse
//! it: a street's lines are joined, and a value that is not what its field
//! claims is kept in the notes, with a warning naming its line.

use crate::contacts::{is_phone_number, looks_like_email};
use crate::interop::{Card, Labeled};

/// Something the import changed on the way in, and where it was read.
pub(super) struct Adjustment {
    /// The 1-based line of the value in its file.
    pub line: usize,
    /// What was done, for the user.
    pub message: String,
}

/// Fits `card` to what a contact can store; returns what was changed.
pub(super) fn fit(card: &mut Card) -> Vec<Adjustment> {
    let mut adjustments = Vec::new();
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
    let emails = keep_in_notes(
        card,
        "emails",
        "Email",
        "an email address",
        looks_like_email,
    );
    adjustments.extend(emails);
    let phones = keep_in_notes(card, "phones", "Phone", "a phone number", is_phone_number);
    adjustments.extend(phones);
    adjustments
}

/// One line: the lines of a multi-line value joined with `separator`.
fn join_lines(value: &mut String, separator: &str) {
    if !value.contains(['\n', '\r']) {
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
    is_valid: fn(&str) -> bool,
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
    moved
        .into_iter()
        .map(|(line, Labeled { label, value })| {
            let value = value.trim().replace(['\n', '\r'], " ");
            let named = match label.trim() {
                "" => what.to_owned(),
                label => format!("{what} ({label})"),
            };
            let entry = format!("{named}: {value}");
            if !card.notes.contains(&entry) {
                if !card.notes.trim().is_empty() {
                    card.notes.push('\n');
                }
                card.notes.push_str(&entry);
            }
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
    use crate::interop::Address;

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
