//! `curbside-cli due` and `remind …`: what the reminder engine finds due at
//! any instant, and acting on it. `due --at` evaluates the engine at that
//! instant, so a script can test any moment without waiting for it.
//! Milestones and stay-in-touch cadences, which the engine reminds of, are
//! in [`milestones`] and [`cadence`]; the clap definitions in [`args`].

pub mod args;
pub mod cadence;
pub mod milestones;
mod settings;

use curbside_core::cme::CycleId;
use curbside_core::contacts::ContactId;
use curbside_core::events::{DeadlineId, EventId};
use curbside_core::reminders::{self, ReasonPart, Reminder, ReminderKind};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::json;

use crate::shared::output::name_of;
use crate::shared::wall_clock::user_zone;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};
use args::{Days, DueArgs, RemindCommand, SnoozeArgs};

/// A snooze without `--until` or `--for` lasts a day.
const DEFAULT_SNOOZE: Days = Days(1);

/// Reads an instant the user typed: any form [`wall_clock::read`] knows,
/// with a local time in `zone`; a date alone means `time_of_day` that day.
fn instant(
    text: &str,
    tz: Option<&str>,
    zone: &TimeZone,
    time_of_day: Time,
) -> Result<Timestamp, String> {
    if let Ok(date) = text.trim().parse::<Date>() {
        return date
            .to_datetime(time_of_day)
            .to_zoned_datetime(zone.clone())
            .map(|zoned| zoned.timestamp())
            .map_err(|e| format!("{date} has no {time_of_day} in your zone: {e}"));
    }
    wall_clock::read(text, tz, false)?.instant()
}

/// `due`
pub fn due(global: &Global, args: &DueArgs) -> Result<(), String> {
    let zone = user_zone(args.tz.as_deref())?;
    let at = match &args.at {
        Some(text) => instant(text, args.tz.as_deref(), &zone, Time::midnight())?,
        None => Timestamp::now(),
    };
    at.checked_add(args.window.duration()).map_err(|_| {
        format!(
            "--window {} reaches past the last date Curbside knows",
            args.window.words()
        )
    })?;
    let (db, mut reader) = unlock::open_with_reader(global)?;
    let found = reminders::due_with(&db, reader.as_mut(), at, &zone, args.window.duration())
        .map_err(fail)?;
    if global.json {
        let listed: Vec<Listed> = found.iter().map(|r| Listed::new(r, at)).collect();
        return output::json(&listed);
    }
    print_due(&found, at, &zone, args.window);
    Ok(())
}

/// A reminder as `due --json` prints it: its fields, with the subject's ids
/// beside them (null where they do not apply) and whether it is overdue.
#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    kind: ReminderKind,
    title: &'a str,
    reason: &'a str,
    reason_parts: &'a [ReasonPart],
    due_at: Timestamp,
    overdue: bool,
    contact_id: Option<ContactId>,
    event_id: Option<EventId>,
    deadline_id: Option<DeadlineId>,
    cycle_id: Option<CycleId>,
    milestone_id: Option<i64>,
    custom_id: Option<i64>,
    source_id: Option<i64>,
    context: Option<&'a str>,
    contact_time_zone: Option<&'a str>,
    contact_name: Option<&'a str>,
    snoozed_until: Option<Timestamp>,
}

impl<'a> Listed<'a> {
    fn new(reminder: &'a Reminder, at: Timestamp) -> Self {
        let subject = &reminder.subject;
        Self {
            id: &reminder.id,
            kind: reminder.kind,
            title: &reminder.title,
            reason: &reminder.reason,
            reason_parts: &reminder.reason_parts,
            due_at: reminder.due_at,
            overdue: reminder.due_at <= at,
            contact_id: subject.contact_id,
            event_id: subject.event_id,
            deadline_id: subject.deadline_id,
            cycle_id: subject.cycle_id,
            milestone_id: subject.milestone_id,
            custom_id: subject.custom_id,
            source_id: subject.source_id,
            context: reminder.context.as_deref(),
            contact_time_zone: reminder.contact_time_zone.as_deref(),
            contact_name: reminder.contact_name.as_deref(),
            snoozed_until: reminder.snoozed_until,
        }
    }
}

