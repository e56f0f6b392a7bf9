//! Congratulations and the user's own reminders: milestones, birthdays
//! (yearless ones too, 29 February kept on the 28th in common years), work
//! anniversaries, custom reminders, and the settings that shape them (lead
//! time, time of day, quiet hours, on or off).

use crate::support::reminders::*;
use curbside_core::interactions;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders::{
    self, CustomReminderDraft, MilestoneDraft, QuietHours, ReminderKind, ReminderSettings,
};
use jiff::civil::{Date, Time};
use rusqlite::Connection;

#[test]
fn a_recorded_milestone_prompts_a_congratulation_that_done_logs() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let milestone = reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: amara,
            kind: "new_job".into(),
            on: Some(Date::constant(2026, 3, 2)),
            note: "Head of cardiology at Charité".into(),
        },
        at("2026-03-01T12:00:00Z"),
    )
    .unwrap();
    assert_eq!(milestone.source, "user");

    let found = due(&conn, "2026-03-02T06:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, format!("milestone:m{}", milestone.id));
    assert_eq!(berlin(&found[0]), "2026-03-02T09:00:00");
    assert_eq!(
        found[0].reason,
        "Congratulate Dr. Amara Okafor: new job (Mon 2 Mar 2026)"
    );
    assert_eq!(
        found[0].context.as_deref(),
        Some("Head of cardiology at Charité")
    );
    assert_eq!(found[0].subject.milestone_id, Some(milestone.id));

    reminders::done(&mut conn, &found[0].id, at("2026-03-02T09:30:00Z")).unwrap();
    let timeline = interactions::for_contact(&conn, amara, None).unwrap();
    assert_eq!(timeline[0].note, "Done: congratulated on the new job");
    assert!(due(&conn, "2026-03-02T10:00:00Z").is_empty());
    assert_eq!(reminders::milestones(&conn, amara).unwrap(), [milestone]);
}

#[test]
fn a_milestone_learned_of_late_is_still_worth_a_word() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let draft = MilestoneDraft {
        contact_id: amara,
        kind: "promotion".into(),
        on: Some(Date::constant(2025, 11, 1)),
        note: String::new(),
    };
    reminders::add_milestone(&mut conn, &draft, at("2026-03-02T12:00:00Z")).unwrap();
    // Due the day it was recorded, so at once.
    let found = due_in(&conn, "2026-03-02T12:00:01Z", days(0));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(berlin(&found[0]), "2026-03-02T09:00:00");
    assert_eq!(
        found[0].reason,
        "Congratulate Dr. Amara Okafor: promotion (Sat 1 Nov 2025)"
    );
}

#[test]
fn a_milestone_of_an_unknown_kind_is_refused_with_the_known_ones() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let draft = MilestoneDraft {
        contact_id: amara,
        kind: "lottery win".into(),
        on: None,
        note: String::new(),
    };
    let err = reminders::add_milestone(&mut conn, &draft, at("2026-03-02T12:00:00Z")).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "\"lottery win\" is not a milestone Curbside knows: use one of new_job, promotion"
        ),
        "{err}"
    );
}

#[test]
fn a_birthday_on_the_twenty_ninth_of_february_is_kept_on_the_twenty_eighth_in_common_years() {
    let mut conn = db();
    let jana = born(&mut conn, "Dr. Jana Müller", "--02-29", "Asia/Tokyo");
    let leap = born(&mut conn, "Dr. Leap Year", "1980-02-29", "");

    let in_2027 = of_kind(
        &due_in(&conn, "2027-02-27T12:00:00Z", days(3)),
        ReminderKind::Birthday,
    );
    let when: Vec<(String, String)> = in_2027.iter().map(|r| (r.id.clone(), berlin(r))).collect();
    assert_eq!(
        when,
        [
            (
                format!("birthday:c{jana}:2027"),
                "2027-02-28T09:00:00".to_owned()
            ),
            (
                format!("birthday:c{leap}:2027"),
                "2027-02-28T09:00:00".to_owned()
            ),
        ]
    );
    assert_eq!(
        in_2027[0].reason,
        "Dr. Jana Müller's birthday is on Sun 28 Feb 2027"
    );
    assert_eq!(in_2027[0].contact_time_zone.as_deref(), Some("Asia/Tokyo"));
    assert_eq!(
        in_2027[1].reason,
        "Dr. Leap Year's birthday is on Sun 28 Feb 2027 (turns 47)"
    );

    let in_2028 = of_kind(
        &due_in(&conn, "2028-02-27T12:00:00Z", days(3)),
        ReminderKind::Birthday,
    );
    assert_eq!(berlin(&in_2028[0]), "2028-02-29T09:00:00");
}

