//! What the user does with a reminder — snooze, done, dismiss — and the
//! scheduler's exactly-once bookkeeping, including reminders that fell due
//! while the app was closed.

use std::collections::HashSet;

use crate::support::reminders::*;
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::interactions::{self, InteractionKind};
use curbside_core::reminders::{self, CustomReminderDraft, ReminderError, ReminderKind};

#[test]
fn a_snoozed_reminder_is_hidden_until_the_instant_then_back() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    reminders::snooze(
        &mut conn,
        &id,
        at("2026-03-05T08:00:00Z"),
        at("2026-03-04T08:30:00Z"),
    )
    .unwrap();

    assert!(
        due_in(&conn, "2026-03-04T08:31:00Z", days(0)).is_empty(),
        "hidden now"
    );
    let upcoming = due(&conn, "2026-03-04T09:00:00Z");
    assert_eq!(upcoming.len(), 1, "listed as due when the snooze ends");
    assert_eq!(upcoming[0].due_at, at("2026-03-05T08:00:00Z"));
    let back = due_in(&conn, "2026-03-05T08:00:01Z", days(0));
    assert_eq!(ids(&back), vec![id]);
    assert_eq!(back[0].snoozed_until, Some(at("2026-03-05T08:00:00Z")));
}

#[test]
fn a_snoozed_reminder_is_shown_again_when_its_snooze_ends() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    let now = at("2026-03-04T08:30:00Z");
    let shown = vec![id.clone()];
    assert_eq!(
        reminders::mark_shown(&mut conn, &shown, now).unwrap(),
        shown
    );
    reminders::snooze(&mut conn, &id, at("2026-03-11T08:00:00Z"), now).unwrap();
    let back = at("2026-03-11T08:00:00Z");
    assert_eq!(
        reminders::mark_shown(&mut conn, &shown, back).unwrap(),
        shown
    );
    let later = at("2026-03-11T08:01:00Z");
    assert!(reminders::mark_shown(&mut conn, &shown, later)
        .unwrap()
        .is_empty());
}

#[test]
fn a_follow_up_snoozed_for_six_weeks_still_comes_back() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    reminders::snooze(
        &mut conn,
        &id,
        at("2026-04-15T08:00:00Z"),
        at("2026-03-04T08:30:00Z"),
    )
    .unwrap();
    assert!(due(&conn, "2026-04-10T08:00:00Z").is_empty());
    assert_eq!(ids(&due_in(&conn, "2026-04-16T08:00:00Z", days(0))), [id]);
}

#[test]
fn done_logs_a_message_with_the_person_and_the_reminder_goes() {
    let mut conn = db();
    let (amara, id) = met_amara(&mut conn);
    reminders::done(&mut conn, &id, at("2026-03-04T10:00:00Z")).unwrap();
    reminders::done(&mut conn, &id, at("2026-03-04T10:05:00Z")).unwrap();

    let timeline = interactions::for_contact(&conn, amara, None).unwrap();
    assert_eq!(timeline.len(), 2, "the meeting and one message, not two");
    assert_eq!(timeline[0].kind, InteractionKind::Message);
    assert_eq!(
        timeline[0].note,
        "Done: followed up on the meeting of Mon 2 Mar 2026"
    );
    assert_eq!(timeline[0].occurred_at, at("2026-03-04T10:00:00Z"));
    assert!(due(&conn, "2026-03-04T10:30:00Z").is_empty());
}

#[test]
fn a_dismissed_reminder_does_not_come_back_and_logs_nothing() {
    let mut conn = db();
    let (amara, id) = met_amara(&mut conn);
    reminders::dismiss(&mut conn, &id, at("2026-03-04T09:00:00Z")).unwrap();
    assert!(due(&conn, "2026-03-04T10:00:00Z").is_empty());
    assert_eq!(
        interactions::for_contact(&conn, amara, None).unwrap().len(),
        1
    );
}

