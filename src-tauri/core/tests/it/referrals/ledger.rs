//! Logging, editing, deleting and listing referrals, and the input refused.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::referrals::{
    self, ReferralDirection, ReferralDraft, ReferralError, ReferralFilter, ReferralReason, NOTE,
};

use super::{day, draft, log};
use crate::support::{at, db, person};

#[test]
fn a_logged_referral_reads_back_with_its_colleague_and_their_specialty() {
    let mut conn = db();
    let anna = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Anna Berg".into(),
            specialty: "Cardiology".into(),
            ..Default::default()
        },
        at("2026-01-01T00:00:00Z"),
    )
    .unwrap()
    .id;
    let referral = referrals::add(
        &mut conn,
        &ReferralDraft {
            reason: ReferralReason::SecondOpinion,
            note: "  Complex valve case, called first  ".into(),
            ..draft(anna, ReferralDirection::Received, "2026-05-04")
        },
        at("2026-05-04T10:00:00Z"),
    )
    .unwrap();

    assert_eq!(referral.contact_name, "Anna Berg");
    assert_eq!(
        referral.specialty, "Cardiology",
        "empty takes the colleague's"
    );
    assert_eq!(referral.note, "Complex valve case, called first");
    assert_eq!(referral.reason, ReferralReason::SecondOpinion);
    assert_eq!(referrals::get(&conn, referral.id).unwrap(), referral);
}

#[test]
fn an_edit_changes_the_referral_and_a_delete_removes_it() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    let referral = log(&mut conn, anna, ReferralDirection::Sent, "2026-05-04");
    let edited = referrals::update(
        &mut conn,
        referral.id,
        &ReferralDraft {
            specialty: "Nephrology".into(),
            ..draft(bo, ReferralDirection::Received, "2026-05-05")
        },
    )
    .unwrap();
    assert_eq!(edited.contact_name, "Bo Lind");
    assert_eq!(edited.direction, ReferralDirection::Received);
    assert_eq!(edited.on, day("2026-05-05"));
    assert_eq!(edited.specialty, "Nephrology");

    referrals::delete(&conn, referral.id).unwrap();
    assert!(matches!(
        referrals::get(&conn, referral.id),
        Err(ReferralError::NotFound(_))
    ));
    assert!(matches!(
        referrals::delete(&conn, referral.id),
        Err(ReferralError::NotFound(_))
    ));
}

#[test]
fn the_list_narrows_by_colleague_direction_days_and_words_newest_first() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    log(&mut conn, anna, ReferralDirection::Sent, "2026-01-10");
    log(&mut conn, anna, ReferralDirection::Received, "2026-03-10");
    let noted = referrals::add(
        &mut conn,
        &ReferralDraft {
            note: "Échocardiographie de stress".into(),
            ..draft(bo, ReferralDirection::Sent, "2026-02-10")
        },
        at("2026-02-10T09:00:00Z"),
    )
    .unwrap();

    let days = |filter: ReferralFilter| -> Vec<String> {
        referrals::list(&conn, &filter)
            .unwrap()
            .iter()
            .map(|r| r.on.to_string())
            .collect()
    };
    assert_eq!(
        days(ReferralFilter::default()),
        ["2026-03-10", "2026-02-10", "2026-01-10"]
    );
    assert_eq!(
        days(ReferralFilter {
            contact_id: Some(anna),
            ..Default::default()
        }),
        ["2026-03-10", "2026-01-10"]
    );
    assert_eq!(
        days(ReferralFilter {
            direction: Some(ReferralDirection::Sent),
            ..Default::default()
        }),
        ["2026-02-10", "2026-01-10"]
    );
    assert_eq!(
        days(ReferralFilter {
            from: Some(day("2026-02-01")),
            to: Some(day("2026-02-28")),
            ..Default::default()
        }),
        ["2026-02-10"]
    );
    let found = referrals::list(
        &conn,
        &ReferralFilter {
            text: "echocardiographie".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found, [noted], "accents and case ignored");
}

