//! CME progress over generated cycles and credits, checked against what the
//! rules say rather than against examples: a cycle is complete exactly when
//! every requirement is met, a credit counts toward every cycle whose days
//! hold its date (first and last included), a report's credits add up to the
//! progress total, and a day measured on leaves out every later credit.
//!
//! Hours are generated in quarter hours, which add up exactly in binary, so
//! the expected sums need no rounding.

use std::collections::BTreeMap;

use curbside_core::cme::{
    self, CreditDraft, CreditType, CycleDraft, CycleKind, CycleProgress, Minimum, Requirement,
};
use curbside_core::db::{self, Connection};
use jiff::civil::{date, Date};
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// Three known topics in the order they are shown, and a free label.
const TOPICS: [&str; 4] = ["opioids", "ethics", "pain", "Wound care"];

/// A cycle as generated: day offsets from the first day of 2024.
#[derive(Debug, Clone)]
struct GenCycle {
    start: i64,
    length: i64,
    total: f64,
    total_types: Vec<CreditType>,
    type_minimums: Vec<(CreditType, f64)>,
    topic_minimums: Vec<(&'static str, f64)>,
}

#[derive(Debug, Clone)]
struct GenCredit {
    day: i64,
    kind: CreditType,
    hours: f64,
    topics: Vec<&'static str>,
}

fn day(offset: i64) -> Date {
    date(2024, 1, 1)
        .checked_add(SignedDuration::from_hours(24 * offset))
        .unwrap()
}

fn quarters(max: u32) -> impl Strategy<Value = f64> {
    (0..=max).prop_map(|q| f64::from(q) * 0.25)
}

fn kinds() -> impl Strategy<Value = Vec<CreditType>> {
    subsequence(CreditType::ALL.to_vec(), 0..=3)
}

fn gen_cycle() -> impl Strategy<Value = GenCycle> {
    (
        0i64..400,
        0i64..500,
        quarters(40),
        kinds(),
        subsequence(CreditType::ALL.to_vec(), 0..=2),
        proptest::collection::vec(quarters(12), 2),
        subsequence(TOPICS.to_vec(), 0..=3),
        proptest::collection::vec(quarters(12), 3),
    )
        .prop_map(
            |(
                start,
                length,
                total,
                total_types,
                minimum_types,
                type_hours,
                topics,
                topic_hours,
            )| {
                GenCycle {
                    start,
                    length,
                    total,
                    total_types,
                    type_minimums: minimum_types.into_iter().zip(type_hours).collect(),
                    topic_minimums: topics.into_iter().zip(topic_hours).collect(),
                }
            },
        )
}

fn gen_credit() -> impl Strategy<Value = GenCredit> {
    (
        -10i64..920,
        proptest::sample::select(CreditType::ALL.to_vec()),
        (1u32..=40).prop_map(|q| f64::from(q) * 0.25),
        subsequence(TOPICS.to_vec(), 0..=2),
    )
        .prop_map(|(day, kind, hours, topics)| GenCredit {
            day,
            kind,
            hours,
            topics,
        })
}

/// A book: one to three cycles, up to twelve credits, and the day measured on.
fn book() -> impl Strategy<Value = (Vec<GenCycle>, Vec<GenCredit>, i64)> {
    (
        proptest::collection::vec(gen_cycle(), 1..=3),
        proptest::collection::vec(gen_credit(), 0..=12),
        -10i64..950,
    )
}

fn store(cycles: &[GenCycle], credits: &[GenCredit]) -> Connection {
    let mut conn = db::open_in_memory().unwrap();
    for (n, generated) in cycles.iter().enumerate() {
        let draft = CycleDraft {
            name: format!("Cycle {n}"),
            kind: CycleKind::License,
            authority: String::new(),
            starts_on: day(generated.start),
            ends_on: day(generated.start + generated.length),
            total_hours: generated.total,
            total_types: generated.total_types.clone(),
            type_minimums: generated
                .type_minimums
                .iter()
                .map(|(kind, hours)| Minimum {
                    key: kind.as_str().to_owned(),
                    hours: *hours,
                })
                .collect(),
            topic_minimums: generated
                .topic_minimums
                .iter()
                .map(|(topic, hours)| Minimum {
                    key: (*topic).to_owned(),
                    hours: *hours,
                })
                .collect(),
            notes: String::new(),
        };
        cme::add_cycle(&mut conn, &draft).unwrap();
    }
    for (n, generated) in credits.iter().enumerate() {
        let draft = CreditDraft {
            earned_on: day(generated.day),
            title: format!("Course {n}"),
            provider: String::new(),
            credit_type: generated.kind,
            type_label: if generated.kind == CreditType::Other {
                "EACCME".to_owned()
            } else {
                String::new()
            },
            hours: generated.hours,
            topics: generated.topics.iter().map(|t| (*t).to_owned()).collect(),
            event_id: None,
            notes: String::new(),
        };
        cme::add_credit(&mut conn, &draft, now()).unwrap();
    }
    conn
}

fn now() -> Timestamp {
    "2026-02-01T09:00:00Z".parse().unwrap()
}

/// The generated cycle a progress is of (cycles are named by their place).
fn generated<'a>(cycles: &'a [GenCycle], progress: &CycleProgress) -> &'a GenCycle {
    let n: usize = progress.cycle.name["Cycle ".len()..].parse().unwrap();
    &cycles[n]
}

