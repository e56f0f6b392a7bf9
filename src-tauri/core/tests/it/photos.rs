//! Contact photos are stored at the size the app shows them (within 256
//! pixels a side), not as the multi-megabyte originals a phone exports; a
//! photo already that small is kept byte for byte; an image that claims
//! impossible dimensions is refused from its header; what is not an image
//! is left out with a warning, and the contact is kept.

use std::io::Cursor;
use std::ops::ControlFlow;

use curbside_core::contacts::photo::{fit, PhotoError};
use curbside_core::contacts::{self, ContactFilter};
use curbside_core::db;
use curbside_core::export::{export, ExportFormat};
use curbside_core::import::{import, ImportSummary, Source};
use curbside_core::interop::vcard;
use curbside_core::values::Photo;
use data_encoding::BASE64;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ImageFormat, RgbImage, RgbaImage};
use jiff::Timestamp;
use rusqlite::Connection;

/// A photo-like JPEG: smooth colour with some detail, `width` x `height`.
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x ^ y) % 256) as u8])
    });
    let mut data = Vec::new();
    let encoder = JpegEncoder::new_with_quality(&mut data, 90);
    image.write_with_encoder(encoder).unwrap();
    data
}

/// A PNG whose left half is see-through.
fn transparent_png(width: u32, height: u32) -> Vec<u8> {
    let image = RgbaImage::from_fn(width, height, |x, y| {
        let alpha = if x < width / 2 { 0 } else { 255 };
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, alpha])
    });
    let mut data = Vec::new();
    image
        .write_with_encoder(PngEncoder::new(&mut data))
        .unwrap();
    data
}

/// A vCard 3.0 of Dr. Photo whose PHOTO (line 4) holds `data`.
fn card_with_photo(data: &[u8]) -> String {
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\n\
         EMAIL:photo@example.org\r\nEND:VCARD\r\n",
        BASE64.encode(data)
    )
}

fn import_text(conn: &mut Connection, text: String) -> ImportSummary {
    let source = Source {
        file: "contacts.vcf".into(),
        cards: Box::new(vcard::read_cards(Cursor::new(text))),
    };
    import(conn, vec![source], true, Timestamp::now(), |_| {
        ControlFlow::Continue(())
    })
    .unwrap()
}

/// The one contact's stored photo, as the app would show it.
fn stored_photo(conn: &Connection) -> Option<Photo> {
    let list = contacts::list(conn, &ContactFilter::default()).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0].emails, ["photo@example.org"], "the contact is kept");
    let url = contacts::photo_data_url(conn, list[0].id).unwrap()?;
    let (head, base64) = url.split_once(";base64,").unwrap();
    Some(Photo {
        media_type: head.trim_start_matches("data:").to_owned(),
        data: BASE64.decode(base64.as_bytes()).unwrap(),
    })
}

fn dimensions(data: &[u8]) -> (u32, u32) {
    let image = image::load_from_memory(data).unwrap();
    (image.width(), image.height())
}

#[test]
fn a_large_photo_is_stored_and_exported_within_256_pixels_with_its_proportions() {
    let original = jpeg(3000, 2000);
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, card_with_photo(&original));
    assert_eq!(
        (summary.created, summary.warnings.len()),
        (1, 0),
        "{summary:?}"
    );

    let photo = stored_photo(&conn).expect("the photo is kept");
    assert_eq!(photo.media_type, "image/jpeg");
    assert_eq!(image::guess_format(&photo.data).unwrap(), ImageFormat::Jpeg);
    let (width, height) = dimensions(&photo.data);
    assert_eq!(width, 256, "the longer side fills the frame");
    assert!(
        (170..=171).contains(&height),
        "3:2 kept, got {width}x{height}"
    );
    assert!(
        photo.data.len() * 10 < original.len(),
        "{} bytes stored for a {}-byte original",
        photo.data.len(),
        original.len()
    );

    // An export writes the photo as it is stored.
    let mut out = Vec::new();
    export(&conn, ExportFormat::Vcard, None, &mut out).unwrap();
    let card = vcard::read_cards(Cursor::new(out)).next().unwrap().unwrap();
    assert_eq!(card.photo.unwrap().data, photo.data);
}

#[test]
fn a_photo_with_transparency_stays_a_png_with_its_transparency() {
    let mut conn = db::open_in_memory().unwrap();
    import_text(&mut conn, card_with_photo(&transparent_png(600, 400)));
    let photo = stored_photo(&conn).unwrap();
    assert_eq!(photo.media_type, "image/png");
    let image = image::load_from_memory(&photo.data).unwrap().to_rgba8();
    assert_eq!(image.dimensions(), (256, 171));
    assert_eq!(
        image.get_pixel(10, 80).0[3],
        0,
        "the left half is see-through"
    );
    assert_eq!(image.get_pixel(250, 80).0[3], 255);
}

