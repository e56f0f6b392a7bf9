//! Stay in touch: a cadence per contact, or inherited from a tag or a
//! relationship with the user; any interaction starts the count again.

use crate::support::reminders::*;
use curbside_core::interactions::{self, InteractionKind};
use curbside_core::relationships::{self, RelationshipKind};
use curbside_core::reminders::{self, Cadence, CadenceRule, CadenceTarget, ReminderKind};

fn every(days: u32) -> Option<Cadence> {
    Some(Cadence { days })
}

#[test]
fn a_tag_cadence_prompts_when_it_runs_out_and_an_interaction_resets_it() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["Mentor"]);
    let other = tagged(&mut conn, "Dr. Jana Müller", &["journal club"]);
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-01-05T10:00:00Z",
        "sent the abstract",
    );
    log(
        &mut conn,
        other,
        InteractionKind::Email,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("mentor".into()), every(90)).unwrap();

    assert!(
        due(&conn, "2026-04-03T12:00:00Z").is_empty(),
        "89 days on, nothing yet"
    );
    let found = due(&conn, "2026-04-04T12:00:00Z");
    assert_eq!(found.len(), 1, "{found:?}");
    let prompt = &found[0];
    assert_eq!(prompt.kind, ReminderKind::StayInTouch);
    assert_eq!(prompt.id, format!("stay_in_touch:c{amara}:2026-04-05"));
    assert_eq!(berlin(prompt), "2026-04-05T09:00:00");
    assert_eq!(
        prompt.reason,
        "Last in touch with Dr. Amara Okafor on Mon 5 Jan 2026 (every 3 months for \"mentor\")"
    );
    assert_eq!(prompt.context.as_deref(), Some("sent the abstract"));

    // Overdue until something happens: a shared article counts.
    assert_eq!(
        ids(&due(&conn, "2026-06-01T12:00:00Z")),
        vec![prompt.id.clone()]
    );
    log(
        &mut conn,
        amara,
        InteractionKind::Article,
        "2026-06-01T13:00:00Z",
        "the SPYRAL paper",
    );
    assert!(due(&conn, "2026-06-01T14:00:00Z").is_empty());
    let next = due_in(&conn, "2026-06-01T14:00:00Z", days(100));
    assert_eq!(ids(&next), [format!("stay_in_touch:c{amara}:2026-08-30")]);
}

#[test]
fn a_contacts_own_cadence_wins_over_a_relationship_which_wins_over_a_tag() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["friend", "ESC 2026"]);
    log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("friend".into()), every(30)).unwrap();
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("ESC 2026".into()), every(14)).unwrap();
    let due_on = |conn: &rusqlite::Connection| {
        let found = of_kind(
            &due_in(conn, "2026-01-06T00:00:00Z", days(400)),
            ReminderKind::StayInTouch,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        berlin(&found[0])
    };
    assert_eq!(
        due_on(&conn),
        "2026-01-19T09:00:00",
        "the shortest tag's 14 days"
    );

    relationships::add(&mut conn, amara, None, RelationshipKind::Mentor, "").unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Relationship(RelationshipKind::Mentor),
        every(60),
    )
    .unwrap();
    assert_eq!(
        due_on(&conn),
        "2026-03-06T09:00:00",
        "the relationship's 60 days"
    );
    let prompt = &of_kind(
        &due_in(&conn, "2026-01-06T00:00:00Z", days(400)),
        ReminderKind::StayInTouch,
    )[0];
    assert!(
        prompt.reason.ends_with(" for your mentors)"),
        "the prompt says which rule holds: {}",
        prompt.reason
    );

    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(180)).unwrap();
    assert_eq!(due_on(&conn), "2026-07-04T09:00:00", "her own 180 days");

    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), None).unwrap();
    assert_eq!(
        due_on(&conn),
        "2026-03-06T09:00:00",
        "cleared: the relationship's again"
    );
}

#[test]
fn a_relationship_between_two_contacts_carries_no_cadence_for_the_user() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let jana = person(&mut conn, "Dr. Jana Müller");
    relationships::add(&mut conn, amara, Some(jana), RelationshipKind::Mentor, "").unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Relationship(RelationshipKind::Mentor),
        every(30),
    )
    .unwrap();
    assert!(due_in(&conn, "2026-01-06T00:00:00Z", days(60)).is_empty());
}

