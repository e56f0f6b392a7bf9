//! Follow-ups: two days after a meeting or a call, unless the user has been
//! in touch since; and the day after an event for everyone met there.

use crate::support::reminders::*;
use curbside_core::events::{self, PersonRole};
use curbside_core::interactions::InteractionKind;
use curbside_core::reminders::{ReasonPart, ReminderKind};

#[test]
fn a_follow_up_is_due_two_days_after_a_meeting_at_nine_where_the_user_is() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let meeting = log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-03-02T14:00:00Z",
        "renal denervation at ESC",
    );

    // The day after, nothing yet; two days after, at 09:00 Berlin.
    assert!(due(&conn, "2026-03-03T06:00:00Z").is_empty());
    let found = due(&conn, "2026-03-04T06:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    let follow_up = &found[0];
    assert_eq!(follow_up.kind, ReminderKind::FollowUp);
    assert_eq!(follow_up.id, format!("follow_up:i{meeting}:c{amara}"));
    assert_eq!(berlin(follow_up), "2026-03-04T09:00:00");
    assert_eq!(
        follow_up.reason,
        "You met Dr. Amara Okafor on Mon 2 Mar 2026"
    );
    assert_eq!(follow_up.title, "Dr. Amara Okafor");
    assert_eq!(
        follow_up.reason_parts.last(),
        Some(&ReasonPart::Day {
            day: "2026-03-02".parse().unwrap()
        }),
        "the day goes to the app as data"
    );
    assert_eq!(
        follow_up.context.as_deref(),
        Some("renal denervation at ESC")
    );
    assert_eq!(follow_up.subject.contact_id, Some(amara));
}

#[test]
fn a_later_interaction_with_the_person_ends_the_follow_up() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        InteractionKind::Call,
        "2026-03-02T14:00:00Z",
        "trial design",
    );
    assert_eq!(
        due(&conn, "2026-03-04T08:30:00Z")[0].reason,
        "You spoke with Dr. Amara Okafor on Mon 2 Mar 2026"
    );

    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-03-04T10:00:00Z",
        "sent the protocol",
    );

    assert!(due(&conn, "2026-03-04T12:00:00Z").is_empty());
}

#[test]
fn messages_and_emails_ask_for_no_follow_up() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-03-02T14:00:00Z",
        "",
    );
    assert!(due(&conn, "2026-03-05T12:00:00Z").is_empty());
}

#[test]
fn an_unanswered_follow_up_stays_overdue_for_thirty_days_then_goes() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-03-02T14:00:00Z",
        "",
    );
    assert_eq!(due(&conn, "2026-04-02T12:00:00Z").len(), 1);
    assert!(due(&conn, "2026-04-04T12:00:00Z").is_empty());
}

#[test]
fn each_person_at_one_meeting_gets_their_own_follow_up() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let jana = person(&mut conn, "Dr. Jana Müller");
    let draft = curbside_core::interactions::InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at("2026-03-02T14:00:00Z")),
        time_zone: String::new(),
        topic: String::new(),
        note: "registry idea".into(),
        contact_ids: vec![amara, jana],
        event_id: None,
    };
    let meeting = curbside_core::interactions::add(&mut conn, &draft, at("2026-03-02T14:00:00Z"))
        .unwrap()
        .id;
    let found = due(&conn, "2026-03-04T08:30:00Z");
    let mut shown = ids(&found);
    shown.sort();
    assert_eq!(
        shown,
        [
            format!("follow_up:i{meeting}:c{amara}"),
            format!("follow_up:i{meeting}:c{jana}")
        ]
    );
}

#[test]
fn everyone_met_at_an_event_is_followed_up_the_day_after_it_ends() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let jana = person(&mut conn, "Dr. Jana Müller");
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "renal denervation",
        at("2026-08-29T10:00:00Z"),
    )
    .unwrap();
    events::link_person(
        &mut conn,
        esc,
        jana,
        PersonRole::ToMeet,
        "ask about the registry",
        at("2026-08-20T10:00:00Z"),
    )
    .unwrap();

    assert!(due(&conn, "2026-08-30T12:00:00Z").is_empty());
    let found = due(&conn, "2026-09-01T06:00:00Z");
    assert_eq!(
        found.len(),
        1,
        "only the person met, not the one still to meet: {found:?}"
    );
    let follow_up = &found[0];
    assert_eq!(follow_up.kind, ReminderKind::EventFollowUp);
    assert_eq!(follow_up.id, format!("event_follow_up:e{esc}:c{amara}"));
    assert_eq!(berlin(follow_up), "2026-09-01T09:00:00");
    assert_eq!(
        follow_up.reason,
        "You met Dr. Amara Okafor at ESC Congress 2026, which ended on Mon 31 Aug 2026"
    );
    assert_eq!(follow_up.context.as_deref(), Some("renal denervation"));
    assert_eq!(follow_up.subject.event_id, Some(esc));
    assert_eq!(follow_up.subject.contact_id, Some(amara));

    // Getting in touch after the event ends it.
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-09-01T08:00:00Z",
        "slides",
    );
    assert!(due(&conn, "2026-09-01T09:00:00Z").is_empty());
}

#[test]
fn a_meeting_logged_at_the_event_has_one_follow_up_not_two() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Dr. Amara Okafor");
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "",
        at("2026-08-29T10:00:00Z"),
    )
    .unwrap();
    let draft = curbside_core::interactions::InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at("2026-08-31T09:00:00Z")),
        time_zone: String::new(),
        topic: String::new(),
        note: "coffee at the poster hall".into(),
        contact_ids: vec![amara],
        event_id: Some(esc),
    };
    curbside_core::interactions::add(&mut conn, &draft, at("2026-08-31T09:00:00Z")).unwrap();
    let found = due_in(&conn, "2026-08-31T12:00:00Z", days(3));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, ReminderKind::FollowUp);
}

#[test]
fn with_no_lead_time_the_event_follow_up_comes_on_its_last_day_and_says_so() {
    let mut conn = db();
    let esc = congress(&mut conn);
    let amara = person(&mut conn, "Dr. Amara Okafor");
    events::link_person(
        &mut conn,
        esc,
        amara,
        PersonRole::Met,
        "",
        at("2026-08-29T10:00:00Z"),
    )
    .unwrap();
    let mut settings = curbside_core::reminders::settings(&conn).unwrap();
    settings.event_follow_up.lead_days = vec![0];
    curbside_core::reminders::save_settings(&mut conn, &settings).unwrap();

    let found = due(&conn, "2026-08-31T08:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(berlin(&found[0]), "2026-08-31T09:00:00");
    assert_eq!(
        found[0].reason,
        "You met Dr. Amara Okafor at ESC Congress 2026, which ends today"
    );
}
