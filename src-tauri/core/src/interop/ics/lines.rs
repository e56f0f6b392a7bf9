//! Cutting an iCalendar stream into the pieces Curbside reads — each
//! `VEVENT` and `VTIMEZONE` with what nests inside it, and the calendar's own
//! properties — one physical line at a time, so the file is never held whole.
//!
//! The structure is checked here, where the line numbers are: a file that
//! does not start with `BEGIN:VCALENDAR`, a component that never closes, an
//! `END` that closes the wrong thing, or a line that is not a property (in
//! an event or a time zone: the components Curbside reads) each become a
//! [`ParseError`] naming the line, and reading goes on after it.

use std::io::BufRead;

use super::unfold::LogicalLines;
use crate::interop::ParseError;

/// A component's unfolded lines, `BEGIN` and `END` included, with the line
/// where it begins.
pub(super) struct RawComponent {
    /// The 1-based line of its `BEGIN`.
    pub line: usize,
    /// The unfolded content lines, each with the line it starts on.
    pub lines: Vec<(usize, String)>,
}

impl RawComponent {
    /// The component as text, CRLF-terminated, for calcard's parser.
    pub fn text(&self) -> String {
        let size = self.lines.iter().map(|(_, text)| text.len() + 2).sum();
        let mut text = String::with_capacity(size);
        for (_, line) in &self.lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        text
    }

    /// The line where the first property with this name starts.
    pub fn line_of(&self, name: &str) -> Option<usize> {
        self.lines
            .iter()
            .find(|(_, text)| property_name(text).eq_ignore_ascii_case(name))
            .map(|(line, _)| *line)
    }
}

/// What the stream holds, in file order.
pub(super) enum Piece {
    /// A `VEVENT`, with its alarms.
    Event(RawComponent),
    /// A `VTIMEZONE`.
    TimeZone(RawComponent),
    /// A property of the calendar itself (`X-WR-TIMEZONE`…), unfolded.
    CalendarProperty(String),
}

/// Reads unfolded lines and hands out pieces.
pub(super) struct PieceSource<R> {
    lines: LogicalLines<R>,
    /// The line of the open `BEGIN:VCALENDAR`, if one is open.
    calendar: Option<usize>,
    /// A calendar was seen at all.
    seen_calendar: bool,
    /// A line read ahead while closing a broken component.
    pending: Option<(usize, String)>,
    finished: bool,
}

impl<R: BufRead> PieceSource<R> {
    pub fn new(reader: R) -> Self {
        Self {
            lines: LogicalLines::new(reader),
            calendar: None,
            seen_calendar: false,
            pending: None,
            finished: false,
        }
    }

    /// The next piece, an error for a broken one, or `None` at the end.
    pub fn next_piece(&mut self) -> Option<Result<Piece, ParseError>> {
        loop {
            if self.finished {
                return None;
            }
            let (line, text) = match self.pending.take().map(Ok).or_else(|| self.lines.next()) {
                Some(Ok(next)) => next,
                Some(Err(error)) => {
                    self.finished = true;
                    return Some(Err(error));
                }
                None => {
                    self.finished = true;
                    return match self.calendar {
                        Some(start) => Some(Err(ParseError {
                            line: start,
                            message: "the calendar has no END:VCALENDAR (the file ends): \
                                      it may be cut short"
                                .to_owned(),
                        })),
                        None if !self.seen_calendar => Some(Err(not_a_calendar(0))),
                        None => None,
                    };
                }
            };
            if self.lines.cut() && self.calendar.is_some() {
                return Some(Err(too_long(line)));
            }
            let Some(calendar_start) = self.calendar else {
                if marker(&text, "BEGIN").is_some_and(|m| m.eq_ignore_ascii_case("VCALENDAR")) {
                    self.calendar = Some(line);
                    self.seen_calendar = true;
                    continue;
                }
                if self.seen_calendar {
                    // Text after the last calendar is ignored, as mail
                    // clients and web servers sometimes add some.
                    continue;
                }
                self.finished = true;
                return Some(Err(not_a_calendar(line)));
            };
            if let Some(name) = marker(&text, "BEGIN") {
                let component = match self.component(line, text.clone(), name.to_owned()) {
                    Ok(component) => component,
                    Err(error) => return Some(Err(error)),
                };
                if name.eq_ignore_ascii_case("VEVENT") {
                    return Some(Ok(Piece::Event(component)));
                }
                if name.eq_ignore_ascii_case("VTIMEZONE") {
                    return Some(Ok(Piece::TimeZone(component)));
                }
                // To-dos, journal entries, free/busy: not Curbside's to read.
                continue;
            }
            if let Some(name) = marker(&text, "END") {
                if name.eq_ignore_ascii_case("VCALENDAR") {
                    self.calendar = None;
                    continue;
                }
                return Some(Err(ParseError {
                    line,
                    message: format!(
                        "END:{name} closes nothing (the calendar begins at line {calendar_start})"
                    ),
                }));
            }
            if let Err(error) = check_property(line, &text) {
                return Some(Err(error));
            }
            return Some(Ok(Piece::CalendarProperty(text)));
        }
    }

