//! One card's content lines → a [`Card`]. Each property Curbside models is
//! handed to calcard, which decodes its parameters, escapes, quoted-printable
//! text, charsets and base64; everything else is kept verbatim in `extra`.

use super::labels;
use super::lines::RawCard;
use super::photo::read_photo;
use super::property::Head;
use crate::interop::credentials;
use crate::interop::{Card, ParseError};
use crate::values::{Address, Labeled, NameParts, PartialDate};
use calcard::common::IanaString;
use calcard::vcard::{
    VCardEntry, VCardParameterName as Param, VCardParameterValue as ParamValue, VCardValue,
};
use std::collections::{HashMap, HashSet};

/// Reads one card; fails when a line is not a property (the error names
/// that line) or nothing names the person (the card's first line).
pub(super) fn card_from_lines(mut raw: RawCard) -> Result<Card, ParseError> {
    let mut heads = Vec::with_capacity(raw.lines.len());
    for line in &raw.lines {
        match Head::split(&line.text) {
            Some(head) => heads.push(head),
            None => {
                let preview: String = line.text.chars().take(40).collect();
                return Err(ParseError {
                    line: line.line,
                    message: format!(
                        "not a vCard property, in the card that begins on line {}: {preview}",
                        raw.line
                    ),
                });
            }
        }
    }
    let mut reader = CardReader {
        card: Card {
            line: raw.line,
            notices: std::mem::take(&mut raw.notices),
            ..Card::default()
        },
        groups: GroupLabels::collect(&heads),
        emails: Vec::new(),
        phones: Vec::new(),
    };
    for (head, line) in heads.iter().zip(&raw.lines) {
        reader.note_line(head, line.line);
        reader.read(head, &line.text, line.line);
    }
    reader.finish().ok_or_else(|| ParseError {
        line: raw.line,
        message: "the card has no name (no FN, N, ORG or EMAIL)".to_owned(),
    })
}

/// Apple's `itemN.X-ABLabel` lines, and the groups whose label a modelled
/// property takes (so that line is not also kept in `extra`).
struct GroupLabels {
    labels: HashMap<String, String>,
    claimed: HashSet<String>,
}

impl GroupLabels {
    fn collect(heads: &[Head<'_>]) -> Self {
        let mut labels = HashMap::new();
        let mut claimed = HashSet::new();
        for head in heads {
            let Some(group) = head.group else { continue };
            match head.name.as_str() {
                "X-ABLABEL" => {
                    labels.insert(group.to_lowercase(), unescape(head.value));
                }
                "EMAIL" | "TEL" | "ADR" | "URL" | "IMPP" => {
                    claimed.insert(group.to_lowercase());
                }
                _ => {}
            }
        }
        Self { labels, claimed }
    }

    fn label(&self, group: Option<&str>) -> Option<String> {
        let text = self.labels.get(&group?.to_lowercase())?;
        Some(labels::from_ab_label(text))
    }

    fn is_claimed(&self, group: Option<&str>) -> bool {
        group.is_some_and(|group| self.claimed.contains(&group.to_lowercase()))
    }
}

struct CardReader {
    card: Card,
    groups: GroupLabels,
    /// (rank, value, line)
    emails: Vec<(u32, Labeled, usize)>,
    phones: Vec<(u32, Labeled, usize)>,
}

/// The contact field a property fills, as validation names it, for the
/// lines an error or warning points to. `EMAIL` and `TEL` are noted with
/// their values, since they are reordered by preference.
fn field_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "FN" => "display_name",
        "N" => "name",
        "NICKNAME" => "nickname",
        "ORG" => "institution",
        "TITLE" => "title",
        "ROLE" => "specialty",
        "ADR" => "addresses",
        "URL" | "IMPP" => "links",
        "BDAY" => "birthday",
        "TZ" => "time_zone",
        "NOTE" => "notes",
        "CATEGORIES" => "tags",
        _ => return None,
    })
}

impl CardReader {
    /// Remembers the line of a property that fills a contact field.
    fn note_line(&mut self, head: &Head<'_>, line: usize) {
        if let Some(field) = field_of(&head.name) {
            let lines = self.card.field_lines.entry(field.to_owned()).or_default();
            lines.push(line);
            if field == "institution" {
                let department = self.card.field_lines.entry("department".to_owned());
                department.or_default().push(line);
            }
        }
    }

