//! `contacts merge`, `contacts affiliate` and `contacts relate`.

use curbside_core::contacts;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::relationships::{self, RelationshipKind};
use jiff::Timestamp;

use crate::args::{
    AffiliateArgs, AffiliationKindArg, Global, MergeArgs, RelateArgs, RelationshipKindArg,
};
use crate::output;
use curbside_core::db::Connection;

/// Merges two contacts.
pub fn merge(global: &Global, db: &mut Connection, args: &MergeArgs) -> Result<(), String> {
    let merged =
        contacts::merge(db, args.keep, args.other, Timestamp::now()).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&merged);
    }
    println!(
        "Merged contact {} into {}: {}",
        args.other, merged.id, merged.display_name
    );
    Ok(())
}

/// Adds an affiliation.
pub fn affiliate(global: &Global, db: &mut Connection, args: &AffiliateArgs) -> Result<(), String> {
    let draft = AffiliationDraft {
        organization: args.organization.clone(),
        kind: match args.kind {
            AffiliationKindArg::Job => AffiliationKind::Job,
            AffiliationKindArg::MedicalSchool => AffiliationKind::MedicalSchool,
            AffiliationKindArg::Residency => AffiliationKind::Residency,
            AffiliationKindArg::Fellowship => AffiliationKind::Fellowship,
            AffiliationKindArg::Education => AffiliationKind::Education,
            AffiliationKindArg::Membership => AffiliationKind::Membership,
            AffiliationKindArg::Other => AffiliationKind::Other,
        },
        role: args.role.clone(),
        starts_on: args.from.clone(),
        ends_on: args.to.clone(),
    };
    let affiliation = organizations::add(db, args.id, &draft).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&affiliation);
    }
    println!(
        "Added {} to contact {}'s history",
        affiliation.organization.name, args.id
    );
    Ok(())
}

/// Records a relationship.
pub fn relate(global: &Global, db: &mut Connection, args: &RelateArgs) -> Result<(), String> {
    let kind = match args.kind {
        RelationshipKindArg::Mentor => RelationshipKind::Mentor,
        RelationshipKindArg::Mentee => RelationshipKind::Mentee,
        RelationshipKindArg::Collaborator => RelationshipKind::Collaborator,
        RelationshipKindArg::ReferralPartner => RelationshipKind::ReferralPartner,
        RelationshipKindArg::CoResident => RelationshipKind::CoResident,
        RelationshipKindArg::Friend => RelationshipKind::Friend,
        RelationshipKindArg::Family => RelationshipKind::Family,
        RelationshipKindArg::Other => RelationshipKind::Other,
    };
    let relationship =
        relationships::add(db, args.id, args.to, kind, &args.label).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&relationship);
    }
    let whom = relationship.other_name.as_deref().unwrap_or("you");
    println!(
        "{} is now recorded as {:?} of {whom}",
        relationship.contact_name, relationship.kind
    );
    Ok(())
}
