//! Physical lines → content lines: RFC 5545 §3.1 folding undone, line
//! numbers kept for error messages, the text decoded (UTF-8, or Latin-1 for
//! older 8-bit exports) and a byte-order mark dropped.

use std::io::BufRead;

use crate::interop::bounded::read_line_capped;
use crate::interop::ParseError;

/// The longest content line read, unfolded. Nothing Curbside reads from a
/// calendar comes near it; a longer line (a million `EXDATE` values, an
/// attachment of hundreds of megabytes) is never held whole: only its name
/// is kept, and [`LogicalLines::cut`] says so.
pub(super) const MAX_LINE: usize = 1 << 20;

/// Physical lines joined into content lines (RFC 5545 §3.1: a line that
/// starts with a space or a tab continues the one before), blank lines
/// dropped.
pub(super) struct LogicalLines<R> {
    reader: R,
    line_no: usize,
    buf: Vec<u8>,
    ahead: Option<(usize, String, bool)>,
    done: bool,
    /// Whether the line last handed out was longer than [`MAX_LINE`].
    cut: bool,
}

impl<R: BufRead> LogicalLines<R> {
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            line_no: 0,
            buf: Vec::new(),
            ahead: None,
            done: false,
            cut: false,
        }
    }

    /// Whether the line [`Self::next`] last gave was longer than
    /// [`MAX_LINE`]: then it gave only the line's name and parameters.
    pub fn cut(&self) -> bool {
        self.cut
    }

    /// The next content line with the line it starts on, or `None` at the
    /// end.
    pub fn next(&mut self) -> Option<Result<(usize, String), ParseError>> {
        let mut current = self.ahead.take();
        self.cut = false;
        loop {
            let (physical, cut) = match self.physical() {
                Some(Ok(next)) => next,
                Some(Err(error)) => return Some(Err(error)),
                None => return current.map(|line| Ok(self.hand_out(line))),
            };
            match (&mut current, physical.strip_prefix([' ', '\t'])) {
                (Some((_, text, too_long)), Some(rest)) => {
                    if !*too_long {
                        text.push_str(rest);
                    }
                    if cut || text.len() > MAX_LINE {
                        *too_long = true;
                        *text = head_of(text);
                    }
                }
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
                    self.ahead = Some(fresh(self.line_no, physical, cut));
                    return current.map(|line| Ok(self.hand_out(line)));
                }
                (None, None) => current = Some(fresh(self.line_no, physical, cut)),
            }
        }
    }

    fn hand_out(&mut self, (line, text, too_long): (usize, String, bool)) -> (usize, String) {
        self.cut = too_long;
        (line, text)
    }

    /// The next physical line, decoded, without its line break, and whether
    /// it was cut at [`MAX_LINE`].
    fn physical(&mut self) -> Option<Result<(String, bool), ParseError>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        match read_line_capped(&mut self.reader, &mut self.buf, MAX_LINE) {
            Ok((0, _)) => {
                self.done = true;
                None
            }
            Ok((_, cut)) => {
                self.line_no += 1;
                while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                    self.buf.pop();
                }
                let text = decode(&self.buf);
                let text = match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_owned(),
                    None => text,
                };
                Some(Ok((text, cut)))
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

/// A content line as it starts: a line cut at [`MAX_LINE`] keeps only its
/// name and parameters.
fn fresh(line: usize, text: String, cut: bool) -> (usize, String, bool) {
    if cut {
        (line, head_of(&text), true)
    } else {
        (line, text, false)
    }
}

/// The name and parameters of a line too long to keep (at most a few dozen
/// characters of them), with the colon that makes it a property.
fn head_of(text: &str) -> String {
    let head: String = text
        .split(':')
        .next()
        .unwrap_or_default()
        .chars()
        .take(64)
        .collect();
    format!("{head}:")
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
