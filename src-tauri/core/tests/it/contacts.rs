//! The contact book's first slice: add, edit, delete, list, through the real
//! (encrypted, temp-file) storage path where it matters.

use curbside_core::contacts::{self, ContactDraft, ContactError, ContactFilter, ContactSort};
use curbside_core::db;
use jiff::Timestamp;

fn draft(name: &str) -> ContactDraft {
    ContactDraft {
        display_name: name.into(),
        credentials: "MD, PhD".into(),
        specialty: "Cardiology".into(),
        institution: "St Mary's Hospital".into(),
        emails: vec![
            "amara@example.org".into(),
            "a.okafor@stmarys.example".into(),
        ],
        phones: vec!["+44 20 7946 0000".into()],
        tags: vec!["mentor".into(), "ESC 2026".into()],
        notes: "Talked about renal denervation.\nSend her the paper.".into(),
        ..Default::default()
    }
}

#[test]
fn a_created_contact_reads_back_with_every_field() {
    let mut conn = db::open_in_memory().unwrap();
    let now: Timestamp = "2026-11-25T10:00:00Z".parse().unwrap();
    let created = contacts::create(&mut conn, &draft("Amara Okafor"), now).unwrap();
    let read = contacts::get(&conn, created.id).unwrap();
    assert_eq!(read, created);
    assert_eq!(read.display_name, "Amara Okafor");
    assert_eq!(
        read.emails,
        vec!["amara@example.org", "a.okafor@stmarys.example"]
    );
    assert_eq!(read.tags, vec!["ESC 2026", "mentor"]);
    assert_eq!(
        read.notes,
        "Talked about renal denervation.\nSend her the paper."
    );
    assert_eq!(read.created_at, now);
}

#[test]
fn editing_replaces_fields_and_lists_and_moves_updated_at() {
    let mut conn = db::open_in_memory().unwrap();
    let created = contacts::create(
        &mut conn,
        &draft("Amara Okafor"),
        "2026-01-01T00:00:00Z".parse().unwrap(),
    )
    .unwrap();
    let later: Timestamp = "2026-06-01T00:00:00Z".parse().unwrap();
    let changed = ContactDraft {
        institution: "Royal Free Hospital".into(),
        emails: vec![],
        tags: vec!["friend".into()],
        ..draft("Amara Okafor-Hale")
    };
    let updated = contacts::update(&mut conn, created.id, &changed, later).unwrap();
    assert_eq!(updated.display_name, "Amara Okafor-Hale");
    assert_eq!(updated.institution, "Royal Free Hospital");
    assert!(updated.emails.is_empty());
    assert_eq!(updated.tags, vec!["friend"]);
    assert_eq!(updated.created_at, created.created_at);
    assert_eq!(updated.updated_at, later);
}

#[test]
fn deleting_removes_the_contact_and_its_details() {
    let mut conn = db::open_in_memory().unwrap();
    let created = contacts::create(&mut conn, &draft("Amara Okafor"), Timestamp::now()).unwrap();
    contacts::delete(&mut conn, created.id).unwrap();
    assert!(matches!(
        contacts::get(&conn, created.id),
        Err(ContactError::NotFound(_))
    ));
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM contact_emails", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    assert!(matches!(
        contacts::delete(&mut conn, created.id),
        Err(ContactError::NotFound(_))
    ));
}

