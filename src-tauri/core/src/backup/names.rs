//! Backup file names: `curbside-2026-12-05T140312.345Z-daily.db`, with the
//! key file and counts beside it in `curbside-2026-12-05T140312.345Z-daily.db.json`.
//! The time comes first and in UTC, so names sort by time, and the reason
//! is in the name, so a folder can be listed (and rotated) without the key
//! and without reading any file.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The daily backup of the running app.
    Daily,
    /// Asked for: `backup` in the CLI, "Back up now" in the app.
    Manual,
    /// Before the schema of the database was updated.
    BeforeMigration,
    /// Before an import.
    BeforeImport,
    /// Before two contacts were merged.
    BeforeMerge,
    /// Before several contacts were deleted at once.
    BeforeBulkDelete,
    /// Before a backup was restored over the database.
    BeforeRestore,
}

impl Reason {
    /// Every reason, for parsing names.
    pub const ALL: [Reason; 7] = [
        Reason::Daily,
        Reason::Manual,
        Reason::BeforeMigration,
        Reason::BeforeImport,
        Reason::BeforeMerge,
        Reason::BeforeBulkDelete,
        Reason::BeforeRestore,
    ];

    /// The word in file names: `daily`, `before-import`.
    pub fn slug(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "manual",
            Reason::BeforeMigration => "before-migration",
            Reason::BeforeImport => "before-import",
            Reason::BeforeMerge => "before-merge",
            Reason::BeforeBulkDelete => "before-bulk-delete",
            Reason::BeforeRestore => "before-restore",
        }
    }

    /// For people: "before an import".
    pub fn label(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "made by hand",
            Reason::BeforeMigration => "before a database update",
            Reason::BeforeImport => "before an import",
            Reason::BeforeMerge => "before a merge",
            Reason::BeforeBulkDelete => "before a bulk delete",
            Reason::BeforeRestore => "before a restore",
        }
    }
}

const PREFIX: &str = "curbside-";
const EXTENSION: &str = ".db";
const STAMP: &str = "%Y-%m-%dT%H%M%S%.3fZ";

/// The file name of a backup made at `at` for `reason`.
pub fn file_name(at: Timestamp, reason: Reason) -> String {
    let stamp = at.strftime(STAMP).to_string();
    format!("{PREFIX}{stamp}-{}{EXTENSION}", reason.slug())
}

/// The time and reason a backup file's name holds, or `None` for a file
/// that is not one of Curbside's backups.
pub fn parse(name: &str) -> Option<(Timestamp, Reason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(EXTENSION)?;
    let (stamp, slug) = rest.split_once("Z-")?;
    let reason = Reason::ALL.into_iter().find(|r| r.slug() == slug)?;
    let civil = jiff::civil::DateTime::strptime("%Y-%m-%dT%H%M%S%.f", stamp).ok()?;
    let at = jiff::tz::TimeZone::UTC.to_timestamp(civil).ok()?;
    Some((at, reason))
}

/// The file beside a backup that holds its key file and counts.
pub fn sidecar(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".json");
    name.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_sorts_by_time_and_reads_back() {
        let at: Timestamp = "2026-12-05T14:03:12.345Z".parse().unwrap();
        let name = file_name(at, Reason::BeforeBulkDelete);
        assert_eq!(
            name,
            "curbside-2026-12-05T140312.345Z-before-bulk-delete.db"
        );
        assert_eq!(parse(&name), Some((at, Reason::BeforeBulkDelete)));
        let later = file_name("2026-12-05T14:03:13Z".parse().unwrap(), Reason::Daily);
        assert!(later > name);
    }

    #[test]
    fn other_files_are_not_backups() {
        for name in [
            "curbside.db",
            "curbside-2026-12-05T140312.345Z-daily.db.json",
            "curbside-2026-12-05T140312.345Z-weekly.db",
            "curbside-yesterday-daily.db",
            ".curbside-2026-12-05T140312.345Z-daily.db.x.partial",
        ] {
            assert_eq!(parse(name), None, "{name}");
        }
    }
}
