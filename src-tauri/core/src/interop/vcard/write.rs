//! Writing a [`Card`] as vCard 3.0 (the default export: every address book
//! reads it) or 4.0: CRLF line ends, text escaped, lines folded at 75 octets
//! without splitting a UTF-8 character.

use super::labels::{self, Kind};
use super::property::Head;
use crate::interop::Card;
use crate::values::{Labeled, PartialDate};
use data_encoding::BASE64;
use std::io::{self, Write};

/// vCard versions Curbside writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum VcardVersion {
    /// vCard 3.0 (RFC 2426), the most widely read; the default for export.
    #[default]
    V3,
    /// vCard 4.0 (RFC 6350).
    V4,
}

/// The longest content line, in octets, before it is folded.
const FOLD_AT: usize = 75;

/// Writes one card (CRLF line endings, lines folded at 75 octets without
/// splitting a UTF-8 character, values escaped per the version).
///
/// Credentials are appended to `N`'s suffix so other apps show them;
/// labels without a standard `TYPE` use Apple's `itemN.X-ABLabel`; `extra`
/// lines are written back verbatim before `END:VCARD`.
pub fn write_card<W: Write>(card: &Card, version: VcardVersion, out: &mut W) -> io::Result<()> {
    let mut w = CardWriter {
        out,
        version,
        next_group: first_free_group(&card.extra),
    };
    w.line("BEGIN:VCARD")?;
    w.line(match version {
        VcardVersion::V3 => "VERSION:3.0",
        VcardVersion::V4 => "VERSION:4.0",
    })?;
    let display_name = match card.display_name.trim() {
        "" => composed_name(card),
        _ => card.display_name.clone(),
    };
    w.line(&format!("FN:{}", escape(&display_name)))?;
    let name = &card.name;
    let suffix = [name.suffix.as_str(), card.credentials.as_str()]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let parts = [
        &name.family,
        &name.given,
        &name.middle,
        &name.prefix,
        &suffix,
    ];
    if version == VcardVersion::V3 || parts.iter().any(|part| !part.is_empty()) {
        w.line(&format!("N:{}", structured(&parts)))?;
    }
    w.text("NICKNAME", &card.nickname)?;
    if !card.organization.is_empty() || !card.department.is_empty() {
        let org = [&card.organization, &card.department];
        let org = if card.department.is_empty() {
            &org[..1]
        } else {
            &org[..]
        };
        w.line(&format!("ORG:{}", structured(org)))?;
    }
    w.text("TITLE", &card.title)?;
    w.text("ROLE", &card.role)?;
    for email in &card.emails {
        w.labeled("EMAIL", email, Kind::Other, &escape(&email.value))?;
    }
    for phone in &card.phones {
        w.labeled("TEL", phone, Kind::Phone, &escape(&phone.value))?;
    }
    for address in &card.addresses {
        let parts = [
            &address.po_box,
            &address.extended,
            &address.street,
            &address.locality,
            &address.region,
            &address.postal_code,
            &address.country,
        ];
        let label = Labeled {
            label: address.label.clone(),
            value: String::new(),
        };
        w.labeled("ADR", &label, Kind::Other, &structured(&parts))?;
    }
    for url in &card.urls {
        w.labeled("URL", url, Kind::Other, &url.value)?;
    }
    for impp in &card.impps {
        w.labeled("IMPP", impp, Kind::Other, &impp.value)?;
    }
    if let Some(birthday) = card.birthday {
        w.line(&format!("BDAY:{}", w.date(birthday)))?;
    }
    if let Some(anniversary) = card.anniversary {
        let name = match version {
            VcardVersion::V3 => "X-ANNIVERSARY",
            VcardVersion::V4 => "ANNIVERSARY",
        };
        w.line(&format!("{name}:{}", w.date(anniversary)))?;
    }
    if !card.time_zone.trim().is_empty() {
        let zone = escape(card.time_zone.trim());
        w.line(&match version {
            // 3.0's TZ is an offset unless it says it is text.
            VcardVersion::V3 => format!("TZ;VALUE=text:{zone}"),
            VcardVersion::V4 => format!("TZ:{zone}"),
        })?;
    }
    if let Some(connected_on) = card.connected_on {
        w.line(&format!("X-CURBSIDE-CONNECTED-ON:{}", w.date(connected_on)))?;
    }
    w.text("NOTE", &card.notes)?;
    if !card.tags.is_empty() {
        let tags: Vec<String> = card.tags.iter().map(|tag| escape(tag)).collect();
        w.line(&format!("CATEGORIES:{}", tags.join(",")))?;
    }
    if let Some(uid) = &card.uid {
        w.line(&format!("UID:{}", escape(uid)))?;
    }
    if let Some(revision) = &card.revision {
        w.line(&format!("REV:{revision}"))?;
    }
    if let Some(photo) = &card.photo {
        let data = BASE64.encode(&photo.data);
        w.line(&match version {
            VcardVersion::V3 => {
                let subtype = photo.media_type.strip_prefix("image/");
                let kind = subtype.map_or(photo.media_type.clone(), str::to_ascii_uppercase);
                format!("PHOTO;ENCODING=b;TYPE={kind}:{data}")
            }
            VcardVersion::V4 => format!("PHOTO:data:{};base64,{data}", photo.media_type),
        })?;
    }
    if let Some(uri) = &card.photo_uri {
        w.line(&match version {
            VcardVersion::V3 => format!("PHOTO;VALUE=uri:{uri}"),
            VcardVersion::V4 => format!("PHOTO:{uri}"),
        })?;
    }
    for line in card.extra.iter().filter(|line| is_writable_extra(line)) {
        w.line(line)?;
    }
    w.line("END:VCARD")
}

