//! vCard import and export: what a doctor's address-book export becomes in
//! Curbside, and what Curbside's export gives other apps.

use curbside_core::interop::vcard::{read_cards, write_card, VcardVersion};
use curbside_core::interop::{Address, Card, Labeled, NameParts, ParseError, PartialDate, Photo};
use std::io::{BufReader, Read};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/vcard/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

fn read_all(bytes: &[u8]) -> Vec<Result<Card, ParseError>> {
    read_cards(bytes).collect()
}

fn cards(name: &str) -> Vec<Card> {
    read_all(&fixture(name))
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

fn labeled(label: &str, value: &str) -> Labeled {
    Labeled {
        label: label.to_owned(),
        value: value.to_owned(),
    }
}

fn date(year: Option<i16>, month: i8, day: i8) -> Option<PartialDate> {
    PartialDate::new(year, month, day)
}

fn written(card: &Card, version: VcardVersion) -> Vec<u8> {
    let mut out = Vec::new();
    write_card(card, version, &mut out).unwrap();
    out
}

/// Writes then reads back one card.
fn round_trip(card: &Card, version: VcardVersion) -> Card {
    let out = written(card, version);
    let mut back = read_all(&out);
    assert_eq!(back.len(), 1, "{}", String::from_utf8_lossy(&out));
    let mut back = back.remove(0).unwrap();
    back.line = card.line;
    back
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
            "TZ:-05:00",
            "LANG;TYPE=work:en",
            "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
            "KEY;TYPE=PGP:https://keys.example/ada.asc",
            "SOUND;VALUE=uri:https://example.org/ada-name.ogg",
        ]
    );
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
    assert_eq!(err.line, 5);
    assert!(err.message.contains("line 8"), "{}", err.message);
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
fn a_card_without_fn_is_named_by_its_parts_and_gets_an_fn_when_written() {
    let text = "BEGIN:VCARD\nVERSION:2.1\nN:Smith;Jane;;Dr.;PhD\nEND:VCARD\n";
    let jane = read_all(text.as_bytes()).remove(0).unwrap();
    assert_eq!(jane.display_name, "");
    let out = String::from_utf8(written(&jane, VcardVersion::V3)).unwrap();
    assert!(out.contains("\r\nFN:Dr. Jane Smith\\, PhD\r\n"), "{out}");
    assert!(out.contains("\r\nN:Smith;Jane;;Dr.;PhD\r\n"), "{out}");
}

#[test]
fn every_fixture_survives_a_round_trip_through_vcard_3_and_4() {
    for name in [
        "android_21.vcf",
        "rfc3_folding.vcf",
        "rfc4.vcf",
        "apple.vcf",
    ] {
        for card in cards(name) {
            for version in [VcardVersion::V3, VcardVersion::V4] {
                assert_eq!(round_trip(&card, version), card, "{name} {version:?}");
            }
        }
    }
}

fn tricky_card() -> Card {
    let long_note = "Referred three patients for TAVI; all did well, thanks! 🫀\n".repeat(200);
    Card {
        uid: Some("uid,with;odd\\chars".into()),
        display_name: "Zoë O'Brien-Łukasiewicz, MD; \"Zee\" 👩‍⚕️".into(),
        name: NameParts {
            prefix: "Prof. Dr.".into(),
            given: "Zoë".into(),
            middle: "Anne, Marie".into(),
            family: "O'Brien-Łukasiewicz".into(),
            suffix: "Jr.".into(),
        },
        nickname: "Zee, Z".into(),
        credentials: "MD, PhD, FACS".into(),
        organization: "Hôpital Saint-Louis; AP-HP".into(),
        department: "Cardiologie, Unité 3".into(),
        title: "Chef de service\nInterventional".into(),
        role: "Lead".into(),
        emails: vec![labeled("work", "zoe@example.fr"), labeled("Doximity", "z@dox.example")],
        phones: vec![
            labeled("mobile", "+33 6 12 34 56 78"),
            labeled("work fax", "+33 1 42 49 49 49"),
            labeled("pager", "1234"),
            labeled("main", "+33 1 00 00 00 00"),
            labeled("assistant", "+33 1 11 11 11 11"),
        ],
        addresses: vec![Address {
            label: "Clinic, 2nd site".into(),
            po_box: "BP 12".into(),
            extended: "Bât. B; porte 4".into(),
            street: "1 avenue Claude-Vellefaux\n2e étage".into(),
            locality: "Paris".into(),
            region: "Île-de-France".into(),
            postal_code: "75010".into(),
            country: "France".into(),
        }],
        urls: vec![
            labeled("LinkedIn", "https://www.linkedin.com/in/zoe,obrien"),
            labeled("home", "https://zoe.example/é"),
        ],
        impps: vec![labeled("", "xmpp:zoe@example.fr")],
        birthday: PartialDate::new(None, 2, 29),
        anniversary: PartialDate::new(Some(2001), 9, 8),
        tags: vec!["Referrers, Paris".into(), "Cardio;logy".into(), "🫀".into()],
        notes: format!("Back\\slash, comma; semicolon\n{long_note}"),
        photo_uri: Some("https://example.com/z.jpg".into()),
        connected_on: PartialDate::new(Some(2024), 3, 12),
        revision: Some("2024-03-12T10:15:00Z".into()),
        extra: vec![
            "X-CUSTOM;X-PARAM=a:value with ünïcödé and a very long text that must be folded over lines"
                .into(),
            "item7.X-ABRELATEDNAMES:Sam".into(),
        ],
        ..Card::default()
    }
}

