//! The server password and the sync key, from where a script or a person
//! gives them: the environment (`CURBSIDE_SYNC_PASSWORD`,
//! `CURBSIDE_SYNC_KEY`), else standard input, one per line in that order
//! (each line only for what the environment did not give), else a prompt
//! when a person is at the terminal. Never a flag: a flag shows in `ps`.

use std::io::{BufRead, IsTerminal};

use zeroize::Zeroizing;

/// The server password, for every command that signs in.
pub const PASSWORD_VAR: &str = "CURBSIDE_SYNC_PASSWORD";
/// The sync key of a book the server already holds, for `sync account add`.
pub const KEY_VAR: &str = "CURBSIDE_SYNC_KEY";

/// Standard input read a line at a time, as the secrets are asked for.
pub struct Secrets {
    terminal: bool,
    lines: Option<std::io::StdinLock<'static>>,
}

impl Secrets {
    /// Reads from this process's environment and standard input.
    pub fn new() -> Secrets {
        let stdin = std::io::stdin();
        Secrets {
            terminal: stdin.is_terminal(),
            lines: Some(stdin.lock()),
        }
    }

    /// Whether a person can be asked (standard input is a terminal).
    pub fn terminal(&self) -> bool {
        self.terminal
    }

    /// The server password: the environment, else the next line of
    /// standard input, else a prompt.
    pub fn password(&mut self, user: &str) -> Result<Zeroizing<String>, String> {
        if let Some(password) = from_environment(PASSWORD_VAR)? {
            return Ok(password);
        }
        let password = if self.terminal {
            prompt(&format!(
                "Password for {user} on the server (an app password where the server has them): "
            ))?
        } else {
            self.next_line()?.unwrap_or_default()
        };
        if password.is_empty() {
            return Err(format!(
                "no password for the server: set {PASSWORD_VAR}, or give it on the first line of standard input"
            ));
        }
        Ok(password)
    }

    /// The sync key of a book the server already holds, when given: the
    /// environment, else the next line of standard input (none when that
    /// is empty or missing). A terminal is asked only by [`Secrets::ask_key`].
    pub fn key(&mut self) -> Result<Option<Zeroizing<String>>, String> {
        if let Some(key) = from_environment(KEY_VAR)? {
            return Ok(Some(key));
        }
        if self.terminal {
            return Ok(None);
        }
        Ok(self.next_line()?.filter(|line| !line.trim().is_empty()))
    }

    /// Asks the person at the terminal for the sync key the other
    /// computer showed.
    pub fn ask_key(&mut self) -> Result<Zeroizing<String>, String> {
        prompt("Sync key (shown on the computer that set up sync first, or by `curbside-cli sync key` there): ")
    }

    fn next_line(&mut self) -> Result<Option<Zeroizing<String>>, String> {
        let Some(lines) = self.lines.as_mut() else {
            return Ok(None);
        };
        let mut line = Zeroizing::new(String::new());
        let read = lines
            .read_line(&mut line)
            .map_err(|e| format!("could not read standard input: {e}"))?;
        if read == 0 {
            self.lines = None;
            return Ok(None);
        }
        let end = line.trim_end_matches(['\r', '\n']).len();
        line.truncate(end);
        Ok(Some(line))
    }
}

/// A variable's value, when set and not empty.
fn from_environment(name: &str) -> Result<Option<Zeroizing<String>>, String> {
    match std::env::var(name) {
        Ok(value) if !value.is_empty() => Ok(Some(Zeroizing::new(value))),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(format!("{name} is not valid UTF-8")),
    }
}

/// The password given in the environment, for `sync now` (else the
/// keyring's).
pub fn password_from_environment() -> Result<Option<Zeroizing<String>>, String> {
    from_environment(PASSWORD_VAR)
}

fn prompt(label: &str) -> Result<Zeroizing<String>, String> {
    rpassword::prompt_password(label)
        .map(Zeroizing::new)
        .map_err(|e| format!("could not read the answer: {e}"))
}
