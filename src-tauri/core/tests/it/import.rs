//! Importing cards into the contact book: one transaction, matching on
//! re-import instead of duplicating, and bad entries reported by line.

use std::ops::ControlFlow;

use curbside_core::contacts::{self, ContactFilter};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use curbside_core::import::{import, ImportError, ImportSummary, Source};
use curbside_core::interop::{Card, ParseError};
use curbside_core::values::{Labeled, PartialDate, Photo};
use jiff::Timestamp;
use rusqlite::Connection;

fn card(line: usize, name: &str, email: &str, org: &str) -> Card {
    Card {
        line,
        display_name: name.into(),
        organization: org.into(),
        emails: if email.is_empty() {
            vec![]
        } else {
            vec![Labeled {
                label: "work".into(),
                value: email.into(),
            }]
        },
        ..Default::default()
    }
}

fn run(
    conn: &mut Connection,
    cards: Vec<Result<Card, ParseError>>,
    skip_bad: bool,
) -> Result<ImportSummary, ImportError> {
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(cards.into_iter()),
    };
    import(conn, vec![source], skip_bad, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })
}

fn count(conn: &Connection) -> usize {
    contacts::list(conn, &ContactFilter::default())
        .unwrap()
        .len()
}

fn bad(line: usize) -> Result<Card, ParseError> {
    Err(ParseError {
        line,
        message: "BEGIN:VCARD without END:VCARD".into(),
    })
}

#[test]
fn new_cards_are_created_and_the_same_file_again_changes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    let cards = || {
        vec![
            Ok(card(1, "Amara Okafor", "amara@example.org", "St Mary's")),
            Ok(card(9, "Ben Carter", "", "Mercy General")),
        ]
    };
    let first = run(&mut conn, cards(), false).unwrap();
    assert_eq!((first.created, first.updated, first.unchanged), (2, 0, 0));
    let again = run(&mut conn, cards(), false).unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    assert_eq!(count(&conn), 2);
}

#[test]
fn a_newer_file_updates_the_matched_contact_and_keeps_what_the_user_added() {
    let mut conn = db::open_in_memory().unwrap();
    run(
        &mut conn,
        vec![Ok(card(
            1,
            "Amara Okafor",
            "amara@example.org",
            "St Mary's",
        ))],
        false,
    )
    .unwrap();
    let id = contacts::list(&conn, &ContactFilter::default()).unwrap()[0].id;
    let mut mine: contacts::ContactDraft = contacts::get(&conn, id).unwrap().into();
    mine.tags = vec!["mentor".into()];
    mine.notes = "Ask about the registry".into();
    contacts::update(&mut conn, id, &mine, Timestamp::now()).unwrap();

    let mut newer = card(
        1,
        "Amara Okafor",
        "AMARA@example.org",
        "Royal Free Hospital",
    );
    newer.title = "Associate Professor".into();
    newer.emails.push(Labeled {
        label: "home".into(),
        value: "amara@home.example".into(),
    });
    let summary = run(&mut conn, vec![Ok(newer)], false).unwrap();
    assert_eq!((summary.created, summary.updated), (0, 1));

    let amara = contacts::get(&conn, id).unwrap();
    assert_eq!(amara.institution, "Royal Free Hospital");
    assert_eq!(amara.title, "Associate Professor");
    assert_eq!(
        amara.emails,
        vec!["amara@example.org", "amara@home.example"]
    );
    assert_eq!(amara.tags, vec!["mentor"]);
    assert_eq!(amara.notes, "Ask about the registry");
}

#[test]
fn a_re_import_showing_a_new_institution_prompts_a_congratulation_and_the_same_file_does_not() {
    let mut conn = db::open_in_memory().unwrap();
    let first = || card(1, "Amara Okafor", "amara@example.org", "St Mary's");
    run(&mut conn, vec![Ok(first())], false).unwrap();
    let id = contacts::list(&conn, &ContactFilter::default()).unwrap()[0].id;
    run(&mut conn, vec![Ok(first())], false).unwrap();
    assert!(curbside_core::reminders::milestones(&conn, id)
        .unwrap()
        .is_empty());

    let mut moved = card(
        1,
        "Amara Okafor",
        "amara@example.org",
        "Royal Free Hospital",
    );
    moved.title = "Consultant Cardiologist".into();
    run(&mut conn, vec![Ok(moved)], false).unwrap();

    let milestones = curbside_core::reminders::milestones(&conn, id).unwrap();
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].kind, "new_job");
    assert_eq!(milestones[0].source, "import");
    assert_eq!(
        milestones[0].note,
        "Now Consultant Cardiologist at Royal Free Hospital"
    );
}

