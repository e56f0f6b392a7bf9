//! Giving memory back. The passes over the whole book (the reminders, the
//! duplicates) allocate and free tens of MiB on worker threads, and glibc
//! keeps what was freed in each thread's arena unless asked to return it
//! (31 MiB of the app process's resident memory after the start, measured
//! at 100,000 contacts). Elsewhere the allocator returns it itself, or
//! keeps it as the system expects.
//!
//! And once the app has been quiet for `idle::QUIET` (no database work: the
//! window left open in the background, or closed to the tray), each
//! connection's page cache is emptied and the freed memory returned too
//! ([`idle`]): an app that waits all day for the next reminder should not
//! hold the pages its start read. The next piece of work reads from the
//! file again what it needs.

mod idle;

pub use idle::start;

/// Returns freed memory to the system (glibc's `malloc_trim`).
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer, only walks the allocator's own
    // free lists under its locks, and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