    fn read(&mut self, head: &Head<'_>, line: &str, line_no: usize) {
        let card = &mut self.card;
        let entry = || head.entry(line);
        match head.name.as_str() {
            "VERSION" | "PRODID" => {}
            "KIND" if head.value.trim().eq_ignore_ascii_case("individual") => {}
            "X-ABLABEL" if self.groups.is_claimed(head.group) => {}
            "FN" if card.display_name.is_empty() => card.display_name = text(entry()),
            "N" if card.name == NameParts::default() && card.credentials.is_empty() => {
                let parts = components(entry());
                let part = |i: usize| parts.get(i).map(|p| p.join(" ")).unwrap_or_default();
                let suffix = parts.get(4).cloned().unwrap_or_default();
                let (suffix, credentials) = credentials::split_suffix(&suffix);
                card.name = NameParts {
                    family: part(0),
                    given: part(1),
                    middle: part(2),
                    prefix: part(3),
                    suffix,
                };
                card.credentials = credentials;
            }
            "NICKNAME" => {
                let names = texts(entry());
                append(&mut card.nickname, ", ", &names.join(", "));
            }
            "ORG" if card.organization.is_empty() && card.department.is_empty() => {
                let mut units = texts(entry()).into_iter();
                card.organization = units.next().unwrap_or_default();
                let rest: Vec<String> = units.filter(|unit| !unit.is_empty()).collect();
                card.department = rest.join(", ");
            }
            "TITLE" if card.title.is_empty() => card.title = text(entry()),
            "ROLE" if card.role.is_empty() => card.role = text(entry()),
            "EMAIL" | "TEL" | "URL" | "IMPP" => self.labeled(head, line, line_no),
            "ADR" => {
                let Some(entry) = entry() else { return };
                let (label, _) = label_and_rank(&entry, self.groups.label(head.group));
                let parts = components(Some(entry));
                let part = |i: usize| parts.get(i).map(|p| p.join(", ")).unwrap_or_default();
                card.addresses.push(Address {
                    label,
                    po_box: part(0),
                    extended: part(1),
                    street: part(2),
                    locality: part(3),
                    region: part(4),
                    postal_code: part(5),
                    country: part(6),
                });
            }
            "BDAY" if card.birthday.is_none() => {
                card.birthday = date(head);
                if card.birthday.is_none() {
                    card.keep_unread_date("Birthday", &unescape(head.value), line_no);
                }
            }
            "ANNIVERSARY" | "X-ANNIVERSARY" if card.anniversary.is_none() => {
                card.anniversary = date(head);
                if card.anniversary.is_none() {
                    card.keep_unread_date("Anniversary", &unescape(head.value), line_no);
                }
            }
            "TZ" if card.time_zone.is_empty() && zone(head).is_some() => {
                card.time_zone = zone(head).unwrap_or_default();
            }
            "X-CURBSIDE-CONNECTED-ON" if card.connected_on.is_none() => {
                card.connected_on = date(head);
            }
            "NOTE" => append(&mut card.notes, "\n", &text(entry())),
            "CATEGORIES" => card.tags.extend(
                texts(entry())
                    .iter()
                    .map(|tag| tag.trim().to_owned())
                    .filter(|tag| !tag.is_empty()),
            ),
            "UID" if card.uid.is_none() => card.uid = Some(text(entry())),
            "REV" if card.revision.is_none() => card.revision = Some(head.value.trim().to_owned()),
            "PHOTO" if read_photo(card, head, line, line_no) => {}
            _ => card.extra.push(line.to_owned()),
        }
    }

    /// `EMAIL`, `TEL`, `URL`, `IMPP`: a value with a label and a rank.
    fn labeled(&mut self, head: &Head<'_>, line: &str, line_no: usize) {
        let Some(mut entry) = head.entry(line) else {
            return;
        };
        let (mut label, rank) = label_and_rank(&entry, self.groups.label(head.group));
        let value = match std::mem::take(&mut entry.values).into_iter().next() {
            Some(VCardValue::Binary(data)) => data.to_unwrapped_string(),
            Some(value) => value_text(value),
            None => String::new(),
        };
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let without = |scheme: &str| match value.get(..scheme.len()) {
            Some(start) if start.eq_ignore_ascii_case(scheme) => value[scheme.len()..].to_owned(),
            _ => value.to_owned(),
        };
        let (list, value) = match head.name.as_str() {
            "EMAIL" => (&mut self.emails, without("mailto:")),
            "TEL" => (&mut self.phones, without("tel:")),
            "URL" => {
                self.card.urls.push(Labeled {
                    label,
                    value: value.to_owned(),
                });
                return;
            }
            _ => {
                if label.is_empty() {
                    let service = entry.params.iter().find_map(|p| match (&p.name, &p.value) {
                        (Param::ServiceType, ParamValue::Text(s)) => Some(s),
                        (Param::Other(n), ParamValue::Text(s))
                            if n.eq_ignore_ascii_case("X-SERVICE-TYPE") =>
                        {
                            Some(s)
                        }
                        _ => None,
                    });
                    label = service.cloned().unwrap_or_default();
                }
                self.card.impps.push(Labeled {
                    label,
                    value: value.to_owned(),
                });
                return;
            }
        };
        list.push((rank, Labeled { label, value }, line_no));
    }

    fn finish(mut self) -> Option<Card> {
        for (field, list, target) in [
            ("emails", self.emails, &mut self.card.emails),
            ("phones", self.phones, &mut self.card.phones),
        ] {
            let mut list = list;
            list.sort_by_key(|(rank, _, _)| *rank);
            let lines = list.iter().map(|(_, _, line)| *line).collect();
            self.card.field_lines.insert(field.to_owned(), lines);
            target.extend(list.into_iter().map(|(_, labeled, _)| labeled));
        }
        let card = self.card;
        let named = !card.display_name.trim().is_empty()
            || card.name != NameParts::default()
            || !card.organization.trim().is_empty()
            || !card.emails.is_empty();
        named.then_some(card)
    }
}

