//! The `mentorship` commands as clap parses them: mentors and mentees,
//! their goals, meetings and action items, and letters of recommendation
//! (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::mentorship::{LetterStatus, Outcome, Program, Role, Writer};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `mentorship …`
#[derive(Debug, Subcommand)]
pub enum MentorshipCommand {
    /// Record a contact as your mentor or your mentee, with how often to meet.
    #[command(
        after_help = "Example:\n  curbside-cli mentorship add --contact 12 --role mentee --every 4w"
    )]
    Add(AddArgs),
    /// List your mentors and mentees with their next meeting.
    #[command(after_help = "Example:\n  curbside-cli mentorship list --json")]
    List,
    /// One mentorship with its goals, meetings and action items.
    #[command(after_help = "Example:\n  curbside-cli mentorship show 3 --json")]
    Show(IdArg),
    /// Delete a mentorship with its goals and meetings.
    #[command(after_help = "Example:\n  curbside-cli mentorship delete 3")]
    Delete(IdArg),
    /// A mentorship's goals.
    #[command(subcommand)]
    Goal(GoalCommand),
    /// Meetings held, with notes and action items.
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// Tick off an action item from a meeting.
    #[command(subcommand)]
    Action(ActionCommand),
    /// Letters of recommendation: asked of a mentor, or owed to a mentee.
    #[command(subcommand)]
    Letter(LetterCommand),
}

/// `mentorship add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The mentor or mentee.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// What they are to you.
    #[arg(long, value_parser = choice::<Role>())]
    pub role: Role,
    /// Meet every so many weeks: 4w, 2 weeks, 6 (weeks).
    #[arg(long, value_name = "WEEKS", value_parser = weeks)]
    pub every: Option<u32>,
    /// The day it began, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// An id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The id.
    pub id: i64,
}

/// `mentorship goal …`
#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Add a goal, with the day it should be reached by.
    #[command(
        after_help = "Example:\n  curbside-cli mentorship goal add --mentorship 3 --text \"Submit the ERAS application\" --target 2026-09-15"
    )]
    Add(GoalAddArgs),
    /// Mark a goal reached (or, with --undo, open again).
    #[command(after_help = "Example:\n  curbside-cli mentorship goal done 8")]
    Done(DoneArgs),
    /// Delete a goal.
    #[command(after_help = "Example:\n  curbside-cli mentorship goal delete 8")]
    Delete(IdArg),
}

/// `mentorship goal add`
#[derive(Debug, Args)]
pub struct GoalAddArgs {
    /// The mentorship's id.
    #[arg(long, value_name = "ID")]
    pub mentorship: i64,
    /// What the goal is.
    #[arg(long, value_name = "TEXT")]
    pub text: String,
    /// The day it should be reached by, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub target: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `… done ID [--undo]`
#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The id.
    pub id: i64,
    /// Mark it not done.
    #[arg(long)]
    pub undo: bool,
}

/// `mentorship meeting …`
#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Log a meeting held, with notes and action items (also logged as a meeting with the contact).
    #[command(
        after_help = "Example:\n  curbside-cli mentorship meeting add --mentorship 3 --on 2026-01-08 \\\n    --note \"Went over the personal statement\" --action \"Send comments by Friday\""
    )]
    Add(MeetingAddArgs),
    /// Delete a meeting and its action items.
    #[command(after_help = "Example:\n  curbside-cli mentorship meeting delete 5")]
    Delete(IdArg),
}

/// `mentorship meeting add`
#[derive(Debug, Args)]
pub struct MeetingAddArgs {
    /// The mentorship's id.
    #[arg(long, value_name = "ID")]
    pub mentorship: i64,
    /// The day it was held, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// What was said.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// An action item (repeat for more).
    #[arg(long = "action", value_name = "TEXT")]
    pub actions: Vec<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `mentorship action …`
#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Mark an action item done (or, with --undo, open again).
    #[command(after_help = "Example:\n  curbside-cli mentorship action done 14")]
    Done(DoneArgs),
}

/// `mentorship letter …`
#[derive(Debug, Subcommand)]
pub enum LetterCommand {
    /// Record a letter of recommendation: one you ask of a mentor, or one a mentee asks of you.
    #[command(
        after_help = "Example:\n  curbside-cli mentorship letter add --contact 12 --program fellowship \\\n    --name \"Cardiology fellowship, Mass General\" --deadline 2026-09-01"
    )]
    Add(LetterAddArgs),
    /// List letter requests, the nearest deadline first.
    #[command(after_help = "Example:\n  curbside-cli mentorship letter list --json")]
    List,
    /// Move a letter request on: to-ask, asked, agreed, submitted, thanked.
    #[command(after_help = "Example:\n  curbside-cli mentorship letter status 4 submitted")]
    Status(LetterStatusArgs),
    /// Record how the application turned out: pending, accepted, declined.
    #[command(after_help = "Example:\n  curbside-cli mentorship letter outcome 4 accepted")]
    Outcome(LetterOutcomeArgs),
    /// Delete a letter request.
    #[command(after_help = "Example:\n  curbside-cli mentorship letter delete 4")]
    Delete(IdArg),
}

/// `mentorship letter add`
#[derive(Debug, Args)]
pub struct LetterAddArgs {
    /// The mentor who writes, or the mentee you write for.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// What it is for.
    #[arg(long, value_parser = choice::<Program>())]
    pub program: Program,
    /// The program's name.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// The day the letter is due, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub deadline: String,
    /// Who writes (default: them, unless the contact is only your mentee).
    #[arg(long, value_parser = choice::<Writer>())]
    pub writer: Option<Writer>,
    /// The day the program decides, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub decision: Option<String>,
    /// Where it stands (default: to-ask).
    #[arg(long, value_parser = choice::<LetterStatus>())]
    pub status: Option<LetterStatus>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `mentorship letter status ID STATUS`
#[derive(Debug, Args)]
pub struct LetterStatusArgs {
    /// The letter request's id.
    pub id: i64,
    /// Its new status.
    #[arg(value_parser = choice::<LetterStatus>())]
    pub status: LetterStatus,
}

/// `mentorship letter outcome ID OUTCOME`
#[derive(Debug, Args)]
pub struct LetterOutcomeArgs {
    /// The letter request's id.
    pub id: i64,
    /// How it turned out.
    #[arg(value_parser = choice::<Outcome>())]
    pub outcome: Outcome,
}

/// A cadence in weeks: "4w", "4 weeks", "4".
fn weeks(text: &str) -> Result<u32, String> {
    let trimmed = text.trim().to_ascii_lowercase();
    let number = trimmed
        .strip_suffix("weeks")
        .or_else(|| trimmed.strip_suffix("week"))
        .or_else(|| trimmed.strip_suffix('w'))
        .unwrap_or(&trimmed)
        .trim();
    number
        .parse::<u32>()
        .map_err(|_| format!("\"{text}\" is not a number of weeks: write 4w or 4"))
}

#[cfg(test)]
mod tests {
    use super::weeks;

    #[test]
    fn a_cadence_reads_with_or_without_its_unit() {
        assert_eq!(weeks("4w"), Ok(4));
        assert_eq!(weeks("2 weeks"), Ok(2));
        assert_eq!(weeks("6"), Ok(6));
        assert!(weeks("monthly").is_err());
    }
}
