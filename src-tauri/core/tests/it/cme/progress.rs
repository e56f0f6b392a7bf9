//! Cycles and where they stand: one credit counts toward every cycle it falls
//! in (first and last day included, nothing after the day measured on),
//! totals and topics can be limited to credit types, a cycle is complete only
//! when every requirement is met and says which are not, and the countdown
//! runs to the cycle's last day.

use curbside_core::cme::{
    self, CmeError, CreditDraft, CreditType, CycleDraft, CycleKind, CycleProgress, HoursLine,
    Minimum, Requirement, Shortfall,
};
use curbside_core::db::{self, Connection};
use jiff::civil::{date, Date};
use jiff::Timestamp;

fn now() -> Timestamp {
    "2026-02-01T09:00:00Z".parse().unwrap()
}

fn cycle(name: &str, starts_on: Date, ends_on: Date, total_hours: f64) -> CycleDraft {
    CycleDraft {
        name: name.to_owned(),
        kind: CycleKind::License,
        authority: String::new(),
        starts_on,
        ends_on,
        total_hours,
        total_types: Vec::new(),
        type_minimums: Vec::new(),
        topic_minimums: Vec::new(),
        notes: String::new(),
    }
}

fn minimum(key: &str, hours: f64) -> Minimum {
    Minimum {
        key: key.to_owned(),
        hours,
    }
}

fn earn(conn: &mut Connection, on: Date, kind: CreditType, hours: f64, topics: &[&str]) {
    let draft = CreditDraft {
        earned_on: on,
        title: format!("Course on {on}"),
        provider: String::new(),
        credit_type: kind,
        type_label: if kind == CreditType::Other {
            "MOC Part II".into()
        } else {
            String::new()
        },
        hours,
        topics: topics.iter().map(|topic| topic.to_string()).collect(),
        event_id: None,
        notes: String::new(),
    };
    cme::add_credit(conn, &draft, now()).unwrap();
}

fn line<'a>(lines: &'a [HoursLine], key: &str) -> &'a HoursLine {
    lines
        .iter()
        .find(|line| line.key == key)
        .unwrap_or_else(|| panic!("no line for {key} in {lines:#?}"))
}

fn hours(line: &HoursLine) -> (f64, f64, f64) {
    (line.required, line.earned, line.missing)
}

fn refusal(error: CmeError) -> String {
    match error {
        CmeError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal with a message, got {other:?}"),
    }
}

#[test]
fn one_credit_counts_in_both_overlapping_cycles_and_a_credit_outside_counts_in_neither() {
    let mut conn = db::open_in_memory().unwrap();
    let california = cme::add_cycle(
        &mut conn,
        &cycle("California", date(2024, 2, 1), date(2026, 1, 31), 50.0),
    )
    .unwrap();
    let board = cme::add_cycle(
        &mut conn,
        &cycle("ABIM", date(2025, 1, 1), date(2026, 12, 31), 100.0),
    )
    .unwrap();
    earn(&mut conn, date(2025, 6, 1), CreditType::AmaPra1, 10.0, &[]);
    earn(&mut conn, date(2024, 3, 1), CreditType::AmaPra1, 4.0, &[]);
    earn(
        &mut conn,
        date(2023, 12, 31),
        CreditType::AmaPra1,
        99.0,
        &[],
    );

    let today = date(2025, 7, 1);
    let california = cme::report(&conn, california.id, today).unwrap();
    let board = cme::report(&conn, board.id, today).unwrap();

    assert_eq!(hours(&california.total), (50.0, 14.0, 36.0));
    assert_eq!(hours(&board.total), (100.0, 10.0, 90.0));
    assert_eq!(california.credits.len(), 2);
    assert_eq!(board.credits.len(), 1);

    // Every cycle at once counts the same, the one ending soonest first.
    let all = cme::status(&conn, today).unwrap();
    let totals: Vec<_> = all.iter().map(|cycle| hours(&cycle.total)).collect();
    assert_eq!(totals, [(50.0, 14.0, 36.0), (100.0, 10.0, 90.0)]);
}

