//! Printing results: one JSON value with `--json`, short aligned text without.
//!
//! Everything a command prints goes through [`Stdout`]: a reader that stops
//! early (`| head`) ends the output quietly, and any other failure to write
//! (a full disk) is reported as the command's error, never a panic. What it
//! tells beside its result goes to stderr through [`note`], dropped if
//! stderr cannot take it; a line that is shown once and never again (a
//! recovery key) goes through [`vital`], and not
//! showing it fails the command.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use serde::Serialize;

/// Set once stdout's reader has gone or writing to it failed: nothing more
/// is written.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Why a line could not be written, when it was not the reader going away.
static FAILED: OnceLock<String> = OnceLock::new();

/// `println!` for the commands' results, through [`Stdout`].
macro_rules! say {
    () => {
        $crate::shared::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::shared::output::line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// `eprintln!` for what a command tells beside its result (a notice, its
/// progress, where a file went), without its panic: a line stderr cannot
/// take (its reader gone, `2>&1 | head -1`) is dropped, and the command's
/// result stands.
macro_rules! note {
    ($($arg:tt)*) => {
        $crate::shared::output::notice(format_args!($($arg)*))
    };
}
pub(crate) use note;

/// Writes one line on stderr (see [`note`]).
pub fn notice(text: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

/// Writes one line the user cannot get again (a recovery key) to `to`, the
/// locked stdout or stderr, and flushes it: any failure to write it, its
/// reader having gone included, is returned, not dropped as [`say`] and
/// [`note`] would.
pub fn vital(mut to: impl Write, text: fmt::Arguments<'_>) -> io::Result<()> {
    writeln!(to, "{text}")?;
    to.flush()
}

/// Standard output as the commands write it. Once its reader has gone
/// (a broken pipe), what follows is dropped as if written; every other
/// error is returned.
pub struct Stdout;

/// `outcome`, unless it is the reader having gone: then `asked` bytes as if
/// written, and nothing more is.
fn quietly(outcome: io::Result<usize>, asked: usize) -> io::Result<usize> {
    match outcome {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
            STOPPED.store(true, Ordering::Relaxed);
            Ok(asked)
        }
        other => other,
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if STOPPED.load(Ordering::Relaxed) {
            return Ok(buf.len());
        }
        let outcome = io::stdout().lock().write(buf);
        quietly(outcome, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if STOPPED.load(Ordering::Relaxed) {
            return Ok(());
        }
        let outcome = io::stdout().lock().flush().map(|()| 0);
        quietly(outcome, 0).map(|_| ())
    }
}

/// Writes one line of a command's text output (see [`say`]). A failure
/// stops the output and is kept for [`failure`].
pub fn line(text: fmt::Arguments<'_>) {
    if let Err(error) = writeln!(Stdout, "{text}") {
        stop(&error);
    }
}

/// Stops the text output after `error`, kept for [`failure`].
fn stop(error: &io::Error) {
    STOPPED.store(true, Ordering::Relaxed);
    let _ = FAILED.set(format!("could not write the output: {error}"));
}

/// What went wrong writing the text output, if anything did (a reader that
/// stopped reading is not a failure).
pub fn failure() -> Option<&'static str> {
    FAILED.get().map(String::as_str)
}

/// Prints `value` as JSON on stdout. A reader that stops early (`| head`)
/// is not an error.
pub fn json(value: &impl Serialize) -> Result<(), String> {
    // Written as it is made, not gathered first: listing a whole book is
    // megabytes of JSON.
    let mut out = io::BufWriter::with_capacity(64 * 1024, Stdout);
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
        .map_err(|error| format!("could not write JSON: {error}"))
}

/// A value's snake_case name, as JSON spells it ("late_breaking_abstract").
pub fn name_of(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// A cell as a table shows it, cut to `max` characters with `…`, and its
/// width in characters.
fn shown(cell: &str, max: usize) -> (Cow<'_, str>, usize) {
    match cell.char_indices().nth(max - 1) {
        Some((end, _)) if cell[end..].chars().nth(1).is_some() => {
            (Cow::Owned(format!("{}…", &cell[..end])), max)
        }
        _ => (Cow::Borrowed(cell), cell.chars().count()),
    }
}

/// Prints rows as columns padded to the widest cell, each cell cut to `max` characters.
pub fn table<Cell: AsRef<str>>(header: &[&str], rows: &[Vec<Cell>], max: usize) {
    let header: Vec<_> = header.iter().map(|cell| shown(cell, max)).collect();
    let rows: Vec<Vec<_>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| shown(cell.as_ref(), max)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|(_, width)| *width).collect();
    for row in &rows {
        for (width, (_, shown)) in widths.iter_mut().zip(row) {
            *width = (*width).max(*shown);
        }
    }
    // Written through one buffer, not a write per line: a whole book's
    // table is tens of thousands of lines.
    let mut out = io::BufWriter::with_capacity(64 * 1024, Stdout);
    let mut text = String::new();
    let written = std::iter::once(&header)
        .chain(&rows)
        .try_for_each(|cells| {
            text.clear();
            for ((cell, shown), width) in cells.iter().zip(&widths) {
                text.push_str(cell);
                text.extend(std::iter::repeat_n(' ', width - shown + 2));
            }
            writeln!(out, "{}", text.trim_end())
        })
        .and_then(|()| out.flush());
    if let Err(error) = written {
        stop(&error);
    }
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn a_cell_is_cut_only_past_the_most_characters_and_keeps_whole_letters() {
        assert_eq!(shown("Ødegaard", 8), ("Ødegaard".into(), 8));
        assert_eq!(shown("Ødegaards", 8), ("Ødegaar…".into(), 8));
        assert_eq!(shown("", 8), ("".into(), 0));
        assert_eq!(shown("Müller", 3), ("Mü…".into(), 3));
    }
}
