//! LinkedIn's `Connections.csv`: the only way to get one's LinkedIn network
//! out of LinkedIn, and, re-imported later, how an offline tool learns that
//! someone changed company or position.
//!
//! The export opens with a "Notes:" preamble whose length varies by year, so
//! the header row is found by its content and columns are mapped by name.
//! This module also holds the CSV plumbing shared with [`super::google`]:
//! the row reader (`CsvRows`) and the credential splitter
//! (`split_credentials`).

use std::io::Read;

use super::{Card, Labeled, ParseError, PartialDate};

const FORMAT: &str = "LinkedIn Connections.csv";
/// The header sits after a preamble of 2 or 3 lines; look a little further
/// than that, but not through a whole unrelated file.
const HEADER_SEARCH_ROWS: usize = 10;

/// Post-nominal degrees and fellowships, as usually spelled. A name token
/// matches when, without its dots, it equals one of these or its upper-case
/// form ("M.D." and "PHD" match, the surname "Do" does not match "DO").
const CREDENTIALS: &[&str] = &[
    "MD", "DO", "PhD", "MBBS", "MBChB", "MBBCh", "BMBS", "MB", "ChB", "BM", "BCh", "MBBChir",
    "MChir", "MCh", "MS", "MSc", "MA", "BSc", "BS", "BA", "MPH", "MBA", "MHA", "MHS", "MMed",
    "MEd", "DM", "DPhil", "DrPH", "ScD", "EdD", "PsyD", "JD", "FRCP", "FRCPC", "FRCPE", "FRCPI",
    "FRCS", "FRCSC", "FRCSEd", "FRCA", "FRCR", "FRCOG", "FRCPath", "FRCPsych", "FRACP", "FRACS",
    "FACC", "FACP", "FACS", "FAAP", "FACEP", "FAHA", "FASN", "FCCP", "FESC", "FSCAI", "FAAFP",
    "FACOG", "FASCO", "FHM", "MRCP", "MRCS", "MRCGP", "MRCPCH", "MRCPsych", "RN", "BSN", "MSN",
    "NP", "FNP", "FNP-BC", "APRN", "CRNA", "CNM", "PA", "PA-C", "DNP", "PharmD", "RPh", "DDS",
    "DMD", "DPM", "DPT", "OD", "DC", "LCSW", "RD", "MPA",
];

fn is_credential(token: &str) -> bool {
    // "MRCP(UK)" is an MRCP.
    let degree = token.split('(').next().unwrap_or(token);
    let bare: String = degree.chars().filter(|c| *c != '.').collect();
    !bare.is_empty()
        && CREDENTIALS
            .iter()
            .any(|c| *c == bare || c.to_uppercase() == bare)
}

/// Splits trailing degree tokens off a name part: `"Doe, MD, PhD"` gives
/// `("Doe", vec!["MD", "PhD"])`. Credentials keep their spelling. Every token
/// may go (a "Name Suffix" of `"MD, PhD"` leaves nothing behind).
pub(crate) fn split_credentials(text: &str) -> (String, Vec<String>) {
    let text = text.trim();
    let is_separator = |c: char| c == ',' || c.is_whitespace();
    let mut cut = text.len();
    let mut found = Vec::new();
    loop {
        let head = text[..cut].trim_end_matches(is_separator);
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| is_separator(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let token = &head[start..];
        if token.is_empty() || !is_credential(token) {
            break;
        }
        found.push(token.to_string());
        cut = start;
    }
    found.reverse();
    let rest = text[..cut].trim_end_matches(is_separator).to_string();
    (rest, found)
}

/// Like [`split_credentials`], for a family name: a lone token with no comma
/// ("DO", a surname typed in capitals) stays a name.
pub(crate) fn split_family_credentials(family: &str) -> (String, Vec<String>) {
    let (rest, found) = split_credentials(family);
    if rest.is_empty() && found.len() == 1 && !family.contains(',') {
        return (family.trim().to_string(), Vec::new());
    }
    (rest, found)
}

/// A header cell as written, less the byte-order mark and surrounding spaces.
pub(crate) fn header_cell(cell: &str) -> &str {
    cell.trim_start_matches('\u{feff}').trim()
}

/// The input as the CSV reader sees it, noting where each line with content
/// starts. The `csv` crate's record positions point just past the previous
/// record, before the `\n` of a CRLF and any blank lines; this finds the
/// line the record really starts on.
struct LineStarts<R> {
    inner: R,
    offset: u64,
    line: usize,
    at_line_start: bool,
    /// (byte offset, line) of content lines not yet asked about.
    starts: std::collections::VecDeque<(u64, usize)>,
}

impl<R: Read> Read for LineStarts<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let len = self.inner.read(buf)?;
        for (i, byte) in buf[..len].iter().enumerate() {
            if self.at_line_start && *byte != b'\r' && *byte != b'\n' {
                self.starts.push_back((self.offset + i as u64, self.line));
            }
            self.at_line_start = *byte == b'\n';
            if *byte == b'\n' {
                self.line += 1;
            }
        }
        self.offset += len as u64;
        Ok(len)
    }
}

