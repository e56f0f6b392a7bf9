//! The vCards real programs export (iPhone, Mac Address Book, Gmail,
//! Android, Outlook, Lotus Notes, Evolution, Thunderbird…), kept under
//! `tests/fixtures/vcard/real/` (see its README for where they come from).
//! Each imports by default, and the contact shows what the file says: the
//! name, the emails and phones, a street written on several lines, the
//! organisation, the birthday. A value that is not what its field claims
//! (a phone field holding "BusinessPhone") is kept in the notes with a
//! warning, never a reason to refuse the card.

use std::ops::ControlFlow;
use std::path::PathBuf;

use curbside_core::contacts::{self, Contact, ContactFilter};
use curbside_core::db;
use curbside_core::import::{import, open, ImportError, ImportSummary, Source};
use curbside_core::interop::vcard::read_cards;
use curbside_core::values::Address;
use jiff::Timestamp;

fn real(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/vcard/real/{file}"))
}

/// Imports one real file by default (stopping at the first bad entry) and
/// returns the contacts it made, in file order, and the summary.
fn imported(file: &str) -> (Vec<Contact>, ImportSummary) {
    let mut conn = db::open_in_memory().unwrap();
    let summary = import(
        &mut conn,
        vec![open(&real(file), None)],
        false,
        Timestamp::now(),
        |_| ControlFlow::Continue(()),
    )
    .unwrap_or_else(|error| panic!("{file} was refused: {error}"));
    let mut people: Vec<Contact> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|summary| contacts::get(&conn, summary.id).unwrap())
        .collect();
    people.sort_by_key(|contact| contact.id);
    (people, summary)
}

/// The only contact a single-card file makes.
fn only(file: &str) -> Contact {
    let (mut people, summary) = imported(file);
    assert_eq!(people.len(), 1, "{file}");
    assert_eq!(summary.created, 1, "{file}");
    people.remove(0)
}

fn address(contact: &Contact, label: &str) -> Address {
    contact
        .addresses
        .iter()
        .find(|address| address.label == label)
        .cloned()
        .unwrap_or_else(|| panic!("no {label} address in {:?}", contact.addresses))
}

/// The names of the real files, sorted.
fn real_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(real(""))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".vcf"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_real_export_imports_by_default() {
    let files = real_files();
    assert_eq!(files.len(), 18);
    for file in files {
        let (people, summary) = imported(&file);
        assert!(!people.is_empty(), "{file} made no contact");
        assert!(summary.errors.is_empty(), "{file}: {:?}", summary.errors);
    }
}

#[test]
fn importing_every_real_export_a_second_time_changes_nothing() {
    for file in real_files() {
        let mut conn = db::open_in_memory().unwrap();
        let mut again = || {
            import(
                &mut conn,
                vec![open(&real(&file), None)],
                false,
                Timestamp::now(),
                |_| ControlFlow::Continue(()),
            )
            .unwrap()
        };
        let first = again();
        let second = again();
        assert_eq!(
            (second.created, second.updated, second.unchanged),
            (0, 0, first.created),
            "{file}: {second:?}"
        );
    }
}

#[test]
fn an_iphone_card_keeps_its_three_line_work_street_and_every_phone() {
    let john = only("John_Doe_IPHONE.vcf");
    assert_eq!(john.display_name, "Mr. John Richter James Doe Sr.");
    assert_eq!(
        (
            john.name.prefix.as_str(),
            john.name.given.as_str(),
            john.name.family.as_str()
        ),
        ("Mr.", "John", "Doe")
    );
    assert_eq!(john.emails, ["john.doe@ibm.com"]);
    assert_eq!(john.phones.len(), 7);
    assert_eq!(john.phones[0], "905-555-1234");
    let work = address(&john, "work");
    assert_eq!(work.street, "Street4, Building 6, Floor 8");
    assert_eq!(
        (
            work.locality.as_str(),
            work.postal_code.as_str(),
            work.country.as_str()
        ),
        ("New York", "12345", "USA")
    );
    assert_eq!(address(&john, "home").street, "Silicon Alley 5,");
    assert_eq!(
        (john.institution.as_str(), john.department.as_str()),
        ("IBM", "Accounting")
    );
    assert_eq!(john.title, "Money Counter");
    assert_eq!(john.nickname, "Johny");
    assert_eq!(john.birthday.as_deref(), Some("2012-06-06"));
}

#[test]
fn a_mac_address_book_card_reads_like_the_iphone_one() {
    let john = only("John_Doe_MAC_ADDRESS_BOOK.vcf");
    assert_eq!(john.name.family, "Doe");
    assert_eq!(john.emails, ["john.doe@ibm.com"]);
    assert_eq!(john.phones.len(), 7);
    assert_eq!(
        address(&john, "work").street,
        "Street4, Building 6, Floor 8"
    );
    assert_eq!(john.institution, "IBM");
    assert_eq!(john.birthday.as_deref(), Some("2012-06-06"));
    assert!(john.notes.starts_with("THIS SOFTWARE IS PROVIDED"));
}

