//! What each kind of record holds, declared once: its root table, where its
//! uid comes from, the columns that refer to other items, and its child
//! tables. The columns themselves come from the book format's sections
//! (minus row ids and what is rebuilt), so a column a migration adds to
//! the book is synced too. A test compares these declarations with the
//! schema: a table in no kind and not in [`NOT_SYNCED`] fails it.

use super::Kind;
use crate::book::{self, Column, DERIVED_COLUMNS};

/// Where an item's uid lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UidFrom {
    /// The root table's own `uid` column (contacts, events).
    Column,
    /// Table `sync_uids`, by kind and row id.
    Table,
    /// Derived from the reminder id, translated to uids.
    ReminderId,
    /// The one settings record, uid [`SETTINGS_UID`].
    Settings,
}

/// A column that names another item by this computer's row id; a record
/// writes that item's uid instead.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ref {
    /// The column.
    pub column: &'static str,
    /// The kind of item it names.
    pub kind: Kind,
}

/// A table whose rows belong to the root row (replaced with it).
#[derive(Debug, Clone, Copy)]
pub(super) struct Child {
    /// The table.
    pub table: &'static str,
    /// The key the rows have in the record (the table's name, except an
    /// event's changed occurrences: `occurrences`).
    pub key: &'static str,
    /// The column naming the root row; `None` for the settings tables,
    /// which are whole tables.
    pub parent: Option<&'static str>,
    /// Columns naming other items.
    pub refs: &'static [Ref],
    /// An event's child: its row may belong to a changed occurrence, named
    /// in the record's `occurrence` field (`null` for the series itself).
    pub by_occurrence: bool,
}

/// One kind's declaration.
#[derive(Debug)]
pub(super) struct Spec {
    /// The kind.
    pub kind: Kind,
    /// Its root table (`None` for settings, which are child tables only).
    pub table: Option<&'static str>,
    /// Where its uid comes from.
    pub uid: UidFrom,
    /// The root columns naming other items.
    pub refs: &'static [Ref],
    /// Its child tables.
    pub children: &'static [Child],
}

/// The settings record's uid.
pub const SETTINGS_UID: &str = "settings";

/// The field of an event's child row naming the changed occurrence it
/// belongs to (its `recurrence_id`), or `null` for the series.
pub(super) const OCCURRENCE: &str = "occurrence";

/// The key of an event's changed occurrences in its record.
pub(super) const OCCURRENCES: &str = "occurrences";

/// Tables no record carries, with why. (The book format's
/// [`crate::book::DERIVED_TABLES`] and [`crate::book::LOCAL_TABLES`] are
/// here too; a test keeps the lists in step.)
pub const NOT_SYNCED: [(&str, &str); 12] = [
    (
        "reminders_shown",
        "which notifications this computer already showed: another computer shows its own",
    ),
    (
        "reminder_undo",
        "what this computer's last action on a reminder can take back: the undone state travels",
    ),
    (
        "sync_uids",
        "this computer's row ids for uids: every computer numbers its rows itself",
    ),
    (
        "sqlite_sequence",
        "SQLite's id counters: every computer numbers its rows itself",
    ),
    (
        "contact_search",
        "the search index: each computer rebuilds it from the contacts it stores",
    ),
    (
        "contact_name_words",
        "the name words search lists people by: rebuilt from each contact stored",
    ),
    (
        "network_search",
        "the workflows' search index: each computer's triggers fill it from the rows it stores",
    ),
    (
        "event_occurrences",
        "every occurrence of every event: expanded again from each event stored",
    ),
    (
        "sync_account",
        "this computer's account on the server (its password is in the OS keyring)",
    ),
    (
        "sync_collections",
        "the server's collections as this computer last listed them",
    ),
    (
        "sync_resources",
        "the server's resources as this computer last synced them",
    ),
    (
        "sync_conflicts",
        "conflicts waiting for this computer's user",
    ),
];

