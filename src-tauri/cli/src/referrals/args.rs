//! The `referrals` commands as clap parses them: the referral ledger
//! (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::referrals::{ReferralDirection, ReferralReason};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `referrals …`
#[derive(Debug, Subcommand)]
pub enum ReferralsCommand {
    /// Log a referral you sent to a colleague or received from one.
    #[command(
        after_help = "Example:\n  curbside-cli referrals add --contact 12 --direction received --on 2026-12-01 \\\n    --specialty Cardiology --reason second-opinion --note \"Fitted in the same week\""
    )]
    Add(AddArgs),
    /// List referrals, newest first.
    #[command(
        after_help = "Examples:\n  curbside-cli referrals list --contact 12\n  curbside-cli referrals list --direction sent --from 2026-01-01 --text echo --json"
    )]
    List(ListArgs),
    /// Change a referral: only the fields given change.
    #[command(
        after_help = "Example:\n  curbside-cli referrals edit 7 --direction sent --reason imaging"
    )]
    Edit(EditArgs),
    /// Delete a referral.
    #[command(after_help = "Example:\n  curbside-cli referrals delete 7")]
    Delete(IdArg),
    /// The ledger's numbers: per colleague and per specialty, one-sided relationships, and
    /// colleagues you have not referred to in a year.
    #[command(after_help = "Example:\n  curbside-cli referrals stats --at 2026-12-31 --json")]
    Stats(StatsArgs),
}

/// `referrals add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The colleague (a contact's id).
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// Which way it went.
    #[arg(long, value_name = "D", value_parser = choice::<ReferralDirection>(), ignore_case = true)]
    pub direction: ReferralDirection,
    /// The day, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The specialty (default: the colleague's own).
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Why (default: other).
    #[arg(long, value_name = "R", value_parser = choice::<ReferralReason>(), ignore_case = true)]
    pub reason: Option<ReferralReason>,
    /// A short note; never patient data.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `referrals edit`
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The referral's id.
    pub id: i64,
    /// Move it to another colleague.
    #[arg(long, value_name = "ID")]
    pub contact: Option<i64>,
    /// Which way it went.
    #[arg(long, value_name = "D", value_parser = choice::<ReferralDirection>(), ignore_case = true)]
    pub direction: Option<ReferralDirection>,
    /// The day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The specialty.
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Why.
    #[arg(long, value_name = "R", value_parser = choice::<ReferralReason>(), ignore_case = true)]
    pub reason: Option<ReferralReason>,
    /// The note ("" clears it); never patient data.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `referrals list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this colleague's.
    #[arg(long, value_name = "ID")]
    pub contact: Option<i64>,
    /// Only this direction.
    #[arg(long, value_name = "D", value_parser = choice::<ReferralDirection>(), ignore_case = true)]
    pub direction: Option<ReferralDirection>,
    /// From this day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only those with every word in the colleague's name, the specialty or the note.
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,
}

/// `referrals stats`
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The day to count up to, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

/// A referral's id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The referral's id.
    pub id: i64,
}
