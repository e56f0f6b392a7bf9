//! `curbside-cli mentorship letter …`: letters of recommendation asked of a
//! mentor or owed to a mentee, their status and outcome.

use curbside_core::choice::Choice;
use curbside_core::mentorship::{
    self, LetterDraft, LetterRequest, LetterStatus, Outcome, Role, Writer,
};

use super::args::{LetterAddArgs, LetterCommand};
use super::{deleted, today};
use crate::shared::patient_data::guard;
use crate::shared::{fail, output, say, unlock, wall_clock, Global};

/// Runs one `mentorship letter` command.
pub fn run(global: &Global, command: &LetterCommand) -> Result<(), String> {
    match command {
        LetterCommand::Add(args) => add(global, args),
        LetterCommand::List => {
            let db = unlock::open(global)?;
            let letters = mentorship::letters(&db).map_err(fail)?;
            if global.json {
                return output::json(&letters);
            }
            print_list(&letters);
            Ok(())
        }
        LetterCommand::Status(args) => {
            let mut db = unlock::open(global)?;
            let letter = mentorship::set_letter_status(&mut db, args.id, args.status, today())
                .map_err(fail)?;
            show(global, &letter)
        }
        LetterCommand::Outcome(args) => {
            let mut db = unlock::open(global)?;
            let letter =
                mentorship::set_letter_outcome(&mut db, args.id, args.outcome).map_err(fail)?;
            show(global, &letter)
        }
        LetterCommand::Delete(args) => {
            let mut db = unlock::open(global)?;
            mentorship::delete_letter(&mut db, args.id).map_err(fail)?;
            deleted(global, "letter request", args.id)
        }
    }
}

fn add(global: &Global, args: &LetterAddArgs) -> Result<(), String> {
    let notes = args.notes.clone().unwrap_or_default();
    guard(&[("notes", &notes)], args.patient_data)?;
    let deadline = wall_clock::date(&args.deadline)?;
    let decision_on = args.decision.as_deref().map(wall_clock::date).transpose()?;
    let mut db = unlock::open(global)?;
    // Without --writer: the user writes for someone who is only their mentee.
    let writer = match args.writer {
        Some(writer) => writer,
        None => {
            let roles: Vec<Role> = mentorship::for_contact(&db, args.contact)
                .map_err(fail)?
                .into_iter()
                .map(|m| m.role)
                .collect();
            if roles == [Role::Mentee] {
                Writer::Me
            } else {
                Writer::Them
            }
        }
    };
    let draft = LetterDraft {
        contact_id: args.contact,
        writer,
        program: args.program,
        program_name: args.name.clone(),
        deadline,
        decision_on,
        status: args.status.unwrap_or(LetterStatus::ToAsk),
        outcome: Outcome::Pending,
        notes,
    };
    let letter = mentorship::add_letter(&mut db, &draft, today()).map_err(fail)?;
    show(global, &letter)
}

fn show(global: &Global, letter: &LetterRequest) -> Result<(), String> {
    if global.json {
        return output::json(letter);
    }
    say!(
        "Letter request {}: {}, {} — {} (due {}), {}, outcome {}",
        letter.id,
        who(letter),
        letter.program.name(),
        letter.program_name,
        letter.deadline,
        letter.status.flag_name(),
        letter.outcome.name()
    );
    Ok(())
}

fn who(letter: &LetterRequest) -> String {
    match letter.writer {
        Writer::Them => format!("{} writes for you", letter.contact_name),
        Writer::Me => format!("you write for {}", letter.contact_name),
    }
}

fn print_list(letters: &[LetterRequest]) {
    if letters.is_empty() {
        say!("No letter requests yet: add one with `mentorship letter add`.");
        return;
    }
    let rows: Vec<Vec<String>> = letters
        .iter()
        .map(|letter| {
            vec![
                letter.id.to_string(),
                letter.deadline.to_string(),
                who(letter),
                letter.program.name().to_owned(),
                letter.program_name.clone(),
                letter.status.flag_name(),
                letter.outcome.name().to_owned(),
            ]
        })
        .collect();
    output::table(
        &[
            "ID", "DEADLINE", "WHO", "PROGRAM", "NAME", "STATUS", "OUTCOME",
        ],
        &rows,
        40,
    );
}