#[test]
fn bad_input_is_refused_with_a_message_naming_the_field() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let refused = |conn: &mut rusqlite::Connection, draft: ReferralDraft| -> (String, String) {
        match referrals::add(conn, &draft, at("2026-05-04T10:00:00Z")) {
            Err(ReferralError::Invalid(invalid)) => (invalid.field.to_owned(), invalid.message),
            other => panic!("expected a refusal, got {other:?}"),
        }
    };

    let (field, message) = refused(
        &mut conn,
        draft(9999, ReferralDirection::Sent, "2026-05-04"),
    );
    assert_eq!(field, "contact_id");
    assert!(message.contains("no contact with id 9999"), "{message}");

    let (field, message) = refused(
        &mut conn,
        ReferralDraft {
            note: "x".repeat(NOTE + 1),
            ..draft(anna, ReferralDirection::Sent, "2026-05-04")
        },
    );
    assert_eq!(field, "note");
    assert!(message.contains("too long"), "{message}");

    let (field, _) = refused(
        &mut conn,
        draft(anna, ReferralDirection::Sent, "0202-05-04"),
    );
    assert_eq!(field, "on");

    let (field, _) = refused(
        &mut conn,
        ReferralDraft {
            specialty: "Cardio\nlogy".into(),
            ..draft(anna, ReferralDirection::Sent, "2026-05-04")
        },
    );
    assert_eq!(field, "specialty");
    assert!(referrals::list(&conn, &ReferralFilter::default())
        .unwrap()
        .is_empty());
}

#[test]
fn an_unknown_direction_or_reason_is_refused_with_the_values_that_would_do() {
    let error = "sideways"
        .parse::<ReferralDirection>()
        .unwrap_err()
        .to_string();
    assert!(error.contains("sent, received"), "{error}");
    let error = "vibes".parse::<ReferralReason>().unwrap_err().to_string();
    assert!(error.contains("second-opinion"), "{error}");
    assert_eq!(
        "Second opinion".parse::<ReferralReason>().unwrap(),
        ReferralReason::SecondOpinion
    );
}

#[test]
fn deleting_a_contact_deletes_their_referrals_and_nobody_elses() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    log(&mut conn, anna, ReferralDirection::Sent, "2026-01-10");
    log(&mut conn, anna, ReferralDirection::Received, "2026-02-10");
    let kept = log(&mut conn, bo, ReferralDirection::Sent, "2026-03-10");

    contacts::delete(&mut conn, anna).unwrap();

    assert_eq!(
        referrals::list(&conn, &ReferralFilter::default()).unwrap(),
        [kept]
    );
    let stats = referrals::stats(&conn, day("2026-06-01")).unwrap();
    assert_eq!(stats.by_colleague.len(), 1);
}

#[test]
fn the_specialty_field_suggests_each_specialty_of_contacts_and_referrals_once() {
    let mut conn = db();
    for (name, specialty) in [("A", "Cardiology"), ("B", "cardiology"), ("C", "")] {
        contacts::create(
            &mut conn,
            &ContactDraft {
                display_name: name.into(),
                specialty: specialty.into(),
                ..Default::default()
            },
            at("2026-01-01T00:00:00Z"),
        )
        .unwrap();
    }
    let d = person(&mut conn, "D");
    referrals::add(
        &mut conn,
        &ReferralDraft {
            specialty: "Nephrology".into(),
            ..draft(d, ReferralDirection::Sent, "2026-01-10")
        },
        at("2026-01-10T00:00:00Z"),
    )
    .unwrap();
    let suggested = referrals::specialties(&conn).unwrap();
    assert_eq!(suggested.len(), 2, "{suggested:?}");
    assert!(suggested[0].eq_ignore_ascii_case("cardiology"));
    assert_eq!(suggested[1], "Nephrology");
}
