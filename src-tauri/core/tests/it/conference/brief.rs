//! The brief on someone to meet: profile, last conversations, what to
//! talk about and what to ask.

use curbside_core::conference;
use curbside_core::contacts::ContactDraft;
use curbside_core::events::{self, PersonRole};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};

use super::{aha, before, book, contact};
use crate::support::at;

#[test]
fn the_brief_gives_the_profile_last_talk_shared_topics_and_what_to_ask() {
    let mut conn = book();
    let grace = contact(
        &mut conn,
        ContactDraft {
            display_name: "Dr. Grace Liu".into(),
            credentials: "MD".into(),
            specialty: "Cardiology".into(),
            institution: "Mass General".into(),
            tags: vec!["heart failure".into()],
            ..ContactDraft::default()
        },
    );
    interactions::add(
        &mut conn,
        &InteractionDraft {
            kind: InteractionKind::Call,
            occurred_at: Some(at("2026-06-02T14:00:00Z")),
            topic: "SGLT2 trial".into(),
            note: "She is recruiting sites".into(),
            contact_ids: vec![grace],
            ..InteractionDraft::default()
        },
        at("2026-06-02T15:00:00Z"),
    )
    .unwrap();
    let boston = aha(&mut conn);
    events::link_person(
        &mut conn,
        boston,
        grace,
        PersonRole::ToMeet,
        "Join as a site?",
        before(),
    )
    .unwrap();

    let briefs = conference::brief(&conn, boston, None, before()).unwrap();
    assert_eq!(briefs.len(), 1);
    let brief = &briefs[0];
    assert_eq!(brief.profile_line, "MD · Cardiology · Mass General");
    assert_eq!(brief.goal, "Join as a site?");
    assert_eq!(brief.last_interactions[0].note, "She is recruiting sites");
    assert_eq!(
        brief.shared_topics,
        ["SGLT2 trial", "heart failure", "Cardiology"]
    );
    assert_eq!(
        brief.to_ask,
        [
            "Join as a site?",
            "How did SGLT2 trial go since you last talked (2026-06-02)?"
        ]
    );
}

#[test]
fn a_mentees_brief_asks_about_their_open_goals_and_action_items_with_dates() {
    use curbside_core::mentorship::{self, GoalDraft, MeetingDraft, MentorshipDraft, Role};
    use jiff::civil::date;

    let mut conn = book();
    let sam = contact(
        &mut conn,
        ContactDraft {
            display_name: "Dr. Sam Rivera".into(),
            ..ContactDraft::default()
        },
    );
    let made = mentorship::add(
        &mut conn,
        &MentorshipDraft {
            contact_id: sam,
            role: Role::Mentee,
            every_weeks: Some(4),
            started_on: Some(date(2026, 1, 10)),
            notes: String::new(),
        },
        date(2026, 1, 10),
    )
    .unwrap();
    for (text, target_on, done) in [
        ("Submit the K23", Some(date(2026, 12, 1)), false),
        ("Find a second reader", None, false),
        ("Pass the boards", Some(date(2026, 6, 1)), true),
    ] {
        let goal = GoalDraft {
            text: text.into(),
            target_on,
            done,
        };
        mentorship::add_goal(&mut conn, made.id, &goal).unwrap();
    }
    let meeting = mentorship::log_meeting(
        &mut conn,
        made.id,
        &MeetingDraft {
            held_on: date(2026, 9, 15),
            notes: "Aims page".into(),
            actions: vec![
                "Draft the specific aims".into(),
                "Email the biostatistician".into(),
            ],
        },
        date(2026, 9, 15),
        at("2026-09-15T18:00:00Z"),
    )
    .unwrap();
    mentorship::set_action_done(&mut conn, meeting.actions[1].id, true).unwrap();
    let boston = aha(&mut conn);
    events::link_person(&mut conn, boston, sam, PersonRole::ToMeet, "", before()).unwrap();

    let brief = &conference::brief(&conn, boston, Some(sam), before()).unwrap()[0];
    let mentoring: Vec<&str> = brief
        .to_ask
        .iter()
        .map(String::as_str)
        .filter(|line| !line.starts_with("How did"))
        .collect();
    assert_eq!(
        mentoring,
        [
            "Ask about their goal as your mentee: Submit the K23, by 2026-12-01",
            "Ask about their goal as your mentee: Find a second reader",
            "Follow up on an action item from your meeting on 2026-09-15: Draft the specific aims",
        ]
    );
}