/// The label (from an Apple group label, else `TYPE`) and the preference
/// rank (1 = most preferred; unranked last).
fn label_and_rank(entry: &VCardEntry, group_label: Option<String>) -> (String, u32) {
    let mut types = Vec::new();
    let mut rank = u32::MAX;
    for param in &entry.params {
        match (&param.name, &param.value) {
            (Param::Type, ParamValue::Type(kind)) => types.push(kind.as_str().to_lowercase()),
            (Param::Type, ParamValue::Text(text)) => {
                types.extend(text.split(',').map(|t| t.trim().to_lowercase()));
            }
            // vCard 2.1 bare types (`TEL;CELL;PREF:`) calcard does not know.
            (Param::Other(name), ParamValue::Null) => types.push(name.to_lowercase()),
            (Param::Pref, ParamValue::Integer(n)) => rank = rank.min(*n),
            (Param::Pref, _) => rank = rank.min(1),
            _ => {}
        }
    }
    if types.iter().any(|t| t == "pref") {
        rank = rank.min(1);
    }
    let label = group_label.unwrap_or_else(|| labels::from_types(&types));
    (label, rank)
}

/// A date property; `None` for text dates ("circa 1980") and unreadable
/// ones. Apple's `X-APPLE-OMIT-YEAR` marks the year as a placeholder.
fn date(head: &Head<'_>) -> Option<PartialDate> {
    if head
        .param("VALUE")
        .is_some_and(|value| value.eq_ignore_ascii_case("text"))
    {
        return None;
    }
    let date = PartialDate::parse(head.value)?;
    let omitted = head.param("X-APPLE-OMIT-YEAR").is_some_and(|year| {
        year.parse::<i16>()
            .map_or(true, |year| Some(year) == date.year)
    });
    if omitted {
        PartialDate::new(None, date.month, date.day)
    } else {
        Some(date)
    }
}

/// The IANA zone a `TZ` names: a zone name (vCard 4.0's text form, or 3.0's
/// `VALUE=text`), or a whole-hour UTC offset (`-05:00`, `+0100`) as the
/// fixed `Etc/GMT` zone. `None` for anything else (a URI, a half-hour
/// offset, an unknown name), which then stays in `extra` as written.
fn zone(head: &Head<'_>) -> Option<String> {
    let value = unescape(head.value.trim());
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if let Some(offset) = utc_offset_hours(value) {
        return Some(match offset {
            0 => "Etc/UTC".to_owned(),
            // The Etc zones' signs are POSIX's, the reverse of ISO 8601's.
            hours => format!("Etc/GMT{:+}", -hours),
        });
    }
    let zone = jiff::tz::TimeZone::get(value).ok()?;
    zone.iana_name().map(str::to_owned)
}

/// Whole hours of a UTC offset such as `-05:00`, `+0100`, `-05` or `Z`.
fn utc_offset_hours(value: &str) -> Option<i8> {
    if value.eq_ignore_ascii_case("Z") {
        return Some(0);
    }
    let (sign, rest) = match value.as_bytes().first()? {
        b'+' => (1, &value[1..]),
        b'-' => (-1, &value[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i8 = digits[..2].parse().ok()?;
    let minutes = digits.get(2..).unwrap_or("00");
    (minutes == "00" && hours <= 14).then_some(sign * hours)
}

fn value_text(value: VCardValue) -> String {
    match value {
        VCardValue::Text(text) if text.contains('\r') => text.replace("\r\n", "\n"),
        VCardValue::Text(text) => text,
        VCardValue::Component(parts) => parts.join(","),
        // Quoted-printable bytes that are not UTF-8: Latin-1.
        VCardValue::Binary(data) => data.data.iter().map(|&b| char::from(b)).collect(),
        VCardValue::Integer(n) => n.to_string(),
        VCardValue::Float(n) => n.to_string(),
        VCardValue::Boolean(b) => b.to_string(),
        VCardValue::Kind(kind) => kind.as_str().to_owned(),
        _ => String::new(),
    }
}

/// Every value of a list property (`NICKNAME`, `CATEGORIES`, `ORG`).
fn texts(entry: Option<VCardEntry>) -> Vec<String> {
    let values = entry.map(|entry| entry.values).unwrap_or_default();
    values.into_iter().map(value_text).collect()
}

/// The value of a single-valued text property.
fn text(entry: Option<VCardEntry>) -> String {
    texts(entry).concat()
}

/// The components of a structured property (`N`, `ADR`), each a list.
fn components(entry: Option<VCardEntry>) -> Vec<Vec<String>> {
    let values = entry.map(|entry| entry.values).unwrap_or_default();
    let component = |value| match value {
        VCardValue::Component(parts) => parts,
        value => vec![value_text(value)],
    };
    values.into_iter().map(component).collect()
}

/// Text escapes (`\n`, `\,`, `\;`, `\\`) for a value calcard is not asked
/// to parse.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(next) => out.push(next),
            None => {}
        }
    }
    out
}

fn append(target: &mut String, separator: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push_str(separator);
    }
    target.push_str(text);
}
