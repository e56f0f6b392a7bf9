//! vCard import: what a doctor's address-book export (Android 2.1, RFC
//! 2426 3.0, RFC 6350 4.0, Apple) becomes in Curbside, damaged files
//! included.

use crate::support::labeled;
use crate::support::vcard::{cards, fixture, read_all, written};
use curbside_core::interop::vcard::{read_cards, write_card, VcardVersion};
use curbside_core::interop::Card;
use curbside_core::values::{Address, NameParts, PartialDate, Photo};
use std::io::{BufReader, Read};

fn date(year: Option<i16>, month: i8, day: i8) -> Option<PartialDate> {
    PartialDate::new(year, month, day)
}

fn is_jpeg_fixture(photo: &Photo) -> bool {
    photo.media_type == "image/jpeg"
        && photo.data.len() == 781
        && photo.data.starts_with(&[0xFF, 0xD8, 0xFF, 0xE0])
        && photo.data.ends_with(&[0xFF, 0xD9])
}

#[test]
fn android_21_quoted_printable_names_and_bare_types_read_correctly() {
    let cards = cards("android_21.vcf");
    assert_eq!(cards.len(), 3);
    let jose = &cards[0];
    assert_eq!(jose.line, 1);
    assert_eq!(jose.display_name, "Dr. José Müller");
    let name = NameParts {
        prefix: "Dr.".into(),
        given: "José".into(),
        family: "Müller".into(),
        ..NameParts::default()
    };
    assert_eq!(jose.name, name);
    assert_eq!(jose.credentials, "MD");
    assert_eq!(
        jose.phones,
        [
            labeled("mobile", "+49 170 1234567"),
            labeled("work", "+49 30 1234567"),
            labeled("home fax", "+49 30 7654321"),
        ]
    );
    assert_eq!(
        jose.emails,
        [
            labeled("work", "j.mueller@charite.example"),
            labeled("home", "jose.mueller@example.de"),
        ]
    );
    assert_eq!(jose.organization, "Charité");
    assert_eq!(jose.department, "Kardiologie");
    assert_eq!(
        jose.notes,
        "Met at the ESC congress in München, talked about TAVI outcomes.\nSecond line: café = coffee."
    );
    assert_eq!(jose.addresses[0].street, "Charitéplatz 1");
    assert_eq!(jose.addresses[0].label, "work");
    assert_eq!(jose.addresses[0].country, "Deutschland");
    assert_eq!(jose.birthday, date(Some(1975), 6, 1));
    assert!(is_jpeg_fixture(jose.photo.as_ref().unwrap()));
    assert_eq!(
        jose.extra,
        ["X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Pepe;1;;;;;;;;;;;;;"]
    );
}

#[test]
fn quoted_printable_without_charset_reads_utf8_and_latin1_charset_is_honoured() {
    let cards = cards("android_21.vcf");
    assert_eq!(cards[1].display_name, "Lucía García");
    assert_eq!(cards[1].name.family, "García");
    assert_eq!(cards[1].phones, [labeled("mobile", "+34 600 000 000")]);
    assert_eq!(cards[2].display_name, "René Brückner");
    assert_eq!(cards[2].name.given, "René");
    // An unindented 2.1 base64 photo that ends with a blank line.
    assert!(is_jpeg_fixture(cards[2].photo.as_ref().unwrap()));
}

