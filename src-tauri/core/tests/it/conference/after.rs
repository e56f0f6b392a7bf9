//! After an event: everyone met with a draft quoting their note, and those
//! planned but not met.

use curbside_core::conference::{self, CaptureDraft};
use curbside_core::events::{self, PersonRole};
use curbside_core::messages::{self, SentMessage, TemplateKind};

use super::{aha, before, book, during, living_in};
use crate::support::{at, zone};

#[test]
fn after_the_event_everyone_met_has_a_draft_quoting_their_note_and_the_planned_not_met_are_listed()
{
    let mut conn = book();
    let boston = aha(&mut conn);
    let missed = living_in(&mut conn, "Ana Souza", "Boston", "MA");
    events::link_person(&mut conn, boston, missed, PersonRole::ToMeet, "", before()).unwrap();
    for (name, note) in [
        ("Rui Costa", "his registry of cardiac amyloidosis"),
        ("Mia Wong", "a joint grant on remote monitoring"),
    ] {
        conference::capture(
            &mut conn,
            boston,
            &CaptureDraft {
                name: name.into(),
                note: note.into(),
                ..CaptureDraft::default()
            },
            during(),
        )
        .unwrap();
    }

    let after = conference::after(&conn, boston).unwrap();
    let met: Vec<&str> = after
        .met
        .iter()
        .map(|f| f.person.display_name.as_str())
        .collect();
    assert_eq!(met, ["Rui Costa", "Mia Wong"]);
    assert_eq!(after.met[0].draft.template, TemplateKind::FollowUp);
    assert!(
        after.met[0].draft.body.contains(
            "our conversation about his registry of cardiac amyloidosis at AHA Scientific Sessions 2026"
        ),
        "{}",
        after.met[0].draft.body
    );
    assert!(after.met[1]
        .draft
        .body
        .contains("a joint grant on remote monitoring"));
    assert!(after.met.iter().all(|f| !f.done));
    let not_met: Vec<&str> = after
        .planned_not_met
        .iter()
        .map(|p| p.display_name.as_str())
        .collect();
    assert_eq!(not_met, ["Ana Souza"]);

    messages::sent(
        &mut conn,
        &SentMessage {
            contact_id: after.met[0].person.contact_id,
            template: TemplateKind::FollowUp,
            subject: after.met[0].draft.subject.clone(),
            reminder_id: None,
        },
        at("2026-11-12T09:00:00Z"),
        &zone("America/New_York"),
    )
    .unwrap();
    let after = conference::after(&conn, boston).unwrap();
    assert!(after.met[0].done);
    assert!(!after.met[1].done);
}
