//! Physical lines → content lines: RFC 5545 §3.1 folding undone, line
//! numbers kept for error messages, the text decoded (UTF-8, or Latin-1 for
//! older 8-bit exports) and a byte-order mark dropped.

use std::io::BufRead;

use crate::interop::ParseError;

/// Physical lines joined into content lines (RFC 5545 §3.1: a line that
/// starts with a space or a tab continues the one before), blank lines
/// dropped.
pub(super) struct LogicalLines<R> {
    reader: R,
    line_no: usize,
    buf: Vec<u8>,
    ahead: Option<(usize, String)>,
    done: bool,
}

impl<R: BufRead> LogicalLines<R> {
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            line_no: 0,
            buf: Vec::new(),
            ahead: None,
            done: false,
        }
    }

    /// The next content line with the line it starts on, or `None` at the
    /// end.
    pub fn next(&mut self) -> Option<Result<(usize, String), ParseError>> {
        let mut current = self.ahead.take();
        loop {
            let physical = match self.physical() {
                Some(Ok(text)) => text,
                Some(Err(error)) => return Some(Err(error)),
                None => return current.map(Ok),
            };
            match (&mut current, physical.strip_prefix([' ', '\t'])) {
                (Some((_, text)), Some(rest)) => text.push_str(rest),
                (None, Some(_)) if physical.trim().is_empty() => {}
                (None, Some(_)) => {
                    let line = self.line_no;
                    let preview: String = physical.trim().chars().take(40).collect();
                    return Some(Err(ParseError {
                        line,
                        message: format!(
                            "this line starts with a space but follows no property: {preview}"
                        ),
                    }));
                }
                (_, None) if physical.trim().is_empty() => {}
                (Some(_), None) => {
                    self.ahead = Some((self.line_no, physical));
                    return current.map(Ok);
                }
                (None, None) => current = Some((self.line_no, physical)),
            }
        }
    }

    /// The next physical line, decoded, without its line break.
    fn physical(&mut self) -> Option<Result<String, ParseError>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        match self.reader.read_until(b'\n', &mut self.buf) {
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) => {
                self.line_no += 1;
                while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                    self.buf.pop();
                }
                let text = decode(&self.buf);
                Some(Ok(match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_owned(),
                    None => text,
                }))
            }
            Err(error) => {
                self.done = true;
                Some(Err(ParseError {
                    line: self.line_no + 1,
                    message: format!("the file could not be read: {error}"),
                }))
            }
        }
    }
}

/// UTF-8 when the bytes are UTF-8; otherwise Latin-1, which every byte
/// sequence decodes as (older Outlook exports in 8-bit charsets).
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_are_joined_without_the_leading_space() {
        let mut lines = LogicalLines::new("SUMMARY:Hel\r\n lo\r\n\tworld\r\nX:1\r\n".as_bytes());
        assert_eq!(
            lines.next().unwrap().unwrap(),
            (1, "SUMMARY:Helloworld".to_owned())
        );
        assert_eq!(lines.next().unwrap().unwrap(), (4, "X:1".to_owned()));
        assert!(lines.next().is_none());
    }
}
