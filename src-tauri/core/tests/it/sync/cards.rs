//! Contacts as the address book's vCards (issue 17): the whole record
//! sealed inside, nothing sealed in plain, a phone's edit told from its
//! reformatting and merged back into the contact. The helpers here serve
//! the other `cards_…` modules too (the sync key, events and private
//! records).

use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::sync::cards::{self, CardError, Writing};
use curbside_core::sync::records::{Doc, Kind};
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::SyncKey;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use crate::support::{at, db};

/// What no resource may show in plain text.
pub(super) const SECRET_NOTE: &str = "Worried about the department's ablation numbers";
pub(super) const SECRET_FIELD: &str = "Introduced by the chief at the Lisbon dinner";

pub(super) fn key() -> SyncKey {
    SyncKey::generate().unwrap()
}

pub(super) fn body(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("a test record is an object"),
    }
}

/// A contact with a uid, as the records helper would have given it.
pub(super) fn contact(conn: &mut Connection, uid: &str, draft: ContactDraft) -> (ContactId, Doc) {
    let id = contacts::create(conn, &draft, at("2026-01-10T12:00:00Z"))
        .unwrap()
        .id;
    conn.execute("UPDATE contacts SET uid = ?2 WHERE id = ?1", (id, uid))
        .unwrap();
    let doc = Doc {
        kind: Kind::Contact,
        uid: uid.to_owned(),
        body: body(json!({
            "display_name": draft.display_name,
            "notes": draft.notes,
            "met_introduced_by_note": SECRET_FIELD,
        })),
    };
    (id, doc)
}

pub(super) fn ana() -> ContactDraft {
    ContactDraft {
        display_name: "Dr. Ana Ruiz".into(),
        title: "Fellow".into(),
        institution: "Hospital Clínic".into(),
        emails: vec!["ana.ruiz@example.org".into()],
        phones: vec!["+34 600 000 001".into()],
        notes: SECRET_NOTE.into(),
        ..Default::default()
    }
}

/// A resource's content lines, unfolded.
pub(super) fn unfolded(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().unwrap().push_str(rest),
            None if line.is_empty() => {}
            None => lines.push(line.to_owned()),
        }
    }
    lines
}

/// `text` with every content line `edit` returns `Some` for replaced.
pub(super) fn edited(text: &str, edit: impl Fn(&str) -> Option<String>) -> String {
    let lines: Vec<String> = unfolded(text)
        .into_iter()
        .map(|line| edit(&line).unwrap_or(line))
        .collect();
    lines.join("\r\n") + "\r\n"
}

pub(super) fn apply(
    conn: &mut Connection,
    kind: Kind,
    uid: &str,
    base: Option<&str>,
    plain: &str,
) -> Vec<curbside_core::sync::merge::FieldConflict> {
    let tx = conn.transaction().unwrap();
    let conflicts = cards::apply_plain_edit(&tx, kind, uid, base, plain).unwrap();
    tx.commit().unwrap();
    conflicts
}

#[test]
fn a_contact_comes_back_whole_and_shows_the_server_no_notes() {
    let mut conn = db();
    let (_, doc) = contact(&mut conn, "c-ana", ana());
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    assert_eq!(resource.name, "c-ana.vcf");
    assert!(resource.body.contains("FN:Dr. Ana Ruiz"));
    assert!(resource
        .body
        .contains("EMAIL;TYPE=INTERNET:ana.ruiz@example.org"));
    assert!(resource.body.contains("UID:c-ana"));
    let flat = unfolded(&resource.body).join("\n");
    assert!(!flat.contains("ablation"), "the note is in plain text");
    assert!(!flat.contains("Lisbon"), "a sealed field is in plain text");
    assert!(!resource.plain.contains("X-CURBSIDE-SEALED"));
    assert!(
        resource.body.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded at 75 octets"
    );

    let incoming = cards::read(Collection::Contacts, &resource.name, &resource.body, &key).unwrap();
    assert_eq!(incoming.sealed, Some(doc));
    assert_eq!(
        (incoming.kind, incoming.uid.as_str()),
        (Kind::Contact, "c-ana")
    );
    assert!(!incoming.plain_edited);
}

