//! `PHOTO`: an embedded image (3.0 `ENCODING=b`, 2.1 `BASE64`, 4.0 data
//! URI) becomes [`Photo`] with its media type; a link becomes `photo_uri`.

use super::property::Head;
use crate::interop::{Card, ParseError};
use crate::values::Photo;
use calcard::vcard::VCardValue;
use data_encoding::BASE64_NOPAD;

/// The largest photo a contact keeps, in bytes: a contact photo from a
/// phone or a mail program is a few hundred kilobytes; a larger one is
/// left out with a notice, and the card is kept. (Its base64 fills the
/// longest property a card keeps, so a longer one is already left out as
/// it is read; this catches the forms that are not base64.)
pub const MAX_PHOTO_BYTES: usize = 6 << 20;

/// Reads an embedded or linked photo; false when there is none to take.
pub(super) fn read_photo(card: &mut Card, head: &Head<'_>, line: &str, line_no: usize) -> bool {
    // Checked before decoding: base64 is four characters for three bytes.
    let size = head.value.len() / 4 * 3;
    if size > MAX_PHOTO_BYTES + 3 {
        too_large(card, size, line_no);
        return true;
    }
    if head.is_base64() {
        // Decoded here: calcard turns base64 that happens to be UTF-8 (an
        // SVG, a tiny image) into text.
        let data = match &card.photo {
            None => decode_base64(head.value),
            Some(_) => None,
        };
        let Some(data) = data else { return false };
        let media_type = media_type(head, &data);
        card.photo = Some(Photo { media_type, data });
        card.field_lines.insert("photo".to_owned(), vec![line_no]);
        return true;
    }
    let value = head
        .entry(line)
        .and_then(|entry| entry.values.into_iter().next());
    match value {
        Some(VCardValue::Binary(data)) if data.data.len() > MAX_PHOTO_BYTES => {
            too_large(card, data.data.len(), line_no);
            true
        }
        Some(VCardValue::Binary(data)) if card.photo.is_none() => {
            let media_type = match data.content_type {
                Some(media_type) => media_type,
                None => media_type(head, &data.data),
            };
            card.photo = Some(Photo {
                media_type,
                data: data.data,
            });
            card.field_lines.insert("photo".to_owned(), vec![line_no]);
            true
        }
        Some(VCardValue::Text(uri)) if card.photo_uri.is_none() => {
            let uri = uri.trim();
            let is_uri = uri.contains(':') && !uri.contains(char::is_whitespace);
            if is_uri {
                card.photo_uri = Some(uri.to_owned());
            }
            is_uri
        }
        _ => false,
    }
}

fn too_large(card: &mut Card, size: usize, line: usize) {
    let megabytes = |bytes: usize| bytes as f64 / f64::from(1u32 << 20);
    card.notices.push(ParseError {
        line,
        message: format!(
            "the photo is {:.1} MB, more than the {:.0} MB a contact keeps: left out",
            megabytes(size),
            megabytes(MAX_PHOTO_BYTES)
        ),
    });
}

/// Base64 with or without padding, ignoring blanks left by folding.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let bytes: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let unpadded = bytes
        .strip_suffix(b"==")
        .or_else(|| bytes.strip_suffix(b"="));
    BASE64_NOPAD.decode(unpadded.unwrap_or(&bytes)).ok()
}

/// An embedded photo's media type from its parameters (`TYPE=JPEG`,
/// 2.1's bare `JPEG`, `MEDIATYPE=`), else from its first bytes.
fn media_type(head: &Head<'_>, data: &[u8]) -> String {
    for (name, value) in head.params() {
        let (token, bare) = match value {
            None => (name.to_lowercase(), true),
            Some(value)
                if name.eq_ignore_ascii_case("TYPE") || name.eq_ignore_ascii_case("MEDIATYPE") =>
            {
                (value.to_lowercase(), false)
            }
            Some(_) => continue,
        };
        let subtype = match token.as_str() {
            _ if token.contains('/') => return token,
            "jpeg" | "jpg" => "jpeg",
            "tif" | "tiff" => "tiff",
            "png" | "gif" | "bmp" | "webp" | "heic" => token.as_str(),
            // A bare 2.1 parameter may be anything; `TYPE=` names the image.
            _ if bare => continue,
            _ => token.as_str(),
        };
        return format!("image/{subtype}");
    }
    let sniffed = match data {
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [b'G', b'I', b'F', ..] => "image/gif",
        _ => "image/jpeg",
    };
    sniffed.to_owned()
}
