//! Mijn gegevens: the page with everything the portal holds about a person, the archive to download (read
//! back here), what they change themselves, and a request for a correction from the form to the consulent's
//! answer in the resident's dossier and mail. On the demo data of `loket demo`.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use loket::auth::machtiging::{Rechten, Soort};
use loket::zaken::toegang::{self, Handeling};
use serde_json::Value;
use time::Duration;

use crate::support::{TestApp, als_helper, machtig, mail_text, persoon_id};

const BEWONER: &str = "bewoner@example.nl";
const RESIDENT: &str = "resident@example.nl";

async fn demo() -> TestApp {
    let app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app
}

async fn strings(app: &TestApp, sql: &str, bind: &str) -> Vec<String> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(bind.to_owned())
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
}

/// Downloads the archive as the signed-in person: its files by name.
async fn archief(app: &mut TestApp) -> BTreeMap<String, Vec<u8>> {
    let (status, headers, body) = app.get_bytes("/mijn-gegevens/download").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/zip");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    loket::mijn_gegevens::lees_zip(&body)
        .unwrap()
        .into_iter()
        .collect()
}

fn json(bestanden: &BTreeMap<String, Vec<u8>>, naam: &str) -> Value {
    serde_json::from_slice(
        bestanden
            .get(naam)
            .unwrap_or_else(|| panic!("{naam} in the archive")),
    )
    .unwrap()
}

fn lijst<'a>(v: &'a Value, naam: &str) -> &'a Vec<Value> {
    v.as_array()
        .unwrap_or_else(|| panic!("{naam} is a list: {v}"))
}

/// Everything of one demo resident that must never be in another's archive: their id, the ids of their
/// meldingen, cases, applications and documents, and the references and codes they quote.
async fn sporen(app: &TestApp, email: &str) -> Vec<String> {
    let id = persoon_id(app, email).await;
    let mut uit = vec![id.clone()];
    for sql in [
        "SELECT id FROM meldingen WHERE persoon_id = $1",
        "SELECT hervatcode FROM meldingen WHERE persoon_id = $1",
        "SELECT referentie FROM meldingen WHERE persoon_id = $1 AND referentie IS NOT NULL",
        "SELECT id FROM zaken WHERE eigenaar_id = $1",
        "SELECT referentie FROM zaken WHERE eigenaar_id = $1",
        "SELECT id FROM clientondersteuning_verzoeken WHERE persoon_id = $1",
        "SELECT referentie FROM clientondersteuning_verzoeken WHERE persoon_id = $1",
        "SELECT id FROM blijverslening_aanvragen WHERE inwoner_id = $1",
        "SELECT id FROM kindpakket_aanvragen WHERE persoon_id = $1",
        "SELECT d.id FROM documenten d JOIN zaken z ON z.id = d.zaak_id WHERE z.eigenaar_id = $1",
        "SELECT id FROM machtigingen WHERE inwoner_id = $1",
    ] {
        uit.extend(strings(app, sql, &id).await);
    }
    uit
}

