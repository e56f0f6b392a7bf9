//! `curbside-cli cme …`: CME credit entries with their certificates, and the
//! license and board cycles they count toward. Progress and reports are in
//! [`status`]; the clap definitions in [`args`].

pub mod args;
mod status;

use std::path::Path;

use curbside_core::cme::{self, Credit, CreditDraft, Cycle, CycleDraft, Minimum};
use curbside_core::files;
use jiff::Timestamp;
use serde_json::json;

use crate::shared::{fail, output, patient_data, say, unlock, wall_clock, Global};
use args::{CmeCommand, CreditAddArgs, CreditCommand, CreditListArgs, CycleAddArgs, CycleCommand};

/// Runs one `cme` command.
pub fn run(global: &Global, command: &CmeCommand) -> Result<(), String> {
    match command {
        CmeCommand::Credit(CreditCommand::Add(args)) => add_credit(global, args),
        CmeCommand::Credit(CreditCommand::List(args)) => list_credits(global, args),
        CmeCommand::Credit(CreditCommand::Delete(args)) => {
            let mut db = unlock::open(global)?;
            cme::delete_credit(&mut db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted credit {}", args.id);
            Ok(())
        }
        CmeCommand::Cycle(CycleCommand::Add(args)) => add_cycle(global, args),
        CmeCommand::Cycle(CycleCommand::List) => {
            let db = unlock::open(global)?;
            let cycles = cme::cycles(&db).map_err(fail)?;
            if global.json {
                return output::json(&cycles);
            }
            print_cycles(&cycles);
            Ok(())
        }
        CmeCommand::Status(args) => status::status(global, args),
        CmeCommand::Report(args) => status::report(global, args),
    }
}

/// Reads a certificate (capped at the largest one Curbside keeps) before
/// anything is stored.
fn read_certificate(path: &Path) -> Result<(String, Vec<u8>), String> {
    files::read_attachment(path, cme::MAX_CERTIFICATE_BYTES).map_err(|error| error.to_string())
}

fn add_credit(global: &Global, args: &CreditAddArgs) -> Result<(), String> {
    let notes = args.notes.as_deref().unwrap_or_default();
    patient_data::guard(&[("--notes", notes)], args.patient_data)?;
    let draft = CreditDraft {
        earned_on: wall_clock::date(&args.date)?,
        title: args.title.clone(),
        provider: args.provider.clone().unwrap_or_default(),
        credit_type: args.credit_type,
        type_label: args.type_label.clone().unwrap_or_default(),
        hours: args.hours,
        topics: args.topics.clone(),
        event_id: args.event,
        notes: args.notes.clone().unwrap_or_default(),
    };
    let uploads = args
        .certificates
        .iter()
        .map(|path| read_certificate(path))
        .collect::<Result<Vec<_>, _>>()?;
    let mut db = unlock::open(global)?;
    let credit = cme::add_credit_with_certificates(&mut db, &draft, &uploads, Timestamp::now())
        .map_err(fail)?;
    if global.json {
        return output::json(&credit);
    }
    let attached = match credit.certificates.len() {
        0 => String::new(),
        1 => ", with its certificate".to_owned(),
        n => format!(", with {n} certificates"),
    };
    say!(
        "Added credit {}: {} h {} on {}, {}{attached}",
        credit.id,
        credit.hours,
        type_name(&credit),
        credit.earned_on,
        credit.title
    );
    Ok(())
}

/// The credit's kind for people: "AMA PRA Category 1", or the label of an
/// "other" credit.
fn type_name(credit: &Credit) -> String {
    match credit.type_label.as_str() {
        "" => credit.credit_type.short_label().to_owned(),
        label => label.to_owned(),
    }
}

fn list_credits(global: &Global, args: &CreditListArgs) -> Result<(), String> {
    let from = args.from.as_deref().map(wall_clock::date).transpose()?;
    let to = args.to.as_deref().map(wall_clock::date).transpose()?;
    let db = unlock::open(global)?;
    let credits = cme::credits(&db, from, to).map_err(fail)?;
    if global.json {
        return output::json(&credits);
    }
    if credits.is_empty() {
        say!("No credits recorded in these days.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = credits
        .iter()
        .map(|credit| {
            vec![
                credit.earned_on.to_string(),
                format!("{:>6}", credit.hours),
                type_name(credit),
                credit.title.clone(),
                credit.topics.join(", "),
                credit.certificates.len().to_string(),
                credit.id.to_string(),
            ]
        })
        .collect();
    output::table(
        &["EARNED", "HOURS", "TYPE", "TITLE", "TOPICS", "CERTS", "ID"],
        &rows,
        40,
    );
    let total: f64 = credits.iter().map(|credit| credit.hours).sum();
    say!("{total} hours in {} entries", credits.len());
    Ok(())
}

fn add_cycle(global: &Global, args: &CycleAddArgs) -> Result<(), String> {
    let notes = args.notes.as_deref().unwrap_or_default();
    patient_data::guard(&[("--notes", notes)], args.patient_data)?;
    let draft = CycleDraft {
        name: args.name.clone(),
        kind: args.kind,
        authority: args.authority.clone().unwrap_or_default(),
        starts_on: wall_clock::date(&args.start)?,
        ends_on: wall_clock::date(&args.end)?,
        total_hours: args.hours,
        total_types: args.types.clone(),
        type_minimums: args
            .type_minimums
            .iter()
            .map(|&(kind, hours)| Minimum {
                key: kind.as_str().to_owned(),
                hours,
            })
            .collect(),
        topic_minimums: args
            .topic_minimums
            .iter()
            .map(|(topic, hours)| Minimum {
                key: topic.clone(),
                hours: *hours,
            })
            .collect(),
        notes: args.notes.clone().unwrap_or_default(),
    };
    let mut db = unlock::open(global)?;
    let cycle = cme::add_cycle(&mut db, &draft).map_err(fail)?;
    if global.json {
        return output::json(&cycle);
    }
    say!(
        "Added cycle {}: {}, {} to {}, {} hours",
        cycle.id,
        cycle.name,
        cycle.starts_on,
        cycle.ends_on,
        cycle.total_hours
    );
    Ok(())
}

fn print_cycles(cycles: &[Cycle]) {
    if cycles.is_empty() {
        say!("No cycles yet: add one with `cme cycle add`.");
        return;
    }
    let rows: Vec<Vec<String>> = cycles
        .iter()
        .map(|cycle| {
            vec![
                cycle.name.clone(),
                cycle.kind.as_str().to_owned(),
                cycle.authority.clone(),
                cycle.starts_on.to_string(),
                cycle.ends_on.to_string(),
                cycle.total_hours.to_string(),
                cycle.id.to_string(),
            ]
        })
        .collect();
    output::table(
        &["CYCLE", "KIND", "AUTHORITY", "FROM", "TO", "HOURS", "ID"],
        &rows,
        40,
    );
}
