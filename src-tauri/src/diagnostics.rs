//! The app's lines for whoever reads its stderr (a terminal, the journal):
//! what went wrong in the background, where nobody waits for an answer.
//!
//! `eprintln!` panics when stderr cannot take a line (started as
//! `curbside 2>&1 | head -1`, its reader gone), and a panic there would
//! stop the reminder scheduler or a backup. [`diagnostic`] drops the line
//! instead; clippy's `print_stderr` keeps `eprintln!` out of the app.

use std::fmt;
use std::io::{self, Write};

/// `eprintln!` that never panics: a line stderr cannot take is dropped.
macro_rules! diagnostic {
    ($($arg:tt)*) => {
        $crate::diagnostics::line(format_args!($($arg)*))
    };
}
pub(crate) use diagnostic;

/// Writes one line on stderr (see [`diagnostic`]).
pub fn line(text: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}
