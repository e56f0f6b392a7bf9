//! `events radar|brief|capture|after`: conference mode from a terminal —
//! who to see on a trip, a brief per person to meet, "I just met…", and
//! the follow-ups after the event.

use curbside_core::conference::{self, CaptureDraft};
use jiff::Timestamp;

use super::args::{EventBriefArgs, EventCaptureArgs};
use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, Global};

/// `events radar ID`
pub fn radar(global: &Global, id: i64) -> Result<(), String> {
    let db = unlock::open(global)?;
    let radar = conference::radar(&db, id, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&radar);
    }
    match &radar.city {
        Some(city) => say!("{} — {city}, {}", radar.title, radar.dates),
        None => say!(
            "{} — {} (no city could be read from the location)",
            radar.title,
            radar.dates
        ),
    }
    if radar.people.is_empty() {
        say!("Nobody in your book lives, works or plans to be there.");
    }
    for person in &radar.people {
        let mark = match (person.met, person.planned) {
            (true, _) => " [met]",
            (false, true) => " [planned]",
            _ => "",
        };
        say!("{:>6}  {}{mark}", person.contact_id, person.display_name);
        if !person.profile_line.is_empty() {
            say!("        {}", person.profile_line);
        }
        for reason in &person.reasons {
            say!("        - {}", reason.text);
        }
    }
    Ok(())
}

/// `events brief ID [--contact CID]`
pub fn brief(global: &Global, args: &EventBriefArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let briefs = conference::brief(&db, args.id, args.contact, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&briefs);
    }
    if briefs.is_empty() {
        say!("Nobody to meet at this event yet: add people with `events meet`.");
    }
    for (index, brief) in briefs.iter().enumerate() {
        if index > 0 {
            say!();
        }
        say!("{} ({})", brief.display_name, brief.contact_id);
        if !brief.profile_line.is_empty() {
            say!("  {}", brief.profile_line);
        }
        for question in &brief.to_ask {
            say!("  Ask: {question}");
        }
        if !brief.shared_topics.is_empty() {
            say!("  Talk about: {}", brief.shared_topics.join(" · "));
        }
        for talk in &brief.last_interactions {
            let day = jiff::tz::TimeZone::UTC.to_datetime(talk.occurred_at).date();
            let about = [talk.topic.as_str(), talk.note.as_str()]
                .into_iter()
                .filter(|text| !text.is_empty())
                .collect::<Vec<_>>()
                .join(": ");
            say!("  Last time {day}: {about}");
        }
    }
    Ok(())
}

/// `events capture ID --name NAME [--from TEXT] [--note LINE]`
pub fn capture(global: &Global, args: &EventCaptureArgs) -> Result<(), String> {
    guard(&[("note", &args.note)], args.patient_data)?;
    let mut db = unlock::open(global)?;
    let draft = CaptureDraft {
        name: args.name.clone(),
        from: args.from.clone(),
        note: args.note.clone(),
        contact_id: args.contact,
        create_new: args.new,
    };
    let captured = conference::capture(&mut db, args.id, &draft, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&captured);
    }
    let how = if captured.created {
        "Created"
    } else {
        "Matched"
    };
    say!(
        "{how} {} ({}): met at the event",
        captured.display_name,
        captured.contact_id
    );
    Ok(())
}

/// `events after ID`
pub fn after(global: &Global, id: i64) -> Result<(), String> {
    let db = unlock::open(global)?;
    let after = conference::after(&db, id).map_err(fail)?;
    if global.json {
        return output::json(&after);
    }
    say!("After {}", after.title);
    if after.met.is_empty() {
        say!("Nobody recorded as met.");
    }
    for follow_up in &after.met {
        let state = if follow_up.done { "sent" } else { "to send" };
        say!(
            "\n{} ({}) — {state}",
            follow_up.person.display_name,
            follow_up.person.contact_id
        );
        if !follow_up.done {
            say!("  Subject: {}", follow_up.draft.subject);
            for line in follow_up.draft.body.lines() {
                say!("  {line}");
            }
        }
    }
    if !after.planned_not_met.is_empty() {
        say!("\nPlanned, not met:");
        for person in &after.planned_not_met {
            say!("  {} ({})", person.display_name, person.contact_id);
        }
    }
    Ok(())
}
