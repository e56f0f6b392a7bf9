//! Re-imports never remove what they do not carry: LinkedIn's connections
//! over a contact first imported from a vCard keep its "Dr." and its
//! credentials; vCard 4.0's `TZ` becomes the contact's time zone and its
//! `ANNIVERSARY` is kept and exported again; a contact saved with a name
//! only exports a vCard `N` other apps can show.

use std::io::Cursor;
use std::ops::ControlFlow;

use curbside_core::contacts::{self, Contact, ContactDraft, ContactFilter};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use curbside_core::import::{import, ImportSummary, Source};
use curbside_core::interop::{linkedin, vcard};
use jiff::Timestamp;
use rusqlite::Connection;

fn run(conn: &mut Connection, source: Source<'_>) -> ImportSummary {
    import(conn, vec![source], false, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap()
}

fn vcf(conn: &mut Connection, text: &str) -> ImportSummary {
    let text = text.replace('\n', "\r\n");
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(text.into_bytes()))),
    };
    run(conn, source)
}

fn connections(conn: &mut Connection, rows: &str) -> ImportSummary {
    let text = format!(
        "Notes:\n\"LinkedIn's preamble\"\n\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\n{rows}"
    );
    let cards = linkedin::read_cards(Cursor::new(text.into_bytes())).unwrap();
    let source = Source {
        file: "Connections.csv".into(),
        cards: Box::new(cards),
    };
    run(conn, source)
}

fn everyone(conn: &Connection) -> Vec<Contact> {
    contacts::list(conn, &ContactFilter::default())
        .unwrap()
        .into_iter()
        .map(|summary| contacts::get(conn, summary.id).unwrap())
        .collect()
}

