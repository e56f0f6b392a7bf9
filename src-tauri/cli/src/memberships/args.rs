//! The `memberships` commands as clap parses them: societies with member
//! number, dues and renewal, committee roles and meetings (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::memberships::MembershipStatus;

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `memberships …`
#[derive(Debug, Subcommand)]
pub enum MembershipsCommand {
    /// Record a membership of a society or association.
    #[command(
        after_help = "Example:\n  curbside-cli memberships add --society \"European Society of Cardiology (ESC)\" \\\n    --number 40211 --renews 2027-01-31 --dues 350 --currency EUR"
    )]
    Add(AddArgs),
    /// List memberships: active ones first, by next renewal.
    #[command(after_help = "Example:\n  curbside-cli memberships list --json")]
    List,
    /// Show one membership with its roles and meetings.
    #[command(after_help = "Example:\n  curbside-cli memberships show 2 --json")]
    Show(IdArg),
    /// Record the dues paid: the renewal moves a year on (or to --to) and the membership is active.
    #[command(after_help = "Example:\n  curbside-cli memberships renew 2")]
    Renew(RenewArgs),
    /// Committees and roles held in the society.
    #[command(subcommand)]
    Role(RoleCommand),
    /// The society's meetings: calendar events linked to it.
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// Change a membership's fields.
    #[command(
        after_help = "Example:\n  curbside-cli memberships edit 2 --status lapsed --no-renewal"
    )]
    Edit(EditArgs),
    /// Delete a membership (its meetings stay in the calendar).
    #[command(after_help = "Example:\n  curbside-cli memberships delete 2")]
    Delete(IdArg),
}

/// `memberships role …`
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Add a committee or role.
    #[command(
        after_help = "Example:\n  curbside-cli memberships role add 2 --committee \"Guidelines\" --role member --from 2024-01-01"
    )]
    Add(RoleAddArgs),
    /// Remove a committee or role by its number as `show` lists it (1 the first).
    #[command(after_help = "Example:\n  curbside-cli memberships role remove 2 1")]
    Remove(RoleRemoveArgs),
}

/// `memberships meeting …`
#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Link a calendar event as one of the society's meetings.
    #[command(after_help = "Example:\n  curbside-cli memberships meeting link 2 --event 14")]
    Link(MeetingArgs),
    /// Unlink a meeting (the event stays in the calendar).
    #[command(after_help = "Example:\n  curbside-cli memberships meeting unlink 2 --event 14")]
    Unlink(MeetingArgs),
}

/// `memberships add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The society or association.
    #[arg(long, value_name = "NAME")]
    pub society: String,
    /// Your member number.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Member since, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// The next renewal, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub renews: Option<String>,
    /// It does not renew every year: `renew` then asks for the next date.
    #[arg(long)]
    pub not_yearly: bool,
    /// Yearly dues, an amount (e.g. 350 or 129.50).
    #[arg(long, value_name = "AMOUNT")]
    pub dues: Option<f64>,
    /// The dues' currency, a three-letter code (USD, EUR, GBP).
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `memberships edit`
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The membership's id.
    pub id: i64,
    /// The society or association.
    #[arg(long, value_name = "NAME")]
    pub society: Option<String>,
    /// Your member number.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Member since, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// The next renewal, YYYY-MM-DD.
    #[arg(long, value_name = "DATE", conflicts_with = "no_renewal")]
    pub renews: Option<String>,
    /// Remove the renewal date.
    #[arg(long)]
    pub no_renewal: bool,
    /// Whether it renews every year.
    #[arg(long, value_name = "BOOL")]
    pub yearly: Option<bool>,
    /// Yearly dues, an amount.
    #[arg(long, value_name = "AMOUNT")]
    pub dues: Option<f64>,
    /// The dues' currency.
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// Active or lapsed.
    #[arg(long, value_name = "STATUS", value_parser = choice::<MembershipStatus>(), ignore_case = true)]
    pub status: Option<MembershipStatus>,
    /// Free notes, replacing those recorded.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `memberships renew`
#[derive(Debug, Args)]
pub struct RenewArgs {
    /// The membership's id.
    pub id: i64,
    /// The next renewal date, YYYY-MM-DD (default: a year after the current one).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `memberships role add`
#[derive(Debug, Args)]
pub struct RoleAddArgs {
    /// The membership's id.
    pub id: i64,
    /// The committee.
    #[arg(long, value_name = "C")]
    pub committee: Option<String>,
    /// The role (member, chair, secretary…).
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// Since, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Until, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `memberships role remove`
#[derive(Debug, Args)]
pub struct RoleRemoveArgs {
    /// The membership's id.
    pub id: i64,
    /// The role's number as `show` lists it (1 the first).
    #[arg(value_parser = clap::value_parser!(u32).range(1..))]
    pub number: u32,
}

/// `memberships meeting link|unlink`
#[derive(Debug, Args)]
pub struct MeetingArgs {
    /// The membership's id.
    pub id: i64,
    /// The calendar event's id.
    #[arg(long, value_name = "EID")]
    pub event: i64,
}

/// A membership's id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The membership's id.
    pub id: i64,
}
