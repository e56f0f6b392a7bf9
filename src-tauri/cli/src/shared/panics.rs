//! A fault inside Curbside (a panic) while a command runs: one line on
//! stderr and exit 1, like any failed request, instead of Rust's panic
//! report and exit 101. Nothing was saved: the open transaction is rolled
//! back as it is dropped while the panic unwinds.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// What the last panic on this thread said, and where.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `work`; a panic in it becomes an error message.
pub fn guarded(work: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    panic::set_hook(Box::new(|info| {
        let what = match (
            info.payload().downcast_ref::<&str>(),
            info.payload().downcast_ref::<String>(),
        ) {
            (Some(text), _) => (*text).to_owned(),
            (_, Some(text)) => text.clone(),
            _ => "no message".to_owned(),
        };
        let place = info
            .location()
            .map(|at| format!(" at {}:{}", at.file(), at.line()))
            .unwrap_or_default();
        let line = format!("{what}{place}").replace(['\n', '\r'], " ");
        LAST.with(|last| *last.borrow_mut() = Some(line));
    }));
    let outcome = panic::catch_unwind(AssertUnwindSafe(work));
    let _ = panic::take_hook();
    outcome.unwrap_or_else(|_| {
        let what = LAST
            .with(|last| last.borrow_mut().take())
            .unwrap_or_default();
        Err(format!(
            "Curbside hit an internal error; nothing was saved (please report it: {what})"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_is_one_line_of_error_and_an_error_or_success_passes_through() {
        let message = guarded(|| panic!("index out of bounds\nsecond line")).unwrap_err();
        assert!(
            message.starts_with(
                "Curbside hit an internal error; nothing was saved (please report it: \
                 index out of bounds second line at "
            ),
            "{message}"
        );
        assert!(!message.contains('\n'));
        assert_eq!(
            guarded(|| Err("no such contact".into())),
            Err("no such contact".into())
        );
        assert_eq!(guarded(|| Ok(())), Ok(()));
    }
}
