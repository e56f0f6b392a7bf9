//! The message commands as clap parses them: `draft` (and `draft sent`)
//! and `templates …`. Which of `--reminder`, `--contact` and `--template`
//! a draft needs is a usage error (exit 2) when missing; whether they fit
//! together (a reminder about someone else…) is the core's to say (exit 1).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use curbside_core::messages::{TemplateKind, PLACEHOLDERS};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `draft`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct DraftArgs {
    #[command(subcommand)]
    pub command: Option<DraftCommand>,
    /// The reminder to answer, as `due` lists it (its contact is the one written to).
    #[arg(long, value_name = "ID")]
    pub reminder: Option<String>,
    /// The contact to write to.
    #[arg(long, value_name = "ID", required_unless_present = "reminder")]
    pub contact: Option<i64>,
    /// Which template (default with --reminder: the reminder's own).
    #[arg(long, value_parser = choice::<TemplateKind>(), required_unless_present = "reminder")]
    pub template: Option<TemplateKind>,
}

/// `draft …`
#[derive(Debug, Subcommand)]
pub enum DraftCommand {
    /// Log a message you sent as an interaction, and complete the reminder it answered.
    #[command(
        after_help = "Example:\n  curbside-cli draft sent --contact 12 --template follow-up \\\n    \
        --subject \"Following up on our conversation\" --reminder follow_up:i42:c12"
    )]
    Sent(DraftSentArgs),
}

/// `draft sent`
#[derive(Debug, Args)]
pub struct DraftSentArgs {
    /// The contact it went to.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// The template it was written from.
    #[arg(long, value_parser = choice::<TemplateKind>())]
    pub template: TemplateKind,
    /// The subject as sent.
    #[arg(long, value_name = "TEXT")]
    pub subject: String,
    /// The reminder it answered: marked done, without a second interaction.
    #[arg(long, value_name = "ID")]
    pub reminder: Option<String>,
    /// Your time zone, recorded with the interaction (default: this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `templates …`
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the six templates: kind, name, whether you edited it, subject.
    #[command(after_help = "Example:\n  curbside-cli templates list --json")]
    List,
    /// Print one template's subject and body, placeholders and all.
    #[command(after_help = "Example:\n  curbside-cli templates show follow-up")]
    Show(TemplateKindArgs),
    /// Change a template's subject or body (the other is kept).
    #[command(
        after_help = placeholders_help(
            "Examples:\n  curbside-cli templates set birthday --subject \"Happy birthday, {first_name}!\"\n  \
            curbside-cli templates set follow-up --body-file follow-up.txt\n  \
            curbside-cli templates set article --body-file - < article.txt"
        )
    )]
    Set(TemplateSetArgs),
    /// Put Curbside's wording of a template back.
    #[command(after_help = "Example:\n  curbside-cli templates reset follow-up")]
    Reset(TemplateKindArgs),
    /// Print, set or (with "") clear the name you sign messages with: {my_name}.
    #[command(
        after_help = "Examples:\n  curbside-cli templates my-name \"Dr. Jane Doe\"\n  \
        curbside-cli templates my-name"
    )]
    MyName(MyNameArgs),
}

/// A template named on the command line.
#[derive(Debug, Args)]
pub struct TemplateKindArgs {
    /// Which template.
    #[arg(value_parser = choice::<TemplateKind>())]
    pub kind: TemplateKind,
}

/// `templates set`
#[derive(Debug, Args)]
pub struct TemplateSetArgs {
    /// Which template.
    #[arg(value_parser = choice::<TemplateKind>())]
    pub kind: TemplateKind,
    #[command(flatten)]
    pub change: TemplateChange,
}

/// What `templates set` changes: the subject, the body or both.
#[derive(Debug, Args)]
#[group(required = true, multiple = true)]
pub struct TemplateChange {
    /// The new subject (one line, at most 200 characters).
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// A file holding the new body (at most 10,000 characters); - reads standard input.
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
}

/// `templates my-name`
#[derive(Debug, Args)]
pub struct MyNameArgs {
    /// Your name as you sign, e.g. "Dr. Jane Doe"; "" clears it. Without it, prints the name set.
    pub name: Option<String>,
}

/// `examples` followed by the placeholders a template may use.
fn placeholders_help(examples: &str) -> String {
    let lines: Vec<String> = PLACEHOLDERS
        .iter()
        .map(|(name, meaning)| format!("  {:<16}{meaning}", format!("{{{name}}}")))
        .collect();
    format!(
        "Placeholders (a line whose placeholders are all empty is left out):\n{}\n\n{examples}",
        lines.join("\n")
    )
}
