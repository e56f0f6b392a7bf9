//! A book with something in every section, built through the same
//! functions the app and the CLI call: what the whole-book tests export,
//! import and compare.

use std::io::Cursor;

use crate::support::events::{add, at, db, now, repeating, timed};
use curbside_core::cme::{self, CreditDraft, CreditType, CycleDraft, CycleKind, Minimum};
use curbside_core::contacts::{self, ContactDraft, HowWeMet};
use curbside_core::events::{
    self, DeadlineDraft, DeadlineKind, EventStatus, PersonRole, SessionDraft,
};
use curbside_core::import::{self, Source};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::interop::vcard;
use curbside_core::memberships::{self, CommitteeRole, MembershipDraft};
use curbside_core::messages::{self, TemplateKind};
use curbside_core::opportunities::{
    self, OpportunityDraft, OpportunityKind, OpportunityPerson, OpportunityRole, OpportunityStatus,
};
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::referrals::{self, ReferralDirection, ReferralDraft, ReferralReason};
use curbside_core::relationships::{self, RelationshipKind};
use curbside_core::reminders::{self, Cadence, CadenceTarget, CustomReminderDraft, MilestoneDraft};
use curbside_core::sync::records;
use curbside_core::values::{Address, Labeled};
use curbside_core::{introductions, presence};
use jiff::civil::date;
use rusqlite::Connection;

