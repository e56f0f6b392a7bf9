//! Outlook's CSV export: the only bulk export Outlook for Windows offers
//! ("Export to a file" → "Comma Separated Values"), so the file most
//! doctors' hospital address books leave in. Outlook names its columns in
//! its own language (`First Name`, `Vorname`, `Prénom`, `Nombre`…), writes
//! dates in the system's format (3/14/1980, 14.03.1980; "0/0/00" for none)
//! and text in the system's code page: columns are mapped by name in any of
//! the languages in [`headers`], dates read in the order the language
//! writes them, and Windows-1252 text converted ([`ansi`]).

mod ansi;
mod headers;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};

use super::credentials::{split_credentials, split_family_credentials};
use super::csv_rows::{header_cell, CsvRows};
use super::{Card, ParseError};
use crate::values::{Address, Labeled, PartialDate};
use headers::{Field, Language, Phone, Place, MARKERS, NAMES};

const FORMAT: &str = "Outlook CSV";

/// Whether a header row (its cells) is an Outlook export's.
pub(crate) fn is_outlook_header<'a>(cells: impl IntoIterator<Item = &'a str>) -> bool {
    cells.into_iter().any(|cell| {
        MARKERS
            .iter()
            .any(|m| header_cell(cell).eq_ignore_ascii_case(m))
    })
}

/// The contacts of an Outlook CSV export, read one row at a time: each
/// item is a [`Card`] or the [`ParseError`] of one row.
pub struct OutlookCards {
    rows: CsvRows<BufReader<Box<dyn Read>>>,
    columns: Columns,
}

/// Where each field sits in this file, and the language of its header.
struct Columns {
    width: usize,
    language: Language,
    at: BTreeMap<Field, usize>,
}

impl Columns {
    /// Maps a header row; `None` when it is no Outlook header.
    fn from_header(record: &csv::StringRecord) -> Option<Self> {
        let cells: Vec<&str> = record.iter().map(header_cell).collect();
        if !is_outlook_header(cells.iter().copied()) {
            return None;
        }
        let language = [
            Language::English,
            Language::German,
            Language::French,
            Language::Spanish,
        ]
        .into_iter()
        .max_by_key(|language| {
            let known = |cell: &str| {
                NAMES
                    .iter()
                    .any(|(l, name, _)| l == language && name.eq_ignore_ascii_case(cell))
            };
            // Ties go to the first language listed.
            let count = cells.iter().filter(|cell| known(cell)).count();
            (count, std::cmp::Reverse(*language as u8))
        })?;
        let mut at = BTreeMap::new();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (index, cell) in cells.iter().enumerate() {
            let occurrence = seen.entry(cell.to_lowercase()).or_default();
            let named = |wanted: Option<Language>| {
                NAMES
                    .iter()
                    .filter(|(l, name, _)| {
                        wanted.is_none_or(|w| *l == w) && name.eq_ignore_ascii_case(cell)
                    })
                    .map(|(_, _, field)| *field)
                    .nth(*occurrence)
            };
            let field = named(Some(language)).or_else(|| named(None));
            *occurrence += 1;
            if let Some(field) = field {
                at.entry(field).or_insert(index);
            }
        }
        Some(Self {
            width: record.len(),
            language,
            at,
        })
    }
}

