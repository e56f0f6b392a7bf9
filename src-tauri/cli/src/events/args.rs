//! The `events` commands as clap parses them: the conference and CME
//! calendar, its key dates and the people to meet there (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::events::{DeadlineKind, EventKind, EventStatus};

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `events …`
#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Add a conference, course, webinar, rounds or any dated entry.
    #[command(
        long_about = "Add a conference, course, webinar, rounds or any dated entry.\n\n\
            --start and --end take 2026-08-28T09:00[Europe/Berlin] (the zone from the brackets), \
            2026-08-28T07:00:00Z (kept in UTC unless --tz names the venue's zone), or a local time \
            such as 2026-08-28T09:00 in the zone of --tz, else in this computer's zone. \
            With --all-day they are dates, and --end is the last day.",
        after_help = "Examples:\n  curbside-cli events add --title \"ESC Congress 2026\" --start 2026-08-28T09:00 \\\n    --end 2026-08-31T17:00 --tz Europe/Berlin --kind conference --status registered --credits 24\n  curbside-cli events add --title \"Grand rounds\" --kind rounds --start 2026-01-07T08:00 \\\n    --tz America/New_York --repeat \"FREQ=MONTHLY;BYDAY=1WE\"\n  curbside-cli events add --title \"Board review course\" --start 2026-05-04 --end 2026-05-08 --all-day"
    )]
    Add(EventAddArgs),
    /// List what happens between two days, a recurring event once per occurrence.
    #[command(
        after_help = "Example:\n  curbside-cli events list --from 2026-03-01 --to 2026-03-31 --json"
    )]
    List(EventListArgs),
    /// Show one event with its key dates, sessions, people and credits.
    #[command(after_help = "Example:\n  curbside-cli events show 12 --json")]
    Show(EventIdArg),
    /// Set where you stand with an event.
    #[command(after_help = "Example:\n  curbside-cli events status 12 attended")]
    Status(EventStatusArgs),
    /// Delete an event (a series with all its occurrences).
    #[command(after_help = "Example:\n  curbside-cli events delete 12")]
    Delete(EventIdArg),
    /// Key dates: abstract submission, early-bird registration, hotel block…
    #[command(subcommand)]
    Deadline(DeadlineCommand),
    /// Plan to meet a contact at an event, with a goal; again, to add a goal.
    #[command(
        after_help = "Example:\n  curbside-cli events meet --event 12 --contact 31 --note \"Ask about the registry study\""
    )]
    Meet(EventPersonArgs),
    /// Record that you met a contact at an event (once it has started), with what you talked about.
    #[command(
        after_help = "Example:\n  curbside-cli events met --event 12 --contact 31 --note \"Send her the slides\""
    )]
    Met(EventPersonArgs),
    /// Trip radar: the people worth seeing at the event's venue that you may not have thought of, with why.
    #[command(after_help = "Example:\n  curbside-cli events radar 12 --json")]
    Radar(EventIdArg),
    /// A one-page brief on each person to meet at the event (or on one contact).
    #[command(
        after_help = "Examples:\n  curbside-cli events brief 12\n  curbside-cli events brief 12 --contact 31 --json"
    )]
    Brief(EventBriefArgs),
    /// \"I just met…\": mark someone met at the event (an existing contact matched by name, or a new one) and log the line.
    #[command(
        after_help = "Example:\n  curbside-cli events capture 12 --name \"Anna Berg\" --from Karolinska --note \"Her amyloidosis registry\""
    )]
    Capture(EventCaptureArgs),
    /// After the event: everyone met with a follow-up draft quoting the note, and those planned and not met.
    #[command(after_help = "Example:\n  curbside-cli events after 12 --json")]
    After(EventIdArg),
}

/// `events brief`
#[derive(Debug, Args)]
pub struct EventBriefArgs {
    /// The event's id.
    pub id: i64,
    /// Only this contact (planned or not).
    #[arg(long, value_name = "CID")]
    pub contact: Option<i64>,
}

/// `events capture`
#[derive(Debug, Args)]
pub struct EventCaptureArgs {
    /// The event's id.
    pub id: i64,
    /// The name of the person met ("Anna Berg"): matched to a contact, else a new one.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Where they are from ("Karolinska"): the institution of a new contact, and which of two namesakes.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub from: String,
    /// One line about the conversation, quoted by the follow-up draft.
    #[arg(long, value_name = "LINE", default_value = "")]
    pub note: String,
    /// This contact, not the match by name.
    #[arg(long, value_name = "CID", conflicts_with = "new")]
    pub contact: Option<i64>,
    /// A new contact even when someone has the name.
    #[arg(long)]
    pub new: bool,
    #[command(flatten)]
    pub patient_data: crate::shared::patient_data::PatientDataArg,
}