struct CardWriter<'w, W> {
    out: &'w mut W,
    version: VcardVersion,
    next_group: usize,
}

impl<W: Write> CardWriter<'_, W> {
    /// Writes one content line, folded, ending in CRLF. Line breaks inside
    /// it (which only unescaped input could hold) are dropped.
    fn line(&mut self, line: &str) -> io::Result<()> {
        let mut rest = line.trim_end_matches(['\r', '\n']);
        let owned;
        if rest.contains(['\r', '\n']) {
            owned = rest.replace(['\r', '\n'], "");
            rest = &owned;
        }
        let mut limit = FOLD_AT;
        loop {
            if rest.len() <= limit {
                self.out.write_all(rest.as_bytes())?;
                return self.out.write_all(b"\r\n");
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.write_all(&rest.as_bytes()[..cut])?;
            self.out.write_all(b"\r\n ")?;
            rest = &rest[cut..];
            limit = FOLD_AT - 1;
        }
    }

    /// A text property, skipped when empty.
    fn text(&mut self, name: &str, value: &str) -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        self.line(&format!("{name}:{}", escape(value)))
    }

    /// A labelled property: a standard label as `TYPE`, any other as an
    /// Apple item group with `X-ABLabel`.
    fn labeled(&mut self, name: &str, item: &Labeled, kind: Kind, value: &str) -> io::Result<()> {
        let v3 = self.version == VcardVersion::V3;
        match labels::types_for(&item.label, kind) {
            Some(types) => {
                let mut types: Vec<String> = types.iter().map(|t| (*t).to_owned()).collect();
                if v3 && name == "EMAIL" {
                    types.insert(0, "INTERNET".to_owned());
                }
                if !v3 {
                    types.iter_mut().for_each(|t| t.make_ascii_lowercase());
                }
                if types.is_empty() {
                    self.line(&format!("{name}:{value}"))
                } else {
                    self.line(&format!("{name};TYPE={}:{value}", types.join(",")))
                }
            }
            None => {
                let group = format!("item{}", self.next_group);
                self.next_group += 1;
                self.line(&format!("{group}.{name}:{value}"))?;
                self.line(&format!("{group}.X-ABLabel:{}", escape(&item.label)))
            }
        }
    }

    /// `YYYY-MM-DD` / `--MM-DD` for 3.0, `YYYYMMDD` / `--MMDD` for 4.0.
    fn date(&self, date: PartialDate) -> String {
        let (month, day) = (date.month, date.day);
        match (self.version, date.year) {
            (VcardVersion::V3, Some(year)) => format!("{year:04}-{month:02}-{day:02}"),
            (VcardVersion::V3, None) => format!("--{month:02}-{day:02}"),
            (VcardVersion::V4, Some(year)) => format!("{year:04}{month:02}{day:02}"),
            (VcardVersion::V4, None) => format!("--{month:02}{day:02}"),
        }
    }
}

/// Escapes a text value: backslash, newline, comma and semicolon.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// The components of `N`, `ORG` or `ADR`, each escaped, joined by `;`.
fn structured(parts: &[&String]) -> String {
    let parts: Vec<String> = parts.iter().map(|part| escape(part)).collect();
    parts.join(";")
}

/// `FN` for a card that has none: "Dr. Jane Q. Smith Jr., MD", else the
/// organisation, else the first email.
fn composed_name(card: &Card) -> String {
    let name = &card.name;
    let mut text = [
        &name.prefix,
        &name.given,
        &name.middle,
        &name.family,
        &name.suffix,
    ]
    .into_iter()
    .map(|part| part.trim())
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    if !text.is_empty() && !card.credentials.trim().is_empty() {
        text = format!("{text}, {}", card.credentials.trim());
    }
    if text.is_empty() {
        text = card.organization.trim().to_owned();
    }
    if text.is_empty() {
        text = card
            .emails
            .first()
            .map(|e| e.value.clone())
            .unwrap_or_default();
    }
    text
}

/// Whether an `extra` line is a property that cannot break the card (not
/// `BEGIN`, `END` or `VERSION`, and has a name and a colon).
fn is_writable_extra(line: &str) -> bool {
    Head::split(line).is_some_and(|head| !matches!(head.name.as_str(), "BEGIN" | "END" | "VERSION"))
}

/// The first `itemN` group number not used by the card's `extra` lines.
fn first_free_group(extra: &[String]) -> usize {
    let used = extra.iter().filter_map(|line| {
        let group = line.split_once('.')?.0;
        let digits = group
            .get(..4)?
            .eq_ignore_ascii_case("item")
            .then(|| &group[4..])?;
        digits.parse::<usize>().ok()
    });
    used.max().map_or(1, |n| n + 1)
}
