//! Refusing a request as a usage error (exit 2) once clap has parsed it,
//! for what clap cannot see alone (a calendar beside contact files, a book
//! with other files). The message reads as clap's own, with the whole
//! command line's usage: `main` hands that command line over at start, so
//! no area has to reach up to the top level for it.

use std::sync::OnceLock;

use clap::error::ErrorKind;

/// How to build the whole command line, as `main` gave it.
static COMMAND_LINE: OnceLock<fn() -> clap::Command> = OnceLock::new();

/// Remembers how to build the whole command line (`Cli::command`).
pub fn know(command_line: fn() -> clap::Command) {
    let _ = COMMAND_LINE.set(command_line);
}

/// Stops with a usage error (exit 2): `message`, then the command line's usage.
pub fn refuse(message: &str) -> ! {
    let mut command = COMMAND_LINE.get().map_or_else(
        || clap::Command::new(env!("CARGO_BIN_NAME")),
        |command_line| command_line(),
    );
    command.error(ErrorKind::ArgumentConflict, message).exit()
}
