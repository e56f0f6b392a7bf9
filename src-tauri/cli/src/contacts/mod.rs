//! `curbside-cli contacts …` and `search`: the address book from a
//! terminal or a script. The clap definitions are in [`args`]; merging,
//! affiliations and relationships in [`network`]; likely duplicates in
//! [`duplicates`].

pub mod args;
mod duplicates;
mod network;
pub mod search;

use std::borrow::Cow;

use curbside_core::contacts::{self, Contact, ContactDraft, ContactFilter, ContactSummary};
use curbside_core::profile::{self, ContactProfile};
use jiff::Timestamp;
use serde_json::json;

use crate::shared::{output, patient_data, say, unlock, when, Global};
use args::{ContactFields, ContactsCommand};

/// Runs one `contacts` command.
pub fn run(global: &Global, command: &ContactsCommand) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let fail = |e: contacts::ContactError| e.to_string();
    match command {
        ContactsCommand::Add(args) => {
            guard_texts(&args.fields)?;
            let mut draft = ContactDraft {
                display_name: args.name.clone(),
                ..Default::default()
            };
            apply(&mut draft, &args.fields);
            let contact = contacts::create(&mut db, &draft, Timestamp::now()).map_err(fail)?;
            report(global, &contact, "Added")
        }
        ContactsCommand::Edit(args) => {
            guard_texts(&args.fields)?;
            let mut draft = ContactDraft::from(contacts::get(&db, args.id).map_err(fail)?);
            if let Some(name) = &args.name {
                draft.display_name = name.clone();
            }
            apply(&mut draft, &args.fields);
            let contact =
                contacts::update(&mut db, args.id, &draft, Timestamp::now()).map_err(fail)?;
            report(global, &contact, "Updated")
        }
        ContactsCommand::List(args) => {
            let filter = ContactFilter {
                tag: args.tag.clone(),
                specialty: args.specialty.clone(),
                institution: args.institution.clone(),
                city: args.city.clone(),
                relationship: args.relationship,
                contacted_before: args
                    .contacted_before
                    .as_deref()
                    .map(when::day_start)
                    .transpose()?,
                contacted_after: args
                    .contacted_after
                    .as_deref()
                    .map(when::day_start)
                    .transpose()?,
                limit: args.limit,
                sort: args.sort,
            };
            if global.json {
                return output::json(&contacts::list(&db, &filter).map_err(fail)?);
            }
            // The table shows a line of each: read no more than that.
            print_table(&contacts::summaries(&db, &filter).map_err(fail)?);
            Ok(())
        }
        ContactsCommand::Show(args) => {
            let profile = profile::load(&db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&profile);
            }
            print_profile(&profile);
            Ok(())
        }
        ContactsCommand::Merge(args) => network::merge(global, &mut db, args),
        ContactsCommand::Duplicates(args) => duplicates::list(global, &db, args),
        ContactsCommand::Affiliate(args) => network::affiliate(global, &mut db, args),
        ContactsCommand::Relate(args) => network::relate(global, &mut db, args),
        ContactsCommand::Facets => {
            let facets = contacts::facets(&db).map_err(fail)?;
            if global.json {
                return output::json(&facets);
            }
            for (name, values) in [
                ("Tags", &facets.tags),
                ("Specialties", &facets.specialties),
                ("Institutions", &facets.institutions),
                ("Cities", &facets.cities),
            ] {
                say!("{name}: {}", values.join(", "));
            }
            Ok(())
        }
        ContactsCommand::Delete(args) => {
            contacts::delete(&mut db, args.id).map_err(fail)?;
            if global.json {
                return output::json(&json!({ "id": args.id, "deleted": true }));
            }
            say!("Deleted contact {}", args.id);
            Ok(())
        }
    }
}

/// Refuses given notes or a "met at" that look like they identify a patient.
fn guard_texts(fields: &ContactFields) -> Result<(), String> {
    let notes = fields.notes.as_deref().unwrap_or_default();
    let met_at = fields.met_at.as_deref().unwrap_or_default();
    patient_data::guard(
        &[("--note", notes), ("--met-at", met_at)],
        fields.patient_data,
    )
}