#[test]
fn contact_notes_go_in_plain_text_when_the_user_chose_it() {
    let mut conn = db();
    let (_, doc) = contact(&mut conn, "c-ana", ana());
    let writing = Writing {
        contact_notes_plain: true,
    };
    let resource = cards::write(&conn, &doc, &key(), writing).unwrap();
    assert!(unfolded(&resource.body)
        .iter()
        .any(|line| line == &format!("NOTE:{SECRET_NOTE}")));
}

#[test]
fn a_phone_that_only_reformats_a_card_has_not_edited_it() {
    let mut conn = db();
    let (_, doc) = contact(&mut conn, "c-ana", ana());
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    // Reordered, unfolded, LF line ends, lower-case names and parameters,
    // a REV and a PRODID of the phone's own.
    let mut lines = unfolded(&resource.body);
    let end = lines.len() - 1;
    lines[1..end].reverse();
    let lines: Vec<String> = lines
        .into_iter()
        .map(|line| match line.split_once(':') {
            Some((head, value)) if head.starts_with("EMAIL") => {
                format!("email;type=internet:{value}")
            }
            _ => line,
        })
        .collect();
    let mut text = lines.join("\n");
    text = text.replace(
        "END:VCARD",
        "PRODID:-//Apple Inc.//iOS 18//EN\nREV:2026-03-01T10:00:00Z\nEND:VCARD",
    );
    let incoming = cards::read(Collection::Contacts, &resource.name, &text, &key).unwrap();
    assert!(!incoming.plain_edited);
    assert!(incoming.sealed.is_some());
}

#[test]
fn a_phones_edit_of_an_email_reaches_the_contact() {
    let mut conn = db();
    let (id, doc) = contact(&mut conn, "c-ana", ana());
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let phone = edited(&resource.body, |line| {
        line.starts_with("EMAIL")
            .then(|| "EMAIL;TYPE=INTERNET,WORK:ana@clinic.example".to_owned())
    });
    let incoming = cards::read(Collection::Contacts, &resource.name, &phone, &key).unwrap();
    assert!(incoming.plain_edited);
    assert_eq!(incoming.sealed, Some(doc), "the sealed record is untouched");

    let conflicts = apply(
        &mut conn,
        Kind::Contact,
        "c-ana",
        Some(&resource.plain),
        &incoming.plain,
    );
    assert!(conflicts.is_empty(), "{conflicts:?}");
    let stored = contacts::get(&conn, id).unwrap();
    assert_eq!(stored.emails, ["ana@clinic.example"]);
    assert_eq!(
        stored.notes, SECRET_NOTE,
        "the notes the phone never saw stay"
    );
    assert_eq!(stored.title, "Fellow");
    assert_eq!(stored.phones, ["+34 600 000 001"]);
    assert_eq!(
        stored.name,
        contacts::NameParts::default(),
        "the name parts the export guessed are not stored"
    );
    assert_eq!(stored.display_name, "Dr. Ana Ruiz");
}

