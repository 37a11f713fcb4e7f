//! Every role against every case route of every scheme and every staff route. The routes are read from the
//! routers in `src/`, so a route added tomorrow is in the matrix without touching this test. On the demo data,
//! each route is asked with real ids (a case of its scheme, its documents, its questions), by GET and POST as
//! the router allows. A 5xx is always a failure.

use std::collections::BTreeMap;
use std::path::Path;

use axum::http::StatusCode;

use crate::support::TestApp;

/// A route as the router declares it, with its methods.
#[derive(Clone, Debug)]
struct Route {
    pad: String,
    methoden: Vec<&'static str>,
    bron: String,
}

/// Every `.route("...", get(..).post(..))` in the sources.
fn routes() -> Vec<Route> {
    fn bestanden(map: &Path, uit: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(map).unwrap() {
            let pad = entry.unwrap().path();
            if pad.is_dir() {
                bestanden(&pad, uit);
            } else if pad.extension().is_some_and(|e| e == "rs") {
                uit.push(pad);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paden = Vec::new();
    bestanden(&src, &mut paden);
    let mut uit = Vec::new();
    for bestand in paden {
        let tekst = std::fs::read_to_string(&bestand).unwrap();
        let mut rest = tekst.as_str();
        while let Some(i) = rest.find(".route(") {
            rest = &rest[i + ".route(".len()..];
            let na = rest.trim_start();
            let Some(na) = na.strip_prefix('"') else {
                continue;
            };
            let Some(einde) = na.find('"') else { break };
            let pad = na[..einde].to_owned();
            // The handlers up to the closing parenthesis of `.route(`.
            let mut diepte = 1;
            let mut lengte = 0;
            for (j, c) in na[einde..].char_indices() {
                match c {
                    '(' => diepte += 1,
                    ')' => diepte -= 1,
                    _ => {}
                }
                if diepte == 0 {
                    lengte = j;
                    break;
                }
            }
            let handlers = &na[einde..einde + lengte];
            let methoden = ["get", "post"]
                .into_iter()
                .filter(|m| {
                    handlers.contains(&format!("{m}(")) || handlers.contains(&format!(".{m}("))
                })
                .collect();
            uit.push(Route {
                pad,
                methoden,
                bron: bestand.strip_prefix(&src).unwrap().display().to_string(),
            });
        }
    }
    uit
}

/// The case routes of every scheme: a case's pages for its resident (or its initiative).
const ZAAK_PREFIXEN: [&str; 5] = [
    "/melding/{id}",
    "/blijverslening/{id}",
    "/kindpakket/{id}",
    "/uitdaagrecht/voorstel/{id}",
    "/clientondersteuning/{id}",
];

fn prefix(pad: &str) -> Option<&'static str> {
    ZAAK_PREFIXEN
        .into_iter()
        .find(|p| pad == *p || pad.starts_with(&format!("{p}/")))
}

/// Who asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rol {
    Anoniem,
    Vreemde,
    Eigenaar,
    Medewerker,
    Beheerder,
}

/// What a request may give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Uitkomst {
    /// Served: neither "not found" nor the sign-in page (a form with its errors, a page, a redirect on).
    Ja,
    /// 404.
    Nee,
    /// A redirect to sign in.
    Inloggen,
}

