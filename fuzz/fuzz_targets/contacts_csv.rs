//! Any bytes as the file the `contacts_csv` import reads: no panic, bounded work.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    curbside_core::fuzzing::contacts_csv(data);
});
