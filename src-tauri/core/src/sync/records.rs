//! Every item of a book as a sync record ("doc"): one root row with the
//! rows that belong to it, with every reference to another item written as
//! that item's uid, never as this computer's row id. Two computers number
//! their rows independently; uids are the same everywhere.
//!
//! Declared once, like the book format's sections: each [`Kind`] names its
//! root table, where its uid comes from, the columns that refer to other
//! kinds, and its child tables. A test compares the declarations with the
//! schema, so a table a migration adds and sync forgets fails it.
//!
//! OWNER: records helper. Signatures are the contract other parts build on.

use rusqlite::{Connection, Transaction};
use serde_json::{Map, Value};

use super::merge::Fields;
use super::remote::Collection;

/// What kind of item a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A contact (the address book's vCard carries it).
    Contact,
    /// An organization (hospital, university, society).
    Organization,
    /// A contact's job, training or membership at an organization.
    Affiliation,
    /// A relationship of a contact (to the user or to another contact).
    Relationship,
    /// A contact's milestone.
    Milestone,
    /// An event series with its changed occurrences, people and sessions
    /// (the calendar's iCalendar object carries it).
    Event,
    /// An event's deadline.
    Deadline,
    /// An interaction with the people it involved.
    Interaction,
    /// A CME credit with its topics and certificates.
    Credit,
    /// A CME cycle with its minimums.
    Cycle,
    /// A reminder the user made.
    CustomReminder,
    /// What the user did with a reminder (done, dismissed, snoozed).
    ReminderState,
    /// The book's settings: reminder settings, message templates and
    /// sender, cadence rules.
    Settings,
}

impl Kind {
    /// Every kind, in the order records are applied (what others refer to
    /// first).
    pub const ALL: [Kind; 13] = [
        Kind::Settings,
        Kind::Organization,
        Kind::Contact,
        Kind::Affiliation,
        Kind::Relationship,
        Kind::Milestone,
        Kind::Event,
        Kind::Deadline,
        Kind::Interaction,
        Kind::Credit,
        Kind::Cycle,
        Kind::CustomReminder,
        Kind::ReminderState,
    ];

    /// Its name in the sync state tables and inside sealed records.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Contact => "contact",
            Kind::Organization => "organization",
            Kind::Affiliation => "affiliation",
            Kind::Relationship => "relationship",
            Kind::Milestone => "milestone",
            Kind::Event => "event",
            Kind::Deadline => "deadline",
            Kind::Interaction => "interaction",
            Kind::Credit => "credit",
            Kind::Cycle => "cycle",
            Kind::CustomReminder => "custom_reminder",
            Kind::ReminderState => "reminder_state",
            Kind::Settings => "settings",
        }
    }

    /// The kind a name names.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The collection its records travel in.
    pub fn collection(self) -> Collection {
        match self {
            Kind::Contact => Collection::Contacts,
            Kind::Event => Collection::Calendar,
            _ => Collection::Private,
        }
    }
}

/// One record: its kind, its uid and its content (the root row's columns,
/// references as uids, and each child table as an array of rows).
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// What it is.
    pub kind: Kind,
    /// Its uid, the same on every computer.
    pub uid: String,
    /// Its content; keys in a stable order (serde_json's map is sorted).
    pub body: Map<String, Value>,
}

impl Doc {
    /// The record as canonical JSON text (child rows in a stable order), the
    /// form stored as "what was last synced" and compared for changes.
    pub fn canonical(&self) -> String {
        unimplemented!("records helper")
    }

    /// Reads a record back from [`Doc::canonical`]'s text.
    pub fn from_canonical(kind: Kind, uid: &str, text: &str) -> Result<Doc, RecordError> {
        let _ = (kind, uid, text);
        unimplemented!("records helper")
    }
}

/// What applying a record did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Stored (made or updated).
    Stored,
    /// Not stored yet: it refers to an item this computer does not have
    /// (yet); the sync tries again after the other records.
    Waiting {
        /// The kind of the item it needs.
        kind: Kind,
        /// Its uid.
        uid: String,
    },
}

/// Why a record could not be read or stored.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The database refused.
    #[error("the database refused a synced record: {0}")]
    Database(#[from] rusqlite::Error),
    /// The record's content is not what this kind holds.
    #[error("a synced {kind} record is malformed: {reason}")]
    Malformed {
        /// The record's kind name.
        kind: &'static str,
        /// What is wrong.
        reason: String,
    },
}

/// Every record of `kind` this computer has, giving a uid to each item
/// that has none yet (which is why it writes).
pub fn read_all(tx: &Transaction, kind: Kind) -> Result<Vec<Doc>, RecordError> {
    let _ = (tx, kind);
    unimplemented!("records helper")
}

/// The record with this uid, if this computer has it.
pub fn read(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<Doc>, RecordError> {
    let _ = (conn, kind, uid);
    unimplemented!("records helper")
}

/// This computer's row id for the item with this uid, if it has it.
pub fn local_id(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<i64>, RecordError> {
    let _ = (conn, kind, uid);
    unimplemented!("records helper")
}

/// Stores a record: updates the item with its uid, or makes it. Child rows
/// are replaced; derived data (search index, occurrences, last contact) is
/// brought up to date.
pub fn apply(tx: &Transaction, doc: &Doc) -> Result<Applied, RecordError> {
    let _ = (tx, doc);
    unimplemented!("records helper")
}

/// Deletes the item with this uid, if this computer has it; true when it did.
pub fn remove(tx: &Transaction, kind: Kind, uid: &str) -> Result<bool, RecordError> {
    let _ = (tx, kind, uid);
    unimplemented!("records helper")
}

/// A record as fields for the three-way merge: each column one field, each
/// child table one field whose values are its rows (canonical JSON), sorted.
pub fn to_fields(doc: &Doc) -> Fields {
    let _ = doc;
    unimplemented!("records helper")
}

/// The record merged fields make.
pub fn from_fields(kind: Kind, uid: &str, fields: &Fields) -> Result<Doc, RecordError> {
    let _ = (kind, uid, fields);
    unimplemented!("records helper")
}

/// A short name for the item, for a conflict the user reads ("Dr. Ana
/// Ruiz", "Interaction on 2026-03-04", "ACC.27").
pub fn label(doc: &Doc) -> String {
    let _ = doc;
    unimplemented!("records helper")
}
