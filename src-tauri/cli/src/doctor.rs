//! `doctor [--repair]`: checks the book (folder, key file, pages,
//! structure, foreign keys, search index) and, with `--repair`, rebuilds the
//! search index and salvages a damaged database. Exit 0 only when all is
//! well at the end. The one command of its area: its clap definition is
//! here too.

use clap::Args;
use curbside_core::repair::{self, Check, Repaired};
use serde::Serialize;

use crate::shared::{output, say, unlock, Global};

/// `doctor`
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Rebuild the search index; salvage a damaged database into a new file.
    #[arg(long)]
    pub repair: bool,
}

/// What `doctor --json` prints.
#[derive(Serialize)]
struct Report<'a> {
    healthy: bool,
    checks: &'a [Check],
    #[serde(skip_serializing_if = "Option::is_none")]
    repaired: Option<&'a Repaired>,
}

pub fn run(global: &Global, args: &DoctorArgs) -> Result<(), String> {
    let dir = unlock::data_folder(global)?;
    let store = unlock::secret_store(global);
    let examine = || unlock::with_secret(|secret| repair::examine(&dir, store.as_ref(), secret));
    let mut examination = examine()?;
    let mut repaired = None;
    if args.repair && !examination.healthy() {
        let key = examination.key.as_ref().ok_or_else(|| {
            format!(
                "cannot repair without the database's key: {}",
                summary(&examination.checks)
            )
        })?;
        repaired = Some(repair::repair(&dir, key, &examination).map_err(|e| e.to_string())?);
        examination = examine()?;
    }
    let healthy = examination.healthy();
    if global.json {
        output::json(&Report {
            healthy,
            checks: &examination.checks,
            repaired: repaired.as_ref(),
        })?;
    } else {
        print_text(&examination.checks, repaired.as_ref());
    }
    if healthy {
        Ok(())
    } else {
        Err(format!(
            "the doctor found problems: {}",
            summary(&examination.checks)
        ))
    }
}

fn summary(checks: &[Check]) -> String {
    let failed: Vec<String> = checks
        .iter()
        .filter(|check| !check.ok)
        .map(|check| {
            format!(
                "{} ({})",
                check.check,
                check
                    .findings
                    .first()
                    .map(String::as_str)
                    .unwrap_or("failed")
            )
        })
        .collect();
    failed.join("; ")
}

fn print_text(checks: &[Check], repaired: Option<&Repaired>) {
    if let Some(salvaged) = repaired.and_then(|r| r.salvaged.as_ref()) {
        say!(
            "Salvaged the damaged database; the damaged file is kept as {}",
            salvaged.damaged_copy
        );
        for table in &salvaged.tables {
            if table.unreadable.is_empty() && table.orphans_left_out == 0 {
                continue;
            }
            let mut line = format!("  {}: {} rows saved", table.table, table.saved);
            if !table.unreadable.is_empty() {
                line.push_str(&format!(
                    "; could not be read: {}",
                    table.unreadable.join(", ")
                ));
            }
            if table.orphans_left_out > 0 {
                line.push_str(&format!(
                    "; {} left out (what they belonged to was lost)",
                    table.orphans_left_out
                ));
            }
            say!("{line}");
        }
        let saved: u64 = salvaged.tables.iter().map(|t| t.saved).sum();
        say!(
            "  {saved} rows saved in all{}",
            if salvaged.complete {
                ", nothing lost"
            } else {
                ""
            }
        );
    } else if repaired.is_some() {
        say!("Rebuilt the search index.");
    }
    for check in checks {
        let mark = if check.ok { "ok" } else { "PROBLEM" };
        say!("{:<13} {mark}", check.check);
        for finding in &check.findings {
            say!("  {finding}");
        }
    }
}
