//! The address book is the one a phone shows: a contact a phone saves
//! appears in Curbside after `sync now`, and an edit made in Curbside is in
//! the vCard the phone reads back.

use curbside_sync::testing::{Radicale, PASSWORD, USER};

use super::computers::Computer;
use super::phone::Phone;

const PHONE_CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-7f3a\r\n\
    FN:Dr. Priya Nair\r\nN:Nair;Priya;;Dr.;\r\nEMAIL:priya.nair@example.org\r\n\
    TEL:+44 20 7946 0000\r\nORG:St Thomas' Hospital\r\nEND:VCARD\r\n";

#[test]
fn a_contact_saved_on_a_phone_appears_and_an_edit_here_reaches_the_phone() {
    let server = Radicale::start();
    let computer = Computer::new();
    let added = computer.join(&server, None);
    computer.sync();
    let book = added["address_book"].as_str().unwrap();
    let phone = Phone::new(&server.url(), USER, PASSWORD);
    let path = format!("{}/phone-7f3a.vcf", book.trim_end_matches('/'));
    let put = phone.put_vcard(&path, PHONE_CARD);
    assert!(matches!(put.status, 201 | 204), "{put:?}");

    let report = computer.sync();
    assert_eq!(report["received"], 1, "{report}");
    let priya = computer.contact_named("Dr. Priya Nair");
    assert_eq!(
        priya["emails"],
        serde_json::json!(["priya.nair@example.org"])
    );

    let id = priya["id"].to_string();
    computer.json(&[
        "contacts",
        "edit",
        &id,
        "--email",
        "priya.nair@nhs.example",
        "--specialty",
        "Oncology",
    ]);
    let report = computer.sync();
    assert!(report["sent"].as_u64().unwrap() >= 1, "{report}");
    let card = phone.get(&path);
    assert_eq!(card.status, 200, "{card:?}");
    assert!(
        card.body.contains("priya.nair@nhs.example"),
        "{}",
        card.body
    );
    assert!(
        !card.body.contains("priya.nair@example.org"),
        "{}",
        card.body
    );
    assert!(card.body.contains("UID:phone-7f3a"), "{}", card.body);
    assert!(card.body.contains("Dr. Priya Nair"), "{}", card.body);
}
