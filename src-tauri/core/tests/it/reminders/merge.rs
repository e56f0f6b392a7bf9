//! Merging a duplicate keeps what reminders hang on: the milestones, the
//! stay-in-touch cadence and the user's own reminders move to the kept
//! contact instead of vanishing with the other card, and what the user did
//! with the other card's reminders (dismissed, shown) is not asked again.

use crate::support::reminders::*;
use curbside_core::operations;
use curbside_core::reminders::{self, Cadence, CadenceTarget, CustomReminderDraft, MilestoneDraft};
use jiff::civil::{date, Date};

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

    operations::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

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

    operations::merge(&mut conn, keep, other, at("2026-03-03T10:00:00Z")).unwrap();

    let cadences = reminders::cadences(&conn).unwrap();
    assert_eq!(cadences.len(), 1);
    assert_eq!(cadences[0].every, Cadence { days: 30 });
}

#[test]
fn what_was_done_with_the_duplicates_reminders_is_not_asked_again_after_merging() {
    let mut conn = db();
    let keep = person(&mut conn, "Amara Okafor");
    let other = born(&mut conn, "Dr. A. Okafor", "1980-03-05", "");
    let met = log(
        &mut conn,
        other,
        curbside_core::interactions::InteractionKind::Meeting,
        "2026-03-02T10:00:00Z",
        "renal denervation at ESC",
    );
    let morning = "2026-03-05T08:30:00Z";
    let before = ids(&due(&conn, morning));
    let birthday = format!("birthday:c{other}:2026");
    let follow_up = format!("follow_up:i{met}:c{other}");
    assert!(
        before.contains(&birthday) && before.contains(&follow_up),
        "{before:?}"
    );
    reminders::dismiss(&mut conn, &follow_up, at(morning)).unwrap();
    reminders::mark_shown(&mut conn, std::slice::from_ref(&birthday), at(morning)).unwrap();

    operations::merge(&mut conn, keep, other, at("2026-03-05T08:40:00Z")).unwrap();

    let after = ids(&due(&conn, "2026-03-05T08:45:00Z"));
    let moved_birthday = format!("birthday:c{keep}:2026");
    assert!(
        !after.contains(&format!("follow_up:i{met}:c{keep}")),
        "the dismissed follow-up came back: {after:?}"
    );
    assert!(after.contains(&moved_birthday), "{after:?}");
    let fresh =
        reminders::mark_shown(&mut conn, &[moved_birthday], at("2026-03-05T08:45:00Z")).unwrap();
    assert!(
        fresh.is_empty(),
        "the birthday would be shown a second time"
    );
}

#[test]
fn the_kept_contacts_own_record_of_a_reminder_stands() {
    let mut conn = db();
    let keep = born(&mut conn, "Amara Okafor", "1980-03-05", "");
    let other = born(&mut conn, "Dr. A. Okafor", "1980-03-05", "");
    let morning = at("2026-03-05T08:30:00Z");
    let snoozed_until = at("2026-03-06T08:00:00Z");
    reminders::snooze(
        &mut conn,
        &format!("birthday:c{keep}:2026"),
        snoozed_until,
        morning,
    )
    .unwrap();
    reminders::dismiss(&mut conn, &format!("birthday:c{other}:2026"), morning).unwrap();

    operations::merge(&mut conn, keep, other, at("2026-03-05T08:40:00Z")).unwrap();

    let later = due_in(&conn, "2026-03-06T09:00:00Z", days(1));
    let birthday = later
        .iter()
        .find(|r| r.id == format!("birthday:c{keep}:2026"))
        .expect("the kept contact's snoozed birthday comes back");
    assert_eq!(birthday.due_at, snoozed_until);
    assert!(!ids(&later)
        .iter()
        .any(|id| id.contains(&format!("c{other}"))));
}
