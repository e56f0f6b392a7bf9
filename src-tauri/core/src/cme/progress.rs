//! Where a cycle stands: hours earned against its total, its credit-type
//! minimums and its special-topic minimums, what is still missing, and the
//! days left. Every credit dated inside a cycle counts toward it, so one
//! credit can count toward several licenses at once.
//!
//! A cycle's credits are read by date range with a fixed number of queries
//! (see `credits::between`), which keeps progress fast with thousands of
//! credits on file.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rusqlite::Connection;

use super::credits::{between, Order};
use super::cycles::{cycle, cycles};
use super::labels::topic_order;
use super::{topic_label, CmeError, Credit, CreditType, Cycle, CycleId, CycleProgress, HoursLine};

/// Where one cycle stands on `today`.
pub fn progress(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    let cycle = cycle(conn, id)?;
    measured(conn, cycle, today)
}

/// Where every cycle stands on `today`, the one ending soonest first.
pub fn status(conn: &Connection, today: Date) -> Result<Vec<CycleProgress>, CmeError> {
    cycles(conn)?
        .into_iter()
        .map(|cycle| measured(conn, cycle, today))
        .collect()
}

fn measured(conn: &Connection, cycle: Cycle, today: Date) -> Result<CycleProgress, CmeError> {
    let credits = between(
        conn,
        &cycle.starts_on.to_string(),
        &cycle.ends_on.to_string(),
        Order::OldestFirst,
    )?;
    Ok(measure(cycle, credits, today))
}

/// Adds up `credits` (those dated inside `cycle`) against what it asks.
fn measure(cycle: Cycle, credits: Vec<Credit>, today: Date) -> CycleProgress {
    let counts_in_total =
        |kind: CreditType| cycle.total_types.is_empty() || cycle.total_types.contains(&kind);
    let total_earned = credits
        .iter()
        .filter(|credit| counts_in_total(credit.credit_type))
        .map(|credit| credit.hours)
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
    for credit in &credits {
        types.entry(credit.credit_type).or_default().1 += credit.hours;
        for topic in &credit.topics {
            topics
                .entry(topic_order(topic))
                .or_insert_with(|| (topic.clone(), 0.0, 0.0))
                .2 += credit.hours;
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
    let complete = total.missing == 0.0
        && by_type
            .iter()
            .chain(&by_topic)
            .all(|line| line.missing == 0.0);
    let days_left = today.duration_until(cycle.ends_on).as_secs() / 86_400;
    CycleProgress {
        cycle,
        total,
        by_type,
        by_topic,
        days_left,
        complete,
        credits,
    }
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
}
