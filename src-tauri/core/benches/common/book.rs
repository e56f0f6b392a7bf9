//! A large contact book for the search benchmarks: 100,000 contacts with
//! 1,000,000 interactions, written straight into the tables in one
//! transaction (the public API would take many minutes), then indexed with
//! `search::rebuild_index`. Building it takes tens of seconds, so it is kept
//! in Cargo's benchmark scratch folder, under a name that carries the schema
//! version and this generator's version: a new migration or a change here
//! builds a new one.

use std::path::PathBuf;

use curbside_core::db::{self, Connection};
use curbside_core::keys::DataKey;
use curbside_core::search;
use curbside_core::vault;
use rusqlite::params;

use super::people::{self, Rng};

/// Bump when the generated data changes, so that cached books are rebuilt.
const GENERATOR_VERSION: u32 = 2;

/// How big a book to build.
#[derive(Debug, Clone, Copy)]
pub struct BookSize {
    /// Contacts.
    pub contacts: usize,
    /// Interactions per contact, on average.
    pub interactions_per_contact: usize,
}

impl BookSize {
    /// The size the speed targets are stated for.
    pub const FULL: Self = Self {
        contacts: 100_000,
        interactions_per_contact: 10,
    };
    /// Enough to run every benchmark once under `cargo test --benches`.
    pub const SMOKE: Self = Self {
        contacts: 1_000,
        interactions_per_contact: 10,
    };

    /// Interactions in all.
    pub fn interactions(self) -> usize {
        self.contacts * self.interactions_per_contact
    }
}

/// The cached books are generated data; a fixed key lets a later run open
/// them. Real databases get a random key from the OS.
fn book_key() -> DataKey {
    DataKey::from_bytes([0x5e; 32])
}

/// Where the book of this size is kept.
pub fn path(size: BookSize) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("curbside-bench")
        .join(format!(
            "book-schema{}-gen{GENERATOR_VERSION}-{}x{}.db",
            db::latest_version(),
            size.contacts,
            size.interactions_per_contact
        ))
}

/// The encrypted book of this size, built on first use and opened from the
/// cache after that. Returns the connection and whether it was just built.
pub fn open_or_build(size: BookSize) -> (Connection, bool) {
    let path = path(size);
    let mut built = false;
    if !path.exists() {
        let folder = path.parent().expect("a parent folder");
        std::fs::create_dir_all(folder).expect("the cache folder");
        let partial = path.with_extension("partial");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
        let mut conn =
            vault::open_database(&partial, &book_key(), true).expect("a new book database");
        build(&mut conn, size).expect("generating the book");
        // Closing checkpoints the write-ahead log into the file.
        conn.close().map_err(|(_, e)| e).expect("closing the book");
        std::fs::rename(&partial, &path).expect("moving the book into place");
        built = true;
    }
    (open(size), built)
}

/// Opens the cached book of this size as the app opens its database at
/// unlock: a new connection, the key applied, the schema checked, an empty
/// page cache. It must have been built ([`open_or_build`]).
pub fn open(size: BookSize) -> Connection {
    vault::open_database(&path(size), &book_key(), false).expect("opening the cached book")
}

/// A copy of the cached book of this size in `folder` (as `curbside.db`,
/// so that backups land beside it, as in a data folder), opened: for
/// benchmarks that write to the book and must leave the cached one as it
/// was.
pub fn open_copy(size: BookSize, folder: &std::path::Path) -> Connection {
    let copy = folder.join("curbside.db");
    std::fs::copy(path(size), &copy).expect("copying the book");
    vault::open_database(&copy, &book_key(), false).expect("opening the book's copy")
}

/// Fills an empty database with `size` made-up contacts and their
/// interactions, then builds the search index, all in one transaction.
pub fn build(conn: &mut Connection, size: BookSize) -> rusqlite::Result<()> {
    let mut rng = Rng::new(42);
    let now = "2026-01-01T00:00:00Z";
    // 2016-01-01 to 2026-01-01, in seconds.
    let (from, span) = (1_451_606_400_i64, 315_532_800_i64);
    let tx = conn.transaction()?;
    {
        let mut contact = tx.prepare(
            "INSERT INTO contacts (display_name, given_name, family_name, credentials, specialty, subspecialty,
                 institution, department, title, notes, uid, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?;
        let mut email = tx.prepare(
            "INSERT INTO contact_emails (contact_id, position, address) VALUES (?1, ?2, ?3)",
        )?;
        let mut phone = tx.prepare(
            "INSERT INTO contact_phones (contact_id, position, number) VALUES (?1, 0, ?2)",
        )?;
        let mut link = tx.prepare(
            "INSERT INTO contact_links (contact_id, position, label, url) VALUES (?1, 0, 'LinkedIn', ?2)",
        )?;
        let mut tag = tx.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES (?1, ?2)")?;
        for n in 0..size.contacts {
            let p = people::person(&mut rng, n);
            contact.execute(params![
                p.display_name,
                p.given,
                p.family,
                p.credentials,
                p.specialty,
                p.subspecialty,
                p.institution,
                p.department,
                p.title,
                p.notes,
                p.uid,
                now
            ])?;
            let id = tx.last_insert_rowid();
            for (position, address) in p.emails.iter().enumerate() {
                email.execute(params![id, position as i64, address])?;
            }
            phone.execute(params![id, p.phones[0]])?;
            if let Some(url) = &p.linkedin {
                link.execute(params![id, url])?;
            }
            for t in &p.tags {
                tag.execute(params![id, t])?;
            }
        }

        let mut interaction = tx.prepare(
            "INSERT INTO interactions (kind, occurred_at, note, created_at) VALUES (?1, ?2, ?3, ?2)",
        )?;
        let mut with = tx.prepare(
            "INSERT OR IGNORE INTO interaction_contacts (interaction_id, contact_id) VALUES (?1, ?2)",
        )?;
        let contacts = size.contacts as i64;
        for n in 0..size.interactions() {
            let at = jiff::Timestamp::from_second(from + (rng.next_u64() % span as u64) as i64)
                .expect("a time in range")
                .to_string();
            let note = people::interaction_note(&mut rng);
            interaction.execute(params![people::interaction_kind(&mut rng), at, note])?;
            let id = tx.last_insert_rowid();
            // Everyone gets about the same number; one in ten is a meeting
            // of two.
            with.execute(params![id, (n as i64 % contacts) + 1])?;
            if rng.chance(10) {
                with.execute(params![id, rng.below(size.contacts) as i64 + 1])?;
            }
        }
    }
    // The recency column, where the schema has one, as the app keeps it.
    let has_recency: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('contacts') WHERE name = 'last_interaction_at')",
        [],
        |row| row.get(0),
    )?;
    if has_recency {
        tx.execute_batch(
            "UPDATE contacts SET last_interaction_at = (
                 SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
                 WHERE ic.contact_id = contacts.id)",
        )?;
    }
    search::rebuild_index(&tx)?;
    tx.commit()?;
    conn.execute_batch("PRAGMA optimize;")?;
    Ok(())
}
