//! The scenarios that write a copy of the book or over it: an export over
//! an earlier one, a backup, and a restore.

use super::*;

// ---- export ---------------------------------------------------------------

/// A book of 3,000 cards, and an earlier export where the new one goes. The
/// step exports over it. Done when the file holds every card, whole; not
/// done when it is the earlier export, untouched.
pub(super) fn export_plan(book: &Book, _rng: &mut Rng) -> Plan {
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
pub(super) fn backup_plan(book: &Book, _rng: &mut Rng) -> Plan {
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
pub(super) fn restore_plan(book: &Book, _rng: &mut Rng) -> Plan {
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
