//! Writes the files that tests/bench/peers.sh gives both Curbside and the
//! peers (khard, khal): the benchmarks' made-up people as one vCard 3.0
//! file and again one card per file (a vdir, as khard reads it), and the
//! calendar benchmark's events as one iCalendar file. The same seeds as the
//! core benchmarks, so the peers read the very cards and events the core's
//! figures are measured on (less the few repeated people, see
//! [`distinct_cards`]).
//!
//! `cargo run -p curbside-core --example peer_files -- OUT CONTACTS EVENTS`
//! writes `OUT/contacts.vcf`, `OUT/vdir/NNNNNN.vcf` and `OUT/calendar.ics`.

use std::collections::HashSet;
use std::error::Error;
use std::path::{Path, PathBuf};

use curbside_core::interop::vcard::{self, VcardVersion};
use curbside_core::interop::Card;

// The benchmarks' made-up people.
#[allow(dead_code)]
#[path = "../benches/common/people.rs"]
mod people;
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../benches/common/words.rs"]
mod words;

/// The calendar benchmark's generator, without its database half (which
/// reads Cargo's benchmark scratch folder, set only for benches).
#[allow(dead_code)]
#[path = "../benches/common/calendar_data"]
mod calendar_data {
    use jiff::civil::{date, Date};

    pub mod ics;
    mod key_dates;
    pub mod plan;
    #[rustfmt::skip]
    mod words;

    /// As the calendar benchmark's "today".
    pub const TODAY: Date = date(2026, 6, 15);

    /// What `ics::write_file` takes (unused here: the file goes to OUT).
    #[derive(Debug, Clone, Copy)]
    pub struct CalendarSize {
        pub events: usize,
        pub credits: usize,
        pub contacts: usize,
    }

    pub fn folder() -> std::path::PathBuf {
        std::env::temp_dir()
    }
}

fn main() {
    if let Err(e) = run() {
        eprintln!("peer_files: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, contacts, events] = args.as_slice() else {
        return Err("usage: peer_files OUT CONTACTS EVENTS".into());
    };
    let out = PathBuf::from(out);
    let contacts: usize = contacts
        .parse()
        .map_err(|_| format!("CONTACTS is a number, not {contacts:?}"))?;
    let events: usize = events
        .parse()
        .map_err(|_| format!("EVENTS is a number, not {events:?}"))?;
    write_cards(&out, contacts)?;
    // People to meet are not written to the file; 300 keeps the
    // generator's sequence the calendar benchmark's.
    let planned = calendar_data::plan::events(events, 300);
    std::fs::write(
        out.join("calendar.ics"),
        calendar_data::ics::calendar(&planned),
    )?;
    Ok(())
}

/// `count` of the benchmarks' people, each a different person to Curbside's
/// import: the generator draws the same name at the same institution now
/// and then (233 times in 10,000), which import rightly takes for one
/// person, while khard keeps both; those repeats are drawn again.
fn distinct_cards(count: usize) -> Vec<Card> {
    let mut rng = people::Rng::new(7);
    let mut seen = HashSet::new();
    let mut cards = Vec::with_capacity(count);
    let mut n = 0;
    while cards.len() < count {
        let person = people::person(&mut rng, n);
        n += 1;
        let key = (
            person.display_name.to_lowercase(),
            person.institution.to_lowercase(),
        );
        if seen.insert(key) {
            cards.push(people::card(person));
        }
    }
    cards
}

/// `OUT/contacts.vcf` with every card, and `OUT/vdir/` with one file each.
fn write_cards(out: &Path, count: usize) -> Result<(), Box<dyn Error>> {
    let vdir = out.join("vdir");
    std::fs::create_dir_all(&vdir)?;
    let mut all = Vec::new();
    for (n, card) in distinct_cards(count).iter().enumerate() {
        let mut one = Vec::new();
        vcard::write_card(card, VcardVersion::V3, &mut one)?;
        std::fs::write(vdir.join(format!("{n:06}.vcf")), &one)?;
        all.extend_from_slice(&one);
    }
    std::fs::write(out.join("contacts.vcf"), all)?;
    Ok(())
}
