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

mod harness;

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

// ---- import ---------------------------------------------------------------

/// Cards in the first, acknowledged import.
const FIRST: usize = 2_000;
/// Cards in the import that is killed: the first ones again, changed, and
/// new ones.
const SECOND: usize = 10_000;

/// A vCard file of `count` generated doctors, at `version`.
fn cards(count: usize, version: u32) -> String {
    let mut text = String::new();
    for i in 0..count {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:crash-{i}\r\nFN:Dr. Crash {i}\r\nN:Crash;{i};;Dr.;\r\n\
             EMAIL:crash{i}@example.org\r\nORG:Hospital {}\r\nTITLE:Consultant\r\nCATEGORIES:crash\r\n\
             NOTE:crash card {i} v{version}\r\nEND:VCARD\r\n",
            i % 50
        ));
    }
    text
}

/// A first import of 2,000 cards and a contact with a logged call, all
/// acknowledged; then an import of 10,000 cards, 2,000 of them changed.
fn import_plan(book: &Book, _rng: &mut Rng) -> Plan {
    let first = book.root().join("first.vcf");
    let second = book.root().join("second.vcf");
    std::fs::write(&first, cards(FIRST, 1)).unwrap();
    std::fs::write(&second, cards(SECOND, 2)).unwrap();
    let before = vec![
        step(
            "add Dr. Before",
            strings(&[
                "contacts",
                "add",
                "--name",
                "Dr. Before",
                "--email",
                "before@example.org",
            ]),
            |seen| {
                present(
                    seen.count("SELECT count(*) FROM contacts WHERE display_name = 'Dr. Before'"),
                    1,
                )
            },
        ),
        step(
            "log a call with Dr. Before",
            strings(&[
                "interactions",
                "add",
                "--contact",
                "1",
                "--kind",
                "call",
                "--note",
                "beforenote",
            ]),
            |seen| {
                present(
                    seen.count(
                        "SELECT count(*) FROM interactions i JOIN interaction_contacts l \
                         ON l.interaction_id = i.id WHERE i.note = 'beforenote' AND l.contact_id = 1",
                    ),
                    1,
                )
            },
        ),
        step(
            "the first import",
            strings(&["import", first.to_str().unwrap()]),
            |seen| {
                // Still there whichever version the second import left.
                let kept = seen.count(&format!(
                    "SELECT count(*) FROM contacts WHERE uid GLOB 'crash-*' \
                     AND CAST(substr(uid, 7) AS INTEGER) < {FIRST}"
                ));
                present(kept, FIRST as i64)
            },
        ),
    ];
    let steps = vec![step(
        "the second import",
        strings(&["import", second.to_str().unwrap()]),
        |seen| {
            let count = |filter: &str| {
                seen.count(&format!(
                    "SELECT count(*) FROM contacts WHERE display_name GLOB 'Dr. Crash *' {filter}"
                ))
            };
            let (all, first, second) = (
                count(""),
                count("AND notes GLOB '* v1'"),
                count("AND notes GLOB '* v2'"),
            );
            let found = seen
                .count("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'crash'");
            let (first_n, second_n) = (FIRST as i64, SECOND as i64);
            match (all, first, second, found) {
                (a, 0, s, f) if a == second_n && s == second_n && f == second_n => Effect::Done,
                (a, v, 0, f) if a == first_n && v == first_n && f == first_n => Effect::NotDone,
                _ => Effect::Torn(format!(
                    "{all} cards, {first} at v1, {second} at v2, {found} found by search"
                )),
            }
        },
    )];
    Plan { before, steps }
}

// ---- edits ----------------------------------------------------------------

/// Steps in a run of edits (each takes a CLI start and unlock, ~0.1 s).
const EDITS: usize = 30;

/// One kind of edit.
#[derive(Clone, Copy)]
enum Edit {
    Add,
    Log,
    Change,
    Delete,
    Merge,
}