fn apply(draft: &mut ContactDraft, fields: &ContactFields) {
    let replace = |target: &mut String, value: &Option<String>| {
        if let Some(value) = value {
            target.clone_from(value);
        }
    };
    replace(&mut draft.credentials, &fields.credentials);
    replace(&mut draft.specialty, &fields.specialty);
    replace(&mut draft.institution, &fields.institution);
    replace(&mut draft.notes, &fields.notes);
    replace(&mut draft.title, &fields.title);
    replace(&mut draft.subspecialty, &fields.subspecialty);
    replace(&mut draft.pronouns, &fields.pronouns);
    replace(&mut draft.birthday, &fields.birthday);
    replace(&mut draft.time_zone, &fields.time_zone);
    let met = draft.met.get_or_insert_with(Default::default);
    if let Some(on) = &fields.met_on {
        met.on = Some(on.clone());
    }
    replace(&mut met.at, &fields.met_at);
    if fields.introduced_by.is_some() {
        met.introduced_by = fields.introduced_by;
    }
    for (target, values) in [
        (&mut draft.emails, &fields.emails),
        (&mut draft.phones, &fields.phones),
        (&mut draft.tags, &fields.tags),
    ] {
        if !values.is_empty() {
            target.clone_from(values);
        }
    }
}

fn report(global: &Global, contact: &Contact, verb: &str) -> Result<(), String> {
    if global.json {
        return output::json(contact);
    }
    say!("{verb} contact {}: {}", contact.id, contact.display_name);
    Ok(())
}

/// Prints contacts as an aligned table.
fn print_table(list: &[ContactSummary]) {
    let rows: Vec<Vec<Cow<'_, str>>> = list
        .iter()
        .map(|c| {
            vec![
                c.id.to_string().into(),
                c.display_name.as_str().into(),
                c.credentials.as_str().into(),
                c.specialty.as_str().into(),
                c.institution.as_str().into(),
            ]
        })
        .collect();
    output::table(
        &["ID", "NAME", "CREDENTIALS", "SPECIALTY", "INSTITUTION"],
        &rows,
        32,
    );
}

fn print_profile(profile: &ContactProfile) {
    print_contact(&profile.contact);
    if let Some(last) = profile.contact.last_interaction_at {
        let days = (Timestamp::now().as_second() - last.as_second()).max(0) / 86_400;
        say!(
            "  {:<12}{} ({days} days ago)",
            "Last contact",
            last.strftime("%Y-%m-%d")
        );
    }
    for affiliation in &profile.affiliations {
        let until = affiliation.ends_on.as_deref().unwrap_or("now");
        let since = affiliation.starts_on.as_deref().unwrap_or("");
        say!(
            "  {:<12}{} {} ({since}–{until})",
            format!("{:?}", affiliation.kind),
            affiliation.organization.name,
            affiliation.role
        );
    }
    for relationship in &profile.relationships {
        let other = relationship.other_name.as_deref().unwrap_or("you");
        say!(
            "  {:<12}{} → {other} {}",
            format!("{:?}", relationship.kind),
            relationship.contact_name,
            relationship.label
        );
    }
    for interaction in &profile.interactions {
        say!(
            "  {}  {:<12}{}",
            interaction.occurred_at.strftime("%Y-%m-%d"),
            interaction.kind.as_str(),
            interaction.note
        );
    }
}

fn print_contact(contact: &Contact) {
    let name = match contact.credentials.as_str() {
        "" => contact.display_name.clone(),
        credentials => format!("{}, {credentials}", contact.display_name),
    };
    say!("{name}  (id {})", contact.id);
    let fields = [
        ("Specialty", contact.specialty.clone()),
        ("Institution", contact.institution.clone()),
        ("Email", contact.emails.join(", ")),
        ("Phone", contact.phones.join(", ")),
        ("Tags", contact.tags.join(", ")),
    ];
    for (label, value) in fields.iter().filter(|(_, value)| !value.is_empty()) {
        say!("  {label:<12}{value}");
    }
    if !contact.notes.is_empty() {
        say!("  Notes");
        for line in contact.notes.lines() {
            say!("    {line}");
        }
    }
}
