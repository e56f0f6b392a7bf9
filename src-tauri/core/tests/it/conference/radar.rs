//! The trip radar: who is worth seeing where an event is, and why.

use curbside_core::conference::{self, RadarReasonKind};
use curbside_core::contacts::ContactDraft;
use curbside_core::events::{self, PersonRole};
use curbside_core::messages::TemplateKind;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::relationships;
use curbside_core::values::RelationshipKind;

use super::{aha, before, book, contact, event, living_in};

fn names(radar: &conference::Radar) -> Vec<&str> {
    radar
        .people
        .iter()
        .map(|p| p.display_name.as_str())
        .collect()
}

fn reasons_of(radar: &conference::Radar, name: &str) -> Vec<RadarReasonKind> {
    radar
        .people
        .iter()
        .find(|p| p.display_name == name)
        .unwrap_or_else(|| panic!("{name} is not on the radar: {:?}", names(radar)))
        .reasons
        .iter()
        .map(|r| r.kind)
        .collect()
}

#[test]
fn a_colleague_at_a_boston_hospital_is_on_the_radar_of_aha_in_boston_and_not_of_a_berlin_congress()
{
    let mut conn = book();
    let grace = contact(
        &mut conn,
        ContactDraft {
            display_name: "Dr. Grace Liu".into(),
            specialty: "Cardiology".into(),
            ..ContactDraft::default()
        },
    );
    organizations::add(
        &mut conn,
        grace,
        &AffiliationDraft {
            organization: "Massachusetts General Hospital".into(),
            kind: AffiliationKind::Job,
            role: "Attending".into(),
            starts_on: Some("2019-07-01".into()),
            ends_on: None,
        },
    )
    .unwrap();
    conn.execute(
        "UPDATE organizations SET city = 'Boston' WHERE name = 'Massachusetts General Hospital'",
        [],
    )
    .unwrap();
    living_in(&mut conn, "Hans Weber", "Berlin", "");
    let boston = aha(&mut conn);
    let berlin = event(
        &mut conn,
        "DGK Herztage",
        "CityCube Berlin",
        "Europe/Berlin",
    );

    let radar = conference::radar(&conn, boston, before()).unwrap();
    assert_eq!(radar.city.as_deref(), Some("Boston"));
    assert_eq!(names(&radar), ["Dr. Grace Liu"]);
    assert_eq!(
        reasons_of(&radar, "Dr. Grace Liu"),
        [RadarReasonKind::WorksThere]
    );
    assert_eq!(
        radar.people[0].reasons[0].text,
        "Works at Massachusetts General Hospital, Boston"
    );
    assert_eq!(radar.people[0].profile_line, "Cardiology");
    assert!(!radar.people[0].planned);

    let radar = conference::radar(&conn, berlin, before()).unwrap();
    assert_eq!(radar.city.as_deref(), Some("Berlin"));
    assert_eq!(names(&radar), ["Hans Weber"]);
}

#[test]
fn addresses_institutions_regions_and_zones_each_give_their_reason() {
    let mut conn = book();
    living_in(&mut conn, "Ana Souza", "boston", "MA");
    living_in(&mut conn, "Ben Cole", "Cambridge", "MA");
    contact(
        &mut conn,
        ContactDraft {
            display_name: "Cleo Park".into(),
            institution: "Boston Children's Hospital".into(),
            ..ContactDraft::default()
        },
    );
    contact(
        &mut conn,
        ContactDraft {
            display_name: "Dan Roy".into(),
            time_zone: "America/New_York".into(),
            ..ContactDraft::default()
        },
    );
    living_in(&mut conn, "Eve Stone", "Chicago", "IL");
    let boston = aha(&mut conn);

    let radar = conference::radar(&conn, boston, before()).unwrap();
    assert_eq!(
        names(&radar),
        ["Ana Souza", "Cleo Park", "Ben Cole", "Dan Roy"]
    );
    assert_eq!(
        reasons_of(&radar, "Ana Souza"),
        [RadarReasonKind::LivesThere]
    );
    assert_eq!(
        reasons_of(&radar, "Cleo Park"),
        [RadarReasonKind::InstitutionThere]
    );
    assert_eq!(
        reasons_of(&radar, "Ben Cole"),
        [RadarReasonKind::SameRegion]
    );
    assert_eq!(
        reasons_of(&radar, "Dan Roy"),
        [RadarReasonKind::SameTimeZone]
    );
}

