//! Ten years of CME credits (2022–2031, spread evenly, so a three-year cycle
//! holds about 3,000 of 10,000) and the license and board cycles they count
//! toward, overlapping as real ones do: a state license renewed every two
//! years, a second state's license every three, a board's cycle.

use curbside_core::cme::{CreditDraft, CreditType, CycleDraft, CycleKind, Minimum};
use curbside_core::events::EventId;
use jiff::civil::{date, Date};
use jiff::ToSpan;

use super::super::people::Rng;
use super::words::{COURSES, SOCIETIES};

/// The three-year cycle the progress benchmark reads.
pub const BENCH_CYCLE: &str = "New York medical license 2024–2027";

/// A credit to record and whether a certificate comes with it.
pub struct PlannedCredit {
    /// The entry.
    pub draft: CreditDraft,
    /// One in five has its certificate attached (a 24 KB PDF).
    pub certificate: bool,
}

/// `count` credits, the same ones every time; one in ten names one of
/// `events` as where it was earned.
pub fn credits(count: usize, events: &[EventId]) -> Vec<PlannedCredit> {
    let mut rng = Rng::new(1312);
    let first = date(2022, 1, 1);
    let days = first.until(date(2032, 1, 1)).expect("a span").get_days() as usize;
    (0..count)
        .map(|_| {
            let earned_on = first
                .checked_add((rng.below(days) as i64).days())
                .expect("a day in range");
            credit(&mut rng, earned_on, events)
        })
        .collect()
}

fn credit(rng: &mut Rng, earned_on: Date, events: &[EventId]) -> PlannedCredit {
    let (short, society) = SOCIETIES[rng.below(SOCIETIES.len())];
    let roll = rng.below(100);
    let (credit_type, type_label) = match roll {
        0..=69 => (CreditType::AmaPra1, ""),
        70..=84 => (CreditType::AmaPra2, ""),
        85..=87 => (CreditType::Aoa1a, ""),
        88..=94 => (CreditType::Other, "EACCME"),
        _ => (CreditType::Other, "MOC Part II"),
    };
    let hours = [0.25, 0.5, 1.0, 1.0, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 7.5][rng.below(11)];
    let topics: Vec<String> = match rng.below(100) {
        0..=69 => Vec::new(),
        70..=94 => vec![pick_topic(rng)],
        _ => vec![pick_topic(rng), pick_topic(rng)],
    };
    let event_id = (rng.chance(10) && !events.is_empty()).then(|| events[rng.below(events.len())]);
    PlannedCredit {
        draft: CreditDraft {
            earned_on,
            title: format!("{} ({short})", rng.pick(COURSES)),
            provider: society.to_owned(),
            credit_type,
            type_label: type_label.to_owned(),
            hours,
            topics,
            event_id,
            notes: if rng.chance(5) {
                "Certificate sent by email".to_owned()
            } else {
                String::new()
            },
        },
        certificate: rng.chance(20),
    }
}

/// A known topic mostly, sometimes a free label.
fn pick_topic(rng: &mut Rng) -> String {
    rng.pick(&[
        "opioids",
        "ethics",
        "pain",
        "implicit_bias",
        "substance_use_disorder",
        "ethics",
        "pain",
        "Patient safety",
        "Palliative care",
    ])
    .to_owned()
}

/// A certificate's bytes: a PDF header, then filler.
pub fn certificate() -> Vec<u8> {
    let mut content = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    content.resize(24 * 1024, b' ');
    content.extend_from_slice(b"\n%%EOF\n");
    content
}

/// The cycles: two California licenses in a row (two years each), a New
/// York license overlapping both (three years), a board cycle, and a
/// Texas license starting this year.
pub fn cycles() -> Vec<CycleDraft> {
    let cycle =
        |name: &str, kind, authority: &str, (from, to): (Date, Date), total_hours| CycleDraft {
            name: name.to_owned(),
            kind,
            authority: authority.to_owned(),
            starts_on: from,
            ends_on: to,
            total_hours,
            total_types: Vec::new(),
            type_minimums: Vec::new(),
            topic_minimums: Vec::new(),
            notes: String::new(),
        };
    let minimum = |key: &str, hours: f64| Minimum {
        key: key.to_owned(),
        hours,
    };
    let california = |name, dates| {
        let mut draft = cycle(
            name,
            CycleKind::License,
            "Medical Board of California",
            dates,
            50.0,
        );
        draft.total_types = vec![CreditType::AmaPra1];
        draft.topic_minimums = vec![minimum("pain", 12.0)];
        draft
    };
    let mut new_york = cycle(
        BENCH_CYCLE,
        CycleKind::License,
        "New York State Education Department",
        (date(2024, 9, 1), date(2027, 8, 31)),
        150.0,
    );
    new_york.type_minimums = vec![minimum("ama_pra_1", 60.0)];
    new_york.topic_minimums = vec![minimum("opioids", 3.0), minimum("implicit_bias", 3.0)];
    let mut board = cycle(
        "ABIM Internal Medicine MOC 2023–2025",
        CycleKind::Board,
        "ABIM",
        (date(2023, 1, 1), date(2025, 12, 31)),
        100.0,
    );
    board.type_minimums = vec![minimum("other", 20.0)];
    let mut texas = cycle(
        "Texas medical license 2026–2028",
        CycleKind::License,
        "Texas Medical Board",
        (date(2026, 3, 1), date(2028, 2, 29)),
        48.0,
    );
    texas.topic_minimums = vec![minimum("ethics", 2.0)];
    vec![
        california(
            "California medical license 2023–2025",
            (date(2023, 7, 1), date(2025, 6, 30)),
        ),
        california(
            "California medical license 2025–2027",
            (date(2025, 7, 1), date(2027, 6, 30)),
        ),
        new_york,
        board,
        texas,
    ]
}
