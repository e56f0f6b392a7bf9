//! kill -9 at random moments of the CLI's writes: a 10,000-card import over
//! an earlier one, runs of edits (contacts added, edited, deleted and
//! merged, interactions logged), an export over an earlier one, backups and
//! restores. After every kill the
//! book opens, passes `integrity_check`, holds every acknowledged write, and
//! holds the killed command's write whole or not at all: an import has all
//! its cards or none, a restore gives the book as it was or as backed up.
//!
//! `cargo test` runs a few rounds of each scenario; `tests/crash/run.sh`
//! runs hundreds (`CURBSIDE_CRASH_ROUNDS`, per scenario), with
//! `CURBSIDE_CRASH_SEED` to vary the steps and kill moments.
//!
//! Round 0 of each scenario runs without a kill and measures how long the
//! steps take; every later round kills at a moment drawn evenly from nine
//! tenths of that span, so the kills fall anywhere from process start
//! through unlocking, parsing, writing and committing.

use std::collections::HashMap;

mod copies;
mod edits;
mod harness;
mod import;

use copies::{backup_plan, export_plan, restore_plan};
use edits::edits_plan;
use import::{cards, import_plan};

use harness::{
    check, open_whole, quoted, reopen_whole, run_on, run_until_killed, setting, Book, Effect, Fate,
    Rng, Seen, Step,
};

/// The default seed: any fixed number, so a plain `cargo test` repeats.
const SEED: u64 = 15;

/// What a scenario runs on a new book: acknowledged writes first, then the
/// steps a kill interrupts.
struct Plan {
    /// Run to the end before the kill: each must be acknowledged and found.
    before: Vec<Step>,
    /// Run one after another until the kill.
    steps: Vec<Step>,
}

/// A kind of write to kill in the middle. To add one, write a function
/// that sets up the book and returns the steps with their probes, add it
/// here and add a `#[test]` below calling [`rounds`] with its name.
struct Scenario {
    name: &'static str,
    /// Rounds in a plain `cargo test` (`CURBSIDE_CRASH_ROUNDS` overrides).
    rounds: u64,
    plan: fn(&Book, &mut Rng) -> Plan,
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "import",
        rounds: 5,
        plan: import_plan,
    },
    Scenario {
        name: "edits",
        rounds: 10,
        plan: edits_plan,
    },
    Scenario {
        name: "export",
        rounds: 3,
        plan: export_plan,
    },
    Scenario {
        name: "backup",
        rounds: 5,
        plan: backup_plan,
    },
    Scenario {
        name: "restore",
        rounds: 5,
        plan: restore_plan,
    },
];

#[test]
fn killing_an_import_of_10000_cards_leaves_all_of_them_or_none() {
    rounds("import");
}

#[test]
fn killing_edits_merges_and_deletes_leaves_each_whole_or_absent() {
    rounds("edits");
}

#[test]
fn killing_an_export_leaves_the_old_file_or_the_whole_new_one() {
    rounds("export");
}

#[test]
fn killing_a_backup_leaves_no_backup_or_one_that_restores_whole() {
    rounds("backup");
}

#[test]
fn killing_a_restore_leaves_the_book_as_it_was_or_as_the_backup_was() {
    rounds("restore");
}

/// Runs the scenario's rounds: a new book each, the plan, a kill, checks.
fn rounds(name: &str) {
    let scenario = SCENARIOS.iter().find(|s| s.name == name).unwrap();
    let rounds = setting("CURBSIDE_CRASH_ROUNDS", scenario.rounds);
    let seed = setting("CURBSIDE_CRASH_SEED", SEED);
    let mut span = None;
    let mut tally: HashMap<&str, u64> = HashMap::new();
    for round in 0..rounds {
        let round_seed = seed.wrapping_mul(1_000_003).wrapping_add(round);
        let mut rng = Rng::new(round_seed);
        let book = Book::new();
        let plan = (scenario.plan)(&book, &mut rng);
        let (before, _) = run_until_killed(&book, &plan.before, None);
        for (step, fate) in plan.before.iter().zip(&before) {
            assert_eq!(*fate, Fate::Acknowledged, "{name}: {}", step.what);
        }
        let kill = span.map(|span| rng.moment(span));
        let (fates, took) = run_until_killed(&book, &plan.steps, kill);
        // Nine tenths of round 0's time: a later run may be quicker, and a
        // kill after the last step checks nothing a kill could break.
        span.get_or_insert(took * 9 / 10);
        let context = format!("{name} round {round} (seed {round_seed}), kill at {kill:?}");
        let seen = reopen_whole(&book);
        check(&seen, &plan.before, &before, &context);
        let effects = check(&seen, &plan.steps, &fates, &context);
        *tally.entry(outcome(&fates, &effects)).or_default() += 1;
    }
    eprintln!("{name}: {rounds} rounds over {span:?}: {tally:?}");
}

/// How a round ended, for the summary: killed while its write was not
/// done or done (the kill came between the commit and the exit), or not
/// killed at all.
fn outcome(fates: &[Fate], effects: &[Effect]) -> &'static str {
    match fates.iter().position(|fate| *fate == Fate::Killed) {
        None => "not killed",
        Some(index) if effects[index] == Effect::Done => "killed, done",
        Some(_) => "killed, not done",
    }
}

// ---- helpers --------------------------------------------------------------

/// A step from its arguments and probe.
fn step(what: &str, args: Vec<String>, probe: impl Fn(&Seen) -> Effect + 'static) -> Step {
    Step {
        what: what.to_owned(),
        args,
        probe: Box::new(probe),
    }
}

/// Owned arguments.
fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|arg| (*arg).to_owned()).collect()
}

/// Done when `found` is `expected`, not done when it is 0.
fn present(found: i64, expected: i64) -> Effect {
    match found {
        n if n == expected => Effect::Done,
        0 => Effect::NotDone,
        n => Effect::Torn(format!("{n} of {expected}")),
    }
}

/// Done when every sign of a write reads as it does once the write is
/// done, not done when every one reads as before it: each sign is (found,
/// when done, when not done).
fn whole<const N: usize>(signs: [(i64, i64, i64); N]) -> Effect {
    if signs.iter().all(|&(found, done, _)| found == done) {
        Effect::Done
    } else if signs.iter().all(|&(found, _, before)| found == before) {
        Effect::NotDone
    } else {
        let found: Vec<i64> = signs.iter().map(|sign| sign.0).collect();
        Effect::Torn(format!(
            "signs of the write {found:?} (done {:?})",
            signs.map(|s| s.1)
        ))
    }
}

/// Fisher–Yates with the round's random source.
fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i as u64 + 1) as usize);
    }
}
