//! Reading LinkedIn's `Connections.csv` into cards, from realistic exports
//! under `fixtures/csv/`.

use crate::support::contacts_csv::fixture;
use crate::support::labeled;
use curbside_core::interop::{linkedin, Card, ParseError};
use curbside_core::values::PartialDate;

fn linkedin_cards(bytes: &[u8]) -> Vec<Result<Card, ParseError>> {
    linkedin::read_cards(bytes).unwrap().collect()
}

#[test]
fn linkedin_export_with_bom_and_three_line_preamble_reads_every_connection() {
    let cards: Vec<Card> = linkedin_cards(&fixture("linkedin_2024.csv"))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(cards.len(), 5);
    let amara = &cards[0];
    assert_eq!(amara.line, 5);
    assert_eq!(amara.display_name, "Amara Okafor");
    assert_eq!(amara.name.given, "Amara");
    assert_eq!(amara.name.family, "Okafor");
    assert_eq!(amara.credentials, "MD, PhD");
    assert_eq!(amara.organization, "St Mary's Hospital, London");
    assert_eq!(amara.title, "Consultant Cardiologist");
    assert_eq!(amara.emails, vec![labeled("", "amara@example.org")]);
    assert_eq!(
        amara.urls,
        vec![labeled(
            "LinkedIn",
            "https://www.linkedin.com/in/amara-okafor"
        )]
    );
    assert_eq!(amara.connected_on, PartialDate::new(Some(2024), 3, 12));
}

#[test]
fn linkedin_names_keep_emojis_and_accents_and_lose_their_degrees() {
    let cards: Vec<Card> = linkedin_cards(&fixture("linkedin_2024.csv"))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(cards[1].display_name, "José García Márquez");
    assert_eq!(cards[1].credentials, "");
    assert_eq!(cards[2].display_name, "Priya 🩺 Raman");
    assert_eq!(cards[2].credentials, "MBBS, FRCP");
    assert_eq!(cards[2].organization, "NHS \"Royal Free\" Trust");
    assert_eq!(cards[3].name.prefix, "Dr.");
    assert_eq!(cards[3].display_name, "Wei Zhang 张");
    // A surname that is also a degree's letters stays a surname.
    assert_eq!(cards[4].name.family, "Do");
    assert_eq!(cards[4].credentials, "");
}

#[test]
fn linkedin_export_with_two_line_preamble_and_no_url_column_reads() {
    let cards: Vec<Card> = linkedin_cards(&fixture("linkedin_2019.csv"))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(cards.len(), 2);
    let grace = &cards[0];
    assert_eq!(grace.line, 4);
    assert_eq!(grace.display_name, "Grace Hopper-Lin");
    assert_eq!(grace.credentials, "DO");
    assert_eq!(grace.organization, "Kaiser Permanente, Oakland");
    assert_eq!(grace.emails, vec![labeled("", "grace.lin@example.net")]);
    assert!(grace.urls.is_empty());
    assert_eq!(grace.connected_on, PartialDate::new(Some(2019), 6, 3));
    assert_eq!(cards[1].display_name, "Ólafur Jónsson");
    assert!(cards[1].emails.is_empty());
}

#[test]
fn linkedin_export_with_bom_and_crlf_reads_whatever_the_checkout_did_to_line_ends() {
    let text = "\u{feff}Notes:\r\n\"When exporting, some emails are missing, see help.\"\r\n\r\n\
                First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
                Kwame,\"Mensah, MBChB, MPH\",https://www.linkedin.com/in/kwame,,\"Korle Bu, Accra\",Physician,08 Aug 2018\r\n";
    let cards = linkedin_cards(text.as_bytes());
    let kwame = cards[0].as_ref().unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(kwame.line, 5);
    assert_eq!(kwame.display_name, "Kwame Mensah");
    assert_eq!(kwame.credentials, "MBChB, MPH");
    assert_eq!(kwame.organization, "Korle Bu, Accra");
    assert_eq!(kwame.connected_on, PartialDate::new(Some(2018), 8, 8));
}

#[test]
fn malformed_linkedin_rows_are_reported_at_their_real_line_and_reading_goes_on() {
    let items = linkedin_cards(&fixture("linkedin_malformed.csv"));
    assert_eq!(items.len(), 4);
    let hana = items[0].as_ref().unwrap();
    assert_eq!(
        (hana.line, hana.title.as_str()),
        (5, "Lecturer,\nDepartment of Neurology")
    );
    // Line 7: the quoted newline in Hana's row counts.
    let extra = items[1].as_ref().unwrap_err();
    assert_eq!(extra.line, 7);
    assert!(
        extra.message.contains("expected 7 fields"),
        "{}",
        extra.message
    );
    let nameless = items[2].as_ref().unwrap_err();
    assert_eq!(nameless.line, 8);
    assert!(
        nameless.message.contains("no name and no email"),
        "{}",
        nameless.message
    );
    let ines = items[3].as_ref().unwrap();
    assert_eq!(
        (ines.line, ines.display_name.as_str()),
        (9, "Ines Ferreira")
    );
}

#[test]
fn a_google_csv_is_refused_by_the_linkedin_reader_with_a_clear_message() {
    let err = linkedin::read_cards(&fixture("google_current.csv")[..])
        .err()
        .unwrap();
    assert!(
        err.message.contains("not a LinkedIn Connections.csv"),
        "{}",
        err.message
    );
    assert!(err.message.contains("Google Contacts"), "{}", err.message);
    let err = linkedin::read_cards(&b"just,some\nother,file\n"[..])
        .err()
        .unwrap();
    assert!(
        err.message.contains("First Name,Last Name,URL"),
        "{}",
        err.message
    );
}

#[test]
fn blank_lines_between_rows_do_not_shift_reported_line_numbers() {
    let text = "Notes:\n\"Some notes, with a comma\"\n\n\
                First Name,Last Name,Company,Position,Connected On\n\
                Ana,Silva,HCor,Cardiologist,01 Jan 2024\n\
                \n\
                \n\
                Rui,Costa,HSJ,Surgeon,02 Jan 2024,oops\n\
                \r\n\
                Eva,Lima,HSM,GP,03 Jan 2024\n";
    let items = linkedin_cards(text.as_bytes());
    assert_eq!(items[0].as_ref().unwrap().line, 5);
    assert_eq!(items[1].as_ref().unwrap_err().line, 8);
    assert_eq!(items[2].as_ref().unwrap().line, 10);
}