/// 80 imported doctors and 20 pairs of duplicates (same name, another
/// hospital, another email); each delete target has a call logged with it
/// alone. Then 30 edits in a random order, each on contacts no other step
/// touches.
fn edits_plan(book: &Book, rng: &mut Rng) -> Plan {
    let mut vcf = String::new();
    for i in 0..80 {
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Edit Ab{i}\r\nEMAIL:edit{i}@example.org\r\n\
             ORG:Old Hospital\r\nCATEGORIES:base\r\nEND:VCARD\r\n"
        ));
    }
    for j in 0..20 {
        for (side, org) in [("a", "North"), ("b", "South")] {
            vcf.push_str(&format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Twin Gh{j}\r\nEMAIL:twin{j}{side}@example.org\r\n\
                 ORG:{org} Clinic\r\nEND:VCARD\r\n"
            ));
        }
    }
    let file = book.root().join("base.vcf");
    std::fs::write(&file, vcf).unwrap();
    book.run(&["import", file.to_str().unwrap()]);
    let mut by_email = HashMap::new();
    for contact in book.json(&["contacts", "list"]).as_array().unwrap() {
        let email = contact["emails"][0].as_str().unwrap().to_owned();
        by_email.insert(email, contact["id"].as_i64().unwrap());
    }
    let mut pool: Vec<usize> = (0..80).collect();
    let mut twins: Vec<usize> = (0..20).collect();
    shuffle(&mut pool, rng);
    shuffle(&mut twins, rng);
    let mut before = Vec::new();
    let mut steps = Vec::new();
    for k in 0..EDITS {
        let kinds = [
            Edit::Add,
            Edit::Log,
            Edit::Change,
            Edit::Delete,
            Edit::Merge,
        ];
        let edit = kinds[rng.below(kinds.len() as u64) as usize];
        let mut take = || {
            let i = pool.pop().expect("enough contacts for the edits");
            (i, by_email[&format!("edit{i}@example.org")])
        };
        steps.push(match edit {
            Edit::Add => add_step(k),
            Edit::Log => log_step(k, take(), take()),
            Edit::Change => change_step(k, take()),
            Edit::Delete => {
                let (i, id) = take();
                before.push(solo_call(i, id));
                delete_step(i, id)
            }
            Edit::Merge => {
                let j = twins.pop().expect("enough duplicates for the merges");
                let keep = by_email[&format!("twin{j}a@example.org")];
                let other = by_email[&format!("twin{j}b@example.org")];
                merge_step(j, keep, other)
            }
        });
    }
    Plan { before, steps }
}

fn add_step(k: usize) -> Step {
    let name = format!("Dr. Added Ef{k}");
    let email = format!("added{k}@example.org");
    let args = strings(&[
        "contacts", "add", "--name", &name, "--email", &email, "--tag", "added",
    ]);
    step(&format!("add {name}"), args, move |seen| {
        let id = format!(
            "(SELECT id FROM contacts WHERE display_name = {})",
            quoted(&name)
        );
        whole([
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contacts WHERE display_name = {}",
                    quoted(&name)
                )),
                1,
                0,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_emails WHERE address = '{email}'"
                )),
                1,
                0,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_tags WHERE contact_id = {id} AND tag = 'added'"
                )),
                1,
                0,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'ef{k}'"
                )),
                1,
                0,
            ),
        ])
    })
}

fn log_step(k: usize, (_, a): (usize, i64), (_, b): (usize, i64)) -> Step {
    let note = format!("lognote{k}");
    let (a_text, b_text) = (a.to_string(), b.to_string());
    let args = strings(&[
        "interactions",
        "add",
        "--contact",
        &a_text,
        "--contact",
        &b_text,
        "--kind",
        "meeting",
        "--topic",
        "renal denervation",
        "--note",
        &note,
    ]);
    step(
        &format!("log a meeting with {a} and {b}"),
        args,
        move |seen| {
            whole([
            (seen.count(&format!("SELECT count(*) FROM interactions WHERE note = '{note}'")), 1, 0),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM interaction_contacts WHERE interaction_id = \
                     (SELECT id FROM interactions WHERE note = '{note}') AND contact_id IN ({a}, {b})"
                )),
                2,
                0,
            ),
            (seen.count(&format!("SELECT count(*) FROM contact_search WHERE contact_search MATCH '{note}'")), 2, 0),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contacts WHERE id IN ({a}, {b}) AND last_interaction_at IS NOT NULL"
                )),
                2,
                0,
            ),
        ])
        },
    )
}

