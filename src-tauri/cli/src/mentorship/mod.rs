//! `curbside-cli mentorship …`: the user's mentors and mentees with their
//! goals, meetings and action items ([`run`]), and letters of
//! recommendation ([`letters`]); the clap definitions in [`args`].

pub mod args;
mod letters;

use curbside_core::mentorship::{self, GoalDraft, MeetingDraft, Mentorship, MentorshipDraft};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde_json::json;

use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};
use args::{ActionCommand, AddArgs, GoalCommand, MeetingCommand, MentorshipCommand};

/// Runs one `mentorship` command.
pub fn run(global: &Global, command: &MentorshipCommand) -> Result<(), String> {
    match command {
        MentorshipCommand::Add(args) => add(global, args),
        MentorshipCommand::List => {
            let db = unlock::open(global)?;
            let all = mentorship::list(&db).map_err(fail)?;
            if global.json {
                return output::json(&all);
            }
            print_list(&all);
            Ok(())
        }
        MentorshipCommand::Show(args) => {
            let db = unlock::open(global)?;
            let found = mentorship::get(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&found);
            }
            print_one(&found);
            Ok(())
        }
        MentorshipCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            mentorship::delete(&mut db, args.id).map_err(fail)?;
            deleted(global, "mentorship", args.id)
        }
        MentorshipCommand::Goal(command) => goal(global, command),
        MentorshipCommand::Meeting(command) => meeting(global, command),
        MentorshipCommand::Action(ActionCommand::Done(args)) => {
            let mut db = unlock::open(global)?;
            let action = mentorship::set_action_done(&mut db, args.id, !args.undo).map_err(fail)?;
            if global.json {
                return output::json(&action);
            }
            say!(
                "{} action item {}: {}",
                done_word(action.done),
                action.id,
                action.text
            );
            Ok(())
        }
        MentorshipCommand::Letter(command) => letters::run(global, command),
    }
}

/// Today in this computer's zone.
pub(crate) fn today() -> Date {
    Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date()
}

fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    let notes = args.notes.clone().unwrap_or_default();
    guard(&[("notes", &notes)], args.patient_data)?;
    let draft = MentorshipDraft {
        contact_id: args.contact,
        role: args.role,
        every_weeks: args.every,
        started_on: args.since.as_deref().map(wall_clock::date).transpose()?,
        notes,
    };
    let mut db = unlock::open(global)?;
    let added = mentorship::add(&mut db, &draft, today()).map_err(fail)?;
    if global.json {
        return output::json(&added);
    }
    say!(
        "Added mentorship {}: {} is your {}{}",
        added.id,
        added.contact_name,
        role_word(&added),
        next(&added)
    );
    Ok(())
}

fn goal(global: &Global, command: &GoalCommand) -> Result<(), String> {
    let mut db;
    let goal = match command {
        GoalCommand::Add(args) => {
            guard(&[("text", &args.text)], args.patient_data)?;
            let draft = GoalDraft {
                text: args.text.clone(),
                target_on: args.target.as_deref().map(wall_clock::date).transpose()?,
                done: false,
            };
            db = unlock::open(global)?;
            mentorship::add_goal(&mut db, args.mentorship, &draft).map_err(fail)?
        }
        GoalCommand::Done(args) => {
            db = unlock::open(global)?;
            let found = find_goal(&db, args.id)?;
            let draft = GoalDraft {
                text: found.text,
                target_on: found.target_on,
                done: !args.undo,
            };
            mentorship::update_goal(&mut db, args.id, &draft).map_err(fail)?
        }
        GoalCommand::Delete(args) => {
            db = unlock::open(global)?;
            mentorship::delete_goal(&mut db, args.id).map_err(fail)?;
            return deleted(global, "goal", args.id);
        }
    };
    if global.json {
        return output::json(&goal);
    }
    let target = goal
        .target_on
        .map(|day| format!(" (by {day})"))
        .unwrap_or_default();
    let state = if goal.done { ", done" } else { "" };
    say!("Goal {}: {}{target}{state}", goal.id, goal.text);
    Ok(())
}

