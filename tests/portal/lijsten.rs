//! Long lists a page at a time, and figures kept instead of computed per visitor: the work queue with its
//! search over three pages, the public proposals, a cliëntondersteuner's clients, the people a helper may act
//! for (with a search by name) and the machtigingen they hold, and the waiting time on /melding changed by a
//! besluit recorded through the staff pages.
//!
//! Rows are added with SQL, as a program that fills the tables for a load test would; the portal computes
//! what it keeps of them (the queue's rows) by itself.

use axum::http::StatusCode;
use loket::auth::machtiging::{Rechten, Soort};
use loket::auth::{Person, Rol};
use loket::zaken::{self, domain::Gebeurtenis, domain::Voorziening};
use time::Duration;
use time::macros::date;

use crate::support::{TestApp, TestResponse, machtig, persoon_id};

/// The rows of the queue's table: the references.
fn referenties(page: &TestResponse) -> Vec<String> {
    page.texts("tbody th a")
}

/// Adds `n` Kindpakket cases waiting for a decision, as a generator would: only the kernel's row. Case `i`
/// has reference `KP-LIJST-{i:03}` and its term starts `i` days after the first, so the queue shows them in
/// that order. The first `jansen` are in the name of a Jansen, the others of a Bakker.
async fn vul_wachtrij(app: &TestApp, n: usize, jansen: usize) {
    let begin = app.clock.now() - Duration::days(20);
    for i in 0..n {
        let naam = if i < jansen {
            format!("Familie Jansen {i}")
        } else {
            format!("Familie Bakker {i}")
        };
        sqlx::query(
            "INSERT INTO zaken (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id, \
             laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op) \
             VALUES ($1, 'kindpakket', NULL, NULL, $2, $3, 'aanvraag_ontvangen', NULL, 0, $4, $5, $4)",
        )
        .bind(format!("lijst-{i:03}"))
        .bind(format!("KP-LIJST-{i:03}"))
        .bind(naam)
        .bind(loket::db::ts(begin))
        .bind(loket::db::ts(begin + Duration::days(i as i64)))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
}

fn pagina_links(page: &TestResponse) -> Vec<String> {
    page.attrs("nav.loket-paginering a", "href")
}

#[tokio::test]
async fn the_work_queue_pages_through_its_cases_and_keeps_the_search() {
    let mut app = TestApp::new().await;
    vul_wachtrij(&app, 60, 55).await;
    app.add_staff("medewerker@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("medewerker@gemeente.example").await;

    let een = app.get("/medewerker").await;
    assert_eq!(een.status, StatusCode::OK);
    assert_eq!(een.text("caption"), "Open zaken: 60");
    let rijen = referenties(&een);
    let verwacht: Vec<String> = (0..25).map(|i| format!("KP-LIJST-{i:03}")).collect();
    assert_eq!(rijen, verwacht, "the nearest deadline first");
    assert_eq!(
        een.attrs("nav.loket-paginering", "aria-label"),
        ["Pagina's van de werkvoorraad"]
    );
    assert_eq!(
        een.texts("nav.loket-paginering a[aria-current=page]"),
        ["1"]
    );
    assert!(pagina_links(&een).contains(&"/medewerker?pagina=3".to_string()));
    assert_eq!(
        een.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/medewerker?pagina=2"]
    );
    assert!(
        een.attrs("nav.loket-paginering a[rel=prev]", "href")
            .is_empty()
    );

    let twee = app.get("/medewerker?pagina=2").await;
    let rijen2 = referenties(&twee);
    let verwacht: Vec<String> = (25..50).map(|i| format!("KP-LIJST-{i:03}")).collect();
    assert_eq!(rijen2, verwacht, "page 2 shows the next 25 cases");
    assert!(rijen2.iter().all(|r| !rijen.contains(r)));
    assert_eq!(
        twee.texts("nav.loket-paginering a[aria-current=page]"),
        ["2"]
    );
    assert_eq!(
        twee.attrs("nav.loket-paginering a[rel=prev]", "href"),
        ["/medewerker"]
    );

    let drie = app.get("/medewerker?pagina=3").await;
    assert_eq!(referenties(&drie).len(), 10);
    assert!(
        drie.attrs("nav.loket-paginering a[rel=next]", "href")
            .is_empty()
    );

    // A page past the end, or one that is not a number, never fails.
    let ver = app.get("/medewerker?pagina=99").await;
    assert_eq!(ver.status, StatusCode::OK);
    assert_eq!(referenties(&ver), referenties(&drie), "the last page");
    assert_eq!(
        ver.texts("nav.loket-paginering a[aria-current=page]"),
        ["3"]
    );
    let raar = app.get("/medewerker?pagina=x").await;
    assert_eq!(referenties(&raar), rijen);

    // The search is kept in every link: 55 Jansens, three pages.
    let gezocht = app.get("/medewerker?zoek=jansen&soort=kindpakket").await;
    assert_eq!(gezocht.text("caption"), "Open zaken: 55");
    let links = pagina_links(&gezocht);
    assert!(
        links.contains(&"/medewerker?zoek=jansen&soort=kindpakket&pagina=2".to_string()),
        "{links:?}"
    );
    let gezocht3 = app
        .get("/medewerker?zoek=jansen&soort=kindpakket&pagina=3")
        .await;
    let verwacht: Vec<String> = (50..55).map(|i| format!("KP-LIJST-{i:03}")).collect();
    assert_eq!(referenties(&gezocht3), verwacht);
    assert_eq!(
        gezocht3.texts("nav.loket-paginering a[aria-current=page]"),
        ["3"]
    );
    assert!(
        gezocht3
            .attrs("nav.loket-paginering a", "href")
            .iter()
            .all(|h| h.contains("zoek=jansen")),
    );
    // By reference too, with or without dashes.
    let ref_ = app.get("/medewerker?zoek=kp%20lijst%20057").await;
    assert_eq!(referenties(&ref_), ["KP-LIJST-057"]);
    // "Mine" holds none of them.
    let mijn = app.get("/medewerker?mijn=ja").await;
    assert!(referenties(&mijn).is_empty());
}

#[tokio::test]
async fn a_case_that_moves_on_moves_in_the_queue() {
    let mut app = TestApp::new().await;
    vul_wachtrij(&app, 30, 30).await;
    app.add_staff("medewerker@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("medewerker@gemeente.example").await;
    assert_eq!(
        referenties(&app.get("/medewerker").await)[0],
        "KP-LIJST-000"
    );
    // The generator moves the first case on to decided, as the portal's repos would: its step number goes up.
    sqlx::query(
        "UPDATE zaken SET fase = 'besloten', laatste_volgnummer = laatste_volgnummer + 1 WHERE id = 'lijst-000'",
    )
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let page = app.get("/medewerker").await;
    assert_eq!(page.text("caption"), "Open zaken: 30");
    let rijen = referenties(&page);
    assert_eq!(rijen[0], "KP-LIJST-001", "no deadline any more: last");
    assert_eq!(
        referenties(&app.get("/medewerker?pagina=2").await).last(),
        Some(&"KP-LIJST-000".to_string())
    );
    // Closed: gone from the queue.
    sqlx::query(
        "UPDATE zaken SET fase = 'gesloten', laatste_volgnummer = laatste_volgnummer + 1 WHERE id = 'lijst-000'",
    )
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        app.get("/medewerker").await.text("caption"),
        "Open zaken: 29"
    );
    // Computing every row again (at start, or for a program that changed rows without moving their step
    // number) gives the same queue, and writes only the rows that differ: none, then the one a program spoiled.
    let (state, vandaag) = (app.state.clone(), app.clock.today());
    let herbereken =
        || loket::backoffice::wachtrij::herbereken(&state.db, &state.gemeente, vandaag);
    assert_eq!(herbereken().await.unwrap(), 0);
    assert_eq!(
        app.get("/medewerker").await.text("caption"),
        "Open zaken: 29"
    );
    let voor = referenties(&app.get("/medewerker").await);
    sqlx::query("UPDATE zaken SET wachtrij_volgorde = '' WHERE id = 'lijst-001'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        referenties(&app.get("/medewerker").await)[0],
        "KP-LIJST-001"
    );
    assert_eq!(herbereken().await.unwrap(), 1);
    assert_eq!(referenties(&app.get("/medewerker").await), voor);
}

#[tokio::test]
async fn the_public_proposals_page_shows_a_page_at_a_time() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let pool = app.state.db.pool.clone();
    let (initiatief, door): (String, String) =
        sqlx::query_as("SELECT initiatief_id, aangemaakt_door FROM uitdaag_voorstellen LIMIT 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    let eerst = app.get("/uitdaagrecht/voorstellen").await;
    let demo = eerst.texts("main li h2").len();
    assert!(demo >= 1);
    let nu = app.clock.now();
    for i in 0..30 {
        sqlx::query(
            "INSERT INTO uitdaag_voorstellen (id, initiatief_id, status, referentie, taak, openbaar, \
             aangemaakt_op, aangemaakt_door, gewijzigd_op, gewijzigd_door, ingediend_op, ingediend_door) \
             VALUES ($1, $2, 'ontvangen', $3, $4, 'ja', $5, $6, $5, $6, $7, $6)",
        )
        .bind(format!("voorstel-lijst-{i:03}"))
        .bind(&initiatief)
        .bind(format!("UR-LIJST-{i:03}"))
        .bind(format!("Taak {i:03}"))
        .bind(loket::db::ts(nu))
        .bind(&door)
        // Older than the demo's: first on the page.
        .bind(loket::db::ts(nu - Duration::days(400 - i)))
        .execute(&pool)
        .await
        .unwrap();
    }
    // Written outside the portal's requests (as another instance would): a visitor's copy of the page
    // shows them after a second at the latest.
    app.clock.advance(Duration::seconds(1));
    let een = app.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(een.status, StatusCode::OK);
    let taken = een.texts("main li h2");
    let verwacht: Vec<String> = (0..25).map(|i| format!("Taak {i:03}")).collect();
    assert_eq!(taken, verwacht);
    assert_eq!(
        een.texts("nav.loket-paginering a[aria-current=page]"),
        ["1"]
    );
    let twee = app.get("/uitdaagrecht/voorstellen?pagina=2").await;
    let taken2 = twee.texts("main li h2");
    assert_eq!(taken2.len(), 30 + demo - 25);
    assert_eq!(
        taken2[..5],
        ["Taak 025", "Taak 026", "Taak 027", "Taak 028", "Taak 029"]
    );
    assert_eq!(
        twee.texts("nav.loket-paginering a[aria-current=page]"),
        ["2"]
    );
    assert_eq!(
        twee.attrs("nav.loket-paginering a[rel=prev]", "href"),
        ["/uitdaagrecht/voorstellen"]
    );
    let ver = app.get("/uitdaagrecht/voorstellen?pagina=7").await;
    assert_eq!(ver.status, StatusCode::OK);
    assert_eq!(ver.texts("main li h2"), taken2);
}

/// The support of the first proposal on the public list, as the list says it.
fn eerste_steun(page: &TestResponse) -> String {
    page.texts("main li p")
        .into_iter()
        .find(|t| t.contains("steun"))
        .unwrap_or_default()
}

#[tokio::test]
async fn the_public_proposals_are_kept_a_second_and_a_support_here_shows_at_once() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.other_browser().sign_in("tim@example.nl").await;
    let tim = persoon_id(&app, "tim@example.nl").await;
    app.sign_in("eva@example.nl").await;
    let lijst = app.get("/uitdaagrecht/voorstellen").await;
    let eerste = lijst
        .attrs("main li h2 a", "href")
        .into_iter()
        .next()
        .unwrap();
    // The demo's first proposal has one support.
    assert_eq!(eerste_steun(&lijst), "1 inwoner steunt dit voorstel.");
    // A support given through this instance shows on the list at once, also to someone signed in.
    let r = app
        .post(&format!("{eerste}/steun"), &[("steun", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let lijst = app.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(eerste_steun(&lijst), "2 inwoners steunen dit voorstel.");
    // A support written by another instance (here: by SQL) shows within a second: until then the list
    // this instance keeps is shown, without a query per visitor.
    let id = eerste.trim_start_matches("/uitdaagrecht/voorstellen/");
    sqlx::query("INSERT INTO uitdaag_steun (voorstel_id, persoon_id, op) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(&tim)
        .bind(loket::db::ts(app.clock.now()))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let lijst = app.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(eerste_steun(&lijst), "2 inwoners steunen dit voorstel.");
    app.clock.advance(Duration::seconds(1));
    let lijst = app.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(eerste_steun(&lijst), "3 inwoners steunen dit voorstel.");
}

#[tokio::test]
async fn a_clientondersteuner_with_many_clients_reads_them_a_page_at_a_time() {
    let mut app = TestApp::new().await;
    ondersteuner_met_31_mensen(&app).await;
    app.sign_in("ondersteuner@example.nl").await;
    let een = app.get("/clienten").await;
    assert_eq!(een.status, StatusCode::OK);
    let namen = een.texts(".loket-client h3");
    let verwacht: Vec<String> = (0..25).map(|i| format!("Aa Cliënt {i:03}")).collect();
    assert_eq!(namen, verwacht, "by name, 25 a page");
    assert_eq!(
        een.attrs("nav.loket-paginering", "aria-label")[0],
        "Pagina's met mensen die u helpt"
    );
    assert_eq!(
        een.texts("nav.loket-paginering a[aria-current=page]"),
        ["1"]
    );
    let twee = app.get("/clienten?pagina=2").await;
    let namen2 = twee.texts(".loket-client h3");
    assert_eq!(namen2.len(), 6, "{namen2:?}");
    assert_eq!(
        namen2[..5],
        [
            "Aa Cliënt 025",
            "Aa Cliënt 026",
            "Aa Cliënt 027",
            "Aa Cliënt 028",
            "Aa Cliënt 029"
        ]
    );
    // The demo's client, with her case and its next date, is on the second page.
    let bewoner = persoon_id(&app, "bewoner@example.nl").await;
    assert!(twee.body.contains(&bewoner), "acting for her is offered");
    assert!(
        !twee.texts(".loket-client table").is_empty(),
        "her cases are shown"
    );
    assert!(een.texts(".loket-client table").is_empty());

    // A client who changes their name moves on the list at once: the list is sorted by a name kept on each
    // machtiging, and that copy follows the person.
    app.sign_in("client029@example.nl").await;
    let r = app
        .post(
            "/mijn-gegevens",
            &[("naam", "Aa Aaa Cliënt"), ("taal", "nl")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.sign_in("ondersteuner@example.nl").await;
    let een = app.get("/clienten").await;
    let namen = een.texts(".loket-client h3");
    assert_eq!(namen[..2], ["Aa Aaa Cliënt", "Aa Cliënt 000"]);
    assert_eq!(namen.len(), 25);
}

/// A client without a name of their own who gave the cliëntondersteuner two machtigingen, each with the name the
/// helper knows them by, shows once on the list, under the first of those names, and counts once; a search finds
/// them by the other name too. A client with a name of their own and two machtigingen also shows once.
#[tokio::test]
async fn a_client_with_two_machtigingen_shows_once_under_the_first_name() {
    let mut app = TestApp::new().await;
    ondersteuner_met_31_mensen(&app).await;
    let rechten = Rechten {
        bekijken: true,
        indienen: false,
        post: false,
    };
    let tweede = machtig(
        &app,
        "client005@example.nl",
        "ondersteuner@example.nl",
        Soort::Gemachtigde,
        rechten,
    )
    .await;
    sqlx::query(
        "UPDATE machtigingen SET naam = CASE WHEN id = $1 THEN 'Aa Cliënt 005 b' ELSE 'Aa Cliënt 005 a' END \
         WHERE inwoner_id = 'client-005'",
    )
    .bind(&tweede)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    sqlx::query("UPDATE personen SET naam = NULL WHERE id = 'client-005'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    machtig(
        &app,
        "client006@example.nl",
        "ondersteuner@example.nl",
        Soort::Gemachtigde,
        rechten,
    )
    .await;
    app.sign_in("ondersteuner@example.nl").await;
    let een = app.get("/clienten").await;
    let namen = een.texts(".loket-client h3");
    assert_eq!(namen.len(), 25);
    assert_eq!(
        namen[4..8],
        [
            "Aa Cliënt 004",
            "Aa Cliënt 005 a",
            "Aa Cliënt 006",
            "Aa Cliënt 007"
        ]
    );
    let twee = app.get("/clienten?pagina=2").await;
    assert_eq!(twee.texts(".loket-client h3").len(), 6, "31 people in all");
    assert!(!een.body.contains("005 b") && !twee.body.contains("005 b"));
    let gevonden = app.get("/namens?zoek=005+b").await;
    assert_eq!(te_kiezen(&gevonden), ["Namens Aa Cliënt 005 b"]);
}

/// The demo, and 30 more people ("Aa Cliënt 000" to "Aa Cliënt 029", a minute apart) who give the demo's
/// cliëntondersteuner a machtiging: 31 in all, the demo's resident the first.
async fn ondersteuner_met_31_mensen(app: &TestApp) {
    loket::demo::vul(&app.state).await.unwrap();
    for i in 0..30 {
        app.clock.advance(Duration::minutes(1));
        sqlx::query(
            "INSERT INTO personen (id, email, taal, rol, aangemaakt_op, naam) VALUES ($1, $2, 'nl', 'inwoner', $3, $4)",
        )
        .bind(format!("client-{i:03}"))
        .bind(format!("client{i:03}@example.nl"))
        .bind(loket::db::ts(app.clock.now()))
        .bind(format!("Aa Cliënt {i:03}"))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
        machtig(
            app,
            &format!("client{i:03}@example.nl"),
            "ondersteuner@example.nl",
            Soort::Clientondersteuner,
            Rechten {
                bekijken: true,
                indienen: false,
                post: false,
            },
        )
        .await;
    }
}

/// The people one may choose on `/namens`: the text of each button to act for someone.
fn te_kiezen(page: &TestResponse) -> Vec<String> {
    page.texts("main form[method=post][action='/namens'] button")
        .into_iter()
        .filter(|t| t != "Voor mijzelf")
        .collect()
}

#[tokio::test]
async fn a_helper_with_many_people_chooses_for_whom_a_page_at_a_time() {
    let mut app = TestApp::new().await;
    ondersteuner_met_31_mensen(&app).await;
    app.sign_in("ondersteuner@example.nl").await;

    let een = app.get("/namens").await;
    assert_eq!(een.status, StatusCode::OK);
    let verwacht: Vec<String> = (0..25)
        .map(|i| format!("Namens Aa Cliënt {i:03}"))
        .collect();
    assert_eq!(te_kiezen(&een), verwacht, "by name, 25 a page");
    assert_eq!(nu_gekozen(&een), ["U werkt nu: Voor mijzelf"]);
    assert_eq!(
        een.attrs("nav.loket-paginering", "aria-label"),
        ["Pagina's met mensen voor wie u kunt werken"]
    );
    assert_eq!(
        een.texts("nav.loket-paginering a[aria-current=page]"),
        ["1"]
    );
    assert_eq!(
        een.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/namens?pagina=2"]
    );
    assert_eq!(
        een.attrs("form[method=get] input[name=zoek]", "name").len(),
        1
    );

    let twee = app.get("/namens?pagina=2").await;
    let namen2 = te_kiezen(&twee);
    assert_eq!(namen2.len(), 6, "{namen2:?}");
    assert_eq!(namen2[..5], verwacht_namens(25..30));
    assert_eq!(nu_gekozen(&twee), ["U werkt nu: Voor mijzelf"]);
    assert_eq!(
        twee.attrs("nav.loket-paginering a[rel=prev]", "href"),
        ["/namens"]
    );
    assert_eq!(
        te_kiezen(&app.get("/namens?pagina=9").await),
        namen2,
        "a page past the end is the last page"
    );

    // The demo's resident, on page 2, is chosen there: from then on the helper acts for her.
    let bewoner = persoon_id(&app, "bewoner@example.nl").await;
    let keuzes = twee.attrs(
        "main form[method=post][action='/namens'] input[name=voor]",
        "value",
    );
    assert!(keuzes.contains(&bewoner), "{keuzes:?}");
    let terug = twee.attrs(
        "main form[method=post][action='/namens'] input[name=terug]",
        "value",
    );
    assert!(terug.iter().all(|t| t == "/mijn-loket"), "{terug:?}");
    let naam = namen2[5].trim_start_matches("Namens ").to_owned();
    let response = app
        .post("/namens", &[("voor", &bewoner), ("terug", "/mijn-loket")])
        .await;
    assert_eq!(response.location(), "/mijn-loket");
    let loket = app.get("/mijn-loket").await;
    assert!(
        loket
            .text(".loket-namensbalk")
            .contains(&format!("U werkt nu namens {naam}")),
        "{}",
        loket.body
    );
    // Page 1 still says for whom she acts, and offers acting for herself.
    let een = app.get("/namens").await;
    assert_eq!(nu_gekozen(&een), [format!("U werkt nu: Namens {naam}")]);
    assert!(
        een.texts("main button")
            .contains(&"Voor mijzelf".to_string())
    );
    assert_eq!(te_kiezen(&een).len(), 25);
    // On page 2 she is shown as the one acted for, not as a choice.
    let twee = app.get("/namens?pagina=2").await;
    assert_eq!(te_kiezen(&twee).len(), 5);
    assert_eq!(nu_gekozen(&twee), [format!("U werkt nu: Namens {naam}")]);
}

/// What `/namens` says the person acts for now.
fn nu_gekozen(page: &TestResponse) -> Vec<String> {
    page.texts("main p strong")
        .into_iter()
        .filter(|t| t.starts_with("U werkt nu"))
        .collect()
}

fn verwacht_namens(nummers: std::ops::Range<usize>) -> Vec<String> {
    nummers
        .map(|i| format!("Namens Aa Cliënt {i:03}"))
        .collect()
}

#[tokio::test]
async fn a_helper_with_many_people_finds_one_by_part_of_the_name() {
    let mut app = TestApp::new().await;
    ondersteuner_met_31_mensen(&app).await;
    app.sign_in("ondersteuner@example.nl").await;

    let gevonden = app.get("/namens?zoek=nt+017").await;
    assert_eq!(gevonden.status, StatusCode::OK);
    assert_eq!(te_kiezen(&gevonden), ["Namens Aa Cliënt 017"]);
    assert_eq!(
        gevonden.attrs("input[name=zoek]", "value"),
        ["nt 017"],
        "the search stays in its field"
    );
    assert!(
        gevonden
            .attrs("nav.loket-paginering", "aria-label")
            .is_empty()
    );
    assert!(
        gevonden
            .attrs("main a", "href")
            .contains(&"/namens".to_string())
    );
    // In any case, and the one found can be chosen.
    let hoofd = app.get("/namens?zoek=CLI%C3%8BNT%20017").await;
    assert_eq!(te_kiezen(&hoofd), ["Namens Aa Cliënt 017"]);
    let voor = hoofd.attrs(
        "main form[method=post][action='/namens'] input[name=voor]",
        "value",
    );
    assert_eq!(voor.last().map(String::as_str), Some("client-017"));
    let response = app
        .post(
            "/namens",
            &[("voor", "client-017"), ("terug", "/mijn-loket")],
        )
        .await;
    assert_eq!(response.location(), "/mijn-loket");
    assert!(
        app.get("/mijn-loket")
            .await
            .text(".loket-namensbalk")
            .contains("U werkt nu namens Aa Cliënt 017")
    );

    // A search with more than a page keeps itself in the page links. The one acted for now is shown as such.
    let veel = app.get("/namens?zoek=cli%C3%ABnt").await;
    let mut verwacht = verwacht_namens(0..25);
    verwacht.retain(|n| n != "Namens Aa Cliënt 017");
    assert_eq!(te_kiezen(&veel), verwacht);
    assert_eq!(nu_gekozen(&veel), ["U werkt nu: Namens Aa Cliënt 017"]);
    assert_eq!(
        veel.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/namens?zoek=cli%C3%ABnt&pagina=2"]
    );
    let veel2 = app.get("/namens?zoek=cli%C3%ABnt&pagina=2").await;
    assert_eq!(te_kiezen(&veel2), verwacht_namens(25..30));

    // The wildcards of SQL are only themselves.
    for zoek in ["%25", "_", "%5C"] {
        let niets = app.get(&format!("/namens?zoek={zoek}")).await;
        assert_eq!(niets.status, StatusCode::OK);
        assert!(te_kiezen(&niets).is_empty(), "{zoek}");
        assert!(
            niets.text("main").contains("We vinden niemand met"),
            "{zoek}"
        );
    }

    // Someone with few people to choose from gets no search.
    app.clear_cookies();
    app.sign_in("client003@example.nl").await;
    let weinig = app.get("/namens").await;
    assert!(weinig.attrs("input[name=zoek]", "name").is_empty());
    assert!(
        weinig
            .attrs("nav.loket-paginering", "aria-label")
            .is_empty()
    );
}

#[tokio::test]
async fn a_helper_with_many_machtigingen_sees_them_a_page_at_a_time() {
    let mut app = TestApp::new().await;
    ondersteuner_met_31_mensen(&app).await;
    app.sign_in("ondersteuner@example.nl").await;

    let een = app.get("/machtigingen").await;
    assert_eq!(een.status, StatusCode::OK);
    let namen = een.texts("main li h3 a");
    let nieuwste: Vec<String> = (5..30).rev().map(|i| format!("Aa Cliënt {i:03}")).collect();
    assert_eq!(namen, nieuwste, "newest first, 25 a page");
    assert_eq!(
        een.attrs("nav.loket-paginering", "aria-label"),
        ["Pagina's met machtigingen die u heeft gekregen"]
    );
    assert_eq!(
        een.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/machtigingen?pagina=2"]
    );
    assert!(een.attrs("main a", "href").contains(&"/namens".to_string()));

    let twee = app.get("/machtigingen?pagina=2").await;
    let namen2 = twee.texts("main li h3 a");
    assert_eq!(namen2.len(), 6, "{namen2:?}");
    let oudste: Vec<String> = (0..5).rev().map(|i| format!("Aa Cliënt {i:03}")).collect();
    assert_eq!(namen2[..5], oudste);
    assert!(
        !namen.contains(&namen2[5]),
        "the demo's resident, the oldest"
    );
    assert_eq!(
        twee.texts("nav.loket-paginering a[aria-current=page]"),
        ["2"]
    );
    assert_eq!(
        twee.attrs("nav.loket-paginering a[rel=prev]", "href"),
        ["/machtigingen"]
    );
    let ver = app.get("/machtigingen?pagina=40").await;
    assert_eq!(
        ver.texts("main li h3 a"),
        namen2,
        "past the end: the last page"
    );
}

const CONSULENT: &str = "consulent@gemeente.example";

async fn consulent(app: &TestApp) -> Person {
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    Person {
        id: sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
            .bind(CONSULENT)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap(),
        email: CONSULENT.into(),
        taal: loket::i18n::Lang::Nl,
        rol: Rol::Medewerker,
        naam: Some("Sanne Visser".into()),
        organisatie: None,
    }
}

async fn stap(app: &TestApp, wie: &Person, melding_id: &str, gebeurtenis: Gebeurtenis) {
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, melding_id)
        .await
        .unwrap()
        .unwrap();
    zaken::vastleggen(&app.state, &melding, wie, None, |_| gebeurtenis)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_besluit_recorded_by_staff_changes_the_waiting_time_on_the_melding_page() {
    let mut app = TestApp::new().await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(
            app.submitted_melding(&format!("inwoner{i}@example.nl"))
                .await,
        );
    }
    let c = consulent(&app).await;
    app.clock.advance(Duration::days(40));
    for id in &ids {
        stap(
            &app,
            &c,
            id,
            Gebeurtenis::Aanvraag {
                ontvangen_op: date!(2026 - 12 - 14),
                voorzieningen: vec![Voorziening::Vervoer],
            },
        )
        .await;
    }
    let zin = "In de afgelopen maanden duurde het meestal 5 weken tot er een besluit was.";
    // Four besluiten: too few to say anything, and the page keeps that.
    for id in &ids[..4] {
        stap(
            &app,
            &c,
            id,
            Gebeurtenis::Besluit {
                verzonden_op: date!(2026 - 12 - 28),
                regels: vec![loket::zaken::domain::BesluitRegel {
                    voorziening: Voorziening::Vervoer,
                    omschrijving: "Vervoer".into(),
                    uitkomst: loket::zaken::domain::Uitkomst::Toegekend,
                    vorm: None,
                    ingangsdatum: None,
                    einddatum: None,
                    omvang: String::new(),
                    aanbieder: String::new(),
                    kostprijs: None,
                    eigen_bijdrage: None,
                    pgb_bedrag: None,
                    pgb_berekening: String::new(),
                    reden: "Nodig".into(),
                }],
                motivering: "Zie verslag".into(),
                document_id: None,
            },
        )
        .await;
    }
    let voor = app.get("/melding").await;
    assert!(!voor.body.contains(zin), "{}", voor.text("main"));
    assert!(!voor.body.contains("Dit cijfer is van"));
    // The fifth besluit, through the staff pages.
    app.sign_in(CONSULENT).await;
    let zaak = format!("/medewerker/zaak/{}", ids[4]);
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    let besluit: Vec<(&str, &str)> = vec![
        ("verzonden_op-dag", "28"),
        ("verzonden_op-maand", "12"),
        ("verzonden_op-jaar", "2026"),
        ("r1-omschrijving", "Vervoer"),
        ("r1-uitkomst", "afgewezen"),
        ("r1-reden", "U kunt met de bus."),
        ("motivering", "Zie het verslag."),
    ];
    let response = app
        .post_multipart(&format!("{zaak}/besluit"), &besluit, None)
        .await;
    assert_eq!(
        response.location(),
        format!("{zaak}?klaar=besluit"),
        "{}",
        response.text("main")
    );
    let na = app.get("/melding").await;
    assert!(na.body.contains(zin), "{}", na.text("main"));
    assert!(
        na.body.contains("Dit cijfer is van "),
        "the page says when it was computed"
    );
}

#[tokio::test]
async fn a_queue_of_more_than_a_thousand_cases_is_not_counted_to_the_end() {
    let mut app = TestApp::new().await;
    let op = loket::db::ts(app.clock.now());
    sqlx::query(
        "INSERT INTO zaken (id, regeling, referentie, naam, fase, laatste_volgnummer, ingediend_op, \
         termijn_vanaf, bijgewerkt_op) \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1010) \
         SELECT 'meer-' || (10000 + i), 'uitdaagrecht', 'UR-MEER-' || (10000 + i), 'Buurt', 'ontvangen', 0, $1, NULL, $1 \
         FROM n",
    )
    .bind(&op)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    app.add_staff("medewerker@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("medewerker@gemeente.example").await;
    let een = app.get("/medewerker").await;
    assert_eq!(een.status, StatusCode::OK);
    assert_eq!(een.text("caption"), "Open zaken: meer dan 1000");
    assert_eq!(referenties(&een).len(), 25);
    assert_eq!(
        een.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/medewerker?pagina=2"]
    );
    // The last page (41) has 10 cases and no next page.
    let laatste = app.get("/medewerker?pagina=41").await;
    assert_eq!(referenties(&laatste).len(), 10);
    assert_eq!(referenties(&laatste)[9], "UR-MEER-11010");
    assert!(
        laatste
            .attrs("nav.loket-paginering a[rel=next]", "href")
            .is_empty()
    );
    assert_eq!(
        laatste.texts("nav.loket-paginering a[aria-current=page]"),
        ["41"]
    );
    let ver = app.get("/medewerker?pagina=50").await;
    assert_eq!(ver.status, StatusCode::OK);
}

#[tokio::test]
async fn the_organisations_open_requests_have_a_page_of_their_own_a_page_at_a_time() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let organisatie = app.state.gemeente.clientondersteuning[0].id.clone();
    let bewoner = persoon_id(&app, "bewoner@example.nl").await;
    // The demo's own open requests come first: they are older.
    let demo: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE organisatie_id = $1 AND ondersteuner_id IS NULL",
    )
    .bind(&organisatie)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let demo = usize::try_from(demo).unwrap();
    assert!(demo < 25);
    // 27 open requests of the organisation, a minute apart: "CO-TEST-00" the oldest.
    for i in 0..27 {
        app.clock.advance(Duration::minutes(1));
        sqlx::query(
            "INSERT INTO clientondersteuning_verzoeken (id, persoon_id, referentie, sleutel, voor_wie, \
             organisatie_id, toegankelijkheid, aangemaakt_op) VALUES ($1, $2, $3, $1, 'zelf', $4, 'geen', $5)",
        )
        .bind(format!("verzoek-{i:02}"))
        .bind(&bewoner)
        .bind(format!("CO-TEST-{i:02}"))
        .bind(&organisatie)
        .bind(loket::db::ts(app.clock.now()))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
    app.sign_in("ondersteuner@example.nl").await;

    // The dashboard links its three parts; the open requests are not on it.
    let dashboard = app.get("/clienten").await;
    assert_eq!(
        dashboard.attrs("nav.loket-onderdelen a", "href"),
        ["/clienten", "/clienten/verzoeken", "/clienten/open"]
    );
    assert_eq!(
        dashboard.attrs("nav.loket-onderdelen a[aria-current=page]", "href"),
        ["/clienten"]
    );
    assert!(dashboard.texts(".loket-verzoek").is_empty());

    let een = app.get("/clienten/open").await;
    assert_eq!(een.status, StatusCode::OK);
    assert_eq!(een.text("h1"), "Vragen om hulp");
    let titels = een.texts(".loket-verzoek h2");
    assert_eq!(titels.len(), 25, "{titels:?}");
    assert!(
        titels[demo].contains("CO-TEST-00"),
        "the oldest first: {titels:?}"
    );
    assert_eq!(
        een.attrs("nav.loket-paginering a[rel=next]", "href"),
        ["/clienten/open?pagina=2"]
    );
    let twee = app.get("/clienten/open?pagina=2").await;
    let titels = twee.texts(".loket-verzoek h2");
    assert_eq!(titels.len(), demo + 2, "{titels:?}");
    assert!(titels[demo + 1].contains("CO-TEST-26"), "{titels:?}");
    assert_eq!(
        twee.attrs("form[action$=oppakken]", "action")[demo + 1],
        "/clienten/verzoek/verzoek-26/oppakken"
    );
    // Past the end: the last page.
    let ver = app.get("/clienten/open?pagina=9").await;
    assert_eq!(
        ver.texts(".loket-verzoek h2"),
        twee.texts(".loket-verzoek h2")
    );

    // Taken from page 2, the request moves to her own requests, with a word of what happened.
    let genomen = app.post("/clienten/verzoek/verzoek-26/oppakken", &[]).await;
    assert_eq!(genomen.location(), "/clienten/verzoeken?klaar=opgepakt");
    let mijn = app.get(genomen.location()).await;
    assert!(
        mijn.text(".loket-banner")
            .contains("U helpt deze persoon nu")
    );
    assert!(mijn.text(".loket-mijn-verzoek h2").contains("CO-TEST-26"));
    assert_eq!(
        app.get("/clienten/open?pagina=2")
            .await
            .texts(".loket-verzoek h2")
            .len(),
        demo + 1
    );
}

#[tokio::test]
async fn a_thousand_own_requests_and_more_keep_their_numbered_pages() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let organisatie = app.state.gemeente.clientondersteuning[0].id.clone();
    let bewoner = persoon_id(&app, "bewoner@example.nl").await;
    let helper = persoon_id(&app, "ondersteuner@example.nl").await;
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001) \
         INSERT INTO clientondersteuning_verzoeken (id, persoon_id, referentie, sleutel, voor_wie, \
         organisatie_id, toegankelijkheid, aangemaakt_op, ondersteuner_id) \
         SELECT 'veel-' || i, $1, 'CO-VEEL-' || i, 'veel-' || i, 'zelf', $2, 'geen', $3, $4 FROM n",
    )
    .bind(&bewoner)
    .bind(&organisatie)
    .bind(loket::db::ts(app.clock.now()))
    .bind(&helper)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let aantal: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE ondersteuner_id = $1",
    )
    .bind(&helper)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert!(aantal > 1000);
    let laatste = (aantal + 24) / 25;
    app.sign_in("ondersteuner@example.nl").await;
    let een = app.get("/clienten/verzoeken").await;
    assert_eq!(een.texts(".loket-mijn-verzoek").len(), 25);
    let links = een.attrs("nav.loket-paginering a", "href");
    for pad in [
        "/clienten/verzoeken?pagina=2".to_owned(),
        format!("/clienten/verzoeken?pagina={laatste}"),
    ] {
        assert!(links.contains(&pad), "{pad}: {links:?}");
    }
    let laatst = app
        .get(&format!("/clienten/verzoeken?pagina={laatste}"))
        .await;
    assert_eq!(
        laatst.texts(".loket-mijn-verzoek").len() as i64,
        aantal - (laatste - 1) * 25
    );
}
