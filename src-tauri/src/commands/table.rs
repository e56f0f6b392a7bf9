//! The command table: every IPC command with its arguments and result as the
//! UI sees them. Nobody writes it: build.rs reads the `#[tauri::command]`
//! functions of this folder and writes each area's `command_table` (which
//! the area includes), so a command is declared once, as its function.
//! tests/it/bindings.rs turns the table into ui/src/lib/bindings/commands.ts and
//! the window's capability file; tests/it/capabilities.rs checks that every
//! command is in it, granted and called.

use ts_rs::{Config, Dependency, TypeVisitor, TS};

/// One command.
#[derive(Debug)]
pub struct Command {
    /// Its name, which the UI invokes (`area_verb`).
    pub name: &'static str,
    /// Its Rust doc comment.
    pub docs: &'static str,
    /// What the UI passes, in the function's order (not the injected state).
    pub args: Vec<Arg>,
    /// What it resolves to (`T` of `Result<T, IpcError>`).
    pub result: TsType,
}

/// One argument the UI passes.
#[derive(Debug)]
pub struct Arg {
    /// Its key, camelCase as Tauri reads it (`series_id` is `seriesId`).
    pub name: &'static str,
    /// Its TypeScript type.
    pub ty: TsType,
}

/// A TypeScript type and what it needs imported.
#[derive(Debug)]
pub struct TsType {
    /// As written in TypeScript (`Array<Contact>`).
    pub name: String,
    /// The named types it uses.
    pub imports: Vec<Import>,
}

/// A named TypeScript type and the module it comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Import {
    /// The type's name.
    pub name: String,
    /// The module, relative to ui/src/lib/bindings (`./Contact`) or a package.
    pub from: String,
}

/// How the table writes TypeScript: as the types' own bindings do, except
/// that 64-bit integers (ids, tokens) are `number`, which is what
/// serde_json sends (the types' fields say so one by one).
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

/// `T` in TypeScript.
pub fn ts<T: TS + 'static + ?Sized>(cfg: &Config) -> TsType {
    struct Imports<'a>(&'a Config, Vec<Import>);
    impl TypeVisitor for Imports<'_> {
        fn visit<U: TS + 'static + ?Sized>(&mut self) {
            if let Some(dependency) = Dependency::from_ty::<U>(self.0) {
                let module = dependency.output_path.with_extension("");
                let module = module.to_string_lossy().replace('\\', "/");
                self.1.push(Import {
                    name: dependency.ts_name,
                    from: format!("./{module}"),
                });
            }
        }
    }
    let mut imports = Imports(cfg, Vec::new());
    imports.visit::<T>();
    T::visit_generics(&mut imports);
    TsType {
        name: T::name(cfg),
        imports: imports.1,
    }
}

/// A `tauri::ipc::Channel<T>` the UI creates and passes.
pub fn channel<T: TS + 'static + ?Sized>(cfg: &Config) -> TsType {
    let carried = ts::<T>(cfg);
    let mut imports = carried.imports;
    imports.push(Import {
        name: "Channel".to_owned(),
        from: "@tauri-apps/api/core".to_owned(),
    });
    TsType {
        name: format!("Channel<{}>", carried.name),
        imports,
    }
}

/// Stands for a jiff value (`Timestamp`, `Date`…) in a command's signature:
/// it crosses IPC as ISO 8601 text, and ts-rs supports no jiff 1.
pub struct JiffString;

impl TS for JiffString {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;

    fn name(_: &Config) -> String {
        "string".to_owned()
    }

    fn inline(cfg: &Config) -> String {
        Self::name(cfg)
    }
}
