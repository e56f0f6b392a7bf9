//! The reminder commands as clap parses them (docs/CLI.md): `due`, `remind`,
//! `milestones` and `cadence`, and the day counts people write for them
//! (`2d`, `6w`, `3mo`, `1y`). A duration that is not one of those is a usage
//! error, so clap refuses it with exit 2 before anything is opened.

use clap::{Args, Subcommand};
use curbside_core::choice::Choice;
use curbside_core::relationships::RelationshipKind;
use curbside_core::reminders::{Cadence, ReminderKind, Weekday, MILESTONE_KINDS};
use jiff::SignedDuration;

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// The longest duration accepted: a century.
const MAX_DAYS: u32 = 36_500;

const DURATION_FORMS: &str =
    "write days (2d), weeks (6w), months of 30 days (3mo) or years of 365 days (1y)";

/// A whole number of days, read from `2d`, `6w` (7 days), `3mo` (30 days)
/// or `1y` (365 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days(pub u32);

impl Days {
    /// The same span as a signed duration of 24-hour days.
    pub fn duration(self) -> SignedDuration {
        SignedDuration::from_hours(i64::from(self.0) * 24)
    }

    /// How people read it back: "1 day", "90 days".
    pub fn words(self) -> String {
        match self.0 {
            1 => "1 day".to_owned(),
            n => format!("{n} days"),
        }
    }
}

/// Reads a duration like `2d`, `6w`, `3mo` or `1y` (zero allowed).
pub fn days(text: &str) -> Result<Days, String> {
    let written = text.trim().to_ascii_lowercase();
    let split = written
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(written.len());
    let (number, unit) = written.split_at(split);
    let per_unit = match unit.trim() {
        "d" => 1,
        "w" => 7,
        "mo" => 30,
        "y" => 365,
        "" => return Err(format!("\"{text}\" has no unit: {DURATION_FORMS}")),
        "m" => {
            return Err(format!(
                "\"{text}\" is ambiguous: write {number}mo for months"
            ))
        }
        "h" | "min" | "s" => {
            return Err(format!(
                "\"{text}\" is shorter than a day: durations are whole days; {DURATION_FORMS}"
            ))
        }
        _ => return Err(format!("\"{text}\" is not a duration: {DURATION_FORMS}")),
    };
    let count: u32 = number
        .parse()
        .map_err(|_| format!("\"{text}\" is not a duration: {DURATION_FORMS}"))?;
    count
        .checked_mul(per_unit)
        .filter(|&total| total <= MAX_DAYS)
        .map(Days)
        .ok_or_else(|| format!("\"{text}\" is longer than a century"))
}

/// Reads a stay-in-touch cadence as the core does (1 day to 10 years).
pub fn cadence(text: &str) -> Result<Cadence, String> {
    Cadence::parse(text).map_err(|invalid| invalid.message)
}

/// `due`
#[derive(Debug, Args)]
pub struct DueArgs {
    /// The instant to evaluate at (default: now): 2026-03-29T09:00[Europe/Berlin],
    /// 2026-03-29T07:00:00Z, a local time in your zone, or a date (its start).
    #[arg(long, value_name = "DATETIME")]
    pub at: Option<String>,
    /// How far past --at to look as well: 1d, 2w, 3mo, 1y.
    #[arg(long, value_name = "DURATION", default_value = "1d", value_parser = days)]
    pub window: Days,
    /// Your time zone, where a 09:00 reminder is due at 09:00 (default: this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

/// `remind …`
#[derive(Debug, Subcommand)]
pub enum RemindCommand {
    /// Mark a reminder done; for a person this logs an interaction and restarts the cadence.
    #[command(after_help = "Example:\n  curbside-cli remind done follow_up:i42:c5")]
    Done(ReminderIdArg),
    /// Hide a reminder until a later time (default: for 1 day).
    #[command(
        after_help = "Examples:\n  curbside-cli remind snooze birthday:c5:2027 --for 1w\n  \
        curbside-cli remind snooze deadline:d9:7d --until \"2026-03-02T09:00[Europe/Berlin]\""
    )]
    Snooze(SnoozeArgs),
    /// Drop a reminder without acting on it.
    #[command(after_help = "Example:\n  curbside-cli remind dismiss stay_in_touch:c5:2026-09-01")]
    Dismiss(ReminderIdArg),
    /// Take back the last done, snooze or dismissal of a reminder: its state as before, and the
    /// interaction a done logged removed.
    #[command(after_help = "Example:\n  curbside-cli remind undo follow_up:i42:c5")]
    Undo(ReminderIdArg),
    /// Show the reminder settings, every kind on its row; turn kinds on or
    /// off and set the weekly review's day and time.
    #[command(after_help = "Examples:\n  curbside-cli remind settings\n  \
        curbside-cli remind settings --on weekly-review --review-day friday --review-time 16:00\n  \
        curbside-cli remind settings --off opportunity --json")]
    Settings(SettingsArgs),
}

