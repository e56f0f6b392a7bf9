//! Outlook's CSV export, the only bulk export Outlook for Windows offers,
//! in the four languages doctors' Outlook most often speaks: recognised by
//! its header (no format named), columns read by name, dates in the order
//! the language writes them, "0/0/00" as no date, and a German export in
//! Windows-1252 read as the letters it holds. The fixtures are made-up
//! contacts under the full header row Outlook writes in each language.

use std::ops::ControlFlow;
use std::path::PathBuf;

use curbside_core::contacts::{self, Contact, ContactFilter};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use curbside_core::import::{import, open, ImportFormat};
use jiff::Timestamp;
use rusqlite::Connection;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/csv/{name}"))
}

/// Imports a fixture by default, the format found from the file itself.
fn imported(name: &str, format: Option<ImportFormat>) -> (Connection, Vec<Contact>) {
    let mut conn = db::open_in_memory().unwrap();
    let summary = import(
        &mut conn,
        vec![open(&fixture(name), format)],
        false,
        Timestamp::now(),
        |_| ControlFlow::Continue(()),
    )
    .unwrap_or_else(|error| panic!("{name}: {error}"));
    assert!(summary.errors.is_empty(), "{summary:?}");
    let mut people: Vec<Contact> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|c| contacts::get(&conn, c.id).unwrap())
        .collect();
    people.sort_by_key(|c| c.id);
    (conn, people)
}

#[test]
fn an_english_outlook_export_is_recognised_and_read_by_column_name() {
    let (conn, people) = imported("outlook_en.csv", None);
    assert_eq!(people.len(), 2);
    let amara = &people[0];
    assert_eq!(amara.display_name, "Dr. Amara N. Okafor");
    assert_eq!(
        (
            amara.name.prefix.as_str(),
            amara.name.given.as_str(),
            amara.name.middle.as_str(),
            amara.name.family.as_str()
        ),
        ("Dr.", "Amara", "N.", "Okafor")
    );
    assert_eq!(amara.credentials, "MD, PhD");
    assert_eq!(
        (
            amara.institution.as_str(),
            amara.department.as_str(),
            amara.title.as_str()
        ),
        (
            "St Mary's Hospital",
            "Cardiac Sciences",
            "Consultant Cardiologist"
        )
    );
    assert_eq!(amara.specialty, "Cardiologist");
    assert_eq!(amara.emails, ["amara@example.org", "a.okafor@nhs.example"]);
    assert_eq!(
        amara.phones,
        ["+44 7700 900123", "+44 20 7946 0321", "+44 20 7946 0999"]
    );
    let work = &amara.addresses[0];
    assert_eq!(
        (
            work.label.as_str(),
            work.street.as_str(),
            work.locality.as_str(),
            work.postal_code.as_str()
        ),
        ("work", "Praed Street, Level 3", "London", "W2 1NY")
    );
    // 3/14/1980 in the system's (US) format; "0/0/00" is no anniversary.
    assert_eq!(amara.birthday.as_deref(), Some("1980-03-14"));
    assert!(amara.extra.is_empty(), "{:?}", amara.extra);
    assert_eq!(amara.tags, ["Cardiology", "Mentor"]);
    assert_eq!(
        amara.notes,
        "Met at ESC 2026.\nReviews abstracts before March."
    );
    assert_eq!(amara.links[0].value, "https://www.stmarys.example/okafor");

    let ben = &people[1];
    assert_eq!(ben.display_name, "Ben Carter");
    assert_eq!(ben.birthday, None);
    assert_eq!(ben.phones, ["(617) 555-0100"]);
    assert_eq!(ben.addresses[0].label, "home");
    assert_eq!(ben.addresses[0].region, "MA");

    // The birthday leaves in an export as it came in.
    let mut out = Vec::new();
    export(&conn, ExportFormat::Vcard, None, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("BDAY:1980-03-14"), "{text}");
}

#[test]
fn a_german_outlook_export_in_windows_1252_reads_its_umlauts_and_day_first_dates() {
    let (conn, people) = imported("outlook_de.csv", None);
    let jana = &people[0];
    assert_eq!(jana.display_name, "Dr. med. Jana Müller");
    assert_eq!(jana.name.family, "Müller");
    assert_eq!(jana.institution, "Charité – Universitätsmedizin Berlin");
    assert_eq!(
        (jana.department.as_str(), jana.title.as_str()),
        ("Kardiologie", "Oberärztin")
    );
    assert_eq!(jana.emails, ["jana.mueller@charite.example"]);
    assert_eq!(jana.phones, ["+49 151 2345678", "+49 30 450 50"]);
    assert_eq!(jana.addresses[0].street, "Charitéplatz 1");
    assert_eq!(jana.addresses[0].postal_code, "10117");
    assert_eq!(jana.birthday.as_deref(), Some("1980-03-14"));
    assert_eq!(jana.notes, "Kennt Prof. Weiß aus Heidelberg.");
    // "Jahrestag" is kept, and exported as the vCard anniversary.
    let mut out = Vec::new();
    export(&conn, ExportFormat::Vcard4, None, &mut out).unwrap();
    assert!(String::from_utf8(out)
        .unwrap()
        .contains("ANNIVERSARY:20080620"));
}

