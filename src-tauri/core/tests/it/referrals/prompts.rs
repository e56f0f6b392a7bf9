//! The thank-you prompt after a received referral.

use curbside_core::referrals::{self, ReferralDirection, ReferralDraft};

use super::{day, draft, log};
use crate::support::{at, db, person};

#[test]
fn a_received_referral_asks_for_a_thank_you_on_its_day() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let received = referrals::add(
        &mut conn,
        &ReferralDraft {
            note: "Took the echo slot the same week".into(),
            ..draft(anna, ReferralDirection::Received, "2026-05-04")
        },
        at("2026-05-04T10:00:00Z"),
    )
    .unwrap();

    let prompts = referrals::prompts(&conn, day("2026-05-01"), day("2026-05-31")).unwrap();
    assert_eq!(prompts.len(), 1);
    let prompt = &prompts[0];
    assert_eq!(prompt.source, received.id);
    assert_eq!(prompt.part, "");
    assert_eq!(prompt.on, day("2026-05-04"));
    assert_eq!(prompt.contact_id, Some(anna));
    assert_eq!(prompt.title, "Thank Anna Berg for the referral");
    assert_eq!(
        prompt.context.as_deref(),
        Some("Took the echo slot the same week")
    );
}

#[test]
fn only_received_referrals_on_the_days_asked_for_raise_a_prompt() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    log(&mut conn, anna, ReferralDirection::Sent, "2026-05-04");
    log(&mut conn, anna, ReferralDirection::Received, "2026-04-30");
    let inside = log(&mut conn, anna, ReferralDirection::Received, "2026-05-01");
    let last_day = log(&mut conn, anna, ReferralDirection::Received, "2026-05-07");
    log(&mut conn, anna, ReferralDirection::Received, "2026-05-08");

    let prompts = referrals::prompts(&conn, day("2026-05-01"), day("2026-05-07")).unwrap();
    let sources: Vec<i64> = prompts.iter().map(|p| p.source).collect();
    assert_eq!(sources, [inside.id, last_day.id]);
    assert!(prompts.iter().all(|p| p.context.is_none()));
}

#[test]
fn a_deleted_referral_or_colleague_asks_for_no_thanks() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    let referral = log(&mut conn, anna, ReferralDirection::Received, "2026-05-04");
    log(&mut conn, bo, ReferralDirection::Received, "2026-05-04");
    referrals::delete(&conn, referral.id).unwrap();
    curbside_core::contacts::delete(&mut conn, bo).unwrap();
    assert!(
        referrals::prompts(&conn, day("2026-05-01"), day("2026-05-31"))
            .unwrap()
            .is_empty()
    );
}

fn states(conn: &rusqlite::Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM reminder_states", [], |row| row.get(0))
        .unwrap()
}

#[test]
fn the_thank_you_is_due_on_the_day_and_forgotten_with_its_referral_or_colleague() {
    use curbside_core::reminders;
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    let first = log(&mut conn, anna, ReferralDirection::Received, "2026-05-04");
    let second = log(&mut conn, bo, ReferralDirection::Received, "2026-05-04");
    let utc = jiff::tz::TimeZone::UTC;
    let due = reminders::due(
        &conn,
        at("2026-05-04T16:00:00Z"),
        &utc,
        jiff::SignedDuration::ZERO,
    )
    .unwrap();
    let ids: Vec<String> = due
        .iter()
        .map(|r| r.id.clone())
        .filter(|id| id.starts_with("referral_thanks:"))
        .collect();
    assert_eq!(
        ids,
        [
            format!("referral_thanks:{}:2026-05-04", first.id),
            format!("referral_thanks:{}:2026-05-04", second.id)
        ]
    );

    for id in &ids {
        reminders::dismiss(&mut conn, id, at("2026-05-04T16:05:00Z")).unwrap();
    }
    assert_eq!(states(&conn), 2);
    referrals::delete(&conn, first.id).unwrap();
    assert_eq!(
        states(&conn),
        1,
        "the deleted referral's state is forgotten"
    );
    curbside_core::contacts::delete(&mut conn, bo).unwrap();
    assert_eq!(states(&conn), 0, "and so is one deleted with its colleague");
}
