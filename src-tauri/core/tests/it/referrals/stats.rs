//! The ledger's numbers: per colleague, per specialty, one-sided, and the
//! colleagues not referred to in a year.

use curbside_core::referrals::{self, ReferralDirection, ReferralDraft};
use curbside_core::relationships::{self, RelationshipKind};

use super::{day, draft, log};
use crate::support::{at, db, person};

#[test]
fn each_colleague_has_counts_both_ways_and_the_last_day_each_way() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    let bo = person(&mut conn, "Bo Lind");
    log(&mut conn, anna, ReferralDirection::Sent, "2025-01-10");
    log(&mut conn, anna, ReferralDirection::Sent, "2026-02-10");
    log(&mut conn, anna, ReferralDirection::Received, "2025-06-01");
    log(&mut conn, bo, ReferralDirection::Received, "2026-04-01");

    let stats = referrals::stats(&conn, day("2026-06-01")).unwrap();
    let first = &stats.by_colleague[0];
    assert_eq!(first.contact_name, "Anna Berg", "the busiest first");
    assert_eq!((first.sent, first.received), (2, 1));
    assert_eq!(first.last_sent, Some(day("2026-02-10")));
    assert_eq!(first.last_received, Some(day("2025-06-01")));
    let second = &stats.by_colleague[1];
    assert_eq!((second.sent, second.received), (0, 1));
    assert_eq!(second.last_sent, None);
}

#[test]
fn specialties_are_counted_together_whatever_their_case() {
    let mut conn = db();
    let anna = person(&mut conn, "Anna Berg");
    for (specialty, direction, on) in [
        ("Cardiology", ReferralDirection::Sent, "2026-01-01"),
        ("cardiology ", ReferralDirection::Received, "2026-02-01"),
        ("Nephrology", ReferralDirection::Sent, "2026-03-01"),
    ] {
        referrals::add(
            &mut conn,
            &ReferralDraft {
                specialty: specialty.into(),
                ..draft(anna, direction, on)
            },
            at("2026-03-01T00:00:00Z"),
        )
        .unwrap();
    }
    let stats = referrals::stats(&conn, day("2026-06-01")).unwrap();
    assert_eq!(stats.by_specialty.len(), 2);
    let cardiology = &stats.by_specialty[0];
    assert_eq!(cardiology.specialty, "Cardiology");
    assert_eq!((cardiology.sent, cardiology.received), (1, 1));
    assert_eq!(cardiology.last_received, Some(day("2026-02-01")));
    assert_eq!(stats.by_specialty[1].specialty, "Nephrology");
}

#[test]
fn one_sided_relationships_are_judged_over_the_last_two_years() {
    let mut conn = db();
    let takes = person(&mut conn, "Takes Only");
    let gives = person(&mut conn, "Gives Only");
    let both = person(&mut conn, "Both Ways");
    let long_ago = person(&mut conn, "Long Ago");
    log(&mut conn, takes, ReferralDirection::Sent, "2025-09-01");
    log(&mut conn, takes, ReferralDirection::Sent, "2026-03-01");
    log(&mut conn, gives, ReferralDirection::Received, "2026-01-15");
    log(&mut conn, both, ReferralDirection::Sent, "2026-01-01");
    log(&mut conn, both, ReferralDirection::Received, "2026-02-01");
    // They sent back, but more than two years ago: one-sided now.
    log(
        &mut conn,
        long_ago,
        ReferralDirection::Received,
        "2023-01-01",
    );
    log(&mut conn, long_ago, ReferralDirection::Sent, "2026-05-01");

    let stats = referrals::stats(&conn, day("2026-06-01")).unwrap();
    assert_eq!(stats.one_sided_since, day("2024-06-02"));
    let seen: Vec<(&str, ReferralDirection, u32)> = stats
        .one_sided
        .iter()
        .map(|o| (o.contact_name.as_str(), o.direction, o.count))
        .collect();
    assert_eq!(
        seen,
        [
            ("Takes Only", ReferralDirection::Sent, 2),
            ("Long Ago", ReferralDirection::Sent, 1),
            ("Gives Only", ReferralDirection::Received, 1),
        ]
    );
    assert_eq!(stats.one_sided[0].last, day("2026-03-01"));
}

#[test]
fn not_referred_in_a_year_lists_quiet_colleagues_and_partners_never_referred_to() {
    let mut conn = db();
    let quiet = person(&mut conn, "Quiet Colleague");
    let recent = person(&mut conn, "Recent Colleague");
    let partner = person(&mut conn, "New Partner");
    let received_only = person(&mut conn, "Only Sends Me");
    log(&mut conn, quiet, ReferralDirection::Sent, "2025-03-01");
    log(&mut conn, quiet, ReferralDirection::Received, "2026-05-01");
    log(&mut conn, recent, ReferralDirection::Sent, "2025-03-01");
    log(&mut conn, recent, ReferralDirection::Sent, "2025-08-01");
    log(
        &mut conn,
        received_only,
        ReferralDirection::Received,
        "2024-01-01",
    );
    relationships::add(
        &mut conn,
        partner,
        None,
        RelationshipKind::ReferralPartner,
        "",
    )
    .unwrap();

    let stats = referrals::stats(&conn, day("2026-06-01")).unwrap();
    let seen: Vec<(&str, Option<String>, bool)> = stats
        .not_referred_in_a_year
        .iter()
        .map(|d| {
            (
                d.contact_name.as_str(),
                d.last_sent.map(|on| on.to_string()),
                d.partner,
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("New Partner", None, true),
            ("Quiet Colleague", Some("2025-03-01".to_owned()), false),
        ]
    );
}
