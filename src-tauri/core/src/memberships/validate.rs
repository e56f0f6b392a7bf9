//! What a membership and a committee role must be before they are stored:
//! a society's name, text within the limits, dues that are an amount, a
//! currency that is a three-letter code, a role that ends after it starts.

use super::{CommitteeRole, MembershipDraft, MembershipError};
use crate::values::{limits, single_line, Invalid};

/// The draft trimmed and checked.
pub(super) fn clean(draft: &MembershipDraft) -> Result<MembershipDraft, MembershipError> {
    let society = single_line("society", "Society", &draft.society, limits::SHORT_TEXT)?;
    if society.is_empty() {
        return Err(Invalid::new("society", "Society is required").into());
    }
    let member_number = single_line(
        "member_number",
        "Member number",
        &draft.member_number,
        limits::SHORT_TEXT,
    )?;
    if let Some(amount) = draft.dues_amount {
        if !amount.is_finite() || !(0.0..=1_000_000.0).contains(&amount) {
            return Err(Invalid::new(
                "dues_amount",
                format!("Dues of {amount} are not an amount between 0 and 1,000,000"),
            )
            .into());
        }
    }
    let dues_currency = draft.dues_currency.trim().to_ascii_uppercase();
    let is_code =
        dues_currency.len() == 3 && dues_currency.chars().all(|c| c.is_ascii_alphabetic());
    if !(dues_currency.is_empty() || is_code) {
        return Err(Invalid::new(
            "dues_currency",
            format!(
                "Currency \"{}\" is not a three-letter code such as USD or EUR",
                draft.dues_currency.trim()
            ),
        )
        .into());
    }
    let notes = draft.notes.trim().to_owned();
    let length = notes.chars().count();
    if length > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "Notes are too long: {length} characters (the limit is {})",
                limits::NOTES
            ),
        )
        .into());
    }
    Ok(MembershipDraft {
        society,
        member_number,
        dues_currency,
        notes,
        ..draft.clone()
    })
}

/// The role trimmed and checked.
pub(super) fn clean_role(role: &CommitteeRole) -> Result<CommitteeRole, MembershipError> {
    let committee = single_line(
        "committee",
        "Committee",
        &role.committee,
        limits::SHORT_TEXT,
    )?;
    let name = single_line("role", "Role", &role.role, limits::SHORT_TEXT)?;
    if committee.is_empty() && name.is_empty() {
        return Err(Invalid::new("role", "Say the committee or the role").into());
    }
    if let (Some(from), Some(to)) = (role.from, role.to) {
        if to < from {
            return Err(Invalid::new(
                "to",
                format!("The role ends ({to}) before it starts ({from})"),
            )
            .into());
        }
    }
    Ok(CommitteeRole {
        committee,
        role: name,
        ..role.clone()
    })
}