#[test]
fn an_opaque_png_is_stored_as_a_jpeg() {
    let image = RgbImage::from_pixel(800, 800, image::Rgb([200, 40, 40]));
    let mut png = Vec::new();
    image.write_with_encoder(PngEncoder::new(&mut png)).unwrap();
    let photo = fit(Photo {
        media_type: "image/png".into(),
        data: png,
    })
    .unwrap();
    assert_eq!(photo.media_type, "image/jpeg");
    assert_eq!(dimensions(&photo.data), (256, 256));
}

#[test]
fn a_photo_already_small_is_kept_byte_for_byte() {
    let original = jpeg(200, 150);
    assert!(original.len() < 100 << 10);
    let mut conn = db::open_in_memory().unwrap();
    import_text(&mut conn, card_with_photo(&original));
    let photo = stored_photo(&conn).unwrap();
    assert_eq!(photo.media_type, "image/jpeg");
    assert!(photo.data == original, "the small photo was re-encoded");
}

/// A PNG of 100,000 x 100,000 pixels, in under a hundred bytes: a valid
/// header, then one tiny compressed row.
fn png_bomb() -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], body: &[u8]) {
        out.extend((body.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend(kind);
        out.extend(body);
        let crc = crc32(&out[start..]);
        out.extend(crc.to_be_bytes());
    }
    let mut header = Vec::new();
    header.extend(100_000u32.to_be_bytes());
    header.extend(100_000u32.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]); // 8-bit RGB
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn an_image_claiming_impossible_dimensions_is_refused_with_a_warning_and_the_contact_kept() {
    let bomb = png_bomb();
    assert!(bomb.len() < 100);
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, card_with_photo(&bomb));
    assert_eq!(summary.created, 1, "{summary:?}");
    assert_eq!(summary.warnings.len(), 1, "{summary:?}");
    assert_eq!(summary.warnings[0].line, 4);
    assert_eq!(
        summary.warnings[0].message,
        "the photo claims to be 100000 x 100000 pixels, too many for a photo: left out"
    );
    assert_eq!(stored_photo(&conn), None);
}

#[test]
fn a_photo_too_large_to_decode_in_bounded_memory_is_refused() {
    // 9,000 x 9,000 pixels is within the sides, but 324 MB as RGBA: more
    // memory than one photo may take.
    let mut bomb = png_bomb();
    bomb[16..24].copy_from_slice(&[0, 0, 0x23, 0x28, 0, 0, 0x23, 0x28]);
    bomb[25] = 6; // 8-bit RGBA
    let crc = crc32(&bomb[12..29]).to_be_bytes();
    bomb[29..33].copy_from_slice(&crc);
    let error = fit(Photo {
        media_type: "image/png".into(),
        data: bomb,
    })
    .unwrap_err();
    assert_eq!(
        error,
        PhotoError::TooManyPixels {
            width: 9000,
            height: 9000
        }
    );
}

#[test]
fn what_is_not_an_image_is_left_out_with_a_warning_naming_its_line() {
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, card_with_photo(b"this is not a picture at all"));
    assert_eq!(summary.created, 1, "{summary:?}");
    assert_eq!(summary.warnings.len(), 1, "{summary:?}");
    assert_eq!(summary.warnings[0].line, 4);
    assert_eq!(
        summary.warnings[0].message,
        "the photo is not an image: left out"
    );
    assert_eq!(stored_photo(&conn), None);
}

#[test]
fn a_damaged_jpeg_is_left_out_with_a_warning() {
    let mut damaged = jpeg(400, 300);
    damaged.truncate(200);
    let mut conn = db::open_in_memory().unwrap();
    let summary = import_text(&mut conn, card_with_photo(&damaged));
    assert_eq!(summary.created, 1, "{summary:?}");
    assert_eq!(summary.warnings.len(), 1, "{summary:?}");
    let message = &summary.warnings[0].message;
    assert!(
        message.starts_with("the photo could not be read as an image"),
        "{message}"
    );
    assert_eq!(stored_photo(&conn), None);
}

#[test]
fn an_image_of_a_kind_that_is_not_scaled_is_kept_as_it_came() {
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;".to_vec();
    let photo = Photo {
        media_type: "image/gif".into(),
        data: gif,
    };
    assert_eq!(fit(photo.clone()).unwrap(), photo);
}

#[test]
fn a_photo_taken_sideways_is_stored_upright() {
    // A phone stores a portrait as landscape pixels and an EXIF tag saying
    // "turn a quarter clockwise" (orientation 6); the stored photo has no
    // tag, so it is turned before it is stored.
    let landscape = jpeg(800, 400);
    let mut exif = b"Exif\0\0II\x2a\0\x08\0\0\0\x01\0".to_vec();
    exif.extend(b"\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0");
    let mut tagged = landscape[..2].to_vec();
    tagged.extend([0xFF, 0xE1]);
    tagged.extend(u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    tagged.extend(exif);
    tagged.extend(&landscape[2..]);
    let photo = fit(Photo {
        media_type: "image/jpeg".into(),
        data: tagged,
    })
    .unwrap();
    assert_eq!(dimensions(&photo.data), (128, 256));
}
