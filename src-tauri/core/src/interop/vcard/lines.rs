//! Cutting a vCard stream into cards, and each card into unfolded content
//! lines, one physical line at a time so the file is never held whole.
//!
//! Unfolding covers the three ways a property continues on the next line:
//! RFC folding (a leading space or tab), vCard 2.1 quoted-printable soft
//! breaks (`=` at the end of the line) and vCard 2.1 base64 data lines,
//! which are not indented and end with a blank line.

use crate::interop::bounded::read_line_capped;
use crate::interop::ParseError;
use std::io::BufRead;

/// The longest property kept, unfolded: room for the base64 of the largest
/// photo a contact keeps. A longer one is left out of its card, with a
/// notice, and is never held whole in memory.
pub(super) const MAX_PROPERTY: usize = 8 << 20;

/// The most properties one card may have: a person's card has dozens, a
/// crafted one can have millions, and that card is refused as soon as its
/// count is passed, before any of its values is read.
pub(super) const MAX_PROPERTIES: usize = 5_000;

/// The most text one card may hold, all its properties together: a photo
/// at its largest and room to spare. (Without it, 5,000 properties of
/// 8 MB each would be 40 GB.)
pub(super) const MAX_CARD: usize = 16 << 20;

/// One card's content lines, unfolded, with the line where the card begins.
pub(super) struct RawCard {
    /// The 1-based line of `BEGIN:VCARD`.
    pub line: usize,
    /// The unfolded properties, in order.
    pub lines: Vec<ContentLine>,
    /// Properties left out (too long to keep), with their lines.
    pub notices: Vec<ParseError>,
    /// The bytes of text in `lines`.
    size: usize,
}

/// One unfolded property (`group.NAME;params:value`).
pub(super) struct ContentLine {
    /// The 1-based line where the property starts.
    pub line: usize,
    /// The property text, without folding or line breaks.
    pub text: String,
}

/// How the value of the property being unfolded continues.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Continuation {
    /// Only RFC folding.
    Folded,
    /// Quoted-printable: a trailing `=` joins the next line as is.
    QuotedPrintable,
    /// Base64: bare base64 lines join, leading blanks dropped.
    Base64,
}

/// Reads physical lines and hands out raw cards.
pub(super) struct CardSource<R> {
    reader: R,
    line_no: usize,
    buf: Vec<u8>,
    pending_begin: Option<usize>,
    finished: bool,
    /// Whether any card began: a file with none is no vCard file at all.
    began: bool,
}

impl<R: BufRead> CardSource<R> {
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            line_no: 0,
            buf: Vec::new(),
            pending_begin: None,
            finished: false,
            began: false,
        }
    }

    /// The next card, an error for a card that does not close, or `None`
    /// at the end of the stream.
    pub fn next_card(&mut self) -> Option<Result<RawCard, ParseError>> {
        if self.finished {
            return None;
        }
        let start = match self.pending_begin.take() {
            Some(line) => line,
            None => loop {
                match self.next_line() {
                    Some(Ok((text, _))) if is_marker(&text, "BEGIN:VCARD") => break self.line_no,
                    Some(Ok(_)) => {}
                    Some(Err(err)) => return Some(Err(err)),
                    None if self.began => return None,
                    None => {
                        // Empty, binary, or something else under a .vcf
                        // name: an error, never "0 contacts imported".
                        self.finished = true;
                        return Some(Err(ParseError {
                            line: self.line_no.max(1),
                            message:
                                "this is not a vCard file: no card in it begins with BEGIN:VCARD"
                                    .to_owned(),
                        }));
                    }
                }
            },
        };
        self.began = true;
        let mut card = RawCard {
            line: start,
            lines: Vec::new(),
            notices: Vec::new(),
            size: 0,
        };
        let mut current: Option<Pending> = None;
        loop {
            let (text, cut) = match self.next_line() {
                Some(Ok(next)) => next,
                Some(Err(err)) => return Some(Err(err)),
                None => {
                    self.finished = true;
                    return Some(Err(unclosed(start, "the file ends")));
                }
            };
            if is_marker(&text, "END:VCARD") {
                card.finish(current.take());
                if card.size > MAX_CARD {
                    return Some(Err(crowded(start)));
                }
                return Some(Ok(card));
            }
            if is_marker(&text, "BEGIN:VCARD") {
                self.pending_begin = Some(self.line_no);
                let next = format!("another card begins at line {}", self.line_no);
                return Some(Err(unclosed(start, &next)));
            }
            if let Some(pending) = &mut current {
                if continues(&mut pending.line.text, pending.how, &text) {
                    pending.too_long |= cut || pending.line.text.len() > MAX_PROPERTY;
                    if pending.too_long {
                        pending.line.text = head_of(&pending.line.text);
                    }
                    continue;
                }
            }
            card.finish(current.take());
            if card.lines.len() >= MAX_PROPERTIES || card.size > MAX_CARD {
                return Some(Err(self.refuse_crowded(start)));
            }
            let text = text.trim_start();
            if !text.trim_end().is_empty() {
                let how = continuation_of(text);
                let too_long = cut;
                let text = if too_long {
                    head_of(text)
                } else {
                    text.to_owned()
                };
                let line = ContentLine {
                    line: self.line_no,
                    text,
                };
                current = Some(Pending {
                    line,
                    how,
                    too_long,
                });
            }
        }
    }

    /// A card with more than [`MAX_PROPERTIES`] properties: its remaining
    /// lines are read past, unkept, and the card is one error.
    fn refuse_crowded(&mut self, start: usize) -> ParseError {
        loop {
            match self.next_line() {
                Some(Ok((text, _))) if is_marker(&text, "END:VCARD") => break,
                Some(Ok((text, _))) if is_marker(&text, "BEGIN:VCARD") => {
                    self.pending_begin = Some(self.line_no);
                    break;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => {
                    self.finished = true;
                    break;
                }
            }
        }
        crowded(start)
    }

    /// The next physical line, decoded, without its line break, and whether
    /// it was longer than [`MAX_PROPERTY`] (then only its start is kept).
    fn next_line(&mut self) -> Option<Result<(String, bool), ParseError>> {
        self.buf.clear();
        match read_line_capped(&mut self.reader, &mut self.buf, MAX_PROPERTY) {
            Ok((0, _)) => None,
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
            Err(err) => {
                self.finished = true;
                Some(Err(ParseError {
                    line: self.line_no + 1,
                    message: format!("the file could not be read: {err}"),
                }))
            }
        }
    }
}