#[test]
fn someone_never_contacted_is_due_one_cadence_after_they_were_added() {
    let mut conn = db();
    let amara = person_added(&mut conn, "Dr. Amara Okafor", "2026-02-01T10:00:00Z");
    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(14)).unwrap();
    let found = due(&conn, "2026-02-15T06:00:00Z");
    assert_eq!(found.len(), 1);
    assert_eq!(berlin(&found[0]), "2026-02-15T09:00:00");
    assert!(found[0].reason.starts_with(
        "No contact logged with Dr. Amara Okafor since you added them on Sun 1 Feb 2026"
    ));
}

#[test]
fn done_logs_an_interaction_which_starts_the_count_again() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["mentor"]);
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("mentor".into()), every(30)).unwrap();
    let prompt = due(&conn, "2026-02-04T12:00:00Z").remove(0);

    reminders::done(&mut conn, &prompt.id, at("2026-02-05T09:30:00Z")).unwrap();

    let timeline = interactions::for_contact(&conn, amara, Some(1)).unwrap();
    assert_eq!(timeline[0].kind, InteractionKind::Message);
    assert_eq!(timeline[0].note, "Done: got in touch");
    assert!(due(&conn, "2026-02-05T10:00:00Z").is_empty());
    assert_eq!(
        ids(&due_in(&conn, "2026-02-05T10:00:00Z", days(40))),
        [format!("stay_in_touch:c{amara}:2026-03-07")]
    );
}

#[test]
fn dismissing_a_stay_in_touch_prompt_skips_to_the_next_cadence() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(30)).unwrap();
    let prompt = due(&conn, "2026-02-04T12:00:00Z").remove(0);
    reminders::dismiss(&mut conn, &prompt.id, at("2026-02-04T12:00:00Z")).unwrap();

    assert!(due(&conn, "2026-02-04T13:00:00Z").is_empty());
    let next = due_in(&conn, "2026-02-04T13:00:00Z", days(40));
    assert_eq!(ids(&next), [format!("stay_in_touch:c{amara}:2026-03-06")]);
}

#[test]
fn cadences_are_listed_own_first_and_bad_ones_are_refused() {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag(" mentor ".into()), every(90)).unwrap();
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("MENTOR".into()), every(60)).unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Relationship(RelationshipKind::Friend),
        every(365),
    )
    .unwrap();
    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(14)).unwrap();
    assert_eq!(
        reminders::cadences(&conn).unwrap(),
        [
            CadenceRule {
                target: CadenceTarget::Contact(amara),
                every: Cadence { days: 14 }
            },
            CadenceRule {
                target: CadenceTarget::Relationship(RelationshipKind::Friend),
                every: Cadence { days: 365 }
            },
            CadenceRule {
                target: CadenceTarget::Tag("MENTOR".into()),
                every: Cadence { days: 60 }
            },
        ]
    );
    let err =
        reminders::set_cadence(&mut conn, &CadenceTarget::Contact(9999), every(14)).unwrap_err();
    assert_eq!(err.to_string(), "there is no contact with id 9999");
    let err =
        reminders::set_cadence(&mut conn, &CadenceTarget::Tag("x".into()), every(0)).unwrap_err();
    assert!(err.to_string().contains("1 day to 10 years"), "{err}");
    let err =
        reminders::set_cadence(&mut conn, &CadenceTarget::Tag("  ".into()), every(7)).unwrap_err();
    assert_eq!(err.to_string(), "Name the tag the cadence is for");
}

