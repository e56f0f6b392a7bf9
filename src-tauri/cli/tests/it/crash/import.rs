//! The import scenario: 10,000 cards over an earlier import of 2,000,
//! killed anywhere: all of the new cards or none.

use super::*;

/// Cards in the first, acknowledged import.
const FIRST: usize = 2_000;
/// Cards in the import that is killed: the first ones again, changed, and
/// new ones.
const SECOND: usize = 10_000;

/// A vCard file of `count` generated doctors, at `version`.
pub(super) fn cards(count: usize, version: u32) -> String {
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
pub(super) fn import_plan(book: &Book, _rng: &mut Rng) -> Plan {
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