/// `events add`
#[derive(Debug, Args)]
pub struct EventAddArgs {
    /// The title, e.g. "ESC Congress 2026".
    #[arg(long, value_name = "T")]
    pub title: String,
    /// When it starts: RFC 9557, RFC 3339, a local time (see --tz), or a date with --all-day.
    #[arg(long, value_name = "DATETIME")]
    pub start: String,
    /// When it ends (default: an hour after the start; with --all-day, the last day: default the first).
    #[arg(long, value_name = "DATETIME")]
    pub end: Option<String>,
    /// Whole days: --start and --end are dates, both included.
    #[arg(long)]
    pub all_day: bool,
    /// The venue's time zone, e.g. Europe/Berlin (default: the zone in --start, else this computer's).
    #[arg(long, value_name = "ZONE", conflicts_with_all = ["all_day", "floating"])]
    pub tz: Option<String>,
    /// The same wall-clock time wherever you are (a local time without a zone).
    #[arg(long, conflicts_with = "all_day")]
    pub floating: bool,
    /// What kind of event it is.
    #[arg(long, value_parser = choice::<EventKind>(), default_value = "conference")]
    pub kind: EventKind,
    /// Where you stand with it.
    #[arg(long, value_parser = choice::<EventStatus>(), default_value = "considering")]
    pub status: EventStatus,
    /// CME credits (hours) it is expected to give.
    #[arg(long, value_name = "HOURS")]
    pub credits: Option<f64>,
    /// The venue, e.g. "Messe München, Hall B3".
    #[arg(long, value_name = "TEXT")]
    pub location: Option<String>,
    /// Held online (alone or as well as at the venue).
    #[arg(long)]
    pub online: bool,
    /// The event's web page or joining link.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Free notes.
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// The organiser, e.g. "European Society of Cardiology".
    #[arg(long, value_name = "NAME")]
    pub organizer: Option<String>,
    /// What it costs, as you would write it ("€650 early bird").
    #[arg(long, value_name = "TEXT")]
    pub cost: Option<String>,
    /// Repeat by an RFC 5545 rule, e.g. "FREQ=YEARLY" or "FREQ=MONTHLY;BYDAY=1WE".
    #[arg(long, value_name = "RRULE")]
    pub repeat: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `events list`
#[derive(Debug, Args)]
pub struct EventListArgs {
    /// The first day, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day, included (default: 90 days after --from).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Your zone, in which the days are read (default: this computer's).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Only this status (repeat for more).
    #[arg(long, value_parser = choice::<EventStatus>())]
    pub status: Vec<EventStatus>,
    /// Only this kind (repeat for more).
    #[arg(long, value_parser = choice::<EventKind>())]
    pub kind: Vec<EventKind>,
}

/// An event id.
#[derive(Debug, Args)]
pub struct EventIdArg {
    /// The event's id.
    pub id: i64,
}

/// `events status`
#[derive(Debug, Args)]
pub struct EventStatusArgs {
    /// The event's id.
    pub id: i64,
    /// Where you stand with it now.
    #[arg(value_parser = choice::<EventStatus>())]
    pub status: EventStatus,
}

/// `events meet` and `events met`
#[derive(Debug, Args)]
pub struct EventPersonArgs {
    /// The event.
    #[arg(long, value_name = "ID")]
    pub event: i64,
    /// The contact.
    #[arg(long, value_name = "ID")]
    pub contact: i64,
    /// The goal (meet) or what you talked about (met); added under the earlier ones.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `events deadline …`
#[derive(Debug, Subcommand)]
pub enum DeadlineCommand {
    /// Add a key date to an event, in its own zone (AoE: Anywhere on Earth).
    #[command(
        long_about = "Add a key date to an event, in its own zone.\n\n\
            --at takes 2026-03-01T23:59[Europe/Paris], 2026-03-01T23:59[AoE] (Anywhere on Earth, UTC−12), \
            2026-03-01T22:59:00Z, or a local time in the zone of --tz (AoE allowed), else in this \
            computer's zone. The kind is read from the label unless --kind says it.",
        after_help = "Examples:\n  curbside-cli events deadline add --event 12 --label \"Abstract submission\" --at 2026-03-01T23:59 --tz AoE\n  curbside-cli events deadline add --event 12 --label \"Early-bird registration\" --at \"2026-06-15T23:59[Europe/Berlin]\""
    )]
    Add(DeadlineAddArgs),
    /// List key dates not yet done, soonest first: every one ahead, or up to --to.
    #[command(
        after_help = "Examples:\n  curbside-cli events deadline list --json\n  curbside-cli events deadline list --to 2027-06-30"
    )]
    List(DeadlineListArgs),
}

/// `events deadline add`
#[derive(Debug, Args)]
pub struct DeadlineAddArgs {
    /// The event.
    #[arg(long, value_name = "ID")]
    pub event: i64,
    /// What it is, e.g. "Abstracts, oral presentations".
    #[arg(long, value_name = "LABEL")]
    pub label: String,
    /// When it is due.
    #[arg(long, value_name = "DATETIME")]
    pub at: String,
    /// The zone of a local --at time: an IANA zone or AoE.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// What kind of key date it is (default: read from the label, else other).
    #[arg(long, value_parser = choice::<DeadlineKind>().alias("abstract-submission", DeadlineKind::Abstract))]
    pub kind: Option<DeadlineKind>,
}

/// `events deadline list`
#[derive(Debug, Args)]
pub struct DeadlineListArgs {
    /// List the key dates already done and those past, too.
    #[arg(long)]
    pub all: bool,
    /// The last day to list, YYYY-MM-DD in this computer's zone, included (default: no end).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}
