//! What a book holds, declared once: every table the format carries (a
//! section each, named for its table), the columns it carries, and what is
//! left out because it is rebuilt on import. The export, the import and the
//! test that compares this list with the schema all read it, so a table or
//! column a migration adds and this list forgets fails that test.

/// How a field is written in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number.
    Int,
    /// A number.
    Real,
    /// A string.
    Text,
    /// Bytes, as a base64 string (RFC 4648, with padding).
    Blob,
}

/// One field of a record: a column of the section's table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name, in the JSON and in the table.
    pub name: &'static str,
    /// How it is written.
    pub kind: Kind,
}

/// One section of a book: the records of one table.
#[derive(Debug)]
pub struct Section {
    /// Its name, in the JSON and as a table.
    pub name: &'static str,
    /// The primary key, by which the records are in order.
    pub order_by: &'static str,
    /// The fields each record carries.
    pub columns: &'static [Column],
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

use Kind::{Blob, Int, Real, Text};

/// Tables rebuilt from the sections on import, never written: the
/// full-text index (and the tables FTS5 keeps it in), the name words
/// search lists people by, every occurrence of every event, and the
/// networking workflows' full-text index (filled by triggers as the
/// workflows' rows are written).
pub const DERIVED_TABLES: [&str; 4] = [
    "contact_search",
    "contact_name_words",
    "event_occurrences",
    "network_search",
];

/// Tables of this computer's sync with a server (the account, the server's
/// collections and resources as last seen, conflicts waiting), and what its
/// last action on each reminder can take back: they belong to this
/// computer, not to the book, and never travel in one.
pub const LOCAL_TABLES: [&str; 5] = [
    "sync_account",
    "sync_collections",
    "sync_resources",
    "sync_conflicts",
    "reminder_undo",
];

/// Columns of carried tables rebuilt on import: a contact's folded name
/// (search), when the user was last in touch and that interaction's note.
pub const DERIVED_COLUMNS: [(&str, &str); 3] = [
    ("contacts", "last_interaction_at"),
    ("contacts", "name_folded"),
    ("contacts", "last_note"),
];

/// Every section, in the order a book lists them.
pub static SECTIONS: &[Section] = &[
    Section {
        name: "contacts",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("display_name", Text),
            col("credentials", Text),
            col("specialty", Text),
            col("institution", Text),
            col("notes", Text),
            col("created_at", Text),
            col("updated_at", Text),
            col("name_prefix", Text),
            col("given_name", Text),
            col("middle_name", Text),
            col("family_name", Text),
            col("name_suffix", Text),
            col("nickname", Text),
            col("pronouns", Text),
            col("subspecialty", Text),
            col("field", Text),
            col("department", Text),
            col("title", Text),
            col("birthday", Text),
            col("time_zone", Text),
            col("met_on", Text),
            col("met_at", Text),
            col("introduced_by", Int),
            col("uid", Text),
            col("extra", Text),
        ],
    },
    Section {
        name: "contact_emails",
        order_by: "contact_id, position",
        columns: &[
            col("contact_id", Int),
            col("position", Int),
            col("address", Text),
        ],
    },
    Section {
        name: "contact_phones",
        order_by: "contact_id, position",
        columns: &[
            col("contact_id", Int),
            col("position", Int),
            col("number", Text),
        ],
    },
    Section {
        name: "contact_addresses",
        order_by: "contact_id, position",
        columns: &[
            col("contact_id", Int),
            col("position", Int),
            col("label", Text),
            col("po_box", Text),
            col("extended", Text),
            col("street", Text),
            col("locality", Text),
            col("region", Text),
            col("postal_code", Text),
            col("country", Text),
        ],
    },
    Section {
        name: "contact_links",
        order_by: "contact_id, position",
        columns: &[
            col("contact_id", Int),
            col("position", Int),
            col("label", Text),
            col("url", Text),
        ],
    },
    Section {
        name: "contact_tags",
        order_by: "contact_id, tag",
        columns: &[col("contact_id", Int), col("tag", Text)],
    },
    Section {
        name: "contact_photos",
        order_by: "contact_id",
        columns: &[
            col("contact_id", Int),
            col("media_type", Text),
            col("data", Blob),
        ],
    },
    Section {
        name: "organizations",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("name", Text),
            col("kind", Text),
            col("city", Text),
            col("country", Text),
            col("website", Text),
            col("notes", Text),
        ],
    },
    Section {
        name: "affiliations",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("organization_id", Int),
            col("kind", Text),
            col("role", Text),
            col("starts_on", Text),
            col("ends_on", Text),
        ],
    },
    Section {
        name: "relationships",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("other_contact_id", Int),
            col("kind", Text),
            col("label", Text),
        ],
    },
    Section {
        name: "contact_cadences",
        order_by: "contact_id",
        columns: &[col("contact_id", Int), col("days", Int)],
    },
    Section {
        name: "cadence_rules",
        order_by: "kind, target",
        columns: &[col("kind", Text), col("target", Text), col("days", Int)],
    },
    Section {
        name: "milestones",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("kind", Text),
            col("on_date", Text),
            col("note", Text),
            col("source", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "events",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("uid", Text),
            col("series_id", Int),
            col("recurrence_id", Text),
            col("kind", Text),
            col("title", Text),
            col("organizer_id", Int),
            col("all_day", Int),
            col("starts_local", Text),
            col("ends_local", Text),
            col("time_zone", Text),
            col("location", Text),
            col("online", Int),
            col("url", Text),
            col("notes", Text),
            col("expected_credits", Real),
            col("cost", Text),
            col("status", Text),
            col("recurrence", Text),
            col("created_at", Text),
            col("updated_at", Text),
        ],
    },
    Section {
        name: "event_exclusions",
        order_by: "event_id, recurrence_id",
        columns: &[col("event_id", Int), col("recurrence_id", Text)],
    },
    Section {
        name: "event_sessions",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("event_id", Int),
            col("title", Text),
            col("starts_local", Text),
            col("ends_local", Text),
            col("room", Text),
        ],
    },
    Section {
        name: "event_deadlines",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("event_id", Int),
            col("kind", Text),
            col("label", Text),
            col("due_local", Text),
            col("time_zone", Text),
            col("due_at", Text),
            col("done", Int),
        ],
    },
    Section {
        name: "event_people",
        order_by: "event_id, contact_id, role",
        columns: &[
            col("event_id", Int),
            col("contact_id", Int),
            col("role", Text),
            col("note", Text),
            col("added_at", Text),
        ],
    },
    Section {
        name: "interactions",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("kind", Text),
            col("occurred_at", Text),
            col("time_zone", Text),
            col("note", Text),
            col("created_at", Text),
            col("event_id", Int),
            col("topic", Text),
        ],
    },
    Section {
        name: "interaction_contacts",
        order_by: "interaction_id, contact_id",
        columns: &[col("interaction_id", Int), col("contact_id", Int)],
    },
    Section {
        name: "cme_credits",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("earned_on", Text),
            col("title", Text),
            col("provider", Text),
            col("credit_type", Text),
            col("type_label", Text),
            col("hours", Real),
            col("event_id", Int),
            col("notes", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "cme_credit_topics",
        order_by: "credit_id, topic",
        columns: &[col("credit_id", Int), col("topic", Text)],
    },
    Section {
        name: "cme_certificates",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("credit_id", Int),
            col("file_name", Text),
            col("media_type", Text),
            col("content", Blob),
            col("added_at", Text),
        ],
    },
    Section {
        name: "cme_cycles",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("name", Text),
            col("kind", Text),
            col("authority", Text),
            col("starts_on", Text),
            col("ends_on", Text),
            col("total_hours", Real),
            col("notes", Text),
        ],
    },
    Section {
        name: "cme_cycle_minimums",
        order_by: "cycle_id, kind, key",
        columns: &[
            col("cycle_id", Int),
            col("kind", Text),
            col("key", Text),
            col("hours", Real),
        ],
    },
    Section {
        name: "cme_cycle_total_types",
        order_by: "cycle_id, credit_type",
        columns: &[col("cycle_id", Int), col("credit_type", Text)],
    },
    Section {
        name: "opportunities",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("title", Text),
            col("kind", Text),
            col("status", Text),
            col("deadline", Text),
            col("link", Text),
            col("notes", Text),
            col("created_at", Text),
            col("updated_at", Text),
        ],
    },
    Section {
        name: "opportunity_people",
        order_by: "opportunity_id, contact_id, role",
        columns: &[
            col("opportunity_id", Int),
            col("contact_id", Int),
            col("role", Text),
        ],
    },
    Section {
        name: "opportunity_statuses",
        order_by: "opportunity_id, position",
        columns: &[
            col("opportunity_id", Int),
            col("position", Int),
            col("status", Text),
            col("on_date", Text),
        ],
    },
    Section {
        name: "memberships",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("society", Text),
            col("member_number", Text),
            col("since", Text),
            col("dues_amount", Real),
            col("dues_currency", Text),
            col("renews_on", Text),
            col("renews_yearly", Int),
            col("status", Text),
            col("notes", Text),
            col("created_at", Text),
            col("updated_at", Text),
        ],
    },
    Section {
        name: "membership_roles",
        order_by: "membership_id, position",
        columns: &[
            col("membership_id", Int),
            col("position", Int),
            col("committee", Text),
            col("role", Text),
            col("from_on", Text),
            col("to_on", Text),
        ],
    },
    Section {
        name: "membership_events",
        order_by: "membership_id, event_id",
        columns: &[col("membership_id", Int), col("event_id", Int)],
    },
    Section {
        name: "referrals",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("direction", Text),
            col("on_date", Text),
            col("specialty", Text),
            col("reason", Text),
            col("note", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "custom_reminders",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("title", Text),
            col("note", Text),
            col("contact_id", Int),
            col("event_id", Int),
            col("at_local", Text),
            col("time_zone", Text),
            col("recurrence", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "mentorships",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("role", Text),
            col("every_weeks", Int),
            col("started_on", Text),
            col("notes", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "mentorship_goals",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("mentorship_id", Int),
            col("text", Text),
            col("target_on", Text),
            col("done", Int),
            col("uid", Text),
        ],
    },
    Section {
        name: "mentorship_meetings",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("mentorship_id", Int),
            col("number", Int),
            col("held_on", Text),
            col("notes", Text),
        ],
    },
    Section {
        name: "mentorship_actions",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("mentorship_id", Int),
            col("meeting_number", Int),
            col("text", Text),
            col("done", Int),
        ],
    },
    Section {
        name: "letter_requests",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("contact_id", Int),
            col("writer", Text),
            col("program", Text),
            col("program_name", Text),
            col("deadline", Text),
            col("decision_on", Text),
            col("status", Text),
            col("submitted_on", Text),
            col("outcome", Text),
            col("notes", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "reminder_states",
        order_by: "reminder_id",
        columns: &[
            col("reminder_id", Text),
            col("state", Text),
            col("until", Text),
            col("acted_at", Text),
        ],
    },
    Section {
        name: "reminders_shown",
        order_by: "reminder_id",
        columns: &[col("reminder_id", Text), col("shown_at", Text)],
    },
    Section {
        name: "reminder_settings",
        order_by: "id",
        columns: &[col("id", Int), col("settings", Text)],
    },
    Section {
        name: "message_templates",
        order_by: "kind",
        columns: &[col("kind", Text), col("subject", Text), col("body", Text)],
    },
    Section {
        name: "my_presence",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("name", Text),
            col("credentials", Text),
            col("bio", Text),
            col("pitch", Text),
            col("doximity", Text),
            col("linkedin", Text),
            col("orcid", Text),
            col("website", Text),
            col("cv_path", Text),
        ],
    },
    Section {
        name: "introductions",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("from_contact_id", Int),
            col("to_contact_id", Int),
            col("reason", Text),
            col("status", Text),
            col("from_answer", Text),
            col("to_answer", Text),
            col("introduced_on", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "introduction_steps",
        order_by: "introduction_id, seq",
        columns: &[
            col("introduction_id", Int),
            col("seq", Int),
            col("status", Text),
            col("side", Text),
            col("on_day", Text),
            col("at", Text),
        ],
    },
    Section {
        name: "own_milestones",
        order_by: "id",
        columns: &[
            col("id", Int),
            col("kind", Text),
            col("title", Text),
            col("happened_on", Text),
            col("note", Text),
            col("created_at", Text),
        ],
    },
    Section {
        name: "sync_uids",
        order_by: "kind, local_id",
        columns: &[col("kind", Text), col("local_id", Int), col("uid", Text)],
    },
];

/// The section named `name`.
pub fn section(name: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|section| section.name == name)
}