#[test]
fn a_french_outlook_export_tells_the_title_from_the_job_title_both_named_titre() {
    let (_, people) = imported("outlook_fr.csv", None);
    let helene = &people[0];
    assert_eq!(helene.name.prefix, "Pr");
    assert_eq!(helene.title, "Cheffe de service");
    assert_eq!(
        (helene.name.given.as_str(), helene.name.family.as_str()),
        ("Hélène", "Lefèvre")
    );
    assert_eq!(
        helene.institution,
        "AP-HP Hôpital Européen Georges-Pompidou"
    );
    assert_eq!(helene.emails, ["helene.lefevre@aphp.example"]);
    assert_eq!(helene.addresses[0].locality, "Paris");
    // 04/03/1975 is the 4th of March in a French system's format.
    assert_eq!(helene.birthday.as_deref(), Some("1975-03-04"));
    assert_eq!(helene.notes, "Rencontrée aux JESFC.");
}

#[test]
fn a_spanish_outlook_export_keeps_a_compound_surname_whole() {
    let (_, people) = imported("outlook_es.csv", None);
    let jose = &people[0];
    assert_eq!(jose.display_name, "Dr. José Ñúñez García");
    assert_eq!(jose.name.family, "Ñúñez García");
    assert_eq!(jose.institution, "Hospital Clínic de Barcelona");
    assert_eq!(jose.title, "Jefe de Sección");
    assert_eq!(jose.emails, ["jose.nunez@clinic.example"]);
    assert_eq!(jose.phones, ["+34 600 123 456", "+34 932 27 54 00"]);
    assert_eq!(jose.addresses[0].street, "Carrer de Villarroel, 170");
    assert_eq!(jose.birthday.as_deref(), Some("1970-12-25"));
    assert_eq!(jose.notes, "Coautor del registro.");
}

#[test]
fn naming_the_outlook_format_reads_the_same_and_naming_google_for_it_says_what_it_is() {
    let (_, people) = imported("outlook_en.csv", Some(ImportFormat::Outlook));
    assert_eq!(people.len(), 2);

    let mut conn = db::open_in_memory().unwrap();
    let error = import(
        &mut conn,
        vec![open(&fixture("outlook_en.csv"), Some(ImportFormat::Google))],
        false,
        Timestamp::now(),
        |_| ControlFlow::Continue(()),
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("this looks like an Outlook CSV"),
        "{error}"
    );
}

#[test]
fn importing_an_outlook_export_a_second_time_changes_nothing() {
    for name in [
        "outlook_en.csv",
        "outlook_de.csv",
        "outlook_fr.csv",
        "outlook_es.csv",
    ] {
        let mut conn = db::open_in_memory().unwrap();
        let mut again = || {
            import(
                &mut conn,
                vec![open(&fixture(name), None)],
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
            "{name}"
        );
    }
}

#[test]
fn a_birthday_outlook_wrote_that_is_no_date_is_kept_in_the_notes_as_written() {
    let header = std::fs::read_to_string(fixture("outlook_en.csv"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let columns: Vec<String> = header
        .split(',')
        .map(|c| c.trim_matches('"').to_owned())
        .collect();
    let row = |values: &[(&str, &str)]| {
        columns
            .iter()
            .map(|column| {
                let value = values
                    .iter()
                    .find(|(name, _)| name == column)
                    .map_or("", |v| v.1);
                format!("\"{value}\"")
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let text = [
        header.clone(),
        row(&[
            ("First Name", "Ana"),
            ("Last Name", "Ruiz"),
            ("Birthday", "2/31/1980"),
        ]),
        row(&[
            ("First Name", "Ben"),
            ("Last Name", "Carter"),
            ("Birthday", "0/0/00"),
        ]),
    ]
    .join("\r\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.csv");
    std::fs::write(&path, text + "\r\n").unwrap();
    let mut conn = db::open_in_memory().unwrap();
    import(
        &mut conn,
        vec![open(&path, None)],
        false,
        Timestamp::now(),
        |_| ControlFlow::Continue(()),
    )
    .unwrap();
    let people: Vec<Contact> = contacts::list(&conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|c| contacts::get(&conn, c.id).unwrap())
        .collect();
    let ana = people
        .iter()
        .find(|c| c.display_name == "Ana Ruiz")
        .unwrap();
    assert_eq!(ana.birthday, None);
    assert_eq!(ana.notes, "Birthday (as written): 2/31/1980");
    let ben = people
        .iter()
        .find(|c| c.display_name == "Ben Carter")
        .unwrap();
    assert_eq!(
        (ben.birthday.as_deref(), ben.notes.as_str()),
        (None, ""),
        "0/0/00 is no date"
    );
}
