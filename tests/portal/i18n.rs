//! Languages: negotiation, the switch, and translation files that match.

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use fluent_syntax::ast;

use crate::support::{TestApp, mail_text};

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

/// A page's text without the Unicode isolation marks around values in right-to-left text (FSI ... PDI).
fn zonder_isolatie(tekst: &str) -> String {
    tekst.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_browser_picks_the_first_language_the_portal_speaks() {
    let mut app = TestApp::new().await;
    for (header, lang, h1) in [
        ("tr-TR,tr;q=0.9", "tr", "Giriş yap"),
        ("ar-MA,ar;q=0.9,fr;q=0.8", "ar", "تسجيل الدخول"),
        ("pl", "pl", "Logowanie"),
        ("uk-UA,ru;q=0.8", "uk", "Вхід"),
        ("de-DE,pl;q=0.7,en;q=0.5", "pl", "Logowanie"),
        ("fr,en;q=0.4,ar;q=0.3", "en", "Sign in"),
    ] {
        let page = app
            .get_with("/inloggen", &[("accept-language", header)])
            .await;
        assert_eq!(
            page.attrs("html", "lang"),
            vec![lang.to_owned()],
            "{header}"
        );
        assert_eq!(page.text("h1"), h1, "{header}");
        let dir = page.attrs("html", "dir");
        if lang == "ar" {
            assert_eq!(
                dir,
                vec!["rtl".to_owned()],
                "Arabic is read from right to left"
            );
        } else {
            assert!(dir.is_empty(), "{header}: {dir:?}");
        }
    }
}

#[tokio::test]
async fn the_switch_names_every_language_in_its_own_script() {
    let mut app = TestApp::new().await;
    let page = app.get("/inloggen").await;
    let namen = page.texts(".loket-header__nav a[hreflang]");
    assert_eq!(
        namen,
        ["English", "Türkçe", "العربية", "Polski", "Українська"],
        "every other language, in its own name"
    );
    for code in ["en", "tr", "ar", "pl", "uk"] {
        let css = format!("a[hreflang={code}]");
        assert_eq!(page.attrs(&css, "lang"), vec![code.to_owned()]);
        assert_eq!(
            page.attrs(&css, "href"),
            vec![format!("/taal/{code}?terug=%2Finloggen")]
        );
    }
    assert_eq!(page.attrs("a[hreflang=ar]", "dir"), vec!["rtl".to_owned()]);

    // Chosen, the page turns to Arabic from right to left, and the switch leads back to Dutch.
    let response = app.get("/taal/ar?terug=%2Finloggen").await;
    assert!(response.header("set-cookie").starts_with("taal=ar"));
    let page = app.get("/inloggen").await;
    assert_eq!(page.attrs("html", "dir"), vec!["rtl".to_owned()]);
    assert_eq!(page.texts("a[hreflang=nl]"), ["Nederlands"]);
    assert!(
        page.texts("a[hreflang=ar]").is_empty(),
        "not the page's own language"
    );
}

#[tokio::test]
async fn staff_pages_stay_in_dutch_and_english() {
    let mut app = TestApp::new().await;
    app.add_staff("consulent@gemeente.example", "Consulent", false)
        .await;
    app.sign_in("consulent@gemeente.example").await;
    app.get("/taal/tr?terug=%2Fmedewerker").await;
    assert_eq!(
        taal_van(&app, "consulent@gemeente.example").await,
        "nl",
        "staff mail stays Dutch"
    );
    let page = app.get("/medewerker").await;
    assert_eq!(page.attrs("html", "lang"), vec!["nl".to_owned()]);
    assert_eq!(
        page.texts(".loket-header__nav a[hreflang]"),
        ["English"],
        "the staff's switch offers only English"
    );
}

#[tokio::test]
async fn dates_and_amounts_in_every_language() {
    let mut app = TestApp::new().await;
    // A melding on Saturday 5 December 2026: the gesprek is due within six weeks' time (Wmo 2015 art. 2.3.2).
    let termijnen = "/termijnen?melding-dag=5&melding-maand=12&melding-jaar=2026&aanvraag-dag=&aanvraag-maand=\
                     &aanvraag-jaar=&besluit-dag=&besluit-maand=&besluit-jaar=";
    for (lang, dag, bedrag) in [
        ("nl", "maandag 14 december 2026", "€ 300"),
        ("en", "Monday, 14 December 2026", "€300"),
        ("tr", "14 Aralık 2026 Pazartesi", "€300"),
        ("ar", "الاثنين، 14 ديسمبر 2026", "300\u{a0}€"),
        ("pl", "poniedziałek, 14 grudnia 2026", "300\u{a0}€"),
        ("uk", "понеділок, 14 грудня 2026\u{202f}р.", "300\u{a0}€"),
    ] {
        app.get(&format!("/taal/{lang}")).await;
        let page = app.get(termijnen).await;
        // The page's text as a reader sees it: the no-break spaces of the library count as spaces here.
        let gewoon = |t: &str| t.replace(['\u{a0}', '\u{202f}'], " ");
        let tekst = zonder_isolatie(&page.text(".loket-termijn"));
        assert!(tekst.contains(&gewoon(dag)), "{lang}: {tekst}");
        let page = app.get("/kindpakket/voor-kinderen").await;
        assert!(
            page.body.contains(bedrag),
            "{lang}: the amount as the library writes it"
        );
        let tekst = zonder_isolatie(&page.text("main"));
        assert!(tekst.contains(&gewoon(bedrag)), "{lang}: {tekst}");
    }
}

async fn taal_van(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT taal FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_choice_is_kept_for_the_person_and_their_mail() {
    let mut app = TestApp::new().await;
    app.sign_in("inwoner@example.nl").await;
    assert_eq!(taal_van(&app, "inwoner@example.nl").await, "nl");
    // Chosen with the switch while signed in: kept for the person.
    app.get("/taal/pl").await;
    assert_eq!(taal_van(&app, "inwoner@example.nl").await, "pl");
    // On another browser, whose own language is Dutch, the sign-in mail comes in Polish: the person's language.
    let mut elders = app.zonder_cookies();
    let link = elders.request_sign_in_link("inwoner@example.nl").await;
    let mail = elders
        .mails()
        .into_iter()
        .find(|m| mail_text(m).contains(&link))
        .expect("the mail with the link");
    assert!(decoded_html(&mail).contains("<html lang=\"pl\""), "{mail}");
    // Signing in there does not undo the choice.
    elders.post(&link, &[]).await;
    assert_eq!(taal_van(&app, "inwoner@example.nl").await, "pl");
}

#[tokio::test]
async fn a_mail_in_arabic_reads_from_right_to_left() {
    let mut app = TestApp::new().await;
    app.get("/taal/ar").await;
    app.request_sign_in_link("nieuw@example.nl").await;
    let mail = app.mails().pop().expect("a mail");
    let html = decoded_html(&mail);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<body dir=\"rtl\""), "{html}");
    // The link stays left to right inside the Arabic text.
    assert!(html.contains("<span dir=\"ltr\">http"), "{html}");
}

