//! `review`: the weekly networking review on the command line: the week's
//! contacts made, follow-ups done and missed, referrals, new contacts, CME
//! hours, and what the coming week holds (the core's `review::week`).

pub mod args;

use curbside_core::review::{self, WeekReview};
use jiff::civil::Weekday;
use jiff::Timestamp;

use crate::shared::wall_clock::{self, user_zone};
use crate::shared::{fail, output, say, unlock, Global};
use args::ReviewArgs;

/// Runs `review`.
pub fn run(global: &Global, args: &ReviewArgs) -> Result<(), String> {
    let zone = user_zone(args.tz.as_deref())?;
    let now = Timestamp::now();
    let day = match &args.week {
        Some(text) => wall_clock::date(text)?,
        None => zone.to_datetime(now).date(),
    };
    let first = if args.sunday {
        Weekday::Sunday
    } else {
        Weekday::Monday
    };
    let db = unlock::open(global)?;
    let week = review::week(&db, day, &zone, first, now).map_err(fail)?;
    if global.json {
        return output::json(&week);
    }
    print(&week, &zone);
    Ok(())
}

fn print(week: &WeekReview, zone: &jiff::tz::TimeZone) {
    say!("Week of {} to {}", week.first_day, week.last_day);
    let kinds: Vec<String> = week
        .by_kind
        .iter()
        .map(|k| format!("{} {}", k.count, k.kind))
        .collect();
    let kinds = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    say!(
        "  Contacts made: {} with {} people{kinds}",
        week.interactions,
        week.people
    );
    say!(
        "  Follow-ups: {} done, {} dismissed, {} missed",
        week.follow_ups_done,
        week.follow_ups_dismissed,
        week.follow_ups_open.len()
    );
    for missed in &week.follow_ups_open {
        say!("    missed: {} ({})", missed.title, missed.reason);
    }
    say!(
        "  Referrals: {} sent, {} received",
        week.referrals_sent,
        week.referrals_received
    );
    let names: Vec<&str> = week
        .new_contacts
        .iter()
        .map(|c| c.display_name.as_str())
        .collect();
    say!(
        "  New contacts: {}{}",
        names.len(),
        if names.is_empty() {
            String::new()
        } else {
            format!(" ({})", names.join(", "))
        }
    );
    say!("  CME hours: {}", week.cme_hours);
    say!("Coming week");
    if week.coming_events.is_empty()
        && week.coming_key_dates.is_empty()
        && week.coming_reminders.is_empty()
    {
        say!("  Nothing planned");
    }
    for event in &week.coming_events {
        let day = zone.to_datetime(event.starts_at).date();
        say!("  {day}  {}", event.title);
    }
    for key_date in &week.coming_key_dates {
        say!(
            "  key date: {} ({})",
            key_date.deadline.label,
            key_date.event_title
        );
    }
    for reminder in &week.coming_reminders {
        let day = zone.to_datetime(reminder.due_at).date();
        say!("  {day}  {}: {}", reminder.kind.label(), reminder.title);
    }
}
