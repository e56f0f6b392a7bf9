//! Properties of the reminder engine over generated books (people with
//! birthdays, cadences, meetings, milestones and jobs; reminders of the
//! user's own), stored and evaluated as the app does: what the user does
//! with a reminder holds, whatever the book and the instant.

use std::collections::HashSet;

use crate::support::reminders::*;
use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::interactions::InteractionKind;
use curbside_core::organizations::{self, AffiliationDraft, AffiliationKind};
use curbside_core::reminders::{
    self, Cadence, CadenceTarget, CustomReminderDraft, MilestoneDraft, Reminder, ReminderKind,
};
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use rusqlite::Connection;

/// The first day of a generated book; everything is dated in days after it.
const START: &str = "2026-01-01T00:00:00Z";

fn day(offset: i64, minute: i64) -> Timestamp {
    at(START)
        .checked_add(SignedDuration::from_mins(offset * 24 * 60 + minute))
        .unwrap()
}

/// One generated person.
#[derive(Debug, Clone)]
struct Plan {
    added: i64,
    birthday: Option<(i8, i8)>,
    cadence: Option<u32>,
    /// Meetings, calls and emails: (day, 0 meeting | 1 call | 2 email).
    touches: Vec<(i64, u8)>,
    milestone: Option<i64>,
    /// A current job's start: (years before 2026, month, day).
    job: Option<(i16, i8, i8)>,
    /// A reminder of the user's own about them: (day, weekly).
    custom: Option<(i64, bool)>,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        0i64..40,
        proptest::option::of((1i8..=12, 1i8..=28)),
        proptest::option::of(1u32..=45),
        proptest::collection::vec((0i64..150, 0u8..3), 0..4),
        proptest::option::of(0i64..150),
        proptest::option::of((0i16..15, 1i8..=12, 1i8..=28)),
        proptest::option::of((0i64..150, any::<bool>())),
    )
        .prop_map(
            |(added, birthday, cadence, touches, milestone, job, custom)| Plan {
                added,
                birthday,
                cadence,
                touches,
                milestone,
                job,
                custom,
            },
        )
}

/// A generated book and an instant to evaluate it at.
#[derive(Debug, Clone)]
struct Book {
    people: Vec<Plan>,
    now: Timestamp,
    /// Which reminder of the answer at `now` to act on (modulo its length).
    pick: usize,
}

fn book() -> impl Strategy<Value = Book> {
    (
        proptest::collection::vec(plan(), 1..5),
        60i64..170,
        0i64..(24 * 60),
        any::<usize>(),
    )
        .prop_map(|(people, now_day, minute, pick)| Book {
            people,
            now: day(now_day, minute),
            pick,
        })
}

/// Stores `book`'s people; everything dated after `now` is left out (it
/// has not happened yet).
fn store(conn: &mut Connection, book: &Book) -> Vec<ContactId> {
    let mut ids = Vec::new();
    for (n, plan) in book.people.iter().enumerate() {
        let added = day(plan.added, 600).min(book.now);
        let draft = ContactDraft {
            display_name: format!("Dr. Person {n}"),
            birthday: plan
                .birthday
                .map(|(month, dom)| format!("19{:02}-{month:02}-{dom:02}", 50 + n))
                .unwrap_or_default(),
            ..Default::default()
        };
        let id = contacts::create(conn, &draft, added).unwrap().id;
        ids.push(id);
        if let Some(days) = plan.cadence {
            reminders::set_cadence(conn, &CadenceTarget::Contact(id), Some(Cadence { days }))
                .unwrap();
        }
        for &(when, kind) in &plan.touches {
            let when = day(plan.added + when, 630);
            if when > book.now {
                continue;
            }
            let kind = [
                InteractionKind::Meeting,
                InteractionKind::Call,
                InteractionKind::Email,
            ][usize::from(kind)];
            log(conn, id, kind, &when.to_string(), "Talked about the trial");
        }
        if let Some(when) = plan.milestone {
            let when = day(when, 0);
            if when <= book.now {
                let draft = MilestoneDraft {
                    contact_id: id,
                    kind: "promotion".into(),
                    on: Some(jiff::tz::TimeZone::UTC.to_datetime(when).date()),
                    note: String::new(),
                };
                reminders::add_milestone(conn, &draft, when).unwrap();
            }
        }
        if let Some((years, month, dom)) = plan.job {
            let draft = AffiliationDraft {
                organization: "Charité".into(),
                kind: AffiliationKind::Job,
                role: String::new(),
                starts_on: Some(format!("{:04}-{month:02}-{dom:02}", 2025 - years)),
                ends_on: None,
            };
            organizations::add(conn, id, &draft).unwrap();
        }
        if let Some((when, weekly)) = plan.custom {
            let draft = CustomReminderDraft {
                title: format!("Send Dr. Person {n} the paper"),
                note: String::new(),
                contact_id: Some(id),
                event_id: None,
                at: jiff::tz::TimeZone::UTC.to_datetime(day(when, 9 * 60)),
                time_zone: String::new(),
                recurrence: if weekly {
                    "FREQ=WEEKLY".into()
                } else {
                    String::new()
                },
            };
            reminders::add_custom(conn, &draft, day(0, 0)).unwrap();
        }
    }
    ids
}

fn due_at(conn: &Connection, now: Timestamp, window: SignedDuration) -> Vec<Reminder> {
    reminders::due(conn, now, &zone("Europe/Berlin"), window).unwrap()
}

