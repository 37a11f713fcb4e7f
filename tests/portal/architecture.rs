//! The shape of the code: the top-level modules of `src/` import each other without cycles, and the technical
//! layers import no capability. Read from the sources (every `crate::x` outside comments and test modules).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The technical layers: they may import each other, never a capability (a scheme, a page, the back office).
const TECHNISCH: [&str; 17] = [
    "http", "ui", "auth", "db", "mail", "gemeente", "i18n", "form", "error", "clock", "config",
    "token", "code", "kalender", "ids", "geld", "tls",
];

fn bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(map).unwrap() {
        let pad = entry.unwrap().path();
        if pad.is_dir() {
            bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|e| e == "rs") {
            uit.push(pad);
        }
    }
}

/// Every top-level module and the top-level modules it names.
fn afhankelijkheden() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let pad = entry.unwrap().path();
        let naam = pad.file_stem().unwrap().to_string_lossy().into_owned();
        if ["lib", "main", "build"].contains(&naam.as_str()) {
            continue;
        }
        let mut lijst = Vec::new();
        if pad.is_dir() {
            bestanden(&pad, &mut lijst);
        } else {
            lijst.push(pad);
        }
        modules.insert(naam, lijst);
    }
    let namen: BTreeSet<String> = modules.keys().cloned().collect();
    let mut uit = BTreeMap::new();
    for (module, lijst) in &modules {
        let mut deps = BTreeSet::new();
        for bestand in lijst {
            if bestand.file_name().is_some_and(|n| n == "tests.rs") {
                continue;
            }
            let tekst = std::fs::read_to_string(bestand).unwrap();
            let code = tekst.split("#[cfg(test)]").next().unwrap_or_default();
            for regel in code.lines().filter(|r| !r.trim_start().starts_with("//")) {
                for (i, _) in regel.match_indices("crate::") {
                    let naam: String = regel[i + "crate::".len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                        .collect();
                    if naam != *module && namen.contains(&naam) {
                        deps.insert(naam);
                    }
                }
            }
        }
        uit.insert(module.clone(), deps);
    }
    uit
}

/// The modules on a cycle: every module from which a path of imports leads back to itself.
fn op_een_kring(deps: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let bereikbaar = |van: &String| {
        let mut gezien = BTreeSet::new();
        let mut te_doen: Vec<&String> = deps[van].iter().collect();
        while let Some(m) = te_doen.pop() {
            if gezien.insert(m.clone()) {
                te_doen.extend(deps.get(m).into_iter().flatten());
            }
        }
        gezien
    };
    deps.keys()
        .filter(|m| bereikbaar(m).contains(*m))
        .cloned()
        .collect()
}

#[test]
fn the_modules_import_each_other_without_cycles() {
    let deps = afhankelijkheden();
    assert!(deps.len() > 25, "{deps:?}");
    let kring = op_een_kring(&deps);
    let uitleg: Vec<String> = kring
        .iter()
        .map(|m| {
            format!(
                "{m} -> {:?}",
                deps[m].intersection(&kring).collect::<Vec<_>>()
            )
        })
        .collect();
    assert!(kring.is_empty(), "{}", uitleg.join("\n"));
}

#[test]
fn the_technical_layers_import_no_capability() {
    let deps = afhankelijkheden();
    let mut fouten = Vec::new();
    for laag in TECHNISCH {
        let Some(d) = deps.get(laag) else { continue };
        for m in d {
            if !TECHNISCH.contains(&m.as_str()) {
                fouten.push(format!("{laag} -> {m}"));
            }
        }
    }
    assert!(fouten.is_empty(), "{fouten:?}");
}

#[test]
fn a_cycle_is_found() {
    // The check itself: a -> b -> a is a cycle, c is not on it.
    let mut deps = BTreeMap::new();
    deps.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    deps.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    deps.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(
        op_een_kring(&deps),
        BTreeSet::from(["a".to_owned(), "b".to_owned()])
    );
}

/// Every `.rs` file of `src/`, with its path from `src/` and its text.
fn bronnen() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut lijst = Vec::new();
    bestanden(&src, &mut lijst);
    lijst
        .into_iter()
        .map(|p| {
            let tekst = std::fs::read_to_string(&p).unwrap();
            (p.strip_prefix(&src).unwrap().display().to_string(), tekst)
        })
        .collect()
}

#[test]
fn no_handler_or_view_holds_sql_and_one_repo_writes_personen() {
    let mut fouten = Vec::new();
    for (pad, tekst) in bronnen() {
        let deel_van = |naam: &str| {
            pad.split('/')
                .any(|d| d == naam || d == format!("{naam}.rs"))
        };
        if (deel_van("handlers") || deel_van("views")) && tekst.contains("sqlx::query") {
            fouten.push(format!("{pad} holds SQL"));
        }
        let schrijft = [
            "INSERT INTO personen",
            "UPDATE personen",
            "DELETE FROM personen",
        ]
        .iter()
        .any(|s| tekst.contains(s));
        if schrijft && pad != "auth/repo.rs" && !pad.starts_with("../") {
            fouten.push(format!("{pad} writes personen"));
        }
    }
    assert!(fouten.is_empty(), "{fouten:#?}");
}