impl<R> LineStarts<R> {
    /// The line of the first content at or after `offset`; forgets earlier lines.
    fn line_at(&mut self, position: &csv::Position) -> usize {
        while self
            .starts
            .front()
            .is_some_and(|(start, _)| *start < position.byte())
        {
            self.starts.pop_front();
        }
        self.starts
            .front()
            .map_or(position.line() as usize, |(_, line)| *line)
    }
}

/// CSV records read one at a time, with the real line each starts on.
/// Shared by the LinkedIn and Google readers.
pub(crate) struct CsvRows<R> {
    reader: csv::Reader<LineStarts<R>>,
    record: csv::StringRecord,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    /// Rows of any width (preambles are ragged; widths are checked by the
    /// caller against its header), no header handling, blank lines skipped.
    pub(crate) fn new(reader: R) -> Self {
        let lines = LineStarts {
            inner: reader,
            offset: 0,
            line: 1,
            at_line_start: true,
            starts: std::collections::VecDeque::new(),
        };
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(lines);
        Self {
            reader,
            record: csv::StringRecord::new(),
            done: false,
        }
    }

    /// Reads the next record and returns the line it starts on; `None` at
    /// the end. Text that is not UTF-8 is an error for that record only; a
    /// read failure ends the rows.
    pub(crate) fn advance(&mut self, format: &str) -> Option<Result<usize, ParseError>> {
        if self.done {
            return None;
        }
        match self.reader.read_record(&mut self.record) {
            Ok(true) => {
                let position = self
                    .record
                    .position()
                    .cloned()
                    .unwrap_or_else(csv::Position::new);
                Some(Ok(self.reader.get_mut().line_at(&position)))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(err) => {
                let position = err.position().unwrap_or(self.reader.position()).clone();
                let line = self.reader.get_mut().line_at(&position);
                let message = match err.kind() {
                    csv::ErrorKind::Utf8 { .. } => {
                        format!("this row of the {format} is not UTF-8 text")
                    }
                    _ => {
                        self.done = true;
                        format!("could not read the {format}: {err}")
                    }
                };
                Some(Err(ParseError { line, message }))
            }
        }
    }

    /// The record last read by [`Self::advance`].
    pub(crate) fn record(&self) -> &csv::StringRecord {
        &self.record
    }

    /// Reads the next non-blank data row of `width` cells: the line it starts
    /// on, or an error naming a row of the wrong width.
    pub(crate) fn next_row(
        &mut self,
        format: &str,
        width: usize,
    ) -> Option<Result<usize, ParseError>> {
        loop {
            let line = match self.advance(format)? {
                Ok(line) => line,
                Err(err) => return Some(Err(err)),
            };
            if self.record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            if self.record.len() != width {
                let message = format!(
                    "expected {width} fields as in the header, found {}",
                    self.record.len()
                );
                return Some(Err(ParseError { line, message }));
            }
            return Some(Ok(line));
        }
    }
}

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
            Some(Err(err)) if rows.done => return Err(err),
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
    use super::{parse_connected_on, split_credentials, split_family_credentials};

    fn split(text: &str) -> (String, String) {
        let (rest, found) = split_credentials(text);
        (rest, found.join(", "))
    }

    #[test]
    fn degrees_after_a_name_become_credentials() {
        assert_eq!(split("Doe, MD, PhD"), ("Doe".into(), "MD, PhD".into()));
        assert_eq!(
            split("van der Berg M.D. FACC"),
            ("van der Berg".into(), "M.D., FACC".into())
        );
        assert_eq!(split("Khan MRCP(UK)"), ("Khan".into(), "MRCP(UK)".into()));
        assert_eq!(split("MD, PhD"), (String::new(), "MD, PhD".into()));
        assert_eq!(
            split("Smith Jr., PA-C"),
            ("Smith Jr.".into(), "PA-C".into())
        );
    }

    #[test]
    fn surnames_that_look_like_degrees_stay_names() {
        assert_eq!(split("Nguyen Do").0, "Nguyen Do");
        assert_eq!(split_family_credentials("DO").0, "DO");
        assert_eq!(split_family_credentials("Ma").0, "Ma");
    }

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
