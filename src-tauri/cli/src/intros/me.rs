//! `curbside-cli me …`: the user's own name, credentials, bio, pitch, links
//! and CV, and their own milestones.

use curbside_core::choice::Choice;
use curbside_core::presence::{self, OwnMilestoneDraft, Presence};
use jiff::Timestamp;
use serde_json::json;

use super::args::{MeCommand, MilestoneCommand, SetArgs};
use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};

/// Runs one `me` command.
pub fn run(global: &Global, command: &MeCommand) -> Result<(), String> {
    match command {
        MeCommand::Show => {
            let db = unlock::open(global)?;
            let me = presence::get(&db).map_err(fail)?;
            if global.json {
                return output::json(&me);
            }
            print(&me);
            Ok(())
        }
        MeCommand::Set(args) => set(global, args),
        MeCommand::Milestone(MilestoneCommand::Add(args)) => {
            let note = args.note.clone().unwrap_or_default();
            guard(
                &[("title", &args.title), ("note", &note)],
                args.patient_data,
            )?;
            let draft = OwnMilestoneDraft {
                kind: args.kind,
                title: args.title.clone(),
                happened_on: wall_clock::date(&args.date)?,
                note,
            };
            let db = unlock::open(global)?;
            let milestone = presence::add_milestone(&db, &draft, Timestamp::now()).map_err(fail)?;
            if global.json {
                return output::json(&milestone);
            }
            say!(
                "Recorded milestone {}: {} ({}); \"Update your profiles\" comes the day after",
                milestone.id,
                milestone.title,
                milestone.happened_on
            );
            Ok(())
        }
        MeCommand::Milestone(MilestoneCommand::List) => {
            let db = unlock::open(global)?;
            let all = presence::milestones(&db).map_err(fail)?;
            if global.json {
                return output::json(&all);
            }
            if all.is_empty() {
                say!("No milestones of your own yet");
            }
            for milestone in &all {
                say!(
                    "{}  {}  {}  {}",
                    milestone.id,
                    milestone.happened_on,
                    milestone.kind.name(),
                    milestone.title
                );
            }
            Ok(())
        }
        MeCommand::Milestone(MilestoneCommand::Delete(args)) => {
            let db = unlock::open(global)?;
            presence::delete_milestone(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted milestone {}", args.id);
            Ok(())
        }
    }
}

fn set(global: &Global, args: &SetArgs) -> Result<(), String> {
    let texts: Vec<(&str, &str)> = [("bio", &args.bio), ("pitch", &args.pitch)]
        .into_iter()
        .filter_map(|(field, text)| text.as_deref().map(|text| (field, text)))
        .collect();
    guard(&texts, args.patient_data)?;
    let db = unlock::open(global)?;
    let mut me = presence::get(&db).map_err(fail)?;
    fn change(field: &mut String, value: &Option<String>) {
        if let Some(value) = value {
            value.clone_into(field);
        }
    }
    change(&mut me.name, &args.name);
    change(&mut me.credentials, &args.credentials);
    change(&mut me.bio, &args.bio);
    change(&mut me.pitch, &args.pitch);
    if let Some(cv) = &args.cv {
        me.cv_path = cv.display().to_string();
    }
    for link in &args.links {
        let (kind, url) = link
            .split_once('=')
            .ok_or_else(|| format!("--link {link:?}: write KIND=URL, e.g. linkedin=https://…"))?;
        let field = match kind.trim().to_ascii_lowercase().as_str() {
            "doximity" => &mut me.doximity,
            "linkedin" => &mut me.linkedin,
            "orcid" => &mut me.orcid,
            "website" | "web" => &mut me.website,
            other => {
                return Err(format!(
                    "--link {other}=…: the kinds are doximity, linkedin, orcid and website"
                ))
            }
        };
        *field = url.to_owned();
    }
    let stored = presence::set(&db, &me).map_err(fail)?;
    if global.json {
        return output::json(&stored);
    }
    print(&stored);
    Ok(())
}

fn print(me: &Presence) {
    for (label, value) in [
        ("Name", &me.name),
        ("Credentials", &me.credentials),
        ("Bio", &me.bio),
        ("Pitch", &me.pitch),
        ("Doximity", &me.doximity),
        ("LinkedIn", &me.linkedin),
        ("ORCID", &me.orcid),
        ("Website", &me.website),
        ("CV", &me.cv_path),
    ] {
        let shown = if value.is_empty() { "(not set)" } else { value };
        say!("{label:<12} {shown}");
    }
}