/// Reads an Outlook CSV export (in any of the languages Curbside knows),
/// streaming row by row. Fails when the first row is not an Outlook header.
pub fn read_cards<R: BufRead + 'static>(reader: R) -> Result<OutlookCards, ParseError> {
    let unreadable = |error: std::io::Error| ParseError {
        line: 1,
        message: format!("could not read the {FORMAT}: {error}"),
    };
    let mut reader = BufReader::with_capacity(256 * 1024, ansi::utf8(reader).map_err(unreadable)?);
    let delimiter = delimiter(reader.fill_buf().map_err(unreadable)?);
    let mut rows = CsvRows::with_delimiter(reader, delimiter);
    let line = match rows.advance(FORMAT) {
        Some(Ok(line)) => line,
        Some(Err(error)) => return Err(error),
        None => {
            let message = format!("not an {FORMAT}: the file is empty");
            return Err(ParseError { line: 1, message });
        }
    };
    let Some(columns) = Columns::from_header(rows.record()) else {
        let found: Vec<&str> = rows.record().iter().map(header_cell).take(4).collect();
        return Err(ParseError {
            line,
            message: format!(
                "not an {FORMAT}: expected a header such as \
                 \"Title\",\"First Name\",\"Middle Name\",\"Last Name\",… \
                 (or Outlook's German, French or Spanish names), found \"{}\"",
                found.join(",")
            ),
        });
    };
    Ok(OutlookCards { rows, columns })
}

/// `;` when the header line has more semicolons than commas outside quotes
/// (Outlook on a system whose list separator is `;`), else `,`.
fn delimiter(start: &[u8]) -> u8 {
    let line = start.split(|&b| b == b'\n').next().unwrap_or_default();
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for &byte in line {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

impl Iterator for OutlookCards {
    type Item = Result<Card, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let line = match self.rows.next_row(FORMAT, self.columns.width)? {
            Ok(line) => line,
            Err(error) => return Some(Err(error)),
        };
        Some(card_from_row(self.rows.record(), &self.columns, line))
    }
}

fn card_from_row(
    record: &csv::StringRecord,
    columns: &Columns,
    line: usize,
) -> Result<Card, ParseError> {
    let cell = |field: Field| {
        columns
            .at
            .get(&field)
            .and_then(|&i| record.get(i))
            .map_or(String::new(), |text| text.trim().replace("\r\n", "\n"))
    };
    let mut card = Card {
        line,
        ..Card::default()
    };
    let (family, mut credentials) = split_family_credentials(&cell(Field::Last));
    let (suffix, suffix_credentials) = split_credentials(&cell(Field::Suffix));
    for credential in suffix_credentials {
        if !credentials.contains(&credential) {
            credentials.push(credential);
        }
    }
    card.credentials = credentials.join(", ");
    card.name.prefix = cell(Field::Title);
    card.name.given = cell(Field::First);
    card.name.middle = cell(Field::Middle);
    card.name.family = family;
    card.name.suffix = suffix;
    card.organization = cell(Field::Company);
    card.department = cell(Field::Department);
    card.title = cell(Field::JobTitle);
    card.role = cell(Field::Profession);
    card.emails = (1..=3)
        .map(|n| cell(Field::Email(n)))
        .filter(|value| !value.is_empty())
        .map(|value| Labeled {
            label: String::new(),
            value,
        })
        .collect();
    card.phones = columns
        .at
        .keys()
        .filter_map(|field| match field {
            Field::Phone(phone) => Some(*phone),
            _ => None,
        })
        .filter_map(|phone: Phone| {
            let value = cell(Field::Phone(phone));
            (!value.is_empty()).then(|| Labeled {
                label: phone.label().to_owned(),
                value,
            })
        })
        .collect();
    card.addresses = [
        (Place::Business, "work"),
        (Place::Home, "home"),
        (Place::Other, "other"),
    ]
    .into_iter()
    .map(|(place, label)| Address {
        label: label.to_owned(),
        po_box: cell(Field::PoBox(place)),
        extended: String::new(),
        street: (1..=3)
            .map(|n| cell(Field::Street(place, n)))
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        locality: cell(Field::City(place)),
        region: cell(Field::State(place)),
        postal_code: cell(Field::PostalCode(place)),
        country: cell(Field::Country(place)),
    })
    .filter(|address| {
        let parts = [
            &address.po_box,
            &address.street,
            &address.locality,
            &address.region,
            &address.postal_code,
            &address.country,
        ];
        parts.iter().any(|part| !part.is_empty())
    })
    .collect();
    let (birthday, anniversary) = (cell(Field::Birthday), cell(Field::Anniversary));
    card.birthday = date(&birthday, columns.language);
    card.anniversary = date(&anniversary, columns.language);
    card.tags = cell(Field::Categories)
        .split([';', ','])
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(str::to_owned)
        .collect();
    card.notes = cell(Field::Notes);
    // A date that is written but cannot be read (31/02/1980) is kept as
    // written, never silently dropped.
    for (label, written, read) in [
        ("Birthday", &birthday, card.birthday),
        ("Anniversary", &anniversary, card.anniversary),
    ] {
        if read.is_none() && !means_no_date(written) {
            card.keep_unread_date(label, written, line);
        }
    }
    let web = cell(Field::WebPage);
    if !web.is_empty() {
        card.urls.push(Labeled {
            label: String::new(),
            value: web,
        });
    }
    let named = [&card.name.given, &card.name.family, &card.organization]
        .iter()
        .any(|part| !part.is_empty());
    if !named && card.emails.is_empty() {
        return Err(ParseError {
            line,
            message: "this contact has no name, company or email".into(),
        });
    }
    Ok(card)
}

/// Outlook's ways of writing no date: an empty cell, or `0/0/00`.
fn means_no_date(text: &str) -> bool {
    text.chars().all(|c| !c.is_ascii_digit() || c == '0')
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || "/.- ".contains(c))
}