#[test]
fn credits_on_a_cycles_first_and_last_day_count() {
    let mut conn = db::open_in_memory().unwrap();
    let id = cme::add_cycle(
        &mut conn,
        &cycle("Texas", date(2025, 1, 1), date(2025, 12, 31), 2.0),
    )
    .unwrap()
    .id;
    earn(&mut conn, date(2025, 1, 1), CreditType::AmaPra1, 1.0, &[]);
    earn(&mut conn, date(2025, 12, 31), CreditType::AmaPra1, 1.0, &[]);
    earn(&mut conn, date(2026, 1, 1), CreditType::AmaPra1, 1.0, &[]);

    // Measured after the cycle ended, when every credit in it is earned.
    let progress = cme::report(&conn, id, date(2026, 2, 1)).unwrap();

    assert_eq!(progress.total.earned, 2.0);
    let days: Vec<Date> = progress.credits.iter().map(|c| c.earned_on).collect();
    assert_eq!(days, [date(2025, 1, 1), date(2025, 12, 31)]);
}

#[test]
fn a_total_limited_to_category_1_ignores_other_credit_types() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("New York", date(2025, 1, 1), date(2027, 12, 31), 40.0);
    draft.total_types = vec![CreditType::AmaPra1, CreditType::Aoa1a];
    draft.type_minimums = vec![minimum("ama_pra_1", 20.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(&mut conn, date(2025, 3, 1), CreditType::AmaPra1, 12.5, &[]);
    earn(&mut conn, date(2025, 4, 1), CreditType::Aoa1a, 5.0, &[]);
    earn(&mut conn, date(2025, 5, 1), CreditType::AmaPra2, 30.0, &[]);

    let progress = cme::progress(&conn, id, date(2025, 6, 1)).unwrap();

    assert_eq!(hours(&progress.total), (40.0, 17.5, 22.5));
    assert_eq!(
        progress.total.label,
        "Total (AMA PRA Category 1, AOA Category 1-A)"
    );
    let category_1 = line(&progress.by_type, "ama_pra_1");
    assert_eq!(category_1.label, "AMA PRA Category 1");
    assert_eq!(hours(category_1), (20.0, 12.5, 7.5));
    assert_eq!(
        hours(line(&progress.by_type, "ama_pra_2")),
        (0.0, 30.0, 0.0)
    );
    let keys: Vec<&str> = progress.by_type.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["ama_pra_1", "ama_pra_2", "aoa_1a"]);
    assert!(!progress.complete);
}

#[test]
fn a_topic_minimum_shows_what_is_still_missing() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("Florida", date(2025, 2, 1), date(2027, 1, 31), 0.0);
    draft.topic_minimums = vec![
        minimum("opioids", 2.0),
        minimum("ethics", 1.0),
        minimum("implicit_bias", 1.0),
    ];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(
        &mut conn,
        date(2025, 3, 1),
        CreditType::AmaPra1,
        1.5,
        &["opioids", "pain"],
    );
    earn(
        &mut conn,
        date(2025, 4, 1),
        CreditType::AmaPra1,
        1.0,
        &["ethics"],
    );

    let progress = cme::progress(&conn, id, date(2025, 6, 1)).unwrap();

    let opioids = line(&progress.by_topic, "opioids");
    assert_eq!(opioids.label, "Opioids / controlled substances");
    assert_eq!(hours(opioids), (2.0, 1.5, 0.5));
    assert_eq!(hours(line(&progress.by_topic, "ethics")), (1.0, 1.0, 0.0));
    assert_eq!(
        hours(line(&progress.by_topic, "implicit_bias")),
        (1.0, 0.0, 1.0)
    );
    // A credit with two topics counts toward both.
    assert_eq!(hours(line(&progress.by_topic, "pain")), (0.0, 1.5, 0.0));
    let keys: Vec<&str> = progress.by_topic.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["opioids", "ethics", "pain", "implicit_bias"]);
    assert!(!progress.complete);
}

