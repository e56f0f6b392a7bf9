//! `curbside-cli draft` and `templates …`: a message drafted for a contact
//! or a reminder, logging it as sent, and the templates drafts are written
//! from. The clap definitions are in [`args`].

pub mod args;

use std::io::Read;
use std::path::Path;

use curbside_core::messages::{self, MessageTemplate, SentMessage};
use jiff::Timestamp;
use serde_json::json;

use crate::shared::wall_clock::user_zone;
use crate::shared::{fail, output, patient_data, say, unlock, Global};
use args::{DraftArgs, DraftCommand, DraftSentArgs, MyNameArgs, TemplateSetArgs, TemplatesCommand};

/// `draft`, or `draft sent`.
pub fn draft(global: &Global, args: &DraftArgs) -> Result<(), String> {
    if let Some(DraftCommand::Sent(sent)) = &args.command {
        return draft_sent(global, sent);
    }
    let db = unlock::open(global)?;
    let contact = match (args.contact, &args.reminder) {
        (Some(contact), _) => contact,
        (None, Some(reminder)) => messages::reminder_contact(&db, reminder).map_err(fail)?,
        (None, None) => return Err("name a --contact or a --reminder to draft for".into()),
    };
    let template = args.template;
    let draft =
        messages::compose(&db, contact, template, args.reminder.as_deref()).map_err(fail)?;
    if global.json {
        return output::json(&draft);
    }
    say!("Subject: {}\n\n{}", draft.subject, draft.body);
    Ok(())
}

fn draft_sent(global: &Global, args: &DraftSentArgs) -> Result<(), String> {
    patient_data::guard(&[("--subject", &args.subject)], args.patient_data)?;
    let zone = user_zone(args.tz.as_deref())?;
    let message = SentMessage {
        contact_id: args.contact,
        template: args.template,
        subject: args.subject.clone(),
        reminder_id: args.reminder.clone(),
    };
    let mut db = unlock::open(global)?;
    let logged = messages::sent(&mut db, &message, Timestamp::now(), &zone).map_err(fail)?;
    if global.json {
        return output::json(&logged);
    }
    match &args.reminder {
        Some(reminder) => say!(
            "Logged message {} with contact {}; {reminder} is done",
            logged.id,
            args.contact
        ),
        None => say!("Logged message {} with contact {}", logged.id, args.contact),
    }
    Ok(())
}

/// Runs one `templates` command.
pub fn templates(global: &Global, command: &TemplatesCommand) -> Result<(), String> {
    match command {
        TemplatesCommand::List => {
            let db = unlock::open(global)?;
            let all = messages::templates(&db).map_err(fail)?;
            if global.json {
                return output::json(&all);
            }
            let rows: Vec<Vec<String>> = all
                .iter()
                .map(|template| {
                    vec![
                        template.kind.as_str().replace('_', "-"),
                        template.name.clone(),
                        if template.edited { "yes" } else { "" }.to_owned(),
                        template.subject.clone(),
                    ]
                })
                .collect();
            output::table(&["KIND", "NAME", "EDITED", "SUBJECT"], &rows, 60);
            Ok(())
        }
        TemplatesCommand::Show(args) => {
            let db = unlock::open(global)?;
            let template = messages::template(&db, args.kind).map_err(fail)?;
            show(global, &template)
        }
        TemplatesCommand::Set(args) => set(global, args),
        TemplatesCommand::Reset(args) => {
            let db = unlock::open(global)?;
            let template = messages::reset_template(&db, args.kind).map_err(fail)?;
            if global.json {
                return output::json(&template);
            }
            say!("{} is Curbside's wording again", template.name);
            Ok(())
        }
        TemplatesCommand::MyName(args) => my_name(global, args),
    }
}

fn show(global: &Global, template: &MessageTemplate) -> Result<(), String> {
    if global.json {
        return output::json(template);
    }
    let edited = if template.edited { " (edited)" } else { "" };
    say!(
        "{}{edited}\nSubject: {}\n\n{}",
        template.name,
        template.subject,
        template.body
    );
    Ok(())
}

fn set(global: &Global, args: &TemplateSetArgs) -> Result<(), String> {
    let body = args
        .change
        .body_file
        .as_deref()
        .map(read_body)
        .transpose()?;
    let db = unlock::open(global)?;
    let kind = args.kind;
    let current = messages::template(&db, kind).map_err(fail)?;
    let subject = args.change.subject.as_deref().unwrap_or(&current.subject);
    let body = body.as_deref().unwrap_or(&current.body);
    let saved = messages::save_template(&db, kind, subject, body).map_err(fail)?;
    if global.json {
        return output::json(&saved);
    }
    match saved.edited {
        true => say!("Saved your wording of {}", saved.name),
        false => say!("{} is Curbside's wording", saved.name),
    }
    Ok(())
}

/// The body from a file, or from standard input for `-`.
fn read_body(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("could not read the body from standard input: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path)
        .map_err(|e| format!("could not read the body from {}: {e}", path.display()))
}

fn my_name(global: &Global, args: &MyNameArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let name = match &args.name {
        Some(name) => messages::set_my_name(&db, name).map_err(fail)?,
        None => messages::my_name(&db).map_err(fail)?,
    };
    if global.json {
        return output::json(&json!({ "my_name": name }));
    }
    match name {
        Some(name) => say!("Messages are signed {name}"),
        None => say!(
            "No name set: drafts leave out the lines with {{my_name}}; set one with `templates my-name \"Your Name\"`"
        ),
    }
    Ok(())
}
