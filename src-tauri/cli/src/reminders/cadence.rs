//! `curbside-cli cadence …`: how often to stay in touch with a contact, with
//! everyone carrying a tag, or with everyone in a relationship with the user.
//! A contact's own cadence wins over its relationships', which win over its
//! tags'; the engine works that out, this only records the setting.

use curbside_core::reminders::{self, Cadence, CadenceRule, CadenceTarget};
use serde::Serialize;
use serde_json::{json, Value};

use super::args::{CadenceCommand, CadenceShowArgs, CadenceTargetArgs};
use crate::shared::output::{self, name_of};
use crate::shared::{fail, say, unlock, Global};

/// Runs one `cadence` command.
pub fn run(global: &Global, command: &CadenceCommand) -> Result<(), String> {
    match command {
        CadenceCommand::Set(args) => set(global, &args.target, Some(args.every)),
        CadenceCommand::Clear(target) => set(global, target, None),
        CadenceCommand::List => list(global),
        CadenceCommand::Show(args) => show(global, args),
    }
}

fn set(global: &Global, args: &CadenceTargetArgs, every: Option<Cadence>) -> Result<(), String> {
    let target = target(args)?;
    let mut db = unlock::open(global)?;
    reminders::set_cadence(&mut db, &target, every).map_err(fail)?;
    if global.json {
        return output::json(&Listed::new(&target, every));
    }
    match every {
        Some(every) => say!("Stay in touch with {} every {}", whom(&target), days(every)),
        None => say!("No stay-in-touch cadence on {} any more", whom(&target)),
    }
    Ok(())
}

fn list(global: &Global) -> Result<(), String> {
    let db = unlock::open(global)?;
    let rules = reminders::cadences(&db).map_err(fail)?;
    if global.json {
        let listed: Vec<Listed> = rules
            .iter()
            .map(|rule| Listed::new(&rule.target, Some(rule.every)))
            .collect();
        return output::json(&listed);
    }
    if rules.is_empty() {
        say!("No cadences yet: set one with `cadence set`.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = rules
        .iter()
        .map(|CadenceRule { target, every }| vec![whom(target), days(*every)])
        .collect();
    output::table(&["WHO", "EVERY"], &rows, 60);
    Ok(())
}

/// The cadence that holds for one contact, as the engine picks it.
fn show(global: &Global, args: &CadenceShowArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let cadence = reminders::cadence_of(&db, args.contact).map_err(fail)?;
    if global.json {
        return output::json(&json!({
            "contact_id": args.contact,
            "own_days": cadence.own.map(|own| own.days),
            "holds": cadence.holds.map(|rule| Listed::new(&rule.target, Some(rule.every))),
        }));
    }
    let contact = whom(&CadenceTarget::Contact(args.contact));
    match cadence.holds {
        Some(CadenceRule {
            target: CadenceTarget::Contact(_),
            every,
        }) => say!("Stay in touch with {contact} every {} (their own)", days(every)),
        Some(CadenceRule { target, every }) => say!(
            "Stay in touch with {contact} every {}, as with {}",
            days(every),
            whom(&target)
        ),
        None => say!(
            "No stay-in-touch cadence for {contact}: none is set on them, their tags or their relationships"
        ),
    }
    Ok(())
}

/// The target the flags name; clap makes sure exactly one is given.
fn target(args: &CadenceTargetArgs) -> Result<CadenceTarget, String> {
    match (args.contact, &args.tag, args.relationship) {
        (Some(id), _, _) => Ok(CadenceTarget::Contact(id)),
        (_, Some(tag), _) => Ok(CadenceTarget::Tag(tag.trim().to_owned())),
        (_, _, Some(kind)) => Ok(CadenceTarget::Relationship(kind)),
        _ => Err("say whom: --contact ID, --tag TAG or --relationship REL".into()),
    }
}

/// Whom a cadence is for, in words.
fn whom(target: &CadenceTarget) -> String {
    match target {
        CadenceTarget::Contact(id) => format!("contact {id}"),
        CadenceTarget::Tag(tag) => format!("everyone tagged {tag}"),
        CadenceTarget::Relationship(kind) => {
            format!("every {} of yours", name_of(kind).replace('_', " "))
        }
    }
}

fn days(every: Cadence) -> String {
    match every.days {
        1 => "day".to_owned(),
        n => format!("{n} days"),
    }
}

/// A cadence as `--json` prints it: the one key naming its target
/// (`contact_id`, `tag` or `relationship`) and `every_days` (null once cleared).
#[derive(Serialize)]
struct Listed {
    #[serde(flatten)]
    target: serde_json::Map<String, Value>,
    every_days: Option<u32>,
}

impl Listed {
    fn new(target: &CadenceTarget, every: Option<Cadence>) -> Self {
        let (key, value) = match target {
            CadenceTarget::Contact(id) => ("contact_id", json!(id)),
            CadenceTarget::Tag(tag) => ("tag", json!(tag)),
            CadenceTarget::Relationship(kind) => ("relationship", json!(kind)),
        };
        Self {
            target: [(key.to_owned(), value)].into_iter().collect(),
            every_days: every.map(|every| every.days),
        }
    }
}
