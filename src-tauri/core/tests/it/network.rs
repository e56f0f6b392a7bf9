//! Organisations, affiliations (training and jobs) and relationships, as the
//! profile shows them.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db;
use curbside_core::operations;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::profile;
use curbside_core::relationships::{self, RelationshipKind};
use jiff::Timestamp;
use rusqlite::Connection;

fn add(conn: &mut Connection, name: &str, institution: &str, title: &str) -> i64 {
    let draft = ContactDraft {
        display_name: name.into(),
        institution: institution.into(),
        title: title.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, Timestamp::now()).unwrap().id
}

#[test]
fn the_current_institution_is_a_real_organisation_with_a_job_history() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = add(&mut conn, "Amara Okafor", "St Mary's Hospital", "Registrar");
    add(&mut conn, "Ben Carter", "st mary's hospital", "Consultant");
    let orgs: i64 = conn
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orgs, 1, "one organisation, whatever the case");

    let mut moved: ContactDraft = contacts::get(&conn, amara).unwrap().into();
    moved.institution = "Royal Free Hospital".into();
    moved.title = "Consultant Cardiologist".into();
    contacts::update(&mut conn, amara, &moved, Timestamp::now()).unwrap();

    let history = organizations::for_contact(&conn, amara).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].organization.name, "Royal Free Hospital");
    assert_eq!(history[0].role, "Consultant Cardiologist");
    assert!(history[0].ends_on.is_none());
    assert_eq!(history[1].organization.name, "St Mary's Hospital");
    assert!(history[1].ends_on.is_some(), "the old job ended");
}

#[test]
fn training_is_recorded_with_dates_and_shown_in_the_profile() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = add(&mut conn, "Amara Okafor", "", "");
    let residency = AffiliationDraft {
        organization: "Johns Hopkins Hospital".into(),
        kind: AffiliationKind::Residency,
        role: "Internal medicine resident".into(),
        starts_on: Some("2015-07-01".into()),
        ends_on: Some("2018-06-30".into()),
    };
    organizations::add(&mut conn, amara, &residency).unwrap();
    let backwards = AffiliationDraft {
        starts_on: Some("2020-01-01".into()),
        ends_on: Some("2019-01-01".into()),
        ..residency.clone()
    };
    assert!(organizations::add(&mut conn, amara, &backwards)
        .unwrap_err()
        .to_string()
        .contains("before the start"));

    let shown = profile::load(&conn, amara).unwrap();
    assert_eq!(shown.affiliations.len(), 1);
    assert_eq!(shown.affiliations[0].kind, AffiliationKind::Residency);
    assert_eq!(
        shown.affiliations[0].starts_on.as_deref(),
        Some("2015-07-01")
    );
}

#[test]
fn relationships_link_contacts_to_each_other_and_to_the_user() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = add(&mut conn, "Amara Okafor", "", "");
    let ben = add(&mut conn, "Ben Carter", "", "");
    relationships::add(&mut conn, amara, None, RelationshipKind::Mentor, "").unwrap();
    relationships::add(
        &mut conn,
        amara,
        Some(ben),
        RelationshipKind::Collaborator,
        "Renal denervation trial",
    )
    .unwrap();
    assert!(relationships::add(&mut conn, ben, Some(ben), RelationshipKind::Friend, "").is_err());

    let hers = relationships::for_contact(&conn, amara).unwrap();
    assert_eq!(hers.len(), 2);
    assert_eq!(hers[0].other_contact_id, None, "my mentor");
    assert_eq!(hers[1].other_name.as_deref(), Some("Ben Carter"));
    let his = profile::load(&conn, ben).unwrap().relationships;
    assert_eq!(his.len(), 1);
    assert_eq!(his[0].contact_name, "Amara Okafor");
    assert_eq!(his[0].label, "Renal denervation trial");

    let mentors = contacts::summaries(
        &conn,
        &contacts::ContactFilter {
            relationship: Some(RelationshipKind::Mentor),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        mentors.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![amara]
    );
}

#[test]
fn merging_moves_affiliations_and_relationships_to_the_kept_contact() {
    let mut conn = db::open_in_memory().unwrap();
    let keep = add(&mut conn, "Amara Okafor", "Royal Free Hospital", "");
    let other = add(&mut conn, "A. Okafor", "", "");
    let ben = add(&mut conn, "Ben Carter", "", "");
    let school = AffiliationDraft {
        organization: "University of Ibadan".into(),
        kind: AffiliationKind::MedicalSchool,
        role: String::new(),
        starts_on: None,
        ends_on: Some("2012-06-30".into()),
    };
    organizations::add(&mut conn, other, &school).unwrap();
    relationships::add(&mut conn, ben, Some(other), RelationshipKind::Mentee, "").unwrap();
    relationships::add(
        &mut conn,
        keep,
        Some(other),
        RelationshipKind::Other,
        "same person",
    )
    .unwrap();

    operations::merge(&mut conn, keep, other, Timestamp::now()).unwrap();
    let merged = profile::load(&conn, keep).unwrap();
    let places: Vec<&str> = merged
        .affiliations
        .iter()
        .map(|a| a.organization.name.as_str())
        .collect();
    assert_eq!(places, vec!["Royal Free Hospital", "University of Ibadan"]);
    assert_eq!(
        merged.relationships.len(),
        1,
        "the self-relationship is gone: {:?}",
        merged.relationships
    );
    assert_eq!(merged.relationships[0].contact_id, ben);
    assert_eq!(merged.relationships[0].other_contact_id, Some(keep));
}
