//! Every item of a book as a sync record ("doc"): one root row with the
//! rows that belong to it, with every reference to another item written as
//! that item's uid, never as this computer's row id. Two computers number
//! their rows independently; uids are the same everywhere.
//!
//! Declared once, like the book format's sections: each [`Kind`] names its
//! root table, where its uid comes from, the columns that refer to other
//! kinds, and its child tables; the columns themselves are the book
//! format's. A test compares the declarations with the schema, so a table
//! a migration adds and sync forgets fails it.
//!
//! A record's body: the root row's columns (without its row id and what is
//! rebuilt), each reference as the named item's uid (a changed occurrence
//! of an event as `{"uid", "recurrence_id"}`), and each child table under
//! its name as a list of rows without their parent's id. An event's
//! changed occurrences are its child rows under `occurrences`; its other
//! child rows say in `occurrence` which one they belong to (`null`: the
//! series). A reminder state's `reminder_id` names items by uid.
//!
//! The parts: `kinds` (the declarations), `read`, `apply`, `remove`,
//! `upkeep` (what the domains keep for speed),
//! `canonical` (text, fields for the merge), `uids` (uids and row ids,
//! table `sync_uids`), `reminder_ids` (reminder ids between computers),
//! `values` (SQLite values as JSON) and `label`.

mod apply;
mod canonical;
mod kinds;
mod label;
mod read;
mod reminder_ids;
mod remove;
mod uids;
mod upkeep;
mod values;

use rusqlite::{Connection, Transaction};
use serde_json::{Map, Value};

use super::merge::Fields;
use super::remote::Collection;

pub use kinds::{carried, NOT_SYNCED, SETTINGS_UID};

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
    /// An opportunity with its people and status history.
    Opportunity,
    /// A membership of a society with its roles and meeting links.
    Membership,
    /// A referral sent to or received from a colleague.
    Referral,
    /// A reminder the user made.
    CustomReminder,
    /// A mentor or mentee with the goals, meetings and action items.
    Mentorship,
    /// A letter of recommendation asked for.
    LetterRequest,
    /// What the user did with a reminder (done, dismissed, snoozed).
    ReminderState,
    /// An introduction the user makes, with its dated steps.
    Introduction,
    /// A milestone of the user's own.
    OwnMilestone,
    /// The book's settings: reminder settings, message templates, the
    /// user's own presence (name, credentials, pitch, links), cadence rules.
    Settings,
}

impl Kind {
    /// Every kind, in the order records are applied (what others refer to
    /// first).
    pub const ALL: [Kind; 20] = [
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
        Kind::Opportunity,
        Kind::Membership,
        Kind::Referral,
        Kind::CustomReminder,
        Kind::Mentorship,
        Kind::LetterRequest,
        Kind::Introduction,
        Kind::OwnMilestone,
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
            Kind::Opportunity => "opportunity",
            Kind::Membership => "membership",
            Kind::Referral => "referral",
            Kind::CustomReminder => "custom_reminder",
            Kind::Mentorship => "mentorship",
            Kind::LetterRequest => "letter_request",
            Kind::ReminderState => "reminder_state",
            Kind::Introduction => "introduction",
            Kind::OwnMilestone => "own_milestone",
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
        canonical::doc_canonical(self)
    }

    /// Reads a record back from [`Doc::canonical`]'s text.
    pub fn from_canonical(kind: Kind, uid: &str, text: &str) -> Result<Doc, RecordError> {
        canonical::doc_from_canonical(kind, uid, text)
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
/// that has none yet (which is why it writes). Items come in row order;
/// a reminder state whose item is gone is left out.
pub fn read_all(tx: &Transaction, kind: Kind) -> Result<Vec<Doc>, RecordError> {
    read::read_all(tx, kind)
}

/// The record with this uid, if this computer has it. (It may give a uid
/// to an item it refers to that has none yet.)
pub fn read(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<Doc>, RecordError> {
    read::read(conn, kind, uid)
}

/// This computer's row id for the item with this uid, if it has it (an
/// event: its series row). Settings and reminder states have no row id:
/// `Some(0)` when this computer has them.
pub fn local_id(conn: &Connection, kind: Kind, uid: &str) -> Result<Option<i64>, RecordError> {
    Ok(uids::local_id(conn, kind, uid)?)
}

/// Stores a record: updates the item with its uid, or makes it. Child rows
/// are replaced (a child row with a uid of its own, a mentorship's goal, is
/// updated in place and keeps its row id); derived data (search index,
/// occurrences, last contact) is brought up to date. A field or child list the record does not hold is
/// left as it is; a field this build does not know is ignored. A record
/// naming an item this computer does not have yet is
/// [`Applied::Waiting`], and nothing is written. One caveat: an
/// organization with the name of one this computer has under another uid
/// is the same organization: the smaller uid wins, so two computers that
/// made it both end up with one.
pub fn apply(tx: &Transaction, doc: &Doc) -> Result<Applied, RecordError> {
    apply::apply(tx, doc)
}

/// Deletes the item with this uid, if this computer has it; true when it did.
/// Its child rows go with it, and what the domains do on a delete is done
/// (a contact's interactions with no one else go too, as in the app).
pub fn remove(tx: &Transaction, kind: Kind, uid: &str) -> Result<bool, RecordError> {
    remove::remove(tx, kind, uid)
}

/// A record as fields for the three-way merge: each column one field, each
/// child table one field whose values are its rows (canonical JSON), sorted.
pub fn to_fields(doc: &Doc) -> Fields {
    canonical::to_fields(doc)
}

/// The record merged fields make.
pub fn from_fields(kind: Kind, uid: &str, fields: &Fields) -> Result<Doc, RecordError> {
    canonical::from_fields(kind, uid, fields)
}

/// A short name for the item, for a conflict the user reads ("Dr. Ana
/// Ruiz", "Interaction on 2026-03-04", "ACC.27").
pub fn label(doc: &Doc) -> String {
    label::label(doc)
}
