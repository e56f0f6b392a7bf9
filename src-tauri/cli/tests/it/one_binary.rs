//! The CLI's integration tests stay one binary: a test file beside
//! `tests/it/` would be a program of its own, linked again on every
//! change. A new test goes into a module here.

use std::path::Path;

#[test]
fn every_integration_test_is_a_module_of_the_one_test_binary() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut programs: Vec<String> = std::fs::read_dir(&tests)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "rs") || path.join("main.rs").is_file()
        })
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    programs.sort();
    assert_eq!(
        programs,
        ["it"],
        "move each into a module of tests/it (see tests/it/main.rs)"
    );
}