#[test]
fn gmail_cards_keep_a_whole_address_typed_on_several_lines() {
    let john = only("John_Doe_GMAIL.vcf");
    assert_eq!(john.emails, ["john.doe@ibm.com"]);
    assert_eq!(john.phones, ["905-555-1234", "905-666-1234"]);
    assert_eq!(
        address(&john, "home").extended,
        "Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, United States of America"
    );
    assert_eq!(
        (john.institution.as_str(), john.title.as_str()),
        ("IBM", "Money Counter")
    );
    assert_eq!(john.birthday.as_deref(), Some("1980-03-22"));

    let greg = only("gmail-single.vcf");
    assert_eq!(greg.display_name, "Greg Dartmouth");
    assert_eq!(greg.emails, ["gdartmouth@hotmail.com"]);
    assert_eq!(greg.phones, ["555 555 1111", "555 555 2222"]);
    assert_eq!(
        address(&greg, "home").street,
        "123 Home St, Home City, HM 12345"
    );
    assert_eq!(address(&greg, "CustomAdrType").locality, "Custom City");
    assert_eq!(greg.birthday.as_deref(), Some("1960-09-10"));

    let test = only("gmail-single2.vcf");
    assert_eq!(test.emails.len(), 5);
    assert_eq!(test.phones.len(), 11);
    assert_eq!(test.addresses.len(), 5);
    assert_eq!(test.birthday.as_deref(), Some("1912-06-23"));

    let (list, _) = imported("gmail-list.vcf");
    let names: Vec<&str> = list.iter().map(|c| c.display_name.as_str()).collect();
    assert_eq!(names, ["Arnold Smith", "Chris Beatle", "Doug White"]);
}

#[test]
fn an_android_email_field_holding_text_is_kept_in_the_notes_with_a_warning() {
    let (people, summary) = imported("John_Doe_ANDROID.vcf");
    assert_eq!(people.len(), 6);
    let bob = people
        .iter()
        .find(|c| c.emails == ["bob@company.com"])
        .unwrap();
    assert_eq!(bob.phones, ["123456"]);
    assert_eq!(bob.notes, "Email: ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ");
    assert_eq!(summary.warnings.len(), 1);
    // The EMAIL line of the card, not the card's BEGIN line.
    assert_eq!(summary.warnings[0].line, 44);
    assert_eq!(
        summary.warnings[0].message,
        "\"ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ\" is not an email address: kept in the notes"
    );
    let henry = people
        .iter()
        .find(|c| c.emails == ["henry@company.com"])
        .unwrap();
    assert_eq!(henry.phones, ["55556666"]);
}

#[test]
fn an_outlook_2003_card_with_words_in_its_phone_fields_imports_and_keeps_them_in_the_notes() {
    let (people, summary) = imported("outlook-2003.vcf");
    let john = &people[0];
    assert_eq!(john.display_name, "John Doe III");
    assert_eq!(john.name.prefix, "Mr.");
    assert_eq!(john.emails, ["jdoe@hotmail.com"]);
    assert!(john.phones.is_empty());
    assert!(john.notes.contains("Phone (work): BusinessPhone"));
    assert!(john.notes.contains("Phone (mobile): MobilePhone"));
    assert!(john.notes.starts_with("This is the note field!!"));
    let work = address(john, "work");
    assert_eq!(
        (
            work.street.as_str(),
            work.locality.as_str(),
            work.region.as_str()
        ),
        ("123 Main St", "Austin", "TX")
    );
    assert_eq!(john.institution, "Company, The");
    assert_eq!(john.birthday.as_deref(), Some("1980-03-21"));
    let lines: Vec<usize> = summary.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [10, 11, 12, 13]);
    assert_eq!(
        summary.warnings[0].message,
        "\"BusinessPhone\" is not a phone number: kept in the notes"
    );
}

