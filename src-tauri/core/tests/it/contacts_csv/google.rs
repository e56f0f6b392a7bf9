//! Reading Google Contacts CSV exports (current and older header) into
//! cards, from realistic exports under `fixtures/csv/`.

use std::cell::Cell;
use std::io::Read;
use std::rc::Rc;

use crate::support::contacts_csv::{fixture, google_cards};
use crate::support::labeled;
use curbside_core::interop::google;
use curbside_core::values::PartialDate;

fn date(text: &str) -> Option<PartialDate> {
    Some(PartialDate::parse(text).unwrap())
}

#[test]
fn current_google_export_reads_names_organization_dates_and_notes() {
    let cards = google_cards(&fixture("google_current.csv"));
    assert_eq!(cards.len(), 4);
    let amara = &cards[0];
    assert_eq!(amara.line, 2);
    assert_eq!(amara.display_name, "Amara Okafor");
    assert_eq!(amara.name.prefix, "Dr.");
    assert_eq!(amara.name.suffix, "");
    assert_eq!(amara.credentials, "MD, PhD");
    assert_eq!(amara.organization, "St Mary's Hospital, London");
    assert_eq!(amara.title, "Consultant Cardiologist");
    assert_eq!(amara.department, "Cardiology");
    assert_eq!(amara.birthday, date("1980-03-29"));
    assert_eq!(amara.anniversary, date("2008-06-14"));
    assert_eq!(
        amara.notes,
        "Met at ESC 2025, Amsterdam.\nAsked about the \"RADIANCE\" trial."
    );
    assert_eq!(
        amara.photo_uri.as_deref(),
        Some("https://lh3.googleusercontent.com/contacts/amara-okafor")
    );
    assert_eq!(
        amara.urls,
        vec![labeled(
            "profile",
            "https://www.doximity.com/pub/amara-okafor"
        )]
    );
    let address = &amara.addresses[0];
    assert_eq!(
        (
            address.label.as_str(),
            address.street.as_str(),
            address.locality.as_str()
        ),
        ("work", "Praed Street", "London")
    );
    assert_eq!(
        (address.postal_code.as_str(), address.country.as_str()),
        ("W2 1NY", "UK")
    );
    assert_eq!(cards[3].display_name, "伟 李");
    assert_eq!(cards[3].nickname, "Wei 🙂");
}

#[test]
fn multi_value_cells_split_with_the_primary_first_and_labels_lower_cased() {
    let cards = google_cards(&fixture("google_current.csv"));
    assert_eq!(
        cards[0].emails,
        vec![
            labeled("work", "a.okafor@stmarys.example"),
            labeled("work", "amara.okafor@nhs.example"),
            labeled("home", "amara@example.org"),
        ]
    );
    assert_eq!(
        cards[0].phones,
        vec![
            labeled("mobile", "+44 7700 900123"),
            labeled("work", "+44 20 7946 0000")
        ]
    );
    // The primary address is in the second column group here.
    assert_eq!(
        cards[1].emails,
        vec![
            labeled("home", "soren@example.dk"),
            labeled("work", "soren@rh.example")
        ]
    );
    // A custom label is the user's own word.
    assert_eq!(cards[1].phones, vec![labeled("Kontor", "+45 35 45 35 45")]);
}

#[test]
fn google_system_groups_are_dropped_from_tags() {
    let cards = google_cards(&fixture("google_current.csv"));
    assert_eq!(cards[0].tags, vec!["Mentors"]);
    assert_eq!(cards[1].tags, vec!["Nephrology", "ESC 2026"]);
    assert!(cards[3].tags.is_empty());
}

#[test]
fn a_yearless_google_birthday_reads_without_a_year() {
    let cards = google_cards(&fixture("google_current.csv"));
    assert_eq!(cards[1].birthday, PartialDate::new(None, 7, 14));
    assert_eq!(cards[1].display_name, "Søren Ødegaard");
    assert_eq!(cards[1].credentials, "FRCPC");
}

#[test]
fn an_organization_only_google_contact_is_named_after_its_organization() {
    let cards = google_cards(&fixture("google_current.csv"));
    assert_eq!(cards[2].display_name, "Mount Sinai Referral Office");
    assert_eq!(cards[2].phones, vec![labeled("main", "+1 212-241-6500")]);
    assert_eq!(cards[2].tags, vec!["Referrals"]);
}

