//! Any bytes as the whole book `import book.json` reads: no panic, bounded work.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    curbside_core::fuzzing::book_json(data);
});