#[tokio::test]
async fn the_archive_of_a_demo_resident_holds_every_kind_of_their_data_and_nothing_of_anyone_elses()
{
    let mut app = demo().await;
    app.sign_in(BEWONER).await;
    let begin = std::time::Instant::now();
    let (status, headers, body) = app.get_bytes("/mijn-gegevens/download").await;
    let duur = begin.elapsed();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"mijn-gegevens-2026-11-23.zip\""
    );
    eprintln!(
        "archive of the demo resident {BEWONER}: {} bytes in {} ms",
        body.len(),
        duur.as_millis()
    );
    let bestanden: BTreeMap<String, Vec<u8>> = loket::mijn_gegevens::lees_zip(&body)
        .unwrap()
        .into_iter()
        .collect();

    // LEESMIJ.txt: what it is, of which municipality, when; in Dutch and in English.
    let leesmij = String::from_utf8(bestanden["LEESMIJ.txt"].clone()).unwrap();
    assert!(leesmij.contains("Lansingerland"), "{leesmij}");
    assert!(leesmij.contains("23 november 2026"), "{leesmij}");
    assert!(leesmij.contains("23 November 2026"), "{leesmij}");
    for deel in ["account.json", "zaken.json", "documenten/", "mails.json"] {
        assert!(leesmij.contains(deel), "{deel} in {leesmij}");
    }

    // Every kind of their data.
    let account = json(&bestanden, "account.json");
    assert_eq!(account["email"], BEWONER);
    assert_eq!(account["id"], persoon_id(&app, BEWONER).await.as_str());
    assert!(!lijst(&account["sessies"], "sessies").is_empty());
    let meldingen = json(&bestanden, "meldingen.json");
    assert!(
        lijst(&meldingen, "meldingen").len() >= 3,
        "a draft, an urgent draft, a sent one"
    );
    assert!(
        lijst(&meldingen, "meldingen").iter().any(
            |m| m["hulpvraag"] == "Ik kan de trap niet meer op. Douchen lukt niet meer alleen."
        )
    );
    assert!(!lijst(&json(&bestanden, "persoonlijke-plannen.json"), "plannen").is_empty());
    assert!(!lijst(&json(&bestanden, "clientondersteuning.json"), "co").is_empty());
    let zaken = json(&bestanden, "zaken.json");
    let zaken = lijst(&zaken, "zaken");
    assert!(
        zaken.len() >= 5,
        "Wmo, blijverslening and Kindpakket cases: {}",
        zaken.len()
    );
    for regeling in ["wmo-melding", "blijverslening", "kindpakket"] {
        assert!(
            zaken.iter().any(|z| z["regeling"] == regeling),
            "{regeling}"
        );
    }
    let wmo = zaken
        .iter()
        .find(|z| z["regeling"] == "wmo-melding")
        .unwrap();
    let stappen = lijst(&wmo["stappen"], "stappen");
    assert!(
        stappen
            .iter()
            .any(|s| s["soort"] == "vraag" && s["gegevens"]["tekst"].is_string()),
        "the steps with their details as JSON: {stappen:?}"
    );
    let leningen = json(&bestanden, "blijverslening.json");
    assert!(
        lijst(&leningen, "blijverslening")
            .iter()
            .any(|a| !lijst(&a["eigenaren"], "eigenaren").is_empty()),
        "a co-owner"
    );
    let pakketten = json(&bestanden, "kindpakket.json");
    assert!(
        lijst(&pakketten, "kindpakket")
            .iter()
            .any(|a| !lijst(&a["kinderen"], "kinderen").is_empty())
    );
    let uitdaagrecht = json(&bestanden, "uitdaagrecht.json");
    let initiatieven = lijst(&uitdaagrecht["initiatieven"], "initiatieven");
    assert_eq!(initiatieven[0]["naam"], "Wij in De Linde");
    assert_eq!(
        lijst(&initiatieven[0]["voorstellen"], "voorstellen").len(),
        4
    );
    let machtigingen = json(&bestanden, "machtigingen.json");
    assert!(
        lijst(&machtigingen["gegeven"], "gegeven")
            .iter()
            .any(|m| m["helper_email"] == "petra@example.nl")
    );
    let log = json(&bestanden, "toegangslog.json");
    assert!(
        lijst(&log, "toegangslog")
            .iter()
            .any(|r| r["naam"] == "Sanne Visser"),
        "the consulent who looked"
    );
    assert!(!lijst(&json(&bestanden, "mails.json"), "mails").is_empty());
    assert!(bestanden.contains_key("gegevenslog.json"));

    // The documents as uploaded: each listed file is in the archive with the stored bytes.
    let documenten = json(&bestanden, "documenten.json");
    let documenten = lijst(&documenten, "documenten");
    assert!(documenten.len() >= 4, "{documenten:?}");
    let mut gezien = 0;
    for d in documenten {
        let Some(pad) = d["bestand"].as_str() else {
            continue;
        };
        let (_, inhoud) = loket::zaken::document::lees(
            &app.state.db.pool,
            d["zaak_id"].as_str().unwrap(),
            d["id"].as_str().unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(bestanden[pad], inhoud, "{pad}");
        gezien += 1;
    }
    // The proof sent with a machtiging this resident made (as a legal representative) is there too.
    let bewijzen = lijst(&machtigingen["bewijzen"], "bewijzen")
        .iter()
        .filter(|b| b["bestand"].is_string())
        .count();
    assert_eq!(
        gezien + bewijzen,
        bestanden
            .keys()
            .filter(|k| k.starts_with("documenten/"))
            .count()
    );
    assert!(gezien >= 4, "{gezien}");

    // No secret, and nothing of the other demo resident.
    let tekst = String::from_utf8_lossy(&body).into_owned()
        + &bestanden
            .iter()
            .filter(|(k, _)| k.ends_with(".json") || k.ends_with(".txt"))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
            .collect::<String>();
    for geheim in ["token_hash", "code_hash", "sleutel", "pkce_verifier"] {
        assert!(!tekst.contains(&format!("\"{geheim}\"")), "{geheim}");
    }
    let vreemd = sporen(&app, RESIDENT).await;
    assert!(vreemd.len() > 8, "{vreemd:?}");
    for spoor in &vreemd {
        assert!(
            !tekst.contains(spoor.as_str()),
            "{RESIDENT}'s {spoor} in {BEWONER}'s archive"
        );
    }

    // And the other way round.
    let mut ander = app.other_browser();
    ander.sign_in(RESIDENT).await;
    let bestanden = archief(&mut ander).await;
    let tekst: String = bestanden
        .values()
        .map(|v| String::from_utf8_lossy(v).into_owned())
        .collect();
    assert_eq!(json(&bestanden, "account.json")["email"], RESIDENT);
    for spoor in sporen(&app, BEWONER).await {
        assert!(
            !tekst.contains(spoor.as_str()),
            "{BEWONER}'s {spoor} in {RESIDENT}'s archive"
        );
    }
}

