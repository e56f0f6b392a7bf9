//! Any bytes as the file the `icalendar` import reads: no panic, bounded work.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    curbside_core::fuzzing::icalendar(data);
});