#[test]
fn vcard_30_folding_escapes_and_types_read_correctly() {
    let cards = cards("rfc3_folding.vcf");
    assert_eq!(cards.len(), 2);
    let ada = &cards[0];
    assert_eq!(ada.display_name, "Dr. Adaeze Okafor, MD");
    assert_eq!(ada.name.middle, "Chioma");
    assert_eq!(ada.name.suffix, "");
    assert_eq!(ada.credentials, "MD, PhD");
    assert_eq!(ada.nickname, "Ada");
    assert_eq!(ada.organization, "St. Mary's Hospital");
    assert_eq!(ada.department, "Cardiology, Interventional");
    assert_eq!(ada.title, "Consultant Cardiologist");
    assert_eq!(ada.role, "Head of the\tcath lab");
    assert_eq!(
        ada.emails,
        [
            labeled("work", "a.okafor@stmarys.example"),
            labeled("home", "ada@example.org"),
        ]
    );
    assert_eq!(
        ada.phones,
        [
            labeled("work", "+44 20 7946 0000"),
            labeled("mobile", "+44 7700 900123"),
            labeled("work fax", "+44 20 7946 0001"),
            labeled("home", "+44 20 7946 0002"),
        ]
    );
    let address = Address {
        label: "work".into(),
        extended: "Wing B, Floor 3".into(),
        street: "Praed Street 1".into(),
        locality: "London".into(),
        postal_code: "W2 1NY".into(),
        country: "United Kingdom".into(),
        ..Address::default()
    };
    assert_eq!(ada.addresses, [address]);
    assert_eq!(
        ada.urls,
        [labeled("work", "https://www.stmarys.example/cardiology")]
    );
    assert_eq!(ada.impps, [labeled("home", "xmpp:ada@example.org")]);
    assert_eq!(
        ada.notes,
        "A long note that is folded over several lines because it is quite long, and it has \
         escapes: semicolon; backslash \\ and a newline\nsecond line."
    );
    assert_eq!(ada.tags, ["Cardiology", "Referrers", "London"]);
    assert_eq!(
        ada.uid.as_deref(),
        Some("5A7C3B0E-1111-2222-3333-444455556666")
    );
    assert_eq!(ada.revision.as_deref(), Some("2024-03-12T10:15:00Z"));
    assert_eq!(ada.birthday, date(Some(1979), 11, 2));
    assert!(is_jpeg_fixture(ada.photo.as_ref().unwrap()));
}

#[test]
fn unknown_and_unmodelled_properties_are_kept_verbatim_without_version_or_prodid() {
    let ada = &cards("rfc3_folding.vcf")[0];
    assert_eq!(
        ada.extra,
        [
            "X-SOCIALPROFILE;type=twitter:https://twitter.com/adaokafor",
            "GEO:geo:51.5166,-0.1750",
            "LANG;TYPE=work:en",
            "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
            "KEY;TYPE=PGP:https://keys.example/ada.asc",
            "SOUND;VALUE=uri:https://example.org/ada-name.ogg",
        ]
    );
    // TZ is modelled: a whole-hour offset is a fixed zone.
    assert_eq!(ada.time_zone, "Etc/GMT+5");
}

#[test]
fn lower_case_cards_and_text_between_cards_are_read() {
    let ana = &cards("rfc3_folding.vcf")[1];
    assert_eq!(ana.line, 53);
    assert_eq!(ana.display_name, "Ortiz, Ana (Referral coordinator)");
    assert_eq!(ana.phones, [labeled("mobile", "555-0142")]);
    assert_eq!(ana.emails, [labeled("", "ana@cityclinic.example")]);
    assert_eq!(ana.notes, "Folded with a tab and more.");
}

