//! Languages: negotiation, the switch, and translation files that match.

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use fluent_syntax::ast;

use crate::support::TestApp;

#[tokio::test]
async fn dutch_unless_the_browser_prefers_english() {
    let mut app = TestApp::new().await;
    let page = app.get("/inloggen").await;
    assert_eq!(page.attrs("html", "lang"), vec!["nl".to_owned()]);
    assert_eq!(page.text("h1"), "Inloggen");

    let page = app
        .get_with(
            "/inloggen",
            &[("accept-language", "en-GB,en;q=0.9,nl;q=0.5")],
        )
        .await;
    assert_eq!(page.attrs("html", "lang"), vec!["en".to_owned()]);
    assert_eq!(page.text("h1"), "Sign in");

    let page = app
        .get_with("/inloggen", &[("accept-language", "de-DE,fr;q=0.8")])
        .await;
    assert_eq!(
        page.attrs("html", "lang"),
        vec!["nl".to_owned()],
        "Dutch is the fallback"
    );
}

#[tokio::test]
async fn the_language_switch_is_a_link_and_is_remembered() {
    let mut app = TestApp::new().await;
    let page = app.get("/inloggen").await;
    let switch = page.attrs("a[hreflang=en]", "href");
    assert_eq!(switch, vec!["/taal/en?terug=%2Finloggen".to_owned()]);

    let response = app.get(&switch[0]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/inloggen");
    assert!(response.header("set-cookie").starts_with("taal=en"));

    // Remembered, and it wins over the browser's preference.
    let page = app
        .get_with("/inloggen", &[("accept-language", "nl")])
        .await;
    assert_eq!(page.attrs("html", "lang"), vec!["en".to_owned()]);
    let back = page.attrs("a[hreflang=nl]", "href");
    app.get(&back[0]).await;
    assert_eq!(
        app.get("/inloggen").await.attrs("html", "lang"),
        vec!["nl".to_owned()]
    );
}

#[tokio::test]
async fn the_switch_only_returns_to_pages_of_the_portal() {
    let mut app = TestApp::new().await;
    assert_eq!(
        app.get("/taal/en?terug=https%3A%2F%2Fevil.example")
            .await
            .location(),
        "/"
    );
    assert_eq!(
        app.get("/taal/en?terug=%2F%2Fevil.example")
            .await
            .location(),
        "/"
    );
    assert_eq!(app.get("/taal/xx").await.status, StatusCode::NOT_FOUND);
}

/// Message ids and the variables each uses, per language, from the embedded files.
fn messages() -> BTreeMap<&'static str, BTreeMap<String, BTreeSet<String>>> {
    let mut by_lang: BTreeMap<&str, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (lang, file, source) in loket::i18n::FILES {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, e)| panic!("{lang}/{file}: {e:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut vars);
                }
                let previous = by_lang
                    .entry(*lang)
                    .or_default()
                    .insert(message.id.name.to_owned(), vars);
                assert!(
                    previous.is_none(),
                    "{lang}: {} defined twice",
                    message.id.name
                );
            }
        }
    }
    by_lang
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_in_inline(arg, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_messages_and_variables() {
    let by_lang = messages();
    let dutch = by_lang.get("nl").expect("Dutch messages");
    assert!(dutch.len() > 20);
    for (lang, messages) in &by_lang {
        let missing: Vec<_> = dutch
            .keys()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        let extra: Vec<_> = messages
            .keys()
            .filter(|id| !dutch.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
        for (id, vars) in messages {
            assert_eq!(
                Some(vars),
                dutch.get(id),
                "{lang}: {id} uses other variables than Dutch"
            );
        }
    }
}

#[test]
fn every_language_has_the_same_files() {
    let files = |lang: &str| -> BTreeSet<&str> {
        loket::i18n::FILES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, f, _)| *f)
            .collect()
    };
    assert_eq!(files("nl"), files("en"));
}

/// Every message of one `.ftl` file with the variables it uses; fails on a syntax error or an id defined twice.
fn berichten_van(pad: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    let bron = std::fs::read_to_string(pad).unwrap_or_else(|e| panic!("{}: {e}", pad.display()));
    let resource = fluent_syntax::parser::parse(bron.as_str())
        .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", pad.display()));
    let mut uit = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_variables(pattern, &mut vars);
            }
            let id = message.id.name.to_owned();
            assert!(
                uit.insert(id.clone(), vars).is_none(),
                "{}: {id} defined twice",
                pad.display()
            );
        }
    }
    uit
}