#[test]
fn a_venue_written_munich_finds_people_in_muenchen() {
    let mut conn = book();
    living_in(&mut conn, "Lena Maier", "München", "Bayern");
    let esc = event(
        &mut conn,
        "ESC Congress",
        "Messe Munich, Munich, Germany",
        "Europe/Berlin",
    );
    let radar = conference::radar(&conn, esc, before()).unwrap();
    assert_eq!(radar.city.as_deref(), Some("Munich"));
    assert_eq!(names(&radar), ["Lena Maier"]);
}

#[test]
fn people_planned_met_before_or_long_unseen_are_listed_and_the_planned_marked() {
    let mut conn = book();
    let planned = living_in(&mut conn, "Ana Souza", "Boston", "MA");
    let mentor = contact(
        &mut conn,
        ContactDraft {
            display_name: "Prof. Ruth Adler".into(),
            ..ContactDraft::default()
        },
    );
    relationships::add(&mut conn, mentor, None, RelationshipKind::Mentor, "").unwrap();
    let old_friend = contact(
        &mut conn,
        ContactDraft {
            display_name: "Ivo Petrov".into(),
            ..ContactDraft::default()
        },
    );
    let last_year = super::event(
        &mut conn,
        "AHA Scientific Sessions 2025",
        "Philadelphia",
        "America/New_York",
    );
    events::link_person(
        &mut conn,
        last_year,
        old_friend,
        PersonRole::Met,
        "",
        super::during(),
    )
    .unwrap();
    let boston = aha(&mut conn);
    events::link_person(
        &mut conn,
        boston,
        planned,
        PersonRole::ToMeet,
        "ask about the trial",
        before(),
    )
    .unwrap();

    let radar = conference::radar(&conn, boston, before()).unwrap();
    assert_eq!(
        reasons_of(&radar, "Ana Souza"),
        [RadarReasonKind::LivesThere, RadarReasonKind::Attending]
    );
    assert!(
        radar
            .people
            .iter()
            .find(|p| p.contact_id == planned)
            .unwrap()
            .planned
    );
    assert_eq!(
        reasons_of(&radar, "Ivo Petrov"),
        [RadarReasonKind::MetAtEarlierEdition]
    );
    assert_eq!(
        reasons_of(&radar, "Prof. Ruth Adler"),
        [RadarReasonKind::NotSeenForLong]
    );
}

#[test]
fn planning_to_meet_from_the_radar_adds_them_once_and_drafts_the_coffee() {
    let mut conn = book();
    let ana = living_in(&mut conn, "Ana Souza", "Boston", "MA");
    let boston = aha(&mut conn);
    let plan = conference::plan_to_meet(&mut conn, boston, ana, before()).unwrap();
    assert_eq!(plan.person.role, PersonRole::ToMeet);
    assert_eq!(plan.draft.template, TemplateKind::Trip);
    assert_eq!(plan.draft.subject, "Coffee while I'm in town?");
    assert!(
        plan.draft
            .body
            .contains("I'll be in Boston for AHA Scientific Sessions 2026 on 7–10 November 2026."),
        "{}",
        plan.draft.body
    );
    conference::plan_to_meet(&mut conn, boston, ana, before()).unwrap();
    let detail = events::detail(&conn, boston).unwrap();
    assert_eq!(detail.people.len(), 1);
    assert!(conference::radar(&conn, boston, before()).unwrap().people[0].planned);
}

#[test]
fn an_unknown_event_is_a_clear_error() {
    let conn = book();
    let err = conference::radar(&conn, 99, before()).unwrap_err();
    assert_eq!(err.to_string(), "there is no event with id 99");
}
