//! vCard export: what Curbside's export gives other apps, and that a card
//! read back from it is the card that was written.

use crate::support::labeled;
use crate::support::vcard::{cards, read_all, written};
use curbside_core::interop::vcard::VcardVersion;
use curbside_core::interop::Card;
use curbside_core::values::{Address, NameParts, PartialDate, Photo};

/// Writes then reads back one card.
fn round_trip(card: &Card, version: VcardVersion) -> Card {
    let out = written(card, version);
    let mut back = read_all(&out);
    assert_eq!(back.len(), 1, "{}", String::from_utf8_lossy(&out));
    let mut back = back.remove(0).unwrap();
    // Where things sit in the file is not part of the card.
    back.line = card.line;
    back.field_lines = card.field_lines.clone();
    // Nor what the reader said about it (a date kept in the notes, which
    // the notes carry).
    back.notices = card.notices.clone();
    back
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
