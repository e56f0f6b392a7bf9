//! The server as the sync sees it: three collections of named resources,
//! each with an etag, read and written with preconditions. The network
//! side (`curbside-sync`, over libdav) implements [`Remote`]; the core's
//! tests use [`memory::MemoryServer`]. Blocking on purpose: a sync runs on
//! a thread of its own beside the database, never on the UI's.

pub mod memory;

use serde::{Deserialize, Serialize};

/// The three collections one account uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// The address book (CardDAV): one vCard per contact.
    Contacts,
    /// The calendar (CalDAV): one iCalendar object per event series.
    Calendar,
    /// Curbside's own collection: a CalDAV calendar that holds only
    /// journal entries (VJOURNAL, which phones and calendar programs do not
    /// show), one per item only Curbside reads, each carrying nothing but
    /// its uid and the sealed record.
    Private,
}

impl Collection {
    /// Every collection, in the order a sync visits them.
    pub const ALL: [Collection; 3] = [
        Collection::Contacts,
        Collection::Calendar,
        Collection::Private,
    ];

    /// Its name in the sync state tables and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Collection::Contacts => "contacts",
            Collection::Calendar => "calendar",
            Collection::Private => "private",
        }
    }

    /// The name a collection has in the sync state tables.
    pub fn from_name(name: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// A resource as a listing names it: its name inside the collection (the
/// last segment of its href, as the server spells it) and its etag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The resource's name inside its collection, e.g. `3f2a….vcf`.
    pub name: String,
    /// The server's etag for its current content.
    pub etag: String,
}

/// What changed in a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    /// Every resource the collection holds (no token given, the server
    /// has no sync-collection, or it refused the token as too old).
    Full {
        /// Every resource, with its etag.
        all: Vec<Listed>,
        /// The token to ask with next time, if the server has one.
        token: Option<String>,
    },
    /// Only what changed since the token given (RFC 6578).
    Delta {
        /// Resources made or changed since.
        changed: Vec<Listed>,
        /// Names of resources deleted since.
        deleted: Vec<String>,
        /// The token to ask with next time.
        token: String,
    },
}

/// A resource's content, fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// Its name inside the collection.
    pub name: String,
    /// Its etag.
    pub etag: String,
    /// Its content (a vCard, an iCalendar object, or a sealed record).
    pub body: String,
}

/// The condition a write is sent with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// Only if no resource has this name yet (If-None-Match: *).
    New,
    /// Only if the resource still has this etag (If-Match).
    Matches(String),
}

/// What a conditional write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// Stored; the server's new etag (fetched when the server gave none).
    Stored {
        /// The new etag.
        etag: String,
    },
    /// Refused: the resource changed (or appeared, or went) on the server
    /// since. Nothing was written.
    Conflict,
}

/// One write of [`Remote::put_many`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Put {
    /// The resource's name in its collection.
    pub name: String,
    /// Its content.
    pub body: String,
    /// The condition it is written with.
    pub precondition: Precondition,
}

/// Why the server could not be used; each said in plain words.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum RemoteError {
    /// No connection (offline, the server down, a timeout).
    #[error("the server could not be reached: {0}")]
    Unreachable(String),
    /// The server refused the user name or password.
    #[error("the server refused the user name or password: check them in Settings → Sync")]
    Refused,
    /// The server's certificate is not trusted by this computer.
    #[error("the server's certificate is not one this computer trusts: {0}")]
    Certificate(String),
    /// The collection is gone or the server answered something unreadable.
    #[error("the server answered unexpectedly: {0}")]
    Unexpected(String),
}

/// A CardDAV/CalDAV server, as one sync uses it.
pub trait Remote {
    /// What changed in `collection` since `token` (everything when none).
    fn list(&mut self, collection: Collection, token: Option<&str>)
        -> Result<Listing, RemoteError>;
    /// The content of the named resources; a name that is gone is left out.
    fn get(
        &mut self,
        collection: Collection,
        names: &[String],
    ) -> Result<Vec<Fetched>, RemoteError>;
    /// Writes a resource under a condition (as `text/vcard` in the
    /// contacts collection, `text/calendar` in the calendar and private
    /// ones).
    fn put(
        &mut self,
        collection: Collection,
        name: &str,
        body: &str,
        precondition: Precondition,
    ) -> Result<Written, RemoteError>;
    /// Writes many resources of one collection, as [`Remote::put`] each: a
    /// server over the network may send them at once. One result per
    /// write, in the order given, up to and including the first error; what
    /// became of the writes after it is unknown (the next sync finds out:
    /// a record written twice with the same content merges to the same).
    fn put_many(
        &mut self,
        collection: Collection,
        puts: &[Put],
    ) -> Vec<Result<Written, RemoteError>> {
        let mut results = Vec::with_capacity(puts.len());
        for put in puts {
            let result = self.put(collection, &put.name, &put.body, put.precondition.clone());
            let failed = result.is_err();
            results.push(result);
            if failed {
                break;
            }
        }
        results
    }
    /// Deletes a resource if it still has `etag`. A resource already gone
    /// counts as deleted.
    fn delete(
        &mut self,
        collection: Collection,
        name: &str,
        etag: &str,
    ) -> Result<Written, RemoteError>;
}