/// `remind settings`
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Turn a kind of reminder on (repeatable): weekly-review, referral-thanks…
    #[arg(long, value_name = "KIND", value_parser = choice::<ReminderKind>())]
    pub on: Vec<ReminderKind>,
    /// Turn a kind of reminder off (repeatable).
    #[arg(long, value_name = "KIND", value_parser = choice::<ReminderKind>())]
    pub off: Vec<ReminderKind>,
    /// The day of the week the weekly review comes.
    #[arg(long, value_name = "DAY", value_parser = choice::<Weekday>())]
    pub review_day: Option<Weekday>,
    /// The time of day the weekly review comes, on your clock (HH:MM).
    #[arg(long, value_name = "HH:MM")]
    pub review_time: Option<String>,
}

/// A reminder's id, as `due` prints it.
#[derive(Debug, Args)]
pub struct ReminderIdArg {
    /// The reminder's id, e.g. follow_up:i42:c5.
    pub id: String,
}

/// `remind snooze`
#[derive(Debug, Args)]
pub struct SnoozeArgs {
    /// The reminder's id, e.g. follow_up:i42:c5.
    pub id: String,
    /// When to show it again: a date-time, or a date (09:00 that day in your zone).
    #[arg(long, value_name = "DATETIME", conflicts_with = "snooze_for")]
    pub until: Option<String>,
    /// How long to hide it: 1d, 1w, 3mo.
    #[arg(long = "for", value_name = "DURATION", value_parser = days)]
    pub snooze_for: Option<Days>,
    /// Your time zone, for a local or date-only --until (default: this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

/// `milestones …`
#[derive(Debug, Subcommand)]
pub enum MilestonesCommand {
    /// Record a milestone on a contact: you will be prompted to congratulate them.
    #[command(
        after_help = "Example:\n  curbside-cli milestones add --contact 12 --kind promotion --on 2026-09-01 \\\n    --note \"Made full professor\""
    )]
    Add(MilestoneAddArgs),
    /// List a contact's milestones, newest first.
    #[command(after_help = "Example:\n  curbside-cli milestones list --contact 12 --json")]
    List(MilestoneListArgs),
    /// Delete a milestone, and so its prompt.
    #[command(after_help = "Example:\n  curbside-cli milestones delete 7")]
    Delete(MilestoneIdArg),
}

/// `milestones list`
#[derive(Debug, Args)]
pub struct MilestoneListArgs {
    /// The contact.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
}

/// `milestones delete`
#[derive(Debug, Args)]
pub struct MilestoneIdArg {
    /// The milestone's id.
    pub id: i64,
}

/// `milestones add`
#[derive(Debug, Args)]
pub struct MilestoneAddArgs {
    /// The contact it happened to.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// What happened.
    #[arg(long, value_parser = choice::<MilestoneKind>())]
    pub kind: MilestoneKind,
    /// The day it happened, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// What to mention when you write.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// A kind of milestone: one of the core's [`MILESTONE_KINDS`], which names
/// them all; only a few words of help on each are the CLI's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MilestoneKind(&'static str);

impl MilestoneKind {
    /// The name Curbside stores: "new_job", "promotion"…
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl Choice for MilestoneKind {
    const WHAT: &'static str = "kind of milestone";
    const ALL: &'static [Self] = &{
        let mut all = [Self(""); MILESTONE_KINDS.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = Self(MILESTONE_KINDS[i]);
            i += 1;
        }
        all
    };

    fn name(self) -> &'static str {
        self.0
    }

