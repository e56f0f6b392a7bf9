//! Certificates: PDFs and images kept as BLOBs inside the encrypted database
//! (not loose files), so they are as private as the rest and go with their
//! credit entry. What a file is comes from its first bytes, not its name: a
//! renamed text file is refused, a scan saved as ".pdf" by mistake is known
//! for the image it is.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::credits::exists as credit_exists;
use super::{CertificateFile, CertificateId, CertificateInfo, CmeError, CreditId};
use crate::values::{stored_instant, Invalid};

/// The largest certificate accepted, in bytes (25 MiB).
pub const MAX_CERTIFICATE_BYTES: usize = 25 * 1024 * 1024;

/// The longest a stored file name may be, in characters.
const FILE_NAME: usize = 255;

/// Attaches a certificate (a PDF or an image, recognised by its content) to a
/// credit entry.
pub fn attach_certificate(
    conn: &mut Connection,
    credit_id: CreditId,
    file_name: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<CertificateInfo, CmeError> {
    let tx = conn.transaction()?;
    if !credit_exists(&tx, credit_id)? {
        return Err(CmeError::NotFound {
            what: "credit",
            id: credit_id,
        });
    }
    let info = insert(&tx, credit_id, file_name, content, now)?;
    tx.commit()?;
    Ok(info)
}

/// Checks and stores one certificate of a credit known to exist, inside the
/// caller's transaction.
pub(super) fn insert(
    tx: &Connection,
    credit_id: CreditId,
    file_name: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<CertificateInfo, CmeError> {
    let file_name = base_name(file_name);
    let shown = if file_name.is_empty() {
        "The file"
    } else {
        file_name.as_str()
    };
    if content.is_empty() {
        return Err(Invalid::new("certificate", format!("{shown} is empty")).into());
    }
    if content.len() > MAX_CERTIFICATE_BYTES {
        return Err(Invalid::new(
            "certificate",
            format!(
                "{shown} is {:.1} MB; a certificate can be at most {} MB",
                // Rounded up, so a file just over the limit does not read
                // as exactly the limit.
                (content.len() as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0,
                MAX_CERTIFICATE_BYTES / (1024 * 1024)
            ),
        )
        .into());
    }
    let Some(media_type) = media_type(content) else {
        return Err(Invalid::new(
            "certificate",
            format!("{shown} is not a PDF or an image (PNG, JPEG, GIF, WebP, HEIC or TIFF)"),
        )
        .into());
    };
    let file_name = if file_name.is_empty() {
        format!("certificate.{}", extension(media_type))
    } else {
        file_name
    };
    tx.execute(
        "INSERT INTO cme_certificates (credit_id, file_name, media_type, content, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            credit_id,
            file_name,
            media_type,
            content,
            stored_instant(now)
        ],
    )?;
    let id = tx.last_insert_rowid();
    Ok(CertificateInfo {
        id,
        file_name,
        media_type: media_type.to_owned(),
        size: content.len() as u64,
    })
}

/// A certificate with its content.
pub fn certificate(conn: &Connection, id: CertificateId) -> Result<CertificateFile, CmeError> {
    conn.prepare_cached(
        "SELECT file_name, media_type, content FROM cme_certificates WHERE id = ?1",
    )?
    .query_row([id], |row| {
        let content: Vec<u8> = row.get(2)?;
        Ok(CertificateFile {
            info: CertificateInfo {
                id,
                file_name: row.get(0)?,
                media_type: row.get(1)?,
                size: content.len() as u64,
            },
            content,
        })
    })
    .optional()?
    .ok_or(CmeError::NotFound {
        what: "certificate",
        id,
    })
}

/// Removes a certificate.
pub fn remove_certificate(conn: &mut Connection, id: CertificateId) -> Result<(), CmeError> {
    match conn.execute("DELETE FROM cme_certificates WHERE id = ?1", [id])? {
        0 => Err(CmeError::NotFound {
            what: "certificate",
            id,
        }),
        _ => Ok(()),
    }
}

/// The media type of a PDF or an image, read from its first bytes; `None`
/// for anything else.
pub fn media_type(content: &[u8]) -> Option<&'static str> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    // Readers accept a PDF header anywhere in the first kilobyte (some
    // scanners write a few bytes before it).
    let head = &content[..content.len().min(1024)];
    if content.starts_with(PNG) {
        Some("image/png")
    } else if content.starts_with(b"\xff\xd8\xff") {
        Some("image/jpeg")
    } else if content.starts_with(b"GIF87a") || content.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if content.len() >= 12 && content.starts_with(b"RIFF") && &content[8..12] == b"WEBP" {
        Some("image/webp")
    } else if content.starts_with(b"II*\0") || content.starts_with(b"MM\0*") {
        Some("image/tiff")
    } else if let Some(media_type) = heif(content) {
        Some(media_type)
    } else if head.windows(5).any(|window| window == b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// HEIC/HEIF (what iPhones take photos in): an ISO media file whose `ftyp`
/// box names a HEIF brand.
fn heif(content: &[u8]) -> Option<&'static str> {
    if content.len() < 12 || &content[4..8] != b"ftyp" {
        return None;
    }
    match &content[8..12] {
        b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" => Some("image/heic"),
        b"mif1" | b"msf1" => Some("image/heif"),
        _ => None,
    }
}

fn extension(media_type: &str) -> &'static str {
    match media_type {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "image/tiff" => "tif",
        "image/heic" => "heic",
        _ => "heif",
    }
}

/// The name without any folder (either slash), without control characters,
/// cut to a length any file system takes.
fn base_name(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    let name = name.trim();
    if name.chars().count() <= FILE_NAME {
        return name.to_owned();
    }
    // Keep the extension when cutting a long name.
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 10 => (stem, extension),
        _ => (name, ""),
    };
    let keep = FILE_NAME - extension.chars().count() - usize::from(!extension.is_empty());
    let stem: String = stem.chars().take(keep).collect();
    if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_keeps_only_its_file_name() {
        assert_eq!(base_name("C:\\Users\\ana\\cert.pdf"), "cert.pdf");
        assert_eq!(base_name("/home/ana/Downloads/cert 2.png"), "cert 2.png");
        assert_eq!(base_name("../../etc/passwd"), "passwd");
        let long = format!("{}.pdf", "a".repeat(400));
        let cut = base_name(&long);
        assert_eq!(cut.chars().count(), FILE_NAME);
        assert!(cut.ends_with(".pdf"));
    }

    #[test]
    fn media_types_come_from_the_first_bytes() {
        assert_eq!(media_type(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(media_type(b"\xff\xd8\xff\xe0JFIF"), Some("image/jpeg"));
        assert_eq!(media_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(
            media_type(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Some("image/heic")
        );
        assert_eq!(media_type(b"GIF89a"), Some("image/gif"));
        assert_eq!(media_type(b"Certificate of attendance"), None);
        assert_eq!(media_type(b"\0\0\0\x18ftypisom"), None);
    }
}
