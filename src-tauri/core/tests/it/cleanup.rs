//! Keeping the book clean: duplicates found, merged without losing anything,
//! bulk tag / untag / delete with undo, and the list's filters.

use curbside_core::contacts::{self, duplicates, ContactDraft, ContactFilter};
use curbside_core::db;
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::operations;
use curbside_core::search::search;
use jiff::Timestamp;
use rusqlite::Connection;

fn add(conn: &mut Connection, draft: ContactDraft) -> i64 {
    contacts::create(conn, &draft, Timestamp::now()).unwrap().id
}

fn named(name: &str) -> ContactDraft {
    ContactDraft {
        display_name: name.into(),
        ..Default::default()
    }
}

fn meet(conn: &mut Connection, with: &[i64], at: &str, note: &str) {
    let draft = InteractionDraft {
        kind: InteractionKind::Meeting,
        occurred_at: Some(at.parse().unwrap()),
        time_zone: String::new(),
        topic: String::new(),
        note: note.into(),
        contact_ids: with.to_vec(),
        event_id: None,
    };
    interactions::add(conn, &draft, Timestamp::now()).unwrap();
}

#[test]
fn duplicates_are_found_by_email_phone_link_and_name_at_the_same_place() {
    let mut conn = db::open_in_memory().unwrap();
    let a = add(
        &mut conn,
        ContactDraft {
            emails: vec!["amara@example.org".into()],
            ..named("Amara Okafor")
        },
    );
    let b = add(
        &mut conn,
        ContactDraft {
            emails: vec!["AMARA@example.org".into()],
            ..named("A. Okafor")
        },
    );
    let c = add(
        &mut conn,
        ContactDraft {
            phones: vec!["+44 20 7946 0321".into()],
            ..named("Ben Carter")
        },
    );
    let d = add(
        &mut conn,
        ContactDraft {
            phones: vec!["+44 (20) 7946-0321".into()],
            ..named("Benjamin Carter")
        },
    );
    let e = add(
        &mut conn,
        ContactDraft {
            institution: "Charité".into(),
            ..named("Jana Müller")
        },
    );
    let f = add(
        &mut conn,
        ContactDraft {
            institution: "charite".into(),
            ..named("Muller, Jana")
        },
    );
    add(
        &mut conn,
        ContactDraft {
            institution: "Vivantes".into(),
            ..named("Jana Müller")
        },
    );
    add(&mut conn, named("Nobody Alike"));

    let pairs = duplicates::find(&conn).unwrap();
    assert_eq!(
        duplicates::count(&conn).unwrap(),
        pairs.len(),
        "the badge's count"
    );
    let found: Vec<(i64, i64)> = pairs.iter().map(|p| (p.keep, p.other)).collect();
    assert!(found.contains(&(a, b)), "{pairs:?}");
    assert!(found.contains(&(c, d)), "{pairs:?}");
    assert!(found.contains(&(e, f)), "{pairs:?}");
    assert_eq!(
        pairs.len(),
        3,
        "the same name elsewhere is not a duplicate: {pairs:?}"
    );
    assert!(
        pairs
            .iter()
            .any(|p| p.reason == "same email amara@example.org"),
        "{pairs:?}"
    );
}

#[test]
fn an_email_in_other_capitals_or_a_link_with_a_trailing_slash_is_the_same_and_a_pair_is_listed_once(
) {
    let mut conn = db::open_in_memory().unwrap();
    let link = |url: &str| contacts::Labeled {
        label: "linkedin".into(),
        value: url.into(),
    };
    let a = add(
        &mut conn,
        ContactDraft {
            emails: vec!["Amara.Okafor@Example.org".into()],
            links: vec![link("https://www.linkedin.com/in/amara-okafor/")],
            ..named("Amara Okafor")
        },
    );
    let b = add(
        &mut conn,
        ContactDraft {
            emails: vec!["amara.okafor@example.org".into()],
            links: vec![link("https://www.linkedin.com/in/amara-okafor")],
            ..named("Dr. A. Okafor")
        },
    );
    let c = add(
        &mut conn,
        ContactDraft {
            links: vec![link("https://www.linkedin.com/in/jonas-weber/")],
            ..named("Jonas Weber")
        },
    );
    let d = add(
        &mut conn,
        ContactDraft {
            links: vec![link("https://www.linkedin.com/in/jonas-weber")],
            ..named("J. Weber")
        },
    );

    let pairs = duplicates::find(&conn).unwrap();
    let found: Vec<(i64, i64, &str)> = pairs
        .iter()
        .map(|p| (p.keep, p.other, p.reason.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (a, b, "same email Amara.Okafor@Example.org"),
            (
                c,
                d,
                "same profile link https://www.linkedin.com/in/jonas-weber/"
            ),
        ],
        "the email is the stronger reason for the first pair, which shares a link too"
    );
}

