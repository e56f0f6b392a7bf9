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
