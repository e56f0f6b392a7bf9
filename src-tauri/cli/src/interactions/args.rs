//! The `interactions` commands as clap parses them: log what happened with
//! whom, list it, and put a mistake right (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::interactions::InteractionKind;

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `interactions …`
#[derive(Debug, Subcommand)]
pub enum InteractionsCommand {
    /// Log an interaction with one or more contacts (something that happened: not after now).
    #[command(
        after_help = "Example:\n  curbside-cli interactions add --contact 12 --kind meeting \\\n    --at \"2026-08-30T10:30[Europe/Berlin]\" --topic \"renal denervation\" --event 4 \\\n    --note \"Wants to join the journal club\""
    )]
    Add(InteractionAddArgs),
    /// List interactions, newest first: everyone's, a contact's or an event's.
    #[command(after_help = "Example:\n  curbside-cli interactions list --contact 12 --json")]
    List(InteractionListArgs),
    /// Change an interaction: each flag given replaces that field (--contact replaces everyone it was with).
    #[command(
        after_help = "Example:\n  curbside-cli interactions edit 42 --at \"2026-08-30T10:30[Europe/Berlin]\" --topic \"renal denervation\""
    )]
    Edit(InteractionEditArgs),
    /// Delete an interaction; last contact and reminders are recomputed.
    #[command(after_help = "Example:\n  curbside-cli interactions delete 42")]
    Delete(InteractionIdArg),
}

/// `interactions add`
#[derive(Debug, Args)]
pub struct InteractionAddArgs {
    /// A contact it was with (repeat for more).
    #[arg(long = "contact", value_name = "ID", required = true)]
    pub contacts: Vec<i64>,
    /// What kind of contact it was.
    #[arg(long, value_parser = choice::<InteractionKind>())]
    pub kind: InteractionKind,
    #[command(flatten)]
    pub details: InteractionDetails,
}

/// The flags `add` and `edit` share.
#[derive(Debug, Args)]
pub struct InteractionDetails {
    /// When it happened, not after now (add: default now): 2026-03-29T09:00[Europe/Berlin], 2026-03-29T07:00:00Z, or a local time with --tz.
    #[arg(long, value_name = "DATETIME")]
    pub at: Option<String>,
    /// The zone of a local --at time.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// What it was about, in a few words: message drafts quote it ("our conversation about …").
    #[arg(long, value_name = "TEXT")]
    pub topic: Option<String>,
    /// What was said or done: your own note, never quoted in drafts.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The event it happened at.
    #[arg(long, value_name = "ID")]
    pub event: Option<i64>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `interactions list`
#[derive(Debug, Args)]
pub struct InteractionListArgs {
    /// Only those with this contact.
    #[arg(long, value_name = "ID")]
    pub contact: Option<i64>,
    /// Only those at this event.
    #[arg(long, value_name = "ID")]
    pub event: Option<i64>,
    /// At most this many, the newest.
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

/// `interactions edit`
#[derive(Debug, Args)]
pub struct InteractionEditArgs {
    /// The interaction's id (from `interactions list`).
    pub id: i64,
    /// Everyone it was with (repeat for more; replaces the people it was with).
    #[arg(long = "contact", value_name = "ID")]
    pub contacts: Vec<i64>,
    /// What kind of contact it was.
    #[arg(long, value_parser = choice::<InteractionKind>())]
    pub kind: Option<InteractionKind>,
    #[command(flatten)]
    pub details: InteractionDetails,
    /// It was at no event after all.
    #[arg(long, conflicts_with = "event")]
    pub no_event: bool,
}

/// An interaction's id.
#[derive(Debug, Args)]
pub struct InteractionIdArg {
    /// The interaction's id (from `interactions list`).
    pub id: i64,
}
