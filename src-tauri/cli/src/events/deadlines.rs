//! `curbside-cli events deadline …`: an event's key dates, each in its own
//! zone; calls for papers often close at 23:59 Anywhere on Earth.

use curbside_core::events::{
    self, DeadlineDraft, DeadlineKind, EventFilter, EventKind, EventStatus, UpcomingDeadline,
};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;

use super::args::{DeadlineAddArgs, DeadlineCommand, DeadlineListArgs};
use crate::shared::{fail, output, say, unlock, wall_clock, Global};

/// Runs one `events deadline` command.
pub fn run(global: &Global, command: &DeadlineCommand) -> Result<(), String> {
    match command {
        DeadlineCommand::Add(args) => add(global, args),
        DeadlineCommand::List(args) => list(global, args),
    }
}

fn add(global: &Global, args: &DeadlineAddArgs) -> Result<(), String> {
    let due = wall_clock::read(&args.at, args.tz.as_deref(), true)?;
    let draft = DeadlineDraft {
        kind: args
            .kind
            .map_or_else(|| kind_from_label(&args.label), Into::into),
        label: args.label.trim().to_owned(),
        due_local: due.civil,
        time_zone: due.zone,
        done: false,
    };
    let mut db = unlock::open(global)?;
    let deadline = events::add_deadline(&mut db, args.event, &draft).map_err(fail)?;
    if global.json {
        return output::json(&deadline);
    }
    let title = events::get(&db, args.event).map_err(fail)?.title;
    say!(
        "Added key date {} to {title}: {}, {} {} ({} UTC)",
        deadline.id,
        deadline.label,
        deadline.due_local.strftime("%-d %b %Y %H:%M"),
        deadline.time_zone,
        deadline.due_at.strftime("%-d %b %H:%M")
    );
    Ok(())
}

/// The kind a label names: "Abstract submission" is an abstract deadline,
/// "Early-bird registration" an early-bird one; anything unrecognised is
/// "other" and keeps its label.
pub fn kind_from_label(label: &str) -> DeadlineKind {
    let label = label.to_lowercase();
    let has = |word: &str| label.contains(word);
    if has("late") && has("break") {
        DeadlineKind::LateBreakingAbstract
    } else if has("abstract") || has("call for papers") || has("submission") {
        DeadlineKind::Abstract
    } else if has("notification") || has("acceptance") || has("decision") {
        DeadlineKind::Notification
    } else if has("early") {
        DeadlineKind::EarlyBird
    } else if has("hotel") {
        DeadlineKind::HotelBlock
    } else if has("registration") || has("register") {
        DeadlineKind::Registration
    } else {
        DeadlineKind::Other
    }
}

fn list(global: &Global, args: &DeadlineListArgs) -> Result<(), String> {
    let from = if args.all {
        Timestamp::MIN
    } else {
        Timestamp::now()
    };
    let until = args.to.as_deref().map(end_of_day).transpose()?;
    let db = unlock::open(global)?;
    let found = events::upcoming_deadlines(&db, from, until, args.all, &EventFilter::default())
        .map_err(fail)?;
    if global.json {
        let listed: Vec<Listed> = found.iter().map(Listed::from).collect();
        return output::json(&listed);
    }
    if found.is_empty() {
        say!("No key dates ahead.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|upcoming| {
            let deadline = &upcoming.deadline;
            vec![
                deadline.due_local.strftime("%Y-%m-%d %H:%M").to_string(),
                deadline.time_zone.clone(),
                deadline.label.clone(),
                upcoming.event_title.clone(),
                if deadline.done { "done" } else { "" }.to_owned(),
                deadline.id.to_string(),
            ]
        })
        .collect();
    output::table(
        &["DUE", "ZONE", "KEY DATE", "EVENT", "DONE", "ID"],
        &rows,
        40,
    );
    Ok(())
}

/// The first instant after the day `text` names (`--to`, the last day
/// listed), in this computer's zone.
fn end_of_day(text: &str) -> Result<Timestamp, String> {
    let last = wall_clock::date(text)?;
    last.tomorrow()
        .and_then(|next| next.to_zoned_datetime(TimeZone::system()))
        .and_then(|next| next.start_of_day())
        .map(|next| next.timestamp())
        .map_err(|e| format!("--to {last} has no end of day here: {e}"))
}

/// A key date as `events deadline list --json` prints it: the deadline's
/// own fields (with its `id`) and its event's.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    deadline: &'a events::Deadline,
    event_title: &'a str,
    event_kind: EventKind,
    event_status: EventStatus,
}

impl<'a> From<&'a UpcomingDeadline> for Listed<'a> {
    fn from(upcoming: &'a UpcomingDeadline) -> Self {
        Self {
            deadline: &upcoming.deadline,
            event_title: &upcoming.event_title,
            event_kind: upcoming.event_kind,
            event_status: upcoming.event_status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::kind_from_label;
    use curbside_core::events::DeadlineKind;

    #[test]
    fn the_kind_is_read_from_the_words_of_the_label() {
        for (label, kind) in [
            ("Abstract submission", DeadlineKind::Abstract),
            (
                "Late-breaking abstracts",
                DeadlineKind::LateBreakingAbstract,
            ),
            ("Notification of acceptance", DeadlineKind::Notification),
            ("Early-bird registration", DeadlineKind::EarlyBird),
            ("Hotel block release", DeadlineKind::HotelBlock),
            ("Registration closes", DeadlineKind::Registration),
            ("Poster printing", DeadlineKind::Other),
        ] {
            assert_eq!(kind_from_label(label), kind, "{label}");
        }
    }
}