#[test]
fn a_card_another_program_made_becomes_a_contact_with_its_uid() {
    let mut conn = db();
    let key = key();
    let text = std::fs::read_to_string(fixture("vcard/real/John_Doe_EVOLUTION.vcf")).unwrap();
    let incoming = cards::read(Collection::Contacts, "evolution.vcf", &text, &key).unwrap();
    assert_eq!(incoming.sealed, None);
    assert_eq!(incoming.kind, Kind::Contact);
    assert_eq!(incoming.uid, "477343c8e6bf375a9bac1f96a5000837");
    assert!(incoming.plain_edited);

    let conflicts = apply(
        &mut conn,
        Kind::Contact,
        &incoming.uid,
        None,
        &incoming.plain,
    );
    assert!(conflicts.is_empty());
    let id: ContactId = conn
        .query_row(
            "SELECT id FROM contacts WHERE uid = '477343c8e6bf375a9bac1f96a5000837'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let john = contacts::get(&conn, id).unwrap();
    assert_eq!(john.display_name, "Mr. John Richter, James Doe Sr.");
    assert_eq!(john.emails, ["john.doe@ibm.com"]);
    assert_eq!(john.institution, "IBM");
    assert!(john.notes.starts_with("THIS SOFTWARE IS PROVIDED"));

    // Read again, the same card changes nothing and makes no second contact.
    apply(
        &mut conn,
        Kind::Contact,
        &incoming.uid,
        Some(&incoming.plain),
        &incoming.plain,
    );
    assert_eq!(contacts::count(&conn).unwrap(), 1);
}

#[test]
fn a_card_with_no_uid_is_named_by_its_resource() {
    let text = std::fs::read_to_string(fixture("vcard/real/John_Doe_IPHONE.vcf")).unwrap();
    let incoming = cards::read(Collection::Contacts, "ABCD-1234.vcf", &text, &key()).unwrap();
    assert_eq!(
        (incoming.kind, incoming.uid.as_str()),
        (Kind::Contact, "ABCD-1234")
    );
    let mut conn = db();
    apply(
        &mut conn,
        Kind::Contact,
        &incoming.uid,
        None,
        &incoming.plain,
    );
    assert_eq!(contacts::count(&conn).unwrap(), 1);
}

#[test]
fn the_same_field_changed_on_both_sides_is_a_conflict_and_keeps_this_computers_value() {
    let mut conn = db();
    let (id, doc) = contact(&mut conn, "c-ana", ana());
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let mut draft = ContactDraft::from(contacts::get(&conn, id).unwrap());
    draft.title = "Consultant".into();
    contacts::update(&mut conn, id, &draft, at("2026-02-01T09:00:00Z")).unwrap();
    let phone = edited(&resource.body, |line| {
        if line.starts_with("TITLE") {
            Some("TITLE:Attending".to_owned())
        } else if line.starts_with("TEL") {
            Some("TEL:+34 600 000 099".to_owned())
        } else {
            None
        }
    });
    let incoming = cards::read(Collection::Contacts, &resource.name, &phone, &key).unwrap();
    let conflicts = apply(
        &mut conn,
        Kind::Contact,
        "c-ana",
        Some(&resource.plain),
        &incoming.plain,
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].field, "TITLE");
    assert_eq!(conflicts[0].here, ["TITLE:Consultant"]);
    assert_eq!(conflicts[0].there, ["TITLE:Attending"]);
    let stored = contacts::get(&conn, id).unwrap();
    assert_eq!(stored.title, "Consultant");
    assert_eq!(stored.phones, ["+34 600 000 099"], "the other field merged");

    // The user keeps the phone's.
    let tx = conn.transaction().unwrap();
    cards::apply_plain_field(&tx, Kind::Contact, "c-ana", "TITLE", &conflicts[0].there).unwrap();
    tx.commit().unwrap();
    let stored = contacts::get(&conn, id).unwrap();
    assert_eq!(stored.title, "Attending");
    assert_eq!(stored.phones, ["+34 600 000 099"]);
}

#[test]
fn a_phones_note_never_replaces_notes_it_was_not_shown() {
    let mut conn = db();
    let (id, doc) = contact(&mut conn, "c-ana", ana());
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let phone = resource.body.replace(
        "END:VCARD",
        "NOTE:Call back about the registry\r\nEND:VCARD",
    );
    let incoming = cards::read(Collection::Contacts, &resource.name, &phone, &key).unwrap();
    assert!(incoming.plain_edited);
    let conflicts = apply(
        &mut conn,
        Kind::Contact,
        "c-ana",
        Some(&resource.plain),
        &incoming.plain,
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].field, "NOTE");
    assert_eq!(conflicts[0].there, ["NOTE:Call back about the registry"]);
    assert_eq!(contacts::get(&conn, id).unwrap().notes, SECRET_NOTE);

    let tx = conn.transaction().unwrap();
    cards::apply_plain_field(&tx, Kind::Contact, "c-ana", "NOTE", &conflicts[0].there).unwrap();
    tx.commit().unwrap();
    assert_eq!(
        contacts::get(&conn, id).unwrap().notes,
        "Call back about the registry"
    );
}

