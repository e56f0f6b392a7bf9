//! iCalendar (RFC 5545, `.ics`): the format every calendar exports and
//! imports — Outlook, Google Calendar, Apple Calendar, Thunderbird, and the
//! congress websites' "add to calendar" links.
//!
//! Reading streams: [`read_events`] hands out one [`CalendarEntry`] per
//! `VEVENT`, so a calendar of years never sits in memory whole, and one
//! broken event becomes one [`ParseError`] naming its line while the events
//! after it still read. Each entry is an [`EventDraft`] ready for the events
//! store, plus what the store needs to place it: which occurrence of a
//! series it changes, and which of Curbside's own fields the file stated.
//!
//! Writing ([`write_calendar`]) gives a calendar the three big clients
//! accept: a `VTIMEZONE` for every zone used, TEXT escaped, lines folded at
//! 75 octets, CRLF. Fields iCalendar has no property for (kind, status,
//! expected credits, cost, online) travel as `X-CURBSIDE-…` properties, so
//! an export imported again gives back the same events.
//!
//! [`EventDraft`]: crate::events::EventDraft

mod agree;
mod event;
mod lines;
mod moments;
mod rules;
mod text;
mod unfold;
mod writer;
mod zones;

use std::io::BufRead;

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::ParseError;
use crate::events::{EventDraft, EventTiming};

pub use writer::write_calendar;
pub use zones::UTC;

/// One `VEVENT` as Curbside reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEntry {
    /// The 1-based line of its `BEGIN:VEVENT`.
    pub line: usize,
    /// The event. A changed occurrence carries its series' UID.
    pub draft: EventDraft,
    /// Which of Curbside's own fields the file said something about; the
    /// others are defaults, and a re-import keeps what the user set.
    pub stated: Stated,
    /// For a changed occurrence (`RECURRENCE-ID`): the occurrence of the
    /// series it replaces.
    pub replaces: Option<OriginalStart>,
}

/// Which draft fields a file stated rather than left to defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stated {
    /// `X-CURBSIDE-KIND`, or a `CATEGORIES` word that names a kind.
    pub kind: bool,
    /// `X-CURBSIDE-STATUS`, or `STATUS:CANCELLED` (skipped).
    pub status: bool,
    /// `X-CURBSIDE-CREDITS`.
    pub expected_credits: bool,
    /// `X-CURBSIDE-COST`.
    pub cost: bool,
    /// `X-CURBSIDE-ONLINE`.
    pub online: bool,
}

/// The original start of an occurrence (a `RECURRENCE-ID` or an `EXDATE`),
/// as the file gave it; the series' timing says how Curbside names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginalStart {
    /// A date (`VALUE=DATE`).
    Day(Date),
    /// A wall-clock time with no zone.
    Civil(DateTime),
    /// A time in a zone, or in UTC.
    Instant(Timestamp),
}

impl OriginalStart {
    /// The occurrence's id in a series with this timing: its civil start in
    /// the series' zone ("2026-03-29T09:00:00"), or its date for an all-day
    /// series ("2026-03-29").
    pub fn recurrence_id(&self, series: &EventTiming) -> String {
        match series {
            EventTiming::AllDay { .. } => match self {
                Self::Day(date) => date.to_string(),
                Self::Civil(civil) => civil.date().to_string(),
                Self::Instant(instant) => TimeZone::UTC.to_datetime(*instant).date().to_string(),
            },
            EventTiming::Timed {
                start, time_zone, ..
            } => {
                let civil = match self {
                    Self::Day(date) => date.to_datetime(start.time()),
                    Self::Civil(civil) => *civil,
                    Self::Instant(instant) => {
                        let zone = TimeZone::get(time_zone).unwrap_or(TimeZone::UTC);
                        zone.to_datetime(*instant)
                    }
                };
                moments::civil_text(civil)
            }
        }
    }
}

/// Reads every event from an iCalendar stream, one at a time.
///
/// Streaming: only the event being read is held in memory. To-dos, journal
/// entries and alarms are passed over; a broken event yields an `Err`
/// carrying the line where it begins (and the bad line in its message), and
/// the iterator goes on with the next one.
pub fn read_events<R: BufRead>(reader: R) -> Events<R> {
    Events {
        source: lines::PieceSource::new(reader),
        zones: zones::Zones::default(),
        waiting: Vec::new(),
        ended: false,
    }
}

/// The events of an iCalendar stream; see [`read_events`].
pub struct Events<R> {
    source: lines::PieceSource<R>,
    zones: zones::Zones,
    /// Events that name a zone the file had not defined when they were
    /// read: RFC 5545 lets a `VTIMEZONE` come anywhere in the calendar, so
    /// they are read again at the end, when every zone is known.
    waiting: Vec<lines::RawComponent>,
    /// The stream has ended; the waiting events are being read.
    ended: bool,
}

impl<R: BufRead> Iterator for Events<R> {
    type Item = Result<CalendarEntry, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.ended {
                let raw = self.waiting.pop()?;
                return Some(event::read(&raw, &mut self.zones));
            }
            let Some(piece) = self.source.next_piece() else {
                self.ended = true;
                self.waiting.reverse();
                continue;
            };
            match piece {
                Err(error) => return Some(Err(error)),
                Ok(lines::Piece::Event(raw)) => {
                    let read = event::read(&raw, &mut self.zones);
                    if read.is_err() && self.zones.take_missed() {
                        self.waiting.push(raw);
                        continue;
                    }
                    return Some(read);
                }
                Ok(lines::Piece::TimeZone(raw)) => event::define_zone(&raw, &mut self.zones),
                Ok(lines::Piece::CalendarProperty(text)) => {
                    let name = lines::property_name(&text);
                    if name.eq_ignore_ascii_case("X-WR-TIMEZONE") {
                        if let Some((_, zone)) = text.split_once(':') {
                            self.zones.set_calendar_zone(zone);
                        }
                    }
                }
            }
        }
    }
}
