//! The patient-data guard on the command line: every command that saves
//! text the user wrote (a note, a referral's note, a draft) asks [`guard`]
//! first, and a text that looks like it identifies a patient is refused
//! with what was found, unless `--allow-patient-data` is given.

use clap::Args;
use curbside_core::patient_data;

/// The flag every command that saves free text takes.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct PatientDataArg {
    /// Save even when the text looks like it identifies a patient (a date of birth, a record number).
    #[arg(long)]
    pub allow_patient_data: bool,
}

/// Refuses `texts` (each a field's name and what the user wrote) when one
/// looks like it identifies a patient and `arg` does not allow it; the
/// message names each finding and the flag.
pub fn guard(texts: &[(&str, &str)], arg: PatientDataArg) -> Result<(), String> {
    if arg.allow_patient_data {
        return Ok(());
    }
    let lines: Vec<String> = texts
        .iter()
        .flat_map(|(field, text)| {
            patient_data::scan(text).into_iter().map(move |finding| {
                format!(
                    "  {field}: \"{}\" looks like {}",
                    finding.found, finding.what
                )
            })
        })
        .collect();
    if lines.is_empty() {
        return Ok(());
    }
    Err(format!(
        "Not saved: this looks like patient data, which does not belong in Curbside:\n{}\nEdit the text, or give --allow-patient-data to save it anyway.",
        lines.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_names_its_field_and_the_flag() {
        let refused = guard(
            &[("topic", "lipids"), ("note", "DOB 02/04/1961 MRN 4432211")],
            PatientDataArg::default(),
        )
        .unwrap_err();
        assert!(
            refused.contains("note: \"DOB 02/04/1961\" looks like a date of birth"),
            "{refused}"
        );
        assert!(
            refused.contains("note: \"MRN 4432211\" looks like a medical record number"),
            "{refused}"
        );
        assert!(refused.contains("--allow-patient-data"), "{refused}");
    }

    #[test]
    fn the_flag_or_a_clear_text_lets_it_through() {
        assert!(guard(&[("note", "Coffee at ESC")], PatientDataArg::default()).is_ok());
        let allowed = PatientDataArg {
            allow_patient_data: true,
        };
        assert!(guard(&[("note", "DOB 02/04/1961")], allowed).is_ok());
    }
}
