//! A job history stays true whichever path writes it: an edit, `affiliate`,
//! a re-import, a merge, a bulk action or an undo. Every test ends by
//! checking the two rules: one current job per organisation and role, and
//! no end before its start.

use std::io::Cursor;
use std::ops::ControlFlow;

use crate::support::reminders::*;
use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::import::{import, Source};
use curbside_core::interop::vcard;
use curbside_core::operations;
use curbside_core::organizations::{self, Affiliation, AffiliationDraft, AffiliationKind};
use curbside_core::reminders::{self, ReminderKind};
use rusqlite::Connection;

fn doctor(conn: &mut Connection, name: &str, institution: &str, title: &str) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        institution: institution.into(),
        title: title.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T10:00:00Z"))
        .unwrap()
        .id
}

fn job(organization: &str, role: &str, from: Option<&str>) -> AffiliationDraft {
    AffiliationDraft {
        organization: organization.into(),
        kind: AffiliationKind::Job,
        role: role.into(),
        starts_on: from.map(Into::into),
        ends_on: None,
    }
}

fn edit(conn: &mut Connection, id: ContactId, on: &str, change: impl FnOnce(&mut ContactDraft)) {
    let mut draft: ContactDraft = contacts::get(conn, id).unwrap().into();
    change(&mut draft);
    contacts::update(conn, id, &draft, at(on)).unwrap();
}

/// The contact's history, checked against the rules.
fn history(conn: &Connection, id: ContactId) -> Vec<Affiliation> {
    let history = organizations::for_contact(conn, id).unwrap();
    for line in &history {
        if let (Some(start), Some(end)) = (&line.starts_on, &line.ends_on) {
            assert!(end >= start, "ends before it starts: {line:?}");
        }
    }
    let current: Vec<_> = history
        .iter()
        .filter(|line| line.kind == AffiliationKind::Job && line.ends_on.is_none())
        .collect();
    for (n, a) in current.iter().enumerate() {
        for b in &current[n + 1..] {
            assert!(
                a.organization.id != b.organization.id || !a.role.eq_ignore_ascii_case(&b.role),
                "two current jobs as {} at {}: {history:?}",
                a.role,
                a.organization.name
            );
        }
    }
    history
}

fn current(history: &[Affiliation]) -> Vec<(String, String, Option<String>)> {
    history
        .iter()
        .filter(|line| line.ends_on.is_none())
        .map(|line| {
            (
                line.organization.name.clone(),
                line.role.clone(),
                line.starts_on.clone(),
            )
        })
        .collect()
}

#[test]
fn editing_any_field_keeps_a_job_that_starts_in_the_future_open() {
    let mut conn = db();
    let amara = doctor(&mut conn, "Amara Okafor", "", "");
    let charite = job("Charité", "Chief of cardiology", Some("2027-01-01"));
    organizations::add(&mut conn, amara, &charite).unwrap();

    edit(&mut conn, amara, "2026-03-03T10:00:00Z", |draft| {
        draft.notes = "Moving to Berlin in January".into();
    });

    let history = history(&conn, amara);
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].ends_on, None, "the job has not even started");
}

#[test]
fn editing_any_field_keeps_a_current_job_elsewhere_than_the_institution_open() {
    let mut conn = db();
    let amara = doctor(
        &mut conn,
        "Amara Okafor",
        "St Mary's Hospital",
        "Consultant",
    );
    let college = job("Imperial College", "Honorary lecturer", Some("2019-09-01"));
    organizations::add(&mut conn, amara, &college).unwrap();

    edit(&mut conn, amara, "2026-03-03T10:00:00Z", |draft| {
        draft.tags = vec!["mentor".into()];
    });

    let history = history(&conn, amara);
    assert_eq!(
        current(&history),
        vec![
            (
                "Imperial College".into(),
                "Honorary lecturer".into(),
                Some("2019-09-01".into())
            ),
            ("St Mary's Hospital".into(), "Consultant".into(), None),
        ]
    );
}

#[test]
fn moving_away_from_a_place_whose_job_has_not_started_never_ends_it_before_its_start() {
    let mut conn = db();
    let amara = doctor(&mut conn, "Amara Okafor", "Charité", "Chief of cardiology");
    organizations::add(
        &mut conn,
        amara,
        &job("Charité", "Chief of cardiology", Some("2027-01-01")),
    )
    .unwrap();

    edit(&mut conn, amara, "2026-03-03T10:00:00Z", |draft| {
        draft.institution = "Royal Free Hospital".into();
    });

    let history = history(&conn, amara);
    let charite = history
        .iter()
        .find(|line| line.organization.name == "Charité")
        .unwrap();
    assert_eq!(charite.starts_on.as_deref(), Some("2027-01-01"));
    assert_eq!(charite.ends_on, None);
}