    /// Reads a component up to its `END`, nested components included.
    fn component(
        &mut self,
        start: usize,
        begin: String,
        name: String,
    ) -> Result<RawComponent, ParseError> {
        let mut component = RawComponent {
            line: start,
            lines: vec![(start, begin)],
        };
        // To-dos, journal entries, free/busy are passed over: a broken line
        // in one is no reason to refuse the events beside it.
        let read = ["VEVENT", "VTIMEZONE"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(&name));
        let mut open = vec![name];
        let mut size = 0;
        let unclosed = |why: String, open: &[String]| ParseError {
            line: start,
            message: format!(
                "the {} that begins here has no END:{} ({why})",
                describe(&open[0]),
                open.last().map_or("", String::as_str)
            ),
        };
        loop {
            let (line, text) = match self.lines.next() {
                Some(Ok(next)) => next,
                Some(Err(error)) => {
                    self.finished = true;
                    return Err(error);
                }
                None => {
                    self.finished = true;
                    self.calendar = None;
                    return Err(unclosed("the file ends".to_owned(), &open));
                }
            };
            if self.lines.cut() {
                if !read {
                    continue;
                }
                self.skip_to_end(&open[0]);
                return Err(within(line, too_long(line).message, &open[0], start));
            }
            size += text.len();
            if size > MAX_COMPONENT {
                self.skip_to_end(&open[0]);
                let what = format!(
                    "it holds more than {} MB of text, more than any calendar entry",
                    MAX_COMPONENT >> 20
                );
                return Err(within(line, what, &open[0], start));
            }
            if let Some(name) = marker(&text, "BEGIN") {
                // These never nest: one beginning means the last one is open.
                let top_level = [
                    "VCALENDAR",
                    "VEVENT",
                    "VTODO",
                    "VJOURNAL",
                    "VFREEBUSY",
                    "VTIMEZONE",
                ];
                if top_level.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                    let why = format!("BEGIN:{name} at line {line}");
                    self.pending = Some((line, text));
                    return Err(unclosed(why, &open));
                }
                open.push(name.to_owned());
            } else if let Some(name) = marker(&text, "END") {
                let innermost = open.last().map_or("", String::as_str);
                if name.eq_ignore_ascii_case(innermost) {
                    open.pop();
                    component.lines.push((line, text));
                    if open.is_empty() {
                        return Ok(component);
                    }
                    continue;
                }
                if name.eq_ignore_ascii_case("VCALENDAR") {
                    self.pending = Some((line, text));
                    return Err(unclosed(format!("END:VCALENDAR at line {line}"), &open));
                }
                let what = format!("END:{name} does not close BEGIN:{innermost}");
                self.skip_to_end(&open[0]);
                return Err(within(line, what, &open[0], start));
            } else if let (true, Err(error)) = (read, check_property(line, &text)) {
                self.skip_to_end(&open[0]);
                return Err(within(line, error.message, &open[0], start));
            }
            component.lines.push((line, text));
        }
    }

    /// After a broken component: skips to its `END` (or to the next
    /// component or the calendar's end, which are read as usual).
    fn skip_to_end(&mut self, name: &str) {
        while let Some(Ok((line, text))) = self.lines.next() {
            if marker(&text, "END").is_some_and(|n| n.eq_ignore_ascii_case(name)) {
                return;
            }
            let begins = marker(&text, "BEGIN").is_some_and(|n| n.eq_ignore_ascii_case(name));
            let ends_calendar =
                marker(&text, "END").is_some_and(|n| n.eq_ignore_ascii_case("VCALENDAR"));
            if begins || ends_calendar {
                self.pending = Some((line, text));
                return;
            }
        }
    }
}

/// The most text one event, zone or other component may hold, its lines
/// together.
const MAX_COMPONENT: usize = 4 << 20;

/// A content line longer than anything a calendar holds.
fn too_long(line: usize) -> ParseError {
    ParseError {
        line,
        message: format!(
            "this line is longer than {} MB, more than any calendar entry holds",
            super::unfold::MAX_LINE >> 20
        ),
    }
}

