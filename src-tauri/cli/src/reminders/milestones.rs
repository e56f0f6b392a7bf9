//! `curbside-cli milestones …`: a promotion, a new job, a paper, recorded on
//! a contact so the engine prompts the user to congratulate them.

use curbside_core::reminders::{self, Milestone, MilestoneDraft};
use jiff::Timestamp;
use serde_json::json;

use super::args::{MilestoneAddArgs, MilestonesCommand};
use crate::shared::{fail, output, patient_data, say, unlock, wall_clock, Global};

/// Runs one `milestones` command.
pub fn run(global: &Global, command: &MilestonesCommand) -> Result<(), String> {
    match command {
        MilestonesCommand::Add(args) => add(global, args),
        MilestonesCommand::List(args) => {
            let db = unlock::open(global)?;
            let found = reminders::milestones(&db, args.contact).map_err(fail)?;
            if global.json {
                return output::json(&found);
            }
            print(&found);
            Ok(())
        }
        MilestonesCommand::Delete(args) => {
            let db = unlock::open(global)?;
            reminders::delete_milestone(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted milestone {}", args.id);
            Ok(())
        }
    }
}

fn add(global: &Global, args: &MilestoneAddArgs) -> Result<(), String> {
    let note = args.note.as_deref().unwrap_or_default();
    patient_data::guard(&[("--note", note)], args.patient_data)?;
    let draft = MilestoneDraft {
        contact_id: args.contact,
        kind: args.kind.as_str().to_owned(),
        on: args.on.as_deref().map(wall_clock::date).transpose()?,
        note: args.note.clone().unwrap_or_default(),
    };
    let mut db = unlock::open(global)?;
    let milestone = reminders::add_milestone(&mut db, &draft, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&milestone);
    }
    say!(
        "Recorded milestone {} for contact {}: {} on {}",
        milestone.id,
        milestone.contact_id,
        milestone.kind.replace('_', " "),
        milestone.on
    );
    Ok(())
}

fn print(found: &[Milestone]) {
    if found.is_empty() {
        say!("No milestones recorded: add one with `milestones add`.");
        return;
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|milestone| {
            vec![
                milestone.on.to_string(),
                milestone.kind.replace('_', " "),
                milestone.note.clone(),
                milestone.source.clone(),
                milestone.id.to_string(),
            ]
        })
        .collect();
    output::table(&["ON", "KIND", "NOTE", "SOURCE", "ID"], &rows, 60);
}