#[test]
fn vcard_40_yearless_birthday_anniversary_uri_phones_and_preferences_read() {
    let cards = cards("rfc4.vcf");
    assert_eq!(cards.len(), 3);
    let priya = &cards[0];
    assert_eq!(priya.name.suffix, "");
    assert_eq!(priya.credentials, "MBBS, FRCP");
    assert_eq!(priya.birthday, date(None, 3, 29));
    assert_eq!(priya.anniversary, date(Some(2010), 6, 12));
    assert_eq!(
        priya.phones,
        [
            labeled("mobile", "+1-555-0100"),
            labeled("work", "+1-555-0101")
        ]
    );
    assert_eq!(
        priya.emails,
        [
            labeled("", "priya.raman@example.com"),
            labeled("work", "priya@hospital.example"),
            labeled("", "p.raman@alumni.example"),
        ]
    );
    let photo = priya.photo.as_ref().unwrap();
    assert_eq!(photo.media_type, "image/png");
    assert_eq!(photo.data.len(), 208);
    assert!(photo.data.starts_with(b"\x89PNG"));
    assert_eq!(
        priya.uid.as_deref(),
        Some("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
    );
    assert_eq!(
        priya.extra,
        [
            "RELATED;TYPE=colleague:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
            "GENDER:F"
        ]
    );
}

#[test]
fn text_birthdays_are_ignored_and_photo_links_are_kept_as_uris() {
    let cards = cards("rfc4.vcf");
    let sam = &cards[1];
    assert_eq!(sam.birthday, None);
    assert_eq!(sam.name.suffix, "Jr.");
    assert_eq!(sam.credentials, "DO");
    assert_eq!(sam.photo, None);
    assert_eq!(
        sam.photo_uri.as_deref(),
        Some("https://example.com/photos/sam.jpg")
    );
    let imaging = &cards[2];
    assert_eq!(
        imaging.photo_uri.as_deref(),
        Some("https://example.com/logo.png")
    );
    assert_eq!(imaging.extra, ["KIND:org"]);
}

#[test]
fn apple_item_labels_and_omitted_birth_year_read() {
    let wei = &cards("apple.vcf")[0];
    assert_eq!(wei.organization, "Mass General");
    assert_eq!(wei.department, "");
    assert_eq!(
        wei.emails,
        [
            labeled("other", "wei.chen@example.com"),
            labeled("Doximity", "wchen@doximity.example"),
        ]
    );
    assert_eq!(
        wei.urls,
        [labeled("LinkedIn", "https://www.linkedin.com/in/weichen")]
    );
    assert_eq!(wei.phones, [labeled("mobile", "(617) 555-0199")]);
    assert_eq!(wei.addresses[0].label, "work");
    assert_eq!(wei.addresses[0].region, "MA");
    assert_eq!(wei.birthday, date(None, 3, 29));
    assert_eq!(
        wei.impps,
        [
            labeled("home", "skype:wei.chen"),
            labeled("Signal", "signal:+16175550199"),
        ]
    );
    assert_eq!(
        wei.extra,
        [
            "item4.X-ABADR:us",
            "item5.X-ABRELATEDNAMES;type=pref:Lin Chen",
            "item5.X-ABLabel:_$!<Spouse>!$_",
            "X-ABUID:ABCD-1234:ABPerson",
        ]
    );
}

#[test]
fn a_malformed_card_in_the_middle_is_reported_and_the_next_card_still_reads() {
    let results = read_all(&fixture("malformed.vcf"));
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().display_name, "First Good");
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(err.line, 8, "the error names the bad line itself");
    assert_eq!(
        err.message,
        "not a vCard property, in the card that begins on line 5: this line is not a property"
    );
    assert_eq!(results[2].as_ref().unwrap().display_name, "Second Good");
}

#[test]
fn unclosed_and_nameless_cards_are_errors_at_their_first_line() {
    let text = "BEGIN:VCARD\nFN:No end\nBEGIN:VCARD\nTEL:555\nEND:VCARD\n\
                BEGIN:VCARD\nFN:Fine\nEND:VCARD\nBEGIN:VCARD\nFN:Cut off\n";
    let results = read_all(text.as_bytes());
    assert_eq!(results.len(), 4);
    assert_eq!(results[0].as_ref().unwrap_err().line, 1);
    let nameless = results[1].as_ref().unwrap_err();
    assert_eq!(nameless.line, 3);
    assert!(nameless.message.contains("no name"));
    assert_eq!(results[2].as_ref().unwrap().display_name, "Fine");
    assert_eq!(results[3].as_ref().unwrap_err().line, 9);
}

#[test]
fn non_utf8_bytes_do_not_panic_and_read_as_latin1() {
    let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:M".to_vec();
    bytes.extend([0xFC, b'l', b'l', b'e', b'r', 0xFF, 0xFE]);
    bytes.extend(b"\r\nN:\xC3(;\x80\r\nEND:VCARD\r\n");
    let results = read_all(&bytes);
    assert_eq!(results.len(), 1);
    assert!(results[0]
        .as_ref()
        .unwrap()
        .display_name
        .starts_with("Müller"));
}

