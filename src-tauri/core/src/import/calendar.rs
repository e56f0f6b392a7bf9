//! Bringing events in from iCalendar files: each `VEVENT` is stored as a new
//! event, or updates the event with its UID (a re-import never duplicates),
//! all in one transaction. A bad event stops the import and changes nothing,
//! unless the user chose to skip bad entries — the shape of the contact
//! import, with the same [`ImportSummary`].
//!
//! Changed occurrences (`RECURRENCE-ID`) are applied after every series of
//! every file is in, so they may come before their series in a file; one
//! whose series is nowhere is stored as an event of its own. On a
//! re-import, the fields only Curbside has (status, kind, expected credits,
//! cost, online) keep what the user set unless the file states them.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::ops::{ControlFlow, Deref, DerefMut};
use std::path::Path;

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::extensions::{extension_of, CALENDAR_EXTENSIONS};
use super::{ImportError, ImportIssue, ImportProgress, ImportSummary};
use crate::events::{self, Event, EventDraft, EventError, HeldOccurrences};
use crate::interop::ics::{self, CalendarEntry};
use crate::interop::ParseError;
use crate::values::EventId;

/// One calendar file's events, as the reader yields them.
pub struct CalendarSource<'a> {
    /// The file's name, for error messages.
    pub file: String,
    /// Its events.
    pub entries: Box<dyn Iterator<Item = Result<CalendarEntry, ParseError>> + 'a>,
}

/// Opens `path` as a source of events. A file that cannot be opened becomes
/// a source with one error entry, so the import reports it like any bad
/// entry.
pub fn open_calendar(path: &Path) -> CalendarSource<'static> {
    let file = path.display().to_string();
    let entries: Box<dyn Iterator<Item = _>> = match File::open(path) {
        Ok(opened) => Box::new(ics::read_events(BufReader::with_capacity(
            256 * 1024,
            opened,
        ))),
        Err(error) => Box::new(std::iter::once(Err(ParseError {
            line: 0,
            message: format!("could not read the file: {error}"),
        }))),
    };
    CalendarSource { file, entries }
}

/// Whether `path` is an iCalendar file: by its extension (`.ics`, `.ical`,
/// `.icalendar`, `.ifb`), or else by a first line of `BEGIN:VCALENDAR`.
pub fn is_calendar_file(path: &Path) -> bool {
    if CALENDAR_EXTENSIONS.contains(&extension_of(path).as_str()) {
        return true;
    }
    let Ok(opened) = File::open(path) else {
        return false;
    };
    let mut reader = BufReader::with_capacity(4096, opened);
    let Ok(start) = reader.fill_buf() else {
        return false;
    };
    let head = String::from_utf8_lossy(start).to_ascii_lowercase();
    head.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with("begin:vcalendar")
}

/// Imports every event of every source in one transaction. `progress` is
/// told how far the import has come every few hundred events and may break
/// to cancel, which changes nothing.
pub fn import_calendars(
    conn: &mut Connection,
    sources: Vec<CalendarSource<'_>>,
    skip_bad: bool,
    now: Timestamp,
    mut progress: impl FnMut(ImportProgress) -> ControlFlow<()>,
) -> Result<ImportSummary, ImportError> {
    crate::backup::before(conn, crate::backup::Reason::BeforeImport)?;
    let mut tx = Transaction::begin(conn)?;
    let mut tally = Tally {
        summary: ImportSummary::default(),
        skip_bad,
    };
    let mut done = 0u64;
    let mut changes = Vec::new();
    let mut held = HeldOccurrences::default();
    for source in sources {
        for entry in source.entries {
            done += 1;
            if done.is_multiple_of(500) && progress(ImportProgress { done }).is_break() {
                return Err(ImportError::Cancelled);
            }
            let outcome = match entry {
                Err(error) => Err((error.line, error.message)),
                Ok(entry) if entry.replaces.is_some() => {
                    changes.push((source.file.clone(), entry));
                    continue;
                }
                Ok(entry) => store_event(&mut tx, entry, now, &mut held)?,
            };
            tally.count(&source.file, outcome)?;
        }
    }
    // A changed occurrence replaces one of its series' rows.
    held.write(&tx)?;
    for (file, entry) in changes {
        let outcome = store_change(&mut tx, entry, now)?;
        tally.count(&file, outcome)?;
    }
    let _ = progress(ImportProgress { done });
    tx.commit()?;
    Ok(tally.summary)
}