#[tokio::test]
async fn the_page_shows_the_data_in_groups_and_the_download_is_logged() {
    let mut app = demo().await;
    app.sign_in(BEWONER).await;
    let loket = app.get("/mijn-loket").await;
    assert!(
        loket
            .attrs("a", "href")
            .contains(&"/mijn-gegevens".to_owned())
    );
    let privacy = app.get("/privacy").await;
    assert!(
        privacy
            .attrs("a", "href")
            .contains(&"/mijn-gegevens".to_owned())
    );

    let pagina = app.get("/mijn-gegevens").await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    let koppen = pagina.texts("h2").join(" | ");
    for kop in [
        "Uw account",
        "Uw zaken",
        "Documenten",
        "Machtigingen",
        "Initiatieven (1)",
        "Wie keek in uw zaken",
        "E-mails aan u",
    ] {
        assert!(koppen.contains(kop), "{kop} in {koppen}");
    }
    assert!(pagina.body.contains(BEWONER));
    assert!(pagina.body.contains("Wij in De Linde"));
    assert!(pagina.body.contains("Sanne Visser"), "who looked");
    assert!(
        pagina
            .text("main")
            .contains("U downloadde uw gegevens nog niet")
    );

    let (status, _, body) = app.get_bytes("/mijn-gegevens/download").await;
    assert_eq!(status, StatusCode::OK);
    let (soort, grootte): (String, i64) =
        sqlx::query_as("SELECT soort, grootte FROM gegevens_log WHERE persoon_id = $1")
            .bind(persoon_id(&app, BEWONER).await)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((soort.as_str(), grootte), ("download", body.len() as i64));
    let pagina = app.get("/mijn-gegevens").await;
    assert!(
        pagina
            .text("main")
            .contains("U downloadde uw gegevens op 23 november 2026"),
        "{}",
        pagina.text("main")
    );
    // The second download lists the first in its own log.
    let bestanden = archief(&mut app).await;
    let log = json(&bestanden, "gegevenslog.json");
    assert_eq!(lijst(&log, "log")[0]["soort"], "download");
}