#[test]
fn older_google_export_reads_group_membership_types_and_numbered_organizations() {
    let cards = google_cards(&fixture("google_older.csv"));
    assert_eq!(cards.len(), 2);
    let jane = &cards[0];
    assert_eq!(jane.display_name, "Jane Doe");
    assert_eq!(jane.credentials, "MD");
    assert_eq!(jane.birthday, PartialDate::new(None, 11, 2));
    assert_eq!(jane.tags, vec!["Residents"]);
    assert_eq!(
        jane.emails,
        vec![
            labeled("work", "jdoe@mgh.example"),
            labeled("home", "jane@example.com")
        ]
    );
    assert_eq!(jane.impps, vec![labeled("Skype", "jane.doe.md")]);
    assert_eq!(jane.organization, "Massachusetts General Hospital");
    assert_eq!(jane.title, "Attending Physician");
    assert_eq!(jane.department, "Emergency Medicine");
    assert_eq!(jane.addresses[0].label, "home");
    assert_eq!(
        jane.addresses[0].street,
        "12 Beacon St, Apt 3\nBoston, MA 02108"
    );
    assert_eq!(
        jane.notes,
        "Residency friend.\nOwes me a coffee, says \"next time\"."
    );
    let mehmet = &cards[1];
    assert_eq!(mehmet.name.suffix, "Jr.");
    assert_eq!(mehmet.credentials, "DO");
    assert_eq!(mehmet.organization, "Acıbadem, İstanbul");
    assert_eq!(mehmet.emails, vec![labeled("other", "mehmet@example.org")]);
    assert_eq!(mehmet.tags, vec!["Sports medicine"]);
    assert_eq!(mehmet.birthday, date("1975-12-01"));
}

#[test]
fn a_linkedin_export_is_refused_by_the_google_reader_with_a_clear_message() {
    let err = google::read_cards(&fixture("linkedin_2024.csv")[..])
        .err()
        .unwrap();
    assert!(
        err.message.contains("not a Google Contacts CSV"),
        "{}",
        err.message
    );
    assert!(err.message.contains("LinkedIn"), "{}", err.message);
    let err = google::read_cards(&b""[..]).err().unwrap();
    assert!(err.message.contains("empty"), "{}", err.message);
}

#[test]
fn a_google_row_without_name_or_email_is_an_error_and_reading_goes_on() {
    let text = "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n\
                ,,* myContacts,,,Mobile,+1 555 0100\n\
                ,,,,,,\n\
                ,,,* Work,only@example.org,,\n";
    let items: Vec<_> = google::read_cards(text.as_bytes()).unwrap().collect();
    assert_eq!(items.len(), 2, "the all-empty row is skipped silently");
    assert_eq!(items[0].as_ref().unwrap_err().line, 2);
    let card = items[1].as_ref().unwrap();
    assert_eq!(
        (card.line, card.emails[0].value.as_str()),
        (4, "only@example.org")
    );
}

/// A Google CSV produced on demand, counting the bytes handed out.
struct GeneratedGoogleCsv {
    rows: usize,
    next_row: usize,
    pending: Vec<u8>,
    served: Rc<Cell<usize>>,
}

impl Read for GeneratedGoogleCsv {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            if self.next_row > self.rows {
                return Ok(0);
            }
            self.pending = if self.next_row == 0 {
                "First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Notes\r\n".into()
            } else {
                let n = self.next_row;
                format!("Doc{n},Tör{n},\"Hospital {n}, Ward {n}\",Colleagues ::: * myContacts,* Work,doc{n}@example.org ::: d{n}@example.net,\"Line one\r\nline two\"\r\n")
                    .into_bytes()
            };
            self.next_row += 1;
        }
        let len = buf.len().min(self.pending.len());
        buf[..len].copy_from_slice(&self.pending[..len]);
        self.pending.drain(..len);
        self.served.set(self.served.get() + len);
        Ok(len)
    }
}

#[test]
fn ten_thousand_google_rows_are_read_streamed_one_at_a_time() {
    let served = Rc::new(Cell::new(0));
    let source = GeneratedGoogleCsv {
        rows: 10_000,
        next_row: 0,
        pending: Vec::new(),
        served: served.clone(),
    };
    let mut cards = google::read_cards(source).unwrap();
    let first = cards.next().unwrap().unwrap();
    assert_eq!(first.display_name, "Doc1 Tör1");
    assert!(
        served.get() < 64 * 1024,
        "read {} bytes for the first card",
        served.get()
    );
    let mut count = 1;
    let mut last = first;
    for card in cards {
        last = card.unwrap();
        count += 1;
    }
    assert_eq!(count, 10_000);
    assert_eq!(last.organization, "Hospital 10000, Ward 10000");
    assert_eq!(last.emails.len(), 2);
    assert_eq!(last.line, 1 + 2 * 9_999 + 1, "each row spans two lines");
}

#[test]
fn a_row_that_is_not_utf8_is_reported_and_the_next_row_reads() {
    let mut bytes = b"First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\r\n".to_vec();
    bytes.extend_from_slice(b"Jos\xe9,Garc\xeda,,,jose@example.es\r\n");
    bytes.extend_from_slice("Zoë,Ng,,,zoe@example.org\r\n".as_bytes());
    let items: Vec<_> = google::read_cards(&bytes[..]).unwrap().collect();
    let err = items[0].as_ref().unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.contains("UTF-8"), "{}", err.message);
    assert_eq!(items[1].as_ref().unwrap().display_name, "Zoë Ng");
}