#[test]
fn one_contacts_cadence_is_the_one_the_engine_reminds_by() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["Mentor", "journal club"]);
    let jana = person(&mut conn, "Dr. Jana Müller");
    relationships::add(&mut conn, amara, Some(jana), RelationshipKind::Friend, "").unwrap();
    let holds = |conn: &rusqlite::Connection| reminders::cadence_of(conn, amara).unwrap();
    let rule = |target: CadenceTarget, days: u32| {
        Some(CadenceRule {
            target,
            every: Cadence { days },
        })
    };
    assert_eq!(holds(&conn).own, None);
    assert_eq!(holds(&conn).holds, None, "no cadence applies yet");

    // A tag's rule in another case holds, the shortest of two.
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("mentor".into()), every(90)).unwrap();
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Tag("Journal Club".into()),
        every(60),
    )
    .unwrap();
    assert_eq!(
        holds(&conn).holds,
        rule(CadenceTarget::Tag("Journal Club".into()), 60)
    );
    let prompt = due_in(&conn, "2026-01-06T00:00:00Z", days(70)).remove(0);
    assert!(
        prompt
            .reason
            .ends_with("(every 2 months for \"Journal Club\")"),
        "{}",
        prompt.reason
    );

    // A relationship between two contacts is not one with the user; one
    // with the user wins over the tags, however long.
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Relationship(RelationshipKind::Friend),
        every(14),
    )
    .unwrap();
    assert_eq!(
        holds(&conn).holds,
        rule(CadenceTarget::Tag("Journal Club".into()), 60)
    );
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Relationship(RelationshipKind::Mentor),
        every(365),
    )
    .unwrap();
    relationships::add(&mut conn, amara, None, RelationshipKind::Mentor, "").unwrap();
    assert_eq!(
        holds(&conn).holds,
        rule(CadenceTarget::Relationship(RelationshipKind::Mentor), 365)
    );

    // Their own wins over everything.
    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(30)).unwrap();
    assert_eq!(holds(&conn).own, Some(Cadence { days: 30 }));
    assert_eq!(holds(&conn).holds, rule(CadenceTarget::Contact(amara), 30));

    let err = reminders::cadence_of(&conn, 9999).unwrap_err();
    assert_eq!(err.to_string(), "there is no contact with id 9999");
}

/// Dr. Okafor, added on 1 January 2026 with a weekly cadence and never
/// contacted: by 20 February seven weeks have run out.
fn weeks_out_of_touch(conn: &mut rusqlite::Connection) -> i64 {
    let amara = person_added(conn, "Dr. Amara Okafor", "2026-01-01T10:00:00Z");
    reminders::set_cadence(conn, &CadenceTarget::Contact(amara), every(7)).unwrap();
    amara
}

#[test]
fn dismissing_an_overdue_prompt_keeps_it_away_until_one_cadence_after_the_dismissal() {
    let mut conn = db();
    let amara = weeks_out_of_touch(&mut conn);
    let overdue = due(&conn, "2026-02-20T12:00:00Z");
    assert_eq!(
        ids(&overdue),
        [format!("stay_in_touch:c{amara}:2026-01-08")]
    );

    reminders::dismiss(&mut conn, &overdue[0].id, at("2026-02-20T12:00:00Z")).unwrap();

    assert!(
        due_in(&conn, "2026-02-20T12:01:00Z", days(6)).is_empty(),
        "not back with the next missed week"
    );
    let next = due(&conn, "2026-02-26T12:00:00Z");
    assert_eq!(ids(&next), [format!("stay_in_touch:c{amara}:2026-02-27")]);
    assert_eq!(berlin(&next[0]), "2026-02-27T09:00:00");
}

#[test]
fn a_snoozed_overdue_prompt_comes_back_when_the_snooze_ends_and_a_dismissal_then_counts_from_then()
{
    let mut conn = db();
    let amara = weeks_out_of_touch(&mut conn);
    let overdue = due(&conn, "2026-02-20T12:00:00Z").remove(0);
    reminders::snooze(
        &mut conn,
        &overdue.id,
        at("2026-02-23T08:00:00Z"),
        at("2026-02-20T12:00:00Z"),
    )
    .unwrap();

    assert!(due(&conn, "2026-02-21T12:00:00Z").is_empty());
    let back = due(&conn, "2026-02-23T09:00:00Z");
    assert_eq!(
        ids(&back),
        std::slice::from_ref(&overdue.id),
        "the same prompt, not a later missed one"
    );
    assert_eq!(back[0].due_at, at("2026-02-23T08:00:00Z"));

    reminders::dismiss(&mut conn, &overdue.id, at("2026-02-23T09:00:00Z")).unwrap();
    assert!(due_in(&conn, "2026-02-23T09:01:00Z", days(6)).is_empty());
    assert_eq!(
        ids(&due(&conn, "2026-03-01T12:00:00Z")),
        [format!("stay_in_touch:c{amara}:2026-03-02")]
    );
}

