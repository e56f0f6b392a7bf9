//! `curbside-cli referrals …`: the referral ledger (log, list, edit, delete)
//! and its numbers. The clap definitions are in [`args`]; the numbers'
//! printing in [`stats`].

pub mod args;
mod stats;

use curbside_core::choice::Choice;
use curbside_core::referrals::{self, Referral, ReferralDraft, ReferralFilter, ReferralReason};
use jiff::{Timestamp, ZonedDateTime};
use serde_json::json;

use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};
use args::{AddArgs, EditArgs, ListArgs, ReferralsCommand};

/// Runs one `referrals` command.
pub fn run(global: &Global, command: &ReferralsCommand) -> Result<(), String> {
    match command {
        ReferralsCommand::Add(args) => add(global, args),
        ReferralsCommand::List(args) => list(global, args),
        ReferralsCommand::Edit(args) => edit(global, args),
        ReferralsCommand::Delete(args) => {
            let db = unlock::open(global)?;
            referrals::delete(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted referral {}", args.id);
            Ok(())
        }
        ReferralsCommand::Stats(args) => stats::stats(global, args),
    }
}

/// `--on`, or today on this computer's calendar.
fn day(text: Option<&str>) -> Result<jiff::civil::Date, String> {
    match text {
        Some(text) => wall_clock::date(text),
        None => Ok(ZonedDateTime::now().date()),
    }
}

fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    let draft = ReferralDraft {
        contact_id: args.contact,
        direction: args.direction,
        on: day(args.on.as_deref())?,
        specialty: args.specialty.clone().unwrap_or_default(),
        reason: args.reason.unwrap_or(ReferralReason::Other),
        note: args.note.clone().unwrap_or_default(),
    };
    guard(&[("note", &draft.note)], args.patient_data)?;
    let mut db = unlock::open(global)?;
    let referral = referrals::add(&mut db, &draft, Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&referral);
    }
    say!("Added referral {}: {}", referral.id, describe(&referral));
    Ok(())
}

fn edit(global: &Global, args: &EditArgs) -> Result<(), String> {
    let on = args.on.as_deref().map(wall_clock::date).transpose()?;
    if let Some(note) = &args.note {
        guard(&[("note", note)], args.patient_data)?;
    }
    let mut db = unlock::open(global)?;
    let old = referrals::get(&db, args.id).map_err(fail)?;
    let draft = ReferralDraft {
        contact_id: args.contact.unwrap_or(old.contact_id),
        direction: args.direction.unwrap_or(old.direction),
        on: on.unwrap_or(old.on),
        specialty: args.specialty.clone().unwrap_or(old.specialty),
        reason: args.reason.unwrap_or(old.reason),
        note: args.note.clone().unwrap_or(old.note),
    };
    let referral = referrals::update(&mut db, args.id, &draft).map_err(fail)?;
    if global.json {
        return output::json(&referral);
    }
    say!("Changed referral {}: {}", referral.id, describe(&referral));
    Ok(())
}

fn list(global: &Global, args: &ListArgs) -> Result<(), String> {
    let filter = ReferralFilter {
        contact_id: args.contact,
        direction: args.direction,
        from: args.from.as_deref().map(wall_clock::date).transpose()?,
        to: args.to.as_deref().map(wall_clock::date).transpose()?,
        text: args.text.clone().unwrap_or_default(),
    };
    let db = unlock::open(global)?;
    let found = referrals::list(&db, &filter).map_err(fail)?;
    if global.json {
        return output::json(&found);
    }
    if found.is_empty() {
        say!("No referrals.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|r| {
            vec![
                r.on.to_string(),
                r.direction.name().to_owned(),
                r.contact_name.clone(),
                r.specialty.clone(),
                r.reason.name().replace('_', " "),
                r.note.replace('\n', " "),
                r.id.to_string(),
            ]
        })
        .collect();
    output::table(
        &[
            "DAY",
            "WAY",
            "COLLEAGUE",
            "SPECIALTY",
            "REASON",
            "NOTE",
            "ID",
        ],
        &rows,
        40,
    );
    Ok(())
}

/// "received from Anna Berg on 2026-12-01 (Cardiology, second opinion)".
fn describe(referral: &Referral) -> String {
    let way = match referral.direction {
        referrals::ReferralDirection::Sent => "sent to",
        referrals::ReferralDirection::Received => "received from",
    };
    let mut what = vec![referral.reason.name().replace('_', " ")];
    if !referral.specialty.is_empty() {
        what.insert(0, referral.specialty.clone());
    }
    format!(
        "{way} {} on {} ({})",
        referral.contact_name,
        referral.on,
        what.join(", ")
    )
}
