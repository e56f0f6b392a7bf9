//! A vCard's or iCalendar object's plain part as fields, for telling a
//! phone's edit from a phone's reformatting and for the three-way merge:
//! each property one field (its name) whose values are its parameters and
//! value, normalised. The order of properties and of parameters, folding,
//! line ends, the case of names and what only says when or by what it was
//! written (`PRODID`, `REV`, `DTSTAMP`, `LAST-MODIFIED`…) do not count.
//!
//! In a calendar, a changed occurrence's properties are fields of their
//! own (`SUMMARY @ 20260301T090000`), so an edit of one occurrence merges
//! with an edit of the series.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::super::merge::Fields;
use super::lines::{self, Property};

/// Properties that say nothing about the item.
const IGNORED: &[&str] = &[
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "REV",
    "DTSTAMP",
    "LAST-MODIFIED",
    "CREATED",
    "SEQUENCE",
    "CALSCALE",
    "METHOD",
    super::super::seal::SEALED_PROPERTY,
];

/// Between a property's name and the occurrence it belongs to.
const OCCURRENCE: &str = " @ ";

/// The plain part read as fields.
#[derive(Debug, Clone, Default)]
pub(super) struct Plain {
    /// Every field, its values in the order the text gives them.
    pub fields: Fields,
    /// The fields in the order they first appear.
    pub order: Vec<String>,
    /// A calendar's `VTIMEZONE` components, as content lines, which the
    /// events' times need but which are not the event's fields.
    pub zones: Vec<Vec<String>>,
}

impl Plain {
    /// Reads a vCard or an iCalendar object (an empty text is no fields).
    pub fn read(text: &str) -> Result<Plain, String> {
        let lines = lines::unfold(text)?;
        let Some(first) = lines.first() else {
            return Ok(Plain::default());
        };
        if lines::is_marker(first, "BEGIN", "VCARD") {
            vcard(&lines)
        } else if lines::is_marker(first, "BEGIN", "VCALENDAR") {
            calendar(&lines)
        } else {
            Err("it is neither a vCard nor an iCalendar object".to_owned())
        }
    }

    /// The fields with each field's values sorted: what is compared and
    /// merged, so that reordering is not an edit.
    pub fn sorted(&self) -> Fields {
        let mut fields = self.fields.clone();
        for values in fields.values_mut() {
            values.sort();
        }
        fields
    }

    /// Sets a field's values (none removes it).
    pub fn set(&mut self, name: &str, values: Vec<String>) {
        if values.is_empty() {
            self.fields.remove(name);
            self.order.retain(|n| n != name);
            return;
        }
        if !self.fields.contains_key(name) {
            self.order.push(name.to_owned());
        }
        self.fields.insert(name.to_owned(), values);
    }

    fn push(&mut self, name: String, value: String) {
        if !self.fields.contains_key(&name) {
            self.order.push(name.clone());
        }
        self.fields.entry(name).or_default().push(value);
    }
}

/// Whether two plain parts hold the same fields (a long value, a photo,
/// compared by its digest, which is all a compacted part keeps of it).
pub(super) fn same(a: &Plain, b: &Plain) -> bool {
    digested(a.sorted()) == digested(b.sorted())
}

/// Values longer than this are kept in a sealed record as a digest.
const LONG: usize = 1024;

/// A plain part with every long value (a photo) replaced by its length
/// and digest: what the sealed record keeps to tell an edit, without a
/// second copy of the photo.
pub(super) fn compact(text: &str) -> String {
    let Ok(lines) = lines::unfold(text) else {
        return String::new();
    };
    let lines: Vec<String> = lines
        .into_iter()
        .map(|line| match line.len() > LONG {
            true => match Property::parse(&line) {
                Some(property) => {
                    let head = &line[..line.len() - property.value.len()];
                    format!("{head}{}", digest(property.value))
                }
                None => line,
            },
            false => line,
        })
        .collect();
    lines::fold_all(&lines)
}