fn exported(conn: &Connection, format: ExportFormat) -> String {
    let mut out = Vec::new();
    export(conn, format, None, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

const ANA: &str = "BEGIN:VCARD
VERSION:4.0
FN:Dr. Ana Ruiz\\, MD\\, PhD
N:Ruiz;Ana;Isabel;Dr.;MD\\,PhD
EMAIL:ana.ruiz@example.org
ORG:Hospital Clínic
TZ:Europe/Madrid
ANNIVERSARY:19980620
END:VCARD
";

#[test]
fn linkedin_over_a_vcard_keeps_the_prefix_middle_name_and_credentials_it_does_not_list() {
    let mut conn = db::open_in_memory().unwrap();
    vcf(&mut conn, ANA);
    let summary = connections(
        &mut conn,
        "Ana,\"Ruiz, MD, MPH\",https://www.linkedin.com/in/ana-ruiz,ana.ruiz@example.org,\
         Hospital Clínic,Consultant Cardiologist,12 Mar 2024\n",
    );
    assert_eq!((summary.created, summary.updated), (0, 1), "{summary:?}");
    let ana = &everyone(&conn)[0];
    assert_eq!(ana.name.prefix, "Dr.");
    assert_eq!(ana.name.middle, "Isabel");
    assert_eq!(
        (ana.name.given.as_str(), ana.name.family.as_str()),
        ("Ana", "Ruiz")
    );
    assert_eq!(ana.credentials, "MD, PhD, MPH");
    assert_eq!(ana.display_name, "Dr. Ana Ruiz, MD, PhD");
    // What LinkedIn does carry is taken.
    assert_eq!(ana.title, "Consultant Cardiologist");
    assert_eq!(ana.links[0].value, "https://www.linkedin.com/in/ana-ruiz");

    // The same file again changes nothing.
    let again = connections(
        &mut conn,
        "Ana,\"Ruiz, MD, MPH\",https://www.linkedin.com/in/ana-ruiz,ana.ruiz@example.org,\
         Hospital Clínic,Consultant Cardiologist,12 Mar 2024\n",
    );
    assert_eq!((again.updated, again.unchanged), (0, 1), "{again:?}");
}

#[test]
fn a_new_name_in_a_re_import_still_replaces_the_old_one() {
    let mut conn = db::open_in_memory().unwrap();
    vcf(&mut conn, ANA);
    connections(
        &mut conn,
        "Ana,Ruiz-López,,ana.ruiz@example.org,Hospital Clínic,Cardiologist,12 Mar 2024\n",
    );
    let ana = &everyone(&conn)[0];
    assert_eq!(ana.display_name, "Ana Ruiz-López");
    assert_eq!(ana.name.family, "Ruiz-López");
    assert_eq!(ana.name.prefix, "Dr.");
}

#[test]
fn a_vcard_4_time_zone_is_the_contacts_zone_and_its_anniversary_is_kept_and_exported() {
    let mut conn = db::open_in_memory().unwrap();
    vcf(&mut conn, ANA);
    let ana = &everyone(&conn)[0];
    assert_eq!(ana.time_zone, "Europe/Madrid");

    let v4 = exported(&conn, ExportFormat::Vcard4);
    assert!(v4.contains("\r\nANNIVERSARY:19980620\r\n"), "{v4}");
    assert!(v4.contains("\r\nTZ:Europe/Madrid\r\n"), "{v4}");
    let v3 = exported(&conn, ExportFormat::Vcard);
    assert!(v3.contains("\r\nX-ANNIVERSARY:1998-06-20\r\n"), "{v3}");
    assert!(v3.contains("\r\nTZ;VALUE=text:Europe/Madrid\r\n"), "{v3}");

    // A LinkedIn re-import, and a vCard re-import that carries other unknown
    // properties but no anniversary, keep it.
    connections(
        &mut conn,
        "Ana,Ruiz,,ana.ruiz@example.org,Hospital Clínic,Cardiologist,12 Mar 2024\n",
    );
    vcf(
        &mut conn,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEMAIL:ana.ruiz@example.org\nX-SPOUSE:Luis\nEND:VCARD\n",
    );
    let v4 = exported(&conn, ExportFormat::Vcard4);
    assert!(v4.contains("\r\nANNIVERSARY:19980620\r\n"), "{v4}");
    assert!(v4.contains("\r\nX-SPOUSE:Luis\r\n"), "{v4}");
    assert_eq!(everyone(&conn)[0].time_zone, "Europe/Madrid");
}

#[test]
fn whole_hour_utc_offsets_become_fixed_zones_and_other_tz_values_are_kept_as_written() {
    let mut conn = db::open_in_memory().unwrap();
    vcf(
        &mut conn,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ben Carter\nTZ:-05:00\nEND:VCARD\n\
         BEGIN:VCARD\nVERSION:3.0\nFN:Chitra Rao\nTZ:+05:30\nEND:VCARD\n",
    );
    let people = everyone(&conn);
    let zone = |name: &str| {
        people
            .iter()
            .find(|c| c.display_name == name)
            .map(|c| (c.time_zone.clone(), c.extra.clone()))
            .unwrap()
    };
    assert_eq!(zone("Ben Carter"), ("Etc/GMT+5".to_owned(), vec![]));
    assert_eq!(
        zone("Chitra Rao"),
        (String::new(), vec!["TZ:+05:30".to_owned()])
    );
}

#[test]
fn a_contact_saved_with_a_name_only_exports_a_structured_name() {
    let mut conn = db::open_in_memory().unwrap();
    let draft = |name: &str| ContactDraft {
        display_name: name.into(),
        ..Default::default()
    };
    contacts::create(&mut conn, &draft("Dr. Ana Ruiz"), Timestamp::now()).unwrap();
    contacts::create(
        &mut conn,
        &draft("Prof. José Ñúñez García, MD"),
        Timestamp::now(),
    )
    .unwrap();
    contacts::create(&mut conn, &draft("Cher"), Timestamp::now()).unwrap();
    // An organisation is not split into a given and a family name.
    let imaging = ContactDraft {
        institution: "Riverside Imaging".into(),
        ..draft("Riverside Imaging")
    };
    contacts::create(&mut conn, &imaging, Timestamp::now()).unwrap();
    let v3 = exported(&conn, ExportFormat::Vcard);
    assert!(v3.contains("\r\nN:Ruiz;Ana;;Dr.;\r\n"), "{v3}");
    assert!(v3.contains("\r\nN:García;José;Ñúñez;Prof.;MD\r\n"), "{v3}");
    assert!(v3.contains("\r\nN:;Cher;;;\r\n"), "{v3}");
    assert!(
        v3.contains("\r\nFN:Riverside Imaging\r\nN:;;;;\r\n"),
        "{v3}"
    );

    // Importing that export back into the same book changes nothing.
    let source = Source {
        file: "export.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(v3.into_bytes()))),
    };
    let summary = run(&mut conn, source);
    assert_eq!((summary.updated, summary.unchanged), (0, 4), "{summary:?}");
}