#[test]
fn a_birthday_lead_time_reminds_days_ahead() {
    let mut conn = db();
    born(&mut conn, "Dr. Jana Müller", "1975-06-14", "");
    let mut settings = reminders::settings(&conn).unwrap();
    settings.birthday.lead_days = vec![3];
    reminders::save_settings(&mut conn, &settings).unwrap();
    let found = due(&conn, "2026-06-10T12:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(berlin(&found[0]), "2026-06-11T09:00:00");
    assert_eq!(
        found[0].reason,
        "Dr. Jana Müller's birthday is on Sun 14 Jun 2026 (turns 51)"
    );
}

#[test]
fn a_current_job_has_an_anniversary_every_year_from_its_start() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let job = organizations::add(
        &mut conn,
        amara,
        &AffiliationDraft {
            organization: "Charité".into(),
            kind: AffiliationKind::Job,
            role: "Senior physician".into(),
            starts_on: Some("2019-07-01".into()),
            ends_on: None,
        },
    )
    .unwrap();
    let found = due(&conn, "2026-06-30T12:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, format!("work_anniversary:a{}:2026", job.id));
    assert_eq!(berlin(&found[0]), "2026-07-01T09:00:00");
    assert_eq!(
        found[0].reason,
        "Dr. Amara Okafor: 7 years at Charité as Senior physician on Wed 1 Jul 2026"
    );

    reminders::done(&mut conn, &found[0].id, at("2026-07-01T10:00:00Z")).unwrap();
    let timeline = interactions::for_contact(&conn, amara, None).unwrap();
    assert_eq!(
        timeline[0].note,
        "Done: congratulated on 7 years at Charité"
    );
}

#[test]
fn a_job_has_no_anniversary_on_the_day_it_starts_only_a_year_later() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let job = organizations::add(
        &mut conn,
        amara,
        &AffiliationDraft {
            organization: "Charité".into(),
            kind: AffiliationKind::Job,
            role: String::new(),
            starts_on: Some("2026-07-01".into()),
            ends_on: None,
        },
    )
    .unwrap();
    assert!(
        of_kind(
            &due_in(&conn, "2026-06-30T12:00:00Z", days(3)),
            ReminderKind::WorkAnniversary
        )
        .is_empty(),
        "no \"0 years at Charité\" on the first day"
    );
    let found = of_kind(
        &due(&conn, "2027-06-30T12:00:00Z"),
        ReminderKind::WorkAnniversary,
    );
    assert_eq!(ids(&found), [format!("work_anniversary:a{}:2027", job.id)]);
    assert_eq!(
        found[0].reason,
        "Dr. Amara Okafor: 1 year at Charité on Thu 1 Jul 2027"
    );
}