/// A property being unfolded.
struct Pending {
    line: ContentLine,
    how: Continuation,
    /// Longer than [`MAX_PROPERTY`]: only its name is kept, to say so.
    too_long: bool,
}

impl RawCard {
    /// Adds the property just unfolded, or a notice when it was too long.
    fn finish(&mut self, pending: Option<Pending>) {
        let Some(pending) = pending else { return };
        if pending.too_long {
            let name = pending
                .line
                .text
                .split([':', ';'])
                .next()
                .unwrap_or_default();
            let name = name
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .trim()
                .to_uppercase();
            self.notices.push(ParseError {
                line: pending.line.line,
                message: format!(
                    "the {name} on this line is over {} MB: left out",
                    MAX_PROPERTY >> 20
                ),
            });
        } else {
            self.size += pending.line.text.len();
            self.lines.push(pending.line);
        }
    }
}

/// A card with more properties or text than one person's card has.
fn crowded(start: usize) -> ParseError {
    ParseError {
        line: start,
        message: format!(
            "the card has more than {MAX_PROPERTIES} properties or {} MB of text: \
             it is not one person's card",
            MAX_CARD >> 20
        ),
    }
}

/// The start of a property too long to keep: its name and parameters, at
/// most a few dozen characters of them.
fn head_of(text: &str) -> String {
    let head = text.split(':').next().unwrap_or_default();
    head.chars().take(64).collect()
}

/// Appends `next` to the property being unfolded when it continues it.
fn continues(text: &mut String, how: Continuation, next: &str) -> bool {
    if how == Continuation::QuotedPrintable && text.ends_with('=') {
        text.pop();
        text.push_str(next);
        return true;
    }
    if let Some(rest) = next.strip_prefix([' ', '\t']) {
        match how {
            Continuation::Base64 => text.push_str(rest.trim()),
            _ => text.push_str(rest),
        }
        return true;
    }
    if how == Continuation::Base64 && is_base64_data(next) {
        text.push_str(next.trim());
        return true;
    }
    false
}

/// How a property's value continues, from its encoding parameter.
fn continuation_of(line: &str) -> Continuation {
    let head = line.split(':').next().unwrap_or_default();
    for param in head.split(';').skip(1) {
        let param = param.trim();
        let value = param.split_once('=').map_or(param, |(name, value)| {
            if name.trim().eq_ignore_ascii_case("ENCODING") {
                value.trim()
            } else {
                ""
            }
        });
        if value.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
            return Continuation::QuotedPrintable;
        }
        if value.eq_ignore_ascii_case("BASE64") || value.eq_ignore_ascii_case("B") {
            return Continuation::Base64;
        }
    }
    Continuation::Folded
}

fn is_base64_data(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

fn is_marker(line: &str, marker: &str) -> bool {
    line.trim().eq_ignore_ascii_case(marker)
}

fn unclosed(start: usize, why: &str) -> ParseError {
    ParseError {
        line: start,
        message: format!("the card has no END:VCARD ({why})"),
    }
}

/// UTF-8 when the bytes are UTF-8; otherwise Latin-1, which every byte
/// sequence decodes as (old Outlook and phone exports in 8-bit charsets).
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}
