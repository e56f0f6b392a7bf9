//! The rules a contact draft must follow before it is stored, with messages
//! written for the person who typed it.

use super::{Address, ContactDraft, HowWeMet, Labeled, NameParts};
use crate::values::{is_phone_number, limits, looks_like_email, single_line, Invalid, PartialDate};

/// Checks and tidies a draft: trims every field, composes a missing display
/// name from the name parts, drops empty list entries and duplicate tags,
/// sorts tags, normalises dates, and refuses what cannot be stored.
pub(crate) fn clean(draft: &ContactDraft) -> Result<ContactDraft, Invalid> {
    let name = name_parts(&draft.name.clone().unwrap_or_default())?;
    let mut display_name = single_line("display_name", "Name", &draft.display_name, limits::NAME)?;
    if display_name.is_empty() {
        display_name = composed_name(&name);
    }
    if display_name.is_empty() {
        return Err(Invalid::new("display_name", "Name is required"));
    }
    if display_name.chars().count() > limits::NAME {
        return Err(Invalid::new(
            "display_name",
            format!("Name is too long (the limit is {})", limits::NAME),
        ));
    }
    let emails = list("emails", "Email", &draft.emails, limits::EMAIL)?;
    if let Some(bad) = emails.iter().find(|email| !looks_like_email(email)) {
        return Err(Invalid::new(
            "emails",
            format!("\"{bad}\" is not an email address"),
        ));
    }
    let phones = list("phones", "Phone", &draft.phones, limits::PHONE)?;
    if let Some(bad) = phones.iter().find(|phone| !is_phone_number(phone)) {
        return Err(Invalid::new(
            "phones",
            format!("\"{bad}\" is not a phone number"),
        ));
    }
    let mut tags = list("tags", "Tag", &draft.tags, limits::TAG)?;
    tags.sort_by_key(|tag| tag.to_lowercase());
    tags.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
    let short = |field: &'static str, label: &str, value: &str| {
        single_line(field, label, value, limits::SHORT_TEXT)
    };
    Ok(ContactDraft {
        display_name,
        name: Some(name),
        nickname: short("nickname", "Nickname", &draft.nickname)?,
        credentials: short("credentials", "Credentials", &draft.credentials)?,
        pronouns: short("pronouns", "Pronouns", &draft.pronouns)?,
        specialty: short("specialty", "Specialty", &draft.specialty)?,
        subspecialty: short("subspecialty", "Subspecialty", &draft.subspecialty)?,
        field: short("field", "Field", &draft.field)?,
        institution: short("institution", "Institution", &draft.institution)?,
        department: short("department", "Department", &draft.department)?,
        title: short("title", "Title", &draft.title)?,
        emails,
        phones,
        links: links(&draft.links)?,
        addresses: addresses(&draft.addresses)?,
        birthday: birthday(&draft.birthday)?,
        time_zone: time_zone(&draft.time_zone)?,
        tags,
        notes: notes(&draft.notes)?,
        met: Some(met(&draft.met.clone().unwrap_or_default())?),
    })
}

fn name_parts(name: &NameParts) -> Result<NameParts, Invalid> {
    let part = |label: &str, value: &str| single_line("name", label, value, limits::NAME);
    Ok(NameParts {
        prefix: part("Name prefix", &name.prefix)?,
        given: part("Given name", &name.given)?,
        middle: part("Middle name", &name.middle)?,
        family: part("Family name", &name.family)?,
        suffix: part("Name suffix", &name.suffix)?,
    })
}

/// "Dr. Amara N. Okafor Jr." from its parts.
pub(crate) fn composed_name(name: &NameParts) -> String {
    [
        &name.prefix,
        &name.given,
        &name.middle,
        &name.family,
        &name.suffix,
    ]
    .iter()
    .filter(|part| !part.is_empty())
    .map(|part| part.as_str())
    .collect::<Vec<_>>()
    .join(" ")
}

fn links(values: &[Labeled]) -> Result<Vec<Labeled>, Invalid> {
    let mut cleaned = Vec::new();
    for link in values {
        let url = single_line("links", "Link", &link.value, limits::URL)?;
        if url.is_empty() {
            continue;
        }
        cleaned.push(Labeled {
            label: single_line("links", "Link label", &link.label, limits::TAG)?,
            value: url,
        });
    }
    check_count("links", cleaned.len())?;
    Ok(cleaned)
}

fn addresses(values: &[Address]) -> Result<Vec<Address>, Invalid> {
    let mut cleaned = Vec::new();
    for address in values {
        let part = |value: &str| single_line("addresses", "Address", value, limits::SHORT_TEXT);
        let address = Address {
            label: single_line("addresses", "Address label", &address.label, limits::TAG)?,
            po_box: part(&address.po_box)?,
            extended: part(&address.extended)?,
            street: part(&address.street)?,
            locality: part(&address.locality)?,
            region: part(&address.region)?,
            postal_code: part(&address.postal_code)?,
            country: part(&address.country)?,
        };
        let parts = [
            &address.po_box,
            &address.extended,
            &address.street,
            &address.locality,
            &address.region,
            &address.postal_code,
            &address.country,
        ];
        if parts.iter().any(|part| !part.is_empty()) {
            cleaned.push(address);
        }
    }
    check_count("addresses", cleaned.len())?;
    Ok(cleaned)
}

fn birthday(value: &str) -> Result<String, Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    PartialDate::parse(value)
        .map(|date| date.to_string())
        .ok_or_else(|| {
            Invalid::new(
                "birthday",
                format!("\"{value}\" is not a date: write 1980-03-29, or --03-29 without the year"),
            )
        })
}