#[test]
fn matching_goes_by_uid_then_email_then_profile_url_then_name_and_organisation() {
    let mut conn = db::open_in_memory().unwrap();
    let mut with_uid = card(1, "Amara Okafor", "", "");
    with_uid.uid = Some("urn:uuid:1234".into());
    let mut with_url = card(5, "Ben Carter", "", "");
    with_url.urls = vec![Labeled {
        label: "LinkedIn".into(),
        value: "https://www.linkedin.com/in/bencarter".into(),
    }];
    run(
        &mut conn,
        vec![
            Ok(with_uid),
            Ok(card(3, "Chen Wei", "chen@example.org", "")),
            Ok(with_url),
            Ok(card(7, "Dana Levi", "", "Hadassah")),
        ],
        false,
    )
    .unwrap();

    let mut renamed = card(1, "Dr. Amara Okafor-Hale", "", "");
    renamed.uid = Some("urn:uuid:1234".into());
    let mut url_again = card(5, "Benjamin Carter", "", "");
    url_again.urls = vec![Labeled {
        label: "LinkedIn".into(),
        value: "https://www.linkedin.com/in/bencarter/".into(),
    }];
    let summary = run(
        &mut conn,
        vec![
            Ok(renamed),
            Ok(card(3, "Wei Chen", "Chen@Example.org", "")),
            Ok(url_again),
            Ok(card(7, "dana levi", "", "HADASSAH")),
        ],
        false,
    )
    .unwrap();
    assert_eq!(summary.created, 0, "{summary:?}");
    assert_eq!(count(&conn), 4);
    let names: Vec<String> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert!(
        names.contains(&"Dr. Amara Okafor-Hale".to_string()),
        "{names:?}"
    );
}

/// Everything the book holds, as the whole-book JSON (stamped with one
/// fixed time, so two exports of the same book are the same text) and a
/// vCard 4.0 export: what a user would see of it anywhere.
fn whole_book(conn: &Connection) -> (String, String) {
    let mut book = Vec::new();
    curbside_core::book::export(conn, &mut book, jiff::Timestamp::UNIX_EPOCH).unwrap();
    let mut cards = Vec::new();
    export(conn, ExportFormat::Vcard4, None, &mut cards).unwrap();
    (
        String::from_utf8(book).unwrap(),
        String::from_utf8(cards).unwrap(),
    )
}

#[test]
fn a_bad_entry_stops_the_import_and_changes_nothing() {
    let mut conn = db::open_in_memory().unwrap();
    run(
        &mut conn,
        vec![Ok(card(
            1,
            "Existing Person",
            "existing@example.org",
            "St Mary's",
        ))],
        false,
    )
    .unwrap();
    let before = whole_book(&conn);
    // The stopped file would have updated the existing person (a new job, a
    // new email) as well as adding two people.
    let mut update = card(1, "Existing Person", "existing@example.org", "Royal Free");
    update.title = "Associate Professor".into();
    update.emails.push(Labeled {
        label: "home".into(),
        value: "existing@home.example".into(),
    });
    let error = run(
        &mut conn,
        vec![
            Ok(card(1, "Amara Okafor", "", "")),
            Ok(update),
            bad(12),
            Ok(card(20, "Ben Carter", "", "")),
        ],
        false,
    )
    .unwrap_err();
    let ImportError::Stopped(summary) = &error else {
        panic!("{error}")
    };
    assert_eq!(summary.errors[0].line, 12);
    assert_eq!(summary.errors[0].file, "contacts.vcf");
    assert_eq!(
        error.to_string(),
        "line 12: BEGIN:VCARD without END:VCARD in contacts.vcf: nothing was imported"
    );
    assert_eq!(
        whole_book(&conn),
        before,
        "nothing of the stopped import landed, neither the new people nor the update"
    );
}

