//! Giving memory back after the passes over the whole book (the reminders,
//! the duplicates): they allocate and free tens of MiB on worker threads,
//! and glibc keeps what was freed in each thread's arena unless asked to
//! return it. Measured at 100,000 contacts: 31 MiB of the app process's
//! resident memory after the start. Elsewhere the allocator returns it
//! itself, or keeps it as the system expects.

/// Returns freed memory to the system (glibc's `malloc_trim`).
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer, only walks the allocator's own
    // free lists under its locks, and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
