//! The core must build without Tauri, and the CLI without any GUI library:
//! both run on machines with no display. Checked on the resolved graph, so a
//! transitive dependency cannot sneak one in.
//!
//! Inside the core, the modules are layered (see the core's `lib.rs`): the
//! values at the bottom use no other module, nothing builds on the
//! operations across domains at the top, and no modules use each other in
//! a circle. Checked on the sources ([`module_graph`]).

mod module_graph;

use std::path::Path;
use std::process::Command;

use module_graph::ModuleGraph;

fn dependencies_of(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
            "--package",
            package,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("cargo tree prints UTF-8")
        .lines()
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .collect()
}

const GUI_CRATES: &[&str] = &[
    "tauri",
    "wry",
    "tao",
    "gtk",
    "webkit2gtk",
    "gdk",
    "cairo-rs",
    "muda",
    "tray-icon",
];

#[test]
fn core_has_no_tauri_dependency() {
    let deps = dependencies_of("curbside-core");
    assert!(
        deps.iter().any(|d| d == "rusqlite"),
        "the tree was read: {deps:?}"
    );
    let tauri: Vec<_> = deps.iter().filter(|d| d.starts_with("tauri")).collect();
    assert!(tauri.is_empty(), "curbside-core depends on {tauri:?}");
}

#[test]
fn cli_links_no_gui_library() {
    let deps = dependencies_of("curbside-cli");
    assert!(
        deps.iter().any(|d| d == "clap"),
        "the tree was read: {deps:?}"
    );
    let gui: Vec<_> = deps
        .iter()
        .filter(|d| GUI_CRATES.contains(&d.as_str()) || d.starts_with("tauri"))
        .collect();
    assert!(gui.is_empty(), "curbside-cli depends on {gui:?}");
}

fn core_modules() -> ModuleGraph {
    ModuleGraph::of_crate(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/core/src"))
}

#[test]
fn core_modules_do_not_use_each_other_in_circles() {
    let graph = core_modules();
    assert!(
        graph.modules.contains("contacts") && graph.uses("fuzzing").contains("interop"),
        "the sources were read: {:?}",
        graph.modules
    );
    let circles = graph.circles();
    let report: String = circles
        .iter()
        .map(|circle| format!("{circle:?}\n{}", graph.describe(circle)))
        .collect();
    assert!(
        circles.is_empty(),
        "{} circles, {} modules in them:\n{report}",
        circles.len(),
        circles.iter().map(|c| c.len()).sum::<usize>()
    );
}

#[test]
fn the_bottom_layer_of_values_uses_no_other_module_of_the_core() {
    let graph = core_modules();
    for bottom in ["values", "choice"] {
        assert!(
            graph.modules.contains(bottom),
            "lib.rs declares the bottom layer's {bottom}: {:?}",
            graph.modules
        );
        let sites: Vec<_> = graph
            .edges
            .iter()
            .filter(|((from, _), _)| from == bottom)
            .collect();
        assert!(sites.is_empty(), "{bottom} uses {sites:?}");
    }
}

#[test]
fn no_module_of_the_core_builds_on_the_operations_across_domains() {
    let graph = core_modules();
    let users: Vec<_> = graph
        .edges
        .iter()
        .filter(|((_, to), _)| to == "operations")
        .collect();
    assert!(users.is_empty(), "operations is used by {users:?}");
}