#[test]
fn a_cycle_is_complete_once_nothing_is_missing_and_counts_down_to_its_last_day() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("Ohio", date(2025, 1, 1), date(2025, 12, 31), 3.0);
    draft.topic_minimums = vec![minimum("ethics", 1.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(&mut conn, date(2025, 2, 1), CreditType::AmaPra1, 2.0, &[]);

    let before = cme::progress(&conn, id, date(2025, 12, 1)).unwrap();
    assert_eq!(before.days_left, 30);
    assert!(!before.complete);

    earn(
        &mut conn,
        date(2025, 3, 1),
        CreditType::Other,
        1.0,
        &["Ethics"],
    );
    let after = cme::progress(&conn, id, date(2025, 12, 31)).unwrap();
    assert_eq!(after.days_left, 0);
    assert!(after.complete);
    assert_eq!(hours(&after.total), (3.0, 3.0, 0.0));
    assert_eq!(line(&after.by_type, "other").label, "Other");

    let ended = cme::progress(&conn, id, date(2026, 1, 10)).unwrap();
    assert_eq!(ended.days_left, -10);
}

#[test]
fn decimal_hours_add_up_without_float_noise() {
    let mut conn = db::open_in_memory().unwrap();
    let id = cme::add_cycle(
        &mut conn,
        &cycle("Oregon", date(2025, 1, 1), date(2025, 12, 31), 0.6),
    )
    .unwrap()
    .id;
    for day in 1..=3 {
        earn(&mut conn, date(2025, 1, day), CreditType::AmaPra1, 0.1, &[]);
    }
    earn(&mut conn, date(2025, 1, 9), CreditType::AmaPra1, 0.2, &[]);

    let progress = cme::progress(&conn, id, date(2025, 6, 1)).unwrap();

    assert_eq!(hours(&progress.total), (0.6, 0.5, 0.1));
}

#[test]
fn status_lists_every_cycle_ending_soonest_first() {
    let mut conn = db::open_in_memory().unwrap();
    for (name, end) in [
        ("Board", date(2028, 12, 31)),
        ("Texas", date(2026, 8, 31)),
        ("Arizona", date(2026, 8, 31)),
    ] {
        cme::add_cycle(&mut conn, &cycle(name, date(2024, 1, 1), end, 10.0)).unwrap();
    }

    let names = |all: Vec<CycleProgress>| -> Vec<String> {
        all.into_iter().map(|p| p.cycle.name).collect()
    };
    assert_eq!(
        names(cme::status(&conn, date(2025, 1, 1)).unwrap()),
        ["Arizona", "Texas", "Board"]
    );
    let listed: Vec<String> = cme::cycles(&conn)
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(listed, ["Arizona", "Texas", "Board"]);
}

#[test]
fn a_cycle_comes_back_as_written_and_can_be_changed_and_deleted() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle(" ABIM MOC ", date(2024, 1, 1), date(2028, 12, 31), 100.0);
    draft.kind = CycleKind::Board;
    draft.authority = "ABIM".into();
    draft.total_types = vec![CreditType::Aoa1a, CreditType::AmaPra1, CreditType::AmaPra1];
    draft.type_minimums = vec![minimum("aoa_1a", 5.0), minimum("ama_pra_1", 50.0)];
    draft.topic_minimums = vec![minimum("Pain management", 2.0)];
    let stored = cme::add_cycle(&mut conn, &draft).unwrap();

    assert_eq!(stored.name, "ABIM MOC");
    assert_eq!(stored.total_types, [CreditType::AmaPra1, CreditType::Aoa1a]);
    assert_eq!(
        stored.type_minimums,
        [minimum("ama_pra_1", 50.0), minimum("aoa_1a", 5.0)]
    );
    assert_eq!(stored.topic_minimums, [minimum("pain", 2.0)]);
    assert_eq!(cme::cycles(&conn).unwrap(), std::slice::from_ref(&stored));

    draft.total_types.clear();
    draft.topic_minimums.clear();
    let changed = cme::update_cycle(&mut conn, stored.id, &draft).unwrap();
    assert!(changed.total_types.is_empty());
    assert!(changed.topic_minimums.is_empty());

    earn(&mut conn, date(2025, 1, 1), CreditType::AmaPra1, 1.0, &[]);
    cme::delete_cycle(&mut conn, stored.id).unwrap();
    assert!(cme::cycles(&conn).unwrap().is_empty());
    assert_eq!(cme::credits(&conn, None, None).unwrap().len(), 1);
    assert!(matches!(
        cme::progress(&conn, stored.id, date(2025, 1, 1)),
        Err(CmeError::NotFound { what: "cycle", .. })
    ));
}