const fn r(column: &'static str, kind: Kind) -> Ref {
    Ref { column, kind }
}

const fn child(table: &'static str, parent: &'static str, refs: &'static [Ref]) -> Child {
    Child {
        table,
        key: table,
        parent: Some(parent),
        refs,
        by_occurrence: false,
    }
}

const fn event_child(table: &'static str, refs: &'static [Ref]) -> Child {
    Child {
        table,
        key: table,
        parent: Some("event_id"),
        refs,
        by_occurrence: true,
    }
}

const fn whole(table: &'static str) -> Child {
    Child {
        table,
        key: table,
        parent: None,
        refs: &[],
        by_occurrence: false,
    }
}

const fn spec(
    kind: Kind,
    table: &'static str,
    uid: UidFrom,
    refs: &'static [Ref],
    children: &'static [Child],
) -> Spec {
    Spec {
        kind,
        table: Some(table),
        uid,
        refs,
        children,
    }
}

use Kind::*;

/// Every kind's declaration, in [`Kind::ALL`]'s order.
pub(super) static SPECS: [Spec; 20] = [
    Spec {
        kind: Settings,
        table: None,
        uid: UidFrom::Settings,
        refs: &[],
        children: &[
            whole("reminder_settings"),
            whole("message_templates"),
            whole("my_presence"),
            whole("cadence_rules"),
        ],
    },
    spec(Organization, "organizations", UidFrom::Table, &[], &[]),
    spec(
        Contact,
        "contacts",
        UidFrom::Column,
        &[r("introduced_by", Contact)],
        &[
            child("contact_emails", "contact_id", &[]),
            child("contact_phones", "contact_id", &[]),
            child("contact_addresses", "contact_id", &[]),
            child("contact_links", "contact_id", &[]),
            child("contact_tags", "contact_id", &[]),
            child("contact_photos", "contact_id", &[]),
            child("contact_cadences", "contact_id", &[]),
        ],
    ),
    spec(
        Affiliation,
        "affiliations",
        UidFrom::Table,
        &[r("contact_id", Contact), r("organization_id", Organization)],
        &[],
    ),
    spec(
        Relationship,
        "relationships",
        UidFrom::Table,
        &[r("contact_id", Contact), r("other_contact_id", Contact)],
        &[],
    ),
    spec(
        Milestone,
        "milestones",
        UidFrom::Table,
        &[r("contact_id", Contact)],
        &[],
    ),
    spec(
        Event,
        "events",
        UidFrom::Column,
        &[r("organizer_id", Organization)],
        &[
            Child {
                table: "events",
                key: OCCURRENCES,
                parent: Some("series_id"),
                refs: &[r("organizer_id", Organization)],
                by_occurrence: false,
            },
            event_child("event_exclusions", &[]),
            event_child("event_people", &[r("contact_id", Contact)]),
            event_child("event_sessions", &[]),
        ],
    ),
    spec(
        Deadline,
        "event_deadlines",
        UidFrom::Table,
        &[r("event_id", Event)],
        &[],
    ),
    spec(
        Interaction,
        "interactions",
        UidFrom::Table,
        &[r("event_id", Event)],
        &[child(
            "interaction_contacts",
            "interaction_id",
            &[r("contact_id", Contact)],
        )],
    ),
    spec(
        Credit,
        "cme_credits",
        UidFrom::Table,
        &[r("event_id", Event)],
        &[
            child("cme_credit_topics", "credit_id", &[]),
            child("cme_certificates", "credit_id", &[]),
        ],
    ),
    spec(
        Cycle,
        "cme_cycles",
        UidFrom::Table,
        &[],
        &[
            child("cme_cycle_minimums", "cycle_id", &[]),
            child("cme_cycle_total_types", "cycle_id", &[]),
        ],
    ),
    spec(
        Opportunity,
        "opportunities",
        UidFrom::Table,
        &[],
        &[
            child(
                "opportunity_people",
                "opportunity_id",
                &[r("contact_id", Contact)],
            ),
            child("opportunity_statuses", "opportunity_id", &[]),
        ],
    ),
    spec(
        Membership,
        "memberships",
        UidFrom::Table,
        &[],
        &[
            child("membership_roles", "membership_id", &[]),
            child(
                "membership_events",
                "membership_id",
                &[r("event_id", Event)],
            ),
        ],
    ),
    spec(
        Referral,
        "referrals",
        UidFrom::Table,
        &[r("contact_id", Contact)],
        &[],
    ),
    spec(
        CustomReminder,
        "custom_reminders",
        UidFrom::Table,
        &[r("contact_id", Contact), r("event_id", Event)],
        &[],
    ),
    spec(
        Mentorship,
        "mentorships",
        UidFrom::Table,
        &[r("contact_id", Contact)],
        &[
            child("mentorship_goals", "mentorship_id", &[]),
            child("mentorship_meetings", "mentorship_id", &[]),
            child("mentorship_actions", "mentorship_id", &[]),
        ],
    ),
    spec(
        LetterRequest,
        "letter_requests",
        UidFrom::Table,
        &[r("contact_id", Contact)],
        &[],
    ),
    spec(
        Introduction,
        "introductions",
        UidFrom::Table,
        &[r("from_contact_id", Contact), r("to_contact_id", Contact)],
        &[child("introduction_steps", "introduction_id", &[])],
    ),
    spec(OwnMilestone, "own_milestones", UidFrom::Table, &[], &[]),
    spec(
        ReminderState,
        "reminder_states",
        UidFrom::ReminderId,
        &[],
        &[],
    ),
];

