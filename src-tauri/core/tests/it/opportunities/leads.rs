//! Opportunities: status moves with their history, deadline prompts only
//! while open, people removed with their contact, refusals with a message.

use curbside_core::contacts;
use curbside_core::opportunities::{
    self, OpportunityDraft, OpportunityError, OpportunityFilter, OpportunityKind,
    OpportunityPerson, OpportunityRole, OpportunityStatus,
};
use jiff::civil::{date, Date};
use rusqlite::Connection;

use crate::support::{db, person};

fn today() -> Date {
    date(2026, 3, 1)
}

fn job(people: Vec<OpportunityPerson>, deadline: Option<Date>) -> OpportunityDraft {
    OpportunityDraft {
        title: "Consultant cardiologist, St Mary's".into(),
        kind: OpportunityKind::Job,
        status: None,
        deadline,
        link: "https://jobs.example.org/123".into(),
        notes: "Heard at the grand round".into(),
        people,
    }
}

fn in_it(contact_id: i64, role: OpportunityRole) -> OpportunityPerson {
    OpportunityPerson {
        contact_id,
        display_name: String::new(),
        role,
    }
}

fn refusal(error: OpportunityError) -> String {
    match error {
        OpportunityError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal with a message, got {other:?}"),
    }
}

fn with_lead(conn: &mut Connection) -> (i64, i64, i64) {
    let anna = person(conn, "Anna Berg");
    let omar = person(conn, "Omar Haddad");
    let lead = opportunities::add(
        conn,
        &job(
            vec![
                in_it(anna, OpportunityRole::ToldMe),
                in_it(omar, OpportunityRole::Decides),
            ],
            Some(date(2026, 4, 15)),
        ),
        today(),
    )
    .unwrap();
    (lead.id, anna, omar)
}

#[test]
fn a_new_lead_keeps_its_people_with_their_roles_and_starts_as_heard_of() {
    let mut conn = db();
    let (id, _, _) = with_lead(&mut conn);
    let lead = opportunities::get(&conn, id).unwrap();
    assert_eq!(lead.status, OpportunityStatus::HeardOf);
    let people: Vec<_> = lead
        .people
        .iter()
        .map(|p| (p.display_name.as_str(), p.role))
        .collect();
    assert_eq!(
        people,
        [
            ("Anna Berg", OpportunityRole::ToldMe),
            ("Omar Haddad", OpportunityRole::Decides)
        ]
    );
    assert_eq!(lead.deadline, Some(date(2026, 4, 15)));
    assert_eq!(lead.history.len(), 1);
    assert_eq!(lead.history[0].on, today());
}

#[test]
fn each_status_move_is_kept_with_its_day() {
    let mut conn = db();
    let (id, _, _) = with_lead(&mut conn);
    opportunities::set_status(&mut conn, id, OpportunityStatus::Applied, date(2026, 3, 5)).unwrap();
    opportunities::set_status(&mut conn, id, OpportunityStatus::Applied, date(2026, 3, 6)).unwrap();
    let lead =
        opportunities::set_status(&mut conn, id, OpportunityStatus::InTalks, date(2026, 3, 20))
            .unwrap();
    assert_eq!(lead.status, OpportunityStatus::InTalks);
    let history: Vec<_> = lead.history.iter().map(|h| (h.status, h.on)).collect();
    assert_eq!(
        history,
        [
            (OpportunityStatus::HeardOf, today()),
            (OpportunityStatus::Applied, date(2026, 3, 5)),
            (OpportunityStatus::InTalks, date(2026, 3, 20)),
        ]
    );
}

