//! `curbside-cli events …`: the conference and CME calendar from a terminal
//! or a script. Times are read into the venue's wall clock (see
//! [`crate::shared::wall_clock`]); [`views`] prints them for people; key
//! dates are in [`deadlines`]; the clap definitions in [`args`].

pub mod args;
mod conference;
mod deadlines;
mod views;

use curbside_core::db::Connection;
use curbside_core::events::{
    self, EventDraft, EventFilter, EventPerson, EventTiming, Occurrence, PersonRole,
};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use serde::Serialize;
use serde_json::json;

use crate::shared::output::name_of;
use crate::shared::wall_clock::{self, WallClock};
use crate::shared::{fail, output, patient_data, say, unlock, Global};
use args::{EventAddArgs, EventListArgs, EventPersonArgs, EventsCommand};
use views::{print_detail, print_occurrences, when};

/// How far `events list` looks ahead without `--to`.
const DEFAULT_DAYS_AHEAD: i64 = 90;

/// Runs one `events` command.
pub fn run(global: &Global, command: &EventsCommand) -> Result<(), String> {
    match command {
        EventsCommand::Add(args) => add(global, args),
        EventsCommand::List(args) => list(global, args),
        EventsCommand::Show(args) => {
            let db = unlock::open(global)?;
            let detail = events::detail(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&detail);
            }
            print_detail(&detail);
            Ok(())
        }
        EventsCommand::Status(args) => {
            let mut db = unlock::open(global)?;
            let event = events::set_status(&mut db, args.id, args.status, Timestamp::now())
                .map_err(fail)?;
            if global.json {
                return output::json(&event);
            }
            say!(
                "Event {}: {} is now {}",
                event.id,
                event.title,
                name_of(&event.status)
            );
            Ok(())
        }
        EventsCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            events::delete(&mut db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted event {}", args.id);
            Ok(())
        }
        EventsCommand::Deadline(command) => deadlines::run(global, command),
        EventsCommand::Meet(args) => link(global, args, PersonRole::ToMeet),
        EventsCommand::Met(args) => link(global, args, PersonRole::Met),
        EventsCommand::Radar(args) => conference::radar(global, args.id),
        EventsCommand::Brief(args) => conference::brief(global, args),
        EventsCommand::Capture(args) => conference::capture(global, args),
        EventsCommand::After(args) => conference::after(global, args.id),
    }
}

fn add(global: &Global, args: &EventAddArgs) -> Result<(), String> {
    let notes = args.notes.as_deref().unwrap_or_default();
    patient_data::guard(&[("--notes", notes)], args.patient_data)?;
    let draft = EventDraft {
        kind: args.kind,
        title: args.title.clone(),
        organizer: args.organizer.clone().unwrap_or_default(),
        timing: timing(args)?,
        location: args.location.clone().unwrap_or_default(),
        online: args.online,
        url: args.url.clone().unwrap_or_default(),
        notes: args.notes.clone().unwrap_or_default(),
        expected_credits: args.credits,
        cost: args.cost.clone().unwrap_or_default(),
        status: args.status,
        recurrence: args.repeat.clone().unwrap_or_default(),
        excluded: Vec::new(),
        uid: String::new(),
    };
    let mut db = unlock::open(global)?;
    let event = events::create(&mut db, &draft, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&event);
    }
    say!(
        "Added event {}: {}, {}",
        event.id,
        event.title,
        when(&event)
    );
    Ok(())
}

/// When the event happens, from `--start`, `--end`, `--all-day`, `--tz`
/// and `--floating`.
fn timing(args: &EventAddArgs) -> Result<EventTiming, String> {
    if args.all_day {
        let day = |text: &str| {
            wall_clock::date(text).map_err(|e| format!("{e} (with --all-day, give dates)"))
        };
        let first_day = day(&args.start)?;
        let last_day = args.end.as_deref().map(day).transpose()?;
        return Ok(EventTiming::AllDay {
            first_day,
            last_day: last_day.unwrap_or(first_day),
        });
    }
    if args.floating {
        let start = floating(&args.start)?;
        let end = match &args.end {
            Some(text) => floating(text)?,
            None => start
                .checked_add(SignedDuration::from_hours(1))
                .map_err(|e| format!("no hour after {start}: {e}"))?,
        };
        return Ok(EventTiming::Timed {
            start,
            end,
            time_zone: String::new(),
        });
    }
    let start = wall_clock::read(&args.start, args.tz.as_deref(), false)?;
    let end = match &args.end {
        Some(text) => wall_clock::read(text, Some(&start.zone), false)?.civil,
        None => an_hour_after(&start)?,
    };
    Ok(EventTiming::Timed {
        start: start.civil,
        end,
        time_zone: start.zone,
    })
}

