//! `curbside-cli interactions …`: log, list, edit and delete what happened
//! with whom. The rules (not after now, known people and event, topic
//! length) are the core's, so the app and the CLI refuse the same things.
//! The clap definitions are in [`args`].

pub mod args;

use curbside_core::interactions::{self, Interaction, InteractionDraft, InteractionFilter};
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::shared::{output, patient_data, say, unlock, when, Global};
use args::{
    InteractionAddArgs, InteractionDetails, InteractionEditArgs, InteractionIdArg,
    InteractionListArgs, InteractionsCommand,
};

/// Runs one `interactions` command.
pub fn run(global: &Global, command: &InteractionsCommand) -> Result<(), String> {
    match command {
        InteractionsCommand::Add(args) => add(global, args),
        InteractionsCommand::List(args) => list(global, args),
        InteractionsCommand::Edit(args) => edit(global, args),
        InteractionsCommand::Delete(args) => delete(global, args),
    }
}

fn add(global: &Global, args: &InteractionAddArgs) -> Result<(), String> {
    let details = &args.details;
    guard_texts(details)?;
    let (occurred_at, time_zone) = when_given(details)?;
    let draft = InteractionDraft {
        kind: args.kind,
        occurred_at,
        time_zone: time_zone.unwrap_or_default(),
        topic: details.topic.clone().unwrap_or_default(),
        note: details.note.clone().unwrap_or_default(),
        contact_ids: args.contacts.clone(),
        event_id: details.event,
    };
    let mut db = unlock::open(global)?;
    let interaction =
        interactions::add(&mut db, &draft, Timestamp::now()).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&interaction);
    }
    say!(
        "Logged {} {} with {} contact(s)",
        interaction.kind.as_str(),
        interaction.id,
        interaction.contact_ids.len()
    );
    Ok(())
}

fn list(global: &Global, args: &InteractionListArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let filter = InteractionFilter {
        contact: args.contact,
        event: args.event,
        limit: args.limit,
    };
    let found = interactions::list(&db, filter).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&found);
    }
    if found.is_empty() {
        say!("No interactions");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|interaction| {
            vec![
                interaction.id.to_string(),
                wall_clock(interaction),
                interaction.kind.as_str().to_owned(),
                with_whom(&interaction.contact_ids),
                interaction.topic.clone(),
                interaction
                    .note
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    output::table(&["ID", "WHEN", "KIND", "WITH", "TOPIC", "NOTE"], &rows, 40);
    Ok(())
}

fn edit(global: &Global, args: &InteractionEditArgs) -> Result<(), String> {
    let details = &args.details;
    guard_texts(details)?;
    let (occurred_at, time_zone) = when_given(details)?;
    let mut db = unlock::open(global)?;
    let stored = interactions::get(&db, args.id).map_err(|e| e.to_string())?;
    let draft = InteractionDraft {
        kind: args.kind.unwrap_or(stored.kind),
        occurred_at,
        time_zone: time_zone.unwrap_or(stored.time_zone),
        topic: details.topic.clone().unwrap_or(stored.topic),
        note: details.note.clone().unwrap_or(stored.note),
        contact_ids: if args.contacts.is_empty() {
            stored.contact_ids
        } else {
            args.contacts.clone()
        },
        event_id: if args.no_event {
            None
        } else {
            details.event.or(stored.event_id)
        },
    };
    let edited = interactions::edit(&mut db, args.id, &draft, Timestamp::now())
        .map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&edited);
    }
    say!("Updated interaction {}", edited.id);
    Ok(())
}

fn delete(global: &Global, args: &InteractionIdArg) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let deleted = interactions::delete(&mut db, args.id).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&deleted);
    }
    say!(
        "Deleted {} {} with {} contact(s)",
        deleted.kind.as_str(),
        deleted.id,
        deleted.contact_ids.len()
    );
    Ok(())
}

/// `--at` and `--tz` as an instant and a zone, each `None` when not given
/// (a UTC `--at` names no zone, so an edit keeps the one stored).
/// Refuses a given topic or note that looks like it identifies a patient.
fn guard_texts(details: &InteractionDetails) -> Result<(), String> {
    let topic = details.topic.as_deref().unwrap_or_default();
    let note = details.note.as_deref().unwrap_or_default();
    patient_data::guard(
        &[("--topic", topic), ("--note", note)],
        details.patient_data,
    )
}

fn when_given(details: &InteractionDetails) -> Result<(Option<Timestamp>, Option<String>), String> {
    match &details.at {
        Some(text) => {
            let (at, zone) = when::instant(text, details.tz.as_deref())?;
            Ok((Some(at), Some(zone).filter(|zone| !zone.is_empty())))
        }
        None => Ok((None, details.tz.clone())),
    }
}

/// "2026-08-30 10:30 Europe/Berlin", or in UTC when the zone is not known.
fn wall_clock(interaction: &Interaction) -> String {
    let zone = TimeZone::get(&interaction.time_zone).unwrap_or(TimeZone::UTC);
    let name = if interaction.time_zone.is_empty() {
        "UTC"
    } else {
        &interaction.time_zone
    };
    format!(
        "{} {name}",
        interaction
            .occurred_at
            .to_zoned_datetime(zone)
            .strftime("%Y-%m-%d %H:%M")
    )
}

/// "12" or "12, 31".
fn with_whom(contacts: &[i64]) -> String {
    contacts
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
