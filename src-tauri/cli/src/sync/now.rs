//! `sync now`: one sync of the book's account, with its progress on
//! stderr (a line when a step starts, then at most one a second) and what
//! it did on stdout. A sync cut off (a lost connection, a kill) keeps what
//! it finished; the next one resumes.

use std::time::{Duration, Instant};

use curbside_core::sync::account;
use curbside_core::sync::engine::{Progress, Report};
use curbside_sync::connect;

use crate::shared::{fail, note, say, unlock, Global};

use super::account::passwords;
use super::json;
use super::secrets::{password_from_environment, PASSWORD_VAR};

/// `sync now`.
pub fn run(global: &Global) -> Result<(), String> {
    let password = password_from_environment()?;
    let mut db = unlock::open(global)?;
    if password.is_none() && global.no_keyring && account::load(&db).map_err(fail)?.is_some() {
        return Err(format!(
            "with --no-keyring the server password is not read from the keyring: give it in {PASSWORD_VAR}"
        ));
    }
    let mut shown = Shown::new(!global.json);
    let report = connect::sync_now_with(
        &mut db,
        password.as_deref().map(String::as_str),
        &mut |step| shown.progress(&step),
        passwords(global).as_ref(),
    )
    .map_err(fail)?;
    if global.json {
        return json::print(&report);
    }
    say!("{}", in_words(&report));
    for skipped in &report.skipped {
        say!("  left alone on the server: {skipped}");
    }
    Ok(())
}

/// Progress lines on stderr: when a step starts or ends, and at most once
/// a second between.
struct Shown {
    on: bool,
    step: String,
    at: Instant,
}

impl Shown {
    fn new(on: bool) -> Shown {
        Shown {
            on,
            step: String::new(),
            at: Instant::now(),
        }
    }

    fn progress(&mut self, progress: &Progress) {
        if !self.on {
            return;
        }
        let new_step = progress.step != self.step;
        let finished = progress.done >= progress.total;
        if !new_step && !finished && self.at.elapsed() < Duration::from_secs(1) {
            return;
        }
        if !new_step && finished && progress.total == 0 {
            return;
        }
        note!("{}: {} of {}", progress.step, progress.done, progress.total);
        self.step.clone_from(&progress.step);
        self.at = Instant::now();
    }
}

/// What a sync did, in one line for people.
fn in_words(report: &Report) -> String {
    let Report {
        sent,
        received,
        deleted_here,
        deleted_there,
        merged,
        conflicts,
        ref skipped,
    } = *report;
    let skipped = skipped.len();
    if sent + received + deleted_here + deleted_there + merged + conflicts == 0 && skipped == 0 {
        return "Nothing to sync: this book and the server agree.".into();
    }
    let mut line = format!(
        "Sent {sent}, received {received}, merged {merged}, deleted here {deleted_here}, \
         deleted on the server {deleted_there}."
    );
    match conflicts {
        0 => {}
        1 => line.push_str(" 1 conflict waits for you: see `curbside-cli sync conflicts`."),
        n => line.push_str(&format!(
            " {n} conflicts wait for you: see `curbside-cli sync conflicts`."
        )),
    }
    match skipped {
        0 => {}
        1 => line.push_str(" 1 resource on the server was left alone:"),
        n => line.push_str(&format!(" {n} resources on the server were left alone:")),
    }
    line
}

#[cfg(test)]
mod tests {
    use curbside_core::sync::engine::Report;

    use super::in_words;

    #[test]
    fn a_sync_that_did_nothing_says_so_and_conflicts_point_to_the_command_that_lists_them() {
        assert_eq!(
            in_words(&Report::default()),
            "Nothing to sync: this book and the server agree."
        );
        let report = Report {
            sent: 3,
            received: 2,
            conflicts: 1,
            ..Report::default()
        };
        assert_eq!(
            in_words(&report),
            "Sent 3, received 2, merged 0, deleted here 0, deleted on the server 0. \
             1 conflict waits for you: see `curbside-cli sync conflicts`."
        );
    }
}
