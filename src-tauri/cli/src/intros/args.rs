//! The `intros` and `me` commands as clap parses them: introductions with
//! double opt-in, and the user's own presence and milestones
//! (docs/CLI.md).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use curbside_core::introductions::{IntroductionStatus, Side};
use curbside_core::presence::OwnMilestoneKind;

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `intros …`
#[derive(Debug, Subcommand)]
pub enum IntrosCommand {
    /// Propose introducing one contact (A) to another (B), with why they should meet.
    #[command(
        after_help = "Example:\n  curbside-cli intros add --from 12 --to 31 --reason \"both run heart-failure trials\""
    )]
    Add(AddArgs),
    /// List introductions, newest first, with their status and each side's answer.
    #[command(after_help = "Example:\n  curbside-cli intros list --status asked --json")]
    List(ListArgs),
    /// Move an introduction on: asked, one side's answer (--side), accepted, declined, introduced.
    #[command(
        after_help = "The flow: proposed → asked → accepted (both said yes) or declined → introduced.\n\n\
        Examples:\n  curbside-cli intros status 3 asked\n  \
        curbside-cli intros status 3 accepted --side from\n  \
        curbside-cli intros status 3 introduced"
    )]
    Status(StatusArgs),
    /// Show one introduction with its history and the draft of its next step.
    #[command(
        after_help = "Examples:\n  curbside-cli intros show 3 --json\n  curbside-cli intros show 3 --only to"
    )]
    Show(ShowArgs),
    /// Delete an introduction with its history.
    #[command(after_help = "Example:\n  curbside-cli intros delete 3")]
    Delete(IdArg),
}

/// `intros add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// A, the contact introduced.
    #[arg(long, value_name = "ID")]
    pub from: i64,
    /// B, the contact A is introduced to.
    #[arg(long, value_name = "ID")]
    pub to: i64,
    /// Why they should meet (quoted in the drafts).
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `intros list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only introductions with this status.
    #[arg(long, value_name = "S", value_parser = choice::<IntroductionStatus>(), ignore_case = true)]
    pub status: Option<IntroductionStatus>,
}

/// `intros status`
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The introduction.
    pub id: i64,
    /// Its new status.
    #[arg(value_parser = choice::<IntroductionStatus>(), ignore_case = true)]
    pub status: IntroductionStatus,
    /// Whose answer it records (with accepted or declined): from (A) or to (B).
    #[arg(long, value_parser = choice::<Side>(), ignore_case = true)]
    pub side: Option<Side>,
    /// The day it happened, YYYY-MM-DD, today or before (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// `intros show`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The introduction.
    pub id: i64,
    /// Once introduced, the follow-up ("How did the introduction go?") to
    /// this side only, from (A) or to (B), instead of to both.
    #[arg(long, value_parser = choice::<Side>(), ignore_case = true)]
    pub only: Option<Side>,
}

/// An introduction's id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The introduction.
    pub id: i64,
}

/// `me …`
#[derive(Debug, Subcommand)]
pub enum MeCommand {
    /// Your name, credentials, bio, pitch, links and CV, as drafts use them.
    #[command(after_help = "Example:\n  curbside-cli me show --json")]
    Show,
    /// Change what is given and keep the rest; "" clears a field.
    #[command(
        after_help = "Example:\n  curbside-cli me set --name \"Jane Doe\" --credentials \"MD, FACC\" \\\n    \
        --pitch \"Interventional cardiologist building a heart-failure network\" \\\n    \
        --link linkedin=https://www.linkedin.com/in/jane-doe --link orcid=0000-0002-1825-0097"
    )]
    Set(SetArgs),
    /// Your own milestones (a new job, a board certification, a paper, an award).
    #[command(subcommand)]
    Milestone(MilestoneCommand),
}

/// `me set`
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The name you sign with ({my_name}).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Your credentials ({my_credentials}): "MD, FACC".
    #[arg(long, value_name = "C")]
    pub credentials: Option<String>,
    /// A short bio.
    #[arg(long, value_name = "TEXT")]
    pub bio: Option<String>,
    /// Your elevator pitch ({my_pitch}).
    #[arg(long, value_name = "TEXT")]
    pub pitch: Option<String>,
    /// A profile link: doximity=URL, linkedin=URL, orcid=ID or website=URL (repeat for more).
    #[arg(long = "link", value_name = "KIND=URL")]
    pub links: Vec<String>,
    /// Where your CV file is.
    #[arg(long, value_name = "FILE")]
    pub cv: Option<PathBuf>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `me milestone …`
#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// Record one; "Update your profiles" is raised the day after.
    #[command(
        after_help = "Example:\n  curbside-cli me milestone add --kind board_certification --title \"Board certified in cardiology\" --date 2026-06-10"
    )]
    Add(MilestoneAddArgs),
    /// List them, newest first.
    #[command(after_help = "Example:\n  curbside-cli me milestone list --json")]
    List,
    /// Delete one.
    #[command(after_help = "Example:\n  curbside-cli me milestone delete 2")]
    Delete(IdArg),
}

/// `me milestone add`
#[derive(Debug, Args)]
pub struct MilestoneAddArgs {
    /// What kind.
    #[arg(long, value_parser = choice::<OwnMilestoneKind>(), ignore_case = true)]
    pub kind: OwnMilestoneKind,
    /// What happened, one line.
    #[arg(long, value_name = "T")]
    pub title: String,
    /// The day, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// Anything else.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}
