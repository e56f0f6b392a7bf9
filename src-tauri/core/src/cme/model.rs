//! The CME types that cross into the UI and the CLI's JSON.

use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::EventId;

// The CME façade names its own ids; they live in `values`.
pub use crate::values::{CertificateId, CreditId, CycleId};

/// The kind of credit an activity gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CreditType {
    /// AMA PRA Category 1 Credit™.
    #[serde(rename = "ama_pra_1")]
    AmaPra1,
    /// AMA PRA Category 2 Credit™.
    #[serde(rename = "ama_pra_2")]
    AmaPra2,
    /// AOA Category 1-A.
    #[serde(rename = "aoa_1a")]
    Aoa1a,
    /// AOA Category 1-B.
    #[serde(rename = "aoa_1b")]
    Aoa1b,
    /// AOA Category 2-A.
    #[serde(rename = "aoa_2a")]
    Aoa2a,
    /// AOA Category 2-B.
    #[serde(rename = "aoa_2b")]
    Aoa2b,
    /// Anything else; the entry's label says what.
    Other,
}

crate::choices!(CreditType, choice_only, "credit type", [
    AmaPra1 = "ama_pra_1": "AMA PRA Category 1 Credit™",
    AmaPra2 = "ama_pra_2": "AMA PRA Category 2 Credit™",
    Aoa1a = "aoa_1a": "AOA Category 1-A",
    Aoa1b = "aoa_1b": "AOA Category 1-B",
    Aoa2a = "aoa_2a": "AOA Category 2-A",
    Aoa2b = "aoa_2b": "AOA Category 2-B",
    Other = "other": "Anything else: say what with --type-label",
]);

/// A CME credit entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Credit {
    /// The entry's id.
    #[ts(type = "number")]
    pub id: CreditId,
    /// The day the credit was earned.
    #[ts(type = "string")]
    pub earned_on: Date,
    /// The activity's title.
    pub title: String,
    /// Who accredited it.
    pub provider: String,
    /// The kind of credit.
    pub credit_type: CreditType,
    /// For "other": what kind ("EACCME", "MOC Part II").
    pub type_label: String,
    /// Hours, in decimals (0.25 steps are common).
    pub hours: f64,
    /// Special topics covered: "opioids", "ethics", "pain",
    /// "implicit_bias", "substance_use_disorder", or a free label.
    pub topics: Vec<String>,
    /// The event it was earned at.
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
    /// Free notes.
    pub notes: String,
    /// Certificates attached.
    pub certificates: Vec<CertificateInfo>,
}

/// A new credit entry, or its new state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CreditDraft {
    /// The day the credit was earned.
    #[ts(type = "string")]
    pub earned_on: Date,
    /// The activity's title.
    pub title: String,
    /// Who accredited it.
    #[serde(default)]
    pub provider: String,
    /// The kind of credit.
    pub credit_type: CreditType,
    /// For "other": what kind.
    #[serde(default)]
    pub type_label: String,
    /// Hours (more than 0, at most 1000).
    pub hours: f64,
    /// Special topics covered.
    #[serde(default)]
    pub topics: Vec<String>,
    /// The event it was earned at.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// A certificate attached to a credit, without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificateInfo {
    /// The certificate's id.
    #[ts(type = "number")]
    pub id: CertificateId,
    /// The file's name as the user chose it.
    pub file_name: String,
    /// "application/pdf", "image/png", "image/jpeg"…
    pub media_type: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
}

/// A certificate with its content, to open or save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateFile {
    /// What is known of it.
    pub info: CertificateInfo,
    /// The file's bytes.
    pub content: Vec<u8>,
}

/// What a cycle belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CycleKind {
    /// A medical license (a state or a country).
    License,
    /// A board certification.
    Board,
}

crate::choices!(CycleKind, "kind of cycle", [
    License = "license": "A medical license (a state or a country)",
    Board = "board": "A board certification",
]);

/// Hours a cycle asks of one credit type or one topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Minimum {
    /// A credit type's name ("ama_pra_1") or a topic ("opioids").
    pub key: String,
    /// Hours required.
    pub hours: f64,
}

