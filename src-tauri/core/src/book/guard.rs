//! A reader that refuses a token longer than a book can hold, before the
//! JSON parser buffers it: serde_json reads a whole string (or number) into
//! memory before anyone sees it, so a 2 GB string in a hostile file would
//! otherwise take 2 GB.

use std::io::{self, Read};

use super::MAX_FIELD_BYTES;

/// The longest string or number, as written: the largest field as base64
/// (4 characters for 3 bytes), with room to spare.
pub(super) const MAX_TOKEN: usize = MAX_FIELD_BYTES / 3 * 4 + 1024 * 1024;

/// Passes bytes through, counting the length of the current token.
pub(super) struct Guard<R> {
    inner: R,
    in_string: bool,
    escaped: bool,
    run: usize,
}

impl<R> Guard<R> {
    pub(super) fn new(inner: R) -> Self {
        Self {
            inner,
            in_string: false,
            escaped: false,
            run: 0,
        }
    }
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &byte in &buf[..n] {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if byte == b'\\' {
                    self.escaped = true;
                } else if byte == b'"' {
                    self.in_string = false;
                    self.run = 0;
                    continue;
                }
                self.run += 1;
            } else {
                match byte {
                    b'"' => {
                        self.in_string = true;
                        self.run = 0;
                    }
                    b'{' | b'}' | b'[' | b']' | b',' | b':' | b' ' | b'\n' | b'\r' | b'\t' => {
                        self.run = 0
                    }
                    _ => self.run += 1,
                }
            }
            if self.run > MAX_TOKEN {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "a value is longer than a book may hold ({} MiB)",
                        MAX_FIELD_BYTES / (1024 * 1024)
                    ),
                ));
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        Guard::new(bytes).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn a_string_longer_than_the_limit_is_refused_and_short_ones_pass() {
        let mut long = b"[\"".to_vec();
        long.extend(std::iter::repeat_n(b'a', MAX_TOKEN + 1));
        long.extend(b"\"]");
        let error = read_all(&long).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);

        let mut many = Vec::new();
        for _ in 0..(MAX_TOKEN / 1000 + 10) {
            many.extend(b"\"");
            many.extend([b'a'; 998]);
            many.extend(b"\\\"\",");
        }
        assert_eq!(read_all(&many).unwrap(), many);
    }

    #[test]
    fn a_number_longer_than_the_limit_is_refused() {
        let long = vec![b'7'; MAX_TOKEN + 1];
        assert!(read_all(&long).is_err());
    }
}