#[test]
fn outlook_lotus_notes_evolution_and_blackberry_cards_show_their_people() {
    let outlook = only("John_Doe_MS_OUTLOOK.vcf");
    assert_eq!(outlook.emails, ["john.doe@ibm.cm"]);
    assert_eq!(outlook.phones, ["(905) 555-1234", "(905) 666-1234"]);
    assert_eq!(address(&outlook, "work").street, "Cresent moon drive");
    assert_eq!(outlook.specialty, "Counting Money");

    let mike = only("outlook-2007.vcf");
    assert_eq!(mike.display_name, "Mr. Michael Angstadt Jr.");
    assert_eq!(mike.emails, ["mike.angstadt@gmail.com"]);
    assert_eq!(mike.phones.len(), 4);
    assert_eq!(address(&mike, "work").street, "222 Broadway");
    assert_eq!(mike.birthday.as_deref(), Some("1922-03-10"));

    let lotus = only("John_Doe_LOTUS_NOTES.vcf");
    assert_eq!(lotus.emails, ["john.doe@ibm.com", "billy_bob@gmail.com"]);
    assert_eq!(
        address(&lotus, "home").street,
        "25334, South cresent drive, Building 5, 3rd floo r"
    );
    assert_eq!(
        (lotus.institution.as_str(), lotus.department.as_str()),
        ("IBM", "SUN")
    );
    assert_eq!(lotus.birthday.as_deref(), Some("1980-05-21"));

    let evolution = only("John_Doe_EVOLUTION.vcf");
    assert_eq!(evolution.emails, ["john.doe@ibm.com"]);
    assert_eq!(address(&evolution, "home").po_box, "ASB-123");
    assert_eq!(evolution.tags, ["VIP"]);

    let blackberry = only("John_Doe_BLACK_BERRY.vcf");
    assert_eq!(blackberry.display_name, "John Doe");
    assert_eq!(blackberry.phones, ["+96123456789"]);
    assert_eq!(blackberry.institution, "Acme Solutions");
}

#[test]
fn thunderbird_fullcontact_rfc_examples_and_a_broken_label_parameter_import() {
    let john = only("thunderbird-MoreFunctionsForAddressBook-extension.vcf");
    assert_eq!(john.emails.len(), 5);
    assert_eq!(address(&john, "home").locality, "Austin");
    assert_eq!(john.birthday.as_deref(), Some("1970-09-21"));

    let full = only("fullcontact.vcf");
    assert_eq!(full.emails.len(), 5);
    assert_eq!(full.addresses.len(), 4);
    assert_eq!(full.notes, "Notes line 1\nNotes line 2");

    let (rfc3, _) = imported("rfc2426-example.vcf");
    let names: Vec<&str> = rfc3.iter().map(|c| c.display_name.as_str()).collect();
    assert_eq!(names, ["Frank Dawson", "Tim Howes"]);

    // vCard 4.0's TZ:-0500 is the contact's zone (a fixed UTC-5).
    let simon = only("rfc6350-example.vcf");
    assert_eq!(simon.credentials, "M.Sc.");
    assert_eq!(simon.time_zone, "Etc/GMT+5");
    assert_eq!(simon.birthday.as_deref(), Some("--02-03"));

    // Outlook wrote an unquoted LABEL with colons in it; the address still reads.
    let dummy = only("issue114.vcf");
    let work = address(&dummy, "work");
    assert_eq!(
        (
            work.street.as_str(),
            work.locality.as_str(),
            work.postal_code.as_str(),
            work.country.as_str()
        ),
        ("Dummy-Dummy-Strasse 1", "Bad Homburg", "61352", "Germany")
    );
}

#[test]
fn a_title_too_long_for_its_field_is_kept_in_the_notes_with_a_warning_at_its_line() {
    let title = "Consultant ".repeat(40);
    let text = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEMAIL:ana@example.org\r\n\
         TITLE:{title}\r\nEND:VCARD\r\n"
    );
    let (summary, conn) = import_text(&text).unwrap();
    assert_eq!(summary.created, 1);
    assert_eq!(summary.warnings[0].line, 5);
    assert_eq!(
        summary.warnings[0].message,
        "Title is too long for its field: kept in the notes"
    );
    let ana = contacts::get(
        &conn,
        contacts::list(&conn, &ContactFilter::default()).unwrap()[0].id,
    )
    .unwrap();
    assert_eq!(ana.title, "");
    assert_eq!(ana.notes, format!("Title: {}", title.trim()));
}

#[test]
fn a_card_that_still_cannot_be_stored_is_reported_at_the_line_of_the_field_at_fault() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEMAIL:ana@example.org\r\n\
                TITLE:Consultant\u{7}\r\nEND:VCARD\r\n";
    let Err(ImportError::Stopped(summary)) = import_text(text) else {
        panic!("expected a stopped import");
    };
    assert_eq!(summary.errors[0].line, 5);
    assert_eq!(
        summary.errors[0].message,
        "Title must be a single line of text"
    );
}

/// Imports vCard text by default into a new book.
fn import_text(text: &str) -> Result<(ImportSummary, rusqlite::Connection), ImportError> {
    let source = Source {
        file: "book.vcf".into(),
        cards: Box::new(read_cards(text.as_bytes())),
    };
    let mut conn = db::open_in_memory().unwrap();
    let summary = import(&mut conn, vec![source], false, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })?;
    Ok((summary, conn))
}
