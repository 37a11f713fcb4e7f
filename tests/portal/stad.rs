//! `loket demo --schaal stad` at 1/1000 of its scale: the generated year opens on every page that shows it,
//! and the tables hold it in the proportions of a city.

use axum::http::StatusCode;

use crate::support::TestApp;

const DEEL: u64 = 1000;

async fn gevuld() -> TestApp {
    let app = TestApp::new().await;
    let samenvatting = loket::demo::stad::vul(&app.state, DEEL).await.unwrap();
    assert!(!samenvatting.tellingen.is_empty());
    app
}

async fn telling(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_generated_city_opens_on_every_page_that_shows_it() {
    let mut app = gevuld().await;
    // The melding's start page says how long a besluit usually took.
    let start = app.get("/melding").await;
    assert!(
        start.body.contains("tot er een besluit was."),
        "{}",
        start.text("main")
    );
    // The public proposals.
    let voorstellen = app.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(voorstellen.status, StatusCode::OK);
    assert!(
        voorstellen
            .texts("main h2 a")
            .iter()
            .any(|t| t.starts_with("Samen zorgen in de wijk")),
        "{}",
        voorstellen.text("main")
    );
    // The known resident's dossier of a generated case. The load ran without the triggers that raise a
    // person's data version; they are back, so signing in (a new session) raises it.
    let versie = format!(
        "SELECT gegevens_versie FROM personen WHERE email = '{}'",
        loket::demo::stad::INWONER
    );
    let voor = telling(&app, &versie).await;
    app.sign_in(loket::demo::stad::INWONER).await;
    assert!(telling(&app, &versie).await > voor);
    let id: String = sqlx::query_scalar(
        "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
         WHERE p.email = $1 AND z.regeling = 'wmo-melding' ORDER BY z.ingediend_op LIMIT 1",
    )
    .bind(loket::demo::stad::INWONER)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert_eq!(dossier.status, StatusCode::OK, "{}", dossier.body);
    let referentie: String = sqlx::query_scalar("SELECT referentie FROM zaken WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(
        dossier.text("main").contains(&referentie),
        "{}",
        dossier.text("main")
    );
    let mijn = app.get("/mijn-loket").await;
    assert_eq!(mijn.status, StatusCode::OK);
    assert!(mijn.text("main").contains(&referentie));
    // The cliëntondersteuner's clients.
    let mut ondersteuner = app.zonder_cookies();
    ondersteuner.sign_in(loket::demo::stad::ONDERSTEUNER).await;
    let dashboard = ondersteuner.get("/clienten").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(
        dashboard.texts(".loket-client").len() >= 5,
        "{}",
        dashboard.text("main")
    );
    // Staff: the queue, a case page, the figures.
    let mut staf = app.zonder_cookies();
    staf.sign_in(loket::demo::stad::CONSULENT).await;
    let rij = staf.get("/medewerker").await;
    assert_eq!(rij.status, StatusCode::OK);
    assert!(rij.body.contains("M-20"), "{}", rij.text("main"));
    let zaak = staf.get(&format!("/medewerker/zaak/{id}")).await;
    assert_eq!(zaak.status, StatusCode::OK, "{}", zaak.body);
    let cijfers = staf.get("/medewerker/cijfers").await;
    assert_eq!(cijfers.status, StatusCode::OK);
    let totaal = cijfers.text("tfoot tr");
    assert!(totaal.starts_with("Totaal "), "{totaal}");
    assert!(!totaal.starts_with("Totaal 0 "), "{totaal}");
}

#[tokio::test]
async fn the_generated_city_has_the_proportions_asked() {
    let app = gevuld().await;
    let personen = telling(&app, "SELECT COUNT(*) FROM personen").await;
    assert_eq!(personen, 100);
    let meldingen = telling(&app, "SELECT COUNT(*) FROM meldingen").await;
    assert_eq!(meldingen, 30);
    let stappen = telling(
        &app,
        "SELECT COUNT(*) FROM zaak_gebeurtenissen g JOIN zaken z ON z.id = g.zaak_id \
         WHERE z.regeling = 'wmo-melding'",
    )
    .await;
    // About ten steps per melding.
    assert!((200..=400).contains(&stappen), "{stappen}");
    assert_eq!(
        telling(&app, "SELECT COUNT(*) FROM blijverslening_aanvragen").await,
        2
    );
    assert_eq!(
        telling(&app, "SELECT COUNT(*) FROM kindpakket_aanvragen").await,
        20
    );
    assert_eq!(
        telling(&app, "SELECT COUNT(*) FROM toegangslog").await,
        1000
    );
    let steun = telling(&app, "SELECT COUNT(*) FROM uitdaag_steun").await;
    assert!((5..=40).contains(&steun), "{steun}");
    // Every case's last step number is its number of steps, and every step is numbered without gaps.
    let fout = telling(
        &app,
        "SELECT COUNT(*) FROM zaken z WHERE z.laatste_volgnummer <> \
         (SELECT COUNT(*) FROM zaak_gebeurtenissen g WHERE g.zaak_id = z.id)",
    )
    .await;
    assert_eq!(fout, 0);
    // Cases in more than one phase, and documents with their bytes.
    let fasen = telling(
        &app,
        "SELECT COUNT(DISTINCT fase) FROM zaken WHERE regeling = 'wmo-melding'",
    )
    .await;
    assert!(fasen >= 3, "{fasen}");
    let zonder = telling(
        &app,
        "SELECT COUNT(*) FROM documenten d WHERE NOT EXISTS \
         (SELECT 1 FROM document_delen x WHERE x.document_id = d.id)",
    )
    .await;
    assert_eq!(zonder, 0);
    // The known cliëntondersteuner helps many people; the generator runs once per database.
    let clienten = telling(
        &app,
        "SELECT COUNT(*) FROM machtigingen m JOIN personen p ON p.id = m.helper_id \
         WHERE p.email = 'ondersteuner@stad.example' AND m.status = 'actief'",
    )
    .await;
    assert!(clienten >= 5, "{clienten}");
    assert!(loket::demo::stad::vul(&app.state, DEEL).await.is_err());
}

/// A load cut off (a crash, Ctrl-C) leaves the triggers of the data version off, recorded in the database; the
/// next start of the portal on that database puts them back, so a kept page never goes stale for good.
#[tokio::test]
async fn the_triggers_a_cut_off_load_took_off_are_back_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::support::fresh_database_url(dir.path()).await;
    let options = || crate::support::Options {
        database_url: Some(url.clone()),
        ..crate::support::Options::default()
    };
    let mut a = TestApp::with(options()).await;
    a.sign_in("bewoner@example.nl").await;
    let versie = "SELECT gegevens_versie FROM personen WHERE email = 'bewoner@example.nl'";
    let voor = telling(&a, versie).await;
    let mut tx = a.state.db.begin_write().await.unwrap();
    let uit = loket::db::versies::uit(&mut tx, a.state.db.backend)
        .await
        .unwrap();
    assert!(uit >= 20, "{uit} triggers");
    tx.commit().await.unwrap();
    // Off: a new session raises nothing.
    a.sign_in("bewoner@example.nl").await;
    assert_eq!(telling(&a, versie).await, voor);
    // A new start on the database puts them back.
    let _b = TestApp::with(options()).await;
    a.sign_in("bewoner@example.nl").await;
    assert!(telling(&a, versie).await > voor);
}
