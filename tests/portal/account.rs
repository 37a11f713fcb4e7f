//! A resident closes their own account: removed for good without cases, closed for new work with cases.

use axum::http::StatusCode;

use crate::support::TestApp;

async fn tel(app: &TestApp, sql: &str, waarde: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(waarde)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_account_without_cases_is_removed_for_good() {
    let mut app = TestApp::new().await;
    app.sign_in("nieuw@example.nl").await;
    let concept = app.new_melding().await;
    let id = concept.trim_start_matches("/melding/").to_owned();
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.attrs("main a", "href")
            .contains(&"/mijn-loket/account".to_owned())
    );
    let pagina = app.get("/mijn-loket/account").await;
    assert_eq!(pagina.text("h1"), "Uw account opheffen");
    assert!(pagina.text("main").contains("U heeft geen zaken"));
    // No answer: asked again, nothing changes.
    let leeg = app.post("/mijn-loket/account", &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(leeg.text(".loket-error-message").contains("Kies Ja of Nee"));
    assert_eq!(
        tel(
            &app,
            "SELECT COUNT(*) FROM personen WHERE email = $1",
            "nieuw@example.nl"
        )
        .await,
        1
    );
    let nee = app
        .post(
            "/mijn-loket/account",
            &[("zeker", "nee"), ("actie", "wissen")],
        )
        .await;
    assert_eq!(nee.location(), "/mijn-loket");
    // Their own data first: the download is in their own log, which goes with the account.
    let (status, _, _) = app.get_bytes("/mijn-gegevens/download").await;
    assert_eq!(status, StatusCode::OK);

    let ja = app
        .post(
            "/mijn-loket/account",
            &[("zeker", "ja"), ("actie", "wissen")],
        )
        .await;
    assert_eq!(ja.status, StatusCode::SEE_OTHER);
    assert_eq!(ja.location(), "/uitgelogd?account=opgeheven");
    let weg = app.get(ja.location()).await;
    assert!(weg.text("main").contains("Wij hebben uw account opgeheven"));
    for (sql, waarde) in [
        (
            "SELECT COUNT(*) FROM personen WHERE email = $1",
            "nieuw@example.nl",
        ),
        (
            "SELECT COUNT(*) FROM outbox WHERE recipient = $1",
            "nieuw@example.nl",
        ),
        (
            "SELECT COUNT(*) FROM sign_in_links WHERE email = $1",
            "nieuw@example.nl",
        ),
        ("SELECT COUNT(*) FROM meldingen WHERE id = $1", id.as_str()),
    ] {
        assert_eq!(tel(&app, sql, waarde).await, 0, "{sql}");
    }
    // The session went with it.
    assert_ne!(app.get("/mijn-loket").await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_account_with_cases_is_closed_for_new_work_and_opened_again() {
    let mut app = TestApp::new().await;
    let melding = app.submitted_melding("bewoner@example.nl").await;
    let pagina = app.get("/mijn-loket/account").await;
    assert_eq!(pagina.text("h1"), "Uw account sluiten");
    assert!(
        pagina
            .text("main")
            .contains("U heeft 2 zaken bij de gemeente"),
        "the melding and its request for support: {}",
        pagina.text("main")
    );
    assert!(
        pagina
            .text("main")
            .contains("moet uw zaken nog een tijd bewaren")
    );
    let ja = app
        .post(
            "/mijn-loket/account",
            &[("zeker", "ja"), ("actie", "sluiten")],
        )
        .await;
    assert_eq!(ja.location(), "/mijn-loket?account=gesloten");
    // A second click finds it closed and opens nothing.
    let nog = app
        .post(
            "/mijn-loket/account",
            &[("zeker", "ja"), ("actie", "sluiten")],
        )
        .await;
    assert_eq!(nog.location(), "/mijn-loket/account");
    // Kept: the case stays readable, and Mijn loket says the account is closed.
    let mijn = app.get("/mijn-loket").await;
    assert!(mijn.text("main").contains("U sloot uw account op"));
    assert_eq!(
        app.get(&format!("/melding/{melding}")).await.status,
        StatusCode::OK
    );
    // Nothing new: starting a melding leads to the page that says why.
    let nieuw = app.post("/melding", &[]).await;
    assert_eq!(nieuw.status, StatusCode::SEE_OTHER);
    assert_eq!(nieuw.location(), "/mijn-loket/account");
    assert_eq!(tel(&app, "SELECT COUNT(*) FROM meldingen WHERE persoon_id IN (SELECT id FROM personen WHERE email = $1)", "bewoner@example.nl").await, 1);
    // Opened again, the resident can start again.
    let pagina = app.get("/mijn-loket/account").await;
    assert_eq!(pagina.text("h1"), "Uw account weer openen");
    let open = app
        .post(
            "/mijn-loket/account",
            &[("zeker", "ja"), ("actie", "openen")],
        )
        .await;
    assert_eq!(open.location(), "/mijn-loket?account=open");
    assert_eq!(
        app.post("/melding", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(tel(&app, "SELECT COUNT(*) FROM meldingen WHERE persoon_id IN (SELECT id FROM personen WHERE email = $1)", "bewoner@example.nl").await, 2);
}

#[tokio::test]
async fn a_helper_never_closes_the_account_of_the_person_helped() {
    let mut app = TestApp::new().await;
    app.submitted_melding("gerrit@example.nl").await;
    app.sign_in("petra@example.nl").await;
    crate::support::machtig(
        &app,
        "gerrit@example.nl",
        "petra@example.nl",
        loket::auth::machtiging::Soort::Gemachtigde,
        loket::auth::machtiging::Rechten::gekozen(true, true),
    )
    .await;
    crate::support::als_helper(&mut app, "petra@example.nl", "gerrit@example.nl").await;
    assert_eq!(
        app.get("/mijn-loket/account").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post("/mijn-loket/account", &[("zeker", "ja")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
