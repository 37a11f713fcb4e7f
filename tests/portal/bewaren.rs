//! Retention: the daily run deletes exactly what has passed its period, keeps cases on hold or under bezwaar,
//! warns a week before a draft goes, and leaves counts (never names) for the beheerder.

use axum::http::StatusCode;

use crate::support::{TestApp, mail_text};

async fn tel(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn sluit(app: &TestApp, id: &str) {
    sqlx::query("UPDATE zaken SET fase = 'gesloten', bijgewerkt_op = $2 WHERE id = $1")
        .bind(id)
        .bind(loket::db::ts(app.state.clock.now()))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_daily_run_deletes_exactly_what_is_due_and_keeps_what_is_held() {
    let mut app = TestApp::new().await;
    // Three closed Wmo cases of one resident: one to go, one on hold, one whose bezwaar ran on later.
    let weg = app.submitted_melding("bewoner@example.nl").await;
    sqlx::query(
        "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op) \
         SELECT 'g1', id, 99, 'notitie', '{}', NULL, 'medewerker', ingediend_op FROM zaken WHERE id = $1",
    )
    .bind(&weg)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let vast = app.submitted_melding("bewoner@example.nl").await;
    let bezwaar = app.submitted_melding("bewoner@example.nl").await;
    for id in [&weg, &vast, &bezwaar] {
        sluit(&app, id).await;
    }
    // A draft, and another resident's case that is still open.
    let concept = app.new_melding().await;
    let concept_id = concept.trim_start_matches("/melding/").to_owned();
    let mut buur = app.other_browser();
    let open = buur.submitted_melding("buurman@example.nl").await;

    // Staff put a hold on one case, with a reason; an empty reason is refused and changes nothing.
    let mut staf = app.other_browser();
    staf.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    staf.sign_in("consulent@gemeente.example").await;
    staf.reden_geven(&vast).await;
    let leeg = staf
        .post(
            &format!("/medewerker/zaak/{vast}/bewaarstop"),
            &[("actie", "aan"), ("bewaarstop_reden", "")],
        )
        .await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        leeg.text(".loket-error-message")
            .contains("Vul de reden in")
    );
    let gezet = staf
        .post(
            &format!("/medewerker/zaak/{vast}/bewaarstop"),
            &[
                ("actie", "aan"),
                ("bewaarstop_reden", "Beroep bij de rechtbank"),
            ],
        )
        .await;
    assert_eq!(gezet.status, StatusCode::SEE_OTHER);
    let pagina = staf.get(gezet.location().split('#').next().unwrap()).await;
    assert!(
        pagina
            .text("#bewaarstop ~ *")
            .contains("Beroep bij de rechtbank")
            || pagina.body.contains("Beroep bij de rechtbank")
    );
    assert_eq!(
        tel(&app, &format!("SELECT COUNT(*) FROM toegangslog WHERE zaak_id = '{vast}' AND omschrijving = 'bewaarstop aan'")).await,
        1,
        "the hold is in the access log"
    );

    // Ten years on, a bezwaar step on the third case.
    app.state.clock.advance(time::Duration::days(3653));
    sqlx::query(
        "INSERT INTO bezwaar_stappen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op) \
         VALUES ('b1', $1, 1, 'ingetrokken', '{}', NULL, 'inwoner', $2)",
    )
    .bind(&bezwaar)
    .bind(loket::db::ts(app.state.clock.now()))
    .execute(&app.state.db.pool)
    .await
    .unwrap();

    // Sixteen years after the end: the Wmo period (15 years) has passed for the first case.
    app.state.clock.advance(time::Duration::days(6 * 365 + 2));
    let eerste = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    use loket::bewaren::Soort;
    assert_eq!(eerste.van(Soort::Zaak), 1, "{eerste:?}");
    assert_eq!(
        eerste.van(Soort::Waarschuwing),
        1,
        "the draft's owner is warned first"
    );
    assert_eq!(
        eerste.van(Soort::Concept),
        0,
        "a draft goes only a week after its warning"
    );
    assert!(eerste.van(Soort::Sessie) >= 3, "{eerste:?}");
    assert!(eerste.van(Soort::Inloglink) >= 3, "{eerste:?}");
    assert!(eerste.van(Soort::Mail) >= 3, "{eerste:?}");
    for (id, blijft) in [
        (&weg, false),
        (&vast, true),
        (&bezwaar, true),
        (&open, true),
    ] {
        let zaken = tel(
            &app,
            &format!("SELECT COUNT(*) FROM zaken WHERE id = '{id}'"),
        )
        .await;
        let meldingen = tel(
            &app,
            &format!("SELECT COUNT(*) FROM meldingen WHERE id = '{id}'"),
        )
        .await;
        let stappen = tel(
            &app,
            &format!("SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = '{id}'"),
        )
        .await;
        assert_eq!(
            (zaken, meldingen),
            if blijft { (1, 1) } else { (0, 0) },
            "{id}"
        );
        if !blijft {
            assert_eq!(stappen, 0, "{id}: its events go with it");
        }
    }
    app.deliver_mail().await;
    let waarschuwing = app
        .mails()
        .iter()
        .map(|m| mail_text(m))
        .find(|m| m.contains("Wij verwijderen uw concept"))
        .expect("the warning mail");
    assert!(
        waarschuwing.contains("To: bewoner@example.nl"),
        "{waarschuwing}"
    );

    // A week later the draft goes, with nothing else.
    app.state.clock.advance(time::Duration::days(7));
    let tweede = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(tweede.van(Soort::Concept), 1, "{tweede:?}");
    assert_eq!(tweede.van(Soort::Zaak), 0, "{tweede:?}");
    assert_eq!(
        tel(
            &app,
            &format!("SELECT COUNT(*) FROM meldingen WHERE id = '{concept_id}'")
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_decided_kindpakket_case_goes_after_its_period_and_a_hold_keeps_its_page_readable() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let besloten: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM zaken WHERE regeling = 'kindpakket' AND fase = 'besloten'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let [vast] = besloten.as_slice() else {
        panic!("one decided Kindpakket case in the demo: {besloten:?}")
    };
    // A hold, recorded by staff: the resident's case page still reads its access log.
    let mut staf = app.other_browser();
    staf.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    staf.sign_in("consulent@gemeente.example").await;
    staf.reden_geven(vast).await;
    let gezet = staf
        .post(
            &format!("/medewerker/zaak/{vast}/bewaarstop"),
            &[
                ("actie", "aan"),
                ("bewaarstop_reden", "Beroep bij de rechtbank"),
            ],
        )
        .await;
    assert_eq!(gezet.status, StatusCode::SEE_OTHER);
    app.sign_in("bewoner@example.nl").await;
    assert_eq!(
        app.get(&format!("/kindpakket/{vast}")).await.status,
        StatusCode::OK
    );
    // Eight years on: the decided blijverslening goes (its period is 7 years), the held Kindpakket stays.
    app.state.clock.advance(time::Duration::days(8 * 365 + 2));
    let t = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert!(t.van(loket::bewaren::Soort::Zaak) >= 1, "{t:?}");
    assert_eq!(
        tel(
            &app,
            &format!("SELECT COUNT(*) FROM zaken WHERE id = '{vast}'")
        )
        .await,
        1
    );
    assert_eq!(
        tel(
            &app,
            "SELECT COUNT(*) FROM zaken WHERE regeling = 'blijverslening' AND fase = 'besloten'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_draft_changed_after_its_warning_stays() {
    let mut app = TestApp::new().await;
    app.sign_in("bewoner@example.nl").await;
    let concept = app.new_melding().await;
    app.state.clock.advance(time::Duration::days(84));
    let r = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(r.van(loket::bewaren::Soort::Waarschuwing), 1);
    // The resident answers a step: the draft is changed, and its clock starts again.
    app.sign_in("bewoner@example.nl").await;
    let stap = app
        .post(&format!("{concept}/stap/voor-wie"), &[("voor_wie", "zelf")])
        .await;
    assert_eq!(stap.status, StatusCode::SEE_OTHER);
    app.state.clock.advance(time::Duration::days(8));
    let r = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    assert_eq!(r.van(loket::bewaren::Soort::Concept), 0, "{r:?}");
    assert_eq!(r.van(loket::bewaren::Soort::Waarschuwing), 0, "{r:?}");
    let n: i64 = tel(
        &app,
        "SELECT COUNT(*) FROM meldingen WHERE status = 'concept'",
    )
    .await;
    assert_eq!(n, 1);
}

#[tokio::test]
async fn one_run_a_day_and_the_beheerder_sees_the_counts() {
    let mut app = TestApp::new().await;
    app.sign_in("bewoner@example.nl").await;
    app.state.clock.advance(time::Duration::days(2));
    let eerste = loket::bewaren::dagelijks(&app.state).await.unwrap();
    assert!(eerste.is_some());
    assert!(
        loket::bewaren::dagelijks(&app.state)
            .await
            .unwrap()
            .is_none(),
        "a second instance (or a second look) the same day does nothing"
    );
    let mut beheer = app.other_browser();
    beheer
        .add_staff("beheer@gemeente.example", "Bea Beheer", true)
        .await;
    beheer.sign_in("beheer@gemeente.example").await;
    let pagina = beheer.get("/medewerker/beheer/bewaren").await;
    assert_eq!(pagina.status, StatusCode::OK);
    let tekst = pagina.text("main");
    assert!(
        tekst.contains("Selectielijst gemeenten"),
        "the sources: {tekst}"
    );
    let rij = pagina.texts("tbody tr").last().cloned().unwrap_or_default();
    assert!(
        rij.contains('1'),
        "the expired sign-in link and session are counted: {rij}"
    );
    assert!(!tekst.contains("bewoner@example.nl"), "counts, never names");
    // A consulent is no beheerder.
    let mut consulent = app.other_browser();
    consulent
        .add_staff("c@gemeente.example", "Cor", false)
        .await;
    consulent.sign_in("c@gemeente.example").await;
    assert_ne!(
        consulent.get("/medewerker/beheer/bewaren").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_privacy_page_says_how_long_and_who_receives() {
    let mut app = TestApp::new().await;
    let pagina = app.get("/privacy").await;
    let tekst = pagina.text("main");
    assert!(
        tekst.contains("15 jaar na het einde van uw zaak"),
        "{tekst}"
    );
    assert!(
        tekst.contains("90 dagen na de laatste wijziging"),
        "{tekst}"
    );
    assert!(tekst.contains("artikel 5.1.1"), "{tekst}");
    let organisatie = &app.state.gemeente.clientondersteuning[0].naam;
    assert!(tekst.contains(organisatie.as_str()), "{tekst}");
    let en = app.get_with("/privacy", &[("accept-language", "en")]).await;
    assert!(
        en.text("main")
            .contains("15 years after the end of your case")
    );
}

/// The figure for the README: one run over 100,000 rows past their period (25,000 each of sessions, sign-in
/// links, delivered mail and access-log entries). Ignored in the suite; run it with
/// `cargo test --release --test portal retention_of_100000_rows -- --ignored --nocapture` (and with
/// `LOKET_TEST_DATABASE_URL` for PostgreSQL).
#[tokio::test]
#[ignore]
async fn retention_of_100000_rows() {
    let mut app = TestApp::new().await;
    app.sign_in("bench@example.nl").await;
    let persoon: String =
        sqlx::query_scalar("SELECT id FROM personen WHERE email = 'bench@example.nl'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let oud = "2000-01-01T00:00:00.000000Z";
    let reeks = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25000)";
    for sql in [
        format!(
            "{reeks} INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at) \
                 SELECT 's' || CAST(i AS TEXT), $1, '{oud}', '{oud}' FROM n"
        ),
        format!(
            "{reeks} INSERT INTO sign_in_links (token_hash, email, created_at, expires_at) \
                 SELECT 'l' || CAST(i AS TEXT), $1, '{oud}', '{oud}' FROM n"
        ),
        format!(
            "{reeks} INSERT INTO outbox (id, recipient, subject, body_text, body_html, erase_after_sending, \
                 created_at, attempts, next_attempt_at, sent_at, priority, expires_at) \
                 SELECT 'o' || CAST(i AS TEXT), $1, 's', 't', 'h', 0, '{oud}', 1, '{oud}', '{oud}', 0, '{oud}' FROM n"
        ),
        format!(
            "{reeks} INSERT INTO toegangslog (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, op) \
                 SELECT 't' || CAST(i AS TEXT), $1, $1, NULL, 'medewerker', 'bekeken', 'zaak', '{oud}' FROM n"
        ),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&persoon)
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
    let begin = std::time::Instant::now();
    let t = loket::bewaren::ronde(&app.state, app.state.clock.now())
        .await
        .unwrap();
    let duur = begin.elapsed();
    use loket::bewaren::Soort;
    let totaal: u64 = [
        Soort::Sessie,
        Soort::Inloglink,
        Soort::Mail,
        Soort::Toegangslog,
    ]
    .into_iter()
    .map(|s| t.van(s))
    .sum();
    assert!(totaal >= 100_000, "{t:?}");
    println!(
        "retention: {totaal} rows in {:.2} s ({:.0} rows/s) on {:?}",
        duur.as_secs_f64(),
        totaal as f64 / duur.as_secs_f64(),
        app.state.db.backend
    );
}

#[tokio::test]
async fn the_privacy_page_offers_closing_an_account_only_to_whom_it_is_for() {
    let mut app = TestApp::new().await;
    let link = "/mijn-loket/account".to_owned();
    assert!(
        app.get("/privacy")
            .await
            .attrs("main a", "href")
            .contains(&link),
        "a visitor signs in first"
    );
    app.sign_in("bewoner@example.nl").await;
    assert!(
        app.get("/privacy")
            .await
            .attrs("main a", "href")
            .contains(&link)
    );
    let mut staf = app.other_browser();
    staf.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    staf.sign_in("consulent@gemeente.example").await;
    assert!(
        !staf
            .get("/privacy")
            .await
            .attrs("main a", "href")
            .contains(&link),
        "staff have no such page"
    );
}