fn print_due(found: &[Reminder], at: Timestamp, zone: &TimeZone, window: Days) {
    if found.is_empty() {
        say!("Nothing due, nor in the next {}.", window.words());
        return;
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|reminder| {
            let due = zone.to_datetime(reminder.due_at);
            let when = if due.year() == zone.to_datetime(at).year() {
                due.strftime("%a %-d %b %H:%M")
            } else {
                due.strftime("%a %-d %b %Y %H:%M")
            };
            let when = if reminder.due_at <= at {
                format!("{when} (overdue)")
            } else {
                when.to_string()
            };
            vec![
                when,
                name_of(&reminder.kind).replace('_', " "),
                why(reminder, at, zone),
                reminder.id.clone(),
            ]
        })
        .collect();
    output::table(&["DUE", "KIND", "WHY", "ID"], &rows, 100);
    say!("Act on one with: curbside-cli remind done|snooze|dismiss ID (and take it back with remind undo ID)");
}

/// The reason, with the contact's own time where their clock differs from
/// the user's ("You met Dr. Kenji Tanaka on Mon 2 Mar 2026 (02:30 for them)").
fn why(reminder: &Reminder, at: Timestamp, zone: &TimeZone) -> String {
    let theirs = reminder
        .contact_time_zone
        .as_deref()
        .and_then(|name| wall_clock::zone(name, false).ok())
        .map(|theirs| theirs.to_datetime(at))
        .filter(|theirs| *theirs != zone.to_datetime(at));
    match theirs {
        Some(theirs) => format!(
            "{} ({} for them)",
            reminder.reason,
            theirs.strftime("%H:%M")
        ),
        None => reminder.reason.clone(),
    }
}

/// Runs one `remind` command.
pub fn remind(global: &Global, command: &RemindCommand) -> Result<(), String> {
    let now = Timestamp::now();
    match command {
        RemindCommand::Done(args) => {
            let mut db = unlock::open(global)?;
            reminders::done(&mut db, &args.id, now).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "done": true }));
            }
            say!("Done: {}", args.id);
            Ok(())
        }
        RemindCommand::Snooze(args) => snooze(global, args, now),
        RemindCommand::Dismiss(args) => {
            let mut db = unlock::open(global)?;
            reminders::dismiss(&mut db, &args.id, now).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "dismissed": true }));
            }
            say!("Dismissed {}", args.id);
            Ok(())
        }
        RemindCommand::Undo(args) => {
            let mut db = unlock::open(global)?;
            reminders::undo(&mut db, &args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "undone": true }));
            }
            say!("Undone: {} is as it was before", args.id);
            Ok(())
        }
        RemindCommand::Settings(args) => settings::run(global, args),
    }
}

fn snooze(global: &Global, args: &SnoozeArgs, now: Timestamp) -> Result<(), String> {
    let zone = user_zone(args.tz.as_deref())?;
    let until = match &args.until {
        Some(text) => instant(text, args.tz.as_deref(), &zone, Time::constant(9, 0, 0, 0))?,
        None => {
            let span = args.snooze_for.unwrap_or(DEFAULT_SNOOZE);
            let now = Timestamp::from_second(now.as_second()).unwrap_or(now);
            now.checked_add(span.duration()).map_err(|_| {
                format!(
                    "--for {} reaches past the last date Curbside knows",
                    span.words()
                )
            })?
        }
    };
    let mut db = unlock::open(global)?;
    reminders::snooze(&mut db, &args.id, until, now).map_err(fail)?;
    if global.json {
        return output::json(&json!({ "id": args.id, "snoozed_until": until }));
    }
    say!(
        "Snoozed {} until {}",
        args.id,
        zone.to_datetime(until).strftime("%a %-d %b %Y %H:%M")
    );
    Ok(())
}
