//! The `opportunities` commands as clap parses them: job leads, research,
//! grants, speaking, committee seats and papers, with the people involved,
//! a status and a deadline (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::choice;
use curbside_core::opportunities::{OpportunityKind, OpportunityRole, OpportunityStatus};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `opportunities …`
#[derive(Debug, Subcommand)]
pub enum OpportunitiesCommand {
    /// Record an opportunity heard of, with who is involved and its deadline.
    #[command(
        after_help = "Example:\n  curbside-cli opportunities add --title \"Consultant post, St Mary's\" --kind job \\\n    --contact 12:told-me --contact 31:decides --deadline 2026-04-15 --note \"Ana says they want HF\""
    )]
    Add(AddArgs),
    /// List opportunities: open ones first, by deadline.
    #[command(after_help = "Example:\n  curbside-cli opportunities list --status applied --json")]
    List(ListArgs),
    /// Move an opportunity to a new status (kept in its history with today's date).
    #[command(after_help = "Example:\n  curbside-cli opportunities status 3 in-talks")]
    Status(StatusArgs),
    /// Show one opportunity with its people and status history.
    #[command(after_help = "Example:\n  curbside-cli opportunities show 3 --json")]
    Show(IdArg),
    /// Change an opportunity's fields; --contact replaces the people involved.
    #[command(
        after_help = "Example:\n  curbside-cli opportunities edit 3 --deadline 2026-05-01 --contact 12:could-refer"
    )]
    Edit(EditArgs),
    /// Delete an opportunity with its people and history.
    #[command(after_help = "Example:\n  curbside-cli opportunities delete 3")]
    Delete(IdArg),
}

/// A person involved: `ID` or `ID:ROLE`.
#[derive(Debug, Clone, Copy)]
pub struct Involved {
    pub contact_id: i64,
    pub role: OpportunityRole,
}

/// Reads `ID[:ROLE]` (the role `other` when left out).
fn involved(text: &str) -> Result<Involved, String> {
    let (id, role) = match text.split_once(':') {
        Some((id, role)) => (id, choice::parse(role).map_err(|error| error.to_string())?),
        None => (text, OpportunityRole::Other),
    };
    let contact_id = id
        .trim()
        .parse()
        .map_err(|_| format!("\"{}\" is not a contact id (a number)", id.trim()))?;
    Ok(Involved { contact_id, role })
}

/// `opportunities add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// What it is.
    #[arg(long, value_name = "T")]
    pub title: String,
    /// What sort of opportunity.
    #[arg(long, value_name = "KIND", value_parser = choice::<OpportunityKind>(), ignore_case = true)]
    pub kind: OpportunityKind,
    /// A person involved, by contact id, with their role: told-me, could-refer, decides, collaborator, other (repeat for more).
    #[arg(long = "contact", value_name = "ID[:ROLE]", value_parser = involved)]
    pub contacts: Vec<Involved>,
    /// The day it closes, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub deadline: Option<String>,
    /// Where it stands (default heard-of).
    #[arg(long, value_name = "STATUS", value_parser = choice::<OpportunityStatus>(), ignore_case = true)]
    pub status: Option<OpportunityStatus>,
    /// A link to the advert or call.
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `opportunities list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only those at this status.
    #[arg(long, value_name = "STATUS", value_parser = choice::<OpportunityStatus>(), ignore_case = true)]
    pub status: Option<OpportunityStatus>,
    /// Only those still open (not won, lost or passed).
    #[arg(long)]
    pub open: bool,
    /// Only those whose title, notes or people's names hold these words.
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,
}

/// `opportunities status`
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The opportunity's id.
    pub id: i64,
    /// Its new status.
    #[arg(value_parser = choice::<OpportunityStatus>(), ignore_case = true)]
    pub status: OpportunityStatus,
}

/// `opportunities edit`
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The opportunity's id.
    pub id: i64,
    /// What it is.
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// What sort of opportunity.
    #[arg(long, value_name = "KIND", value_parser = choice::<OpportunityKind>(), ignore_case = true)]
    pub kind: Option<OpportunityKind>,
    /// The people involved, replacing those recorded (repeat for more).
    #[arg(long = "contact", value_name = "ID[:ROLE]", value_parser = involved)]
    pub contacts: Vec<Involved>,
    /// Remove every person involved.
    #[arg(long, conflicts_with = "contacts")]
    pub no_contacts: bool,
    /// The day it closes, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", conflicts_with = "no_deadline")]
    pub deadline: Option<String>,
    /// Remove the deadline.
    #[arg(long)]
    pub no_deadline: bool,
    /// A link to the advert or call (empty to remove).
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// Free notes, replacing those recorded.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// An opportunity's id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The opportunity's id.
    pub id: i64,
}