#[tokio::test]
async fn a_long_history_shows_the_count_and_the_newest_ten_and_the_download_holds_all_of_it() {
    const VEEL: &str = "veel@example.nl";
    let mut app = TestApp::new().await;
    let zaak = app.submitted_melding(VEEL).await;
    let referentie = strings(&app, "SELECT referentie FROM zaken WHERE id = $1", &zaak)
        .await
        .remove(0);
    // Twelve residents let them help, one a minute.
    for i in 1..=12 {
        let email = format!("client{i:02}@example.nl");
        sqlx::query(
            "INSERT INTO personen (id, email, taal, rol, aangemaakt_op, naam) \
             VALUES ($1, $2, 'nl', 'inwoner', $3, $4)",
        )
        .bind(format!("client-{i:02}"))
        .bind(&email)
        .bind(loket::db::ts(app.clock.now()))
        .bind(format!("Cliënt {i:02}"))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
        let rechten = Rechten {
            bekijken: true,
            indienen: false,
            post: false,
        };
        machtig(&app, &email, VEEL, Soort::Gemachtigde, rechten).await;
        app.clock.advance(Duration::minutes(1));
    }
    // Twelve members of staff looked at their case, one a minute.
    for i in 1..=12 {
        let staf = app
            .add_staff(
                &format!("medewerker{i:02}@gemeente.example"),
                &format!("Medewerker {i:02}"),
                false,
            )
            .await;
        toegang::log(
            &app.state.db,
            &zaak.clone().into(),
            &staf,
            Handeling::Bekeken,
            "dossier",
            None,
            app.clock.now(),
        )
        .await
        .unwrap();
        app.clock.advance(Duration::minutes(1));
    }

    let pagina = app.get("/mijn-gegevens").await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    let koppen = pagina.texts("h2");
    for kop in ["Machtigingen (12)", "Wie keek in uw zaken (12)"] {
        assert!(koppen.contains(&kop.to_owned()), "{kop} in {koppen:?}");
    }
    assert!(
        pagina
            .text("main")
            .contains("U kreeg 12 keer toestemming om iemand anders te helpen.")
    );
    let regels = pagina.texts("li");
    // The ten newest machtigingen, the oldest of them first.
    let clienten: Vec<String> = regels
        .iter()
        .filter(|r| r.starts_with("Cliënt "))
        .cloned()
        .collect();
    let verwacht: Vec<String> = (3..=12)
        .map(|i| format!("Cliënt {i:02}, sinds 23 november 2026"))
        .collect();
    assert_eq!(clienten, verwacht);
    // The ten newest entries of the access log, the newest first, each with the case's reference.
    let toegang: Vec<&String> = regels
        .iter()
        .filter(|r| r.contains(": Medewerker "))
        .collect();
    assert_eq!(toegang.len(), 10, "{toegang:?}");
    for (regel, i) in toegang.iter().zip((3..=12).rev()) {
        assert!(
            regel.ends_with(&format!(": Medewerker {i:02}, zaak {referentie}")),
            "{regel}"
        );
    }
    // Under each list: the two left out are in the download.
    let meer = pagina
        .texts("main p")
        .into_iter()
        .filter(|p| p == "En nog 2. Die staan in de download.")
        .count();
    assert_eq!(meer, 2);
    assert!(
        pagina
            .attrs("a", "href")
            .contains(&"/machtigingen".to_owned())
    );

    // The download holds every one of them.
    let bestanden = archief(&mut app).await;
    let machtigingen = json(&bestanden, "machtigingen.json");
    let mut namen: Vec<&str> = lijst(&machtigingen["gekregen"], "gekregen")
        .iter()
        .filter_map(|m| m["inwoner_naam"].as_str())
        .collect();
    namen.sort_unstable();
    let alle: Vec<String> = (1..=12).map(|i| format!("Cliënt {i:02}")).collect();
    assert_eq!(namen, alle);
    let log = json(&bestanden, "toegangslog.json");
    let mut namen: Vec<&str> = lijst(&log, "toegangslog")
        .iter()
        .filter_map(|r| r["naam"].as_str())
        .collect();
    namen.sort_unstable();
    let alle: Vec<String> = (1..=12).map(|i| format!("Medewerker {i:02}")).collect();
    assert_eq!(namen, alle);
}