/// A book with at least one record in every section, written through the
/// same functions the app and the CLI call.
pub(crate) fn rich_book() -> Connection {
    let mut conn = db();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nN:Müller;Zoë;;;\r\n\
                UID:urn:uuid:6f1c1f3e-1d2b-4c55-9a77-0d3e2f4b5a6c\r\nX-SOCIAL:zoe\r\n\
                PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n\
                END:VCARD\r\n";
    let source = Source {
        file: "zoe.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(card))),
    };
    import::import(&mut conn, vec![source], false, now(), |_| {
        std::ops::ControlFlow::Continue(())
    })
    .unwrap();
    let zoe = contacts::list(&conn, &Default::default()).unwrap()[0].id;

    let ana = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Dr. Ana Díaz".into(),
            credentials: "MD, PhD".into(),
            specialty: "Cardiology".into(),
            institution: "Hospital Clínic".into(),
            emails: vec!["ana@example.org".into(), "a.diaz@example.com".into()],
            phones: vec!["+34 600 000 000".into()],
            links: vec![Labeled {
                label: "ORCID".into(),
                value: "https://orcid.org/0000-0002-1825-0097".into(),
            }],
            addresses: vec![Address {
                label: "work".into(),
                street: "Carrer de Villarroel, 170".into(),
                locality: "Barcelona".into(),
                country: "Spain".into(),
                ..Default::default()
            }],
            birthday: "1980-02-29".into(),
            time_zone: "Europe/Madrid".into(),
            tags: vec!["mentor".into(), "heart \"failure\"".into()],
            notes: "Line one\nline two, with a tab\tand an emoji 🫀".into(),
            met: Some(HowWeMet {
                on: Some("2019-08-31".into()),
                at: "ESC Paris".into(),
                introduced_by: Some(zoe),
            }),
            ..Default::default()
        },
        now(),
    )
    .unwrap()
    .id;
    // A deleted contact: its id is never given again, in the imported book too.
    let gone = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Gone".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap()
    .id;
    contacts::delete(&mut conn, gone).unwrap();

    organizations::add(
        &mut conn,
        ana,
        &AffiliationDraft {
            organization: "Harvard Medical School".into(),
            kind: AffiliationKind::Fellowship,
            role: "Fellow".into(),
            starts_on: Some("2010-07-01".into()),
            ends_on: Some("2012-06-30".into()),
        },
    )
    .unwrap();
    relationships::add(&mut conn, ana, None, RelationshipKind::Mentor, "my mentor").unwrap();
    relationships::add(
        &mut conn,
        ana,
        Some(zoe),
        RelationshipKind::Collaborator,
        "",
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(ana),
        Some(Cadence { days: 90 }),
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Tag("mentor".into()),
        Some(Cadence { days: 120 }),
    )
    .unwrap();
    reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: ana,
            kind: "award".into(),
            on: Some(date(2025, 6, 1)),
            note: "Young investigator award".into(),
        },
        now(),
    )
    .unwrap();

    let esc = add(
        &mut conn,
        &timed(
            "ESC Congress",
            "2026-08-28T09:00",
            "2026-08-28T18:00",
            "Europe/Madrid",
        ),
    );
    events::set_status(&mut conn, esc, EventStatus::Registered, now()).unwrap();
    let rounds = add(
        &mut conn,
        &repeating(
            timed(
                "Grand rounds",
                "2026-01-07T07:30",
                "2026-01-07T08:30",
                "America/New_York",
            ),
            "FREQ=WEEKLY;COUNT=10",
        ),
    );
    events::remove_occurrence(&mut conn, rounds, "2026-01-14T07:30:00").unwrap();
    let mut moved = timed(
        "Grand rounds (moved)",
        "2026-01-22T12:00",
        "2026-01-22T13:00",
        "America/New_York",
    );
    moved.notes = "In the big hall".into();
    events::change_occurrence(&mut conn, rounds, "2026-01-21T07:30:00", &moved, now()).unwrap();
    events::add_deadline(
        &mut conn,
        esc,
        &DeadlineDraft {
            kind: DeadlineKind::Abstract,
            label: "Late-breaking science".into(),
            due_local: "2026-03-15T23:59".parse().unwrap(),
            time_zone: "AoE".into(),
            done: false,
        },
    )
    .unwrap();
    events::add_session(
        &mut conn,
        esc,
        &SessionDraft {
            title: "Heart failure guidelines".into(),
            start: Some("2026-08-28T10:00".parse().unwrap()),
            end: Some("2026-08-28T11:30".parse().unwrap()),
            room: "Hall Berlin".into(),
        },
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        zoe,
        PersonRole::ToMeet,
        "Ask about TAVR",
        now(),
    )
    .unwrap();

    interactions::add(
        &mut conn,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(at("2026-01-05T10:00:00Z")),
            time_zone: "Europe/Madrid".into(),
            topic: "renal denervation".into(),
            note: "Coffee after rounds".into(),
            contact_ids: vec![ana, zoe],
            event_id: Some(esc),
        },
        now(),
    )
    .unwrap();

    let credit = cme::add_credit(
        &mut conn,
        &CreditDraft {
            earned_on: date(2025, 11, 20),
            title: "Heart failure update".into(),
            provider: "ESC".into(),
            credit_type: CreditType::AmaPra1,
            type_label: String::new(),
            hours: 6.5,
            topics: vec!["opioids".into(), "ethics".into()],
            event_id: Some(esc),
            notes: String::new(),
        },
        now(),
    )
    .unwrap();
    referrals::add(
        &mut conn,
        &ReferralDraft {
            contact_id: ana,
            direction: ReferralDirection::Received,
            on: date(2025, 12, 2),
            specialty: "Cardiología".into(),
            reason: ReferralReason::SecondOpinion,
            note: "Thanked at the ESC dinner".into(),
        },
        now(),
    )
    .unwrap();
    let pdf: Vec<u8> = b"%PDF-1.7\n\x00\x01\x02\xff binary".to_vec();
    cme::attach_certificate(&mut conn, credit.id, "certificate.pdf", &pdf, now()).unwrap();
    cme::add_cycle(
        &mut conn,
        &CycleDraft {
            name: "California license".into(),
            kind: CycleKind::License,
            authority: "Medical Board of California".into(),
            starts_on: date(2024, 2, 1),
            ends_on: date(2026, 1, 31),
            total_hours: 50.0,
            total_types: vec![CreditType::AmaPra1],
            type_minimums: vec![Minimum {
                key: "ama_pra_1".into(),
                hours: 25.0,
            }],
            topic_minimums: vec![Minimum {
                key: "opioids".into(),
                hours: 2.0,
            }],
            notes: String::new(),
        },
    )
    .unwrap();

    let custom = reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Renew DEA registration".into(),
            note: String::new(),
            contact_id: Some(ana),
            event_id: Some(esc),
            at: "2026-03-01T09:00".parse().unwrap(),
            time_zone: "America/Los_Angeles".into(),
            recurrence: "FREQ=YEARLY".into(),
        },
        now(),
    )
    .unwrap();
    let birthday = format!("birthday:c{ana}:2026");
    reminders::dismiss(&mut conn, &birthday, now()).unwrap();
    reminders::snooze(
        &mut conn,
        &format!("custom:{custom}:2026-03-01T09:00"),
        at("2026-03-02T09:00:00Z"),
        now(),
    )
    .unwrap();
    reminders::mark_shown(&mut conn, &["milestone:m1".to_owned()], now()).unwrap();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.birthday.lead_days = vec![3];
    reminders::save_settings(&mut conn, &settings).unwrap();
    messages::save_template(
        &conn,
        TemplateKind::Birthday,
        "Happy birthday, {first_name}!",
        "Dear {first_name},\n\nAll the best.\n\n{my_first_name}",
    )
    .unwrap();
    messages::set_my_name(&conn, "Jane Doe").unwrap();
    crate::mentorship::fill_rich_book(&mut conn, ana);
    let introduction = introductions::add(
        &mut conn,
        &introductions::IntroductionDraft {
            from_contact_id: ana,
            to_contact_id: zoe,
            reason: "Both study heart failure".into(),
        },
        date(2026, 3, 1),
        now(),
    )
    .unwrap();
    introductions::set_status(
        &mut conn,
        introduction.id,
        introductions::IntroductionStatus::Asked,
        None,
        date(2026, 3, 2),
        now(),
    )
    .unwrap();
    presence::add_milestone(
        &conn,
        &presence::OwnMilestoneDraft {
            kind: presence::OwnMilestoneKind::Paper,
            title: "Paper in the EHJ".into(),
            happened_on: date(2026, 2, 1),
            note: "First author".into(),
        },
        now(),
    )
    .unwrap();
    rich_opportunities_and_memberships(&mut conn, ana, zoe, esc);
    // Synced once: every item has its sync uid (section sync_uids).
    let tx = conn.transaction().unwrap();
    for kind in records::Kind::ALL {
        records::read_all(&tx, kind).unwrap();
    }
    tx.commit().unwrap();
    conn
}