fn hours(hours: i64) -> SignedDuration {
    SignedDuration::from_hours(hours)
}

/// The instants after `from` a property is checked at, up to `until`:
/// the next minute, every few hours for two days, then daily.
fn checks(from: Timestamp, until: Timestamp) -> Vec<Timestamp> {
    let mut all = vec![from.checked_add(SignedDuration::from_mins(1)).unwrap()];
    all.extend((1..=16).map(|n| from.checked_add(hours(3 * n)).unwrap()));
    all.extend((3..=60).map(|n| from.checked_add(days(n)).unwrap()));
    all.into_iter().filter(|t| *t < until).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn each_id_appears_once_in_one_answer_oldest_first(book in book()) {
        let mut conn = db();
        store(&mut conn, &book);
        for window in [hours(0), days(1), days(7), days(30)] {
            let found = due_at(&conn, book.now, window);
            let unique: HashSet<&str> = found.iter().map(|r| r.id.as_str()).collect();
            prop_assert_eq!(unique.len(), found.len(), "{:?}", ids(&found));
            prop_assert!(found.windows(2).all(|pair| (pair[0].due_at, &pair[0].id) <= (pair[1].due_at, &pair[1].id)));
            prop_assert!(found.iter().all(|r| r.due_at <= book.now.checked_add(window).unwrap()));
        }
    }

    #[test]
    fn a_dismissed_prompt_does_not_come_back_and_stay_in_touch_waits_one_cadence(book in book()) {
        let mut conn = db();
        store(&mut conn, &book);
        let found = due_at(&conn, book.now, hours(0));
        prop_assume!(!found.is_empty());
        let dismissed = found[book.pick % found.len()].clone();
        reminders::dismiss(&mut conn, &dismissed.id, book.now).unwrap();
        let cadence = dismissed.subject.contact_id.filter(|_| dismissed.kind == ReminderKind::StayInTouch).map(|contact| {
            let every = reminders::cadence_of(&conn, contact).unwrap().holds.unwrap().every.days;
            (contact, book.now.checked_add(days(i64::from(every) - 1)).unwrap())
        });
        for t in checks(book.now, book.now.checked_add(days(60)).unwrap()) {
            let later = due_at(&conn, t, hours(0));
            prop_assert!(later.iter().all(|r| r.id != dismissed.id), "{} back at {t}", dismissed.id);
            if let Some((contact, not_before)) = cadence {
                if t < not_before {
                    prop_assert!(
                        !later.iter().any(|r| r.kind == ReminderKind::StayInTouch && r.subject.contact_id == Some(contact)),
                        "a stay-in-touch prompt for contact {contact} at {t}, dismissed at {}", book.now
                    );
                }
            }
        }
    }

    #[test]
    fn a_snoozed_reminder_is_not_raised_before_its_snooze_ends(book in book(), snooze_hours in 1i64..(24 * 20)) {
        let mut conn = db();
        store(&mut conn, &book);
        let found = due_at(&conn, book.now, days(7));
        prop_assume!(!found.is_empty());
        let snoozed = found[book.pick % found.len()].clone();
        let until = snoozed.due_at.max(book.now).checked_add(hours(snooze_hours)).unwrap();
        reminders::snooze(&mut conn, &snoozed.id, until, book.now).unwrap();
        let person = snoozed.subject.contact_id.filter(|_| snoozed.kind == ReminderKind::StayInTouch);
        for t in checks(book.now, until) {
            let overdue = due_at(&conn, t, hours(0));
            prop_assert!(overdue.iter().all(|r| r.id != snoozed.id), "{} raised at {t}, snoozed until {until}", snoozed.id);
            if let Some(contact) = person {
                prop_assert!(!overdue.iter().any(|r| r.kind == ReminderKind::StayInTouch && r.subject.contact_id == Some(contact)));
            }
        }
        let back = due_at(&conn, until, hours(0));
        let back = back.iter().find(|r| r.id == snoozed.id);
        if let Some(back) = back {
            prop_assert_eq!(back.due_at, until);
        }
    }

    #[test]
    fn deleting_a_subject_leaves_no_reminder_and_no_record_for_it(book in book()) {
        let mut conn = db();
        let people = store(&mut conn, &book);
        let found = due_at(&conn, book.now, days(7));
        for reminder in &found {
            reminders::mark_shown(&mut conn, std::slice::from_ref(&reminder.id), book.now).unwrap();
        }
        if let Some(first) = found.first() {
            reminders::dismiss(&mut conn, &first.id, book.now).unwrap();
        }
        let gone = people[book.pick % people.len()];
        contacts::delete(&mut conn, gone).unwrap();
        for t in [book.now, book.now.checked_add(days(3)).unwrap(), book.now.checked_add(days(40)).unwrap()] {
            let after = due_at(&conn, t, days(7));
            prop_assert!(after.iter().all(|r| r.subject.contact_id != Some(gone)));
        }
        let left: Vec<String> = conn
            .prepare("SELECT reminder_id FROM reminder_states UNION ALL SELECT reminder_id FROM reminders_shown")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        // A reminder of the user's own outlives the person it was about.
        let about_gone = |id: &str| {
            found.iter().any(|r| r.id == id && r.kind != ReminderKind::Custom && r.subject.contact_id == Some(gone))
        };
        prop_assert!(!left.iter().any(|id| about_gone(id)), "{left:?}");
    }
}