#[test]
fn a_lead_time_raises_the_prompt_that_many_days_before_the_cadence_runs_out() {
    let mut conn = db();
    let amara = person_added(&mut conn, "Dr. Amara Okafor", "2026-02-01T10:00:00Z");
    reminders::set_cadence(&mut conn, &CadenceTarget::Contact(amara), every(14)).unwrap();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.stay_in_touch.lead_days = vec![3];
    reminders::save_settings(&mut conn, &settings).unwrap();

    assert!(due(&conn, "2026-02-11T06:00:00Z").is_empty());
    let found = due(&conn, "2026-02-12T06:00:00Z");
    assert_eq!(ids(&found), [format!("stay_in_touch:c{amara}:2026-02-15")]);
    assert_eq!(berlin(&found[0]), "2026-02-12T09:00:00");
}

#[test]
fn an_interaction_after_a_dismissal_counts_from_the_interaction() {
    let mut conn = db();
    let amara = weeks_out_of_touch(&mut conn);
    let overdue = due(&conn, "2026-02-20T12:00:00Z").remove(0);
    reminders::dismiss(&mut conn, &overdue.id, at("2026-02-20T12:00:00Z")).unwrap();
    log(
        &mut conn,
        amara,
        InteractionKind::Email,
        "2026-02-25T10:00:00Z",
        "the echo course",
    );

    assert!(
        due_in(&conn, "2026-02-25T11:00:00Z", days(6)).is_empty(),
        "not a week after the dismissal"
    );
    assert_eq!(
        ids(&due(&conn, "2026-03-03T12:00:00Z")),
        [format!("stay_in_touch:c{amara}:2026-03-04")]
    );
}

#[test]
fn only_the_tags_a_contact_carries_choose_their_cadence() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["friend"]);
    log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("friend".into()), every(30)).unwrap();
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("ESC 2026".into()), every(14)).unwrap();
    let found = of_kind(
        &due_in(&conn, "2026-01-06T00:00:00Z", days(400)),
        ReminderKind::StayInTouch,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        berlin(&found[0]),
        "2026-02-04T09:00:00",
        "her tag's 30 days, not the 14 of a tag she does not carry"
    );
}

#[test]
fn of_two_tags_a_contact_carries_the_shorter_cadence_reminds_and_is_named() {
    let mut conn = db();
    let amara = tagged(&mut conn, "Dr. Amara Okafor", &["friend", "ESC 2026"]);
    log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-01-05T10:00:00Z",
        "",
    );
    // The longer one set first, the shorter after: the order of the rules
    // does not decide, their length does.
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("friend".into()), every(30)).unwrap();
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("esc 2026".into()), every(14)).unwrap();
    let found = of_kind(
        &due_in(&conn, "2026-01-06T00:00:00Z", days(20)),
        ReminderKind::StayInTouch,
    );
    assert_eq!(ids(&found), [format!("stay_in_touch:c{amara}:2026-01-19")]);
    assert!(
        found[0]
            .reason
            .ends_with(" (every 2 weeks for \"esc 2026\")"),
        "{}",
        found[0].reason
    );
}

#[test]
fn a_tag_matches_its_cadence_in_any_case_beyond_ascii_too() {
    let mut conn = db();
    let jana = tagged(&mut conn, "Dr. Jana Müller", &["ÄRZTE-STAMMTISCH"]);
    log(
        &mut conn,
        jana,
        InteractionKind::Meeting,
        "2026-01-05T10:00:00Z",
        "",
    );
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Tag("ärzte-stammtisch".into()),
        every(30),
    )
    .unwrap();
    let found = of_kind(
        &due_in(&conn, "2026-01-06T00:00:00Z", days(400)),
        ReminderKind::StayInTouch,
    );
    assert_eq!(ids(&found), [format!("stay_in_touch:c{jana}:2026-02-04")]);
}
