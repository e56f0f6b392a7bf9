//! Merging a duplicate keeps what reminders hang on: the milestones, the
//! stay-in-touch cadence and the user's own reminders move to the kept
//! contact instead of vanishing with the other card.

mod reminders_common;

use curbside_core::contacts;
use curbside_core::reminders::{self, Cadence, CadenceTarget, CustomReminderDraft, MilestoneDraft};
use jiff::civil::{date, Date};
use reminders_common::*;

#[test]
fn merging_moves_milestones_cadence_and_own_reminders_to_the_kept_contact() {
    let mut conn = db();
    let keep = person(&mut conn, "Amara Okafor");
    let other = person(&mut conn, "Dr. A. Okafor");
    reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: other,
            kind: "promotion".into(),
            on: Some(Date::constant(2026, 3, 2)),
            note: "Associate professor".into(),
        },
        at("2026-03-02T10:00:00Z"),
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(other),
        Some(Cadence { days: 90 }),
    )
    .unwrap();
    let custom = reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Send the renal denervation paper".into(),
            note: String::new(),
            contact_id: Some(other),
            event_id: None,
            at: date(2026, 3, 10).at(9, 0, 0, 0),
            time_zone: String::new(),
            recurrence: String::new(),
        },
        at("2026-03-02T10:00:00Z"),
    )
    .unwrap();

    contacts::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

    let milestones = reminders::milestones(&conn, keep).unwrap();
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].note, "Associate professor");
    let cadences = reminders::cadences(&conn).unwrap();
    assert_eq!(cadences.len(), 1);
    assert_eq!(cadences[0].target, CadenceTarget::Contact(keep));
    assert_eq!(cadences[0].every, Cadence { days: 90 });
    let own = reminders::custom_reminders(&conn).unwrap();
    assert_eq!(
        own.iter().find(|r| r.id == custom).unwrap().contact_id,
        Some(keep)
    );
}

#[test]
fn the_kept_contacts_own_cadence_wins_over_the_merged_ones() {
    let mut conn = db();
    let keep = person(&mut conn, "Amara Okafor");
    let other = person(&mut conn, "Dr. A. Okafor");
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(keep),
        Some(Cadence { days: 30 }),
    )
    .unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(other),
        Some(Cadence { days: 365 }),
    )
    .unwrap();

    contacts::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

    let cadences = reminders::cadences(&conn).unwrap();
    assert_eq!(cadences.len(), 1);
    assert_eq!(cadences[0].every, Cadence { days: 30 });
}