#[test]
fn commas_semicolons_newlines_emoji_and_long_notes_survive_a_round_trip() {
    let card = tricky_card();
    for version in [VcardVersion::V3, VcardVersion::V4] {
        assert_eq!(round_trip(&card, version), card, "{version:?}");
    }
}

#[test]
fn written_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters() {
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let out = written(&tricky_card(), version);
        assert!(out.ends_with(b"END:VCARD\r\n"));
        for line in out.split_inclusive(|&b| b == b'\n') {
            assert!(line.ends_with(b"\r\n"));
            let content = &line[..line.len() - 2];
            assert!(content.len() <= 75, "{}", String::from_utf8_lossy(content));
            assert!(std::str::from_utf8(content).is_ok());
            assert!(!content.contains(&b'\r'));
        }
    }
}

#[test]
fn version_specific_forms_are_written() {
    let card = tricky_card();
    let v3 = String::from_utf8(written(&card, VcardVersion::V3)).unwrap();
    let v4 = String::from_utf8(written(&card, VcardVersion::V4)).unwrap();
    assert!(v3.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    assert!(v4.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(v3.contains("\r\nBDAY:--02-29\r\n"));
    assert!(v4.contains("\r\nBDAY:--0229\r\n"));
    assert!(v3.contains("\r\nX-ANNIVERSARY:2001-09-08\r\n"));
    assert!(v4.contains("\r\nANNIVERSARY:20010908\r\n"));
    assert!(v3.contains("\r\nTEL;TYPE=CELL:+33 6 12 34 56 78\r\n"));
    assert!(v4.contains("\r\nTEL;TYPE=cell:+33 6 12 34 56 78\r\n"));
    assert!(v3.contains("\r\nEMAIL;TYPE=INTERNET,WORK:zoe@example.fr\r\n"));
    assert!(v3.contains("\r\nitem8.EMAIL:z@dox.example\r\nitem8.X-ABLabel:Doximity\r\n"));
    assert!(v3.contains(
        "\r\nN:O'Brien-Łukasiewicz;Zoë;Anne\\, Marie;Prof. Dr.;Jr.\\, MD\\, PhD\\, FACS\r\n"
    ));
    let photo = Card {
        display_name: "P".into(),
        photo: Some(Photo {
            media_type: "image/jpeg".into(),
            data: vec![0xFF, 0xD8, 0xFF],
        }),
        ..Card::default()
    };
    let v3 = String::from_utf8(written(&photo, VcardVersion::V3)).unwrap();
    let v4 = String::from_utf8(written(&photo, VcardVersion::V4)).unwrap();
    assert!(
        v3.contains("\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/\r\n"),
        "{v3}"
    );
    assert!(
        v4.contains("\r\nPHOTO:data:image/jpeg;base64,/9j/\r\n"),
        "{v4}"
    );
}

#[test]
fn a_card_with_a_5_mb_photo_reads_and_round_trips() {
    let data: Vec<u8> = (0..5 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let card = Card {
        display_name: "Big Photo".into(),
        photo: Some(Photo {
            media_type: "image/jpeg".into(),
            data,
        }),
        ..Card::default()
    };
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let back = round_trip(&card, version);
        assert!(back.photo == card.photo, "{version:?}");
    }
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
fn extra_lines_that_would_break_the_card_are_not_written() {
    let card = Card {
        display_name: "Safe".into(),
        extra: vec![
            "END:VCARD".into(),
            "VERSION:2.1".into(),
            "no colon here".into(),
            "X-KEPT:yes".into(),
        ],
        ..Card::default()
    };
    let back = round_trip(&card, VcardVersion::V3);
    assert_eq!(back.extra, ["X-KEPT:yes"]);
}

#[test]
fn photo_media_types_survive_a_round_trip() {
    for media_type in ["image/png", "image/svg+xml", "image/heic"] {
        let card = Card {
            display_name: "P".into(),
            photo: Some(Photo {
                media_type: media_type.into(),
                data: b"<svg/> not really an image".to_vec(),
            }),
            ..Card::default()
        };
        for version in [VcardVersion::V3, VcardVersion::V4] {
            assert_eq!(round_trip(&card, version), card, "{media_type} {version:?}");
        }
    }
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
