//! The sync key (issue 17): copied by hand to the other computer, typed
//! wrong, and records sealed with another key or tampered with.

use curbside_core::sync::cards::{self, CardError, Writing};
use curbside_core::sync::records::{Doc, Kind};
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::{SealError, SyncKey};
use serde_json::json;

use super::cards::{body, key};
use crate::support::db;

#[test]
fn a_sync_key_survives_being_copied_by_hand() {
    let key = key();
    let text = key.to_text();
    let groups: Vec<&str> = text.split('-').collect();
    assert_eq!(groups.len(), 13, "{text}");
    assert!(groups.iter().all(|group| group.len() == 4));
    assert_eq!(text, text.to_uppercase());
    let typed = text.to_lowercase().replace('-', " ");
    let again = SyncKey::from_text(&format!("  {typed} ")).unwrap();
    assert_eq!(again.to_text(), text);
    let sealed = key.seal(b"the record").unwrap();
    assert_eq!(again.open(&sealed).unwrap().as_slice(), b"the record");
}

#[test]
fn a_sync_key_typed_wrong_is_refused() {
    let text = key().to_text();
    let short = &text[..text.len() - 1];
    let longer = format!("{text}A");
    let not_base32 = format!("1{}", &text[1..]);
    for typo in [
        short,
        &longer,
        &not_base32,
        "",
        "correct horse battery staple",
    ] {
        assert_eq!(
            SyncKey::from_text(typo).unwrap_err(),
            SealError::NotAKey,
            "{typo}"
        );
    }
}

#[test]
fn a_record_sealed_with_another_key_does_not_open() {
    let sealed = key().seal(b"interaction notes").unwrap();
    assert_eq!(key().open(&sealed).unwrap_err(), SealError::WrongKey);
}

#[test]
fn a_tampered_or_damaged_record_is_refused() {
    let key = key();
    let sealed = key.seal(b"interaction notes").unwrap();
    let mut bytes = data_encoding::BASE64.decode(sealed.as_bytes()).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    let tampered = data_encoding::BASE64.encode(&bytes);
    assert_eq!(key.open(&tampered).unwrap_err(), SealError::WrongKey);
    assert!(matches!(
        key.open("not base64 at all!"),
        Err(SealError::Malformed(_))
    ));
    assert!(matches!(key.open("AAAA"), Err(SealError::Malformed(_))));
}

#[test]
fn the_key_check_opens_only_with_its_key() {
    let key = key();
    let check = key.key_check().unwrap();
    assert!(check.contains("BEGIN:VJOURNAL"));
    assert!(key.opens_key_check(&check));
    assert!(!self::key().opens_key_check(&check));
    assert!(!key.opens_key_check("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
}

#[test]
fn a_record_sealed_with_another_key_says_so() {
    let conn = db();
    let doc = Doc {
        kind: Kind::Credit,
        uid: "cr-1".into(),
        body: body(json!({ "title": "ACLS" })),
    };
    let resource = cards::write(&conn, &doc, &key(), Writing::default()).unwrap();
    let error =
        cards::read(Collection::Private, &resource.name, &resource.body, &key()).unwrap_err();
    assert!(
        matches!(error, CardError::Seal(SealError::WrongKey)),
        "{error}"
    );
}