fn digested(mut fields: Fields) -> Fields {
    for values in fields.values_mut() {
        for value in values.iter_mut() {
            let (params, text) = split_value(value);
            if text.len() > LONG {
                *value = format!("{params}:{}", digest(text));
            }
        }
        values.sort();
    }
    fields
}

/// `#<length>-<FNV-1a>`: enough to tell a changed photo from the same one.
fn digest(value: &str) -> String {
    format!("#{}-{:016x}", value.len(), lines::fnv1a(value.as_bytes()))
}

/// A phone that drops every property it does not know drops Curbside's
/// own `X-CURBSIDE-…` ones with them: that is not the user deleting those
/// fields, so when `there` has none of them they keep the base's values.
pub(super) fn keep_dropped_own_fields(base: &Plain, there: &mut Plain) {
    let own = |name: &String| field_property(name).starts_with("X-CURBSIDE-");
    if there.fields.keys().any(own) {
        return;
    }
    for (name, values) in base.fields.iter().filter(|(name, _)| own(name)) {
        for value in values {
            there.push(name.clone(), value.clone());
        }
    }
}

/// Merged fields in a natural order: fields as `here` orders them, then
/// as `there` does; each field's values likewise.
pub(super) fn arrange(merged: &Fields, here: &Plain, there: &Plain) -> Vec<(String, Vec<String>)> {
    let (here_at, there_at) = (positions(here), positions(there));
    let mut names: Vec<&String> = merged.keys().collect();
    names.sort_by_key(|name| {
        let at = |positions: &HashMap<&str, usize>| {
            positions.get(name.as_str()).copied().unwrap_or(usize::MAX)
        };
        (at(&here_at), at(&there_at))
    });
    names
        .into_iter()
        .map(|name| {
            let ranks = |plain: &Plain| -> HashMap<String, usize> {
                let values = plain
                    .fields
                    .get(name)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let mut ranks = HashMap::with_capacity(values.len());
                for (at, value) in values.iter().enumerate() {
                    ranks.entry(value.clone()).or_insert(at);
                }
                ranks
            };
            let (here_rank, there_rank) = (ranks(here), ranks(there));
            let mut values = merged[name].clone();
            values.sort_by_key(|value| {
                let rank = |ranks: &HashMap<String, usize>| {
                    ranks.get(value).copied().unwrap_or(usize::MAX)
                };
                (rank(&here_rank), rank(&there_rank))
            });
            (name.clone(), values)
        })
        .collect()
}

/// Where each field first appears.
fn positions(plain: &Plain) -> HashMap<&str, usize> {
    let mut positions = HashMap::with_capacity(plain.order.len());
    for (at, name) in plain.order.iter().enumerate() {
        positions.entry(name.as_str()).or_insert(at);
    }
    positions
}

/// The property a field is of (`SUMMARY @ …` → `SUMMARY`).
pub(super) fn field_property(name: &str) -> &str {
    name.split_once(OCCURRENCE)
        .map_or(name, |(property, _)| property)
}

/// The occurrence a field belongs to (`SUMMARY @ 20260301T090000` →
/// `20260301T090000`); `None` for the series.
pub(super) fn field_occurrence(name: &str) -> Option<&str> {
    name.split_once(OCCURRENCE)
        .map(|(_, occurrence)| occurrence)
}

/// A field's value split into its parameters (`;TYPE=WORK`, or empty) and
/// its value.
pub(super) fn split_value(value: &str) -> (&str, &str) {
    let mut in_quote = false;
    let colon = value.bytes().position(|b| match b {
        b'"' => {
            in_quote = !in_quote;
            false
        }
        b':' => !in_quote,
        _ => false,
    });
    match colon {
        Some(at) => (&value[..at], &value[at + 1..]),
        None => ("", value),
    }
}

/// A field's value from a whole content line of `property`
/// (`TITLE;LANGUAGE=en:Attending`), or from the text after its colon.
pub(super) fn value_of_line(line: &str, property: &str) -> String {
    match Property::parse(line).filter(|parsed| parsed.is(property)) {
        Some(parsed) => format!("{}:{}", params(parsed.params, None), parsed.value),
        None => format!(":{line}"),
    }
}