#[test]
fn a_phone_that_drops_curbsides_own_properties_does_not_clear_them() {
    let mut conn = db();
    let mut draft = ana();
    draft.pronouns = "she/her".into();
    draft.subspecialty = "Electrophysiology".into();
    let (id, doc) = contact(&mut conn, "c-ana", draft);
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let lines: Vec<String> = unfolded(&resource.body)
        .into_iter()
        .filter(|line| !line.starts_with("X-"))
        .map(|line| {
            if line.starts_with("TITLE") {
                "TITLE:Attending".to_owned()
            } else {
                line
            }
        })
        .collect();
    let phone = lines.join("\r\n");
    let incoming = cards::read(Collection::Contacts, &resource.name, &phone, &key).unwrap();
    assert_eq!(
        incoming.sealed, None,
        "the phone dropped the sealed record too"
    );
    apply(
        &mut conn,
        Kind::Contact,
        "c-ana",
        Some(&resource.plain),
        &incoming.plain,
    );
    let stored = contacts::get(&conn, id).unwrap();
    assert_eq!(stored.title, "Attending");
    assert_eq!(stored.pronouns, "she/her");
    assert_eq!(stored.subspecialty, "Electrophysiology");
}

#[test]
fn a_photo_is_sealed_as_a_digest_and_a_new_one_is_an_edit() {
    let mut conn = db();
    let (id, doc) = contact(&mut conn, "c-ana", ana());
    let photo: Vec<u8> = (0..3000u32).map(|n| (n * 7 % 251) as u8).collect();
    conn.execute(
        "INSERT INTO contact_photos (contact_id, media_type, data) VALUES (?1, 'image/jpeg', ?2)",
        (id, &photo),
    )
    .unwrap();
    let key = key();
    let resource = cards::write(&conn, &doc, &key, Writing::default()).unwrap();
    let photo_text = data_encoding::BASE64.encode(&photo);
    assert!(unfolded(&resource.body)
        .iter()
        .any(|line| line.ends_with(&photo_text)));
    assert!(
        resource.body.len() < resource.plain.len() * 2,
        "the photo travels once, not again in the sealed record"
    );
    let incoming = cards::read(Collection::Contacts, &resource.name, &resource.body, &key).unwrap();
    assert!(!incoming.plain_edited);
    let other = data_encoding::BASE64.encode(&vec![9u8; 3000]);
    let phone = resource.body.replace(&photo_text[..40], &other[..40]);
    let phone = edited(&phone, |_| None);
    let incoming = cards::read(Collection::Contacts, &resource.name, &phone, &key).unwrap();
    assert!(incoming.plain_edited, "a new photo is an edit");
}

#[test]
fn an_edit_that_leaves_no_contact_changes_nothing() {
    let mut conn = db();
    let (id, doc) = contact(&mut conn, "c-ana", ana());
    let resource = cards::write(&conn, &doc, &key(), Writing::default()).unwrap();
    let before = contacts::get(&conn, id).unwrap();
    let nameless = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c-ana\r\nNOTE:only a note\r\nEND:VCARD\r\n";
    let tx = conn.transaction().unwrap();
    let error =
        cards::apply_plain_edit(&tx, Kind::Contact, "c-ana", Some(&resource.plain), nameless);
    tx.commit().unwrap();
    let error = error.unwrap_err();
    assert!(matches!(error, CardError::Unreadable { .. }), "{error}");
    assert_eq!(contacts::get(&conn, id).unwrap(), before);
}

pub(super) fn fixture(path: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}
