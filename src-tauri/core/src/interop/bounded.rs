//! Reading a file one physical line at a time with a cap on how much of a
//! line is kept: a crafted file with a line of hundreds of megabytes (or no
//! line break at all) must not be read into memory whole before any limit
//! is checked.

use std::io::{self, BufRead};

/// Reads the next line, its `\n` included, appending at most `max` bytes of
/// it to `buf`; the rest of a longer line is read past and dropped. Returns
/// how many bytes were read (0 at the end of the stream) and whether the
/// line was cut.
pub(crate) fn read_line_capped<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<(usize, bool)> {
    let (mut read, mut cut) = (0, false);
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok((read, cut));
        }
        let (used, ends) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        let room = max.saturating_sub(buf.len());
        if used > room {
            cut = true;
        }
        buf.extend_from_slice(&available[..used.min(room)]);
        reader.consume(used);
        read += used;
        if ends {
            return Ok((read, cut));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_line_capped;
    use std::io::{BufReader, Cursor};

    #[test]
    fn a_long_line_is_cut_and_the_next_line_still_reads() {
        let text = format!("{}\nnext\n", "x".repeat(10_000));
        // A small buffer: the long line arrives in many pieces.
        let mut reader = BufReader::with_capacity(64, Cursor::new(text));
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut reader, &mut buf, 100).unwrap(),
            (10_001, true)
        );
        assert_eq!(buf.len(), 100);
        buf.clear();
        assert_eq!(
            read_line_capped(&mut reader, &mut buf, 100).unwrap(),
            (5, false)
        );
        assert_eq!(buf, b"next\n");
        buf.clear();
        assert_eq!(
            read_line_capped(&mut reader, &mut buf, 100).unwrap(),
            (0, false)
        );
    }
}
