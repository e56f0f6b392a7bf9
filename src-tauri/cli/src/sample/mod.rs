//! `sample add|remove|status`: made-up data for a first look, added and
//! removed whole (the core's `sample`).

pub mod args;

use curbside_core::sample::{self, SampleCounts};
use jiff::Timestamp;

use crate::shared::wall_clock::user_zone;
use crate::shared::{fail, output, say, unlock, Global};
use args::SampleCommand;

/// Runs `sample …`.
pub fn run(global: &Global, command: &SampleCommand) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let (counts, done) = match command {
        SampleCommand::Add => {
            let now = Timestamp::now();
            let today = user_zone(None)?.to_datetime(now).date();
            (sample::add(&mut db, today, now).map_err(fail)?, "Added")
        }
        SampleCommand::Remove => (sample::remove(&mut db).map_err(fail)?, "Removed"),
        SampleCommand::Status => (sample::counts(&db).map_err(fail)?, "The book holds"),
    };
    if global.json {
        return output::json(&counts);
    }
    say!("{done} {}", described(counts));
    Ok(())
}

fn described(counts: SampleCounts) -> String {
    format!(
        "{} sample contact{} and {} sample event{}",
        counts.contacts,
        if counts.contacts == 1 { "" } else { "s" },
        counts.events,
        if counts.events == 1 { "" } else { "s" }
    )
}
