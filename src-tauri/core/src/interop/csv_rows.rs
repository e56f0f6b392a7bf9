//! Reading the CSV exports of other apps (LinkedIn, Google) one row at a
//! time, with the line each row really starts on, so that an error names a
//! line the user can find in the file. The readers map the columns; this
//! module only hands them rows.

use std::collections::VecDeque;
use std::io::Read;

use super::ParseError;

/// The most bytes one row may take (quoted line breaks included): an
/// address book's row is a few kilobytes; reading stops at a larger one
/// before it is held whole.
pub(crate) const MAX_ROW: u64 = 4 << 20;

/// The most cells one row may have: the widest export (Outlook's) has
/// about a hundred columns.
pub(crate) const MAX_CELLS: usize = 1_000;

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
    starts: VecDeque<(u64, usize)>,
    /// Where the row being read starts.
    row_start: u64,
}

impl<R: Read> Read for LineStarts<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.offset - self.row_start > MAX_ROW {
            return Err(std::io::Error::other(format!(
                "a row is longer than {} MB, more than any contact holds",
                MAX_ROW >> 20
            )));
        }
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
pub(crate) struct CsvRows<R> {
    reader: csv::Reader<LineStarts<R>>,
    record: csv::StringRecord,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    /// Rows of any width (preambles are ragged; widths are checked by the
    /// caller against its header), no header handling, blank lines skipped.
    pub(crate) fn new(reader: R) -> Self {
        Self::with_delimiter(reader, b',')
    }

    /// Like [`Self::new`], for a file whose cells are separated by
    /// `delimiter` (`;` where the system's list separator is one).
    pub(crate) fn with_delimiter(reader: R, delimiter: u8) -> Self {
        let lines = LineStarts {
            inner: reader,
            offset: 0,
            line: 1,
            at_line_start: true,
            starts: VecDeque::new(),
            row_start: 0,
        };
        let reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
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
        let next_row = self.reader.position().byte();
        self.reader.get_mut().row_start = next_row;
        match self.reader.read_record(&mut self.record) {
            Ok(true) if self.record.len() > MAX_CELLS => {
                let position = self
                    .record
                    .position()
                    .cloned()
                    .unwrap_or_else(csv::Position::new);
                let line = self.reader.get_mut().line_at(&position);
                let message = format!(
                    "this row has {} cells; a {format} row has at most {MAX_CELLS}",
                    self.record.len()
                );
                self.record.clear();
                Some(Err(ParseError { line, message }))
            }
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

    /// Whether reading has stopped, at the end of the input or after a read
    /// failure that no later row can recover from.
    pub(crate) fn is_finished(&self) -> bool {
        self.done
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
