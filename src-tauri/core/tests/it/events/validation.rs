//! What the calendar refuses to store, and the message the user reads:
//! each names the field at fault and says what to write instead.

use crate::support::events::{all_day, db, now, repeating, timed};
use curbside_core::events::{self, DeadlineDraft, DeadlineKind, EventDraft, EventError};

/// The field and message `draft` is refused with.
fn refused(draft: &EventDraft) -> (&'static str, String) {
    let mut conn = db();
    match events::create(&mut conn, draft, now()) {
        Err(EventError::Invalid(invalid)) => (invalid.field, invalid.message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn valid() -> EventDraft {
    timed(
        "Grand rounds",
        "2026-03-04T07:30:00",
        "2026-03-04T08:30:00",
        "America/Chicago",
    )
}

#[test]
fn an_event_needs_a_title() {
    let mut draft = valid();
    draft.title = "   ".into();
    assert_eq!(
        refused(&draft),
        ("title", "The title is required".to_owned())
    );
    draft.title = "x".repeat(301);
    assert_eq!(refused(&draft).0, "title");
}

#[test]
fn an_event_must_end_after_it_starts() {
    let draft = timed(
        "Backwards",
        "2026-03-04T08:30:00",
        "2026-03-04T08:30:00",
        "UTC",
    );
    assert_eq!(
        refused(&draft),
        ("end", "The end must be after the start".to_owned())
    );
    let draft = all_day("Backwards", "2026-03-05", "2026-03-04");
    assert_eq!(
        refused(&draft),
        (
            "last_day",
            "The last day cannot be before the first day".to_owned()
        )
    );
}

#[test]
fn an_unknown_time_zone_is_refused_with_an_example() {
    let draft = timed(
        "Somewhere",
        "2026-03-04T08:30:00",
        "2026-03-04T09:30:00",
        "Europe/Atlantis",
    );
    let (field, message) = refused(&draft);
    assert_eq!(field, "time_zone");
    assert!(
        message.contains("Europe/Atlantis") && message.contains("Europe/Berlin"),
        "{message}"
    );
}

#[test]
fn expected_credits_must_be_a_number_of_hours() {
    for credits in [-1.0, f64::NAN, f64::INFINITY, 5_000.0] {
        let mut draft = valid();
        draft.expected_credits = Some(credits);
        assert_eq!(refused(&draft).0, "expected_credits", "{credits}");
    }
}

#[test]
fn a_repeat_rule_must_be_a_valid_rrule_value() {
    for rule in [
        "FREQ=FORTNIGHTLY",
        "FREQ=WEEKLY\nEXDATE:20260311T073000",
        "FREQ=DAILY;UNTIL=soon",
    ] {
        let (field, message) = refused(&repeating(valid(), rule));
        assert_eq!(field, "recurrence", "{rule}: {message}");
    }
    let (_, message) = refused(&repeating(valid(), "FREQ=FORTNIGHTLY"));
    assert!(
        message.contains("FORTNIGHTLY` is not a valid frequency"),
        "{message}"
    );
    let (_, message) = refused(&repeating(valid(), "FREQ=WEEKLY;UNTIL=20250101T000000Z"));
    assert_eq!(
        message,
        "The repeat rule ends (UNTIL) before the event starts"
    );
    let (_, message) = refused(&repeating(valid(), "FREQ=MINUTELY"));
    assert!(
        message.starts_with("Events repeat at most every hour"),
        "{message}"
    );
}

#[test]
fn long_notes_links_and_removed_occurrences_in_the_wrong_form_are_refused() {
    let mut draft = valid();
    draft.notes = "n".repeat(100_001);
    assert_eq!(refused(&draft).0, "notes");
    let mut draft = valid();
    draft.url = format!("https://example.org/{}", "a".repeat(2_100));
    assert_eq!(refused(&draft).0, "url");
    let mut draft = repeating(valid(), "FREQ=WEEKLY");
    draft.excluded = vec!["the week after".into()];
    assert_eq!(refused(&draft).0, "excluded");
}

#[test]
fn a_refused_update_leaves_the_event_as_it_was() {
    let mut conn = db();
    let event = events::create(&mut conn, &valid(), now()).unwrap();
    let mut bad = valid();
    bad.title = String::new();
    assert!(events::update(&mut conn, event.id, &bad, now()).is_err());
    assert_eq!(events::get(&conn, event.id).unwrap(), event);
    assert!(matches!(
        events::update(&mut conn, 999, &valid(), now()),
        Err(EventError::NotFound(999))
    ));
}

#[test]
fn a_deadline_needs_a_zone_curbside_knows() {
    let mut conn = db();
    let event = events::create(&mut conn, &valid(), now()).unwrap();
    for zone in ["", "Mars/Olympus"] {
        let draft = DeadlineDraft {
            kind: DeadlineKind::Abstract,
            label: "Abstracts".into(),
            due_local: "2026-03-01T23:59:00".parse().unwrap(),
            time_zone: zone.into(),
            done: false,
        };
        match events::add_deadline(&mut conn, event.id, &draft) {
            Err(EventError::Invalid(invalid)) => {
                assert_eq!(invalid.field, "time_zone");
                assert!(invalid.message.contains("AoE"), "{}", invalid.message);
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}
