//! Cliëntondersteuners: the beheerder makes their accounts, they land on a dashboard of their clients' cases,
//! take requests for cliëntondersteuning once, see a dossier only with the resident's permission, and never
//! reach the back office. The default profile (Lansingerland) has one organisation, `gemeente`.

use axum::http::StatusCode;
use loket::zaken::domain::{Gebeurtenis, Voorziening};
use time::macros::date;

use crate::support::{
    Options, TestApp, TestResponse, fresh_database_url, gesprek_gepland, mail_text,
};

const BEWONER: &str = "bewoner@example.nl";
const BEHEERDER: &str = "beheerder@gemeente.example";
const FATIMA: (&str, &str) = ("fatima@ondersteuning.example", "Fatima El Amrani");
const KEES: (&str, &str) = ("kees@ondersteuning.example", "Kees Bakker");
const BEHEER: &str = "/medewerker/beheer/clientondersteuners";

/// Adds a cliëntondersteuner of `gemeente` with the code of `loket clientondersteuner toevoegen`.
async fn ondersteuner(app: &TestApp, (email, naam): (&str, &str)) {
    let args: Vec<String> = [email, "--naam", naam, "--organisatie", "gemeente"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let nieuw = loket::clientondersteuners::opdracht::lees(&args).unwrap();
    loket::clientondersteuners::opdracht::toevoegen(&app.state, &nieuw)
        .await
        .unwrap();
}

async fn als(app: &mut TestApp, email: &str) {
    app.clear_cookies();
    app.sign_in(email).await;
}

/// The resident files a melding and asks the organisation for cliëntondersteuning from it, allowing the
/// dossier to be seen or not. Returns (melding id, request id). The resident stays signed in.
/// What a resident may write with a request: it can hold health details.
const NOTITIE: &str = "Ik heb MS en kan slecht lopen.";

async fn verzoek(app: &mut TestApp, inzage: bool) -> (String, String) {
    app.clear_cookies();
    let melding = app.submitted_melding(BEWONER).await;
    let form = app
        .get(&format!("/clientondersteuning/aanvragen?melding={melding}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        form.attrs("input[name=inzage]", "value"),
        ["ja"],
        "the form asks whether the dossier may be seen"
    );
    let sleutel = form.attrs("input[name=sleutel]", "value").pop().unwrap();
    let mut fields = vec![
        ("sleutel", sleutel.as_str()),
        ("melding", melding.as_str()),
        ("voor-wie", "zelf"),
        ("organisatie", "gemeente"),
        ("telefoon", "06 12345678"),
        ("email", BEWONER),
        ("toegankelijkheid", "geen"),
        ("notitie", NOTITIE),
    ];
    if inzage {
        fields.push(("inzage", "ja"));
    }
    let response = app.post("/clientondersteuning/aanvragen", &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let id = response
        .location()
        .trim_start_matches("/clientondersteuning/")
        .to_owned();
    (melding, id)
}

fn oppak_pad(id: &str) -> String {
    format!("/clienten/verzoek/{id}/oppakken")
}

async fn referentie(app: &TestApp, melding: &str) -> String {
    sqlx::query_scalar("SELECT referentie FROM meldingen WHERE id = $1")
        .bind(melding)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn persoon(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The messages that arrived since `before`, after a pass of the mail worker.
async fn nieuwe_mails(app: &TestApp, before: usize) -> Vec<String> {
    app.deliver_mail().await;
    app.mails().split_off(before)
}

fn fouten(page: &TestResponse) -> Vec<String> {
    page.attrs(".loket-error-summary a", "href")
}

#[tokio::test]
async fn the_beheerder_adds_an_account_and_the_new_clientondersteuner_lands_on_the_dashboard() {
    let mut app = TestApp::new().await;
    app.add_staff(BEHEERDER, "Bram de Boer", true).await;
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    als(&mut app, BEHEERDER).await;
    let wachtrij = app.get("/medewerker").await;
    assert!(
        wachtrij
            .attrs("main a", "href")
            .contains(&BEHEER.to_owned())
    );
    let lijst = app.get(BEHEER).await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert_eq!(lijst.texts("main h2")[0], "Gemeente Lansingerland");

    let leeg = app.post(BEHEER, &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fouten(&leeg), ["#email", "#naam", "#organisatie"]);

    let fout = app
        .post(
            BEHEER,
            &[
                ("email", "fatima@"),
                ("naam", FATIMA.1),
                ("organisatie", "gemeente"),
            ],
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fouten(&fout), ["#email"]);
    assert_eq!(fout.attrs("input[name=email]", "value"), ["fatima@"]);
    assert_eq!(fout.attrs("input[name=naam]", "value"), [FATIMA.1]);
    assert!(fout.text("#email-fout").contains("e-mailadres"));

    let staf = app
        .post(
            BEHEER,
            &[
                ("email", "consulent@gemeente.example"),
                ("naam", "Sanne"),
                ("organisatie", "gemeente"),
            ],
        )
        .await;
    assert_eq!(staf.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(staf.text("#email-fout").contains("medewerker"));

    let goed = app
        .post(
            BEHEER,
            &[
                ("email", FATIMA.0),
                ("naam", FATIMA.1),
                ("organisatie", "gemeente"),
            ],
        )
        .await;
    assert_eq!(goed.status, StatusCode::SEE_OTHER);
    let lijst = app.get(goed.location()).await;
    assert!(lijst.text(".loket-banner").contains("klaar"));
    let rijen = lijst.texts("table.loket-table tbody tr");
    assert_eq!(rijen.len(), 1);
    assert!(rijen[0].contains(FATIMA.1) && rijen[0].contains(FATIMA.0));

    app.clear_cookies();
    let link = app.request_sign_in_link(FATIMA.0).await;
    let binnen = app.post(&link, &[]).await;
    assert_eq!(binnen.location(), "/clienten");
    let dashboard = app.get("/clienten").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert_eq!(dashboard.text("h1"), "Uw cliënten");
    assert!(dashboard.text("main").contains("Gemeente Lansingerland"));
}

#[tokio::test]
async fn a_request_is_taken_once_and_with_permission_the_case_shows_with_its_deadline() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    ondersteuner(&app, KEES).await;
    let (melding, id) = verzoek(&mut app, true).await;
    let referentie = referentie(&app, &melding).await;
    gesprek_gepland(&app, &melding).await;

    // The organisation's mail says a note waits in the portal; the note itself goes into no mail.
    app.deliver_mail().await;
    let mails = app.mails();
    assert!(
        mails
            .iter()
            .all(|m| !crate::support::mail_text(m).contains("slecht lopen"))
    );
    assert!(
        mails
            .iter()
            .any(|m| crate::support::mail_text(m).contains("Dat bericht staat in het loket")),
        "{mails:?}"
    );

    als(&mut app, FATIMA.0).await;
    let dashboard = app.get("/clienten/open").await;
    assert!(
        dashboard.text("main").contains(NOTITIE),
        "{}",
        dashboard.body
    );
    assert_eq!(
        dashboard.attrs("form[action$=oppakken]", "action"),
        [oppak_pad(&id)]
    );
    assert!(dashboard.text(".loket-verzoek").contains("06 12345678"));
    let mails = app.mails().len();
    let genomen = app.post(&oppak_pad(&id), &[]).await;
    assert_eq!(genomen.status, StatusCode::SEE_OTHER);
    let dashboard = app.get(genomen.location()).await;
    assert!(
        dashboard
            .text(".loket-banner")
            .contains("U helpt deze persoon nu")
    );
    assert!(
        dashboard
            .attrs("form[action$=oppakken]", "action")
            .is_empty()
    );

    // The client and the case, with its next deadline, and the buttons to act for the client.
    let dashboard = app.get("/clienten").await;
    let bewoner = persoon(&app, BEWONER).await;
    assert_eq!(dashboard.texts(".loket-client h3"), [BEWONER]);
    let rij = dashboard.text(".loket-client tbody tr");
    assert!(rij.contains(&referentie), "{rij}");
    assert!(rij.contains("1 december 2026"), "the gesprek: {rij}");
    assert!(
        dashboard
            .attrs("form[action='/namens'] input[name=voor]", "value")
            .iter()
            .all(|v| *v == bewoner)
    );
    let terug = dashboard.attrs("form[action='/namens'] input[name=terug]", "value");
    assert_eq!(
        terug,
        ["/mijn-loket".to_owned(), format!("/melding/{melding}")]
    );

    // A colleague clicking afterwards does not take it over.
    als(&mut app, KEES.0).await;
    let tweede = app.post(&oppak_pad(&id), &[]).await;
    assert_eq!(tweede.location(), "/clienten/open?klaar=al-opgepakt");
    let kees = app.get(tweede.location()).await;
    assert!(kees.text(".loket-banner").contains("collega"));
    assert!(app.get("/clienten").await.texts(".loket-client").is_empty());
    let wie: String = sqlx::query_scalar(
        "SELECT p.naam FROM clientondersteuning_verzoeken v JOIN personen p ON p.id = v.ondersteuner_id \
         WHERE v.id = $1",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(wie, FATIMA.1);

    // The machtiging: view only, for a year, on the ground of the request.
    let (soort, grond, indienen, tot): (String, String, i64, String) = sqlx::query_as(
        "SELECT soort, grond, indienen, geldig_tot FROM machtigingen WHERE inwoner_id = $1 AND status = 'actief'",
    )
    .bind(&bewoner)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (soort.as_str(), grond.as_str(), indienen, tot.as_str()),
        ("clientondersteuner", "verzoek", 0, "2027-11-23")
    );

    // The resident's mail: who helps, where to end it, and nothing about their health.
    let nieuw = nieuwe_mails(&app, mails).await;
    let mail = nieuw
        .iter()
        .map(|m| mail_text(m))
        .find(|m| m.contains(&format!("To: {BEWONER}")))
        .expect("a mail to the resident");
    assert!(mail.contains("Fatima El Amrani helpt u"), "{mail}");
    assert!(mail.contains("Gemeente Lansingerland"), "{mail}");
    assert!(mail.contains("/machtigingen"), "{mail}");
    assert!(
        !mail.contains("trap") && !mail.contains("Douchen"),
        "{mail}"
    );

    // The resident's confirmation names who took it.
    als(&mut app, BEWONER).await;
    let bevestiging = app.get(&format!("/clientondersteuning/{id}")).await;
    assert!(
        bevestiging
            .text("main")
            .contains("Fatima El Amrani van Gemeente Lansingerland helpt u"),
        "{}",
        bevestiging.text("main")
    );
}

#[tokio::test]
async fn without_permission_the_client_does_not_appear() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    let (_, id) = verzoek(&mut app, false).await;
    als(&mut app, FATIMA.0).await;
    let mails = app.mails().len();
    let genomen = app.post(&oppak_pad(&id), &[]).await;
    assert_eq!(genomen.location(), "/clienten/verzoeken?klaar=opgepakt");
    let dashboard = app.get("/clienten").await;
    assert!(dashboard.texts(".loket-client").is_empty());
    assert!(dashboard.text("main").contains("U helpt nog niemand"));
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM machtigingen")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let nieuw = nieuwe_mails(&app, mails).await;
    let mail = mail_text(nieuw.iter().find(|m| m.contains(BEWONER)).unwrap());
    assert!(mail.contains("Fatima El Amrani"));
    assert!(!mail.contains("toestemming"), "{mail}");
    assert!(!mail.contains("/machtigingen"), "{mail}");
    assert!(
        mail.contains(&format!("/clientondersteuning/{id}")),
        "{mail}"
    );
}

#[tokio::test]
async fn a_taken_request_stays_under_mijn_verzoeken_with_the_residents_number_and_note() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    ondersteuner(&app, KEES).await;
    let (_, id) = verzoek(&mut app, false).await;
    sqlx::query("UPDATE personen SET naam = 'Gerrit Smit' WHERE email = $1")
        .bind(BEWONER)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    als(&mut app, FATIMA.0).await;
    let voor = app.get("/clienten/verzoeken").await;
    assert!(
        voor.text("main")
            .contains("U heeft nog geen vraag opgepakt")
    );
    assert!(voor.texts(".loket-mijn-verzoek").is_empty());
    app.post(&oppak_pad(&id), &[]).await;

    // The request left the open ones, and stands under "Mijn verzoeken" with how to reach the resident.
    assert!(
        app.get("/clienten/open")
            .await
            .attrs("form[action$=oppakken]", "action")
            .is_empty()
    );
    let dashboard = app.get("/clienten/verzoeken").await;
    assert_eq!(dashboard.text("h1"), "Mijn verzoeken");
    assert_eq!(
        dashboard.attrs("nav.loket-onderdelen a[aria-current=page]", "href"),
        ["/clienten/verzoeken"]
    );
    let mijn = dashboard.texts(".loket-mijn-verzoek");
    assert_eq!(mijn.len(), 1, "{}", dashboard.body);
    for tekst in [
        "Gerrit Smit",
        "06 12345678",
        NOTITIE,
        "U pakte deze vraag op 23 november 2026 op",
        "U mag het dossier niet bekijken",
    ] {
        assert!(mijn[0].contains(tekst), "{tekst}: {}", mijn[0]);
    }
    assert_eq!(
        dashboard.attrs(".loket-mijn-verzoek a[href^='tel:']", "href"),
        ["tel:0612345678"]
    );
    // Without permission to see the dossier, nobody appears under the people she helps with a machtiging.
    assert!(app.get("/clienten").await.texts(".loket-client").is_empty());
    let stap: (String, String) = sqlx::query_as(
        "SELECT soort, door_persoon_id FROM clientondersteuning_stappen WHERE verzoek_id = $1",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(stap, ("opgepakt".to_owned(), persoon(&app, FATIMA.0).await));

    // It is hers: her colleague does not see it as his.
    als(&mut app, KEES.0).await;
    let kees = app.get("/clienten/verzoeken").await;
    assert!(kees.texts(".loket-mijn-verzoek").is_empty());
    assert!(!kees.text("main").contains(NOTITIE));
    assert!(
        !app.get("/clienten/open")
            .await
            .text("main")
            .contains(NOTITIE)
    );
}

#[tokio::test]
async fn with_permission_the_taken_request_and_the_person_both_appear() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    let (_, id) = verzoek(&mut app, true).await;
    als(&mut app, FATIMA.0).await;
    app.post(&oppak_pad(&id), &[]).await;
    let dashboard = app.get("/clienten").await;
    assert_eq!(dashboard.texts(".loket-client h3"), [BEWONER]);
    let mijn = app
        .get("/clienten/verzoeken")
        .await
        .text(".loket-mijn-verzoek");
    assert!(mijn.contains("U mag het dossier bekijken"), "{mijn}");
    assert!(mijn.contains(BEWONER), "{mijn}");
}

#[tokio::test]
async fn the_dashboard_speaks_about_the_client_and_marks_a_late_besluit() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    let (melding, id) = verzoek(&mut app, true).await;
    sqlx::query("UPDATE personen SET naam = 'Gerrit Smit' WHERE email = $1")
        .bind(BEWONER)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    als(&mut app, FATIMA.0).await;
    app.post(&oppak_pad(&id), &[]).await;

    // The aanvraag came in today: the besluit is due within two weeks (Wmo 2015 art. 2.3.5 lid 1).
    let consulent = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let m = loket::meldingen::repo::ingediend(&app.state.db.pool, &melding)
        .await
        .unwrap()
        .unwrap();
    for g in [
        Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        Gebeurtenis::Aanvraag {
            ontvangen_op: date!(2026 - 11 - 23),
            voorzieningen: vec![Voorziening::Begeleiding],
        },
    ] {
        loket::zaken::vastleggen(&app.state, &m, &consulent, None, move |_| g)
            .await
            .unwrap();
    }
    let rij = app.get("/clienten").await.text(".loket-client tbody tr");
    assert!(
        rij.contains("Gerrit Smit krijgt uiterlijk op maandag 7 december 2026 een besluit"),
        "{rij}"
    );
    assert!(!rij.contains("U krijgt"), "{rij}");
    assert!(!rij.contains("te laat"), "{rij}");

    // Past that day, the line says the municipality is late.
    app.clock.advance(time::Duration::days(15));
    als(&mut app, FATIMA.0).await;
    let rij = app.get("/clienten").await.text(".loket-client tbody tr");
    assert!(
        rij.contains("Gerrit Smit krijgt uiterlijk op maandag 7 december 2026 een besluit"),
        "{rij}"
    );
    assert!(rij.contains("De gemeente is te laat"), "{rij}");
}

/// The dashboard keeps each case folded from its steps while the case has no newer step: a step recorded on
/// another instance of the portal (behind the same load balancer, on the same database) shows at the next visit.
#[tokio::test]
async fn a_step_recorded_on_another_instance_shows_on_the_dashboard_at_the_next_visit() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path()).await;
    let options = || Options {
        database_url: Some(url.clone()),
        ..Options::default()
    };
    let mut a = TestApp::with(options()).await;
    let b = TestApp::with(options()).await;
    ondersteuner(&a, FATIMA).await;
    let (melding, id) = verzoek(&mut a, true).await;
    als(&mut a, FATIMA.0).await;
    a.post(&oppak_pad(&id), &[]).await;
    let voor = a.get("/clienten").await.text(".loket-client tbody tr");
    assert!(voor.contains(&referentie(&a, &melding).await), "{voor}");
    assert!(!voor.contains("1 december 2026"), "{voor}");
    assert_eq!(a.state.gevouwen.aantal(), 1, "instance a keeps the case");

    gesprek_gepland(&b, &melding).await;
    let na = a.get("/clienten").await.text(".loket-client tbody tr");
    assert!(na.contains("1 december 2026"), "the gesprek: {na}");
}

