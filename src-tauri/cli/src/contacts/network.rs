//! `contacts merge`, `contacts affiliate` and `contacts relate`.

use curbside_core::choice::Choice;
use curbside_core::mentorship;
use curbside_core::operations;
use curbside_core::organizations::{self, AffiliationDraft};
use curbside_core::relationships::{self, RelationshipKind};
use jiff::Timestamp;

use super::args::{AffiliateArgs, MergeArgs, RelateArgs};
use crate::shared::{output, say, Global};
use curbside_core::db::Connection;

/// Merges two contacts.
pub fn merge(global: &Global, db: &mut Connection, args: &MergeArgs) -> Result<(), String> {
    // Mentorships of the same role the merge folds into one, to say so.
    let joined = mentorship::same_role(db, args.keep, args.other).map_err(|e| e.to_string())?;
    let merged = operations::merge(db, args.keep, args.other, Timestamp::now())
        .map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&merged);
    }
    say!(
        "Merged contact {} into {}: {}",
        args.other,
        merged.id,
        merged.display_name
    );
    for (kept, _) in joined {
        let kept = mentorship::get(db, kept).map_err(|e| e.to_string())?;
        say!(
            "Their two {} mentorships are one now (mentorship {}): {} goals, {} meetings",
            kept.role.name(),
            kept.id,
            kept.goals.len(),
            kept.meetings.len()
        );
    }
    Ok(())
}

/// Adds an affiliation.
pub fn affiliate(global: &Global, db: &mut Connection, args: &AffiliateArgs) -> Result<(), String> {
    let draft = AffiliationDraft {
        organization: args.organization.clone(),
        kind: args.kind,
        role: args.role.clone(),
        starts_on: args.from.clone(),
        ends_on: args.to.clone(),
    };
    let affiliation = organizations::add(db, args.id, &draft).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&affiliation);
    }
    say!(
        "Added {} to contact {}'s history",
        affiliation.organization.name,
        args.id
    );
    Ok(())
}

/// Records a relationship.
pub fn relate(global: &Global, db: &mut Connection, args: &RelateArgs) -> Result<(), String> {
    let relationship = relationships::add(db, args.id, args.to, args.kind, &args.label)
        .map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&relationship);
    }
    let whom = relationship.other_name.as_deref().unwrap_or("you");
    // "co_resident" reads as "co-resident", "referral_partner" as "referral partner".
    let kind = match relationship.kind {
        RelationshipKind::CoResident => "co-resident".to_owned(),
        other => other.name().replace('_', " "),
    };
    say!(
        "{} is now recorded as {kind} of {whom}",
        relationship.contact_name
    );
    Ok(())
}
