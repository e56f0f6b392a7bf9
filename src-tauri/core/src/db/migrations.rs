//! The schema, as an append-only list of migrations. Never edit a migration
//! that has shipped: add a new one. All pending migrations run in one
//! transaction, and `user_version` records how far a database has come.

use std::sync::LazyLock;

use rusqlite_migration::{HookResult, Migrations, M};

/// The steps, oldest first. A step that needs Rust (folding names, which
/// SQLite cannot do) runs it as a hook inside the same transaction.
fn steps() -> Vec<M<'static>> {
    vec![
        M::up(include_str!("../../migrations/001_contacts.sql")),
        M::up(include_str!(
            "../../migrations/002_profiles_interactions_search.sql"
        )),
        M::up(include_str!(
            "../../migrations/003_organizations_relationships_recency.sql"
        )),
        M::up_with_hook(
            include_str!("../../migrations/004_name_words.sql"),
            fill_name_words,
        ),
        M::up(include_str!("../../migrations/005_events_cme.sql")),
        M::up(include_str!("../../migrations/006_cme_progress_index.sql")),
        M::up(include_str!("../../migrations/007_reminders.sql")),
        M::up(include_str!("../../migrations/008_message_templates.sql")),
        M::up(include_str!("../../migrations/009_reminder_speed.sql")),
        M::up_with_hook(
            include_str!("../../migrations/010_reminder_subjects.sql"),
            never_reused_ids,
        ),
        M::up(include_str!("../../migrations/011_interaction_topics.sql")),
        M::up(include_str!("../../migrations/012_job_history.sql")),
        M::up(include_str!("../../migrations/013_sync.sql")),
        M::up(include_str!("../../migrations/014_sync_uids.sql")),
        M::up(include_str!("../../migrations/015_referrals.sql")),
        M::up(include_str!(
            "../../migrations/016_introductions_presence.sql"
        )),
        M::up(include_str!("../../migrations/017_mentorship.sql")),
        M::up(include_str!(
            "../../migrations/018_opportunities_memberships.sql"
        )),
        M::up(include_str!(
            "../../migrations/019_workflow_reminders_forgotten.sql"
        )),
        M::up_with_hook(
            include_str!("../../migrations/020_network_search.sql"),
            fill_network_search,
        ),
        M::up_with_hook(
            include_str!("../../migrations/021_mentorship_goal_uids.sql"),
            goal_uids,
        ),
        M::up(include_str!("../../migrations/022_reminder_undo.sql")),
        M::up(include_str!(
            "../../migrations/023_contacts_for_reminders.sql"
        )),
        M::up(include_str!("../../migrations/024_contact_list_lines.sql")),
        M::up_with_hook(
            include_str!("../../migrations/025_checks_as_comparisons.sql"),
            checks_as_comparisons,
        ),
    ]
}

/// Migration 004's hook: the folded names of the contacts already stored.
fn fill_name_words(tx: &rusqlite::Transaction<'_>) -> HookResult {
    Ok(crate::contacts::search_index::fill_names(tx)?)
}

/// Migration 010's hook: ids never reused, and the reminder records an
/// earlier reuse misapplied forgotten.
fn never_reused_ids(tx: &rusqlite::Transaction<'_>) -> HookResult {
    super::never_reused::rebuild(tx)?;
    crate::reminders::forget_stale(tx)?;
    Ok(())
}

/// Migration 020's hook: the workflow rows already stored, indexed.
fn fill_network_search(tx: &rusqlite::Transaction<'_>) -> HookResult {
    Ok(crate::search::network::rebuild(tx)?)
}

/// Migration 021's hook: the goals of a synced mentorship get the uid every
/// computer derives alike.
fn goal_uids(tx: &rusqlite::Transaction<'_>) -> HookResult {
    Ok(super::goal_uids::derive(tx)?)
}

/// Migration 025's hook: the CHECKs' constant lists as comparisons.
fn checks_as_comparisons(tx: &rusqlite::Transaction<'_>) -> HookResult {
    super::checks::as_comparisons(tx)
}

/// Every migration, oldest first.
pub static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| Migrations::new(steps()));

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    steps().len() as i64
}