#[test]
fn affiliating_the_current_job_with_its_start_date_dates_it_instead_of_adding_a_second() {
    let mut conn = db();
    let amara = doctor(
        &mut conn,
        "Amara Okafor",
        "St Mary's Hospital",
        "Consultant",
    );

    organizations::add(
        &mut conn,
        amara,
        &job("st mary's hospital", "consultant", Some("2019-07-01")),
    )
    .unwrap();

    assert_eq!(
        current(&history(&conn, amara)),
        vec![(
            "St Mary's Hospital".into(),
            "Consultant".into(),
            Some("2019-07-01".into())
        )]
    );
}

#[test]
fn affiliating_a_role_at_the_institution_fills_in_the_job_that_had_none() {
    let mut conn = db();
    let amara = doctor(&mut conn, "Amara Okafor", "St Mary's Hospital", "");

    organizations::add(
        &mut conn,
        amara,
        &job("St Mary's Hospital", "Consultant", Some("2019-07-01")),
    )
    .unwrap();

    assert_eq!(
        current(&history(&conn, amara)),
        vec![(
            "St Mary's Hospital".into(),
            "Consultant".into(),
            Some("2019-07-01".into())
        )]
    );
}

#[test]
fn a_new_title_at_the_same_place_keeps_the_old_one_as_a_finished_job() {
    let mut conn = db();
    let amara = doctor(&mut conn, "Amara Okafor", "St Mary's Hospital", "Registrar");

    edit(&mut conn, amara, "2026-03-03T10:00:00Z", |draft| {
        draft.title = "Consultant".into();
    });

    let history = history(&conn, amara);
    assert_eq!(
        current(&history),
        vec![("St Mary's Hospital".into(), "Consultant".into(), None)]
    );
    let old = history
        .iter()
        .find(|line| line.role == "Registrar")
        .unwrap();
    assert_eq!(old.organization.name, "St Mary's Hospital");
    assert_eq!(old.ends_on.as_deref(), Some("2026-03-03"));
}

fn reimport(conn: &mut Connection, card: &str, now: &str) {
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(card.as_bytes().to_vec()))),
    };
    import(conn, vec![source], false, at(now), |_| {
        ControlFlow::Continue(())
    })
    .unwrap();
}

const REGISTRAR: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:amara-1\r\nFN:Amara Okafor\r\n\
    N:Okafor;Amara;;;\r\nORG:St Mary's Hospital\r\nTITLE:Registrar\r\nEND:VCARD\r\n";

#[test]
fn a_promotion_on_re_import_keeps_the_old_title_as_a_finished_job_and_raises_a_milestone() {
    let mut conn = db();
    reimport(&mut conn, REGISTRAR, "2025-01-10T10:00:00Z");
    let amara = contacts::list(&conn, &Default::default()).unwrap()[0].id;

    reimport(
        &mut conn,
        &REGISTRAR.replace("Registrar", "Consultant Cardiologist"),
        "2026-03-03T10:00:00Z",
    );

    let history = history(&conn, amara);
    assert_eq!(
        current(&history),
        vec![(
            "St Mary's Hospital".into(),
            "Consultant Cardiologist".into(),
            None
        )]
    );
    let old = history
        .iter()
        .find(|line| line.role == "Registrar")
        .unwrap();
    assert_eq!(old.ends_on.as_deref(), Some("2026-03-03"));
    let milestones = reminders::milestones(&conn, amara).unwrap();
    assert_eq!(milestones.len(), 1, "{milestones:?}");
    assert!(milestones[0].note.contains("Consultant Cardiologist"));
}

#[test]
fn re_importing_the_same_card_leaves_a_dated_job_as_it_was() {
    let mut conn = db();
    reimport(&mut conn, REGISTRAR, "2025-01-10T10:00:00Z");
    let amara = contacts::list(&conn, &Default::default()).unwrap()[0].id;
    organizations::add(
        &mut conn,
        amara,
        &job("St Mary's Hospital", "Registrar", Some("2023-08-01")),
    )
    .unwrap();

    reimport(
        &mut conn,
        &REGISTRAR.replace("END:VCARD", "NOTE:Met at ESC\r\nEND:VCARD"),
        "2026-03-03T10:00:00Z",
    );

    assert_eq!(
        current(&history(&conn, amara)),
        vec![(
            "St Mary's Hospital".into(),
            "Registrar".into(),
            Some("2023-08-01".into())
        )]
    );
}

