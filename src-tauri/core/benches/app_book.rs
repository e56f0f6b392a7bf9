//! Not a timing: writes the book `tests/bench/app-start.sh` measures the app
//! on, as a whole-book file (docs/BOOK-FORMAT.md) that `curbside-cli import`
//! reads into a data folder unlocked with the keyring, as a user would. The
//! contacts and their interactions come from the search benchmark's generator
//! (ten interactions each), the events from the calendar benchmark's; one
//! more contact, "Dr. Profile Benchmark", has 1,000 interactions of their
//! own, for the profile's opening time.
//!
//! `cargo bench -p curbside-core --bench app_book -- OUT.json [CONTACTS]`
//! (CONTACTS 100,000 by default; `cargo test --bench app_book -- OUT.json
//! 500` for a debug build). Run with no file (as `cargo test --benches`
//! does), it writes a small book to a temporary folder and reads it back.
//!
//! One timing, on the book it builds: what the core does when Contacts opens
//! (the ids in order, then the lines in view), beside the duplicate scan the
//! start runs on the same connection, as a median of a few runs, each
//! checked.

mod common;

use std::error::Error;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use common::book::{self, BookSize};
use common::calendar_data::{self, CalendarSize};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use jiff::{SignedDuration, Timestamp};

/// The contact whose profile is opened with 1,000 interactions.
pub const PROFILE_NAME: &str = "Dr. Profile Benchmark";
/// How many interactions they have.
const PROFILE_INTERACTIONS: i64 = 1_000;

fn main() -> Result<(), Box<dyn Error>> {
    // `cargo bench` adds `--bench`; any other flag is the harness's.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(out) = args.first() else {
        return smoke();
    };
    let contacts = match args.get(1) {
        Some(n) => n
            .parse()
            .map_err(|_| format!("not a number of contacts: {n}"))?,
        None => 100_000,
    };
    write_book(Path::new(out), contacts)?;
    println!("wrote {out}: {contacts} contacts and {PROFILE_NAME} with {PROFILE_INTERACTIONS} interactions");
    Ok(())
}

/// Builds the book in memory and writes it to `out`.
fn write_book(out: &Path, contacts: usize) -> Result<(), Box<dyn Error>> {
    let mut conn = db::open_in_memory()?;
    book::build(
        &mut conn,
        BookSize {
            contacts,
            interactions_per_contact: 10,
        },
    )?;
    let events = if contacts >= 10_000 { 5_000 } else { 200 };
    calendar_data::add(
        &mut conn,
        CalendarSize {
            events,
            credits: events,
            contacts: contacts.min(300),
        },
    )?;
    let now = Timestamp::now();
    let draft = ContactDraft {
        display_name: PROFILE_NAME.to_owned(),
        ..ContactDraft::default()
    };
    let profile = contacts::create(&mut conn, &draft, now)?;
    for n in 0..PROFILE_INTERACTIONS {
        let at = now - SignedDuration::from_hours(24 * (n + 1));
        let draft = InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(at),
            topic: format!("Case conference {n}"),
            note: "Talked over the referral pathway and the next grand rounds.".to_owned(),
            contact_ids: vec![profile.id],
            ..InteractionDraft::default()
        };
        interactions::add(&mut conn, &draft, now)?;
    }
    list_opening(&conn, contacts + 1)?;
    let mut file = BufWriter::new(File::create(out)?);
    curbside_core::book::export(&conn, &mut file, now)?;
    file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}

/// Times and checks what Contacts' opening asks of the core: `contacts_order`
/// (every id in the list's order) and `contacts_lines` (the first screen of
/// lines), and, for scale, `duplicates::find`, which the start runs on the
/// same connection (a click while it runs waits for it).
fn list_opening(conn: &rusqlite::Connection, expected: usize) -> Result<(), Box<dyn Error>> {
    let filter = contacts::ContactFilter::default();
    let (order_ms, ids) = median_ms(|| contacts::order(conn, &filter))?;
    assert_eq!(ids.len(), expected, "every contact in the list");
    let first = &ids[..ids.len().min(60)];
    let (lines_ms, lines) = median_ms(|| contacts::lines(conn, first))?;
    assert_eq!(lines.len(), first.len());
    let names: Vec<String> = lines
        .iter()
        .map(|l| l.display_name.to_ascii_lowercase())
        .collect();
    assert!(
        names.is_sorted(),
        "the first lines in name order: {names:?}"
    );
    let (duplicates_ms, _) = median_ms(|| contacts::duplicates::find(conn))?;
    println!(
        "contacts_order (all {} ids, by name): {order_ms:.1} ms",
        ids.len()
    );
    println!(
        "contacts_lines (the first {}): {lines_ms:.2} ms",
        first.len()
    );
    println!("duplicates::find (run at start): {duplicates_ms:.1} ms");
    Ok(())
}

/// The median of five runs of `work`, in milliseconds, with its last answer.
fn median_ms<T, E: Error + 'static>(
    mut work: impl FnMut() -> Result<T, E>,
) -> Result<(f64, T), Box<dyn Error>> {
    let mut times = Vec::new();
    let mut answer = None;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        answer = Some(work()?);
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    Ok((times[2], answer.expect("five runs")))
}

/// A small book written and read back, so the generator keeps working.
fn smoke() -> Result<(), Box<dyn Error>> {
    let dir = tempfile::tempdir()?;
    let path: PathBuf = dir.path().join("book.json");
    write_book(&path, 50)?;
    let mut conn = db::open_in_memory()?;
    let imported = curbside_core::book::import_file(&mut conn, &path)?;
    let count =
        |sql: &str| -> Result<i64, rusqlite::Error> { conn.query_row(sql, [], |r| r.get(0)) };
    assert_eq!(count("SELECT count(*) FROM contacts")?, 51, "{imported:?}");
    let with_profile = format!(
        "SELECT count(*) FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id
         WHERE c.display_name = '{PROFILE_NAME}'"
    );
    assert_eq!(count(&with_profile)?, PROFILE_INTERACTIONS);
    assert!(count("SELECT count(*) FROM events")? >= 200);
    Ok(())
}