/// A job lead with two people and a status move; a membership with a
/// committee role and a meeting.
fn rich_opportunities_and_memberships(conn: &mut Connection, ana: i64, zoe: i64, meeting: i64) {
    let lead = opportunities::add(
        conn,
        &OpportunityDraft {
            title: "Heart failure clinic lead".into(),
            kind: OpportunityKind::Job,
            status: None,
            deadline: Some(date(2026, 5, 1)),
            link: "https://jobs.example.org/hf".into(),
            notes: "Ana knows the chair".into(),
            people: vec![
                OpportunityPerson {
                    contact_id: ana,
                    display_name: String::new(),
                    role: OpportunityRole::ToldMe,
                },
                OpportunityPerson {
                    contact_id: zoe,
                    display_name: String::new(),
                    role: OpportunityRole::Decides,
                },
            ],
        },
        date(2026, 3, 1),
    )
    .unwrap();
    opportunities::set_status(conn, lead.id, OpportunityStatus::Applied, date(2026, 3, 9)).unwrap();
    let society = memberships::add(
        conn,
        &MembershipDraft {
            society: "European Society of Cardiology (ESC)".into(),
            member_number: "40211".into(),
            since: Some(date(2015, 9, 1)),
            dues_amount: Some(350.0),
            dues_currency: "EUR".into(),
            renews_on: Some(date(2027, 1, 31)),
            renews_yearly: true,
            status: None,
            notes: "Fellow since 2020".into(),
        },
    )
    .unwrap();
    memberships::add_role(
        conn,
        society.id,
        &CommitteeRole {
            committee: "Guidelines".into(),
            role: "member".into(),
            from: Some(date(2024, 1, 1)),
            to: None,
        },
    )
    .unwrap();
    memberships::link_event(conn, society.id, meeting).unwrap();
}
