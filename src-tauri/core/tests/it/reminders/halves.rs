//! The reminders read and evaluated in two halves on two connections
//! (`reminders::due_with`, what the app and the CLI call) are exactly the
//! reminders one evaluation on one connection returns, in the same order,
//! over the benchmark's generated book (every kind, the user's past
//! actions), at several instants, windows, zones and settings.

use std::collections::BTreeSet;

use crate::support::bench_data::reminder_data::load::{BROAD_TAG, TAG_CADENCE_DAYS};
use crate::support::bench_data::reminder_data::{self, days, now, ReminderSize};
use curbside_core::cme::{self, CycleDraft, CycleKind};
use curbside_core::db::{self, Connection};
use curbside_core::keys::DataKey;
use curbside_core::reminders::{self, Cadence, CadenceTarget, Reminder, ReminderKind};
use curbside_core::vault;
use jiff::civil::date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// The smallest generated book with its reminder load, in an encrypted
/// file, and a second read-only connection to it.
struct Book {
    conn: Connection,
    reader: Connection,
    _dir: tempfile::TempDir,
}

fn book() -> Book {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curbside.db");
    let key = DataKey::generate().unwrap();
    let mut conn = vault::open_database(&path, &key, true).unwrap();
    reminder_data::build(&mut conn, ReminderSize::SMOKE).unwrap();
    // A license renewal in a few weeks, far from its 500 hours.
    let renewal = CycleDraft {
        name: "Ontario licence 2024–2026".into(),
        kind: CycleKind::License,
        authority: "CPSO".into(),
        starts_on: date(2024, 7, 1),
        ends_on: date(2026, 6, 30),
        total_hours: 500.0,
        total_types: Vec::new(),
        type_minimums: Vec::new(),
        topic_minimums: Vec::new(),
        notes: String::new(),
    };
    cme::add_cycle(&mut conn, &renewal).unwrap();
    let mut settings = reminders::settings(&conn).unwrap();
    settings.weekly_review.enabled = true;
    reminders::save_settings(&mut conn, &settings).unwrap();
    let reader = db::open_reader(&path, &key).unwrap();
    Book {
        conn,
        reader,
        _dir: dir,
    }
}

fn on_one(book: &Book, at: Timestamp, zone: &TimeZone, window: SignedDuration) -> Vec<Reminder> {
    reminders::due(&book.conn, at, zone, window).unwrap()
}

fn in_halves(
    book: &mut Book,
    at: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Vec<Reminder> {
    reminders::due_with(&book.conn, Some(&mut book.reader), at, zone, window).unwrap()
}

fn kinds(found: &[Reminder]) -> BTreeSet<&'static str> {
    found.iter().map(|r| r.kind.as_str()).collect()
}

#[test]
fn two_halves_return_what_one_evaluation_returns() {
    let mut book = book();
    let zones = [
        TimeZone::get("Europe/Berlin").unwrap(),
        TimeZone::get("Asia/Tokyo").unwrap(),
    ];
    let mut seen = BTreeSet::new();
    for shift in [-20, 0, 3, 45] {
        let at = now().checked_add(days(shift)).unwrap();
        for zone in &zones {
            for window in [0, 1, 7, 30] {
                let one = on_one(&book, at, zone, days(window));
                let two = in_halves(&mut book, at, zone, days(window));
                assert!(
                    one == two,
                    "{at} {} {window} days: {} reminders on one connection, {} in halves",
                    zone.iana_name().unwrap_or_default(),
                    one.len(),
                    two.len()
                );
                seen.extend(kinds(&two));
            }
        }
    }
    // The networking workflows' kinds come from their own tables, which the
    // generated book does not fill (their sources' tests raise them).
    let every: BTreeSet<_> = ReminderKind::ALL
        .iter()
        .filter(|k| !k.is_dated())
        .map(|k| k.as_str())
        .collect();
    assert_eq!(seen, every, "the generated book should raise every kind");
}

