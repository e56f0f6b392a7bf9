//! Where a cycle stands on a given day: hours earned against its total, its
//! credit-type minimums and its special-topic minimums, what is still
//! missing, and the days left.
//!
//! A credit counts toward a cycle when it was earned from the cycle's first
//! day to its last, both included, and no later than the day measured on (a
//! credit dated after it is not earned yet on that day), and when the cycle's
//! total counts its credit type. So one credit can count toward several
//! licenses at once, and a Category 2 credit never fills a Category 1 total
//! or a topic minimum of a Category 1 cycle. A cycle is complete when every
//! requirement is met; what is not met is listed in `missing`.
//!
//! Progress reads only what it adds up (day, type, hours, topics) with two
//! range queries, once for all cycles together in `status`; the full credit
//! entries are read only for a renewal report (`report`).

use std::collections::{BTreeMap, HashMap};
use std::ops::RangeInclusive;

use jiff::civil::Date;
use rusqlite::Connection;

use super::credits::{between, date_column, Order};
use super::cycles::{cycle, cycles};
use super::labels::topic_order;
use super::{
    topic_label, CmeError, CreditId, CreditType, Cycle, CycleId, CycleProgress, HoursLine,
    Requirement, Shortfall,
};

/// Where one cycle stands on `today`; `credits` is left empty (see
/// [`report`]).
pub fn progress(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    let cycle = cycle(conn, id)?;
    let tallies = match counted_days(&cycle, today) {
        Some(days) => tallies(conn, *days.start(), *days.end())?,
        None => Vec::new(),
    };
    Ok(measure(cycle, &tallies.iter().collect::<Vec<_>>(), today))
}

/// Where one cycle stands on `today`, with every credit that counts in it,
/// oldest first: what a renewal report lists, and what its hours add up to
/// is the progress total.
pub fn report(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    let mut progress = progress(conn, id, today)?;
    if let Some(days) = counted_days(&progress.cycle, today) {
        let cycle = &progress.cycle;
        progress.credits = between(
            conn,
            &days.start().to_string(),
            &days.end().to_string(),
            Order::OldestFirst,
        )?
        .into_iter()
        .filter(|credit| counts_in_total(cycle, credit.credit_type))
        .collect();
    }
    Ok(progress)
}

/// Where every cycle stands on `today`, the one ending soonest first;
/// `credits` is left empty. The credits of all cycles are read once, over
/// the span the cycles cover together, and each counts in every cycle whose
/// dates include it.
pub fn status(conn: &Connection, today: Date) -> Result<Vec<CycleProgress>, CmeError> {
    let cycles = cycles(conn)?;
    let spans: Vec<Option<RangeInclusive<Date>>> = cycles
        .iter()
        .map(|cycle| counted_days(cycle, today))
        .collect();
    let (Some(first), Some(last)) = (
        spans.iter().flatten().map(|days| *days.start()).min(),
        spans.iter().flatten().map(|days| *days.end()).max(),
    ) else {
        return Ok(cycles
            .into_iter()
            .map(|cycle| measure(cycle, &[], today))
            .collect());
    };
    let tallies = tallies(conn, first, last)?;
    Ok(cycles
        .into_iter()
        .zip(spans)
        .map(|(cycle, span)| {
            let inside: Vec<&Tally> = match span {
                Some(days) => tallies
                    .iter()
                    .filter(|tally| days.contains(&tally.earned_on))
                    .collect(),
                None => Vec::new(),
            };
            measure(cycle, &inside, today)
        })
        .collect())
}

/// The days whose credits count toward `cycle` on `today`: from its first
/// day to its last, both included, but none after `today`; `None` before
/// the cycle starts.
fn counted_days(cycle: &Cycle, today: Date) -> Option<RangeInclusive<Date>> {
    let last = cycle.ends_on.min(today);
    (cycle.starts_on <= last).then_some(cycle.starts_on..=last)
}

/// Whether the cycle's total counts credits of this type.
pub(super) fn counts_in_total(cycle: &Cycle, kind: CreditType) -> bool {
    cycle.total_types.is_empty() || cycle.total_types.contains(&kind)
}

/// What progress needs of a credit: its day, type, hours and topics.
#[derive(Debug)]
struct Tally {
    earned_on: Date,
    credit_type: CreditType,
    hours: f64,
    topics: Vec<String>,
}

/// The tallies of the credits earned from `from` to `to`, inclusive: two
/// indexed range queries, however many credits there are.
fn tallies(conn: &Connection, from: Date, to: Date) -> Result<Vec<Tally>, CmeError> {
    let (from, to) = (from.to_string(), to.to_string());
    let mut entries = conn.prepare_cached(
        "SELECT id, earned_on, credit_type, hours FROM cme_credits
         WHERE earned_on BETWEEN ?1 AND ?2",
    )?;
    let mut tallies = Vec::new();
    let mut place: HashMap<CreditId, usize> = HashMap::new();
    let mut rows = entries.query([&from, &to])?;
    while let Some(row) = rows.next()? {
        place.insert(row.get(0)?, tallies.len());
        tallies.push(Tally {
            earned_on: date_column(row, 1)?,
            credit_type: row.get::<_, String>(2)?.parse()?,
            hours: row.get(3)?,
            topics: Vec::new(),
        });
    }
    let mut topics = conn.prepare_cached(
        "SELECT t.credit_id, t.topic FROM cme_credits c
         JOIN cme_credit_topics t ON t.credit_id = c.id
         WHERE c.earned_on BETWEEN ?1 AND ?2",
    )?;
    let mut rows = topics.query([&from, &to])?;
    while let Some(row) = rows.next()? {
        if let Some(&index) = place.get(&row.get::<_, CreditId>(0)?) {
            tallies[index].topics.push(row.get(1)?);
        }
    }
    Ok(tallies)
}

