//! The `cme` commands as clap parses them: credit entries with their
//! certificates, license and board cycles, progress and renewal reports
//! (docs/CLI.md).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use curbside_core::choice::{self, Choice};
use curbside_core::cme::{CreditType, CycleKind};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `cme …`
#[derive(Debug, Subcommand)]
pub enum CmeCommand {
    /// Record CME credits and list them.
    #[command(subcommand, visible_alias = "credits")]
    Credit(CreditCommand),
    /// The license and board cycles your credits count toward.
    #[command(subcommand, visible_alias = "cycles")]
    Cycle(CycleCommand),
    /// Where each cycle stands: required, earned and missing hours in total, by type and by topic.
    #[command(after_help = "Example:\n  curbside-cli cme status --at 2026-06-30 --json")]
    Status(StatusArgs),
    /// Write a cycle's report for a license renewal, as CSV or a printable HTML page.
    #[command(
        after_help = "Example:\n  curbside-cli cme report --cycle 2 --format html --out ca-renewal-2027.html"
    )]
    Report(ReportArgs),
}

/// `cme credit …`
#[derive(Debug, Subcommand)]
pub enum CreditCommand {
    /// Record a credit entry, with its certificate if you have it.
    #[command(
        after_help = "Example:\n  curbside-cli cme credit add --date 2026-08-30 --title \"ESC Congress 2026, day 3\" \\\n    --type ama-pra-1 --hours 6.5 --topic ethics --event 12 --certificate esc-day3.pdf"
    )]
    Add(CreditAddArgs),
    /// List credit entries, newest first.
    #[command(
        after_help = "Example:\n  curbside-cli cme credit list --from 2026-01-01 --to 2026-12-31 --json"
    )]
    List(CreditListArgs),
    /// Delete a credit entry with its certificates.
    #[command(after_help = "Example:\n  curbside-cli cme credit delete 7")]
    Delete(CreditIdArg),
}

/// `cme credit add`
#[derive(Debug, Args)]
pub struct CreditAddArgs {
    /// The day it was earned, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The activity's title.
    #[arg(long, value_name = "T")]
    pub title: String,
    /// The kind of credit.
    #[arg(long = "type", value_name = "TYPE", value_parser = choice::<CreditType>(), ignore_case = true)]
    pub credit_type: CreditType,
    /// What kind of credit, for --type other ("EACCME", "MOC Part II").
    #[arg(long, value_name = "LABEL", required_if_eq("credit_type", "other"))]
    pub type_label: Option<String>,
    /// Hours, in decimals (e.g. 0.25, 6.5).
    #[arg(long, value_name = "H")]
    pub hours: f64,
    /// A special topic it covers: opioids, ethics, pain, implicit_bias, substance_use_disorder, or your own (repeat for more).
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// The event it was earned at.
    #[arg(long, value_name = "ID")]
    pub event: Option<i64>,
    /// A certificate to attach, PDF or image (repeat for more).
    #[arg(long = "certificate", value_name = "FILE")]
    pub certificates: Vec<PathBuf>,
    /// Who accredited it.
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `cme credit list`
#[derive(Debug, Args)]
pub struct CreditListArgs {
    /// Only credits earned on or after this day.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only credits earned on or before this day.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// A credit entry's id.
#[derive(Debug, Args)]
pub struct CreditIdArg {
    /// The credit entry's id.
    pub id: i64,
}

/// `cme cycle …`
#[derive(Debug, Subcommand)]
// Parsed once per run: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum CycleCommand {
    /// Record a license or board cycle and what it requires.
    #[command(
        after_help = "Example:\n  curbside-cli cme cycle add --name \"California license 2025–2027\" --authority \"Medical Board of California\" \\\n    --start 2025-02-01 --end 2027-01-31 --hours 50 --type ama-pra-1 --topic pain=12"
    )]
    Add(CycleAddArgs),
    /// List the cycles, the one ending soonest first.
    #[command(after_help = "Example:\n  curbside-cli cme cycle list --json")]
    List,
}