#[test]
fn a_kind_turned_off_is_off_in_both_halves() {
    let mut book = book();
    let zone = TimeZone::get("Europe/Berlin").unwrap();
    let all = in_halves(&mut book, now(), &zone, days(7));
    for off in [ReminderKind::StayInTouch, ReminderKind::Birthday] {
        let mut settings = reminders::settings(&book.conn).unwrap();
        let on = |settings: &mut reminders::ReminderSettings, value: bool| match off {
            ReminderKind::StayInTouch => settings.stay_in_touch.enabled = value,
            _ => settings.birthday.enabled = value,
        };
        on(&mut settings, false);
        reminders::save_settings(&mut book.conn, &settings).unwrap();

        let found = in_halves(&mut book, now(), &zone, days(7));
        assert_eq!(found, on_one(&book, now(), &zone, days(7)));
        assert!(!kinds(&found).contains(off.as_str()), "{off:?} is off");
        let expected: Vec<_> = all.iter().filter(|r| r.kind != off).cloned().collect();
        assert_eq!(found, expected);

        on(&mut settings, true);
        reminders::save_settings(&mut book.conn, &settings).unwrap();
    }
}

/// How many stay-in-touch prompts `found` holds, and how many of them are
/// about a contact with an odd id (the second connection's half).
fn stay_in_touch(found: &[Reminder]) -> (usize, usize) {
    let prompts: Vec<_> = found
        .iter()
        .filter(|r| r.kind == ReminderKind::StayInTouch)
        .collect();
    let odd = prompts
        .iter()
        .filter(|r| r.subject.contact_id.is_some_and(|id| id % 2 == 1))
        .count();
    (prompts.len(), odd)
}

#[test]
fn a_cadence_on_a_tag_half_the_book_carries_gives_the_same_prompts_in_halves() {
    let mut book = book();
    let zone = TimeZone::get("Europe/Berlin").unwrap();
    let before = in_halves(&mut book, now(), &zone, days(7));
    let every = Cadence {
        days: TAG_CADENCE_DAYS,
    };
    reminders::set_cadence(
        &mut book.conn,
        &CadenceTarget::Tag(BROAD_TAG.into()),
        Some(every),
    )
    .unwrap();

    for window in [0, 7, 30] {
        let one = on_one(&book, now(), &zone, days(window));
        let two = in_halves(&mut book, now(), &zone, days(window));
        assert!(
            one == two,
            "{window} days: {} reminders on one connection, {} in halves",
            one.len(),
            two.len()
        );
    }
    let after = in_halves(&mut book, now(), &zone, days(7));
    let ((was, _), (now_due, odd)) = (stay_in_touch(&before), stay_in_touch(&after));
    assert!(
        now_due > was,
        "the broad tag's cadence adds prompts ({was} before, {now_due} after)"
    );
    assert!(
        odd > 0 && odd < now_due,
        "both halves' contacts have prompts ({odd} of {now_due} odd)"
    );
    let named = format!("for \"{BROAD_TAG}\")");
    assert!(
        after.iter().any(|r| r.reason.contains(&named)),
        "some prompts name the broad tag"
    );
    let others = |found: &[Reminder]| -> Vec<Reminder> {
        found
            .iter()
            .filter(|r| r.kind != ReminderKind::StayInTouch)
            .cloned()
            .collect()
    };
    assert_eq!(
        others(&after),
        others(&before),
        "only prompts to stay in touch change"
    );

    // The cadence cleared again in a transaction not yet committed: the
    // second connection still sees it, yet both halves apply the rules the
    // caller's connection reads.
    let tx = book.conn.unchecked_transaction().unwrap();
    tx.execute("DELETE FROM cadence_rules WHERE target = ?1", [BROAD_TAG])
        .unwrap();
    let one = reminders::due(&tx, now(), &zone, days(7)).unwrap();
    let two = reminders::due_with(&tx, Some(&mut book.reader), now(), &zone, days(7)).unwrap();
    assert!(
        one == two,
        "halves and one evaluation under an open transaction"
    );
    assert_eq!(stay_in_touch(&two).0, stay_in_touch(&before).0);
    tx.rollback().unwrap();
}

#[test]
fn the_second_connection_cannot_write() {
    let book = book();
    let refused = book
        .reader
        .execute("DELETE FROM reminder_states", [])
        .unwrap_err();
    assert!(
        refused.to_string().contains("readonly"),
        "unexpected error: {refused}"
    );
    let kept: i64 = book
        .conn
        .query_row("SELECT count(*) FROM reminder_states", [], |row| row.get(0))
        .unwrap();
    assert!(kept > 0);
}