/// What storing one entry did, or its line and what was wrong with it.
type Outcome = Result<Stored, (usize, String)>;

enum Stored {
    Created,
    Updated,
    Unchanged,
}

struct Tally {
    summary: ImportSummary,
    skip_bad: bool,
}

impl Tally {
    fn count(&mut self, file: &str, outcome: Outcome) -> Result<(), ImportError> {
        match outcome {
            Ok(Stored::Created) => self.summary.created += 1,
            Ok(Stored::Updated) => self.summary.updated += 1,
            Ok(Stored::Unchanged) => self.summary.unchanged += 1,
            Err((line, message)) => {
                self.summary.skipped += 1;
                self.summary.errors.push(ImportIssue {
                    file: file.to_owned(),
                    line,
                    message,
                });
                if !self.skip_bad {
                    return Err(ImportError::Stopped(ImportSummary {
                        errors: std::mem::take(&mut self.summary.errors),
                        ..Default::default()
                    }));
                }
            }
        }
        Ok(())
    }
}

/// Adds a single event or a series, or updates the one with its UID. A new
/// event is refused before anything of it is written, and an update is a
/// savepoint of the events store, so a refused event leaves nothing
/// behind; a database failure stops the whole import. A new event's
/// occurrences are added to `held`, which is written before an update (the
/// event updated may be one of those held).
fn store_event(
    conn: &mut Connection,
    entry: CalendarEntry,
    now: Timestamp,
    held: &mut HeldOccurrences,
) -> Result<Outcome, ImportError> {
    let line = entry.line;
    let found = match refused(line, events::find_by_uid(conn, &entry.draft.uid))? {
        Ok(found) => found,
        Err(bad) => return Ok(Err(bad)),
    };
    let written = match found {
        None => events::record_holding(conn, &entry.draft, now, held).map(|_| Stored::Created),
        Some(id) => {
            held.write(conn)?;
            let stored = match refused(line, events::get(conn, id))? {
                Ok(stored) => stored,
                Err(bad) => return Ok(Err(bad)),
            };
            let draft = keep_unstated(&stored, entry);
            if same(&stored, &draft) {
                return Ok(Ok(Stored::Unchanged));
            }
            events::update(conn, id, &draft, now).map(|_| Stored::Updated)
        }
    };
    refused(line, written)
}

/// Stores an entry as [`store_event`] does, its occurrences written at once.
fn store_now(
    conn: &mut Connection,
    entry: CalendarEntry,
    now: Timestamp,
) -> Result<Outcome, ImportError> {
    let mut held = HeldOccurrences::default();
    let outcome = store_event(conn, entry, now, &mut held)?;
    held.write(conn)?;
    Ok(outcome)
}

/// Changes one occurrence of a series already stored (from this import or
/// before).
fn store_change(
    conn: &mut Connection,
    entry: CalendarEntry,
    now: Timestamp,
) -> Result<Outcome, ImportError> {
    let line = entry.line;
    let Some(replaces) = entry.replaces else {
        return store_now(conn, entry, now);
    };
    let series_id = match refused(line, events::find_by_uid(conn, &entry.draft.uid))? {
        Ok(Some(id)) => id,
        Ok(None) => return store_alone(conn, entry, now),
        Err(bad) => return Ok(Err(bad)),
    };
    let series = match refused(line, events::get(conn, series_id))? {
        Ok(series) => series,
        Err(bad) => return Ok(Err(bad)),
    };
    let recurrence_id = replaces.recurrence_id(&series.timing);
    let changed: Option<EventId> = conn
        .prepare_cached("SELECT id FROM events WHERE series_id = ?1 AND recurrence_id = ?2")?
        .query_row(params![series_id, recurrence_id], |row| row.get(0))
        .optional()?;
    let (draft, stored) = match changed {
        // What the file leaves unsaid comes from the series.
        None => (keep_unstated(&series, entry), Stored::Created),
        Some(id) => match refused(line, events::get(conn, id))? {
            Ok(stored) => {
                let draft = keep_unstated(&stored, entry);
                if same(&stored, &draft) {
                    return Ok(Ok(Stored::Unchanged));
                }
                (draft, Stored::Updated)
            }
            Err(bad) => return Ok(Err(bad)),
        },
    };
    let written = events::change_occurrence(conn, series_id, &recurrence_id, &draft, now);
    refused(line, written.map(|_| stored))
}

