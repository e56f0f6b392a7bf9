//! The paths in a file's tokens that name something in the same crate
//! (`use crate::…`, `crate::…::`, `super::…`), resolved from the crate
//! root, with the code under `#[cfg(test)]` left out.

use super::tokens::Token;

/// The tokens less every item under `#[cfg(test)]`; a test module in a
/// file of its own (`#[cfg(test)] mod tests;`) is added to `test_modules`.
pub(super) fn without_tests(
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

/// Every path in the tokens that names something in this crate, resolved
/// to a path from the crate root, with its line. `module` is the file's
/// own module; `mod name { … }` blocks inside it are followed.
pub(super) fn crate_paths(
    module: &[String],
    tokens: &[(Token, usize)],
) -> Vec<(Vec<String>, usize)> {
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
    use super::super::tokens::tokens;
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