#[test]
fn twelve_hundred_cards_in_one_file_all_read() {
    let mut file = Vec::new();
    for i in 0..1200 {
        let card = Card {
            display_name: format!("Doctor {i}"),
            birthday: PartialDate::new(None, 1 + (i % 12) as i8, 1 + (i % 28) as i8),
            emails: vec![labeled("work", &format!("doctor{i}@example.org"))],
            ..Card::default()
        };
        write_card(&card, VcardVersion::V3, &mut file).unwrap();
    }
    let cards: Vec<Card> = read_cards(&file[..]).map(Result::unwrap).collect();
    assert_eq!(cards.len(), 1200);
    assert_eq!(cards[1199].display_name, "Doctor 1199");
    assert_eq!(cards[1199].line, 1199 * 7 + 1);
}

/// A vCard stream produced on the fly, never held in memory whole.
struct GeneratedCards {
    remaining: usize,
    pending: Vec<u8>,
    offset: usize,
}

impl Read for GeneratedCards {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.offset == self.pending.len() {
            if self.remaining == 0 {
                return Ok(0);
            }
            self.remaining -= 1;
            self.pending = format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Doctor {0}\r\nN:Doctor;{0};;;MD\r\n\
                 EMAIL;TYPE=INTERNET,WORK:d{0}@example.org\r\nTEL;TYPE=CELL:+1 555 {0}\r\n\
                 BDAY:--03-29\r\nEND:VCARD\r\n",
                self.remaining
            )
            .into_bytes();
            self.offset = 0;
        }
        let n = buf.len().min(self.pending.len() - self.offset);
        buf[..n].copy_from_slice(&self.pending[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }
}

#[test]
fn a_hundred_thousand_card_stream_reads_one_card_at_a_time() {
    let source = GeneratedCards {
        remaining: 100_000,
        pending: Vec::new(),
        offset: 0,
    };
    let mut count = 0;
    for card in read_cards(BufReader::new(source)) {
        let card = card.unwrap();
        assert_eq!(card.credentials, "MD");
        assert_eq!(card.birthday, date(None, 3, 29));
        count += 1;
    }
    assert_eq!(count, 100_000);
}

#[test]
fn random_damage_to_a_file_never_panics() {
    let pieces: [&[u8]; 16] = [
        b"BEGIN:VCARD\r\n",
        b"END:VCARD\r\n",
        b"VERSION:2.1\r\n",
        b"FN:A\\",
        b"N;ENCODING=QUOTED-PRINTABLE:=C3=",
        b"\r\n",
        b" ",
        b"=\r\n",
        b"PHOTO;ENCODING=b:",
        b"data:image/png;base64,",
        b"\xFF\xC3",
        b";;;\\,",
        b"item1.X-ABLabel:",
        b"TEL;TYPE=\"a,b:",
        b"BDAY;X-APPLE-OMIT-YEAR=x:--9999",
        b"ADR;CHARSET=X:",
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..2000 {
        let mut input = Vec::new();
        for _ in 0..24 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            input.extend_from_slice(pieces[(state % 16) as usize]);
        }
        for card in read_cards(&input[..]).flatten() {
            let _ = written(&card, VcardVersion::V3);
            let _ = written(&card, VcardVersion::V4);
        }
    }
}

/// An empty file, a picture saved as .vcf, or one long line of text holds
/// no card: reading it is an error saying so, never "0 contacts imported".
#[test]
fn a_file_with_no_card_in_it_is_an_error_not_an_empty_import() {
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 37 % 251) as u8).collect();
    let one_line = "Dr. Amara Okafor, Cardiology, amara@example.org ".repeat(200);
    for (what, bytes) in [
        ("empty", Vec::new()),
        ("binary", binary),
        ("one line of text", one_line.into_bytes()),
        ("blank lines", b"\r\n\r\n\n".to_vec()),
    ] {
        let read: Vec<_> = read_cards(BufReader::new(bytes.as_slice())).collect();
        assert_eq!(read.len(), 1, "{what}: one result");
        let error = read[0].as_ref().expect_err(what);
        assert!(
            error.message.contains("not a vCard file"),
            "{what}: {error}"
        );
    }
    let real: Vec<_> = read_cards(BufReader::new(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n".as_bytes(),
    ))
    .collect();
    assert_eq!(real.len(), 1);
    assert!(real[0].is_ok());
}