#[test]
fn a_birthday_and_a_work_anniversary_are_about_the_person_and_come_their_lead_time_early() {
    let mut conn = db();
    let amara = born(&mut conn, "Dr. Amara Okafor", "1980-07-04", "");
    organizations::add(
        &mut conn,
        amara,
        &AffiliationDraft {
            organization: "Charité".into(),
            kind: AffiliationKind::Job,
            role: String::new(),
            starts_on: Some("2019-07-04".into()),
            ends_on: None,
        },
    )
    .unwrap();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.birthday.lead_days = vec![2];
    settings.work_anniversary.lead_days = vec![3];
    reminders::save_settings(&mut conn, &settings).unwrap();

    let found = due_in(&conn, "2026-06-30T12:00:00Z", days(5));
    let when: Vec<(ReminderKind, String, Option<i64>)> = found
        .iter()
        .map(|r| (r.kind, berlin(r), r.subject.contact_id))
        .collect();
    assert_eq!(
        when,
        [
            (
                ReminderKind::WorkAnniversary,
                "2026-07-01T09:00:00".to_owned(),
                Some(amara)
            ),
            (
                ReminderKind::Birthday,
                "2026-07-02T09:00:00".to_owned(),
                Some(amara)
            ),
        ]
    );
}

fn custom(conn: &mut Connection, at_local: &str, zone_name: &str, rule: &str) -> i64 {
    reminders::add_custom(
        conn,
        &CustomReminderDraft {
            title: "Send the SPYRAL paper".into(),
            note: "the 2025 update".into(),
            contact_id: None,
            event_id: None,
            at: at_local.parse().unwrap(),
            time_zone: zone_name.into(),
            recurrence: rule.into(),
        },
        at("2026-03-01T00:00:00Z"),
    )
    .unwrap()
}

#[test]
fn a_one_off_reminder_arrives_at_its_time_in_its_zone_and_waits_until_done() {
    let mut conn = db();
    let id = custom(&mut conn, "2026-03-10T18:30", "Asia/Tokyo", "");
    let found = due(&conn, "2026-03-10T00:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, format!("custom:{id}:2026-03-10T18:30"));
    assert_eq!(found[0].due_at, at("2026-03-10T09:30:00Z"));
    assert_eq!(found[0].title, "Send the SPYRAL paper");
    assert_eq!(found[0].context.as_deref(), Some("the 2025 update"));
    assert_eq!(
        ids(&due(&conn, "2026-09-01T00:00:00Z")),
        [found[0].id.clone()],
        "still overdue months later"
    );
    reminders::done(&mut conn, &found[0].id, at("2026-09-01T00:00:00Z")).unwrap();
    assert!(due(&conn, "2026-09-01T00:00:01Z").is_empty());
}

#[test]
fn a_reminder_of_ones_own_about_a_person_names_them_and_their_zone() {
    let mut conn = db();
    let tanaka = born(&mut conn, "Dr. Kenji Tanaka", "1975-04-02", "Asia/Tokyo");
    reminders::add_custom(
        &mut conn,
        &CustomReminderDraft {
            title: "Send the SPYRAL paper".into(),
            note: String::new(),
            contact_id: Some(tanaka),
            event_id: None,
            at: "2026-03-10T09:00".parse().unwrap(),
            time_zone: String::new(),
            recurrence: String::new(),
        },
        at("2026-03-01T00:00:00Z"),
    )
    .unwrap();
    let found = due(&conn, "2026-03-10T00:00:00Z");
    let own = found
        .iter()
        .find(|r| r.kind == ReminderKind::Custom)
        .expect("the reminder");
    assert_eq!(own.title, "Send the SPYRAL paper");
    assert_eq!(own.contact_name.as_deref(), Some("Dr. Kenji Tanaka"));
    assert_eq!(own.contact_time_zone.as_deref(), Some("Asia/Tokyo"));
    assert_eq!(own.subject.contact_id, Some(tanaka));
}

#[test]
fn quiet_hours_hold_a_late_reminder_until_morning_unless_turned_off() {
    let mut conn = db();
    custom(&mut conn, "2026-03-10T23:15", "", "");
    let found = due(&conn, "2026-03-10T12:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(berlin(&found[0]), "2026-03-11T07:00:00");

    let mut settings = reminders::settings(&conn).unwrap();
    settings.custom.quiet_hours = Some(QuietHours::NONE);
    reminders::save_settings(&mut conn, &settings).unwrap();
    assert_eq!(
        berlin(&due(&conn, "2026-03-10T12:00:00Z")[0]),
        "2026-03-10T23:15:00"
    );

    settings.custom.quiet_hours = None;
    settings.quiet_hours = QuietHours {
        start: Time::constant(23, 0, 0, 0),
        end: Time::constant(8, 30, 0, 0),
    };
    reminders::save_settings(&mut conn, &settings).unwrap();
    assert_eq!(
        berlin(&due(&conn, "2026-03-10T12:00:00Z")[0]),
        "2026-03-11T08:30:00"
    );
}

#[test]
fn the_time_of_day_is_the_users_choice_and_a_kind_can_be_turned_off() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        curbside_core::interactions::InteractionKind::Meeting,
        "2026-03-02T14:00:00Z",
        "",
    );
    let mut settings = reminders::settings(&conn).unwrap();
    assert_eq!(settings, ReminderSettings::default());
    settings.follow_up.time_of_day = Time::constant(18, 0, 0, 0);
    settings.follow_up.lead_days = vec![1];
    reminders::save_settings(&mut conn, &settings).unwrap();
    assert_eq!(reminders::settings(&conn).unwrap(), settings);
    let found = due(&conn, "2026-03-03T12:00:00Z");
    assert_eq!(berlin(&found[0]), "2026-03-03T18:00:00");
    assert_eq!(
        found[0].reason,
        "You met Dr. Amara Okafor on Mon 2 Mar 2026"
    );

    settings.follow_up.enabled = false;
    reminders::save_settings(&mut conn, &settings).unwrap();
    assert!(due(&conn, "2026-03-03T12:00:00Z").is_empty());
}

