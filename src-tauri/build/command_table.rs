//! Reads the command table out of src-tauri/src/commands/*.rs: every
//! `#[tauri::command]` function there is a command, named by its function,
//! and nothing else is. build.rs declares the names to tauri-build (each gets
//! an `allow-…` permission); this module writes what the app includes from
//! the same reading: the handler list (lib.rs), each area module's
//! `command_table` with its commands' argument and result types
//! (commands/<area>.rs), and `commands::all`, which joins them for the
//! bindings test.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use heck::ToLowerCamelCase;
use quote::ToTokens;
use syn::visit_mut::VisitMut;

/// The parameters Tauri fills in itself; the UI does not pass them.
const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

/// One file of commands/ (one area) and its commands, in file order.
pub struct Area {
    pub module: String,
    pub commands: Vec<Command>,
}

/// One `#[tauri::command]` function.
pub struct Command {
    pub name: String,
    docs: String,
    args: Vec<Arg>,
    result: syn::Type,
}

struct Arg {
    /// As the UI passes it: camelCase, as Tauri reads it.
    name: String,
    ty: syn::Type,
    /// A `Channel<T>` the UI hands over (`ty` is then `T`).
    channel: bool,
}

/// Every area of `dir` that declares commands, modules in name order.
pub fn read(dir: &Path) -> Vec<Area> {
    let mut modules: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .filter(|module| module != "mod")
        .collect();
    modules.sort();
    modules
        .into_iter()
        .map(|module| {
            let path = dir.join(format!("{module}.rs"));
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
            let file = syn::parse_file(&text)
                .unwrap_or_else(|error| panic!("cannot parse {}: {error}", path.display()));
            let commands = commands_of(&file, &module);
            let include =
                format!("include!(concat!(env!(\"OUT_DIR\"), \"/commands/{module}.rs\"));");
            if !commands.is_empty() && !text.contains(&include) {
                panic!(
                    "{} declares commands: add {include} at its end (before its tests)",
                    path.display()
                );
            }
            Area { module, commands }
        })
        .filter(|area| !area.commands.is_empty())
        .collect()
}

fn commands_of(file: &syn::File, module: &str) -> Vec<Command> {
    let mut jiff = JiffValues(jiff_names(file));
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Fn(function) => Some(function),
            _ => None,
        })
        .filter_map(|function| {
            let attr = function.attrs.iter().find(|attr| is_command(attr))?;
            let name = function.sig.ident.to_string();
            if attr.to_token_stream().to_string().contains("rename_all") {
                panic!("{module}::{name}: build.rs reads camelCase arguments only (no rename_all)");
            }
            let args = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| arg(input, &mut jiff, module, &name))
                .collect();
            let mut result = result_type(&function.sig.output);
            jiff.visit_type_mut(&mut result);
            Some(Command {
                docs: docs(&function.attrs),
                name,
                args,
                result,
            })
        })
        .collect()
}

fn is_command(attr: &syn::Attribute) -> bool {
    let segments: Vec<String> = attr
        .path()
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    segments == ["tauri", "command"]
}

fn arg(input: &syn::FnArg, jiff: &mut JiffValues, module: &str, command: &str) -> Option<Arg> {
    let syn::FnArg::Typed(typed) = input else {
        panic!("{module}::{command}: a command takes no `self`");
    };
    let (last, generics) = last_segment(&typed.ty)?;
    if INJECTED.contains(&last.as_str()) {
        return None;
    }
    let syn::Pat::Ident(ident) = typed.pat.as_ref() else {
        panic!("{module}::{command}: name each argument (no patterns)");
    };
    let channel = last == "Channel";
    let mut ty = if channel {
        generics
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{module}::{command}: a Channel names what it carries"))
    } else {
        typed.ty.as_ref().clone()
    };
    jiff.visit_type_mut(&mut ty);
    Some(Arg {
        name: ident.ident.to_string().to_lower_camel_case(),
        ty,
        channel,
    })
}

/// The last segment of a type's path and its type arguments.
fn last_segment(ty: &syn::Type) -> Option<(String, Vec<syn::Type>)> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let generics = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((last.ident.to_string(), generics))
}

