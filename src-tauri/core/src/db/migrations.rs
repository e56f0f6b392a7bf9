//! The schema, as an append-only list of migrations. Never edit a migration
//! that has shipped: add a new one. All pending migrations run in one
//! transaction, and `user_version` records how far a database has come.

use rusqlite_migration::{Migrations, M};

const STEPS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/001_contacts.sql")),
    M::up(include_str!(
        "../../migrations/002_profiles_interactions_search.sql"
    )),
    M::up(include_str!(
        "../../migrations/003_organizations_relationships_recency.sql"
    )),
];

/// Every migration, oldest first.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}
