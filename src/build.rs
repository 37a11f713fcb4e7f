//! Generates two things from the files in `locales/` and `migrations/`:
//!
//! * `msg_ids.rs`: one constant per message id of the Dutch (fallback) locale, so that a handler that names a
//!   message which does not exist fails to compile, and the translation files embedded in the binary;
//! * `migrations.rs`: the SQL migrations of both backends, embedded in the binary.
#![allow(clippy::expect_used)]

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
    fs::write(out.join("msg_ids.rs"), messages(&root.join("locales"))).expect("write msg_ids.rs");
    fs::write(
        out.join("migrations.rs"),
        migrations(&root.join("migrations")),
    )
    .expect("write migrations.rs");
}

/// The languages the portal offers, as folders of `locales/`. Another folder holds a translation that is not
/// offered yet: the tests check it against Dutch like every other, the binary does not carry it.
const AANGEBODEN: [&str; 6] = ["nl", "en", "tr", "ar", "pl", "uk"];

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    entries
}

fn messages(locales: &Path) -> String {
    let mut ids = Vec::new();
    let mut files = String::from("/// Every translation file: (language, file stem, contents).\n");
    files.push_str("pub const FILES: &[(&str, &str, &str)] = &[\n");
    for lang_dir in sorted_entries(locales).into_iter().filter(|p| p.is_dir()) {
        let lang = lang_dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("language dir")
            .to_owned();
        if !AANGEBODEN.contains(&lang.as_str()) {
            continue;
        }
        for file in sorted_entries(&lang_dir) {
            if file.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            let stem = file
                .file_stem()
                .and_then(|n| n.to_str())
                .expect("file stem");
            writeln!(
                files,
                "    ({lang:?}, {stem:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .expect("write");
            if lang != "nl" {
                continue;
            }
            let source = fs::read_to_string(&file).expect("read ftl");
            let resource = match fluent_syntax::parser::parse(source.as_str()) {
                Ok(r) => r,
                Err((_, errors)) => panic!("{}: {errors:?}", file.display()),
            };
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
        }
    }
    files.push_str("];\n\n");
    ids.sort();
    let mut code = files;
    code.push_str("/// Message ids of the Dutch locale, the reference for every other language.\n");
    code.push_str("pub mod msg {\n");
    for id in &ids {
        let konst = id.to_uppercase().replace('-', "_");
        writeln!(code, "    pub const {konst}: &str = {id:?};").expect("write");
    }
    code.push_str("}\n");
    code
}

fn migrations(dir: &Path) -> String {
    let mut code = String::new();
    for backend in ["sqlite", "postgres"] {
        writeln!(
            code,
            "/// Migrations for {backend}: (version, description, SQL)."
        )
        .expect("write");
        writeln!(
            code,
            "pub const {}: &[(i64, &str, &str)] = &[",
            backend.to_uppercase()
        )
        .expect("write");
        for file in sorted_entries(&dir.join(backend)) {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("file name")
                .to_owned();
            let Some(stem) = name.strip_suffix(".sql") else {
                continue;
            };
            let (version, description) = stem
                .split_once('_')
                .expect("migration name is <version>_<description>.sql");
            let version: i64 = version.parse().expect("migration version is a number");
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(
                code,
                "    ({version}, {:?}, include_str!({:?})),",
                description.replace('_', " "),
                file.display().to_string()
            )
            .expect("write");
        }
        code.push_str("];\n");
    }
    code
}