fn time_zone(value: &str) -> Result<String, Invalid> {
    let value = value.trim();
    if value.is_empty() || jiff::tz::TimeZone::get(value).is_ok() {
        return Ok(value.to_owned());
    }
    Err(Invalid::new(
        "time_zone",
        format!("\"{value}\" is not a time zone Curbside knows: use a name like Europe/Berlin"),
    ))
}

fn met(value: &HowWeMet) -> Result<HowWeMet, Invalid> {
    let on = match value.on.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(date) => match date.parse::<jiff::civil::Date>() {
            Ok(date) => Some(date.to_string()),
            Err(_) => {
                return Err(Invalid::new(
                    "met",
                    format!("\"{date}\" is not a date like 2026-03-29"),
                ))
            }
        },
    };
    Ok(HowWeMet {
        on,
        at: single_line("met", "Where you met", &value.at, limits::SHORT_TEXT)?,
        introduced_by: value.introduced_by,
    })
}

fn check_count(field: &'static str, count: usize) -> Result<(), Invalid> {
    if count > limits::ITEMS {
        return Err(Invalid::new(
            field,
            format!(
                "A contact can have at most {} of these; {count} were given",
                limits::ITEMS
            ),
        ));
    }
    Ok(())
}

fn list(
    field: &'static str,
    label: &str,
    values: &[String],
    limit: usize,
) -> Result<Vec<String>, Invalid> {
    let mut cleaned = Vec::with_capacity(values.len().min(limits::ITEMS + 1));
    let mut seen = std::collections::HashSet::new();
    for value in values {
        let value = single_line(field, label, value, limit)?;
        if !value.is_empty() && seen.insert(value.clone()) {
            cleaned.push(value);
        }
    }
    check_count(field, cleaned.len())?;
    Ok(cleaned)
}

/// Whether a draft's lists (emails, phones, tags, links, addresses) are
/// within what a contact may have, counted as [`clean`] counts them: a
/// cheap check to make before work that is done once per value (matching
/// an import's emails against the stored ones).
pub(crate) fn check_counts(draft: &ContactDraft) -> Result<(), Invalid> {
    let distinct = |values: &mut dyn Iterator<Item = &str>| {
        values
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .collect::<std::collections::HashSet<_>>()
            .len()
    };
    check_count(
        "emails",
        distinct(&mut draft.emails.iter().map(String::as_str)),
    )?;
    check_count(
        "phones",
        distinct(&mut draft.phones.iter().map(String::as_str)),
    )?;
    let tags: Vec<String> = draft.tags.iter().map(|tag| tag.to_lowercase()).collect();
    check_count("tags", distinct(&mut tags.iter().map(String::as_str)))?;
    let links = draft
        .links
        .iter()
        .filter(|link| !link.value.trim().is_empty());
    check_count("links", links.count())?;
    let addresses = draft.addresses.iter().filter(|address| {
        [
            &address.po_box,
            &address.extended,
            &address.street,
            &address.locality,
            &address.region,
            &address.postal_code,
            &address.country,
        ]
        .iter()
        .any(|part| !part.trim().is_empty())
    });
    check_count("addresses", addresses.count())
}

fn notes(value: &str) -> Result<String, Invalid> {
    let length = value.chars().count();
    if length > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "Notes are too long: {length} characters (the limit is {})",
                limits::NOTES
            ),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Invalid::new(
            "notes",
            "Notes contain a control character that cannot be stored",
        ));
    }
    Ok(value.trim_end().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> ContactDraft {
        ContactDraft {
            display_name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_empty_or_blank_name_is_refused() {
        assert_eq!(clean(&named("")).unwrap_err().message, "Name is required");
        assert_eq!(clean(&named("   ")).unwrap_err().field, "display_name");
    }

    #[test]
    fn a_ten_thousand_character_name_is_refused_with_its_length() {
        let error = clean(&named(&"a".repeat(10_000))).unwrap_err();
        assert_eq!(
            error.message,
            "Name is too long: 10000 characters (the limit is 200)"
        );
    }

    #[test]
    fn long_notes_are_kept() {
        let draft = ContactDraft {
            notes: "x".repeat(10_000),
            ..named("Ana")
        };
        assert_eq!(clean(&draft).unwrap().notes.len(), 10_000);
    }

    #[test]
    fn fields_are_trimmed_and_tags_sorted_without_duplicates() {
        let draft = ContactDraft {
            tags: vec![
                "mentor".into(),
                " ESC 2026 ".into(),
                "Mentor".into(),
                "".into(),
            ],
            emails: vec![" ana@example.org ".into(), "".into()],
            ..named("  Ana Silva ")
        };
        let clean = clean(&draft).unwrap();
        assert_eq!(clean.display_name, "Ana Silva");
        assert_eq!(clean.tags, vec!["ESC 2026", "mentor"]);
        assert_eq!(clean.emails, vec!["ana@example.org"]);
    }

    #[test]
    fn a_malformed_email_is_named_in_the_message() {
        let draft = ContactDraft {
            emails: vec!["ana at example.org".into()],
            ..named("Ana")
        };
        assert_eq!(
            clean(&draft).unwrap_err().message,
            "\"ana at example.org\" is not an email address"
        );
    }

    #[test]
    fn a_name_with_a_line_break_is_refused() {
        assert_eq!(
            clean(&named("Ana\nSilva")).unwrap_err().message,
            "Name must be a single line of text"
        );
    }
}