#[test]
fn a_cycle_that_ends_before_it_starts_is_refused() {
    let mut conn = db::open_in_memory().unwrap();
    let backwards = cycle("Texas", date(2026, 1, 1), date(2025, 12, 31), 10.0);
    let message = refusal(cme::add_cycle(&mut conn, &backwards).unwrap_err());
    assert_eq!(
        message,
        "The cycle ends (2025-12-31) before it starts (2026-01-01)"
    );
}

#[test]
fn a_minimum_for_an_unknown_credit_type_or_listed_twice_is_refused() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("Texas", date(2025, 1, 1), date(2026, 12, 31), 10.0);
    draft.type_minimums = vec![minimum("category_1", 5.0)];
    let unknown = refusal(cme::add_cycle(&mut conn, &draft).unwrap_err());
    assert!(
        unknown.contains("\"category_1\" is not a credit type"),
        "{unknown}"
    );
    assert!(unknown.contains("ama_pra_1"), "{unknown}");

    draft.type_minimums.clear();
    draft.topic_minimums = vec![minimum("Ethics", 1.0), minimum("ethics", 2.0)];
    let twice = refusal(cme::add_cycle(&mut conn, &draft).unwrap_err());
    assert!(twice.contains("two minimums"), "{twice}");

    draft.topic_minimums = vec![minimum("ethics", -1.0)];
    let negative = refusal(cme::add_cycle(&mut conn, &draft).unwrap_err());
    assert!(negative.contains("Ethics"), "{negative}");
    assert!(cme::cycles(&conn).unwrap().is_empty());
}

