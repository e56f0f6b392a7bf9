//! The user's own presence: kept and checked, used by {my_name}, moved from
//! the old message_sender table; own milestones and their prompt.

use curbside_core::db::{self, MIGRATIONS};
use curbside_core::messages;
use curbside_core::presence::{self, OwnMilestoneDraft, OwnMilestoneKind, Presence};
use jiff::civil::date;
use rusqlite::Connection;

use crate::support::{at, db};

fn full() -> Presence {
    Presence {
        name: " Jane Doe ".into(),
        credentials: "MD, FACC".into(),
        bio: "Cardiologist at Charité.\nHeart failure and trials.".into(),
        pitch: "I build heart-failure networks.".into(),
        doximity: "https://www.doximity.com/pub/jane-doe-md".into(),
        linkedin: "https://www.linkedin.com/in/jane-doe".into(),
        orcid: "0000-0002-1825-0097".into(),
        website: "https://janedoe.example.org".into(),
        cv_path: "/home/jane/Documents/CV.pdf".into(),
    }
}

#[test]
fn the_presence_is_kept_as_saved_with_the_orcid_as_a_link() {
    let conn = db();
    assert_eq!(presence::get(&conn).unwrap(), Presence::default());
    let saved = presence::set(&conn, &full()).unwrap();
    assert_eq!(saved.name, "Jane Doe");
    assert_eq!(saved.orcid, "https://orcid.org/0000-0002-1825-0097");
    assert_eq!(presence::get(&conn).unwrap(), saved);
    assert_eq!(
        messages::my_name(&conn).unwrap().as_deref(),
        Some("Jane Doe")
    );
}

#[test]
fn links_that_are_not_web_addresses_are_refused_with_the_field_named() {
    let conn = db();
    for (field, presence) in [
        (
            "LinkedIn",
            Presence {
                linkedin: "linkedin.com/in/jane".into(),
                ..full()
            },
        ),
        (
            "Doximity",
            Presence {
                doximity: "javascript:alert(1)".into(),
                ..full()
            },
        ),
        (
            "ORCID",
            Presence {
                orcid: "1234".into(),
                ..full()
            },
        ),
        (
            "name",
            Presence {
                name: "Jane\nDoe".into(),
                ..full()
            },
        ),
    ] {
        let error = presence::set(&conn, &presence).unwrap_err().to_string();
        assert!(error.contains(field), "{field}: {error}");
    }
    assert_eq!(presence::get(&conn).unwrap(), Presence::default());
}

#[test]
fn setting_my_name_keeps_the_rest_and_an_empty_name_clears_only_the_name() {
    let conn = db();
    presence::set(&conn, &full()).unwrap();
    messages::set_my_name(&conn, "Jane A. Doe").unwrap();
    assert_eq!(presence::get(&conn).unwrap().credentials, "MD, FACC");
    assert_eq!(messages::set_my_name(&conn, "  ").unwrap(), None);
    assert_eq!(messages::my_name(&conn).unwrap(), None);
    assert_eq!(
        presence::get(&conn).unwrap().pitch,
        "I build heart-failure networks."
    );
}

#[test]
fn the_name_stored_before_presence_existed_is_kept_by_the_migration() {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 14).unwrap();
    conn.execute(
        "INSERT INTO message_sender (id, name) VALUES (1, 'Dr. Jane Doe')",
        [],
    )
    .unwrap();
    db::migrate(&mut conn).unwrap();
    assert_eq!(presence::get(&conn).unwrap().name, "Dr. Jane Doe");
    assert_eq!(
        messages::my_name(&conn).unwrap().as_deref(),
        Some("Dr. Jane Doe")
    );
}

#[test]
fn update_your_profiles_is_raised_the_day_after_an_own_milestone() {
    let conn = db();
    let draft = OwnMilestoneDraft {
        kind: OwnMilestoneKind::BoardCertification,
        title: "Board certified in cardiology".into(),
        happened_on: date(2026, 6, 10),
        note: String::new(),
    };
    let milestone = presence::add_milestone(&conn, &draft, at("2026-06-10T18:00:00Z")).unwrap();
    let due = presence::prompts(&conn, date(2026, 6, 11), date(2026, 6, 11)).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].source, milestone.id);
    assert_eq!(due[0].title, "Update your profiles (LinkedIn, Doximity…)");
    assert_eq!(
        due[0].context.as_deref(),
        Some("Board certified in cardiology")
    );
    assert!(
        presence::prompts(&conn, date(2026, 6, 10), date(2026, 6, 10))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        presence::milestones(&conn).unwrap(),
        vec![milestone.clone()]
    );
    presence::delete_milestone(&conn, milestone.id).unwrap();
    assert!(
        presence::prompts(&conn, date(2026, 6, 11), date(2026, 6, 11))
            .unwrap()
            .is_empty()
    );
    assert!(presence::delete_milestone(&conn, milestone.id).is_err());
}

#[test]
fn an_own_milestone_needs_a_title() {
    let conn = db();
    let draft = OwnMilestoneDraft {
        kind: OwnMilestoneKind::Award,
        title: " ".into(),
        happened_on: date(2026, 6, 10),
        note: String::new(),
    };
    assert!(presence::add_milestone(&conn, &draft, at("2026-06-10T18:00:00Z")).is_err());
}