#[test]
fn merging_two_cards_at_the_same_hospital_keeps_the_dated_job_and_its_anniversary() {
    let mut conn = db();
    let keep = doctor(
        &mut conn,
        "Amara Okafor",
        "St Mary's Hospital",
        "Consultant",
    );
    organizations::add(
        &mut conn,
        keep,
        &job("St Mary's Hospital", "Consultant", Some("2016-03-10")),
    )
    .unwrap();
    let other = doctor(
        &mut conn,
        "Dr. A. Okafor",
        "St Mary's Hospital",
        "Consultant",
    );

    operations::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

    assert_eq!(
        current(&history(&conn, keep)),
        vec![(
            "St Mary's Hospital".into(),
            "Consultant".into(),
            Some("2016-03-10".into())
        )]
    );
    let soon = due_in(&conn, "2026-03-05T08:00:00Z", days(14));
    let anniversaries = of_kind(&soon, ReminderKind::WorkAnniversary);
    assert_eq!(anniversaries.len(), 1, "{soon:?}");
    assert_eq!(
        anniversaries[0].contact_name.as_deref(),
        Some("Amara Okafor")
    );
}

#[test]
fn merging_keeps_the_earlier_start_when_both_cards_dated_the_job() {
    let mut conn = db();
    let keep = doctor(&mut conn, "Amara Okafor", "", "");
    let other = doctor(&mut conn, "Dr. A. Okafor", "", "");
    let from = |day| job("St Mary's Hospital", "Consultant", Some(day));
    organizations::add(&mut conn, keep, &from("2018-01-01")).unwrap();
    organizations::add(&mut conn, other, &from("2016-03-10")).unwrap();

    operations::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

    assert_eq!(
        current(&history(&conn, keep)),
        vec![(
            "St Mary's Hospital".into(),
            "Consultant".into(),
            Some("2016-03-10".into())
        )]
    );
}

#[test]
fn bulk_tagging_and_undoing_a_delete_leave_the_job_history_as_it_was() {
    let mut conn = db();
    let amara = doctor(
        &mut conn,
        "Amara Okafor",
        "St Mary's Hospital",
        "Consultant",
    );
    organizations::add(
        &mut conn,
        amara,
        &job("Charité", "Chief of cardiology", Some("2027-01-01")),
    )
    .unwrap();
    let before = history(&conn, amara);

    operations::tag(&mut conn, &[amara], "mentor", at("2026-03-03T10:00:00Z")).unwrap();
    assert_eq!(history(&conn, amara), before);

    let deleted = operations::delete_many(&mut conn, &[amara]).unwrap();
    operations::restore(&mut conn, &deleted).unwrap();
    assert_eq!(history(&conn, amara), before);

    edit(&mut conn, amara, "2026-03-04T10:00:00Z", |draft| {
        draft.notes = "Back from the dead".into();
    });
    assert_eq!(history(&conn, amara), before);
}

#[test]
fn a_job_ended_before_it_started_by_an_older_version_is_current_again_after_the_upgrade() {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    // Version 11: before migration 012 brought the job history's checks.
    let before = 11;
    curbside_core::db::MIGRATIONS
        .to_version(&mut conn, before as usize)
        .unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (display_name, created_at, updated_at)
             VALUES ('Amara Okafor', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO organizations (name) VALUES ('Charité'), ('Guy''s Hospital');
         INSERT INTO affiliations (contact_id, organization_id, kind, role, starts_on, ends_on)
             VALUES (1, 1, 'job', 'Chief of cardiology', '2027-01-01', '2026-03-03'),
                    (1, 2, 'residency', '', '2015-07-01', '2018-06-30');",
    )
    .unwrap();

    curbside_core::db::MIGRATIONS.to_latest(&mut conn).unwrap();

    let history = history(&conn, 1);
    assert_eq!(
        current(&history),
        vec![(
            "Charité".into(),
            "Chief of cardiology".into(),
            Some("2027-01-01".into())
        )]
    );
    assert_eq!(history[1].ends_on.as_deref(), Some("2018-06-30"));
    let backwards = conn.execute(
        "UPDATE affiliations SET ends_on = '2014-01-01' WHERE organization_id = 2",
        [],
    );
    assert!(
        backwards
            .unwrap_err()
            .to_string()
            .contains("cannot end before it starts"),
        "no write can end an affiliation before it starts"
    );
}