/// The HTML part of a mail as written to the mail folder, decoded from base64 or quoted-printable.
fn decoded_html(mail: &str) -> String {
    let start = mail.find("Content-Type: text/html").expect("an HTML part");
    let part = &mail[start..];
    let (kop, rest) = part
        .split_once("\r\n\r\n")
        .or_else(|| part.split_once("\n\n"))
        .expect("part headers");
    let body = rest.split("\n--").next().unwrap_or_default();
    if kop.contains("base64") {
        String::from_utf8(base64(body)).expect("UTF-8")
    } else {
        mail_text(body)
    }
}

fn base64(tekst: &str) -> Vec<u8> {
    const ALFABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut uit = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in tekst.bytes() {
        let Some(waarde) = ALFABET.iter().position(|a| *a == byte) else {
            continue;
        };
        buffer = (buffer << 6) | waarde as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            uit.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    uit
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
    for lang in ["en", "tr", "ar", "pl", "uk"] {
        assert_eq!(files("nl"), files(lang), "{lang}");
    }
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

/// Plural forms come from fluent's plural rules (CLDR) per language: Polish and Ukrainian have one form for
/// 2 to 4 and another for 5 and more; Arabic has its own word for two.
#[test]
fn counts_take_the_plural_form_of_each_language() {
    let i18n = loket::i18n::I18n::load().expect("locales");
    let zin = |lang: &str, weken: i64| {
        let tr = loket::i18n::Tr::new(
            i18n.clone(),
            loket::i18n::Lang::from_code(lang).expect("language"),
        );
        zonder_isolatie(&tr.ta(
            loket::i18n::msg::DOSSIER_BEZWAAR_UITLEG,
            &[("weken", weken.into()), ("verzonden", "x".into())],
        ))
    };
    assert!(zin("pl", 1).contains("1 tydzień"), "{}", zin("pl", 1));
    assert!(zin("pl", 3).contains("3 tygodnie"), "{}", zin("pl", 3));
    assert!(zin("pl", 6).contains("6 tygodni"), "{}", zin("pl", 6));
    assert!(zin("uk", 2).contains("2 тижні"), "{}", zin("uk", 2));
    assert!(zin("uk", 6).contains("6 тижнів"), "{}", zin("uk", 6));
    assert!(zin("ar", 2).contains("أسبوعان"), "{}", zin("ar", 2));
    assert!(zin("ar", 6).contains("6 أسابيع"), "{}", zin("ar", 6));
}
