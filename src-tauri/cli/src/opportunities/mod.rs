//! `curbside-cli opportunities …`: job leads, collaborations, grants and
//! seats heard of by word of mouth, with the people involved, a status
//! with its history and a deadline. The clap definitions are in [`args`].

pub mod args;

use curbside_core::opportunities::{
    self, Opportunity, OpportunityDraft, OpportunityFilter, OpportunityPerson,
};
use jiff::Timestamp;
use serde_json::json;

use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};
use args::{AddArgs, EditArgs, Involved, ListArgs, OpportunitiesCommand};

/// Runs one `opportunities` command.
pub fn run(global: &Global, command: &OpportunitiesCommand) -> Result<(), String> {
    match command {
        OpportunitiesCommand::Add(args) => add(global, args),
        OpportunitiesCommand::List(args) => list(global, args),
        OpportunitiesCommand::Status(args) => {
            let mut db = unlock::open(global)?;
            let opportunity =
                opportunities::set_status(&mut db, args.id, args.status, today()?).map_err(fail)?;
            if global.json {
                return output::json(&opportunity);
            }
            say!(
                "Opportunity {} is now {}",
                opportunity.id,
                opportunity.status.label()
            );
            Ok(())
        }
        OpportunitiesCommand::Show(args) => {
            let db = unlock::open(global)?;
            let opportunity = opportunities::get(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&opportunity);
            }
            print_one(&opportunity);
            Ok(())
        }
        OpportunitiesCommand::Edit(args) => edit(global, args),
        OpportunitiesCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            opportunities::delete(&mut db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted opportunity {}", args.id);
            Ok(())
        }
    }
}

fn today() -> Result<jiff::civil::Date, String> {
    Ok(Timestamp::now()
        .to_zoned_datetime(wall_clock::user_zone(None)?)
        .date())
}

fn people(contacts: &[Involved]) -> Vec<OpportunityPerson> {
    contacts
        .iter()
        .map(|person| OpportunityPerson {
            contact_id: person.contact_id,
            display_name: String::new(),
            role: person.role,
        })
        .collect()
}

fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    let notes = args.note.clone().unwrap_or_default();
    guard(&[("note", &notes)], args.patient_data)?;
    let draft = OpportunityDraft {
        title: args.title.clone(),
        kind: args.kind,
        status: args.status,
        deadline: args.deadline.as_deref().map(wall_clock::date).transpose()?,
        link: args.link.clone().unwrap_or_default(),
        notes,
        people: people(&args.contacts),
    };
    let mut db = unlock::open(global)?;
    let opportunity = opportunities::add(&mut db, &draft, today()?).map_err(fail)?;
    if global.json {
        return output::json(&opportunity);
    }
    say!(
        "Added opportunity {}: {}",
        opportunity.id,
        opportunity.title
    );
    Ok(())
}

fn edit(global: &Global, args: &EditArgs) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let current = opportunities::get(&db, args.id).map_err(fail)?;
    let notes = args.note.clone().unwrap_or(current.notes);
    if args.note.is_some() {
        guard(&[("note", &notes)], args.patient_data)?;
    }
    let deadline = match (&args.deadline, args.no_deadline) {
        (Some(text), _) => Some(wall_clock::date(text)?),
        (None, true) => None,
        (None, false) => current.deadline,
    };
    let people = match (args.contacts.is_empty(), args.no_contacts) {
        (false, _) => people(&args.contacts),
        (true, true) => Vec::new(),
        (true, false) => current.people,
    };
    let draft = OpportunityDraft {
        title: args.title.clone().unwrap_or(current.title),
        kind: args.kind.unwrap_or(current.kind),
        status: None,
        deadline,
        link: args.link.clone().unwrap_or(current.link),
        notes,
        people,
    };
    let opportunity = opportunities::update(&mut db, args.id, &draft).map_err(fail)?;
    if global.json {
        return output::json(&opportunity);
    }
    say!(
        "Saved opportunity {}: {}",
        opportunity.id,
        opportunity.title
    );
    Ok(())
}

fn list(global: &Global, args: &ListArgs) -> Result<(), String> {
    let filter = OpportunityFilter {
        status: args.status,
        open_only: args.open,
        text: args.text.clone().unwrap_or_default(),
    };
    let db = unlock::open(global)?;
    let all = opportunities::list(&db, &filter).map_err(fail)?;
    if global.json {
        return output::json(&all);
    }
    if all.is_empty() {
        say!("No opportunities recorded.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|o| {
            vec![
                o.id.to_string(),
                o.status.label().to_owned(),
                o.kind.label().to_owned(),
                o.deadline.map(|d| d.to_string()).unwrap_or_default(),
                o.title.clone(),
            ]
        })
        .collect();
    output::table(&["ID", "STATUS", "KIND", "DEADLINE", "TITLE"], &rows, 60);
    Ok(())
}

fn print_one(o: &Opportunity) {
    say!("{} ({}), {}", o.title, o.kind.label(), o.status.label());
    if let Some(deadline) = o.deadline {
        say!("Deadline: {deadline}");
    }
    if !o.link.is_empty() {
        say!("Link: {}", o.link);
    }
    for person in &o.people {
        say!(
            "  {} (contact {}): {}",
            person.display_name,
            person.contact_id,
            person.role.label()
        );
    }
    for change in &o.history {
        say!("  {} {}", change.on, change.status.label());
    }
    if !o.notes.is_empty() {
        say!("{}", o.notes);
    }
}
