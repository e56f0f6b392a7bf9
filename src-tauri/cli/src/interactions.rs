//! `curbside-cli interactions …`

use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use jiff::Timestamp;

use crate::args::{Global, InteractionAddArgs, InteractionsCommand, Kind};
use crate::{output, unlock, when};

/// Runs one `interactions` command.
pub fn run(global: &Global, command: &InteractionsCommand) -> Result<(), String> {
    match command {
        InteractionsCommand::Add(args) => add(global, args),
    }
}

fn add(global: &Global, args: &InteractionAddArgs) -> Result<(), String> {
    let (occurred_at, time_zone) = match &args.at {
        Some(text) => {
            let (at, zone) = when::instant(text, args.tz.as_deref())?;
            (Some(at), zone)
        }
        None => (None, args.tz.clone().unwrap_or_default()),
    };
    let draft = InteractionDraft {
        kind: kind(args.kind),
        occurred_at,
        time_zone,
        note: args.note.clone().unwrap_or_default(),
        contact_ids: args.contacts.clone(),
        event_id: args.event,
    };
    let mut db = unlock::open(global)?;
    let interaction =
        interactions::add(&mut db, &draft, Timestamp::now()).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&interaction);
    }
    println!(
        "Logged {} {} with {} contact(s)",
        interaction.kind.as_str(),
        interaction.id,
        interaction.contact_ids.len()
    );
    Ok(())
}

fn kind(kind: Kind) -> InteractionKind {
    match kind {
        Kind::Meeting => InteractionKind::Meeting,
        Kind::Call => InteractionKind::Call,
        Kind::Message => InteractionKind::Message,
        Kind::Email => InteractionKind::Email,
        Kind::Event => InteractionKind::Event,
        Kind::Article => InteractionKind::Article,
        Kind::Referral => InteractionKind::Referral,
        Kind::Introduction => InteractionKind::Introduction,
        Kind::Other => InteractionKind::Other,
    }
}
