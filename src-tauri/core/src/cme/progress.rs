//! Where a cycle stands: hours earned against its total, its credit-type
//! minimums and its special-topic minimums, what is still missing, and the
//! days left. Every credit dated inside a cycle counts toward it, so one
//! credit can count toward several licenses at once.
//!
//! Progress reads only what it adds up (day, type, hours, topics) with two
//! range queries, once for all cycles together in `status`; the full credit
//! entries are read only for a renewal report (`report`).

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use rusqlite::Connection;

use super::credits::{between, date_column, Order};
use super::cycles::{cycle, cycles};
use super::labels::topic_order;
use super::{
    topic_label, CmeError, CreditId, CreditType, Cycle, CycleId, CycleProgress, HoursLine,
};

/// Where one cycle stands on `today`; `credits` is left empty (see
/// [`report`]).
pub fn progress(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    let cycle = cycle(conn, id)?;
    let tallies = tallies(conn, cycle.starts_on, cycle.ends_on)?;
    Ok(measure(cycle, &tallies.iter().collect::<Vec<_>>(), today))
}

/// Where one cycle stands on `today`, with every credit that counts in it,
/// oldest first: what a renewal report lists.
pub fn report(conn: &Connection, id: CycleId, today: Date) -> Result<CycleProgress, CmeError> {
    let mut progress = progress(conn, id, today)?;
    progress.credits = between(
        conn,
        &progress.cycle.starts_on.to_string(),
        &progress.cycle.ends_on.to_string(),
        Order::OldestFirst,
    )?;
    Ok(progress)
}

/// Where every cycle stands on `today`, the one ending soonest first;
/// `credits` is left empty. The credits of all cycles are read once, over
/// the span the cycles cover together, and each counts in every cycle whose
/// dates include it.
pub fn status(conn: &Connection, today: Date) -> Result<Vec<CycleProgress>, CmeError> {
    let cycles = cycles(conn)?;
    let (Some(first), Some(last)) = (
        cycles.iter().map(|cycle| cycle.starts_on).min(),
        cycles.iter().map(|cycle| cycle.ends_on).max(),
    ) else {
        return Ok(Vec::new());
    };
    let tallies = tallies(conn, first, last)?;
    Ok(cycles
        .into_iter()
        .map(|cycle| {
            let span = cycle.starts_on..=cycle.ends_on;
            let inside: Vec<&Tally> = tallies
                .iter()
                .filter(|tally| span.contains(&tally.earned_on))
                .collect();
            measure(cycle, &inside, today)
        })
        .collect())
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

/// Adds up `tallies` (the credits dated inside `cycle`) against what it asks.
fn measure(cycle: Cycle, tallies: &[&Tally], today: Date) -> CycleProgress {
    let counts_in_total =
        |kind: CreditType| cycle.total_types.is_empty() || cycle.total_types.contains(&kind);
    let total_earned = tallies
        .iter()
        .filter(|tally| counts_in_total(tally.credit_type))
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
        credits: Vec::new(),
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