fn change_step(k: usize, (i, id): (usize, i64)) -> Step {
    let name = format!("Dr. Changed Cd{k}");
    let org = format!("New Hospital {k}");
    let tag = format!("changed{k}");
    let email = format!("changed{k}@example.org");
    let id_text = id.to_string();
    let args = strings(&[
        "contacts", "edit", &id_text, "--name", &name, "--org", &org, "--tag", &tag, "--email",
        &email,
    ]);
    step(&format!("edit contact {id}"), args, move |seen| {
        let named = |name: &str| {
            seen.count(&format!(
                "SELECT count(*) FROM contacts WHERE id = {id} AND display_name = {}",
                quoted(name)
            ))
        };
        let emailed = |address: &str| {
            seen.count(&format!("SELECT count(*) FROM contact_emails WHERE contact_id = {id} AND address = '{address}'"))
        };
        let found = |word: &str| {
            seen.count(&format!(
                "SELECT count(*) FROM contact_search WHERE contact_search MATCH '{word}'"
            ))
        };
        whole([
            (named(&name), 1, 0),
            (named(&format!("Dr. Edit Ab{i}")), 0, 1),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contacts WHERE id = {id} AND institution = {}",
                    quoted(&org)
                )),
                1,
                0,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_tags WHERE contact_id = {id} AND tag = '{tag}'"
                )),
                1,
                0,
            ),
            (emailed(&email), 1, 0),
            (emailed(&format!("edit{i}@example.org")), 0, 1),
            (found(&format!("cd{k}")), 1, 0),
            (found(&format!("ab{i}")), 0, 1),
        ])
    })
}

/// An acknowledged call logged with contact `id` alone, which deleting
/// them deletes too.
fn solo_call(i: usize, id: i64) -> Step {
    let note = format!("solonote{i}");
    let id_text = id.to_string();
    let args = strings(&[
        "interactions",
        "add",
        "--contact",
        &id_text,
        "--kind",
        "call",
        "--note",
        &note,
    ]);
    step(&format!("log a call with {id}"), args, move |seen| {
        // Done: logged, and still there unless its contact was deleted.
        let contact = seen.count(&format!("SELECT count(*) FROM contacts WHERE id = {id}"));
        let call = seen.count(&format!(
            "SELECT count(*) FROM interactions WHERE note = '{note}'"
        ));
        if call == contact {
            Effect::Done
        } else {
            Effect::Torn(format!(
                "{contact} contact {id}, {call} call with them alone"
            ))
        }
    })
}

fn delete_step(i: usize, id: i64) -> Step {
    let id_text = id.to_string();
    let args = strings(&["contacts", "delete", &id_text]);
    step(&format!("delete contact {id}"), args, move |seen| {
        whole([
            (
                seen.count(&format!("SELECT count(*) FROM contacts WHERE id = {id}")),
                0,
                1,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_emails WHERE contact_id = {id}"
                )),
                0,
                1,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM interactions WHERE note = 'solonote{i}'"
                )),
                0,
                1,
            ),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'ab{i}'"
                )),
                0,
                1,
            ),
        ])
    })
}

fn merge_step(j: usize, keep: i64, other: i64) -> Step {
    let (keep_text, other_text) = (keep.to_string(), other.to_string());
    let args = strings(&["contacts", "merge", &keep_text, &other_text]);
    step(&format!("merge {other} into {keep}"), args, move |seen| {
        let emails = |id: i64| {
            seen.count(&format!(
                "SELECT count(*) FROM contact_emails WHERE contact_id = {id}"
            ))
        };
        whole([
            (seen.count(&format!("SELECT count(*) FROM contacts WHERE id = {other}")), 0, 1),
            (emails(other), 0, 1),
            (emails(keep), 2, 1),
            (
                seen.count(&format!(
                    "SELECT count(*) FROM contact_emails WHERE contact_id = {keep} AND address = 'twin{j}b@example.org'"
                )),
                1,
                0,
            ),
        ])
    })
}

// ---- export ---------------------------------------------------------------