#[test]
fn the_list_is_in_name_order_and_filters_by_tag_in_any_case() {
    let mut conn = db::open_in_memory().unwrap();
    for name in ["zoe Adams", "Ben Carter", "amara Okafor"] {
        contacts::create(
            &mut conn,
            &ContactDraft {
                display_name: name.into(),
                ..Default::default()
            },
            Timestamp::now(),
        )
        .unwrap();
    }
    contacts::create(&mut conn, &draft("Chen Wei"), Timestamp::now()).unwrap();
    let all: Vec<String> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(
        all,
        vec!["amara Okafor", "Ben Carter", "Chen Wei", "zoe Adams"]
    );

    let mentors = contacts::list(
        &conn,
        &ContactFilter {
            tag: Some("MENTOR".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(mentors.len(), 1);
    assert_eq!(mentors[0].display_name, "Chen Wei");

    let two = contacts::list(
        &conn,
        &ContactFilter {
            limit: Some(2),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(two.len(), 2);
}

#[test]
fn the_count_is_every_contact_in_the_book_and_drops_on_delete() {
    let mut conn = db::open_in_memory().unwrap();
    assert_eq!(contacts::count(&conn).unwrap(), 0);
    let amara = contacts::create(&mut conn, &draft("Amara Okafor"), Timestamp::now()).unwrap();
    for name in ["Ben Carter", "Chen Wei"] {
        let plain = ContactDraft {
            display_name: name.into(),
            ..Default::default()
        };
        contacts::create(&mut conn, &plain, Timestamp::now()).unwrap();
    }
    assert_eq!(contacts::count(&conn).unwrap(), 3);

    contacts::delete(&mut conn, amara.id).unwrap();
    assert_eq!(contacts::count(&conn).unwrap(), 2);
}

#[test]
fn an_invalid_edit_leaves_the_stored_contact_as_it_was() {
    let mut conn = db::open_in_memory().unwrap();
    let created = contacts::create(&mut conn, &draft("Amara Okafor"), Timestamp::now()).unwrap();
    let bad = ContactDraft {
        display_name: "x".repeat(10_000),
        ..draft("")
    };
    let error = contacts::update(&mut conn, created.id, &bad, Timestamp::now()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Name is too long: 10000 characters (the limit is 200)"
    );
    assert_eq!(contacts::get(&conn, created.id).unwrap(), created);
}

#[test]
fn a_ten_thousand_character_note_is_stored_whole() {
    let mut conn = db::open_in_memory().unwrap();
    let note = "é".repeat(10_000);
    let created = contacts::create(
        &mut conn,
        &ContactDraft {
            notes: note.clone(),
            ..draft("Amara Okafor")
        },
        Timestamp::now(),
    )
    .unwrap();
    assert_eq!(contacts::get(&conn, created.id).unwrap().notes, note);
}

#[test]
fn editing_a_missing_contact_is_not_found() {
    let mut conn = db::open_in_memory().unwrap();
    let error = contacts::update(&mut conn, 99, &draft("Nobody"), Timestamp::now()).unwrap_err();
    assert!(matches!(error, ContactError::NotFound(99)));
}

#[test]
fn a_list_read_by_id_keeps_the_order_asked_leaves_out_the_deleted_and_reads_at_most_a_thousand() {
    let mut conn = db::open_in_memory().unwrap();
    let now = Timestamp::now();
    let mut ids = Vec::new();
    for name in ["Amara Okafor", "Jana Müller", "Kenji Tanaka"] {
        let draft = ContactDraft {
            display_name: name.into(),
            tags: if name.starts_with('J') {
                Vec::new()
            } else {
                vec!["mentor".into()]
            },
            ..Default::default()
        };
        ids.push(contacts::create(&mut conn, &draft, now).unwrap().id);
    }
    let mentors = ContactFilter {
        tag: Some("mentor".into()),
        ..Default::default()
    };
    assert_eq!(contacts::order(&conn, &mentors).unwrap(), [ids[0], ids[2]]);

    contacts::delete(&mut conn, ids[1]).unwrap();
    let names: Vec<String> = contacts::lines(&conn, &[ids[2], ids[1], ids[0]])
        .unwrap()
        .into_iter()
        .map(|line| line.display_name)
        .collect();
    assert_eq!(names, ["Kenji Tanaka", "Amara Okafor"]);

    // Two ids far apart are looked up, not read as the range between them.
    for n in 0..20 {
        let draft = ContactDraft {
            display_name: format!("Filler {n}"),
            ..Default::default()
        };
        ids.push(contacts::create(&mut conn, &draft, now).unwrap().id);
    }
    let last = *ids.last().unwrap();
    let names: Vec<String> = contacts::lines(&conn, &[last, ids[0]])
        .unwrap()
        .into_iter()
        .map(|line| line.display_name)
        .collect();
    assert_eq!(names, ["Filler 19", "Amara Okafor"]);

    let too_many = vec![ids[0]; contacts::MOST_LINES + 1];
    match contacts::lines(&conn, &too_many) {
        Err(ContactError::Invalid(invalid)) => assert_eq!(invalid.field, "ids"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn the_list_by_the_name_shown_ignores_case_and_keeps_people_of_one_name_in_the_order_added() {
    let mut conn = db::open_in_memory().unwrap();
    let now = Timestamp::now();
    let mut ids = Vec::new();
    for name in [
        "bea Nowak",
        "Amara Okafor",
        "amara okafor",
        "Adam Smith",
        "Amara Okafor",
    ] {
        let draft = ContactDraft {
            display_name: name.into(),
            ..Default::default()
        };
        ids.push(contacts::create(&mut conn, &draft, now).unwrap().id);
    }
    let order = contacts::order(&conn, &ContactFilter::default()).unwrap();
    assert_eq!(order, [ids[3], ids[1], ids[2], ids[4], ids[0]]);
    let first_two = ContactFilter {
        limit: Some(2),
        ..Default::default()
    };
    assert_eq!(
        contacts::order(&conn, &first_two).unwrap(),
        [ids[3], ids[1]]
    );
}

/// A contact with name parts, as a vCard import brings them, or without.
fn named(display: &str, given: &str, family: &str) -> ContactDraft {
    ContactDraft {
        display_name: display.into(),
        name: Some(contacts::NameParts {
            given: given.into(),
            family: family.into(),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[test]
fn the_list_sorts_by_family_name_with_people_lacking_one_read_from_their_shown_name() {
    let mut conn = db::open_in_memory().unwrap();
    let now = Timestamp::now();
    for person in [
        named("Anna van der Berg", "Anna", "van der Berg"),
        named("Sean O'Neil", "Sean", "O'Neil"),
        named("Dr. Ola Ødegaard", "Ola", "Ødegaard"),
        named("Amara Okafor", "", ""),
        named("Cher", "", ""),
        named("Zoe Adams", "Zoe", "Adams"),
    ] {
        contacts::create(&mut conn, &person, now).unwrap();
    }
    let by = |sort: ContactSort, limit: Option<u32>| {
        let filter = ContactFilter {
            sort: Some(sort),
            limit,
            ..Default::default()
        };
        let lines: Vec<String> = contacts::summaries(&conn, &filter)
            .unwrap()
            .into_iter()
            .map(|line| line.display_name)
            .collect();
        let full: Vec<String> = contacts::list(&conn, &filter)
            .unwrap()
            .into_iter()
            .map(|contact| contact.display_name)
            .collect();
        assert_eq!(lines, full, "the list lines and the CLI's list agree");
        let ids = contacts::order(&conn, &filter).unwrap();
        let paged: Vec<String> = contacts::lines(&conn, &ids)
            .unwrap()
            .into_iter()
            .map(|line| line.display_name)
            .collect();
        assert_eq!(
            paged, lines,
            "the list's order, its lines read by id, agree"
        );
        lines
    };

    assert_eq!(
        by(ContactSort::Family, None),
        [
            "Zoe Adams",
            "Cher",
            "Dr. Ola Ødegaard",
            "Amara Okafor",
            "Sean O'Neil",
            "Anna van der Berg",
        ]
    );
    assert_eq!(
        by(ContactSort::Family, Some(2)),
        ["Zoe Adams", "Cher"],
        "the limit keeps the first in family order"
    );
    assert_eq!(
        by(ContactSort::Given, None)[..3],
        ["Amara Okafor", "Anna van der Berg", "Cher"]
    );
    assert_eq!(
        by(ContactSort::Name, None),
        [
            "Amara Okafor",
            "Anna van der Berg",
            "Cher",
            "Dr. Ola Ødegaard",
            "Sean O'Neil",
            "Zoe Adams",
        ]
    );
}

/// The list reads every contact's lists for all of them at once; each
/// contact must still come with exactly its own emails, phones, tags,
/// links and addresses, in their order, as reading it alone gives.
#[test]
fn the_list_gives_each_contact_whole_as_reading_it_alone_does() {
    use curbside_core::contacts::{Address, Labeled};
    let mut conn = db::open_in_memory().unwrap();
    let now: Timestamp = "2026-11-25T10:00:00Z".parse().unwrap();
    let mut ids = Vec::new();
    for (n, name) in ["Zoe Adams", "Amara Okafor", "Ben Carter", "Chen Li"]
        .iter()
        .enumerate()
    {
        let mut draft = draft(name);
        // Different lengths, so a row given to the wrong person shows.
        draft.emails = (0..n).map(|i| format!("{i}.{n}@example.org")).collect();
        draft.phones = (0..n)
            .rev()
            .map(|i| format!("+44 20 7946 00{i}{n}"))
            .collect();
        draft.tags = ["zeta", "Alpha", "mentor"][..n.min(3)]
            .iter()
            .map(|t| format!("{t}{n}"))
            .collect();
        draft.links = (0..n)
            .map(|i| Labeled {
                label: format!("site {i}"),
                value: format!("https://example.org/{n}/{i}"),
            })
            .collect();
        draft.addresses = (0..n)
            .map(|i| Address {
                label: "work".into(),
                street: format!("{i} Hospital Road"),
                locality: format!("Town {n}"),
                ..Default::default()
            })
            .collect();
        ids.push(contacts::create(&mut conn, &draft, now).unwrap().id);
    }
    let listed = contacts::list(&conn, &ContactFilter::default()).unwrap();
    let names: Vec<&str> = listed.iter().map(|c| c.display_name.as_str()).collect();
    assert_eq!(
        names,
        ["Amara Okafor", "Ben Carter", "Chen Li", "Zoe Adams"]
    );
    for contact in &listed {
        assert_eq!(contact, &contacts::get(&conn, contact.id).unwrap());
    }
    let chen = &listed[2];
    assert_eq!(
        chen.emails,
        ["0.3@example.org", "1.3@example.org", "2.3@example.org"]
    );
    assert_eq!(chen.tags, ["Alpha3", "mentor3", "zeta3"]);
    assert_eq!(chen.addresses[2].street, "2 Hospital Road");
    assert!(listed[3].emails.is_empty() && listed[3].addresses.is_empty());

    let one = ContactFilter {
        limit: Some(2),
        ..Default::default()
    };
    let first_two = contacts::list(&conn, &one).unwrap();
    assert_eq!(first_two, listed[..2]);
}

/// A filter picks contacts either packed together (read as the range of
/// their ids, the others in it skipped) or scattered (looked up one by
/// one): both give exactly the contacts picked, each with its own lists.
#[test]
fn a_filtered_list_has_exactly_its_contacts_whether_packed_or_scattered() {
    let mut conn = db::open_in_memory().unwrap();
    let now: Timestamp = "2026-11-25T10:00:00Z".parse().unwrap();
    let mut ids = Vec::new();
    for n in 0..40 {
        let mut tags = vec![];
        if n % 5 != 0 {
            tags.push("most".to_owned());
        }
        if n == 1 || n == 20 || n == 39 {
            tags.push("rare".to_owned());
        }
        let draft = ContactDraft {
            display_name: format!("Person {n:02}"),
            emails: vec![format!("person{n}@example.org")],
            phones: vec![format!("+1 555 01{n:02}")],
            tags,
            ..Default::default()
        };
        ids.push(contacts::create(&mut conn, &draft, now).unwrap().id);
    }
    // A hole among the picked ones.
    contacts::delete(&mut conn, ids[12]).unwrap();

    let by_tag = |tag: &str| {
        let filter = ContactFilter {
            tag: Some(tag.into()),
            ..Default::default()
        };
        contacts::list(&conn, &filter).unwrap()
    };
    for (tag, wanted) in [
        (
            "most",
            (0..40)
                .filter(|n| n % 5 != 0 && *n != 12)
                .collect::<Vec<_>>(),
        ),
        ("rare", vec![1, 20, 39]),
    ] {
        let listed = by_tag(tag);
        let names: Vec<String> = listed.iter().map(|c| c.display_name.clone()).collect();
        let expected: Vec<String> = wanted.iter().map(|n| format!("Person {n:02}")).collect();
        assert_eq!(names, expected, "tag {tag}");
        for contact in &listed {
            let n: usize = contact.display_name[7..].parse().unwrap();
            assert_eq!(contact.emails, vec![format!("person{n}@example.org")]);
            assert_eq!(contact.phones, vec![format!("+1 555 01{n:02}")]);
            assert!(contact.tags.iter().any(|t| t == tag), "{contact:?}");
            assert_eq!(*contact, contacts::get(&conn, contact.id).unwrap());
        }
    }
}
