//! The generated calendar as an iCalendar file, written the way calendar
//! apps and congress websites write theirs, so that the import benchmark
//! reads what users bring: `VTIMEZONE`s for the common zones (one with
//! Outlook's Windows name), events with a `TZID`, in UTC (`…Z`, one in
//! five timed events), floating, or whole days; series with `RRULE`, some
//! ending with a UTC `UNTIL`, and `EXDATE`s; escaped text and long
//! descriptions folded at 75 octets, CRLF line ends.

use std::path::PathBuf;

use curbside_core::events::{EventKind, EventStatus, EventTiming};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use super::plan::{self, Planned};
use super::CalendarSize;

/// Outlook's name for Europe/Berlin, used by the first event in that zone.
const WINDOWS_BERLIN: &str = "W. Europe Standard Time";

const HEADER: &str = "BEGIN:VCALENDAR\r
PRODID:-//Curbside benchmarks//Generated calendar//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:PUBLISH\r
X-WR-CALNAME:Congresses and courses\r
BEGIN:VTIMEZONE\r
TZID:Europe/Berlin\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VTIMEZONE\r
TZID:America/New_York\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
TZNAME:EDT\r
DTSTART:19700308T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
TZNAME:EST\r
DTSTART:19701101T020000\r
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
";

/// Where the file for this size is written.
pub fn path(size: CalendarSize) -> PathBuf {
    super::folder().join(format!("calendar-{}.ics", size.events))
}

/// Writes the file for this size (the same calendar every time) and
/// returns its path and how many events it holds.
pub fn write_file(size: CalendarSize) -> (PathBuf, usize) {
    let planned = plan::events(size.events, size.contacts);
    let text = calendar(&planned);
    let path = path(size);
    std::fs::create_dir_all(super::folder()).expect("the cache folder");
    std::fs::write(&path, text).expect("writing the calendar file");
    (path, planned.len())
}

/// The whole calendar.
pub fn calendar(planned: &[Planned]) -> String {
    let mut out = String::from(HEADER);
    let mut windows_name_used = false;
    for (n, event) in planned.iter().enumerate() {
        let mut writer = Writer {
            out: &mut out,
            zone_name: |zone: &str| {
                if zone == "Europe/Berlin"
                    && !windows_name_used
                    && event.draft.recurrence.is_empty()
                {
                    windows_name_used = true;
                    WINDOWS_BERLIN.to_owned()
                } else {
                    zone.to_owned()
                }
            },
        };
        writer.event(n, event);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

struct Writer<'a, F> {
    out: &'a mut String,
    /// The TZID to write for a zone.
    zone_name: F,
}

impl<F: FnMut(&str) -> String> Writer<'_, F> {
    fn event(&mut self, n: usize, planned: &Planned) {
        let draft = &planned.draft;
        self.line("BEGIN:VEVENT");
        self.line("DTSTAMP:20260615T070000Z");
        self.line(&format!(
            "UID:{n:05}-{}@events.example.org",
            planned.category.to_ascii_lowercase()
        ));
        self.line(&format!("SUMMARY:{}", escape(&draft.title)));
        match &draft.timing {
            EventTiming::AllDay {
                first_day,
                last_day,
            } => {
                self.line(&format!("DTSTART;VALUE=DATE:{}", basic_date(*first_day)));
                let after = last_day.tomorrow().expect("a day in range");
                self.line(&format!("DTEND;VALUE=DATE:{}", basic_date(after)));
            }
            EventTiming::Timed {
                start,
                end,
                time_zone,
            } if time_zone.is_empty() => {
                self.line(&format!("DTSTART:{}", basic(*start)));
                self.line(&format!("DTEND:{}", basic(*end)));
            }
            EventTiming::Timed {
                start,
                end,
                time_zone,
            } if n.is_multiple_of(5) && draft.recurrence.is_empty() => {
                let tz = TimeZone::get(time_zone).expect("a known zone");
                let utc = |civil: DateTime| {
                    basic(TimeZone::UTC.to_datetime(tz.to_timestamp(civil).expect("an instant")))
                };
                self.line(&format!("DTSTART:{}Z", utc(*start)));
                self.line(&format!("DTEND:{}Z", utc(*end)));
            }
            EventTiming::Timed {
                start,
                end,
                time_zone,
            } => {
                let tzid = (self.zone_name)(time_zone);
                self.line(&format!("DTSTART;TZID={tzid}:{}", basic(*start)));
                self.line(&format!("DTEND;TZID={tzid}:{}", basic(*end)));
            }
        }
        if !draft.recurrence.is_empty() {
            self.line(&format!("RRULE:{}", draft.recurrence));
            for excluded in &draft.excluded {
                let civil: DateTime = excluded.parse().expect("a civil start");
                match &draft.timing {
                    EventTiming::Timed { time_zone, .. } if !time_zone.is_empty() => {
                        self.line(&format!("EXDATE;TZID={time_zone}:{}", basic(civil)));
                    }
                    _ => self.line(&format!("EXDATE:{}", basic(civil))),
                }
            }
        }
        if !draft.location.is_empty() {
            self.line(&format!("LOCATION:{}", escape(&draft.location)));
        }
        if !draft.url.is_empty() {
            self.line(&format!("URL:{}", draft.url));
        }
        let mut description = if draft.organizer.is_empty() {
            draft.title.clone()
        } else {
            format!(
                "{}, organised by {}. Programme, registration and accommodation: see the website; \
                 CME credits are requested from the accreditation council.",
                draft.title, draft.organizer
            )
        };
        if !draft.notes.is_empty() {
            description = format!("{}\n\n{description}", draft.notes);
        }
        self.line(&format!("DESCRIPTION:{}", escape(&description)));
        if let Some(word) = category(draft.kind) {
            self.line(&format!("CATEGORIES:{word},{}", planned.category));
        }
        if !draft.organizer.is_empty() {
            self.line(&format!(
                "ORGANIZER;CN=\"{}\":mailto:events@{}.example.org",
                draft.organizer,
                planned.category.to_ascii_lowercase()
            ));
        }
        if draft.status == EventStatus::Skipped && n.is_multiple_of(2) {
            self.line("STATUS:CANCELLED");
        } else {
            self.line("STATUS:CONFIRMED");
        }
        self.line("END:VEVENT");
    }

    /// A content line, folded at 75 octets (on a character boundary).
    fn line(&mut self, text: &str) {
        let mut width = 0;
        for c in text.chars() {
            if width + c.len_utf8() > 75 {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += c.len_utf8();
        }
        self.out.push_str("\r\n");
    }
}

/// The CATEGORIES word for a kind, as congress sites and colleagues tag.
fn category(kind: EventKind) -> Option<&'static str> {
    Some(match kind {
        EventKind::Conference => "Congress",
        EventKind::Cme => "CME",
        EventKind::Seminar => "Seminar",
        EventKind::Workshop => "Workshop",
        EventKind::Webinar => "Webinar",
        EventKind::Rounds => "Rounds",
        EventKind::Meeting => "Meeting",
        EventKind::Personal => return None,
    })
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

fn basic(civil: DateTime) -> String {
    civil.strftime("%Y%m%dT%H%M%S").to_string()
}

fn basic_date(day: Date) -> String {
    day.strftime("%Y%m%d").to_string()
}