/// The declaration of `kind`.
pub(super) fn spec_of(kind: Kind) -> &'static Spec {
    SPECS
        .iter()
        .find(|spec| spec.kind == kind)
        .expect("every kind is declared")
}

/// Columns of `table` never in a record: row ids, what is rebuilt, and
/// what the record says otherwise (its uid, its parent).
fn left_out(table: &str, column: &str) -> bool {
    column == "id"
        || DERIVED_COLUMNS.contains(&(table, column))
        || (table == "contacts" && column == "uid")
        || (table == "events" && ["uid", "series_id"].contains(&column))
}

/// The columns a record carries of `table`, leaving out `also` (a child's
/// parent column; the series' `recurrence_id`, always null).
pub(super) fn columns(table: &str, also: &[&str]) -> Vec<Column> {
    book::section(table)
        .map(|section| {
            section
                .columns
                .iter()
                .filter(|c| !left_out(table, c.name) && !also.contains(&c.name))
                .copied()
                .collect()
        })
        .unwrap_or_default()
}

/// The root columns of `spec`'s records.
pub(super) fn root_columns(spec: &Spec) -> Vec<Column> {
    match spec.table {
        Some("events") => columns("events", &["recurrence_id"]),
        Some(table) => columns(table, &[]),
        None => Vec::new(),
    }
}

/// The columns of `child`'s rows in a record.
pub(super) fn child_columns(child: &Child) -> Vec<Column> {
    match child.parent {
        Some(parent) => columns(child.table, &[parent]),
        None => columns(child.table, &[]),
    }
}

/// Every table some kind carries, with the columns it carries there (for
/// the test that compares them with the schema).
pub fn carried() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut all = Vec::new();
    for spec in &SPECS {
        if let Some(table) = spec.table {
            let mut names: Vec<&str> = root_columns(spec).iter().map(|c| c.name).collect();
            if spec.uid == UidFrom::Column {
                names.push("uid");
            }
            if table == "events" {
                names.extend(["series_id", "recurrence_id"]);
            }
            all.push((table, names));
        }
        for child in spec.children {
            let mut names: Vec<&str> = child_columns(child).iter().map(|c| c.name).collect();
            names.extend(child.parent);
            if child.table == "events" {
                names.push("uid");
            }
            all.push((child.table, names));
        }
    }
    all
}
