//! The networking workflows' prompts through the engine (a synthetic
//! snapshot, as the workflows' sources are read by their own tests), the
//! weekly review, and the settings of the new kinds.

use std::collections::HashMap;

use curbside_core::reminders::{
    self, engine, Person, QuietHours, Reminder, ReminderKind, ReminderSettings, ReminderState,
    Snapshot, Weekday,
};
use curbside_core::values::DatedPrompt;
use jiff::civil::{Date, Time};
use jiff::SignedDuration;

use super::super::support::reminders::days;
use super::super::support::{at, db, zone};

fn anna() -> Person {
    Person {
        id: 5,
        display_name: "Dr. Anna Berg".into(),
        time_zone: "America/New_York".into(),
        birthday: None,
        last_interaction_at: None,
        last_note: None,
        added_at: at("2020-01-01T00:00:00Z"),
        stay_in_touch: None,
    }
}

fn prompt(source: i64, part: &'static str, on: Date, title: &str) -> DatedPrompt {
    DatedPrompt {
        source,
        part,
        on,
        contact_id: Some(5),
        event_id: None,
        title: title.into(),
        context: Some("Cardiology, chest pain work-up".into()),
    }
}

/// A book whose referrals workflow gives one thank-you, due on 4 March 2026.
fn thanks() -> Snapshot {
    let mut snapshot = Snapshot::default();
    snapshot.people.insert(5, anna());
    snapshot.prompts.push((
        ReminderKind::ReferralThanks,
        prompt(
            12,
            "",
            Date::constant(2026, 3, 4),
            "Thank Dr. Anna Berg for the referral",
        ),
    ));
    snapshot
}

fn due(snapshot: &Snapshot, now: &str, zone_name: &str) -> Vec<Reminder> {
    engine::due(snapshot, at(now), &zone(zone_name), days(1))
}