/// A changed occurrence whose series is neither in the files nor in
/// Curbside (an invitation to one meeting of someone else's series) is an
/// event of its own: the user sees that meeting at its time. Its UID is the
/// series' with the occurrence's original start after a "#", so two changed
/// occurrences of one series stay two events, and importing the same file
/// again finds each.
fn store_alone(
    conn: &mut Connection,
    mut entry: CalendarEntry,
    now: Timestamp,
) -> Result<Outcome, ImportError> {
    if let Some(replaces) = entry.replaces.take() {
        let original = replaces.recurrence_id(&entry.draft.timing);
        entry.draft.uid = format!("{}#{original}", entry.draft.uid);
    }
    store_now(conn, entry, now)
}

/// Sorts an events-store answer: a database failure stops the import (the
/// outer `Err`), a refusal is this entry's problem (the inner `Err`).
fn refused<T>(
    line: usize,
    result: Result<T, EventError>,
) -> Result<Result<T, (usize, String)>, ImportError> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(EventError::Database(error)) => Err(ImportError::Database(error)),
        Err(EventError::Invalid(invalid)) => Ok(Err((line, invalid.message))),
        Err(other) => Ok(Err((line, other.to_string()))),
    }
}

/// The file's draft, with what it does not state kept from the stored event
/// (also how sync takes a calendar program's edit).
pub(crate) fn keep_unstated(stored: &Event, entry: CalendarEntry) -> EventDraft {
    let CalendarEntry {
        mut draft, stated, ..
    } = entry;
    if !stated.kind {
        draft.kind = stored.kind;
    }
    if !stated.status {
        draft.status = stored.status;
    }
    if !stated.expected_credits {
        draft.expected_credits = stored.expected_credits;
    }
    if !stated.cost {
        draft.cost = stored.cost.clone();
    }
    if !stated.online {
        draft.online = stored.online;
    }
    draft
}

/// Whether storing `draft` would change nothing (compared the way the
/// events store tidies text).
fn same(stored: &Event, draft: &EventDraft) -> bool {
    let mut excluded = draft.excluded.clone();
    excluded.sort();
    excluded.dedup();
    let recurrence = draft.recurrence.trim().to_ascii_uppercase();
    if recurrence.is_empty() {
        excluded.clear();
    }
    stored.kind == draft.kind
        && stored.title == draft.title.trim()
        && stored.organizer == draft.organizer.trim()
        && stored.timing == draft.timing
        && stored.location == draft.location.trim()
        && stored.online == draft.online
        && stored.url == draft.url.trim()
        && stored.notes == draft.notes.trim_end()
        && stored.expected_credits == draft.expected_credits
        && stored.cost == draft.cost.trim()
        && stored.status == draft.status
        && stored.recurrence == recurrence
        && stored.excluded == excluded
}

/// The import's one transaction. The events store writes through
/// `&mut Connection` (each write a savepoint, nested in this), so this holds
/// the connection itself and rolls back when dropped uncommitted: on a
/// stop, a cancel or a database failure.
struct Transaction<'c> {
    conn: &'c mut Connection,
    open: bool,
}

impl<'c> Transaction<'c> {
    fn begin(conn: &'c mut Connection) -> rusqlite::Result<Self> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(Self { conn, open: true })
    }

    fn commit(mut self) -> rusqlite::Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.open = false;
        Ok(())
    }
}

impl Deref for Transaction<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl DerefMut for Transaction<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}
