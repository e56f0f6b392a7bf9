//! Credit entries: what is stored, how they are listed, what is refused.

use curbside_core::cme::{self, CmeError, CreditDraft, CreditType};
use curbside_core::db;
use jiff::civil::{date, Date};
use jiff::Timestamp;

fn now() -> Timestamp {
    "2026-02-01T09:00:00Z".parse().unwrap()
}

fn draft(earned_on: Date, title: &str, hours: f64) -> CreditDraft {
    CreditDraft {
        earned_on,
        title: title.to_owned(),
        provider: "ACC".to_owned(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours,
        topics: Vec::new(),
        event_id: None,
        notes: String::new(),
    }
}

fn message(error: CmeError) -> String {
    match error {
        CmeError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal with a message, got {other:?}"),
    }
}

#[test]
fn a_credit_comes_back_with_typed_topics_turned_into_keys() {
    let mut conn = db::open_in_memory().unwrap();
    let mut new = draft(date(2025, 10, 4), "  Opioid prescribing update ", 1.75);
    new.topics = vec![
        "Opioids".into(),
        " Ethics ".into(),
        "ethics".into(),
        "".into(),
        "Wound care".into(),
    ];
    let stored = cme::add_credit(&mut conn, &new, now()).unwrap();

    assert_eq!(stored.title, "Opioid prescribing update");
    assert_eq!(stored.hours, 1.75);
    assert_eq!(stored.topics, ["opioids", "ethics", "Wound care"]);
    assert_eq!(cme::credit(&conn, stored.id).unwrap(), stored);
}

#[test]
fn credits_are_listed_newest_first_within_the_dates_asked() {
    let mut conn = db::open_in_memory().unwrap();
    for (day, title) in [(3, "March"), (1, "January"), (2, "February")] {
        cme::add_credit(&mut conn, &draft(date(2025, day, 10), title, 1.0), now()).unwrap();
    }
    let titles = |from, to| -> Vec<String> {
        cme::credits(&conn, from, to)
            .unwrap()
            .into_iter()
            .map(|credit| credit.title)
            .collect()
    };

    assert_eq!(titles(None, None), ["March", "February", "January"]);
    assert_eq!(
        titles(Some(date(2025, 2, 10)), Some(date(2025, 3, 10))),
        ["March", "February"]
    );
    assert_eq!(titles(None, Some(date(2025, 1, 31))), ["January"]);
}

#[test]
fn an_other_credit_must_say_what_kind_it_is() {
    let mut conn = db::open_in_memory().unwrap();
    let mut other = draft(date(2025, 5, 1), "European course", 3.0);
    other.credit_type = CreditType::Other;
    let refused = cme::add_credit(&mut conn, &other, now()).unwrap_err();
    assert!(message(refused).contains("other"));

    other.type_label = "EACCME".into();
    let stored = cme::add_credit(&mut conn, &other, now()).unwrap();
    assert_eq!(stored.type_label, "EACCME");
}

#[test]
fn hours_must_be_more_than_zero_and_at_most_a_thousand() {
    let mut conn = db::open_in_memory().unwrap();
    for hours in [0.0, -1.0, f64::NAN, f64::INFINITY, 1000.25] {
        let refused = cme::add_credit(&mut conn, &draft(date(2025, 5, 1), "Course", hours), now());
        assert!(
            message(refused.unwrap_err()).contains("Hours"),
            "{hours} hours were accepted"
        );
    }
    assert!(cme::credits(&conn, None, None).unwrap().is_empty());
    cme::add_credit(
        &mut conn,
        &draft(date(2025, 5, 1), "Fellowship", 1000.0),
        now(),
    )
    .unwrap();
}

#[test]
fn a_credit_needs_a_title_of_reasonable_length() {
    let mut conn = db::open_in_memory().unwrap();
    let blank = cme::add_credit(&mut conn, &draft(date(2025, 5, 1), "   ", 1.0), now());
    assert_eq!(message(blank.unwrap_err()), "The title is required");
    let long = "x".repeat(301);
    let too_long = cme::add_credit(&mut conn, &draft(date(2025, 5, 1), &long, 1.0), now());
    assert!(message(too_long.unwrap_err()).contains("too long"));
}

#[test]
fn a_credit_cannot_name_an_event_that_does_not_exist() {
    let mut conn = db::open_in_memory().unwrap();
    let mut linked = draft(date(2025, 5, 1), "Course", 1.0);
    linked.event_id = Some(42);
    let refused = cme::add_credit(&mut conn, &linked, now()).unwrap_err();
    assert!(matches!(
        refused,
        CmeError::NotFound {
            what: "event",
            id: 42
        }
    ));
    assert_eq!(refused.to_string(), "there is no event with id 42");
}

#[test]
fn editing_a_credit_replaces_its_fields_and_topics_and_keeps_its_certificates() {
    let mut conn = db::open_in_memory().unwrap();
    let mut first = draft(date(2025, 5, 1), "Course", 1.0);
    first.topics = vec!["pain".into()];
    let stored = cme::add_credit(&mut conn, &first, now()).unwrap();
    cme::attach_certificate(&mut conn, stored.id, "cert.pdf", b"%PDF-1.7 ...", now()).unwrap();

    let mut changed = draft(date(2025, 5, 2), "Course, day 2", 2.5);
    changed.credit_type = CreditType::Aoa1a;
    changed.topics = vec!["implicit bias".into()];
    let updated = cme::update_credit(&mut conn, stored.id, &changed).unwrap();

    assert_eq!(updated.earned_on, date(2025, 5, 2));
    assert_eq!(updated.title, "Course, day 2");
    assert_eq!(updated.credit_type, CreditType::Aoa1a);
    assert_eq!(updated.topics, ["implicit_bias"]);
    assert_eq!(updated.certificates.len(), 1);
    assert_eq!(cme::credit(&conn, stored.id).unwrap(), updated);
}

#[test]
fn deleting_a_credit_deletes_its_certificates() {
    let mut conn = db::open_in_memory().unwrap();
    let stored =
        cme::add_credit(&mut conn, &draft(date(2025, 5, 1), "Course", 1.0), now()).unwrap();
    let certificate =
        cme::attach_certificate(&mut conn, stored.id, "cert.pdf", b"%PDF-1.4", now()).unwrap();

    cme::delete_credit(&mut conn, stored.id).unwrap();

    assert!(matches!(
        cme::credit(&conn, stored.id),
        Err(CmeError::NotFound { what: "credit", .. })
    ));
    assert!(matches!(
        cme::certificate(&conn, certificate.id),
        Err(CmeError::NotFound {
            what: "certificate",
            ..
        })
    ));
    assert!(matches!(
        cme::delete_credit(&mut conn, stored.id),
        Err(CmeError::NotFound { what: "credit", .. })
    ));
}

#[test]
fn editing_a_credit_that_is_gone_says_so() {
    let mut conn = db::open_in_memory().unwrap();
    let missing = cme::update_credit(&mut conn, 7, &draft(date(2025, 5, 1), "Course", 1.0));
    assert_eq!(
        missing.unwrap_err().to_string(),
        "there is no credit with id 7"
    );
}

#[test]
fn credit_types_have_names_for_people_and_for_storage() {
    assert_eq!(CreditType::AmaPra1.label(), "AMA PRA Category 1 Credit™");
    assert_eq!(CreditType::AmaPra1.short_label(), "AMA PRA Category 1");
    assert_eq!(CreditType::Aoa2b.label(), "AOA Category 2-B");
    assert_eq!("aoa_1a".parse::<CreditType>().unwrap(), CreditType::Aoa1a);
    assert_eq!(CreditType::Aoa1a.as_str(), "aoa_1a");
    assert_eq!(
        cme::topic_label("substance_use_disorder"),
        "Substance-use disorder (MATE Act)"
    );
    assert_eq!(cme::topic_label("Wound care"), "Wound care");
}