    fn help(self) -> &'static str {
        match self.0 {
            "new_job" => "A new job or position",
            "promotion" => "A promotion",
            "published_paper" => "A paper published",
            "award" => "An award or honour",
            "grant" => "A grant won",
            "retirement" => "Retirement",
            "board_certification" => "Board certification",
            "new_license" => "A new license to practise",
            "academic_promotion" => "An academic promotion (e.g. to associate professor)",
            "match_day" => "Matched into residency or fellowship",
            "residency_start" => "Started residency",
            "fellowship_start" => "Started fellowship",
            "chief_resident" => "Became chief resident",
            "department_chair" => "Became department chair",
            "practice_opening" => "Opened a practice",
            _ => "Anything else worth a note",
        }
    }
}

/// `cadence …`
#[derive(Debug, Subcommand)]
pub enum CadenceCommand {
    /// Be reminded to get in touch when this long has passed since the last interaction.
    #[command(
        long_about = "Be reminded to get in touch when this long has passed since the last interaction.\n\n\
            A contact's own cadence wins over its relationships', which win over its tags' \
            (the shortest among several).",
        after_help = "Examples:\n  curbside-cli cadence set --tag mentor --every 3mo\n  \
        curbside-cli cadence set --contact 12 --every 6w\n  \
        curbside-cli cadence set --relationship referral-partner --every 1y"
    )]
    Set(CadenceSetArgs),
    /// Stop the stay-in-touch reminders set on a contact, tag or relationship.
    #[command(after_help = "Example:\n  curbside-cli cadence clear --tag mentor")]
    Clear(CadenceTargetArgs),
    /// List every cadence set: contacts' own, then relationships', then tags'.
    #[command(after_help = "Example:\n  curbside-cli cadence list --json")]
    List,
    /// Show the cadence that holds for one contact, and what it is set on.
    #[command(after_help = "Example:\n  curbside-cli cadence show --contact 12 --json")]
    Show(CadenceShowArgs),
}

/// `cadence show`
#[derive(Debug, Args)]
pub struct CadenceShowArgs {
    /// The contact.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
}

/// `cadence set`
#[derive(Debug, Args)]
pub struct CadenceSetArgs {
    #[command(flatten)]
    pub target: CadenceTargetArgs,
    /// How often: 2w, 6w, 3mo (90 days), 1y (365 days).
    #[arg(long, value_name = "DURATION", value_parser = cadence)]
    pub every: Cadence,
}

/// Whom a cadence is for: one contact, everyone with a tag, or everyone in a relationship with you.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct CadenceTargetArgs {
    /// One contact.
    #[arg(long, value_name = "ID")]
    pub contact: Option<i64>,
    /// Everyone with this tag.
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Everyone who is this to you.
    #[arg(long, value_name = "REL", value_parser = choice::<RelationshipKind>())]
    pub relationship: Option<RelationshipKind>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_unit_counts_its_days() {
        for (text, expected) in [
            ("2d", 2),
            ("6w", 42),
            ("3mo", 90),
            ("1y", 365),
            (" 10D ", 10),
            ("0d", 0),
        ] {
            assert_eq!(days(text), Ok(Days(expected)), "{text}");
        }
        assert_eq!(Days(2).duration(), SignedDuration::from_hours(48));
    }

    #[test]
    fn other_durations_are_refused_with_the_forms_to_write() {
        assert!(days("3m").unwrap_err().contains("3mo"));
        assert!(days("12h").unwrap_err().contains("whole days"));
        assert!(days("3").unwrap_err().contains("no unit"));
        assert!(days("1.5w").unwrap_err().contains("6w"));
        assert!(days("d").unwrap_err().contains("6w"));
        assert!(days("-2d").unwrap_err().contains("6w"));
        assert!(days("500y").unwrap_err().contains("century"));
        assert!(days("99999999999d").is_err());
    }

    #[test]
    fn a_cadence_is_read_as_the_core_reads_it() {
        assert_eq!(cadence("3mo"), Ok(Cadence { days: 90 }));
        assert!(cadence("0w").unwrap_err().contains("1 day"));
    }

    #[test]
    fn every_milestone_kind_the_core_knows_is_offered_with_its_own_help() {
        let names: Vec<&str> = MilestoneKind::ALL
            .iter()
            .map(|kind| kind.as_str())
            .collect();
        assert_eq!(names, MILESTONE_KINDS);
        let helps: Vec<&str> = MilestoneKind::ALL.iter().map(|kind| kind.help()).collect();
        let mut distinct = helps.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), MILESTONE_KINDS.len(), "{helps:?}");
        assert_eq!(
            curbside_core::choice::parse::<MilestoneKind>("Published-Paper"),
            Ok(MilestoneKind("published_paper"))
        );
    }
}