fn floating(text: &str) -> Result<DateTime, String> {
    let text = text.trim();
    if text.contains('[') || text.parse::<Timestamp>().is_ok() {
        return Err(format!(
            "\"{text}\" names a zone or an offset; a floating time is a local time such as 2026-03-29T09:00"
        ));
    }
    text.parse().map_err(|_| {
        format!("\"{text}\" is not a local date-time such as 2026-03-29T09:00 (a floating time has no zone)")
    })
}

/// An hour after `start` on the clock: across a DST change, still an hour.
fn an_hour_after(start: &WallClock) -> Result<DateTime, String> {
    let zone = wall_clock::zone(&start.zone, false)?;
    start
        .civil
        .to_zoned_datetime(zone)
        .and_then(|zoned| zoned.checked_add(SignedDuration::from_hours(1)))
        .map(|zoned| zoned.datetime())
        .map_err(|e| format!("no hour after {} in {}: {e}", start.civil, start.zone))
}

fn list(global: &Global, args: &EventListArgs) -> Result<(), String> {
    let (viewer_name, viewer) = wall_clock::zone_or_system(args.tz.as_deref())?;
    let today = Timestamp::now().to_zoned_datetime(viewer.clone()).date();
    let first = args.from.as_deref().map(wall_clock::date).transpose()?;
    let first = first.unwrap_or(today);
    let last = match args.to.as_deref() {
        Some(text) => wall_clock::date(text)?,
        None => first
            .checked_add(DEFAULT_DAYS_AHEAD.days())
            .map_err(|e| format!("no date {DEFAULT_DAYS_AHEAD} days after {first}: {e}"))?,
    };
    if last < first {
        return Err(format!("--to {last} is before --from {first}"));
    }
    let from = start_of(first, &viewer)?;
    let to = start_of(
        last.tomorrow()
            .map_err(|e| format!("no day after {last}: {e}"))?,
        &viewer,
    )?;
    let filter = EventFilter {
        statuses: args.status.clone(),
        kinds: args.kind.clone(),
    };
    let db = unlock::open(global)?;
    let found = events::occurrences(&db, from, to, &viewer, &filter).map_err(fail)?;
    if global.json {
        let listed: Vec<Listed> = found
            .iter()
            .map(|occurrence| Listed {
                id: occurrence.event_id,
                occurrence,
            })
            .collect();
        return output::json(&listed);
    }
    print_occurrences(&found, &viewer_name, &viewer);
    Ok(())
}

/// An occurrence as `events list --json` prints it: with the `id` every
/// record carries (the event to open).
#[derive(Serialize)]
struct Listed<'a> {
    id: i64,
    #[serde(flatten)]
    occurrence: &'a Occurrence,
}

fn start_of(day: Date, zone: &TimeZone) -> Result<Timestamp, String> {
    day.to_zoned_datetime(zone.clone())
        .and_then(|zoned| zoned.start_of_day())
        .map(|zoned| zoned.timestamp())
        .map_err(|e| format!("{day} has no start of day here: {e}"))
}

fn link(global: &Global, args: &EventPersonArgs, role: PersonRole) -> Result<(), String> {
    patient_data::guard(&[("--note", &args.note)], args.patient_data)?;
    let mut db = unlock::open(global)?;
    let person = events::link_person(
        &mut db,
        args.event,
        args.contact,
        role,
        &args.note,
        Timestamp::now(),
    )
    .map_err(fail)?;
    if global.json {
        return output::json(&Linked {
            id: person.contact_id,
            event_id: args.event,
            person: &person,
        });
    }
    let title = title_of(&db, args.event)?;
    match role {
        PersonRole::ToMeet => say!("To meet at {title}: {}", person.display_name),
        PersonRole::Met => say!("Met at {title}: {}", person.display_name),
    }
    // Every note, the earlier ones too: linking again adds to them.
    for line in person.note.lines() {
        say!("  {line}");
    }
    Ok(())
}

/// A person linked to an event as `events meet|met --json` prints it: `id`
/// is the contact, with the event beside it.
#[derive(Serialize)]
struct Linked<'a> {
    id: i64,
    event_id: i64,
    #[serde(flatten)]
    person: &'a EventPerson,
}

fn title_of(db: &Connection, id: i64) -> Result<String, String> {
    events::get(db, id).map(|event| event.title).map_err(fail)
}