#[tokio::test]
async fn someone_acting_for_another_gets_404_and_never_their_data() {
    let mut app = demo().await;
    // The mantelzorger acting for the Dutch resident, and the cliëntondersteuner looking at her client.
    for helper in ["petra@example.nl", "ondersteuner@example.nl"] {
        als_helper(&mut app, helper, BEWONER).await;
        assert!(
            !app.get("/mijn-loket")
                .await
                .attrs("a", "href")
                .contains(&"/mijn-gegevens".to_owned()),
            "{helper}"
        );
        for pad in [
            "/mijn-gegevens",
            "/mijn-gegevens/download",
            "/mijn-gegevens/correctie",
        ] {
            assert_eq!(
                app.get(pad).await.status,
                StatusCode::NOT_FOUND,
                "{helper} {pad}"
            );
        }
        let zaak = strings(
            &app,
            "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id WHERE p.email = $1",
            BEWONER,
        )
        .await
        .remove(0);
        for (pad, velden) in [
            ("/mijn-gegevens", vec![("naam", "Petra"), ("taal", "nl")]),
            (
                "/mijn-gegevens/correctie",
                vec![("over", zaak.as_str()), ("wat", "Mijn naam")],
            ),
        ] {
            assert_eq!(
                app.post(pad, &velden).await.status,
                StatusCode::NOT_FOUND,
                "{helper} {pad}"
            );
        }
    }
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gegevens_log")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    // Switched back to herself, the mantelzorger sees her own data only.
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    let bestanden = archief(&mut app).await;
    assert_eq!(
        json(&bestanden, "account.json")["email"],
        "petra@example.nl"
    );
    assert!(lijst(&json(&bestanden, "meldingen.json"), "meldingen").is_empty());
    assert!(
        !lijst(
            &json(&bestanden, "machtigingen.json")["gekregen"],
            "gekregen"
        )
        .is_empty(),
        "the machtiging she holds"
    );
}

#[tokio::test]
async fn a_resident_changes_their_own_name_and_the_language_of_their_mail() {
    let mut app = demo().await;
    app.sign_in(RESIDENT).await;
    let fout = app
        .post("/mijn-gegevens", &[("naam", "Anna de Wit"), ("taal", "fr")])
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fout.text(".loket-error-summary")
            .contains("Kies de taal van uw e-mails")
    );
    assert_eq!(
        fout.attrs("#naam", "value"),
        ["Anna de Wit"],
        "the input is kept"
    );
    let r = app
        .post(
            "/mijn-gegevens",
            &[("naam", "  Anna   de Wit "), ("taal", "nl")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (naam, taal): (Option<String>, String) =
        sqlx::query_as("SELECT naam, taal FROM personen WHERE email = $1")
            .bind(RESIDENT)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (naam.as_deref(), taal.as_str()),
        (Some("Anna de Wit"), "nl")
    );
    let pagina = app.get(r.location()).await;
    assert!(pagina.body.contains("Anna de Wit"));
    // The sign-in address is not changed here: the page says how.
    assert!(
        pagina.text("main").contains("call the municipality")
            || pagina.text("main").contains("Bel dan de gemeente")
    );
}

