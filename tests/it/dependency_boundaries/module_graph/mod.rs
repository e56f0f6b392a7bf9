//! Reads which of the core's top-level modules each module uses, from the
//! source text: every `use crate::…`, `crate::…::` path and `super::` path
//! that climbs out of its own module, with comments, doc text, strings and
//! characters skipped so that prose naming a module is not an import. Code
//! under `#[cfg(test)]` is left out: a test may set its scene with any
//! module. The graph it builds is what `dependency_boundaries.rs` holds to
//! the layers.

mod paths;
mod tokens;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use paths::{crate_paths, without_tests};
use tokens::{tokens, Token};

/// One place a module uses another: the file (relative to the source
/// folder) and its line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Site {
    pub file: String,
    pub line: usize,
}

/// Which top-level module uses which, with where.
#[derive(Debug, Default)]
pub struct ModuleGraph {
    /// The top-level modules `lib.rs` declares.
    pub modules: BTreeSet<String>,
    /// (user, used) → the places it happens.
    pub edges: BTreeMap<(String, String), Vec<Site>>,
}

impl ModuleGraph {
    /// Scans a crate's source folder (`src/`, holding `lib.rs`).
    pub fn of_crate(src: &Path) -> ModuleGraph {
        let lib = fs::read_to_string(src.join("lib.rs")).expect("lib.rs reads");
        let modules: BTreeSet<String> = tokens(&lib)
            .windows(2)
            .filter_map(|pair| match pair {
                [(Token::Ident(m), _), (Token::Ident(name), _)] if m == "mod" => Some(name.clone()),
                _ => None,
            })
            .collect();
        let mut graph = ModuleGraph {
            modules,
            edges: BTreeMap::new(),
        };
        let mut files = Vec::new();
        rust_files(src, &mut files);
        let mut test_modules = Vec::new();
        for file in files {
            let relative = file.strip_prefix(src).expect("under src");
            let module = module_path(relative);
            if test_modules
                .iter()
                .any(|t: &Vec<String>| module.starts_with(t))
            {
                continue;
            }
            let text = fs::read_to_string(&file).expect("source reads");
            let name = relative.to_string_lossy().replace('\\', "/");
            let tokens = without_tests(&module, &tokens(&text), &mut test_modules);
            graph.add_file(&name, &module, &tokens);
        }
        graph
    }

    fn add_file(&mut self, file: &str, module: &[String], tokens: &[(Token, usize)]) {
        let Some(from) = module.first() else {
            return;
        };
        for (path, line) in crate_paths(module, tokens) {
            let Some(to) = path.first() else { continue };
            if to != from && self.modules.contains(to) {
                self.edges
                    .entry((from.clone(), to.clone()))
                    .or_default()
                    .push(Site {
                        file: file.to_owned(),
                        line,
                    });
            }
        }
    }

    /// The modules `module` uses directly.
    pub fn uses(&self, module: &str) -> BTreeSet<&str> {
        self.edges
            .keys()
            .filter(|(from, _)| from == module)
            .map(|(_, to)| to.as_str())
            .collect()
    }

    fn reaches(&self, from: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(next) = stack.pop() {
            for to in self.uses(&next) {
                if seen.insert(to.to_owned()) {
                    stack.push(to.to_owned());
                }
            }
        }
        seen
    }

    /// The circles: each set of two or more modules that all reach each
    /// other (a strongly connected component), smallest name first.
    pub fn circles(&self) -> Vec<BTreeSet<String>> {
        let reach: BTreeMap<&String, BTreeSet<String>> =
            self.modules.iter().map(|m| (m, self.reaches(m))).collect();
        let mut circles: Vec<BTreeSet<String>> = Vec::new();
        for m in &self.modules {
            if circles.iter().any(|c| c.contains(m)) {
                continue;
            }
            let circle: BTreeSet<String> = self
                .modules
                .iter()
                .filter(|other| {
                    *other == m || (reach[m].contains(*other) && reach[other].contains(m))
                })
                .cloned()
                .collect();
            if circle.len() > 1 {
                circles.push(circle);
            }
        }
        circles
    }

    /// The edges inside one circle, with the first place each is made: what
    /// to cut to break it.
    pub fn describe(&self, circle: &BTreeSet<String>) -> String {
        let mut out = String::new();
        for ((from, to), sites) in &self.edges {
            if circle.contains(from) && circle.contains(to) {
                let first = &sites[0];
                out.push_str(&format!(
                    "  {from} -> {to}  ({} uses, first {}:{})\n",
                    sites.len(),
                    first.file,
                    first.line
                ));
            }
        }
        out
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("source folder reads")
        .map(|e| e.expect("entry reads").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `contacts/store.rs` → `[contacts, store]`; `contacts/mod.rs` and
/// `contacts.rs` → `[contacts]`; `lib.rs` → `[]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if !(stem == "mod" || (parts.is_empty() && stem == "lib")) {
        parts.push(stem.to_owned());
    }
    parts
}