/// Whether the rules say `credit` counts toward `cycle` on day `today`: earned
/// from its first day to its last, both included, by `today`, and of a type
/// its total counts.
fn counts(cycle: &GenCycle, credit: &GenCredit, today: i64) -> bool {
    let in_span = cycle.start <= credit.day && credit.day <= cycle.start + cycle.length;
    let of_counted_type = cycle.total_types.is_empty() || cycle.total_types.contains(&credit.kind);
    in_span && credit.day <= today && of_counted_type
}

/// What the rules say is missing: (requirement, key, hours), in the order
/// the total, credit types, topics.
fn expected_missing(
    cycle: &GenCycle,
    credits: &[GenCredit],
    today: i64,
) -> Vec<(Requirement, String, f64)> {
    let mut missing = Vec::new();
    let counted: Vec<&GenCredit> = credits
        .iter()
        .filter(|credit| counts(cycle, credit, today))
        .collect();
    let total: f64 = counted.iter().map(|credit| credit.hours).sum();
    if total < cycle.total {
        missing.push((Requirement::Total, "total".to_owned(), cycle.total - total));
    }
    let mut types: BTreeMap<CreditType, f64> = BTreeMap::new();
    for (kind, hours) in &cycle.type_minimums {
        let earned: f64 = credits
            .iter()
            .filter(|credit| credit.kind == *kind)
            .filter(|credit| cycle.start <= credit.day && credit.day <= cycle.start + cycle.length)
            .filter(|credit| credit.day <= today)
            .map(|credit| credit.hours)
            .sum();
        if earned < *hours {
            types.insert(*kind, hours - earned);
        }
    }
    for (kind, hours) in types {
        missing.push((Requirement::CreditType, kind.as_str().to_owned(), hours));
    }
    let mut topics = Vec::new();
    for (topic, hours) in &cycle.topic_minimums {
        let earned: f64 = counted
            .iter()
            .filter(|credit| credit.topics.contains(topic))
            .map(|credit| credit.hours)
            .sum();
        if earned < *hours {
            let place = TOPICS.iter().position(|t| t == topic).unwrap();
            topics.push((place, (*topic).to_owned(), hours - earned));
        }
    }
    topics.sort_by_key(|(place, _, _)| *place);
    for (_, topic, hours) in topics {
        missing.push((Requirement::Topic, topic, hours));
    }
    missing
}