#[tokio::test]
async fn a_correction_request_reaches_the_consulent_and_its_answer_the_dossier_and_the_mail() {
    let mut app = demo().await;
    let bewoner = persoon_id(&app, BEWONER).await;
    let zaak = strings(
        &app,
        "SELECT id FROM zaken WHERE eigenaar_id = $1 AND regeling = 'wmo-melding' \
         AND fase <> 'gesloten' ORDER BY laatste_volgnummer DESC",
        &bewoner,
    )
    .await
    .remove(0);
    app.sign_in(BEWONER).await;

    // The form, from the case's line on Mijn gegevens, with the case chosen.
    let pagina = app.get("/mijn-gegevens").await;
    let link = format!("/mijn-gegevens/correctie?zaak={zaak}");
    assert!(pagina.attrs("a", "href").contains(&link));
    let form = app.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        form.attrs("input[name=over][checked]", "value"),
        vec![zaak.clone()]
    );
    let sleutel = form.attrs("input[name=sleutel]", "value").remove(0);

    // Without what is wrong: the form again, with the error beside the field.
    let fout = app
        .post(
            "/mijn-gegevens/correctie",
            &[("sleutel", &sleutel), ("over", &zaak), ("wat", " ")],
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fout.text("#wat-fout")
            .contains("Schrijf op wat er niet klopt"),
        "{}",
        fout.body
    );
    let velden = [
        ("sleutel", sleutel.as_str()),
        ("over", zaak.as_str()),
        (
            "wat",
            "Mijn telefoonnummer is 06 1234 5678. Dat klopt niet meer.",
        ),
        ("moet_zijn", "06 8765 4321"),
    ];
    let r = app.post("/mijn-gegevens/correctie", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Sent twice (a double click): asked once.
    let r = app.post("/mijn-gegevens/correctie", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let stappen: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = $1 AND soort = 'correctieverzoek'",
    )
    .bind(&zaak)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(stappen, 1);
    let pagina = app.get("/mijn-gegevens").await;
    assert!(
        pagina
            .text("main")
            .contains("u vroeg om iets te verbeteren in zaak")
    );
    let dossier = app.get(&format!("/melding/{zaak}")).await;
    assert_eq!(dossier.status, StatusCode::OK, "{}", dossier.body);
    assert!(dossier.body.contains("Mijn telefoonnummer is 06 1234 5678"));
    assert!(dossier.body.contains("De gemeente kijkt naar uw vraag"));

    // The consulent reads it on the case page, with the form to answer it.
    let mut staf = app.other_browser();
    staf.sign_in("medewerker@example.nl").await;
    let mut zaakpagina = staf.get(&format!("/medewerker/zaak/{zaak}")).await;
    if zaakpagina.text("h1").contains("Waarom") {
        staf.reden_geven(&zaak).await;
        zaakpagina = staf.get(&format!("/medewerker/zaak/{zaak}")).await;
    }
    assert_eq!(zaakpagina.status, StatusCode::OK);
    assert!(
        zaakpagina
            .text("#correcties")
            .contains("Verzoek om correctie"),
        "{}",
        zaakpagina.body
    );
    assert!(zaakpagina.body.contains("06 8765 4321"));
    let verzoek = zaakpagina.attrs("input[name=verzoek]", "value").remove(0);
    assert_eq!(verzoek, sleutel);
    let actie = format!("/medewerker/zaak/{zaak}/correctie");
    assert!(zaakpagina.attrs("form", "action").contains(&actie));
    // The history of steps of the case is unchanged by it: the scheme's own steps read as before.
    assert!(zaakpagina.text("main").contains("Vraag"));

    // Without a choice: the answer's page with the errors, the text kept.
    let antwoord_veld = format!("antwoord-{verzoek}");
    let keuze_veld = format!("gecorrigeerd-{verzoek}");
    let fout = staf
        .post(
            &actie,
            &[
                ("verzoek", &verzoek),
                (&antwoord_veld, "Wij hebben het nummer aangepast."),
            ],
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fout.text(".loket-error-summary")
            .contains("Kies of u de gegevens heeft verbeterd")
    );
    assert!(fout.body.contains("Wij hebben het nummer aangepast."));
    let r = staf
        .post(
            &actie,
            &[
                ("verzoek", &verzoek),
                (&antwoord_veld, "Wij hebben het nummer aangepast."),
                (&keuze_veld, "ja"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location()
            .starts_with(&format!("/medewerker/zaak/{zaak}"))
    );
    // Twice: answered once.
    staf.post(
        &actie,
        &[
            ("verzoek", &verzoek),
            (&antwoord_veld, "Nog eens"),
            (&keuze_veld, "nee"),
        ],
    )
    .await;
    let antwoorden: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = $1 AND soort = 'correctie_beantwoord'",
    )
    .bind(&zaak)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(antwoorden, 1);
    let logregel: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1 AND omschrijving = 'correctie'",
    )
    .bind(&zaak)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(logregel, 1, "the answer is in the access log");

    // The resident reads the answer in the dossier, and had a mail that says there is one.
    let dossier = app.get(&format!("/melding/{zaak}")).await;
    assert!(dossier.body.contains("Wij hebben het nummer aangepast."));
    assert!(
        dossier
            .body
            .contains("De gemeente heeft uw gegevens verbeterd.")
    );
    let inzage = app.get(&format!("/melding/{zaak}/inzage")).await;
    assert_eq!(inzage.status, StatusCode::OK);
    app.deliver_mail().await;
    let mail = app
        .mails()
        .into_iter()
        .map(|m| mail_text(&m))
        .find(|m| m.contains("Antwoord op uw vraag over uw gegevens"))
        .expect("a mail about the answer");
    assert!(mail.contains(&format!("/melding/{zaak}")));
    assert!(
        !mail.contains("Wij hebben het nummer aangepast"),
        "the answer stays in the portal"
    );
}

