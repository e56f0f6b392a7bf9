//! Taking the app's locks after a panic elsewhere left one poisoned: the
//! panic was answered with an error, and what the lock guards (a
//! connection, a flag, the undo shelf, the files waiting for the window)
//! is still whole, so no command or task fails forever because of it. The
//! poison is cleared, so the next taker does not recover again.

use std::sync::{Mutex, MutexGuard, TryLockError};

/// What `mutex` guards, even after a panic elsewhere while it was held.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| {
        mutex.clear_poison();
        poisoned.into_inner()
    })
}

/// What `mutex` guards when nothing holds it (even after a panic
/// elsewhere, as [`lock`]); `None` while something does.
pub(crate) fn try_lock<T>(mutex: &Mutex<T>) -> Option<MutexGuard<'_, T>> {
    match mutex.try_lock() {
        Ok(held) => Some(held),
        Err(TryLockError::Poisoned(poisoned)) => {
            mutex.clear_poison();
            Some(poisoned.into_inner())
        }
        Err(TryLockError::WouldBlock) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poisoned() -> Mutex<Vec<u32>> {
        let mutex = Mutex::new(vec![1]);
        let _ = std::panic::catch_unwind(|| {
            let mut held = mutex.lock().unwrap();
            held.push(2);
            panic!("a command failed while it held the lock");
        });
        assert!(mutex.is_poisoned());
        mutex
    }

    #[test]
    fn a_poisoned_lock_gives_what_it_guards_and_is_poisoned_no_more() {
        let mutex = poisoned();
        assert_eq!(*lock(&mutex), [1, 2]);
        assert!(!mutex.is_poisoned());
    }

    #[test]
    fn a_poisoned_lock_is_taken_by_try_lock_and_is_poisoned_no_more() {
        let mutex = poisoned();
        assert_eq!(try_lock(&mutex).as_deref(), Some(&vec![1, 2]));
        assert!(!mutex.is_poisoned());
        let held = lock(&mutex);
        assert!(try_lock(&mutex).is_none(), "held elsewhere");
        drop(held);
    }
}
