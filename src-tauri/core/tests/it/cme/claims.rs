//! "Claim your credits": an attended event that promised credits is listed
//! once it is over, until a credit entry names it.

use curbside_core::cme::{self, CreditDraft, CreditType};
use curbside_core::db::{self, Connection};
use jiff::civil::date;
use jiff::Timestamp;
use rusqlite::params;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// An event written straight into its table, as the events store would.
struct Event<'a> {
    title: &'a str,
    status: &'a str,
    all_day: bool,
    ends_local: &'a str,
    time_zone: &'a str,
    expected_credits: Option<f64>,
}

impl Event<'_> {
    fn insert(&self, conn: &Connection) -> i64 {
        let starts_local = if self.all_day {
            "2026-01-01"
        } else {
            "2026-01-01T08:00:00"
        };
        conn.execute(
            "INSERT INTO events (uid, title, all_day, starts_local, ends_local, time_zone,
                                 expected_credits, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            params![
                format!("{}@test", self.title),
                self.title,
                self.all_day,
                starts_local,
                self.ends_local,
                self.time_zone,
                self.expected_credits,
                self.status,
            ],
        )
        .unwrap();
        conn.last_insert_rowid()
    }
}

fn attended<'a>(
    title: &'a str,
    ends_local: &'a str,
    time_zone: &'a str,
    credits: f64,
) -> Event<'a> {
    Event {
        title,
        status: "attended",
        all_day: false,
        ends_local,
        time_zone,
        expected_credits: Some(credits),
    }
}

fn titles(conn: &Connection, now: Timestamp) -> Vec<String> {
    cme::claimable(conn, now)
        .unwrap()
        .into_iter()
        .map(|claim| claim.title)
        .collect()
}

#[test]
fn an_attended_event_is_claimable_until_a_credit_names_it() {
    let mut conn = db::open_in_memory().unwrap();
    let id = attended("ACC.26", "2026-03-30T17:00:00", "America/New_York", 21.5).insert(&conn);
    let now = at("2026-04-02T12:00:00Z");

    let claims = cme::claimable(&conn, now).unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].event_id, id);
    assert_eq!(claims[0].title, "ACC.26");
    assert_eq!(claims[0].expected_credits, 21.5);
    assert_eq!(claims[0].ended_at, at("2026-03-30T21:00:00Z"));

    let credit = CreditDraft {
        earned_on: date(2026, 3, 30),
        title: "ACC.26".into(),
        provider: "American College of Cardiology".into(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours: 18.0,
        topics: Vec::new(),
        event_id: Some(id),
        notes: String::new(),
    };
    cme::add_credit(&mut conn, &credit, now).unwrap();
    assert!(cme::claimable(&conn, now).unwrap().is_empty());
}

#[test]
fn an_event_is_not_claimable_before_it_ends_in_its_own_zone() {
    let conn = db::open_in_memory().unwrap();
    attended("Grand rounds", "2026-03-30T18:00:00", "Asia/Tokyo", 1.0).insert(&conn);

    // 18:00 in Tokyo is 09:00 UTC.
    assert!(titles(&conn, at("2026-03-30T08:59:00Z")).is_empty());
    assert_eq!(titles(&conn, at("2026-03-30T09:01:00Z")), ["Grand rounds"]);
}

#[test]
fn an_all_day_event_is_claimable_from_the_day_after_its_last_day() {
    let conn = db::open_in_memory().unwrap();
    Event {
        all_day: true,
        ..attended("ESC Congress", "2026-08-31", "", 25.0)
    }
    .insert(&conn);

    assert!(titles(&conn, at("2026-08-31T23:00:00Z")).is_empty());
    assert_eq!(titles(&conn, at("2026-09-01T00:30:00Z")), ["ESC Congress"]);
}

#[test]
fn skipped_future_and_creditless_events_are_not_claimable() {
    let conn = db::open_in_memory().unwrap();
    Event {
        status: "skipped",
        ..attended("Skipped", "2026-01-10T17:00:00", "Europe/Paris", 5.0)
    }
    .insert(&conn);
    Event {
        status: "registered",
        ..attended("Registered", "2026-01-10T17:00:00", "Europe/Paris", 5.0)
    }
    .insert(&conn);
    attended("Next month", "2026-05-10T17:00:00", "Europe/Paris", 5.0).insert(&conn);
    attended("No credits", "2026-01-10T17:00:00", "Europe/Paris", 0.0).insert(&conn);
    Event {
        expected_credits: None,
        ..attended(
            "Unknown credits",
            "2026-01-10T17:00:00",
            "Europe/Paris",
            0.0,
        )
    }
    .insert(&conn);

    assert!(titles(&conn, at("2026-04-01T00:00:00Z")).is_empty());
}

#[test]
fn the_most_recently_ended_event_comes_first() {
    let conn = db::open_in_memory().unwrap();
    attended("January", "2026-01-20T17:00:00", "", 3.0).insert(&conn);
    attended("March", "2026-03-20T17:00:00", "Europe/Berlin", 3.0).insert(&conn);
    attended("February", "2026-02-20T17:00:00", "America/Chicago", 3.0).insert(&conn);

    assert_eq!(
        titles(&conn, at("2026-04-01T00:00:00Z")),
        ["March", "February", "January"]
    );
}