#[tokio::test]
async fn a_request_about_the_account_goes_to_the_municipality_by_mail() {
    let mut app = demo().await;
    app.sign_in(BEWONER).await;
    let form = app.get("/mijn-gegevens/correctie").await;
    assert!(
        form.attrs("input[name=over][checked]", "value").is_empty(),
        "nothing chosen"
    );
    let fout = app.post("/mijn-gegevens/correctie", &[("wat", "99")]).await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(fout.text("#over-fout").contains("Kies over welke gegevens"));
    let r = app
        .post(
            "/mijn-gegevens/correctie",
            &[
                ("sleutel", "a1b2c3"),
                ("over", "account"),
                ("wat", "Mijn e-mailadres moet bewoner@example.com worden."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.deliver_mail().await;
    let contact = app.state.gemeente.contact.email.clone();
    let mail = app
        .mails()
        .into_iter()
        .find(|m| m.contains("Vraag om gegevens te verbeteren"))
        .expect("a mail to the municipality");
    assert!(mail.contains(&format!("To: {contact}")), "{mail}");
    let tekst = mail_text(&mail);
    assert!(tekst.contains("bewoner@example.com worden"));
    assert!(tekst.contains(BEWONER));
    let pagina = app.get("/mijn-gegevens").await;
    assert!(
        pagina
            .text("main")
            .contains("De gemeente kreeg uw vraag per e-mail")
    );
}

#[tokio::test]
async fn a_person_with_hundreds_of_drafts_still_sees_their_page() {
    // More cases and drafts than a statement may give a function as arguments on SQLite (1,000).
    const VEEL: &str = "concepten@example.nl";
    let mut app = TestApp::new().await;
    app.sign_in(VEEL).await;
    let persoon = persoon_id(&app, VEEL).await;
    let mut tx = app.state.db.begin_write().await.unwrap();
    for i in 0..1_100 {
        sqlx::query(
            "INSERT INTO meldingen (id, persoon_id, hervatcode, stap, aangemaakt_op, gewijzigd_op) \
             VALUES ($1, $2, $3, 'wie', $4, $4)",
        )
        .bind(format!("concept-{i:04}"))
        .bind(&persoon)
        .bind(format!("CODE{i:04}"))
        .bind(loket::db::ts(app.clock.now()))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let pagina = app.get("/mijn-gegevens").await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    assert!(pagina.body.contains("(1100)"), "{}", pagina.text("main"));
}

/// Runs `sql` with `binds` as another instance or other code would: straight on the database.
async fn schrijf(app: &TestApp, sql: &str, binds: &[&str]) {
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
    for bind in binds {
        query = query.bind(bind.to_string());
    }
    query.execute(&app.state.db.pool).await.unwrap();
}

#[tokio::test]
async fn the_kept_page_shows_a_change_made_anywhere_at_the_next_visit() {
    let mut app = demo().await;
    app.sign_in(BEWONER).await;
    let eerst = app.get("/mijn-gegevens").await.text("main");
    assert_eq!(
        app.state.overzichten.aantal(),
        1,
        "the instance keeps the page"
    );
    assert_eq!(app.get("/mijn-gegevens").await.text("main"), eerst);
    let wie = persoon_id(&app, BEWONER).await;
    let zaak = strings(&app, "SELECT id FROM zaken WHERE eigenaar_id = $1", &wie)
        .await
        .remove(0);
    let zie = async |app: &mut TestApp, tekst: &str, wat: &str| {
        let main = app.get("/mijn-gegevens").await.text("main");
        assert!(main.contains(tekst), "{wat}: {tekst} in {main}");
    };

    // Someone of staff opened a case (the access log).
    schrijf(
        &app,
        "INSERT INTO toegangslog (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, op) \
         SELECT 't-kast', $1, id, 'Ivo Controleur', 'consulent', 'bekeken', 'zaak', '2026-11-30T09:00:00.000000Z' \
         FROM personen WHERE rol <> 'inwoner' LIMIT 1",
        &[&zaak],
    )
    .await;
    zie(&mut app, "Ivo Controleur", "the access log").await;

    // A mail to their address (written in capitals) waits in the outbox.
    schrijf(
        &app,
        "INSERT INTO outbox (id, recipient, subject, body_text, body_html, created_at, next_attempt_at) \
         VALUES ('m-kast', 'BEWONER@example.nl', 'Uw pas ligt klaar', '', '', '2026-11-30T09:00:00.000000Z', \
         '2026-11-30T09:00:00.000000Z')",
        &[],
    )
    .await;
    zie(&mut app, "Uw pas ligt klaar", "the outbox").await;

    // The initiative they belong to has a new name.
    schrijf(
        &app,
        "UPDATE initiatieven SET naam = 'Samen in De Linde' WHERE naam = 'Wij in De Linde'",
        &[],
    )
    .await;
    zie(&mut app, "Samen in De Linde", "the initiative").await;

    // Someone on the page changed their name: the version of everyone's names.
    let helper = strings(
        &app,
        "SELECT helper_id FROM machtigingen WHERE inwoner_id = $1 AND helper_id IS NOT NULL",
        &wie,
    )
    .await
    .remove(0);
    schrijf(
        &app,
        "UPDATE personen SET naam = 'Hanna Hulpvaardig' WHERE id = $1",
        &[&helper],
    )
    .await;
    zie(&mut app, "Hanna Hulpvaardig", "the helper's name").await;

    // A document was added to their case.
    schrijf(
        &app,
        "INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, op) \
         SELECT 'd-kast', $1, soort, 'verslag-huisbezoek.pdf', type, grootte, sha256, '2026-11-30T09:00:00.000000Z' \
         FROM documenten LIMIT 1",
        &[&zaak],
    )
    .await;
    zie(&mut app, "verslag-huisbezoek.pdf", "the documents").await;

    // They signed out on every other device.
    schrijf(&app, "DELETE FROM sessions WHERE persoon_id = $1", &[&wie]).await;
    let status = app.get("/mijn-gegevens").await.status;
    assert_ne!(
        status,
        StatusCode::OK,
        "signed out everywhere, this device too"
    );
    assert_eq!(app.state.overzichten.aantal(), 1);
}
