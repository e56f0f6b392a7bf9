//! A contact's photo as it is stored: scaled down to what the app shows.
//! The largest place a photo appears is the 64-pixel avatar (128 device
//! pixels on a high-density screen), so a photo is kept within
//! [`MAX_SIDE`] pixels a side: a 12-megapixel phone photo becomes a few
//! tens of kilobytes instead of several megabytes in every backup.
//!
//! Decoding is bounded ([`limits`]): an image whose header claims more
//! pixels than a photo has (a "decompression bomb", a few bytes that claim
//! to be 100,000 pixels square) is refused before anything is allocated.

use crate::values::Photo;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// The longest side, in pixels, of a stored photo.
pub const MAX_SIDE: u32 = 256;

/// A photo this small (in bytes, and within [`MAX_SIDE`]) is kept as it
/// came, byte for byte.
pub const KEEP_AS_IS_BYTES: usize = 100 << 10;

/// The widest or tallest image a photo is decoded from.
pub const MAX_DECODED_SIDE: u32 = 10_000;

/// The most memory one photo's decoding may take.
const MAX_DECODE_BYTES: u64 = 256 << 20;

/// JPEG quality of a re-encoded photo: no visible loss at avatar size.
const JPEG_QUALITY: u8 = 85;

/// Why a photo cannot be stored, for the user ("the photo … : left out").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// Not an image at all (or a kind no program shows).
    #[error("is not an image")]
    NotAnImage,
    /// Larger than any photo (over [`MAX_DECODED_SIDE`] a side, or more
    /// pixels than fit the memory one photo may take): refused from its
    /// header, before decoding.
    #[error("claims to be {width} x {height} pixels, too many for a photo")]
    TooManyPixels {
        /// The width its header gives.
        width: u32,
        /// The height its header gives.
        height: u32,
    },
    /// An image the decoder could not read (cut off, damaged, too large).
    #[error("could not be read as an image ({0})")]
    Unreadable(String),
}

/// The bounds every photo is decoded within.
fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODED_SIDE);
    limits.max_image_height = Some(MAX_DECODED_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// The photo as it is stored: unchanged when it is already small (both
/// sides within [`MAX_SIDE`] and under [`KEEP_AS_IS_BYTES`]), else scaled
/// to fit within [`MAX_SIDE`] square, keeping its proportions and its
/// orientation, as a JPEG (a PNG when it has transparent pixels). An image
/// in a kind the app does not scale (GIF, WebP, BMP…) is kept as it came.
///
/// # Errors
/// When the data is not an image, or not one that can be read within the
/// bounds of a photo.
pub fn fit(photo: Photo) -> Result<Photo, PhotoError> {
    let format = match image::guess_format(&photo.data) {
        Ok(format @ (ImageFormat::Jpeg | ImageFormat::Png)) => format,
        Ok(_) => return Ok(photo),
        Err(_) => return Err(PhotoError::NotAnImage),
    };
    let unreadable = |error: image::ImageError| PhotoError::Unreadable(error.to_string());
    let mut reader = ImageReader::with_format(Cursor::new(photo.data.as_slice()), format);
    // The memory bound from the start; the size is checked below, to say it.
    let mut memory_only = Limits::default();
    memory_only.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(memory_only);
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    // Checked here too: not every decoder keeps to the memory limit.
    if width > MAX_DECODED_SIDE
        || height > MAX_DECODED_SIDE
        || decoder.total_bytes() > MAX_DECODE_BYTES
    {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    decoder.set_limits(limits()).map_err(unreadable)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    // Decoded even when kept as it came: what is stored is an image the
    // app can show.
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    if width <= MAX_SIDE && height <= MAX_SIDE && photo.data.len() < KEEP_AS_IS_BYTES {
        return Ok(photo);
    }
    if image.width() > MAX_SIDE || image.height() > MAX_SIDE {
        image = image.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    // Turned upright (phones store a portrait as a landscape and a tag):
    // the re-encoded photo has no tag.
    image.apply_orientation(orientation);
    encode(&image).map_err(unreadable)
}

/// `image` as a JPEG, or as a PNG when some pixel is see-through.
fn encode(image: &DynamicImage) -> image::ImageResult<Photo> {
    let mut data = Vec::new();
    let rgba = image.color().has_alpha().then(|| image.to_rgba8());
    let media_type = match rgba {
        Some(rgba) if rgba.pixels().any(|pixel| pixel.0[3] < u8::MAX) => {
            rgba.write_with_encoder(PngEncoder::new(&mut data))?;
            "image/png"
        }
        _ => {
            let encoder = JpegEncoder::new_with_quality(&mut data, JPEG_QUALITY);
            image.to_rgb8().write_with_encoder(encoder)?;
            "image/jpeg"
        }
    };
    Ok(Photo {
        media_type: media_type.to_owned(),
        data,
    })
}