/// What the UI receives: `T` of `Result<T, E>`, else the type returned.
fn result_type(output: &syn::ReturnType) -> syn::Type {
    let syn::ReturnType::Type(_, ty) = output else {
        return syn::parse_quote!(());
    };
    match last_segment(ty) {
        Some((last, generics)) if last == "Result" && generics.len() == 2 => generics[0].clone(),
        _ => ty.as_ref().clone(),
    }
}

fn docs(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) => Some(text.value().trim().to_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names a file imports from jiff (`use jiff::civil::Date;`).
fn jiff_names(file: &syn::File) -> Vec<String> {
    fn leaves(tree: &syn::UseTree, names: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(path) => leaves(&path.tree, names),
            syn::UseTree::Name(name) => names.push(name.ident.to_string()),
            syn::UseTree::Rename(rename) => names.push(rename.rename.to_string()),
            syn::UseTree::Group(group) => group.items.iter().for_each(|tree| leaves(tree, names)),
            syn::UseTree::Glob(_) => {}
        }
    }
    let mut names = Vec::new();
    for item in &file.items {
        if let syn::Item::Use(item) = item {
            if let syn::UseTree::Path(path) = &item.tree {
                if path.ident == "jiff" {
                    leaves(&path.tree, &mut names);
                }
            }
        }
    }
    names
}

/// Replaces jiff's values (`Timestamp`, `Date`…), which cross IPC as ISO
/// 8601 text, by `table::JiffString`: ts-rs knows no jiff 1.
struct JiffValues(Vec<String>);

impl VisitMut for JiffValues {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(path) = ty {
            let segments = &path.path.segments;
            let from_jiff = segments.first().is_some_and(|first| first.ident == "jiff")
                || (segments.len() == 1 && self.0.contains(&segments[0].ident.to_string()));
            if from_jiff && path.qself.is_none() {
                *ty = syn::parse_quote!(super::table::JiffString);
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// `tauri::generate_handler![…]` over every command, for lib.rs.
pub fn handler(areas: &[Area]) -> String {
    let mut out = String::from("::tauri::generate_handler![\n");
    for area in areas {
        for command in &area.commands {
            writeln!(out, "    commands::{}::{},", area.module, command.name).unwrap();
        }
    }
    out.push_str("]\n");
    out
}

/// `commands::all()`, joining the areas' tables, for commands/mod.rs.
pub fn all(areas: &[Area]) -> String {
    let mut out = String::from(
        "/// Every command, area by area (in module name order), each in its file's order.\n\
         pub fn all() -> ::std::vec::Vec<table::Command> {\n    \
         let cfg = table::config();\n    \
         let mut commands = ::std::vec::Vec::new();\n",
    );
    for area in areas {
        writeln!(
            out,
            "    commands.extend({}::command_table(&cfg));",
            area.module
        )
        .unwrap();
    }
    out.push_str("    commands\n}\n");
    out
}

/// One area's `command_table`, for its module to include: the types are
/// written as in its functions and resolve in its scope.
pub fn area_table(area: &Area) -> String {
    let mut out = format!(
        "// Written by src-tauri/build.rs from the `#[tauri::command]` functions of commands/{}.rs.\n\n\
         /// This module's commands, as the UI calls them (see `commands::table`).\n\
         pub(super) fn command_table(cfg: &::ts_rs::Config) -> ::std::vec::Vec<super::table::Command> {{\n    \
         ::std::vec![\n",
        area.module
    );
    for command in &area.commands {
        let args: Vec<String> = command
            .args
            .iter()
            .map(|arg| {
                let kind = if arg.channel { "channel" } else { "ts" };
                format!(
                    "super::table::Arg {{ name: {:?}, ty: super::table::{kind}::<{}>(cfg) }}",
                    arg.name,
                    arg.ty.to_token_stream()
                )
            })
            .collect();
        writeln!(
            out,
            "        super::table::Command {{\n            \
             name: {:?},\n            \
             docs: {:?},\n            \
             args: ::std::vec![{}],\n            \
             result: super::table::ts::<{}>(cfg),\n        \
             }},",
            command.name,
            command.docs,
            args.join(", "),
            command.result.to_token_stream()
        )
        .unwrap();
    }
    out.push_str("    ]\n}\n");
    out
}