#[test]
fn a_met_total_with_a_topic_still_short_is_incomplete_and_says_which_topic() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("Ohio", date(2025, 1, 1), date(2025, 12, 31), 3.0);
    draft.topic_minimums = vec![minimum("ethics", 2.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(&mut conn, date(2025, 2, 1), CreditType::AmaPra1, 4.0, &[]);

    for progress in [
        cme::progress(&conn, id, date(2025, 6, 1)).unwrap(),
        cme::status(&conn, date(2025, 6, 1)).unwrap().remove(0),
    ] {
        assert_eq!(hours(&progress.total), (3.0, 4.0, 0.0));
        assert!(!progress.complete);
        assert_eq!(
            progress.missing,
            [Shortfall {
                requirement: Requirement::Topic,
                key: "ethics".into(),
                label: "Ethics".into(),
                hours: 2.0,
            }]
        );
        assert_eq!(
            progress.missing_in_words(),
            "total met, but missing 2 h of Ethics"
        );
    }
}

#[test]
fn what_is_missing_lists_the_total_then_credit_types_then_topics() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("New York", date(2025, 1, 1), date(2027, 12, 31), 40.0);
    draft.type_minimums = vec![minimum("ama_pra_1", 20.0)];
    draft.topic_minimums = vec![minimum("opioids", 2.0), minimum("ethics", 1.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(
        &mut conn,
        date(2025, 3, 1),
        CreditType::AmaPra1,
        12.5,
        &["ethics"],
    );

    let progress = cme::progress(&conn, id, date(2025, 6, 1)).unwrap();

    let missing: Vec<(Requirement, &str, f64)> = progress
        .missing
        .iter()
        .map(|s| (s.requirement, s.key.as_str(), s.hours))
        .collect();
    assert_eq!(
        missing,
        [
            (Requirement::Total, "total", 27.5),
            (Requirement::CreditType, "ama_pra_1", 7.5),
            (Requirement::Topic, "opioids", 2.0),
        ]
    );
    assert_eq!(
        progress.missing_in_words(),
        "missing 27.5 h in total; 7.5 h of AMA PRA Category 1; \
         2 h of Opioids / controlled substances"
    );

    earn(
        &mut conn,
        date(2025, 4, 1),
        CreditType::AmaPra1,
        27.5,
        &["opioids"],
    );
    let done = cme::progress(&conn, id, date(2025, 6, 1)).unwrap();
    assert!(done.complete);
    assert!(done.missing.is_empty());
    assert_eq!(done.missing_in_words(), "nothing missing");
}

#[test]
fn credits_earned_after_the_day_measured_on_do_not_count_yet() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("Texas", date(2025, 1, 1), date(2025, 12, 31), 4.0);
    draft.topic_minimums = vec![minimum("ethics", 1.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(&mut conn, date(2025, 3, 1), CreditType::AmaPra1, 3.0, &[]);
    earn(
        &mut conn,
        date(2025, 6, 1),
        CreditType::AmaPra1,
        1.0,
        &["ethics"],
    );
    earn(
        &mut conn,
        date(2025, 6, 2),
        CreditType::AmaPra1,
        5.0,
        &["ethics"],
    );

    let on = date(2025, 6, 1);
    let report = cme::report(&conn, id, on).unwrap();
    let status = cme::status(&conn, on).unwrap().remove(0);
    for progress in [&report, &status] {
        // The credit of the day itself counts; the one of the day after not.
        assert_eq!(hours(&progress.total), (4.0, 4.0, 0.0));
        assert_eq!(hours(line(&progress.by_topic, "ethics")), (1.0, 1.0, 0.0));
        assert_eq!(progress.days_left, 213);
        assert!(progress.complete);
    }
    let listed: Vec<Date> = report.credits.iter().map(|c| c.earned_on).collect();
    assert_eq!(listed, [date(2025, 3, 1), date(2025, 6, 1)]);

    let before_it_starts = cme::status(&conn, date(2024, 12, 31)).unwrap().remove(0);
    assert_eq!(before_it_starts.total.earned, 0.0);
    assert_eq!(before_it_starts.days_left, 365);
    let after_it_ends = cme::progress(&conn, id, date(2026, 3, 1)).unwrap();
    assert_eq!(after_it_ends.total.earned, 9.0);
}

#[test]
fn status_counts_credits_on_a_cycles_first_and_last_day_and_none_after() {
    let mut conn = db::open_in_memory().unwrap();
    cme::add_cycle(
        &mut conn,
        &cycle("Texas", date(2025, 1, 1), date(2025, 12, 31), 2.0),
    )
    .unwrap();
    earn(&mut conn, date(2024, 12, 31), CreditType::AmaPra1, 4.0, &[]);
    earn(&mut conn, date(2025, 1, 1), CreditType::AmaPra1, 1.0, &[]);
    earn(&mut conn, date(2025, 12, 31), CreditType::AmaPra1, 1.0, &[]);
    earn(&mut conn, date(2026, 1, 1), CreditType::AmaPra1, 8.0, &[]);

    for today in [date(2025, 12, 31), date(2026, 6, 1)] {
        let texas = cme::status(&conn, today).unwrap().remove(0);
        assert_eq!(hours(&texas.total), (2.0, 2.0, 0.0), "on {today}");
        assert!(texas.complete, "on {today}");
    }
}

#[test]
fn a_category_1_cycle_counts_only_category_1_credits_toward_its_topics() {
    let mut conn = db::open_in_memory().unwrap();
    let mut draft = cycle("California", date(2025, 2, 1), date(2027, 1, 31), 5.0);
    draft.total_types = vec![CreditType::AmaPra1];
    draft.topic_minimums = vec![minimum("pain", 2.0)];
    let id = cme::add_cycle(&mut conn, &draft).unwrap().id;
    earn(&mut conn, date(2025, 3, 1), CreditType::AmaPra1, 5.0, &[]);
    earn(
        &mut conn,
        date(2025, 4, 1),
        CreditType::AmaPra2,
        3.0,
        &["pain"],
    );

    let progress = cme::report(&conn, id, date(2025, 6, 1)).unwrap();

    assert_eq!(hours(&progress.total), (5.0, 5.0, 0.0));
    assert_eq!(hours(line(&progress.by_topic, "pain")), (2.0, 0.0, 2.0));
    assert!(!progress.complete);
    assert_eq!(
        progress.missing_in_words(),
        "total met, but missing 2 h of Pain management"
    );
    let listed: Vec<CreditType> = progress.credits.iter().map(|c| c.credit_type).collect();
    assert_eq!(listed, [CreditType::AmaPra1]);
}
