//! LinkedIn's `Connections.csv`: the only way to get one's LinkedIn network
//! out of LinkedIn, and, re-imported later, how an offline tool learns that
//! someone changed company or position.
//!
//! The export opens with a "Notes:" preamble whose length varies by year, so
//! the header row is found by its content and columns are mapped by name.

use std::io::Read;

use super::credentials::split_family_credentials;
use super::csv_rows::{header_cell, CsvRows};
use super::{Card, ParseError};
use crate::values::{Labeled, PartialDate};

const FORMAT: &str = "LinkedIn Connections.csv";
/// The header sits after a preamble of 2 or 3 lines; look a little further
/// than that, but not through a whole unrelated file.
const HEADER_SEARCH_ROWS: usize = 10;

/// Where each LinkedIn column sits in this file.
struct Columns {
    width: usize,
    first: usize,
    last: usize,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected_on: Option<usize>,
}

impl Columns {
    /// Maps the header by name; `None` when the row is not a header.
    fn find(record: &csv::StringRecord) -> Option<Self> {
        let find = |names: &[&str]| {
            record.iter().position(|cell| {
                names
                    .iter()
                    .any(|n| header_cell(cell).eq_ignore_ascii_case(n))
            })
        };
        Some(Self {
            width: record.len(),
            first: find(&["First Name"])?,
            last: find(&["Last Name"])?,
            url: find(&["URL", "Profile URL"]),
            email: find(&["Email Address", "E-mail Address"]),
            company: find(&["Company"]),
            position: find(&["Position"]),
            connected_on: find(&["Connected On"]),
        })
    }
}

/// The connections of a LinkedIn export, read one row at a time: each item
/// is a [`Card`] or the [`ParseError`] of one row, after which reading goes on.
pub struct LinkedInCards<R> {
    rows: CsvRows<R>,
    columns: Columns,
}

/// Reads a LinkedIn `Connections.csv` export, streaming row by row.
///
/// Fails when no LinkedIn header row (`First Name,Last Name,URL,Email
/// Address,Company,Position,Connected On`) is found near the top of the file.
pub fn read_cards<R: Read>(reader: R) -> Result<LinkedInCards<R>, ParseError> {
    let mut rows = CsvRows::new(reader);
    for _ in 0..HEADER_SEARCH_ROWS {
        let line = match rows.advance(FORMAT) {
            None => break,
            Some(Ok(line)) => line,
            Some(Err(err)) if rows.is_finished() => return Err(err),
            Some(Err(_)) => continue,
        };
        let Some(columns) = Columns::find(rows.record()) else {
            continue;
        };
        if columns.company.is_none() && columns.position.is_none() && columns.connected_on.is_none()
        {
            let google = rows.record().iter().any(|c| c.contains("E-mail 1 - "));
            let hint = if google {
                " (this looks like a Google Contacts CSV)"
            } else {
                ""
            };
            return Err(ParseError {
                line,
                message: format!(
                    "not a {FORMAT}{hint}: its header has First Name and Last Name \
                     but none of Company, Position or Connected On"
                ),
            });
        }
        return Ok(LinkedInCards { rows, columns });
    }
    Err(ParseError {
        line: 1,
        message: format!(
            "not a {FORMAT}: expected a header row \
             \"First Name,Last Name,URL,Email Address,Company,Position,Connected On\" \
             after LinkedIn's \"Notes:\" lines"
        ),
    })
}

impl<R: Read> Iterator for LinkedInCards<R> {
    type Item = Result<Card, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let line = match self.rows.next_row(FORMAT, self.columns.width)? {
            Ok(line) => line,
            Err(err) => return Some(Err(err)),
        };
        Some(card_from_row(self.rows.record(), &self.columns, line))
    }
}

fn card_from_row(
    record: &csv::StringRecord,
    columns: &Columns,
    line: usize,
) -> Result<Card, ParseError> {
    let cell = |index: Option<usize>| {
        index
            .and_then(|i| record.get(i))
            .map_or("", str::trim)
            .replace("\r\n", "\n")
    };
    let (prefix, given) = split_prefix(&cell(Some(columns.first)));
    let (family, credentials) = split_family_credentials(&cell(Some(columns.last)));
    let email = cell(columns.email);
    if given.is_empty() && family.is_empty() && email.is_empty() {
        return Err(ParseError {
            line,
            message: "this connection has no name and no email".into(),
        });
    }
    let mut card = Card {
        line,
        display_name: [given.as_str(), family.as_str()]
            .join(" ")
            .trim()
            .to_string(),
        credentials: credentials.join(", "),
        organization: cell(columns.company),
        title: cell(columns.position),
        connected_on: parse_connected_on(&cell(columns.connected_on)),
        ..Card::default()
    };
    card.name.prefix = prefix;
    card.name.given = given;
    card.name.family = family;
    card.emails = one_labeled("", email);
    card.urls = one_labeled("LinkedIn", cell(columns.url));
    Ok(card)
}

/// `value` with its label, or nothing when the cell was empty.
fn one_labeled(label: &str, value: String) -> Vec<Labeled> {
    let label = label.to_string();
    (!value.is_empty())
        .then_some(Labeled { label, value })
        .into_iter()
        .collect()
}

/// Moves a leading "Dr." or "Prof." out of a first name.
fn split_prefix(first: &str) -> (String, String) {
    if let Some((head, rest)) = first.split_once(char::is_whitespace) {
        let bare = head.trim_end_matches('.');
        if ["Dr", "Prof", "Professor"].contains(&bare) && !rest.trim().is_empty() {
            return (head.to_string(), rest.trim().to_string());
        }
    }
    (String::new(), first.to_string())
}

/// Reads `12 Mar 2024` (also `12 March 2024`), or an ISO date.
fn parse_connected_on(text: &str) -> Option<PartialDate> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut parts = text.split_whitespace();
    if let (Some(day), Some(month), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        let month = month.get(..3)?.to_ascii_lowercase();
        let month = MONTHS.iter().position(|m| *m == month)? + 1;
        return PartialDate::new(Some(year.parse().ok()?), month as i8, day.parse().ok()?);
    }
    PartialDate::parse(text)
}

#[cfg(test)]
mod tests {
    use super::parse_connected_on;

    #[test]
    fn linkedin_dates_read_with_short_or_long_month_names() {
        let read = |text| parse_connected_on(text).map(|d| d.to_string());
        assert_eq!(read("12 Mar 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(read("01 September 2019").as_deref(), Some("2019-09-01"));
        assert_eq!(read("2019-09-01").as_deref(), Some("2019-09-01"));
        assert_eq!(read("31 Feb 2024"), None);
        assert_eq!(read(""), None);
    }
}