/// A date as Outlook writes it in the system's format: `3/14/1980` (US
/// English: month first unless the first number cannot be a month),
/// `14.03.1980` or `14/03/1980` (day first), an ISO date, or `0/0/00` and
/// empty for none. Two-digit years follow Windows: 00–29 are 2000–2029.
fn date(text: &str, language: Language) -> Option<PartialDate> {
    let text = text.split_whitespace().next().unwrap_or_default();
    if text.is_empty() {
        return None;
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return PartialDate::parse(text);
    };
    if a.len() == 4 {
        return PartialDate::parse(text);
    }
    let number = |part: &str| part.parse::<i16>().ok().filter(|n| *n > 0);
    let (a, b, year) = (number(a)?, number(b)?, number(c)?);
    let year = match (c.len(), year) {
        (4, year) => year,
        (2, year) if year < 30 => 2000 + year,
        (2, year) => 1900 + year,
        _ => return None,
    };
    let month_first = match language {
        Language::English => a <= 12 || b > 12,
        _ => b > 12 && a <= 12,
    };
    let (month, day) = if month_first { (a, b) } else { (b, a) };
    PartialDate::new(
        Some(year),
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlook_dates_read_in_the_order_their_language_writes_them() {
        let read = |text, language| date(text, language).map(|d| d.to_string());
        assert_eq!(
            read("3/14/1980", Language::English).as_deref(),
            Some("1980-03-14")
        );
        assert_eq!(
            read("14/3/1980", Language::English).as_deref(),
            Some("1980-03-14")
        );
        assert_eq!(
            read("14.03.1980", Language::German).as_deref(),
            Some("1980-03-14")
        );
        assert_eq!(
            read("04/03/1980", Language::French).as_deref(),
            Some("1980-03-04")
        );
        assert_eq!(
            read("3/14/80", Language::English).as_deref(),
            Some("1980-03-14")
        );
        assert_eq!(
            read("1/2/05 0:00:00", Language::English).as_deref(),
            Some("2005-01-02")
        );
        assert_eq!(
            read("1980-03-14", Language::Spanish).as_deref(),
            Some("1980-03-14")
        );
        assert_eq!(read("0/0/00", Language::English), None);
        assert!(means_no_date("0/0/00") && means_no_date("") && means_no_date("00.00.0000"));
        assert!(!means_no_date("31/02/1980") && !means_no_date("im Frühling"));
        assert_eq!(read("", Language::English), None);
        assert_eq!(read("31/02/1980", Language::French), None);
    }
}
