//! Outlook for Windows writes its CSV export in the system's "ANSI" code
//! page, which for English, German, French and Spanish Windows is
//! Windows-1252, not UTF-8: "Straße" arrives as the byte 0xDF. A file whose
//! start is not UTF-8 is read as Windows-1252, converted to UTF-8 as it
//! streams.

use std::io::{self, BufRead, Read};

/// The characters Windows-1252 puts at 0x80–0x9F (Latin-1 has control
/// codes there); unassigned bytes stay the control code of that number.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn char_of(byte: u8) -> char {
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// `reader` as UTF-8: as it is when its first block is UTF-8, else
/// converted from Windows-1252.
pub(super) fn utf8<R: BufRead + 'static>(mut reader: R) -> io::Result<Box<dyn Read>> {
    let start = reader.fill_buf()?;
    let is_utf8 = match std::str::from_utf8(start) {
        Ok(_) => true,
        // A character cut off at the end of the block is still UTF-8.
        Err(error) => error.error_len().is_none() && start.len() - error.valid_up_to() < 4,
    };
    if is_utf8 {
        Ok(Box::new(reader))
    } else {
        Ok(Box::new(Windows1252 {
            inner: reader,
            pending: Vec::new(),
            at: 0,
        }))
    }
}

/// Windows-1252 bytes read as UTF-8.
struct Windows1252<R> {
    inner: R,
    /// Converted bytes, handed out from `at` on.
    pending: Vec<u8>,
    at: usize,
}

impl<R: BufRead> Read for Windows1252<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            let input = self.inner.fill_buf()?;
            if input.is_empty() {
                return Ok(0);
            }
            let mut text = String::with_capacity(input.len() + input.len() / 2);
            text.extend(input.iter().map(|&byte| char_of(byte)));
            let used = input.len();
            self.inner.consume(used);
            self.pending = text.into_bytes();
            self.at = 0;
        }
        let rest = &self.pending[self.at..];
        let n = out.len().min(rest.len());
        out[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &'static [u8]) -> String {
        let mut text = String::new();
        utf8(bytes).unwrap().read_to_string(&mut text).unwrap();
        text
    }

    #[test]
    fn windows_1252_bytes_read_as_the_letters_they_are_and_utf8_passes_through() {
        assert_eq!(
            read(b"Stra\xdfe gesch\xe4ftlich,Soci\xe9t\xe9 \x80"),
            "Straße geschäftlich,Société €"
        );
        assert_eq!(
            read("Straße geschäftlich".as_bytes()),
            "Straße geschäftlich"
        );
    }
}
