//! `curbside-cli intros …` (introductions with double opt-in) and
//! `curbside-cli me …` (the user's own presence and milestones); the clap
//! definitions in [`args`], `me` in [`me`].

pub mod args;
pub mod me;

use curbside_core::choice::Choice;
use curbside_core::introductions::{
    self, IntroPerson, Introduction, IntroductionDraft, IntroductionStatus, Side,
};
use curbside_core::messages::{self, MessageDraft};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde_json::json;

use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, Global};
use args::{AddArgs, IntrosCommand};

/// Today, on this computer's clock.
pub(crate) fn today() -> Date {
    Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date()
}

/// `--on`, today or a day before it, or today.
fn step_day(text: Option<&str>) -> Result<Date, String> {
    let Some(text) = text else {
        return Ok(today());
    };
    let on = crate::shared::wall_clock::date(text)?;
    if on > today() {
        return Err(format!(
            "{on} is after today: a step of an introduction is dated the day it happened"
        ));
    }
    Ok(on)
}

/// Runs one `intros` command.
pub fn run(global: &Global, command: &IntrosCommand) -> Result<(), String> {
    match command {
        IntrosCommand::Add(args) => add(global, args),
        IntrosCommand::List(args) => {
            let db = unlock::open(global)?;
            let mut all = introductions::list(&db).map_err(fail)?;
            if let Some(status) = args.status {
                all.retain(|intro| intro.status == status);
            }
            if global.json {
                return output::json(&all);
            }
            if all.is_empty() {
                say!("No introductions");
            }
            for intro in &all {
                say!("{}", summary(intro));
            }
            Ok(())
        }
        IntrosCommand::Status(args) => {
            let on = step_day(args.on.as_deref())?;
            let mut db = unlock::open(global)?;
            let intro = introductions::set_status(
                &mut db,
                args.id,
                args.status,
                args.side,
                on,
                Timestamp::now(),
            )
            .map_err(fail)?;
            if global.json {
                return output::json(&intro);
            }
            say!("{}", summary(&intro));
            Ok(())
        }
        IntrosCommand::Show(args) => {
            let db = unlock::open(global)?;
            let intro = introductions::get(&db, args.id).map_err(fail)?;
            if args.only.is_some() && intro.status != IntroductionStatus::Introduced {
                return Err(format!(
                    "--only picks who the follow-up goes to, and introduction {} is {}, not yet introduced",
                    intro.id,
                    intro.status.name()
                ));
            }
            let drafts = next_drafts(&db, &intro, args.only)?;
            if global.json {
                return output::json(&json!({ "introduction": intro, "drafts": drafts }));
            }
            say!("{}", summary(&intro));
            say!("Why: {}", intro.reason);
            for step in &intro.steps {
                let side = step.side.map(|side| format!(" ({})", side.name()));
                say!(
                    "  {}  {}{}",
                    step.on,
                    step.status.name(),
                    side.unwrap_or_default()
                );
            }
            for draft in &drafts {
                say!(
                    "\nDraft to {}",
                    draft.email.as_deref().unwrap_or("(no email)")
                );
                say!("Subject: {}\n\n{}", draft.subject, draft.body);
            }
            Ok(())
        }
        IntrosCommand::Delete(args) => {
            let db = unlock::open(global)?;
            introductions::delete(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted introduction {}", args.id);
            Ok(())
        }
    }
}

fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    guard(&[("reason", &args.reason)], args.patient_data)?;
    let draft = IntroductionDraft {
        from_contact_id: args.from,
        to_contact_id: args.to,
        reason: args.reason.clone(),
    };
    let mut db = unlock::open(global)?;
    let intro = introductions::add(&mut db, &draft, today(), Timestamp::now()).map_err(fail)?;
    if global.json {
        return output::json(&intro);
    }
    say!("{}", summary(&intro));
    say!(
        "Next: ask both sides (`curbside-cli intros show {}` drafts the asks), then `intros status {} asked`",
        intro.id, intro.id
    );
    Ok(())
}

/// The drafts of the introduction's next step: the asks to each side who
/// has not answered while proposed or asked, the email to both once both
/// said yes, and once introduced the follow-up asking both (or `only`
/// one side) how it went; none after a decline.
fn next_drafts(
    db: &curbside_core::db::Connection,
    intro: &Introduction,
    only: Option<Side>,
) -> Result<Vec<MessageDraft>, String> {
    match intro.status {
        IntroductionStatus::Proposed | IntroductionStatus::Asked => {
            let mut drafts = Vec::new();
            for (side, person) in [(Side::From, &intro.from), (Side::To, &intro.to)] {
                if person.said_yes.is_none() {
                    drafts.push(messages::introduction_ask(db, intro.id, side).map_err(fail)?);
                }
            }
            Ok(drafts)
        }
        IntroductionStatus::Accepted => Ok(vec![
            messages::introduction_email(db, intro.id).map_err(fail)?
        ]),
        IntroductionStatus::Introduced => {
            Ok(vec![
                messages::introduction_follow_up(db, intro.id, only).map_err(fail)?
            ])
        }
        IntroductionStatus::Declined => Ok(Vec::new()),
    }
}

/// "#3 Amara Okafor → Jonas Weber: asked (A: yes, B: –)".
fn summary(intro: &Introduction) -> String {
    format!(
        "#{} {} → {}: {} (A: {}, B: {})",
        intro.id,
        intro.from.name,
        intro.to.name,
        intro.status.name(),
        answer(&intro.from),
        answer(&intro.to)
    )
}

fn answer(person: &IntroPerson) -> &'static str {
    match person.said_yes {
        Some(true) => "yes",
        Some(false) => "no",
        None => "–",
    }
}
