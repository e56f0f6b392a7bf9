//! Bringing contacts in from files: cards from any reader are matched to the
//! contacts already stored (by UID, then email, then profile URL, then exact
//! name and organisation), merged or added, all in one transaction. A bad
//! entry stops the import and changes nothing, unless the user chose to skip
//! bad entries.

mod calendar;
pub(crate) use calendar::keep_unstated;
mod extensions;
mod files;
mod fit;
mod matching;
mod merge;
mod route;

pub use calendar::{import_calendars, is_calendar_file, open_calendar, CalendarSource};
pub use extensions::{
    is_book_file, is_importable, BOOK_EXTENSIONS, CALENDAR_EXTENSIONS, CSV_EXTENSIONS,
    VCARD_EXTENSIONS,
};
pub use files::{open, ImportFormat};
pub use route::{import_paths, route, ImportKind, RouteError};
// Sync turns a phone's edit of a vCard into a contact the way an import does.
pub(crate) use fit::fit;
pub(crate) use merge::draft_from_card;

use std::ops::ControlFlow;

use jiff::Timestamp;
use rusqlite::{params, Connection, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::contacts::search_index;
use crate::contacts::{self, ContactError, Indexing};
use crate::interop::{Card, ParseError};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    /// New contacts added.
    pub created: u32,
    /// Stored contacts that gained or changed details.
    pub updated: u32,
    /// Stored contacts the file had nothing new for.
    pub unchanged: u32,
    /// Entries left out because they could not be read or stored.
    pub skipped: u32,
    /// What was wrong with each bad entry.
    pub errors: Vec<ImportIssue>,
    /// Values imported in another place than their file put them (a phone
    /// field holding words, kept in the notes), so the user can look.
    pub warnings: Vec<ImportIssue>,
}

/// One bad entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportIssue {
    /// The file it is in.
    pub file: String,
    /// The 1-based line where it starts.
    #[ts(type = "number")]
    pub line: usize,
    /// What is wrong, for the user.
    pub message: String,
}

/// Why an import changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A bad entry stopped it (the user did not choose to skip bad entries).
    #[error("{} in {}: nothing was imported", first_issue(.0), .0.errors.first().map_or("", |issue| issue.file.as_str()))]
    Stopped(ImportSummary),
    /// The user cancelled it.
    #[error("the import was cancelled: nothing was imported")]
    Cancelled,
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The backup made before an import failed, so it was refused.
    #[error(transparent)]
    Backup(#[from] crate::backup::BackupError),
}

fn first_issue(summary: &ImportSummary) -> String {
    summary.errors.first().map_or_else(String::new, |issue| {
        format!("line {}: {}", issue.line, issue.message)
    })
}

/// How far an import has come, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ImportProgress {
    /// Entries handled so far.
    #[ts(type = "number")]
    pub done: u64,
}

/// One file's entries, as a reader yields them.
pub struct Source<'a> {
    /// The file's name, for error messages.
    pub file: String,
    /// Its cards.
    pub cards: Box<dyn Iterator<Item = Result<Card, ParseError>> + 'a>,
}

/// How many prepared statements a connection keeps while it imports. Each
/// card runs some thirty different statements (matching, the contact and
/// its lists, the job history and its triggers); with rusqlite's default of
/// 16 they pushed each other out, and every card prepared most of them
/// again, which took half the import's time.
pub(crate) const STATEMENT_CACHE: usize = 64;

/// Imports every card of every source in one transaction. `progress` is told
/// how far the import has come every few hundred entries and may break to
/// cancel, which changes nothing.
pub fn import(
    conn: &mut Connection,
    sources: Vec<Source<'_>>,
    skip_bad: bool,
    now: Timestamp,
    mut progress: impl FnMut(ImportProgress) -> ControlFlow<()>,
) -> Result<ImportSummary, ImportError> {
    crate::backup::before(conn, crate::backup::Reason::BeforeImport)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    let tx = conn.transaction()?;
    let mut summary = ImportSummary::default();
    let mut done = 0u64;
    // Search entries are written once, in bulk, after the last card.
    let (mut created, mut updated) = (Vec::new(), Vec::new());
    for source in sources {
        for card in source.cards {
            done += 1;
            if done.is_multiple_of(500) && progress(ImportProgress { done }).is_break() {
                return Err(ImportError::Cancelled);
            }
            let outcome = match card {
                Err(error) => Err((error.line, error.message)),
                Ok(mut card) => {
                    let adjustments = fit::fit(&mut card);
                    match store_card(&tx, &mut card, now) {
                        Ok(outcome) => {
                            summary
                                .warnings
                                .extend(adjustments.into_iter().map(|a| ImportIssue {
                                    file: source.file.clone(),
                                    line: a.line,
                                    message: a.message,
                                }));
                            Ok(outcome)
                        }
                        // The database itself failed: stop, and change nothing.
                        Err(StoreError::Database(error)) => {
                            return Err(ImportError::Database(error))
                        }
                        Err(StoreError::Contact(ContactError::Database(error))) => {
                            return Err(ImportError::Database(error))
                        }
                        Err(bad) => Err(error_at(&card, bad)),
                    }
                }
            };
            match outcome {
                Ok(Outcome::Created(id)) => {
                    summary.created += 1;
                    created.push(id);
                }
                Ok(Outcome::Updated(id)) => {
                    summary.updated += 1;
                    updated.push(id);
                }
                Ok(Outcome::Unchanged) => summary.unchanged += 1,
                Err((line, message)) => {
                    summary.skipped += 1;
                    summary.errors.push(ImportIssue {
                        file: source.file.clone(),
                        line,
                        message,
                    });
                    if !skip_bad {
                        return Err(ImportError::Stopped(ImportSummary {
                            errors: summary.errors,
                            ..Default::default()
                        }));
                    }
                }
            }
        }
    }
    created.sort_unstable();
    updated.sort_unstable();
    updated.dedup();
    updated.retain(|id| created.binary_search(id).is_err());
    search_index::refresh_many(&tx, &created, &updated)?;
    let _ = progress(ImportProgress { done });
    tx.commit()?;
    Ok(summary)
}