/// What a translation folder lacks or has too much against Dutch, file by file: messages and variables.
fn verschillen(nl: &std::path::Path, taal: &std::path::Path) -> Vec<String> {
    let mut uit = Vec::new();
    let mut namen: Vec<_> = std::fs::read_dir(nl)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    namen.sort();
    for bestand in namen {
        let stam = bestand.file_stem().unwrap().to_str().unwrap().to_owned();
        let vertaald = taal.join(bestand.file_name().unwrap());
        if !vertaald.exists() {
            uit.push(format!("{stam}.ftl is missing"));
            continue;
        }
        let (nederlands, vertaling) = (berichten_van(&bestand), berichten_van(&vertaald));
        for (id, vars) in &nederlands {
            match vertaling.get(id) {
                None => uit.push(format!("{stam}: {id} is missing")),
                Some(v) if v != vars => {
                    uit.push(format!("{stam}: {id} uses {v:?}, Dutch {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in vertaling.keys().filter(|id| !nederlands.contains_key(*id)) {
            uit.push(format!("{stam}: {id} is not in Dutch"));
        }
    }
    uit
}

/// Every folder of `locales/`, also a translation not offered yet, has every Dutch message with the same
/// variables: a message added in Dutch and forgotten in one language fails here.
#[test]
fn every_translation_on_disk_matches_dutch() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut talen: Vec<_> = std::fs::read_dir(&locales)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    talen.sort();
    assert!(talen.len() >= 6, "{talen:?}");
    for taal in &talen {
        let code = taal.file_name().unwrap().to_str().unwrap();
        let fouten = verschillen(&locales.join("nl"), taal);
        assert!(fouten.is_empty(), "locales/{code}: {fouten:#?}");
    }
}

/// The check fails on a translation that lacks a message or uses another variable (a fixture beside Dutch).
#[test]
fn the_translation_check_finds_a_missing_message_and_a_changed_variable() {
    let map = std::env::temp_dir().join(format!("loket-vertaling-{}", std::process::id()));
    let (nl, xx) = (map.join("nl"), map.join("xx"));
    std::fs::create_dir_all(&nl).unwrap();
    std::fs::create_dir_all(&xx).unwrap();
    std::fs::write(
        nl.join("start.ftl"),
        "start-titel = Welkom\nstart-datum = Op { $datum }\nstart-tot = Tot { $datum }\n",
    )
    .unwrap();
    std::fs::write(nl.join("cijfers.ftl"), "cijfers-titel = Cijfers\n").unwrap();
    std::fs::write(
        xx.join("start.ftl"),
        "start-titel = Welcome\nstart-datum = On { $dag }\n",
    )
    .unwrap();
    let fouten = verschillen(&nl, &xx);
    std::fs::remove_dir_all(&map).unwrap();
    assert_eq!(
        fouten,
        [
            "cijfers.ftl is missing",
            "start: start-datum uses {\"dag\"}, Dutch {\"datum\"}",
            "start: start-tot is missing",
        ]
    );
}

/// Nouns that take a plural after any number but one, per language: a message that puts a count before one
/// of them must choose the singular for 1 (fluent's plural selector), never "1 kinderen".
const MEERVOUDEN: [(&str, &[&str]); 2] = [
    (
        "nl",
        &[
            "weken",
            "dagen",
            "tekens",
            "minuten",
            "bestanden",
            "kinderen",
            "voorstellen",
            "regels",
            "inwoners",
            "berichten",
            "aanvragen",
            "maanden",
            "uren",
            "jaren",
            "keren",
            "mensen",
            "zaken",
            "stappen",
            "documenten",
            "leden",
            "vragen",
            "meldingen",
            "cliënten",
            "personen",
            "e-mails",
            "steunbetuigingen",
            "virussen",
            "verzoeken",
            "machtigingen",
        ],
    ),
    (
        "en",
        &[
            "weeks",
            "days",
            "characters",
            "minutes",
            "files",
            "children",
            "proposals",
            "rules",
            "residents",
            "messages",
            "applications",
            "months",
            "hours",
            "years",
            "times",
            "people",
            "cases",
            "steps",
            "documents",
            "members",
            "questions",
            "reports",
            "clients",
            "persons",
            "e-mails",
            "supporters",
            "viruses",
            "requests",
            "authorisations",
        ],
    ),
];

/// `tekst` says "1" right before a plural noun of `meervouden` (not "11", "2,1" or "€ 1").
fn een_met_meervoud(tekst: &str, meervouden: &[&str]) -> Option<String> {
    let woorden: Vec<&str> = tekst.split_whitespace().collect();
    woorden.windows(2).find_map(|w| {
        let noun = w[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        (w[0] == "1" && meervouden.contains(&noun)).then(|| format!("{} {}", w[0], w[1]))
    })
}

#[test]
fn a_count_of_one_takes_the_singular_in_every_message() {
    let i18n = loket::i18n::I18n::load().expect("locales");
    let mut fouten = Vec::new();
    for (lang, meervouden) in MEERVOUDEN {
        let taal = loket::i18n::Lang::from_code(lang).expect("language");
        let tr = loket::i18n::Tr::new(i18n.clone(), taal);
        for (id, vars) in messages().get(lang).expect("messages") {
            if vars.is_empty() {
                continue;
            }
            // Every variable 1: a count of one wherever the message takes a number.
            let args: Vec<(&str, loket::i18n::FluentValue<'_>)> =
                vars.iter().map(|v| (v.as_str(), 1.into())).collect();
            if let Some(fout) = een_met_meervoud(&tr.ta(id, &args), meervouden) {
                fouten.push(format!("{lang}: {id}: \"{fout}\""));
            }
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn the_plural_check_sees_one_with_a_plural() {
    assert_eq!(
        een_met_meervoud("Bij u wonen 1 kinderen.", &["kinderen"]),
        Some("1 kinderen.".to_owned())
    );
    assert_eq!(een_met_meervoud("Bij u woont 1 kind.", &["kinderen"]), None);
    assert_eq!(
        een_met_meervoud("Bij u wonen 11 kinderen.", &["kinderen"]),
        None
    );
}

#[tokio::test]
async fn favicon_ico_moves_for_good_to_the_svg_icon() {
    let mut app = TestApp::new().await;
    let antwoord = app.get("/favicon.ico").await;
    assert_eq!(antwoord.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(antwoord.location(), "/static/favicon.svg");
    let (status, headers, icon) = app.get_bytes(antwoord.location()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(String::from_utf8_lossy(&icon).starts_with("<svg"));
}

#[tokio::test]
async fn the_header_shows_the_profiles_logo_with_its_alt_text_and_the_tab_its_icon() {
    let mut app = TestApp::new().await;
    let page = app.get("/").await;
    let src = page.attrs("header img.loket-header__logo", "src");
    assert_eq!(src.len(), 1, "{}", page.body);
    assert!(src[0].starts_with("/static/logo.") && src[0].ends_with(".svg"));
    assert_eq!(
        page.attrs("header img.loket-header__logo", "alt"),
        ["Gemeente Lansingerland"]
    );
    let (status, headers, logo) = app.get_bytes(&src[0]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(String::from_utf8_lossy(&logo).starts_with("<svg"));
    assert_eq!(
        page.attrs("link[rel=icon]", "href"),
        ["/static/favicon.svg"]
    );
    let (status, _, icon) = app.get_bytes("/static/favicon.svg").await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&icon).starts_with("<svg"));
    assert_eq!(
        app.get("/static/logo.0000000000.svg").await.status,
        StatusCode::NOT_FOUND
    );

    app.get("/taal/en").await;
    let page = app.get("/").await;
    assert_eq!(
        page.attrs("header img.loket-header__logo", "alt"),
        ["Municipality of Lansingerland"]
    );

    // A profile without a logo shows the name.
    let mut hogeland = TestApp::with(crate::support::Options {
        gemeente: Some("het-hogeland"),
        ..Default::default()
    })
    .await;
    let page = hogeland.get("/").await;
    assert!(page.attrs("header img", "src").is_empty());
    assert_eq!(page.text(".loket-header__gemeente"), "Het Hogeland");
}