fn ids(reminders: &[Reminder]) -> Vec<&str> {
    reminders.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn a_referral_thank_you_is_due_at_nine_on_its_day_and_says_whom_to_thank() {
    let snapshot = thanks();
    assert!(due(&snapshot, "2026-03-03T07:00:00Z", "Europe/Berlin").is_empty());
    let found = due(&snapshot, "2026-03-04T07:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["referral_thanks:12:2026-03-04"]);
    let thanks = &found[0];
    assert_eq!(thanks.kind, ReminderKind::ReferralThanks);
    assert_eq!(thanks.due_at, at("2026-03-04T08:00:00Z"));
    assert_eq!(thanks.title, "Thank Dr. Anna Berg for the referral");
    assert_eq!(
        thanks.reason,
        "Thank Dr. Anna Berg for the referral: due Wed 4 Mar 2026"
    );
    assert_eq!(
        thanks.context.as_deref(),
        Some("Cardiology, chest pain work-up")
    );
    assert_eq!(thanks.contact_name.as_deref(), Some("Dr. Anna Berg"));
    assert_eq!(
        thanks.contact_time_zone.as_deref(),
        Some("America/New_York")
    );
    assert_eq!(thanks.subject.contact_id, Some(5));
    assert_eq!(thanks.subject.source_id, Some(12));
}

#[test]
fn a_deadline_comes_its_lead_time_early_and_a_new_lead_keeps_its_id() {
    let mut snapshot = Snapshot::default();
    snapshot.prompts.push((
        ReminderKind::Opportunity,
        DatedPrompt {
            contact_id: None,
            ..prompt(
                8,
                "",
                Date::constant(2026, 10, 1),
                "Apply for the EP fellowship",
            )
        },
    ));
    let found = due(&snapshot, "2026-09-24T06:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["opportunity:8:2026-10-01"]);
    assert_eq!(found[0].due_at, at("2026-09-24T07:00:00Z"));
    assert_eq!(
        found[0].reason,
        "Apply for the EP fellowship: deadline Thu 1 Oct 2026"
    );

    snapshot.settings.opportunity.lead_days = vec![14];
    let found = due(&snapshot, "2026-09-17T06:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["opportunity:8:2026-10-01"]);
    assert_eq!(found[0].due_at, at("2026-09-17T07:00:00Z"));
}

#[test]
fn each_kind_takes_its_own_time_of_day_and_quiet_hours() {
    let mut snapshot = thanks();
    snapshot.settings.referral_thanks.time_of_day = Time::constant(23, 30, 0, 0);
    // The general quiet hours (22:00–07:00) move it to the next morning.
    let found = due(&snapshot, "2026-03-04T20:00:00Z", "Europe/Berlin");
    assert_eq!(found[0].due_at, at("2026-03-05T06:00:00Z"));
    // Its own quiet hours, none, let it come at 23:30.
    snapshot.settings.referral_thanks.quiet_hours = Some(QuietHours::NONE);
    let found = due(&snapshot, "2026-03-04T20:00:00Z", "Europe/Berlin");
    assert_eq!(found[0].due_at, at("2026-03-04T22:30:00Z"));
}

#[test]
fn the_same_prompt_keeps_its_id_wherever_the_user_is_and_comes_at_their_nine() {
    let snapshot = thanks();
    let tokyo = due(&snapshot, "2026-03-03T23:00:00Z", "Asia/Tokyo");
    let new_york = due(&snapshot, "2026-03-04T13:00:00Z", "America/New_York");
    assert_eq!(ids(&tokyo), ids(&new_york));
    assert_eq!(tokyo[0].due_at, at("2026-03-04T00:00:00Z"));
    assert_eq!(new_york[0].due_at, at("2026-03-04T14:00:00Z"));
}

#[test]
fn an_overdue_prompt_stays_until_acted_on_for_up_to_a_year() {
    let mut snapshot = thanks();
    let later = due(&snapshot, "2026-09-30T10:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&later), ["referral_thanks:12:2026-03-04"]);
    assert!(due(&snapshot, "2027-03-06T10:00:00Z", "Europe/Berlin").is_empty());

    snapshot.states = HashMap::from([(
        "referral_thanks:12:2026-03-04".to_owned(),
        ReminderState::Done,
    )]);
    assert!(due(&snapshot, "2026-03-05T10:00:00Z", "Europe/Berlin").is_empty());
    snapshot.states = HashMap::from([(
        "referral_thanks:12:2026-03-04".to_owned(),
        ReminderState::Dismissed,
    )]);
    assert!(due(&snapshot, "2026-03-05T10:00:00Z", "Europe/Berlin").is_empty());
}

#[test]
fn a_snoozed_prompt_comes_back_when_the_snooze_ends() {
    let mut snapshot = thanks();
    snapshot.states = HashMap::from([(
        "referral_thanks:12:2026-03-04".to_owned(),
        ReminderState::Snoozed(at("2026-03-06T12:00:00Z")),
    )]);
    assert!(due(&snapshot, "2026-03-05T10:00:00Z", "Europe/Berlin")
        .iter()
        .all(|r| r.due_at > at("2026-03-05T10:00:00Z")));
    let back = due(&snapshot, "2026-03-06T12:00:00Z", "Europe/Berlin");
    assert_eq!(back[0].due_at, at("2026-03-06T12:00:00Z"));
    assert_eq!(back[0].snoozed_until, Some(at("2026-03-06T12:00:00Z")));
}

#[test]
fn a_kind_turned_off_raises_nothing_and_parts_make_different_reminders() {
    let mut snapshot = Snapshot::default();
    let on = Date::constant(2026, 5, 1);
    snapshot.prompts = vec![
        (
            ReminderKind::Mentoring,
            prompt(5, "meet", on, "Meet Dr. Berg"),
        ),
        (
            ReminderKind::Mentoring,
            prompt(5, "goal", on, "Goal: submit the abstract"),
        ),
        (
            ReminderKind::LetterRequest,
            prompt(4, "ask", on, "Ask Dr. Berg for a letter"),
        ),
    ];
    // The letter's 7 days of lead: only it is due a week early.
    let found = due(&snapshot, "2026-04-24T06:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["letter_request:4:ask:2026-05-01"]);
    let found = due(&snapshot, "2026-05-01T06:00:00Z", "Europe/Berlin");
    assert_eq!(
        ids(&found),
        [
            "letter_request:4:ask:2026-05-01",
            "mentoring:5:goal:2026-05-01",
            "mentoring:5:meet:2026-05-01"
        ]
    );
    snapshot.settings.mentoring.enabled = false;
    snapshot.settings.letter_request.enabled = false;
    assert!(due(&snapshot, "2026-05-01T06:00:00Z", "Europe/Berlin").is_empty());
}

#[test]
fn consecutive_windows_list_each_prompt_once_at_one_instant() {
    let mut snapshot = thanks();
    snapshot.prompts.push((
        ReminderKind::MembershipRenewal,
        prompt(
            2,
            "",
            Date::constant(2026, 4, 1),
            "Renew your ESC membership",
        ),
    ));
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut now = at("2026-02-01T00:00:00Z");
    let window = SignedDuration::from_hours(5);
    while now < at("2026-04-10T00:00:00Z") {
        for reminder in engine::due(&snapshot, now, &zone("Europe/Berlin"), window) {
            if reminder.due_at > now {
                *seen.entry(reminder.id).or_default() += 1;
            }
        }
        now = now.checked_add(window).unwrap();
    }
    assert_eq!(seen.get("referral_thanks:12:2026-03-04"), Some(&1));
    assert_eq!(seen.get("membership_renewal:2:2026-04-01"), Some(&1));
}

#[test]
fn the_weekly_review_is_off_until_turned_on_then_comes_on_friday_at_four() {
    let mut snapshot = Snapshot::default();
    assert!(due(&snapshot, "2026-12-04T14:00:00Z", "Europe/Berlin").is_empty());
    snapshot.settings.weekly_review.enabled = true;
    let found = due(&snapshot, "2026-12-04T15:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["weekly_review:2026-W49"]);
    assert_eq!(found[0].due_at, at("2026-12-04T15:00:00Z"));
    assert_eq!(found[0].title, "Weekly review");
    assert_eq!(found[0].subject, Default::default());

    snapshot.settings.weekly_review_day = Weekday::Monday;
    snapshot.settings.weekly_review.time_of_day = Time::constant(8, 0, 0, 0);
    let found = due(&snapshot, "2026-12-07T07:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&found), ["weekly_review:2026-W50"]);
    assert_eq!(found[0].due_at, at("2026-12-07T07:00:00Z"));
}

#[test]
fn an_overdue_weekly_review_gives_way_to_the_next_weeks() {
    let mut snapshot = Snapshot::default();
    snapshot.settings.weekly_review.enabled = true;
    let saturday = due(&snapshot, "2026-12-05T10:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&saturday), ["weekly_review:2026-W49"]);
    let next_friday = due(&snapshot, "2026-12-11T16:00:00Z", "Europe/Berlin");
    assert_eq!(ids(&next_friday), ["weekly_review:2026-W50"]);
    snapshot.states = HashMap::from([("weekly_review:2026-W49".to_owned(), ReminderState::Done)]);
    assert!(due(&snapshot, "2026-12-05T10:00:00Z", "Europe/Berlin").is_empty());
}

#[test]
fn the_new_kinds_default_to_the_date_kinds_time_and_sensible_leads() {
    let settings = ReminderSettings::default();
    for kind in ReminderKind::DATED {
        assert!(settings.of(kind).enabled, "{kind:?}");
        assert_eq!(
            settings.of(kind).time_of_day,
            settings.birthday.time_of_day,
            "{kind:?}"
        );
    }
    assert_eq!(settings.referral_thanks.lead_days, [0]);
    assert_eq!(settings.intro_follow_up.lead_days, [0]);
    assert_eq!(settings.profile_update.lead_days, [0]);
    assert_eq!(settings.opportunity.lead_days, [7]);
    assert_eq!(settings.letter_request.lead_days, [7]);
    assert_eq!(settings.membership_renewal.lead_days, [30]);
    assert!(!settings.weekly_review.enabled);
    assert_eq!(
        settings.weekly_review.time_of_day,
        Time::constant(16, 0, 0, 0)
    );
    assert_eq!(settings.weekly_review_day, Weekday::Friday);
    for kind in ReminderKind::ALL {
        assert_eq!(ReminderKind::parse(kind.as_str()), Some(kind));
        assert!(!kind.label().is_empty());
    }
}

#[test]
fn settings_refuse_a_lead_for_the_weekly_review_and_two_for_a_renewal() {
    let mut conn = db();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.weekly_review.lead_days = vec![2];
    let err = reminders::save_settings(&mut conn, &settings).unwrap_err();
    assert!(err.to_string().contains("Weekly review"), "{err}");
    let mut settings = reminders::settings(&conn).unwrap();
    settings.membership_renewal.lead_days = vec![30, 7];
    let err = reminders::save_settings(&mut conn, &settings).unwrap_err();
    assert!(err.to_string().contains("Membership renewals"), "{err}");
}

#[test]
fn settings_saved_before_the_new_kinds_read_them_as_their_defaults() {
    let conn = db();
    let mut old = serde_json::to_value(ReminderSettings::default()).unwrap();
    let object = old.as_object_mut().unwrap();
    for kind in ReminderKind::DATED {
        object.remove(kind.as_str());
    }
    object.remove("weekly_review");
    object.remove("weekly_review_day");
    conn.execute(
        "INSERT INTO reminder_settings (id, settings) VALUES (1, ?1)",
        [old.to_string()],
    )
    .unwrap();
    assert_eq!(
        reminders::settings(&conn).unwrap(),
        ReminderSettings::default()
    );
}

#[test]
fn the_weekly_review_turned_on_is_due_done_once_and_gone() {
    let mut conn = db();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.weekly_review.enabled = true;
    settings.weekly_review_day = Weekday::parse("Wed").unwrap();
    reminders::save_settings(&mut conn, &settings).unwrap();
    let now = at("2026-12-02T16:00:00Z");
    let due = reminders::due(&conn, now, &zone("Europe/Berlin"), days(1)).unwrap();
    assert_eq!(ids(&due), ["weekly_review:2026-W49"]);
    reminders::done(&mut conn, "weekly_review:2026-W49", now).unwrap();
    let due = reminders::due(&conn, now, &zone("Europe/Berlin"), days(1)).unwrap();
    assert!(due.is_empty());
}

#[test]
fn a_prompt_its_workflow_no_longer_raises_cannot_be_acted_on() {
    let mut conn = db();
    let err = reminders::snooze(
        &mut conn,
        "referral_thanks:12:2026-03-04",
        at("2026-03-05T08:00:00Z"),
        at("2026-03-04T08:00:00Z"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("12"), "{err}");
    assert!(reminders::dismiss(
        &mut conn,
        "opportunity:8:2026-10-01",
        at("2026-09-24T08:00:00Z")
    )
    .is_err());
}