/// The parameter Apple's group label travels in inside a field.
pub(super) const LABEL_PARAM: &str = "X-ABLABEL";

/// The first vCard's fields. Apple's `itemN.X-ABLabel` joins the property
/// of its group as a parameter (group numbers differ from phone to phone).
fn vcard(lines: &[String]) -> Result<Plain, String> {
    let end = lines
        .iter()
        .position(|line| lines::is_marker(line, "END", "VCARD"))
        .ok_or("the vCard has no END:VCARD")?;
    let mut properties = Vec::with_capacity(end);
    for (index, line) in lines[1..end].iter().enumerate() {
        let property = Property::parse(line)
            .ok_or_else(|| format!("line {} of the vCard is not a property", index + 2))?;
        properties.push(property);
    }
    let mut labels: HashMap<String, String> = HashMap::new();
    for property in &properties {
        if let (Some(group), true) = (property.group, property.is(LABEL_PARAM)) {
            labels.insert(group.to_ascii_lowercase(), lines::unescape(property.value));
        }
    }
    let mut plain = Plain::default();
    for property in &properties {
        if ignored(property) || (property.group.is_some() && property.is(LABEL_PARAM)) {
            continue;
        }
        let label = property
            .group
            .and_then(|group| labels.get(&group.to_ascii_lowercase()));
        let value = format!(
            "{}:{}",
            params(property.params, label.map(String::as_str)),
            property.value
        );
        plain.push(property.upper_name(), value);
    }
    Ok(plain)
}

/// A calendar's fields: the events' (a changed occurrence's under its
/// `RECURRENCE-ID`), any other component's under its name
/// (`VJOURNAL/SUMMARY`); alarms inside an event are left out, time zones
/// kept aside.
fn calendar(lines: &[String]) -> Result<Plain, String> {
    let mut plain = Plain::default();
    let mut index = 1;
    while index < lines.len() {
        let line = &lines[index];
        if lines::is_marker(line, "END", "VCALENDAR") {
            return Ok(plain);
        }
        let Some(component) = lines::marker(line, "BEGIN") else {
            // A property of the calendar itself (X-WR-CALNAME…).
            index += 1;
            continue;
        };
        let end = component_end(lines, index, &component)?;
        let body = &lines[index + 1..end];
        if component == "VTIMEZONE" {
            plain.zones.push(lines[index..=end].to_vec());
        } else {
            component_fields(&mut plain, &component, body)?;
        }
        index = end + 1;
    }
    Err("the calendar has no END:VCALENDAR".to_owned())
}

/// The index of the `END:` line closing the component begun at `start`.
fn component_end(lines: &[String], start: usize, component: &str) -> Result<usize, String> {
    let mut depth = 0usize;
    for (index, line) in lines.iter().enumerate().skip(start) {
        if lines::marker(line, "BEGIN").is_some() {
            depth += 1;
        } else if lines::marker(line, "END").is_some() {
            depth -= 1;
            if depth == 0 {
                return Ok(index);
            }
        }
    }
    Err(format!("its {component} has no END:{component}"))
}

fn component_fields(plain: &mut Plain, component: &str, body: &[String]) -> Result<(), String> {
    let mut properties = Vec::new();
    let mut nested = 0usize;
    for line in body {
        if lines::marker(line, "BEGIN").is_some() {
            nested += 1;
        } else if lines::marker(line, "END").is_some() {
            nested = nested.saturating_sub(1);
        } else if nested == 0 {
            let property = Property::parse(line)
                .ok_or_else(|| format!("a line of its {component} is not a property"))?;
            properties.push(property);
        }
    }
    let occurrence = properties
        .iter()
        .find(|property| property.is("RECURRENCE-ID"))
        .map(|property| property.value.trim().to_owned());
    for property in properties.iter().filter(|property| !ignored(property)) {
        let mut name = property.upper_name();
        if component != "VEVENT" {
            name = format!("{component}/{name}");
        }
        if let Some(occurrence) = &occurrence {
            name = format!("{name}{OCCURRENCE}{occurrence}");
        }
        let value = format!("{}:{}", params(property.params, None), property.value);
        plain.push(name, value);
    }
    Ok(())
}

