//! The words the database stores for each enum (the same as their JSON
//! names), so SQL filters and CHECK constraints read like the API.

use rusqlite::types::Value;

use super::{DeadlineKind, EventFilter, EventKind, EventStatus, PersonRole};

/// Adds `filter`'s conditions on the events table (aliased `e`) to a query
/// whose parameters are all positional.
pub(super) fn filter_events(filter: &EventFilter, sql: &mut String, values: &mut Vec<Value>) {
    let statuses = filter.statuses.iter().map(|status| status.as_str());
    let kinds = filter.kinds.iter().map(|kind| kind.as_str());
    for (column, names) in [
        ("e.status", statuses.collect::<Vec<_>>()),
        ("e.kind", kinds.collect()),
    ] {
        if !names.is_empty() {
            let marks = vec!["?"; names.len()].join(", ");
            sql.push_str(&format!(" AND {column} IN ({marks})"));
            values.extend(names.into_iter().map(|name| Value::Text(name.to_owned())));
        }
    }
}

impl EventKind {
    /// The name stored and shown in JSON ("conference", "cme"…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Conference => "conference",
            Self::Cme => "cme",
            Self::Seminar => "seminar",
            Self::Workshop => "workshop",
            Self::Webinar => "webinar",
            Self::Rounds => "rounds",
            Self::Meeting => "meeting",
            Self::Personal => "personal",
        }
    }

    pub(super) fn parse(text: &str) -> Self {
        match text {
            "cme" => Self::Cme,
            "seminar" => Self::Seminar,
            "workshop" => Self::Workshop,
            "webinar" => Self::Webinar,
            "rounds" => Self::Rounds,
            "meeting" => Self::Meeting,
            "personal" => Self::Personal,
            _ => Self::Conference,
        }
    }
}

impl EventStatus {
    /// The name stored and shown in JSON ("registered", "attended"…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Considering => "considering",
            Self::Registered => "registered",
            Self::Attending => "attending",
            Self::Attended => "attended",
            Self::Skipped => "skipped",
        }
    }

    pub(super) fn parse(text: &str) -> Self {
        match text {
            "registered" => Self::Registered,
            "attending" => Self::Attending,
            "attended" => Self::Attended,
            "skipped" => Self::Skipped,
            _ => Self::Considering,
        }
    }
}

impl DeadlineKind {
    /// The name stored and shown in JSON ("abstract", "early_bird"…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Abstract => "abstract",
            Self::LateBreakingAbstract => "late_breaking_abstract",
            Self::Notification => "notification",
            Self::EarlyBird => "early_bird",
            Self::Registration => "registration",
            Self::HotelBlock => "hotel_block",
            Self::Other => "other",
        }
    }

    pub(super) fn parse(text: &str) -> Self {
        match text {
            "abstract" => Self::Abstract,
            "late_breaking_abstract" => Self::LateBreakingAbstract,
            "notification" => Self::Notification,
            "early_bird" => Self::EarlyBird,
            "registration" => Self::Registration,
            "hotel_block" => Self::HotelBlock,
            _ => Self::Other,
        }
    }
}

impl PersonRole {
    /// The name stored and shown in JSON ("to_meet", "met").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ToMeet => "to_meet",
            Self::Met => "met",
        }
    }

    pub(super) fn parse(text: &str) -> Self {
        match text {
            "met" => Self::Met,
            _ => Self::ToMeet,
        }
    }
}