enum Outcome {
    Created(crate::values::ContactId),
    Updated(crate::values::ContactId),
    Unchanged,
}

/// The line and message of a card that could not be stored: the line of
/// the field at fault where the source says where it was.
fn error_at(card: &Card, error: StoreError) -> (usize, String) {
    match error {
        StoreError::Contact(ContactError::Invalid(invalid)) => {
            (card.line_of(invalid.field, 0), invalid.message)
        }
        StoreError::Contact(other) => (card.line, other.to_string()),
        StoreError::Database(error) => (card.line, format!("database error: {error}")),
    }
}

enum StoreError {
    Contact(ContactError),
    Database(rusqlite::Error),
}

impl From<ContactError> for StoreError {
    fn from(error: ContactError) -> Self {
        Self::Contact(error)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Database(error)
    }
}

/// Adds the card as a new contact, or merges it into the one it matches.
///
/// A bad card is refused by validation before anything is written, so a
/// skipped card leaves nothing behind; a failure after that is the
/// database's, and stops the whole import. (No savepoint per card: FTS5
/// flushes its pending index at every savepoint, which made imports ten
/// times slower.)
fn store_card(
    tx: &Transaction<'_>,
    card: &mut Card,
    now: Timestamp,
) -> Result<Outcome, StoreError> {
    let incoming = merge::draft_from_card(card);
    // Counted first: a card with 100,000 emails is refused before each is
    // looked up.
    contacts::check_counts(&incoming).map_err(ContactError::Invalid)?;
    let card = &*card;
    match matching::find(tx, card, &incoming)? {
        None => {
            let id = contacts::insert(tx, &incoming, now, Indexing::Deferred)?;
            write_import_only(tx, id, card, &card.extra)?;
            Ok(Outcome::Created(id))
        }
        Some(id) => {
            let stored = contacts::get(tx, id)?;
            let merged = merge::merged(&stored, incoming);
            let same_draft = merge::same(&contacts::ContactDraft::from(stored.clone()), &merged);
            let same_identity = stored.uid.is_some() || card.uid.is_none();
            let extra = merge::merged_extra(&stored.extra, &card.extra);
            let same_extra = extra == stored.extra;
            let same_photo = card.photo.is_none() || stored.has_photo;
            if same_draft && same_identity && same_extra && same_photo {
                return Ok(Outcome::Unchanged);
            }
            contacts::overwrite(tx, id, &merged, now, Indexing::Deferred)?;
            write_import_only(tx, id, card, &extra)?;
            if changed_job(&stored, &merged) {
                let today = now.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
                let (place, role) = (&merged.institution, &merged.title);
                crate::reminders::record_job_change(tx, id, place, role, today, now)?;
            }
            Ok(Outcome::Updated(id))
        }
    }
}

/// A newer file shows the contact at another institution, or in another
/// position at the same one (a LinkedIn re-import after a move or a
/// promotion): worth a congratulation. A first institution or title is not.
fn changed_job(stored: &contacts::Contact, merged: &contacts::ContactDraft) -> bool {
    let (was_at, now_at) = (stored.institution.trim(), merged.institution.trim());
    let (was, now) = (stored.title.trim(), merged.title.trim());
    if was_at.is_empty() || now_at.is_empty() {
        return false;
    }
    !was_at.eq_ignore_ascii_case(now_at) || (!was.is_empty() && !was.eq_ignore_ascii_case(now))
}

/// What only an import sets: the source's UID, the unknown properties
/// (`extra`, already merged with the stored ones), the photo.
fn write_import_only(
    tx: &Transaction<'_>,
    id: crate::values::ContactId,
    card: &Card,
    extra: &[String],
) -> rusqlite::Result<()> {
    if let Some(uid) = card
        .uid
        .as_deref()
        .map(str::trim)
        .filter(|uid| !uid.is_empty())
    {
        // Another contact may already carry this UID (two cards merged into
        // one person); the first one keeps it.
        tx.prepare_cached("UPDATE OR IGNORE contacts SET uid = ?2 WHERE id = ?1 AND uid IS NULL")?
            .execute(params![id, uid])?;
    }
    if !extra.is_empty() {
        tx.prepare_cached("UPDATE contacts SET extra = ?2 WHERE id = ?1")?
            .execute(params![id, extra.join("\n")])?;
    }
    if let Some(photo) = &card.photo {
        tx.prepare_cached(
            "INSERT INTO contact_photos (contact_id, media_type, data) VALUES (?1, ?2, ?3)
             ON CONFLICT (contact_id) DO UPDATE SET media_type = excluded.media_type, data = excluded.data",
        )?
        .execute(params![id, photo.media_type, photo.data])?;
    }
    Ok(())
}
