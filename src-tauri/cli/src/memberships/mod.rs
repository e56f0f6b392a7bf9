//! `curbside-cli memberships …`: societies and associations with member
//! number, dues and renewal, committees and roles, and the calendar events
//! that are their meetings. The clap definitions are in [`args`].

pub mod args;

use curbside_core::memberships::{self, CommitteeRole, Membership, MembershipDraft};
use serde_json::json;

use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};
use args::{AddArgs, EditArgs, MeetingCommand, MembershipsCommand, RoleCommand};

/// Runs one `memberships` command.
pub fn run(global: &Global, command: &MembershipsCommand) -> Result<(), String> {
    match command {
        MembershipsCommand::Add(args) => add(global, args),
        MembershipsCommand::List => {
            let db = unlock::open(global)?;
            let all = memberships::list(&db).map_err(fail)?;
            if global.json {
                return output::json(&all);
            }
            print_list(&all);
            Ok(())
        }
        MembershipsCommand::Show(args) => {
            let db = unlock::open(global)?;
            shown(global, &memberships::get(&db, args.id).map_err(fail)?)
        }
        MembershipsCommand::Renew(args) => {
            let to = args.to.as_deref().map(wall_clock::date).transpose()?;
            let mut db = unlock::open(global)?;
            let membership = memberships::renew(&mut db, args.id, to).map_err(fail)?;
            if global.json {
                return output::json(&membership);
            }
            match membership.renews_on {
                Some(on) => say!("Renewed {}: next renewal {on}", membership.society),
                None => say!("Renewed {}", membership.society),
            }
            Ok(())
        }
        MembershipsCommand::Role(RoleCommand::Add(args)) => {
            let role = CommitteeRole {
                committee: args.committee.clone().unwrap_or_default(),
                role: args.role.clone().unwrap_or_default(),
                from: args.from.as_deref().map(wall_clock::date).transpose()?,
                to: args.to.as_deref().map(wall_clock::date).transpose()?,
            };
            let mut db = unlock::open(global)?;
            shown(
                global,
                &memberships::add_role(&mut db, args.id, &role).map_err(fail)?,
            )
        }
        MembershipsCommand::Role(RoleCommand::Remove(args)) => {
            let mut db = unlock::open(global)?;
            let index = args.number as usize - 1;
            shown(
                global,
                &memberships::remove_role(&mut db, args.id, index).map_err(fail)?,
            )
        }
        MembershipsCommand::Meeting(MeetingCommand::Link(args)) => {
            let mut db = unlock::open(global)?;
            shown(
                global,
                &memberships::link_event(&mut db, args.id, args.event).map_err(fail)?,
            )
        }
        MembershipsCommand::Meeting(MeetingCommand::Unlink(args)) => {
            let mut db = unlock::open(global)?;
            shown(
                global,
                &memberships::unlink_event(&mut db, args.id, args.event).map_err(fail)?,
            )
        }
        MembershipsCommand::Edit(args) => edit(global, args),
        MembershipsCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            memberships::delete(&mut db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted membership {}", args.id);
            Ok(())
        }
    }
}

fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    let notes = args.note.clone().unwrap_or_default();
    guard(&[("note", &notes)], args.patient_data)?;
    let draft = MembershipDraft {
        society: args.society.clone(),
        member_number: args.number.clone().unwrap_or_default(),
        since: args.since.as_deref().map(wall_clock::date).transpose()?,
        dues_amount: args.dues,
        dues_currency: args.currency.clone().unwrap_or_default(),
        renews_on: args.renews.as_deref().map(wall_clock::date).transpose()?,
        renews_yearly: !args.not_yearly,
        status: None,
        notes,
    };
    let mut db = unlock::open(global)?;
    let membership = memberships::add(&mut db, &draft).map_err(fail)?;
    if global.json {
        return output::json(&membership);
    }
    say!("Added membership {}: {}", membership.id, membership.society);
    Ok(())
}

fn edit(global: &Global, args: &EditArgs) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let current = memberships::get(&db, args.id).map_err(fail)?;
    if let Some(note) = &args.note {
        guard(&[("note", note)], args.patient_data)?;
    }
    let renews_on = match (&args.renews, args.no_renewal) {
        (Some(text), _) => Some(wall_clock::date(text)?),
        (None, true) => None,
        (None, false) => current.renews_on,
    };
    let draft = MembershipDraft {
        society: args.society.clone().unwrap_or(current.society),
        member_number: args.number.clone().unwrap_or(current.member_number),
        since: match &args.since {
            Some(text) => Some(wall_clock::date(text)?),
            None => current.since,
        },
        dues_amount: args.dues.or(current.dues_amount),
        dues_currency: args.currency.clone().unwrap_or(current.dues_currency),
        renews_on,
        renews_yearly: args.yearly.unwrap_or(current.renews_yearly),
        status: args.status,
        notes: args.note.clone().unwrap_or(current.notes),
    };
    let membership = memberships::update(&mut db, args.id, &draft).map_err(fail)?;
    if global.json {
        return output::json(&membership);
    }
    say!("Saved membership {}: {}", membership.id, membership.society);
    Ok(())
}

fn dues(m: &Membership) -> String {
    m.dues_amount
        .map(|amount| format!("{amount:.2} {}", m.dues_currency).trim().to_owned())
        .unwrap_or_default()
}

fn print_list(all: &[Membership]) {
    if all.is_empty() {
        say!("No memberships recorded.");
        return;
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                output::name_of(&m.status),
                m.renews_on.map(|d| d.to_string()).unwrap_or_default(),
                dues(m),
                m.society.clone(),
            ]
        })
        .collect();
    output::table(&["ID", "STATUS", "RENEWS", "DUES", "SOCIETY"], &rows, 60);
}

fn shown(global: &Global, m: &Membership) -> Result<(), String> {
    if global.json {
        return output::json(m);
    }
    say!("{} ({})", m.society, output::name_of(&m.status));
    if !m.member_number.is_empty() {
        say!("Member number: {}", m.member_number);
    }
    if let Some(since) = m.since {
        say!("Member since: {since}");
    }
    if let Some(on) = m.renews_on {
        let yearly = if m.renews_yearly { ", yearly" } else { "" };
        say!("Renews: {on}{yearly}");
    }
    if m.dues_amount.is_some() {
        say!("Dues: {}", dues(m));
    }
    for (n, role) in m.roles.iter().enumerate() {
        let span = match (role.from, role.to) {
            (Some(from), Some(to)) => format!(" ({from} to {to})"),
            (Some(from), None) => format!(" (since {from})"),
            (None, Some(to)) => format!(" (until {to})"),
            (None, None) => String::new(),
        };
        say!("  {}. {} {}{span}", n + 1, role.committee, role.role);
    }
    for meeting in &m.meetings {
        say!(
            "  Meeting: {} {} (event {})",
            meeting.starts_on,
            meeting.title,
            meeting.event_id
        );
    }
    if !m.notes.is_empty() {
        say!("{}", m.notes);
    }
    Ok(())
}
