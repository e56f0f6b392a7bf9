//! How events read for people: the agenda table of `events list`, the
//! detail of `events show`, and an event's time in one line. Times show in
//! the venue's zone and on the viewer's clock.

use curbside_core::events::{Event, EventDetail, EventTiming, Occurrence, PersonRole};
use jiff::tz::TimeZone;

use crate::shared::output::{self, name_of};
use crate::shared::say;
use crate::shared::wall_clock;

/// The agenda: one line per occurrence, at the venue and on `viewer`'s clock.
pub fn print_occurrences(found: &[Occurrence], viewer_name: &str, viewer: &TimeZone) {
    if found.is_empty() {
        say!("Nothing in these days.");
        return;
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|o| {
            let (date, time, zone, here) = if o.all_day {
                let days = if o.start == o.end {
                    "all day".to_owned()
                } else {
                    format!("until {}", o.end)
                };
                (o.start.clone(), days, String::new(), String::new())
            } else {
                let venue = match wall_clock::zone(&o.time_zone, false) {
                    Ok(zone) => o.starts_at.to_zoned_datetime(zone).datetime(),
                    Err(_) => viewer.to_datetime(o.starts_at),
                };
                let here = if o.time_zone.is_empty() || o.time_zone == viewer_name {
                    String::new()
                } else {
                    let local = viewer.to_datetime(o.starts_at);
                    format!("{} here", local.strftime("%a %H:%M"))
                };
                let zone = match o.time_zone.as_str() {
                    "" => "floating".to_owned(),
                    zone => zone.to_owned(),
                };
                (
                    venue.strftime("%Y-%m-%d").to_string(),
                    venue.strftime("%a %H:%M").to_string(),
                    zone,
                    here,
                )
            };
            vec![
                date,
                time,
                zone,
                here,
                o.title.clone(),
                name_of(&o.status),
                o.event_id.to_string(),
            ]
        })
        .collect();
    output::table(
        &["DATE", "TIME", "ZONE", "YOUR TIME", "TITLE", "STATUS", "ID"],
        &rows,
        40,
    );
}

/// When an event happens, for people: "28 Aug 2026 09:00 Europe/Berlin".
pub fn when(event: &Event) -> String {
    match &event.timing {
        EventTiming::AllDay {
            first_day,
            last_day,
        } if first_day == last_day => format!("{} (all day)", first_day.strftime("%-d %b %Y")),
        EventTiming::AllDay {
            first_day,
            last_day,
        } => format!(
            "{} to {} (all day)",
            first_day.strftime("%-d %b %Y"),
            last_day.strftime("%-d %b %Y")
        ),
        EventTiming::Timed {
            start, time_zone, ..
        } => {
            let zone = match time_zone.as_str() {
                "" => "(floating)",
                zone => zone,
            };
            let repeat = match event.recurrence.as_str() {
                "" => String::new(),
                rule => format!(", repeating {rule}"),
            };
            format!("{} {zone}{repeat}", start.strftime("%-d %b %Y %H:%M"))
        }
    }
}

/// One event with its key dates, sessions and people.
pub fn print_detail(detail: &EventDetail) {
    let event = &detail.event;
    say!("{}  (event {})", event.title, event.id);
    let credits = event
        .expected_credits
        .map(|hours| format!("{hours} expected, {} recorded", detail.credits_recorded))
        .unwrap_or_default();
    let fields = [
        ("When", when(event)),
        ("Kind", name_of(&event.kind)),
        ("Status", name_of(&event.status)),
        ("Organiser", event.organizer.clone()),
        ("Where", event.location.clone()),
        ("Online", if event.online { "yes" } else { "" }.to_owned()),
        ("Link", event.url.clone()),
        ("Cost", event.cost.clone()),
        ("Credits", credits),
    ];
    for (label, value) in fields.iter().filter(|(_, value)| !value.is_empty()) {
        say!("  {label:<12}{value}");
    }
    for deadline in &detail.deadlines {
        let done = if deadline.done { "  (done)" } else { "" };
        say!(
            "  {:<12}{} {}  {}{done}",
            "Key date",
            deadline.due_local.strftime("%-d %b %Y %H:%M"),
            deadline.time_zone,
            deadline.label
        );
    }
    for session in &detail.sessions {
        let start = session
            .start
            .map(|start| start.strftime("%-d %b %H:%M ").to_string())
            .unwrap_or_default();
        say!(
            "  {:<12}{start}{} {}",
            "Session",
            session.title,
            session.room
        );
    }
    for person in &detail.people {
        let role = match person.role {
            PersonRole::ToMeet => "To meet",
            PersonRole::Met => "Met",
        };
        say!(
            "  {role:<12}{} (contact {})  {}",
            person.display_name,
            person.contact_id,
            person.note
        );
    }
    if !event.notes.is_empty() {
        say!("  Notes");
        for line in event.notes.lines() {
            say!("    {line}");
        }
    }
}