#[test]
fn merging_keeps_every_detail_and_interaction_of_both() {
    let mut conn = db::open_in_memory().unwrap();
    let keep = add(
        &mut conn,
        ContactDraft {
            emails: vec!["amara@example.org".into()],
            tags: vec!["mentor".into()],
            notes: "Met at ESC".into(),
            ..named("Amara Okafor")
        },
    );
    let other = add(
        &mut conn,
        ContactDraft {
            emails: vec!["a.okafor@nhs.example".into(), "amara@example.org".into()],
            phones: vec!["+44 20 7946 0321".into()],
            specialty: "Cardiology".into(),
            tags: vec!["ESC 2026".into()],
            notes: "Prefers email".into(),
            ..named("Dr A. Okafor")
        },
    );
    let ben = add(&mut conn, named("Ben Carter"));
    meet(&mut conn, &[keep], "2026-01-01T10:00:00Z", "Coffee");
    meet(
        &mut conn,
        &[other, ben],
        "2026-06-01T10:00:00Z",
        "Lunch with Ben",
    );
    meet(
        &mut conn,
        &[keep, other],
        "2026-03-01T10:00:00Z",
        "Logged twice by mistake",
    );

    let merged = operations::merge(&mut conn, keep, other, Timestamp::now()).unwrap();
    assert_eq!(merged.display_name, "Amara Okafor");
    assert_eq!(
        merged.emails,
        vec!["amara@example.org", "a.okafor@nhs.example"]
    );
    assert_eq!(merged.phones, vec!["+44 20 7946 0321"]);
    assert_eq!(merged.specialty, "Cardiology");
    assert_eq!(merged.tags, vec!["ESC 2026", "mentor"]);
    assert_eq!(merged.notes, "Met at ESC\n\nPrefers email");
    assert_eq!(
        merged.last_interaction_at,
        Some("2026-06-01T10:00:00Z".parse().unwrap())
    );
    let timeline = interactions::for_contact(&conn, keep, None).unwrap();
    assert_eq!(timeline.len(), 3);
    assert_eq!(timeline[0].contact_ids, vec![keep, ben]);
    assert!(contacts::get(&conn, other).is_err());
    assert_eq!(search(&conn, "prefers", 10).unwrap()[0].id, keep);
    assert!(operations::merge(&mut conn, keep, keep, Timestamp::now()).is_err());
}

#[test]
fn bulk_tag_untag_and_delete_with_undo() {
    let mut conn = db::open_in_memory().unwrap();
    let a = add(
        &mut conn,
        ContactDraft {
            emails: vec!["a@example.org".into()],
            ..named("Amara Okafor")
        },
    );
    let b = add(&mut conn, named("Ben Carter"));
    let c = add(&mut conn, named("Chen Wei"));
    meet(
        &mut conn,
        &[a, c],
        "2026-05-05T12:00:00Z",
        "Lunch at the congress",
    );
    meet(
        &mut conn,
        &[a],
        "2026-05-06T12:00:00Z",
        "Call about the abstract",
    );

    assert_eq!(
        operations::tag(&mut conn, &[a, b], "ESC 2026", Timestamp::now()).unwrap(),
        2
    );
    assert_eq!(
        operations::tag(&mut conn, &[a, b], "esc 2026", Timestamp::now()).unwrap(),
        0,
        "any case counts as present"
    );
    let tagged = contacts::list(
        &conn,
        &ContactFilter {
            tag: Some("ESC 2026".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(tagged.len(), 2);
    assert_eq!(
        operations::untag(&mut conn, &[a], "esc 2026", Timestamp::now()).unwrap(),
        1
    );

    let before_a = contacts::get(&conn, a).unwrap();
    let deleted = operations::delete_many(&mut conn, &[a, b]).unwrap();
    assert_eq!(
        contacts::list(&conn, &ContactFilter::default())
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        interactions::for_contact(&conn, c, None).unwrap()[0].contact_ids,
        vec![c]
    );

    operations::restore(&mut conn, &deleted).unwrap();
    assert_eq!(contacts::get(&conn, a).unwrap(), before_a);
    assert_eq!(
        contacts::list(&conn, &ContactFilter::default())
            .unwrap()
            .len(),
        3
    );
    assert_eq!(interactions::for_contact(&conn, a, None).unwrap().len(), 2);
    assert_eq!(
        interactions::for_contact(&conn, c, None).unwrap()[0].contact_ids,
        vec![a, c]
    );
    assert_eq!(search(&conn, "abstract", 10).unwrap()[0].id, a);
}

#[test]
fn filters_combine_and_summaries_carry_the_last_contact() {
    let mut conn = db::open_in_memory().unwrap();
    let berlin = curbside_core::contacts::Address {
        locality: "Berlin".into(),
        ..Default::default()
    };
    let a = add(
        &mut conn,
        ContactDraft {
            specialty: "Cardiology".into(),
            institution: "Charité".into(),
            addresses: vec![berlin.clone()],
            ..named("Jana Müller")
        },
    );
    let b = add(
        &mut conn,
        ContactDraft {
            subspecialty: "cardiology".into(),
            addresses: vec![berlin],
            ..named("Ben Carter")
        },
    );
    add(
        &mut conn,
        ContactDraft {
            specialty: "Oncology".into(),
            ..named("Chen Wei")
        },
    );
    meet(&mut conn, &[a], "2026-01-10T10:00:00Z", "Coffee");
    meet(&mut conn, &[b], "2026-09-10T10:00:00Z", "Dinner");

    let ids = |filter: ContactFilter| -> Vec<i64> {
        contacts::summaries(&conn, &filter)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(
        ids(ContactFilter {
            specialty: Some("CARDIOLOGY".into()),
            ..Default::default()
        }),
        vec![b, a]
    );
    assert_eq!(
        ids(ContactFilter {
            city: Some("berlin".into()),
            institution: Some("charité".into()),
            ..Default::default()
        }),
        vec![a]
    );
    let june: Timestamp = "2026-06-01T00:00:00Z".parse().unwrap();
    let stale = ids(ContactFilter {
        contacted_before: Some(june),
        ..Default::default()
    });
    assert_eq!(stale.len(), 2, "Jana, and Chen who was never contacted");
    assert!(!stale.contains(&b));
    assert_eq!(
        ids(ContactFilter {
            contacted_after: Some(june),
            ..Default::default()
        }),
        vec![b]
    );

    let all = contacts::summaries(&conn, &ContactFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    let jana = all.iter().find(|s| s.id == a).unwrap();
    assert_eq!(
        jana.last_interaction_at,
        Some("2026-01-10T10:00:00Z".parse().unwrap())
    );
}