#[test]
fn skipping_bad_entries_imports_the_rest_and_reports_each() {
    let mut conn = db::open_in_memory().unwrap();
    let too_long = card(30, &"x".repeat(500), "", "");
    let summary = run(
        &mut conn,
        vec![
            Ok(card(1, "Amara Okafor", "", "")),
            bad(12),
            Ok(too_long),
            Ok(card(40, "Ben Carter", "", "")),
        ],
        true,
    )
    .unwrap();
    assert_eq!((summary.created, summary.skipped), (2, 2));
    assert_eq!(
        summary.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        vec![12, 30]
    );
    assert!(
        summary.errors[1].message.starts_with("Name is too long"),
        "{:?}",
        summary.errors[1]
    );
    assert_eq!(count(&conn), 2);
}

#[test]
fn cancelling_leaves_the_database_as_before() {
    let mut conn = db::open_in_memory().unwrap();
    run(
        &mut conn,
        vec![Ok(card(1, "Person 7", "seven@example.org", "St Mary's"))],
        false,
    )
    .unwrap();
    let before = whole_book(&conn);
    let cards: Vec<Result<Card, ParseError>> = (0..2000)
        .map(|i| Ok(card(i + 1, &format!("Person {i}"), "", "")))
        .collect();
    let source = Source {
        file: "big.vcf".into(),
        cards: Box::new(cards.into_iter()),
    };
    let mut seen = Vec::new();
    let result = import(
        &mut conn,
        vec![source],
        false,
        Timestamp::now(),
        |progress| {
            seen.push(progress.done);
            if progress.done >= 1000 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
    );
    assert!(matches!(result, Err(ImportError::Cancelled)));
    assert_eq!(seen, vec![500, 1000]);
    assert_eq!(whole_book(&conn), before, "the book is as it was");
}

#[test]
fn photo_birthday_uid_and_unknown_properties_are_kept() {
    let mut conn = db::open_in_memory().unwrap();
    let mut rich = card(1, "Amara Okafor", "", "");
    rich.uid = Some("abc-1".into());
    rich.birthday = PartialDate::new(None, 2, 29);
    // A photo is stored when it is an image (what is not is left out).
    let mut jpeg = Vec::new();
    image::RgbImage::from_pixel(300, 200, image::Rgb([90, 120, 150]))
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut jpeg))
        .unwrap();
    rich.photo = Some(Photo {
        media_type: "image/jpeg".into(),
        data: jpeg,
    });
    rich.extra = vec![
        "X-SOCIALPROFILE;TYPE=twitter:https://x.com/amara".into(),
        "GENDER:F".into(),
    ];
    run(&mut conn, vec![Ok(rich)], false).unwrap();
    let amara = &contacts::list(&conn, &ContactFilter::default()).unwrap()[0];
    assert_eq!(amara.birthday.as_deref(), Some("--02-29"));
    assert_eq!(amara.uid.as_deref(), Some("abc-1"));
    assert!(amara.has_photo);
    assert_eq!(
        amara.extra,
        vec![
            "X-SOCIALPROFILE;TYPE=twitter:https://x.com/amara",
            "GENDER:F"
        ]
    );
}

#[test]
fn imported_and_updated_contacts_are_searchable_by_name_and_by_their_new_details() {
    let mut conn = db::open_in_memory().unwrap();
    run(
        &mut conn,
        vec![Ok(card(
            1,
            "Amara Okafor",
            "amara@example.org",
            "St Mary's",
        ))],
        false,
    )
    .unwrap();
    let found = |conn: &Connection, q: &str| -> Vec<String> {
        curbside_core::search::search(conn, q, 10)
            .unwrap()
            .into_iter()
            .map(|c| c.display_name)
            .collect()
    };
    assert_eq!(found(&conn, "okaf"), vec!["Amara Okafor"]);
    assert_eq!(found(&conn, "mary"), vec!["Amara Okafor"]);

    let moved = card(
        1,
        "Amara Okafor",
        "amara@example.org",
        "Royal Free Hospital",
    );
    run(
        &mut conn,
        vec![
            Ok(moved),
            Ok(card(2, "Ben Carter", "", "Royal Free Hospital")),
        ],
        false,
    )
    .unwrap();
    assert!(
        found(&conn, "mary").is_empty(),
        "the old institution left the index"
    );
    let mut royal = found(&conn, "royal free");
    royal.sort();
    assert_eq!(royal, vec!["Amara Okafor", "Ben Carter"]);
    assert_eq!(found(&conn, "carter"), vec!["Ben Carter"]);
}