fn ignored(property: &Property<'_>) -> bool {
    IGNORED.iter().any(|name| property.is(name))
}

/// Parameters in one form: names upper case, `TYPE`'s values (however
/// many `TYPE` parameters give them, and vCard 2.1's bare ones) upper
/// case, merged and sorted, the parameters sorted by name; an Apple label
/// as one more parameter.
fn params(params: &str, label: Option<&str>) -> String {
    let mut types = BTreeSet::new();
    let mut others: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for param in split_params(params) {
        let (name, value) = match param.split_once('=') {
            Some((name, value)) => (name.trim().to_ascii_uppercase(), value.trim()),
            None => ("TYPE".to_owned(), param.trim()),
        };
        if name == "TYPE" {
            for kind in value.split(',') {
                let kind = kind.trim().trim_matches('"').to_ascii_uppercase();
                if !kind.is_empty() {
                    types.insert(kind);
                }
            }
        } else if !name.is_empty() {
            others.entry(name).or_default().push(value.to_owned());
        }
    }
    if !types.is_empty() {
        others.insert(
            "TYPE".to_owned(),
            vec![types.into_iter().collect::<Vec<_>>().join(",")],
        );
    }
    if let Some(label) = label {
        let label: String = label
            .chars()
            .filter(|c| *c != '"' && !c.is_control())
            .collect();
        others.insert(LABEL_PARAM.to_owned(), vec![format!("\"{label}\"")]);
    }
    let mut out = String::new();
    for (name, values) in others {
        for value in values {
            out.push(';');
            out.push_str(&name);
            out.push('=');
            out.push_str(&value);
        }
    }
    out
}

/// `;A=b;C="x;y"` → `A=b`, `C="x;y"`.
pub(super) fn split_params(params: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut in_quote = false;
    let mut start = 0;
    for (at, c) in params.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            ';' if !in_quote => {
                parts.push(&params[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&params[start..]);
    parts.retain(|part| !part.trim().is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reordered_refolded_and_retyped_parameters_are_the_same_fields() {
        let a = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEMAIL;TYPE=INTERNET,WORK:ana@example.org\r\nREV:2026\r\nEND:VCARD\r\n";
        let b = "BEGIN:VCARD\nVERSION:3.0\nemail;type=work;type=internet:ana@exam\n ple.org\nFN:Ana Ruiz\nEND:VCARD\n";
        assert!(same(&Plain::read(a).unwrap(), &Plain::read(b).unwrap()));
    }

    #[test]
    fn an_apple_label_belongs_to_its_property_whatever_the_group() {
        let a = "BEGIN:VCARD\nitem1.URL:https://x.org\nitem1.X-ABLabel:ORCID\nEND:VCARD\n";
        let b = "BEGIN:VCARD\nitem7.URL:https://x.org\nitem7.X-ABLabel:ORCID\nEND:VCARD\n";
        let plain = Plain::read(a).unwrap();
        assert!(same(&plain, &Plain::read(b).unwrap()));
        assert_eq!(plain.fields["URL"], [";X-ABLABEL=\"ORCID\":https://x.org"]);
    }

    #[test]
    fn a_changed_occurrence_has_fields_of_its_own() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:Rounds\nEND:VEVENT\nBEGIN:VEVENT\nUID:a\nRECURRENCE-ID:20260301T090000\nSUMMARY:Rounds (moved)\nBEGIN:VALARM\nTRIGGER:-PT5M\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n";
        let plain = Plain::read(text).unwrap();
        assert_eq!(plain.fields["SUMMARY"], [":Rounds"]);
        assert_eq!(
            plain.fields["SUMMARY @ 20260301T090000"],
            [":Rounds (moved)"]
        );
        assert!(!plain.fields.contains_key("TRIGGER"));
    }
}
