//! Certificates: kept inside the database, given back byte for byte, and
//! only when they are a PDF or an image.

use curbside_core::cme::{self, CmeError, CreditDraft, CreditId, CreditType};
use curbside_core::db::{self, Connection};
use jiff::civil::date;
use jiff::Timestamp;

fn now() -> Timestamp {
    "2026-02-01T09:00:00Z".parse().unwrap()
}

fn with_credit() -> (Connection, CreditId) {
    let mut conn = db::open_in_memory().unwrap();
    let draft = CreditDraft {
        earned_on: date(2025, 11, 20),
        title: "Heart failure update".into(),
        provider: "ESC".into(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours: 6.0,
        topics: Vec::new(),
        event_id: None,
        notes: String::new(),
    };
    let credit = cme::add_credit(&mut conn, &draft, now()).unwrap();
    (conn, credit.id)
}

fn refusal(error: CmeError) -> String {
    match error {
        CmeError::Invalid(invalid) => invalid.message,
        other => panic!("expected a refusal with a message, got {other:?}"),
    }
}

#[test]
fn a_pdf_certificate_comes_back_byte_for_byte() {
    let (mut conn, credit_id) = with_credit();
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    pdf.extend((0..=255u8).cycle().take(100_000));

    let info = cme::attach_certificate(
        &mut conn,
        credit_id,
        "C:\\Users\\ana\\Downloads\\esc-certificate.pdf",
        &pdf,
        now(),
    )
    .unwrap();

    assert_eq!(info.file_name, "esc-certificate.pdf");
    assert_eq!(info.media_type, "application/pdf");
    assert_eq!(info.size, pdf.len() as u64);
    let file = cme::certificate(&conn, info.id).unwrap();
    assert_eq!(file.content, pdf);
    assert_eq!(file.info, info);
    assert_eq!(cme::credit(&conn, credit_id).unwrap().certificates, [info]);
}

#[test]
fn an_image_is_known_by_its_content_not_its_name() {
    let (mut conn, credit_id) = with_credit();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0".to_vec();

    let scan = cme::attach_certificate(&mut conn, credit_id, "scan.pdf", &png, now()).unwrap();
    let photo = cme::attach_certificate(&mut conn, credit_id, "photo", &jpeg, now()).unwrap();

    assert_eq!(scan.media_type, "image/png");
    assert_eq!(photo.media_type, "image/jpeg");
    let listed = cme::credit(&conn, credit_id).unwrap().certificates;
    assert_eq!(listed, [scan, photo]);
}

#[test]
fn a_text_file_is_refused_as_not_a_pdf_or_an_image() {
    let (mut conn, credit_id) = with_credit();
    let refused = cme::attach_certificate(
        &mut conn,
        credit_id,
        "certificate.pdf",
        b"This certifies that Dr. Ana Diaz attended...",
        now(),
    );
    let message = refusal(refused.unwrap_err());
    assert!(
        message.contains("certificate.pdf is not a PDF or an image"),
        "{message}"
    );
    assert!(cme::credit(&conn, credit_id)
        .unwrap()
        .certificates
        .is_empty());
}

#[test]
fn a_certificate_over_25_mib_is_refused_with_its_size() {
    let (mut conn, credit_id) = with_credit();
    let mut huge = b"%PDF-1.7\n".to_vec();
    huge.resize(cme::MAX_CERTIFICATE_BYTES + 1, b' ');

    let refused = cme::attach_certificate(&mut conn, credit_id, "big.pdf", &huge, now());

    let message = refusal(refused.unwrap_err());
    assert!(message.contains("big.pdf is 25.1 MB"), "{message}");
    assert!(message.contains("at most 25 MB"), "{message}");
    assert!(cme::credit(&conn, credit_id)
        .unwrap()
        .certificates
        .is_empty());
}

#[test]
fn an_empty_file_is_refused() {
    let (mut conn, credit_id) = with_credit();
    let refused = cme::attach_certificate(&mut conn, credit_id, "empty.pdf", b"", now());
    assert_eq!(refusal(refused.unwrap_err()), "empty.pdf is empty");
}

#[test]
fn a_certificate_for_a_missing_credit_is_refused() {
    let (mut conn, _) = with_credit();
    let refused = cme::attach_certificate(&mut conn, 999, "c.pdf", b"%PDF-1.7", now());
    assert!(matches!(
        refused,
        Err(CmeError::NotFound {
            what: "credit",
            id: 999
        })
    ));
}

#[test]
fn a_removed_certificate_is_gone() {
    let (mut conn, credit_id) = with_credit();
    let info = cme::attach_certificate(&mut conn, credit_id, "c.pdf", b"%PDF-1.7", now()).unwrap();

    cme::remove_certificate(&mut conn, info.id).unwrap();

    assert!(cme::credit(&conn, credit_id)
        .unwrap()
        .certificates
        .is_empty());
    assert!(matches!(
        cme::remove_certificate(&mut conn, info.id),
        Err(CmeError::NotFound {
            what: "certificate",
            ..
        })
    ));
}