fn shortfalls(progress: &CycleProgress) -> Vec<(Requirement, String, f64)> {
    progress
        .missing
        .iter()
        .map(|shortfall| {
            (
                shortfall.requirement,
                shortfall.key.clone(),
                shortfall.hours,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_cycle_is_complete_exactly_when_every_requirement_is_met(
        (cycles, credits, today) in book(),
    ) {
        let conn = store(&cycles, &credits);
        for progress in cme::status(&conn, day(today)).unwrap() {
            let cycle = generated(&cycles, &progress);
            let expected = expected_missing(cycle, &credits, today);
            prop_assert_eq!(progress.complete, expected.is_empty());
            prop_assert_eq!(shortfalls(&progress), expected);
            let alone = cme::progress(&conn, progress.cycle.id, day(today)).unwrap();
            prop_assert_eq!(&alone, &progress);
        }
    }

    #[test]
    fn a_credit_counts_toward_every_cycle_whose_days_hold_its_date_first_and_last_included(
        cycles in proptest::collection::vec(gen_cycle(), 1..=3),
        credit in gen_credit(),
        edge in 0usize..3,
    ) {
        // Put the credit on the first or last day of a cycle, or a day past
        // its end, as often as anywhere else.
        let mut credit = credit;
        let first = &cycles[0];
        match edge {
            0 => credit.day = first.start,
            1 => credit.day = first.start + first.length,
            _ => {}
        }
        let credits = [credit];
        let conn = store(&cycles, &credits);
        // Measured long after every cycle ended: every credit is earned.
        let later = 2000;
        for progress in cme::status(&conn, day(later)).unwrap() {
            let cycle = generated(&cycles, &progress);
            let expected = if counts(cycle, &credits[0], later) { credits[0].hours } else { 0.0 };
            prop_assert_eq!(progress.total.earned, expected, "{:?}", cycle);
            let report = cme::report(&conn, progress.cycle.id, day(later)).unwrap();
            prop_assert_eq!(report.credits.len(), usize::from(expected > 0.0));
        }
    }

    #[test]
    fn a_report_lists_exactly_the_credits_that_make_up_the_progress_total(
        (cycles, credits, today) in book(),
    ) {
        let conn = store(&cycles, &credits);
        for progress in cme::status(&conn, day(today)).unwrap() {
            let report = cme::report(&conn, progress.cycle.id, day(today)).unwrap();
            let listed: f64 = report.credits.iter().map(|credit| credit.hours).sum();
            prop_assert_eq!(listed, progress.total.earned);
            let cycle = generated(&cycles, &progress);
            let expected = credits.iter().filter(|credit| counts(cycle, credit, today)).count();
            prop_assert_eq!(report.credits.len(), expected);
            let csv = cme::report_csv(&report);
            let listed_row = format!(",Credits listed,,,{}\r\n", format_hours(listed));
            prop_assert!(csv.contains(&listed_row), "{}", csv);
        }
    }

    #[test]
    fn a_day_measured_on_leaves_out_every_credit_earned_after_it(
        (cycles, credits, today) in book(),
    ) {
        let conn = store(&cycles, &credits);
        let until_then: Vec<GenCredit> =
            credits.iter().filter(|credit| credit.day <= today).cloned().collect();
        let without_later = store(&cycles, &until_then);
        prop_assert_eq!(
            cme::status(&conn, day(today)).unwrap(),
            cme::status(&without_later, day(today)).unwrap()
        );
        for progress in cme::status(&conn, day(today)).unwrap() {
            let report = cme::report(&conn, progress.cycle.id, day(today)).unwrap();
            prop_assert!(report.credits.iter().all(|credit| credit.earned_on <= day(today)));
            prop_assert_eq!(
                progress.days_left,
                day(today).until(progress.cycle.ends_on).unwrap().get_days() as i64
            );
        }
    }
}

/// Hours as the report writes them: "2", "1.5", "0.25".
fn format_hours(hours: f64) -> String {
    format!("{}", (hours * 100.0).round() / 100.0 + 0.0)
}