/// A license or board cycle and what it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Cycle {
    /// The cycle's id.
    #[ts(type = "number")]
    pub id: CycleId,
    /// e.g. "California medical license 2025–2027".
    pub name: String,
    /// License or board.
    pub kind: CycleKind,
    /// The state, country or board ("Medical Board of California", "ABIM").
    pub authority: String,
    /// First day of the cycle.
    #[ts(type = "string")]
    pub starts_on: Date,
    /// Last day of the cycle.
    #[ts(type = "string")]
    pub ends_on: Date,
    /// Total hours required.
    pub total_hours: f64,
    /// The credit types the total counts; every type when empty.
    pub total_types: Vec<CreditType>,
    /// Minimum hours per credit type.
    pub type_minimums: Vec<Minimum>,
    /// Minimum hours per special topic.
    pub topic_minimums: Vec<Minimum>,
    /// Free notes.
    pub notes: String,
}

/// A new cycle, or its new state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CycleDraft {
    /// The cycle's name.
    pub name: String,
    /// License or board.
    pub kind: CycleKind,
    /// The state, country or board.
    #[serde(default)]
    pub authority: String,
    /// First day.
    #[ts(type = "string")]
    pub starts_on: Date,
    /// Last day.
    #[ts(type = "string")]
    pub ends_on: Date,
    /// Total hours required.
    pub total_hours: f64,
    /// The credit types the total counts; every type when empty.
    #[serde(default)]
    pub total_types: Vec<CreditType>,
    /// Minimum hours per credit type.
    #[serde(default)]
    pub type_minimums: Vec<Minimum>,
    /// Minimum hours per special topic.
    #[serde(default)]
    pub topic_minimums: Vec<Minimum>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// Required, earned and missing hours for the total, one credit type or one
/// topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HoursLine {
    /// "total", a credit type's name or a topic.
    pub key: String,
    /// What to show ("AMA PRA Category 1", "Opioids / controlled substances").
    pub label: String,
    /// Hours required (0 when nothing is required of it).
    pub required: f64,
    /// Hours earned in the cycle.
    pub earned: f64,
    /// Hours still missing (never below 0).
    pub missing: f64,
}

/// Where a cycle stands on a given day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CycleProgress {
    /// The cycle.
    pub cycle: Cycle,
    /// The total.
    pub total: HoursLine,
    /// Per credit type: every required type, and every type earned.
    pub by_type: Vec<HoursLine>,
    /// Per topic: every required topic, and every topic earned.
    pub by_topic: Vec<HoursLine>,
    /// Days from the given day to the cycle's last day (negative: ended).
    #[ts(type = "number")]
    pub days_left: i64,
    /// Every requirement met: the total, every credit-type minimum and every
    /// topic minimum (`missing` is empty).
    pub complete: bool,
    /// Every requirement not met yet and by how much: the total first, then
    /// credit types, then topics. A total that is met with a topic still
    /// short lists the topic alone.
    pub missing: Vec<Shortfall>,
    /// The credits that count in the cycle, oldest first: filled by
    /// `cme::report` for a renewal report, empty in `progress` and `status`.
    pub credits: Vec<Credit>,
}

/// Which of a cycle's requirements a [`Shortfall`] is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// The total hours.
    Total,
    /// A credit type's minimum.
    CreditType,
    /// A special topic's minimum.
    Topic,
}

/// A requirement not met yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Shortfall {
    /// The total, a credit type or a topic.
    pub requirement: Requirement,
    /// "total", the credit type's name or the topic, as in its [`HoursLine`].
    pub key: String,
    /// What to show, as in its [`HoursLine`].
    pub label: String,
    /// Hours still missing (more than 0).
    pub hours: f64,
}

/// An attended event that promised credits and has none recorded yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ClaimableCredits {
    /// The event.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// Its title.
    pub title: String,
    /// When it ended.
    #[ts(type = "string")]
    pub ended_at: Timestamp,
    /// The credits it was expected to give.
    pub expected_credits: f64,
}