/// Adds up `tallies` (the credits earned inside `cycle` by the day measured
/// on) against what it asks. The total and the topics count only the credit
/// types the total counts; each credit-type line counts its own type.
fn measure(cycle: Cycle, tallies: &[&Tally], today: Date) -> CycleProgress {
    let total_earned = tallies
        .iter()
        .filter(|tally| counts_in_total(&cycle, tally.credit_type))
        .map(|tally| tally.hours)
        .sum();
    let total = line(
        "total",
        total_label(&cycle),
        cycle.total_hours,
        total_earned,
    );

    // (required, earned) per credit type and per topic.
    let mut types: BTreeMap<CreditType, (f64, f64)> = BTreeMap::new();
    let mut topics: BTreeMap<(usize, String), (String, f64, f64)> = BTreeMap::new();
    for minimum in &cycle.type_minimums {
        if let Ok(kind) = minimum.key.parse::<CreditType>() {
            types.entry(kind).or_default().0 += minimum.hours;
        }
    }
    for minimum in &cycle.topic_minimums {
        topics
            .entry(topic_order(&minimum.key))
            .or_insert_with(|| (minimum.key.clone(), 0.0, 0.0))
            .1 += minimum.hours;
    }
    for &tally in tallies {
        types.entry(tally.credit_type).or_default().1 += tally.hours;
        if !counts_in_total(&cycle, tally.credit_type) {
            continue;
        }
        for topic in &tally.topics {
            topics
                .entry(topic_order(topic))
                .or_insert_with(|| (topic.clone(), 0.0, 0.0))
                .2 += tally.hours;
        }
    }

    let by_type: Vec<HoursLine> = types
        .into_iter()
        .map(|(kind, (required, earned))| {
            line(
                kind.as_str(),
                kind.short_label().to_owned(),
                required,
                earned,
            )
        })
        .collect();
    let by_topic: Vec<HoursLine> = topics
        .into_values()
        .map(|(key, required, earned)| {
            let label = topic_label(&key);
            line(&key, label, required, earned)
        })
        .collect();
    let missing: Vec<Shortfall> = std::iter::once((Requirement::Total, &total))
        .chain(by_type.iter().map(|line| (Requirement::CreditType, line)))
        .chain(by_topic.iter().map(|line| (Requirement::Topic, line)))
        .filter(|(_, line)| line.missing > 0.0)
        .map(|(requirement, line)| Shortfall {
            requirement,
            key: line.key.clone(),
            label: line.label.clone(),
            hours: line.missing,
        })
        .collect();
    let days_left = today.duration_until(cycle.ends_on).as_secs() / 86_400;
    CycleProgress {
        cycle,
        total,
        by_type,
        by_topic,
        days_left,
        complete: missing.is_empty(),
        missing,
        credits: Vec::new(),
    }
}

impl CycleProgress {
    /// What is missing, in words: "nothing missing", "missing 23.5 h in
    /// total; 2 h of Ethics", or, when the total is met but a minimum is not,
    /// "total met, but missing 2 h of Ethics".
    pub fn missing_in_words(&self) -> String {
        if self.missing.is_empty() {
            return "nothing missing".to_owned();
        }
        let parts: Vec<String> = self
            .missing
            .iter()
            .map(|shortfall| match shortfall.requirement {
                Requirement::Total => format!("{} h in total", hours(shortfall.hours)),
                _ => format!("{} h of {}", hours(shortfall.hours), shortfall.label),
            })
            .collect();
        let total_short = self.missing[0].requirement == Requirement::Total;
        if total_short || self.total.required == 0.0 {
            format!("missing {}", parts.join("; "))
        } else {
            format!("total met, but missing {}", parts.join("; "))
        }
    }
}

/// Hours as people write them: "2", "1.5", "0.25".
fn hours(value: f64) -> String {
    format!("{}", hundredths(value))
}

fn total_label(cycle: &Cycle) -> String {
    if cycle.total_types.is_empty() {
        return "Total".to_owned();
    }
    let kinds: Vec<&str> = cycle
        .total_types
        .iter()
        .map(|kind| kind.short_label())
        .collect();
    format!("Total ({})", kinds.join(", "))
}

/// A line with hours rounded to hundredths, so sums of decimals show as
/// typed (0.1 + 0.2 is 0.3, not 0.30000000000000004).
fn line(key: &str, label: String, required: f64, earned: f64) -> HoursLine {
    let required = hundredths(required);
    let earned = hundredths(earned);
    HoursLine {
        key: key.to_owned(),
        label,
        required,
        earned,
        missing: hundredths((required - earned).max(0.0)),
    }
}

fn hundredths(hours: f64) -> f64 {
    // Adding 0.0 turns a negative zero into zero.
    (hours * 100.0).round() / 100.0 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_of_decimal_hours_show_as_typed() {
        let ethics = line("ethics", "Ethics".into(), 0.3, 0.1 + 0.2);
        assert_eq!((ethics.earned, ethics.missing), (0.3, 0.0));
        let opioids = line("opioids", "Opioids".into(), 2.0, 1.5);
        assert_eq!(opioids.missing, 0.5);
    }

    #[test]
    fn a_sliver_below_zero_rounds_to_zero_not_minus_zero() {
        // A "-0" would show in a report or the JSON.
        assert!(hundredths(-0.001).is_sign_positive());
        assert_eq!(hours(-0.001), "0");
    }
}