/// A book of 3,000 cards, and an earlier export where the new one goes. The
/// step exports over it. Done when the file holds every card, whole; not
/// done when it is the earlier export, untouched.
fn export_plan(book: &Book, _rng: &mut Rng) -> Plan {
    let cards_file = book.root().join("cards.vcf");
    std::fs::write(&cards_file, cards(BACKED_UP, 1)).unwrap();
    book.run(&["import", cards_file.to_str().unwrap()]);
    let file = book.root().join("export.vcf");
    std::fs::write(&file, "an earlier export\n").unwrap();
    let steps = vec![step(
        "export",
        strings(&[
            "export",
            "--format",
            "vcard",
            "--out",
            file.to_str().unwrap(),
        ]),
        move |_| {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let (begins, ends) = (
                text.matches("BEGIN:VCARD").count(),
                text.matches("END:VCARD").count(),
            );
            if text == "an earlier export\n" {
                Effect::NotDone
            } else if begins == BACKED_UP && ends == BACKED_UP && text.ends_with("END:VCARD\r\n") {
                Effect::Done
            } else {
                Effect::Torn(format!(
                    "{} bytes, {begins} cards begun, {ends} ended",
                    text.len()
                ))
            }
        },
    )];
    Plan {
        before: Vec::new(),
        steps,
    }
}

// ---- backup and restore ----------------------------------------------------

/// Cards in the book a backup or restore is killed on.
const BACKED_UP: usize = 3_000;

/// Contacts whose notes end with `version` (` v1`, ` v2`).
fn at_version(seen: &Seen, version: u32) -> i64 {
    seen.count(&format!(
        "SELECT count(*) FROM contacts WHERE notes GLOB '* v{version}'"
    ))
}

/// A book of 3,000 cards and one added contact; the step backs it up to a
/// file. Done when the file restores, into an empty data folder, into a
/// whole book with all of it; not done when there is no file.
fn backup_plan(book: &Book, _rng: &mut Rng) -> Plan {
    let cards_file = book.root().join("cards.vcf");
    std::fs::write(&cards_file, cards(BACKED_UP, 1)).unwrap();
    book.run(&["import", cards_file.to_str().unwrap()]);
    let before = vec![step(
        "add Dr. Before",
        strings(&["contacts", "add", "--name", "Dr. Before"]),
        |seen| {
            present(
                seen.count("SELECT count(*) FROM contacts"),
                BACKED_UP as i64 + 1,
            )
        },
    )];
    let file = book.root().join("backup.db");
    let steps = vec![step(
        "back up",
        strings(&["backup", "--out", file.to_str().unwrap()]),
        move |seen| {
            if !file.exists() {
                return Effect::NotDone;
            }
            let elsewhere = tempfile::tempdir_in(&seen.root).unwrap();
            let data = elsewhere.path().join("data");
            let (restored, said) = run_on(&data, &["restore", file.to_str().unwrap(), "--yes"]);
            if !restored {
                return Effect::Torn(format!("the backup file does not restore: {said}"));
            }
            match open_whole(&data) {
                Err(error) => Effect::Torn(format!("the restored book: {error}")),
                Ok(db) => {
                    let count: i64 = db
                        .query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))
                        .unwrap();
                    match count {
                        n if n == BACKED_UP as i64 + 1 => Effect::Done,
                        n => Effect::Torn(format!("the restored book has {n} contacts")),
                    }
                }
            }
        },
    )];
    Plan { before, steps }
}

/// A book of 3,000 cards backed up to a file, then changed: the cards
/// updated and a contact added. The step restores the file. Done when the
/// book is as backed up; not done when it is as changed.
fn restore_plan(book: &Book, _rng: &mut Rng) -> Plan {
    let (old, new) = (book.root().join("old.vcf"), book.root().join("new.vcf"));
    std::fs::write(&old, cards(BACKED_UP, 1)).unwrap();
    std::fs::write(&new, cards(BACKED_UP, 2)).unwrap();
    let file = book.root().join("old.db");
    book.run(&["import", old.to_str().unwrap()]);
    book.run(&["backup", "--out", file.to_str().unwrap()]);
    book.run(&["import", new.to_str().unwrap()]);
    book.run(&["contacts", "add", "--name", "Dr. After"]);
    let steps = vec![step(
        "restore",
        strings(&["restore", file.to_str().unwrap(), "--yes"]),
        |seen| {
            let after =
                seen.count("SELECT count(*) FROM contacts WHERE display_name = 'Dr. After'");
            let n = BACKED_UP as i64;
            whole([
                (at_version(seen, 1), n, 0),
                (at_version(seen, 2), 0, n),
                (after, 0, 1),
                (
                    seen.count(
                        "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'after'",
                    ),
                    0,
                    1,
                ),
            ])
        },
    )];
    Plan {
        before: Vec::new(),
        steps,
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