fn find_goal(
    db: &curbside_core::db::Connection,
    id: i64,
) -> Result<curbside_core::mentorship::Goal, String> {
    mentorship::list(db)
        .map_err(fail)?
        .into_iter()
        .flat_map(|m| m.goals)
        .find(|goal| goal.id == id)
        .ok_or_else(|| format!("there is no goal with id {id}"))
}

fn meeting(global: &Global, command: &MeetingCommand) -> Result<(), String> {
    match command {
        MeetingCommand::Add(args) => {
            let notes = args.note.clone().unwrap_or_default();
            let mut texts: Vec<(&str, &str)> = vec![("note", &notes)];
            texts.extend(
                args.actions
                    .iter()
                    .map(|action| ("action", action.as_str())),
            );
            guard(&texts, args.patient_data)?;
            let draft = MeetingDraft {
                held_on: match &args.on {
                    Some(day) => wall_clock::date(day)?,
                    None => today(),
                },
                notes,
                actions: args.actions.clone(),
            };
            let mut db = unlock::open(global)?;
            let logged = mentorship::log_meeting(
                &mut db,
                args.mentorship,
                &draft,
                today(),
                Timestamp::now(),
            )
            .map_err(fail)?;
            if global.json {
                return output::json(&logged);
            }
            say!(
                "Logged meeting {} on {} with {} action item(s)",
                logged.id,
                logged.held_on,
                logged.actions.len()
            );
            Ok(())
        }
        MeetingCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            mentorship::delete_meeting(&mut db, args.id).map_err(fail)?;
            deleted(global, "meeting", args.id)
        }
    }
}

/// What a delete prints.
pub(crate) fn deleted(global: &Global, what: &str, id: i64) -> Result<(), String> {
    if global.json {
        return output::json(&json!({ "id": id, "deleted": true }));
    }
    say!("Deleted {what} {id}");
    Ok(())
}

fn done_word(done: bool) -> &'static str {
    if done {
        "Done:"
    } else {
        "Open again:"
    }
}

fn role_word(m: &Mentorship) -> &'static str {
    match m.role {
        mentorship::Role::Mentor => "mentor",
        mentorship::Role::Mentee => "mentee",
    }
}

fn next(m: &Mentorship) -> String {
    match (m.every_weeks, m.next_meeting_on) {
        (Some(weeks), Some(day)) => format!(", meeting every {weeks} week(s), next by {day}"),
        _ => String::new(),
    }
}

fn print_list(all: &[Mentorship]) {
    if all.is_empty() {
        say!("No mentors or mentees yet: add one with `mentorship add`.");
        return;
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                m.contact_name.clone(),
                role_word(m).to_owned(),
                m.every_weeks
                    .map(|weeks| format!("{weeks}w"))
                    .unwrap_or_else(|| "-".into()),
                m.next_meeting_on
                    .map(|day| day.to_string())
                    .unwrap_or_else(|| "-".into()),
                m.goals.iter().filter(|goal| !goal.done).count().to_string(),
                m.meetings.len().to_string(),
            ]
        })
        .collect();
    output::table(
        &[
            "ID",
            "NAME",
            "ROLE",
            "EVERY",
            "NEXT MEETING",
            "OPEN GOALS",
            "MEETINGS",
        ],
        &rows,
        40,
    );
}

fn print_one(m: &Mentorship) {
    say!("{} — your {}{}", m.contact_name, role_word(m), next(m));
    if !m.notes.is_empty() {
        say!("{}", m.notes);
    }
    say!("\nGoals:");
    if m.goals.is_empty() {
        say!("  (none)");
    }
    for goal in &m.goals {
        let mark = if goal.done { "x" } else { " " };
        let target = goal
            .target_on
            .map(|day| format!(" (by {day})"))
            .unwrap_or_default();
        say!("  [{mark}] {}{target}  #{}", goal.text, goal.id);
    }
    say!("\nMeetings:");
    if m.meetings.is_empty() {
        say!("  (none)");
    }
    for meeting in &m.meetings {
        say!("  {}  {}  #{}", meeting.held_on, meeting.notes, meeting.id);
        for action in &meeting.actions {
            let mark = if action.done { "x" } else { " " };
            say!("    [{mark}] {}  #{}", action.text, action.id);
        }
    }
}