#[test]
fn settings_that_cannot_work_are_refused() {
    let mut conn = db();
    let mut settings = ReminderSettings::default();
    settings.follow_up.lead_days = vec![1, 2];
    let err = reminders::save_settings(&mut conn, &settings).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Follow up after a meeting or call: give one lead time in days (0 for on the day)"
    );
    settings.follow_up.lead_days = vec![2];
    settings.deadline.lead_days = vec![];
    let err = reminders::save_settings(&mut conn, &settings).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Key dates: give one or more lead times in days (0 for on the day)"
    );
    settings.deadline.lead_days = vec![400];
    assert!(reminders::save_settings(&mut conn, &settings).is_err());
    assert_eq!(
        reminders::settings(&conn).unwrap(),
        ReminderSettings::default()
    );
}

#[test]
fn undoing_a_contact_delete_brings_back_their_milestones_and_cadence() {
    use curbside_core::contacts;
    use curbside_core::operations;
    use curbside_core::reminders::{self, Cadence, CadenceTarget, MilestoneDraft};
    let mut conn = curbside_core::db::open_in_memory().unwrap();
    let now: jiff::Timestamp = "2026-06-01T10:00:00Z".parse().unwrap();
    let draft = contacts::ContactDraft {
        display_name: "Amara Okafor".into(),
        ..Default::default()
    };
    let amara = contacts::create(&mut conn, &draft, now).unwrap().id;
    let milestone = MilestoneDraft {
        contact_id: amara,
        kind: "promotion".into(),
        on: Some("2026-05-30".parse().unwrap()),
        note: "Associate professor".into(),
    };
    reminders::add_milestone(&mut conn, &milestone, now).unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(amara),
        Some(Cadence { days: 90 }),
    )
    .unwrap();
    let deleted = operations::delete_many(&mut conn, &[amara]).unwrap();
    assert!(
        reminders::milestones(&conn, amara).is_err(),
        "she and her milestones are gone"
    );
    operations::restore(&mut conn, &deleted).unwrap();
    let back = reminders::milestones(&conn, amara).unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].note, "Associate professor");
    let cadences = reminders::cadences(&conn).unwrap();
    assert_eq!(cadences.len(), 1);
    assert_eq!(cadences[0].target, CadenceTarget::Contact(amara));
    assert_eq!(cadences[0].every.days, 90);
}