#[tokio::test]
async fn a_clientondersteuner_never_reaches_the_back_office() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    let (melding, _) = verzoek(&mut app, true).await;
    als(&mut app, FATIMA.0).await;
    for pad in [
        "/medewerker".to_owned(),
        format!("/medewerker/zaak/{melding}"),
        format!("/medewerker/zaak/{melding}/besluit"),
        BEHEER.to_owned(),
    ] {
        assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    let besluit = app
        .post(&format!("/medewerker/zaak/{melding}/besluit"), &[])
        .await;
    assert_eq!(besluit.status, StatusCode::NOT_FOUND);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = $1")
        .bind(&melding)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

/// The three pages of a cliëntondersteuner's dashboard.
const DASHBOARD: [&str; 3] = ["/clienten", "/clienten/verzoeken", "/clienten/open"];

#[tokio::test]
async fn residents_and_consulenten_do_not_find_these_pages() {
    let mut app = TestApp::new().await;
    ondersteuner(&app, FATIMA).await;
    let (_, id) = verzoek(&mut app, true).await;
    let fatima = persoon(&app, FATIMA.0).await;
    let eind = format!("{BEHEER}/{fatima}/beeindigen");
    // The resident is signed in.
    for pad in DASHBOARD.into_iter().chain([BEHEER, eind.as_str()]) {
        assert_eq!(app.get(pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    assert_eq!(
        app.post(&oppak_pad(&id), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    als(&mut app, "consulent@gemeente.example").await;
    for pad in DASHBOARD.into_iter().chain([BEHEER, eind.as_str()]) {
        assert_eq!(app.get(pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    let toevoegen = app
        .post(
            BEHEER,
            &[
                ("email", KEES.0),
                ("naam", KEES.1),
                ("organisatie", "gemeente"),
            ],
        )
        .await;
    assert_eq!(toevoegen.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.post(&eind, &[("zeker", "ja")]).await.status,
        StatusCode::NOT_FOUND
    );
    app.clear_cookies();
    for pad in DASHBOARD {
        let anoniem = app.get(pad).await;
        assert_eq!(anoniem.status, StatusCode::SEE_OTHER);
        assert!(anoniem.location().starts_with("/inloggen"));
    }
}

#[tokio::test]
async fn an_ended_account_loses_its_dashboard_and_its_machtigingen() {
    let mut app = TestApp::new().await;
    app.add_staff(BEHEERDER, "Bram de Boer", true).await;
    ondersteuner(&app, FATIMA).await;
    let (_, id) = verzoek(&mut app, true).await;
    als(&mut app, FATIMA.0).await;
    app.post(&oppak_pad(&id), &[]).await;
    assert_eq!(app.get("/clienten").await.texts(".loket-client").len(), 1);

    let mut beheer = app.other_browser();
    als(&mut beheer, BEHEERDER).await;
    let lijst = beheer.get(BEHEER).await;
    let eind = lijst.attrs("table.loket-table a", "href").pop().unwrap();
    let vraag = beheer.get(&eind).await;
    assert_eq!(vraag.status, StatusCode::OK);
    assert!(vraag.text("h1").contains(FATIMA.1));
    let leeg = beheer.post(&eind, &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fouten(&leeg), ["#zeker"]);
    let nee = beheer.post(&eind, &[("zeker", "nee")]).await;
    assert_eq!(nee.location(), BEHEER);
    let ja = beheer.post(&eind, &[("zeker", "ja")]).await;
    assert_eq!(ja.status, StatusCode::SEE_OTHER);
    let lijst = beheer.get(ja.location()).await;
    assert!(lijst.text(".loket-banner").contains("beëindigd"));
    assert!(lijst.texts("table.loket-table tbody tr").is_empty());

    // Still signed in, Fatima finds no dashboard any more, and the resident's machtiging has ended.
    assert_eq!(app.get("/clienten").await.status, StatusCode::NOT_FOUND);
    let (rol, organisatie): (String, Option<String>) =
        sqlx::query_as("SELECT rol, organisatie FROM personen WHERE email = $1")
            .bind(FATIMA.0)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((rol.as_str(), organisatie), ("inwoner", None));
    let actief: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM machtigingen WHERE status = 'actief'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(actief, 0);
}

#[tokio::test]
async fn the_command_refuses_an_organisation_the_profile_does_not_have() {
    let app = TestApp::new().await;
    let args: Vec<String> = [
        "x@example.nl",
        "--naam",
        "X",
        "--organisatie",
        "bestaat-niet",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let nieuw = loket::clientondersteuners::opdracht::lees(&args).unwrap();
    let fout = loket::clientondersteuners::opdracht::toevoegen(&app.state, &nieuw)
        .await
        .unwrap_err();
    assert!(fout.contains("gemeente"), "{fout}");
}
