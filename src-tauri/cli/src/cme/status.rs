//! `curbside-cli cme status` and `cme report`: where each license and board
//! cycle stands (what is missing, in total, by credit type and by topic,
//! and how many days are left), and the report a renewal asks for.

use std::io::Write;

use curbside_core::cme::{self, Credit, Cycle, CycleProgress, HoursLine, Shortfall};
use curbside_core::files;
use jiff::civil::Date;
use jiff::ZonedDateTime;
use serde::Serialize;

use super::args::{ReportArgs, ReportFormatArg, StatusArgs};
use crate::shared::{fail, note, output, say, unlock, wall_clock, Global};

/// Prints every cycle's progress on `--at` (default today): only credits
/// earned by that day count, and the days left run from it.
pub fn status(global: &Global, args: &StatusArgs) -> Result<(), String> {
    let today = day(args.at.as_deref())?;
    let db = unlock::open(global)?;
    let mut progress = cme::status(&db, today).map_err(fail)?;
    if args.with_credits {
        for cycle in &mut progress {
            *cycle = cme::report(&db, cycle.cycle.id, today).map_err(fail)?;
        }
    }
    if global.json {
        let listed: Vec<CycleStatus> = progress
            .iter()
            .map(|progress| CycleStatus::new(progress, args.with_credits))
            .collect();
        return output::json(&listed);
    }
    if progress.is_empty() {
        say!("No cycles yet: add one with `cme cycle add`.");
    }
    for (i, progress) in progress.iter().enumerate() {
        if i > 0 {
            say!();
        }
        print_progress(progress, args.with_credits);
    }
    Ok(())
}

/// Writes one cycle's renewal report to `--out` or standard output.
pub fn report(global: &Global, args: &ReportArgs) -> Result<(), String> {
    let today = day(args.at.as_deref())?;
    let db = unlock::open(global)?;
    let progress = cme::report(&db, args.cycle, today).map_err(fail)?;
    let text = match args.format {
        ReportFormatArg::Csv => cme::report_csv(&progress),
        ReportFormatArg::Html => cme::report_html(&progress),
    };
    match &args.out {
        Some(path) => {
            files::write_atomically(path, text.as_bytes()).map_err(|e| e.to_string())?;
            note!(
                "Wrote the report for {} to {}",
                progress.cycle.name,
                path.display()
            );
        }
        None => output::Stdout
            .write_all(text.as_bytes())
            .map_err(|e| format!("could not write the report: {e}"))?,
    }
    Ok(())
}

/// `--at`, or today on this computer's calendar.
fn day(at: Option<&str>) -> Result<Date, String> {
    match at {
        Some(text) => wall_clock::date(text),
        None => Ok(ZonedDateTime::now().date()),
    }
}

/// A cycle's progress as `cme status --json` prints it: the cycle's own
/// fields (with its `id`) at the top, the credits only when asked for.
#[derive(Serialize)]
struct CycleStatus<'a> {
    #[serde(flatten)]
    cycle: &'a Cycle,
    total: &'a HoursLine,
    by_type: &'a [HoursLine],
    by_topic: &'a [HoursLine],
    days_left: i64,
    complete: bool,
    missing: &'a [Shortfall],
    #[serde(skip_serializing_if = "Option::is_none")]
    credits: Option<&'a [Credit]>,
}

impl<'a> CycleStatus<'a> {
    fn new(progress: &'a CycleProgress, with_credits: bool) -> Self {
        Self {
            cycle: &progress.cycle,
            total: &progress.total,
            by_type: &progress.by_type,
            by_topic: &progress.by_topic,
            days_left: progress.days_left,
            complete: progress.complete,
            missing: &progress.missing,
            credits: with_credits.then_some(progress.credits.as_slice()),
        }
    }
}

fn print_progress(progress: &CycleProgress, with_credits: bool) {
    let cycle = &progress.cycle;
    let authority = match cycle.authority.as_str() {
        "" => String::new(),
        authority => format!(", {authority}"),
    };
    say!(
        "{}  (cycle {}, {}{authority})",
        cycle.name,
        cycle.id,
        cycle.kind.as_str()
    );
    let left = match progress.days_left {
        days if days < 0 => format!("ended {} days ago", -days),
        0 => "ends today".to_owned(),
        1 => "1 day left".to_owned(),
        days => format!("{days} days left"),
    };
    let standing = if progress.complete {
        "complete".to_owned()
    } else {
        progress.missing_in_words()
    };
    say!(
        "{} to {}, {left}: {standing}",
        cycle.starts_on,
        cycle.ends_on
    );
    let lines = std::iter::once(&progress.total)
        .chain(&progress.by_type)
        .chain(&progress.by_topic);
    let rows: Vec<Vec<String>> = lines
        .map(|line| {
            vec![
                line.label.clone(),
                format!("{:>8}", hours(line.required)),
                format!("{:>6}", hours(line.earned)),
                format!("{:>7}", hours(line.missing)),
            ]
        })
        .collect();
    output::table(&["", "REQUIRED", "EARNED", "MISSING"], &rows, 40);
    if with_credits {
        for credit in &progress.credits {
            say!(
                "  {}  {:>6} h  {}",
                credit.earned_on,
                hours(credit.hours),
                credit.title
            );
        }
    }
}

/// Hours as people write them: 12, 12.5, 0.25.
fn hours(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::hours;

    #[test]
    fn hours_print_without_trailing_zeros() {
        assert_eq!(hours(12.0), "12");
        assert_eq!(hours(12.5), "12.5");
        assert_eq!(hours(0.25), "0.25");
        assert_eq!(hours(0.0), "0");
    }
}