#[test]
fn the_deadline_is_prompted_while_the_opportunity_is_open_and_not_after_it_is_won() {
    let mut conn = db();
    let (id, _, _) = with_lead(&mut conn);
    let prompts = opportunities::prompts(&conn, date(2026, 4, 1), date(2026, 4, 30)).unwrap();
    assert_eq!(prompts.len(), 1);
    assert_eq!(prompts[0].source, id);
    assert_eq!(prompts[0].part, "");
    assert_eq!(prompts[0].on, date(2026, 4, 15));
    assert!(prompts[0].title.contains("Consultant cardiologist"));
    assert!(
        opportunities::prompts(&conn, date(2026, 4, 16), date(2026, 5, 30))
            .unwrap()
            .is_empty()
    );
    opportunities::set_status(&mut conn, id, OpportunityStatus::Won, date(2026, 4, 2)).unwrap();
    assert!(
        opportunities::prompts(&conn, date(2026, 4, 1), date(2026, 4, 30))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn deleting_a_contact_removes_them_from_the_people_involved() {
    let mut conn = db();
    let (id, anna, _) = with_lead(&mut conn);
    contacts::delete(&mut conn, anna).unwrap();
    let lead = opportunities::get(&conn, id).unwrap();
    assert_eq!(lead.people.len(), 1);
    assert_eq!(lead.people[0].display_name, "Omar Haddad");
}

#[test]
fn the_list_filters_by_status_and_by_words_in_notes_and_names() {
    let mut conn = db();
    let (id, _, _) = with_lead(&mut conn);
    let grant = opportunities::add(
        &mut conn,
        &OpportunityDraft {
            title: "Heart failure registry grant".into(),
            kind: OpportunityKind::Grant,
            status: Some(OpportunityStatus::Exploring),
            ..job(Vec::new(), None)
        },
        today(),
    )
    .unwrap();
    let by = |filter: OpportunityFilter| -> Vec<i64> {
        opportunities::list(&conn, &filter)
            .unwrap()
            .iter()
            .map(|o| o.id)
            .collect()
    };
    assert_eq!(by(OpportunityFilter::default()), [id, grant.id]);
    assert_eq!(
        by(OpportunityFilter {
            status: Some(OpportunityStatus::Exploring),
            ..Default::default()
        }),
        [grant.id]
    );
    assert_eq!(
        by(OpportunityFilter {
            text: "haddad".into(),
            ..Default::default()
        }),
        [id]
    );
    assert_eq!(
        by(OpportunityFilter {
            text: "registry".into(),
            ..Default::default()
        }),
        [grant.id]
    );
}

#[test]
fn an_edit_replaces_the_people_and_keeps_the_status() {
    let mut conn = db();
    let (id, anna, _) = with_lead(&mut conn);
    opportunities::set_status(&mut conn, id, OpportunityStatus::Applied, today()).unwrap();
    let lead = opportunities::update(
        &mut conn,
        id,
        &job(vec![in_it(anna, OpportunityRole::CouldRefer)], None),
    )
    .unwrap();
    assert_eq!(lead.status, OpportunityStatus::Applied);
    assert_eq!(lead.deadline, None);
    assert_eq!(lead.people.len(), 1);
    assert_eq!(lead.people[0].role, OpportunityRole::CouldRefer);
}

#[test]
fn bad_input_is_refused_with_a_message() {
    let mut conn = db();
    let blank = OpportunityDraft {
        title: "  ".into(),
        ..job(Vec::new(), None)
    };
    assert_eq!(
        refusal(opportunities::add(&mut conn, &blank, today()).unwrap_err()),
        "Title is required"
    );
    let unknown = job(vec![in_it(999, OpportunityRole::Other)], None);
    assert_eq!(
        refusal(opportunities::add(&mut conn, &unknown, today()).unwrap_err()),
        "There is no contact with id 999"
    );
    let link = OpportunityDraft {
        link: "jobs.example.org".into(),
        ..job(Vec::new(), None)
    };
    assert!(
        refusal(opportunities::add(&mut conn, &link, today()).unwrap_err())
            .contains("not a web address")
    );
    let long = OpportunityDraft {
        title: "x".repeat(400),
        ..job(Vec::new(), None)
    };
    assert!(
        refusal(opportunities::add(&mut conn, &long, today()).unwrap_err()).contains("too long")
    );
    assert!(matches!(
        opportunities::set_status(&mut conn, 42, OpportunityStatus::Won, today()),
        Err(OpportunityError::NotFound { id: 42 })
    ));
}
