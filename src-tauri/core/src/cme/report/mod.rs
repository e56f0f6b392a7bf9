//! A cycle's report for a license renewal, in two forms from the same
//! content: CSV for a spreadsheet ([`spreadsheet`]) and a printable page for
//! "Print" or "Save as PDF" ([`printable`]). Both start with the cycle and
//! what it asks, then list every credit that counts.

mod printable;
mod spreadsheet;

pub use printable::report_html;
pub use spreadsheet::report_csv;

use jiff::civil::Date;
use jiff::SignedDuration;

use super::progress::counts_in_total;
use super::{topic_label, Credit, CreditType, CycleProgress, HoursLine};

/// The day the progress was measured on: the cycle's last day less the days
/// left.
fn as_of(progress: &CycleProgress) -> Option<Date> {
    let seconds = progress.days_left.checked_mul(86_400)?;
    progress
        .cycle
        .ends_on
        .checked_sub(SignedDuration::from_secs(seconds))
        .ok()
}

/// "Complete", or what is missing in all ("Incomplete: total met, but
/// missing 2 h of Ethics").
fn standing(progress: &CycleProgress) -> String {
    if progress.complete {
        "Complete".to_owned()
    } else {
        format!("Incomplete: {}", progress.missing_in_words())
    }
}

/// "305 days left", "ends today", "ended 12 days ago".
fn countdown(days_left: i64) -> String {
    match days_left {
        1 => "1 day left".to_owned(),
        2.. => format!("{days_left} days left"),
        0 => "ends today".to_owned(),
        -1 => "ended yesterday".to_owned(),
        _ => format!("ended {} days ago", days_left.unsigned_abs()),
    }
}

/// Every requirement line with the group it belongs to: the total, then the
/// credit types, then the topics. A credit type the cycle neither counts nor
/// asks a minimum of is left out: its credits are not in the report.
fn lines(progress: &CycleProgress) -> impl Iterator<Item = (Group, &HoursLine)> {
    let cycle = &progress.cycle;
    let counted = |line: &&HoursLine| {
        line.required > 0.0
            || line
                .key
                .parse::<CreditType>()
                .is_ok_and(|kind| counts_in_total(cycle, kind))
    };
    std::iter::once((Group::Total, &progress.total))
        .chain(
            progress
                .by_type
                .iter()
                .filter(counted)
                .map(|line| (Group::Type, line)),
        )
        .chain(progress.by_topic.iter().map(|line| (Group::Topic, line)))
}

/// What a requirement line measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Total,
    Type,
    Topic,
}

/// The credit's type as a reader knows it: the free label of an "other"
/// credit, the full name of the others.
fn credit_type(credit: &Credit) -> &str {
    if credit.credit_type == CreditType::Other && !credit.type_label.is_empty() {
        &credit.type_label
    } else {
        credit.credit_type.label()
    }
}

/// The credit's topics by their human names.
fn topics(credit: &Credit) -> String {
    let labels: Vec<String> = credit
        .topics
        .iter()
        .map(|topic| topic_label(topic))
        .collect();
    labels.join("; ")
}

/// Hours as people write them: "2", "1.5", "0.25".
fn hours(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0 + 0.0;
    format!("{rounded}")
}

/// The hours of every credit listed.
fn credited_hours(progress: &CycleProgress) -> f64 {
    progress.credits.iter().map(|credit| credit.hours).sum()
}
