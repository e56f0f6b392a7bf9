//! A record's short name, for a conflict the user reads: a contact's name,
//! an event's title, an interaction's day. Only the record is at hand (not
//! the database), so an item known by what it refers to says its kind and
//! date.

use serde_json::Value;

use super::{Doc, Kind};

/// See [`super::label`].
pub(super) fn label(doc: &Doc) -> String {
    let text = |key: &str| -> String {
        match doc.body.get(key) {
            Some(Value::String(text)) => text.trim().to_owned(),
            _ => String::new(),
        }
    };
    let day = |key: &str| -> String { text(key).chars().take(10).collect() };
    let words = |key: &str| -> String { text(key).replace('_', " ") };
    let with = |what: &str, detail: String| match detail.is_empty() {
        true => what.to_owned(),
        false => format!("{what} {detail}"),
    };
    let label = match doc.kind {
        Kind::Contact => text("display_name"),
        Kind::Organization => text("name"),
        Kind::Event => text("title"),
        Kind::Credit => text("title"),
        Kind::Cycle => text("name"),
        Kind::CustomReminder => text("title"),
        Kind::Mentorship => capital(&words("role")),
        Kind::LetterRequest => with("Letter for", text("program_name")),
        Kind::OwnMilestone => text("title"),
        Kind::Introduction => with("Introduction", format!("({})", words("status"))),
        Kind::Opportunity => text("title"),
        Kind::Membership => text("society"),
        Kind::Affiliation => with(
            &capital(&words("kind")),
            match text("role") {
                role if role.is_empty() => String::new(),
                role => format!("({role})"),
            },
        ),
        Kind::Relationship => capital(&words("kind")),
        Kind::Referral => format!("Referral {} on {}", text("direction"), day("on_date")),
        Kind::Milestone => with(&capital(&words("kind")), format!("on {}", day("on_date"))),
        Kind::Deadline => match text("label") {
            label if label.is_empty() => with(
                &capital(&words("kind")),
                format!("due {}", day("due_local")),
            ),
            label => label,
        },
        Kind::Interaction => match text("topic") {
            topic if topic.is_empty() => format!("Interaction on {}", day("occurred_at")),
            topic => format!("Interaction on {}: {topic}", day("occurred_at")),
        },
        Kind::ReminderState => {
            let reminder = text("reminder_id");
            let kind = reminder
                .split(':')
                .next()
                .unwrap_or_default()
                .replace('_', " ");
            format!("{} reminder ({})", capital(&kind), text("state"))
        }
        Kind::Settings => "Settings".to_owned(),
    };
    let label: String = label.split_whitespace().collect::<Vec<_>>().join(" ");
    match label.chars().count() {
        0 => capital(&doc.kind.name().replace('_', " ")),
        n if n > 80 => label.chars().take(79).chain(['…']).collect(),
        _ => label,
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