async fn een(app: &TestApp, sql: &'static str, bind: &str) -> Option<String> {
    sqlx::query_scalar(sql)
        .bind(bind)
        .fetch_optional(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn every_role_against_every_case_route_of_every_scheme_and_every_staff_route() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let routes: Vec<Route> = routes()
        .into_iter()
        .filter(|r| r.pad.starts_with("/medewerker") || prefix(&r.pad).is_some())
        .collect();
    assert!(routes.len() > 60, "{}", routes.len());

    // The cases: per scheme, the owner and a case of theirs that is submitted (and a Wmo case with a
    // question), each with its documents.
    let bewoner = "bewoner@example.nl";
    let kern = |regeling: &'static str| {
        let app = &app;
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
                 WHERE p.email = $1 AND z.regeling = $2 AND z.fase <> 'gesloten' \
                 ORDER BY z.laatste_volgnummer DESC, z.fase, z.id LIMIT 1",
            )
            .bind(bewoner)
            .bind(regeling)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
        }
    };
    let melding = kern("wmo-melding").await;
    let blijverslening = kern("blijverslening").await;
    let kindpakket = kern("kindpakket").await;
    // The proposal in conversation: the municipality asked the initiative a question.
    let (voorstel, uitdaag_vraag): (String, String) = sqlx::query_as(
        "SELECT z.id, v.id FROM zaken z JOIN uitdaag_vragen v ON v.voorstel_id = z.id \
         WHERE z.regeling = 'uitdaagrecht' AND z.fase <> 'besloten' LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let verzoek = een(
        &app,
        "SELECT v.id FROM clientondersteuning_verzoeken v JOIN personen p ON p.id = v.persoon_id \
         WHERE p.email = $1",
        bewoner,
    )
    .await
    .unwrap();
    let vraag_gegevens = een(
        &app,
        "SELECT gegevens FROM zaak_gebeurtenissen WHERE zaak_id = $1 AND soort = 'vraag'",
        &melding,
    )
    .await
    .expect("the demo's Wmo case waits for an answer");
    let vraag: serde_json::Value = serde_json::from_str(&vraag_gegevens).unwrap();
    let vraag = vraag["vraag_id"].as_str().unwrap().to_owned();
    let document = een(
        &app,
        "SELECT id FROM documenten WHERE zaak_id = $1 AND soort <> 'plan'",
        &melding,
    )
    .await;
    // A document the application itself asked for (not one of the demo bezwaar's).
    let stuk = een(
        &app,
        "SELECT id FROM documenten WHERE zaak_id = $1 AND soort <> 'bezwaar'",
        &blijverslening,
    )
    .await
    .unwrap();
    let bestand = een(
        &app,
        "SELECT id FROM documenten WHERE zaak_id = $1 AND soort <> 'bezwaar'",
        &kindpakket,
    )
    .await
    .unwrap();
    let bijlage = een(
        &app,
        "SELECT id FROM documenten WHERE zaak_id = $1",
        &voorstel,
    )
    .await
    .unwrap();
    let machtiging: String =
        sqlx::query_scalar("SELECT id FROM machtigingen WHERE status = 'te_controleren' LIMIT 1")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let ondersteuner = een(
        &app,
        "SELECT id FROM personen WHERE email = $1",
        "ondersteuner@example.nl",
    )
    .await
    .unwrap();

    // A route with its ids filled in; `None` when a part of it has no value in the demo data.
    let invullen = |pad: &str| -> Option<String> {
        let id = match prefix(pad) {
            Some("/melding/{id}") => melding.clone(),
            Some("/blijverslening/{id}") => blijverslening.clone(),
            Some("/kindpakket/{id}") => kindpakket.clone(),
            Some("/uitdaagrecht/voorstel/{id}") => voorstel.clone(),
            Some("/clientondersteuning/{id}") => verzoek.clone(),
            _ if pad.starts_with("/medewerker/zaak/") => melding.clone(),
            _ if pad.starts_with("/medewerker/blijverslening/") => blijverslening.clone(),
            _ if pad.starts_with("/medewerker/kindpakket/") => kindpakket.clone(),
            _ if pad.starts_with("/medewerker/uitdaagrecht/") => voorstel.clone(),
            _ if pad.starts_with("/medewerker/machtigingen/") => machtiging.clone(),
            // The demo resident's request lets the municipality choose who helps.
            _ if pad.starts_with("/medewerker/clientondersteuning/") => verzoek.clone(),
            _ if pad.starts_with("/medewerker/beheer/clientondersteuners/") => ondersteuner.clone(),
            _ => String::new(),
        };
        let stap = if pad.starts_with("/medewerker") {
            "gesprek"
        } else {
            "hulpvraag"
        };
        let mut uit = pad.replace("{id}", &id).replace("{stap}", stap);
        let waarden = [
            ("{doc}", document.clone()),
            ("{stuk}", Some(stuk.clone())),
            ("{bestand}", Some(bestand.clone())),
            ("{bijlage}", Some(bijlage.clone())),
            (
                "{vraag}",
                Some(if pad.starts_with("/uitdaagrecht") {
                    uitdaag_vraag.clone()
                } else {
                    vraag.clone()
                }),
            ),
        ];
        for (naam, waarde) in waarden {
            if uit.contains(naam) {
                uit = uit.replace(naam, &waarde?);
            }
        }
        (!uit.contains('{')).then_some(uit)
    };

    // The sessions: the resident who owns every case above (also a member of the initiative), someone who
    // has nothing to do with them, the demo consulent and the demo beheerder.
    let mut sessies: BTreeMap<Rol, BTreeMap<String, String>> = BTreeMap::new();
    sessies.insert(Rol::Anoniem, BTreeMap::new());
    for (rol, email) in [
        (Rol::Vreemde, "buurman@example.nl"),
        (Rol::Medewerker, "medewerker@example.nl"),
        (Rol::Beheerder, "beheerder@example.nl"),
        (Rol::Eigenaar, bewoner),
    ] {
        app.clear_cookies();
        app.sign_in(email).await;
        sessies.insert(rol, app.cookie_jar());
    }

    let verwacht = |rol: Rol, pad: &str| -> Uitkomst {
        if rol == Rol::Anoniem {
            return Uitkomst::Inloggen;
        }
        let mag = if pad.starts_with("/medewerker/beheer") {
            rol == Rol::Beheerder
        } else if pad.starts_with("/medewerker") {
            matches!(rol, Rol::Medewerker | Rol::Beheerder)
        } else {
            rol == Rol::Eigenaar
        };
        if mag { Uitkomst::Ja } else { Uitkomst::Nee }
    };

    // Pages that exist for a case in another state than the demo's: the resident's answer is "not found"
    // there, and that is right. (The pages of a draft lead a submitted case's resident on to the case.)
    let niet_in_deze_staat = [
        // Only for a melding filed by a helper that waits for the resident's confirmation.
        "/melding/{id}/machtiging",
        "/melding/{id}/machtiging/code",
        "/melding/{id}/machtiging/formulier",
        "/melding/{id}/machtiging/afdrukken",
        // Only for a draft: a sent case is never thrown away.
        "/melding/{id}/verwijderen",
        "/blijverslening/{id}/verwijderen",
        "/kindpakket/{id}/verwijderen",
        "/uitdaagrecht/voorstel/{id}/verwijderen",
        // Only once a besluit was sent.
        "/melding/{id}/besluit",
        "/melding/{id}/besluit/brief",
        "/medewerker/zaak/{id}/besluit/brief",
        "/melding/{id}/bezwaar",
        "/melding/{id}/bezwaar/controleren",
        "/melding/{id}/bezwaar/versturen",
        "/melding/{id}/bezwaar/aanvullen",
        "/melding/{id}/bezwaar/intrekken",
        // A bezwaar's own documents, not the case's: the bezwaar tests ask them (tests/portal/bezwaar.rs).
        "/melding/{id}/bezwaar/document/{doc}",
        "/kindpakket/{id}/bezwaar/document/{doc}",
        "/blijverslening/{id}/bezwaar/document/{doc}",
    ];

    let mut gevraagd = 0;
    let mut fouten = Vec::new();
    for (rol, jar) in &sessies {
        app.use_cookie_jar(jar.clone());
        for route in &routes {
            let Some(pad) = invullen(&route.pad) else {
                fouten.push(format!(
                    "{} ({}): no value for its parts",
                    route.pad, route.bron
                ));
                continue;
            };
            for methode in &route.methoden {
                let mut r = match *methode {
                    "get" => app.get(&pad).await,
                    _ => app.post(&pad, &[]).await,
                };
                if matches!(r.status.as_u16(), 400 | 415) {
                    // A form with a file: sent as one, empty.
                    r = app.post_multipart(&pad, &[], None).await;
                }
                gevraagd += 1;
                let location = r
                    .headers
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .unwrap_or("");
                if r.status.is_server_error() {
                    fouten.push(format!("{rol:?} {methode} {pad}: {}", r.status));
                    continue;
                }
                let kreeg = if r.status == StatusCode::NOT_FOUND {
                    Uitkomst::Nee
                } else if location.starts_with("/inloggen") {
                    Uitkomst::Inloggen
                } else {
                    Uitkomst::Ja
                };
                let mut moet = verwacht(*rol, &route.pad);
                if moet == Uitkomst::Ja && niet_in_deze_staat.contains(&route.pad.as_str()) {
                    moet = Uitkomst::Nee;
                }
                if kreeg != moet {
                    fouten.push(format!(
                        "{rol:?} {methode} {pad} ({}): {kreeg:?} ({}), expected {moet:?}",
                        route.pad, r.status
                    ));
                }
            }
        }
    }
    assert!(gevraagd > 400, "{gevraagd}");
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}