fn describe(component: &str) -> String {
    match component.to_ascii_uppercase().as_str() {
        "VEVENT" => "event".to_owned(),
        "VTIMEZONE" => "time zone".to_owned(),
        other => format!("{other} component"),
    }
}

/// An error on `line` inside the component that begins at `start`.
fn within(line: usize, what: String, component: &str, start: usize) -> ParseError {
    ParseError {
        line,
        message: format!(
            "{what} (in the {} that begins at line {start})",
            describe(component)
        ),
    }
}

fn not_a_calendar(line: usize) -> ParseError {
    ParseError {
        line: line.max(1),
        message: "this is not an iCalendar file: it does not begin with BEGIN:VCALENDAR".to_owned(),
    }
}

/// `BEGIN:VEVENT` → `Some("VEVENT")` for `keyword` "BEGIN".
fn marker<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let (name, value) = text.split_once(':')?;
    name.trim()
        .eq_ignore_ascii_case(keyword)
        .then(|| value.trim())
        .filter(|value| !value.is_empty())
}

/// The property name of a content line (`DTSTART;TZID=…:…` → `DTSTART`).
pub(super) fn property_name(text: &str) -> &str {
    let end = text.find([';', ':']).unwrap_or(text.len());
    text[..end].trim()
}

/// A content line must be `NAME[;params]:value` with a name of letters,
/// digits and dashes.
fn check_property(line: usize, text: &str) -> Result<(), ParseError> {
    let name = property_name(text);
    let named = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if named && text.contains(':') {
        return Ok(());
    }
    let preview: String = text.chars().take(40).collect();
    Err(ParseError {
        line,
        message: format!("this is not an iCalendar property: {preview}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<Result<String, ParseError>> {
        let mut source = PieceSource::new(text.as_bytes());
        std::iter::from_fn(|| source.next_piece())
            .map(|piece| {
                piece.map(|piece| match piece {
                    Piece::Event(c) => format!("event@{}:{}", c.line, c.lines.len()),
                    Piece::TimeZone(c) => format!("zone@{}", c.line),
                    Piece::CalendarProperty(text) => text,
                })
            })
            .collect()
    }

    #[test]
    fn events_and_zones_come_out_with_the_line_they_begin_on() {
        let text = "BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VTIMEZONE\r\n\
                    TZID:X\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nSUMMARY:A\r\n long\r\n\
                    BEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let got: Vec<_> = pieces(text).into_iter().map(Result::unwrap).collect();
        assert_eq!(got, ["X-WR-TIMEZONE:Europe/Berlin", "zone@3", "event@6:6"]);
    }

    #[test]
    fn an_event_without_its_end_is_an_error_at_its_begin_and_the_next_still_reads() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:A\nBEGIN:VEVENT\nSUMMARY:B\n\
                    END:VEVENT\nEND:VCALENDAR\n";
        let got = pieces(text);
        let error = got[0].as_ref().unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("no END:VEVENT"), "{}", error.message);
        assert_eq!(got[1].as_ref().unwrap(), "event@4:3");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_line_that_is_not_a_property_names_its_line() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nthis is junk\nEND:VEVENT\nEND:VCALENDAR\n";
        let got = pieces(text);
        let error = got[0].clone().unwrap_err();
        assert_eq!(error.line, 3);
        assert!(
            error.message.contains("not an iCalendar property"),
            "{}",
            error.message
        );
        assert!(
            error.message.contains("event that begins at line 2"),
            "{}",
            error.message
        );
        assert_eq!(got.len(), 1, "the rest of the broken event is passed over");
    }

    #[test]
    fn a_broken_line_in_a_component_curbside_passes_over_is_no_error() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VFREEBUSY\nORGANIZER;CN=Sixt SE\nEND:VFREEBUSY\n\
                    BEGIN:VEVENT\nSUMMARY:A\nEND:VEVENT\nEND:VCALENDAR\n";
        let got: Vec<_> = pieces(text).into_iter().map(Result::unwrap).collect();
        assert_eq!(got, ["event@5:3"]);
    }

    #[test]
    fn a_file_that_is_not_a_calendar_is_one_error() {
        let got = pieces("BEGIN:VCARD\nFN:A\nEND:VCARD\n");
        assert_eq!(got.len(), 1);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not an iCalendar file"));
    }

    #[test]
    fn a_cut_short_calendar_is_an_error() {
        let got = pieces("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:A\n");
        assert_eq!(got.len(), 1);
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("the file ends"));
    }
}
