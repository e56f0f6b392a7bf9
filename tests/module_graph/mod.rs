//! Reads which of the core's top-level modules each module uses, from the
//! source text: every `use crate::…`, `crate::…::` path and `super::` path
//! that climbs out of its own module, with comments, doc text, strings and
//! characters skipped so that prose naming a module is not an import. Code
//! under `#[cfg(test)]` is left out: a test may set its scene with any
//! module. The graph it builds is what `dependency_boundaries.rs` holds to
//! the layers.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

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

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Ident(String),
    /// `::`
    PathSep,
    Punct(char),
}

/// The identifiers, `::` and punctuation of Rust source, with line numbers;
/// comments, strings, characters, lifetimes and numbers left out.
fn tokens(text: &str) -> Vec<(Token, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if i >= chars.len() {
                    break;
                }
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&chars, i + 1, &mut line);
        } else if c == '\'' {
            i = skip_quote(&chars, i);
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let prefix = matches!(word.as_str(), "r" | "b" | "br" | "c" | "cr");
            if prefix && at(i) == '"' {
                i = skip_string(&chars, i + 1, &mut line);
            } else if prefix && word.ends_with('r') && at(i) == '#' && {
                let mut j = i;
                while at(j) == '#' {
                    j += 1;
                }
                at(j) == '"'
            } {
                i = skip_raw_string(&chars, i, &mut line);
            } else if word == "b" && at(i) == '\'' {
                i = skip_quote(&chars, i);
            } else if word == "r" && at(i) == '#' {
                // A raw identifier: r#type.
                let start = i + 1;
                i = start;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push((Token::Ident(chars[start..i].iter().collect()), line));
            } else {
                out.push((Token::Ident(word), line));
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Token::PathSep, line));
            i += 2;
        } else {
            out.push((Token::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// The tokens less every item under `#[cfg(test)]`; a test module in a
/// file of its own (`#[cfg(test)] mod tests;`) is added to `test_modules`.
fn without_tests(
    module: &[String],
    tokens: &[(Token, usize)],
    test_modules: &mut Vec<Vec<String>>,
) -> Vec<(Token, usize)> {
    let words = |from: usize, expected: &[&str]| {
        expected.iter().enumerate().all(|(k, want)| {
            matches!(tokens.get(from + k), Some((Token::Ident(w), _)) if w == want)
                || matches!(tokens.get(from + k), Some((Token::Punct(c), _)) if want.len() == 1 && want.starts_with(*c))
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !words(i, &["#", "[", "cfg", "(", "test", ")", "]"]) {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        i += 7;
        // Further attributes on the same item.
        while words(i, &["#", "["]) {
            let mut depth = 0;
            loop {
                match tokens.get(i).map(|t| &t.0) {
                    Some(Token::Punct('[')) => depth += 1,
                    Some(Token::Punct(']')) => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    None => break,
                    _ => {}
                }
                i += 1;
            }
        }
        let start = i;
        // The item ends at a `;` outside braces or at its closing brace.
        let mut depth = 0;
        while let Some((token, _)) = tokens.get(i) {
            i += 1;
            match token {
                Token::Punct('{') => depth += 1,
                Token::Punct('}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Token::Punct(';') if depth == 0 => {
                    let item = &tokens[start..i];
                    let name = item
                        .iter()
                        .zip(item.iter().skip(1))
                        .find_map(|pair| match pair {
                            ((Token::Ident(m), _), (Token::Ident(name), _)) if m == "mod" => {
                                Some(name.clone())
                            }
                            _ => None,
                        });
                    if let Some(name) = name {
                        let mut path = module.to_vec();
                        path.push(name);
                        test_modules.push(path);
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    out
}

/// Past a `"…"` string whose opening quote is just before `i`.
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            '\n' => {
                *line += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// Past `#…#"…"#…#`, starting at the first `#`.
fn skip_raw_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    i += 1; // the opening quote
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        if chars[i] == '\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

/// Past a character literal (`'a'`, `'\n'`, `'\u{1F600}'`) or a lifetime
/// or label (`'a`), starting at the quote.
fn skip_quote(chars: &[char], i: usize) -> usize {
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    if at(i + 1) == '\\' {
        let mut j = i + 3;
        while j < chars.len() && chars[j] != '\'' {
            j += 1;
        }
        j + 1
    } else if at(i + 2) == '\'' {
        i + 3
    } else {
        let mut j = i + 1;
        while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
            j += 1;
        }
        j
    }
}

/// Every path in the tokens that names something in this crate, resolved
/// to a path from the crate root, with its line. `module` is the file's
/// own module; `mod name { … }` blocks inside it are followed.
fn crate_paths(module: &[String], tokens: &[(Token, usize)]) -> Vec<(Vec<String>, usize)> {
    let mut out = Vec::new();
    let mut scope: Vec<String> = module.to_vec();
    // For each open brace: whether it opened an inline module.
    let mut braces: Vec<bool> = Vec::new();
    let mut pending_mod: Option<String> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (token, line) = &tokens[i];
        let ident = |k: usize| match tokens.get(k) {
            Some((Token::Ident(s), _)) => Some(s.as_str()),
            _ => None,
        };
        let after_sep = i > 0 && tokens[i - 1].0 == Token::PathSep;
        match token {
            Token::Ident(word) if word == "use" => {
                let mut trees = Vec::new();
                i = use_tree(tokens, i + 1, Vec::new(), &mut trees);
                for path in trees {
                    if let Some(resolved) = resolve(&scope, &path) {
                        out.push((resolved, *line));
                    }
                }
                continue;
            }
            Token::Ident(word) if word == "mod" => {
                pending_mod = ident(i + 1).map(str::to_owned);
                i += 2;
                continue;
            }
            Token::Ident(word)
                if !after_sep
                    && matches!(word.as_str(), "crate" | "super" | "self")
                    && tokens.get(i + 1).map(|t| &t.0) == Some(&Token::PathSep) =>
            {
                let mut path = vec![word.clone()];
                let mut k = i + 1;
                while tokens.get(k).map(|t| &t.0) == Some(&Token::PathSep) {
                    match ident(k + 1) {
                        Some(next) => path.push(next.to_owned()),
                        None => break,
                    }
                    k += 2;
                }
                if let Some(resolved) = resolve(&scope, &path) {
                    out.push((resolved, *line));
                }
                i = k;
                continue;
            }
            Token::Punct('{') => {
                let inline = pending_mod.take();
                braces.push(inline.is_some());
                if let Some(name) = inline {
                    scope.push(name);
                }
            }
            Token::Punct('}') if braces.pop() == Some(true) => {
                scope.pop();
            }
            Token::Punct(';') => pending_mod = None,
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads one use tree starting at `i` (after `use`, a `{` or a `,`), adding
/// each full path to `out`; returns the index after it.
fn use_tree(
    tokens: &[(Token, usize)],
    mut i: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    if tokens.get(i).map(|t| &t.0) == Some(&Token::PathSep) {
        // `::name` is another crate.
        prefix.push("::".to_owned());
        i += 1;
    }
    loop {
        match tokens.get(i).map(|t| &t.0) {
            Some(Token::Ident(word)) if word != "as" => {
                prefix.push(word.clone());
                i += 1;
            }
            Some(Token::Punct('{')) => {
                i += 1;
                loop {
                    match tokens.get(i).map(|t| &t.0) {
                        Some(Token::Punct('}')) => return i + 1,
                        Some(Token::Punct(',')) => i += 1,
                        None => return i,
                        _ => i = use_tree(tokens, i, prefix.clone(), out),
                    }
                }
            }
            Some(Token::Punct('*')) => {
                out.push(prefix);
                return i + 1;
            }
            _ => {
                // `as name`, `,`, `}` or `;`: the path is whole.
                if tokens.get(i).map(|t| &t.0) == Some(&Token::Ident("as".into())) {
                    i += 2;
                }
                if tokens.get(i).map(|t| &t.0) == Some(&Token::Punct(';')) {
                    i += 1;
                }
                out.push(prefix);
                return i;
            }
        }
        if tokens.get(i).map(|t| &t.0) == Some(&Token::PathSep) {
            i += 1;
        }
    }
}

/// `path` from the crate root, when it starts at `crate`, `super` or
/// `self` (anything else is another crate or a name in scope).
fn resolve(scope: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut resolved: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super") | Some("self") => scope.to_vec(),
        _ => return None,
    };
    let mut rest = &path[usize::from(path[0] == "crate")..];
    while let Some(first) = rest.first() {
        match first.as_str() {
            "super" => {
                resolved.pop()?;
            }
            "self" => {}
            _ => break,
        }
        rest = &rest[1..];
    }
    resolved.extend(rest.iter().cloned());
    Some(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(module: &[&str], text: &str) -> Vec<Vec<String>> {
        let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
        let tokens = without_tests(&module, &tokens(text), &mut Vec::new());
        crate_paths(&module, &tokens)
            .into_iter()
            .map(|(p, _)| p)
            .collect()
    }

    fn p(segments: &[&str]) -> Vec<String> {
        segments.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn comments_strings_and_characters_are_not_imports() {
        let text = r####"
            //! Uses crate::reminders::x for nothing.
            /// See crate::search::index.
            /* crate::events::a /* nested crate::cme::b */ */
            fn f<'a>(s: &'a str) -> char {
                let _ = "crate::import::run";
                let _ = r#"crate::export::all " "#;
                let _ = b"crate::book::x";
                let _ = '"';
                'x'
            }
        "####;
        assert_eq!(paths(&["contacts"], text), Vec::<Vec<String>>::new());
    }

    #[test]
    fn test_code_is_left_out() {
        let text = "
            use crate::values::Invalid;
            #[cfg(test)]
            use crate::db::open_in_memory;
            #[cfg(test)]
            #[allow(unused)]
            fn scene() { crate::contacts::create(); }
            #[cfg(test)]
            mod tests { use crate::search::index; }
            fn kept() { crate::events::list(); }
        ";
        assert_eq!(
            paths(&["reminders"], text),
            vec![p(&["values", "Invalid"]), p(&["events", "list"])]
        );
    }

    #[test]
    fn use_trees_paths_and_super_resolve_from_the_crate_root() {
        let text = "
            use crate::{values::Invalid, reminders::{ids, model::Kind as K}};
            use super::super::search::*;
            use super::model::Contact;
            use ::std::fmt;
            fn g() { crate::events::list(); self::h(); }
            mod tests { use super::*; use super::super::x; }
        ";
        assert_eq!(
            paths(&["contacts", "store"], text),
            vec![
                p(&["values", "Invalid"]),
                p(&["reminders", "ids"]),
                p(&["reminders", "model", "Kind"]),
                p(&["search"]),
                p(&["contacts", "model", "Contact"]),
                p(&["events", "list"]),
                p(&["contacts", "store", "h"]),
                p(&["contacts", "store"]),
                p(&["contacts", "x"]),
            ]
        );
    }
}