#[test]
fn mark_shown_returns_each_id_once() {
    let mut conn = db();
    let ids = vec![
        "follow_up:i1:c2".to_owned(),
        "birthday:c2:2026".to_owned(),
        "follow_up:i1:c2".to_owned(),
    ];
    let first = reminders::mark_shown(&mut conn, &ids, at("2026-03-04T08:00:00Z")).unwrap();
    assert_eq!(first, ["follow_up:i1:c2", "birthday:c2:2026"]);
    let again = reminders::mark_shown(&mut conn, &ids, at("2026-03-04T08:05:00Z")).unwrap();
    assert!(again.is_empty());
}

#[test]
fn reminders_that_fell_due_while_the_app_was_closed_are_all_returned_once_as_overdue() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        InteractionKind::Call,
        "2026-03-02T14:00:00Z",
        "",
    );
    let jana = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Dr. Jana Müller".into(),
            birthday: "--03-05".into(),
            ..Default::default()
        },
        at("2026-01-01T00:00:00Z"),
    )
    .unwrap()
    .id;
    reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Review the registry data".into(),
            note: String::new(),
            contact_id: None,
            event_id: None,
            at: "2026-03-03T08:00".parse().unwrap(),
            time_zone: String::new(),
            recurrence: "FREQ=DAILY".into(),
        },
        at("2026-03-01T00:00:00Z"),
    )
    .unwrap();
    // The app last looked on 2 March in the evening, then was closed until
    // the morning of 7 March.
    let before = at("2026-03-02T20:00:00Z");
    let seen = reminders::due(&conn, before, &zone("Europe/Berlin"), days(0)).unwrap();
    assert!(seen.is_empty(), "{seen:?}");
    let now = at("2026-03-07T06:00:00Z");
    let found = reminders::due(&conn, now, &zone("Europe/Berlin"), days(0)).unwrap();

    let kinds: Vec<ReminderKind> = found.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == ReminderKind::Custom).count(),
        4,
        "3, 4, 5 and 6 March: {found:?}"
    );
    assert!(kinds.contains(&ReminderKind::FollowUp));
    assert!(found
        .iter()
        .any(|r| r.id == format!("birthday:c{jana}:2026")));
    assert!(
        found.iter().all(|r| r.due_at > before && r.due_at <= now),
        "all overdue: {found:?}"
    );
    assert!(
        found
            .windows(2)
            .all(|pair| pair[0].due_at <= pair[1].due_at),
        "oldest first"
    );
    let unique: HashSet<&str> = found.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(unique.len(), found.len(), "each once");

    // The scheduler shows them once, grouped, and never again.
    let all: Vec<String> = found.iter().map(|r| r.id.clone()).collect();
    assert_eq!(reminders::mark_shown(&mut conn, &all, now).unwrap(), all);
    let later = reminders::due(
        &conn,
        at("2026-03-07T06:05:00Z"),
        &zone("Europe/Berlin"),
        days(0),
    )
    .unwrap();
    let ids_later: Vec<String> = later.iter().map(|r| r.id.clone()).collect();
    assert!(reminders::mark_shown(&mut conn, &ids_later, now)
        .unwrap()
        .is_empty());
}

#[test]
fn ids_of_an_unknown_shape_and_snoozes_into_the_past_are_refused() {
    let mut conn = db();
    let now = at("2026-03-04T08:00:00Z");
    let err = reminders::done(&mut conn, "follow-up 42", now).unwrap_err();
    assert!(matches!(err, ReminderError::Invalid(_)), "{err:?}");
    assert!(err.to_string().contains("is not a reminder id"), "{err}");
    assert!(matches!(
        reminders::dismiss(&mut conn, "", now),
        Err(ReminderError::Invalid(_))
    ));
    assert!(matches!(
        reminders::mark_shown(&mut conn, &["nonsense".into()], now),
        Err(ReminderError::Invalid(_))
    ));
    let err = reminders::snooze(
        &mut conn,
        "follow_up:i1:c2",
        at("2026-03-04T07:00:00Z"),
        now,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "Snooze until a time after now");
    let err = reminders::done(&mut conn, "birthday:c999:2026", now).unwrap_err();
    assert_eq!(err.to_string(), "there is no contact with id 999");
}