/// `cme cycle add`
#[derive(Debug, Args)]
pub struct CycleAddArgs {
    /// e.g. "California medical license 2025–2027".
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// The first day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub start: String,
    /// The last day, included.
    #[arg(long, value_name = "DATE")]
    pub end: String,
    /// Total hours required.
    #[arg(long, value_name = "H")]
    pub hours: f64,
    /// A credit type the total counts (repeat for more; default: every type).
    #[arg(long = "type", value_name = "TYPE", value_parser = choice::<CreditType>())]
    pub types: Vec<CreditType>,
    /// Minimum hours of one credit type, e.g. ama-pra-1=25 (repeat for more).
    #[arg(long = "min-type", value_name = "TYPE=HOURS", value_parser = type_minimum)]
    pub type_minimums: Vec<(CreditType, f64)>,
    /// Minimum hours of one special topic, e.g. opioids=2 (repeat for more).
    #[arg(long = "topic", value_name = "TOPIC=HOURS", value_parser = topic_minimum)]
    pub topic_minimums: Vec<(String, f64)>,
    /// A medical license or a board certification.
    #[arg(long, value_parser = choice::<CycleKind>(), default_value = "license")]
    pub kind: CycleKind,
    /// The state, country or board ("Medical Board of California", "ABIM").
    #[arg(long, value_name = "NAME")]
    pub authority: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `cme status`
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The day to measure on (default: today): credits earned after it do not count.
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// List the credits that count in each cycle, too.
    #[arg(long)]
    pub with_credits: bool,
}

/// `cme report`
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The cycle.
    #[arg(long, value_name = "ID")]
    pub cycle: i64,
    /// CSV, or a printable HTML page ("Save as PDF" from a browser).
    #[arg(long, value_parser = choice::<ReportFormatArg>(), default_value = "csv")]
    pub format: ReportFormatArg,
    /// The file to write (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The day to measure on (default: today): credits earned after it do not count.
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

/// Formats `cme report` writes: the core's `report_csv` and `report_html`.
#[derive(Debug, Clone, Copy)]
pub enum ReportFormatArg {
    Csv,
    Html,
}

curbside_core::choices!(ReportFormatArg, "report format", [
    Csv = "csv": "A summary block, then one row per credit",
    Html = "html": "A self-contained page to print",
]);

/// Reads `KEY=HOURS`.
fn key_hours(text: &str) -> Result<(&str, f64), String> {
    let (key, hours) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("\"{text}\" is not KEY=HOURS, e.g. opioids=2"))?;
    let hours: f64 = hours
        .trim()
        .parse()
        .ok()
        .filter(|h: &f64| h.is_finite() && *h >= 0.0)
        .ok_or_else(|| format!("\"{}\" is not a number of hours", hours.trim()))?;
    match key.trim() {
        "" => Err(format!("\"{text}\" names nothing before the =")),
        key => Ok((key, hours)),
    }
}

fn type_minimum(text: &str) -> Result<(CreditType, f64), String> {
    let (key, hours) = key_hours(text)?;
    let kind = choice::parse::<CreditType>(key).map_err(|_| {
        let mut names: Vec<String> = CreditType::ALL
            .iter()
            .map(|kind| kind.flag_name())
            .collect();
        let last = names.pop().unwrap_or_default();
        format!(
            "\"{key}\" is not a credit type: use {} or {last}",
            names.join(", ")
        )
    })?;
    Ok((kind, hours))
}

fn topic_minimum(text: &str) -> Result<(String, f64), String> {
    key_hours(text).map(|(key, hours)| (key.to_owned(), hours))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimums_read_as_key_and_hours_in_either_spelling() {
        assert_eq!(
            type_minimum("ama_pra_1=25").unwrap(),
            (CreditType::AmaPra1, 25.0)
        );
        assert_eq!(
            type_minimum("AOA-1A=0.5").unwrap(),
            (CreditType::Aoa1a, 0.5)
        );
        assert_eq!(
            topic_minimum("implicit bias=1.5").unwrap(),
            ("implicit bias".to_owned(), 1.5)
        );
        assert!(topic_minimum("opioids").unwrap_err().contains("KEY=HOURS"));
        assert!(topic_minimum("opioids=lots").is_err());
        assert!(topic_minimum("=2").is_err());
        assert_eq!(
            type_minimum("cat1=2").unwrap_err(),
            "\"cat1\" is not a credit type: use ama-pra-1, ama-pra-2, aoa-1a, aoa-1b, aoa-2a, aoa-2b or other"
        );
    }
}
