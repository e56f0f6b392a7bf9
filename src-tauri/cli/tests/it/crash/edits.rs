//! The edits scenario: contacts added, edited, deleted and merged and
//! interactions logged, one CLI run each; the killed one is whole or absent.

use super::*;

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
pub(super) fn edits_plan(book: &Book, rng: &mut Rng) -> Plan {
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
