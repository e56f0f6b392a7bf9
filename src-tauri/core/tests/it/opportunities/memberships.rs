//! Memberships: renewal moves the date a year, the renewal is prompted
//! while active, roles and meeting links, and deleting an event unlinks it.

use curbside_core::events;
use curbside_core::memberships::{
    self, CommitteeRole, MembershipDraft, MembershipError, MembershipStatus,
};
use jiff::civil::{date, Date};

use crate::support::db;
use crate::support::events::congress;

fn esc(renews_on: Option<Date>) -> MembershipDraft {
    MembershipDraft {
        society: "European Society of Cardiology (ESC)".into(),
        member_number: "ESC-40211".into(),
        since: Some(date(2015, 9, 1)),
        dues_amount: Some(350.0),
        dues_currency: "eur".into(),
        renews_on,
        renews_yearly: true,
        status: None,
        notes: String::new(),
    }
}

fn refusal(error: MembershipError) -> String {
    match error {
        MembershipError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal with a message, got {other:?}"),
    }
}

#[test]
fn renewing_moves_the_renewal_a_year_on_and_makes_it_active() {
    let mut conn = db();
    let mut draft = esc(Some(date(2026, 1, 31)));
    draft.status = Some(MembershipStatus::Lapsed);
    let esc = memberships::add(&mut conn, &draft).unwrap();
    assert_eq!(esc.dues_currency, "EUR");
    let renewed = memberships::renew(&mut conn, esc.id, None).unwrap();
    assert_eq!(renewed.renews_on, Some(date(2027, 1, 31)));
    assert_eq!(renewed.status, MembershipStatus::Active);
    let moved = memberships::renew(&mut conn, esc.id, Some(date(2027, 6, 30))).unwrap();
    assert_eq!(moved.renews_on, Some(date(2027, 6, 30)));
}

#[test]
fn a_membership_without_a_yearly_renewal_asks_for_the_next_date() {
    let mut conn = db();
    let mut draft = esc(None);
    let none = memberships::add(&mut conn, &draft).unwrap();
    assert!(
        refusal(memberships::renew(&mut conn, none.id, None).unwrap_err())
            .contains("has no renewal date")
    );
    draft.renews_on = Some(date(2026, 5, 1));
    draft.renews_yearly = false;
    let once = memberships::add(&mut conn, &draft).unwrap();
    assert!(
        refusal(memberships::renew(&mut conn, once.id, None).unwrap_err())
            .contains("does not renew yearly")
    );
}

#[test]
fn the_renewal_is_prompted_while_the_membership_is_active() {
    let mut conn = db();
    let society = memberships::add(&mut conn, &esc(Some(date(2026, 6, 30)))).unwrap();
    let prompts = memberships::prompts(&conn, date(2026, 6, 1), date(2026, 6, 30)).unwrap();
    assert_eq!(prompts.len(), 1);
    assert_eq!(prompts[0].source, society.id);
    assert_eq!(prompts[0].on, date(2026, 6, 30));
    assert!(prompts[0].title.contains("European Society of Cardiology"));
    assert_eq!(prompts[0].context.as_deref(), Some("Dues: 350.00 EUR"));
    let renewed = memberships::renew(&mut conn, society.id, None).unwrap();
    assert!(
        memberships::prompts(&conn, date(2026, 6, 1), date(2026, 6, 30))
            .unwrap()
            .is_empty()
    );
    let mut lapsed = esc(renewed.renews_on);
    lapsed.status = Some(MembershipStatus::Lapsed);
    memberships::update(&mut conn, society.id, &lapsed).unwrap();
    assert!(
        memberships::prompts(&conn, date(2027, 6, 1), date(2027, 6, 30))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn committee_roles_are_added_and_removed_in_order() {
    let mut conn = db();
    let esc = memberships::add(&mut conn, &esc(None)).unwrap();
    let role = |committee: &str, role: &str| CommitteeRole {
        committee: committee.into(),
        role: role.into(),
        from: Some(date(2024, 1, 1)),
        to: None,
    };
    memberships::add_role(&mut conn, esc.id, &role("Guidelines", "member")).unwrap();
    let both =
        memberships::add_role(&mut conn, esc.id, &role("Young Cardiologists", "chair")).unwrap();
    assert_eq!(both.roles.len(), 2);
    let left = memberships::remove_role(&mut conn, esc.id, 0).unwrap();
    assert_eq!(left.roles.len(), 1);
    assert_eq!(left.roles[0].committee, "Young Cardiologists");
    assert!(
        refusal(memberships::remove_role(&mut conn, esc.id, 5).unwrap_err())
            .contains("no number 6")
    );
    let backwards = CommitteeRole {
        to: Some(date(2023, 1, 1)),
        ..role("Guidelines", "member")
    };
    assert!(
        refusal(memberships::add_role(&mut conn, esc.id, &backwards).unwrap_err())
            .contains("before it starts")
    );
}

#[test]
fn a_linked_meeting_is_listed_and_deleting_the_event_unlinks_it() {
    let mut conn = db();
    let esc = memberships::add(&mut conn, &esc(None)).unwrap();
    let congress = congress(&mut conn);
    let linked = memberships::link_event(&mut conn, esc.id, congress).unwrap();
    assert_eq!(linked.meetings.len(), 1);
    assert_eq!(linked.meetings[0].title, "ESC Congress 2026");
    assert_eq!(linked.meetings[0].starts_on, date(2026, 8, 28));
    assert_eq!(memberships::of_event(&conn, congress).unwrap().len(), 1);
    events::delete(&mut conn, congress).unwrap();
    assert!(memberships::get(&conn, esc.id).unwrap().meetings.is_empty());
    assert!(
        refusal(memberships::link_event(&mut conn, esc.id, congress).unwrap_err())
            .contains("no event")
    );
}

#[test]
fn bad_dues_and_a_blank_society_are_refused_with_a_message() {
    let mut conn = db();
    let blank = MembershipDraft {
        society: " ".into(),
        ..esc(None)
    };
    assert_eq!(
        refusal(memberships::add(&mut conn, &blank).unwrap_err()),
        "Society is required"
    );
    let negative = MembershipDraft {
        dues_amount: Some(-5.0),
        ..esc(None)
    };
    assert!(refusal(memberships::add(&mut conn, &negative).unwrap_err()).contains("Dues"));
    let currency = MembershipDraft {
        dues_currency: "euros".into(),
        ..esc(None)
    };
    assert!(
        refusal(memberships::add(&mut conn, &currency).unwrap_err()).contains("three-letter code")
    );
}
