//! Cliëntondersteuning: the public page, the request form, the confirmation and its mails. The default profile
//! is Lansingerland, with one organisation (`gemeente`, info@lansingerland.nl).

use axum::http::StatusCode;

use crate::support::{Options, TestApp, TestResponse, mail_text};

const BEWONER: &str = "bewoner@example.nl";

/// The one-time key of the form on this page.
fn sleutel(page: &TestResponse) -> String {
    page.attrs("input[name=sleutel]", "value")
        .pop()
        .expect("a form key")
}

/// A complete request for oneself, with this form key.
fn voor_mijzelf(sleutel: &str) -> Vec<(&'static str, String)> {
    vec![
        ("sleutel", sleutel.to_owned()),
        ("voor-wie", "zelf".into()),
        ("ander-naam", String::new()),
        ("ander-relatie", String::new()),
        ("organisatie", "gemeente".into()),
        ("telefoon", "06 12345678".into()),
        ("email", BEWONER.into()),
        ("toegankelijkheid", "geen".into()),
        ("tolk-taal", String::new()),
        ("notitie", String::new()),
    ]
}

async fn post(app: &mut TestApp, fields: &[(&str, String)]) -> TestResponse {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post("/clientondersteuning/aanvragen", &fields).await
}

/// Signs in and opens the form.
async fn form(app: &mut TestApp, email: &str) -> TestResponse {
    app.sign_in(email).await;
    let page = app.get("/clientondersteuning/aanvragen").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page
}

async fn rows(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM clientondersteuning_verzoeken")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// Delivers the mail and returns the messages that arrived since `before` messages were there.
async fn new_mails(app: &TestApp, before: usize) -> Vec<String> {
    app.deliver_mail().await;
    app.mails().split_off(before)
}

fn to(mail: &str) -> String {
    mail.lines()
        .find_map(|l| l.strip_prefix("To: "))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[tokio::test]
async fn the_public_page_says_it_is_free_and_names_the_organisations() {
    let mut app = TestApp::new().await;
    let page = app.get("/clientondersteuning").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text("main");
    assert!(main.contains("gratis"), "{main}");
    assert!(main.contains("beslist niet"), "{main}");
    assert_eq!(page.texts("main h3"), ["Gemeente Lansingerland"]);
    assert!(
        page.attrs("main address a", "href")
            .contains(&"mailto:info@lansingerland.nl".to_owned())
    );
    assert!(
        page.attrs("main a", "href")
            .contains(&"/clientondersteuning/aanvragen".to_owned())
    );
    // The jargon is explained: linked to the glossary and in the list at the foot.
    let links = page.attrs("main a", "href");
    for anker in ["clientondersteuning", "mantelzorger", "melding"] {
        assert!(links.contains(&format!("/begrippen#{anker}")), "{anker}");
    }
    assert!(page.text("details").contains("mantelzorger"));
}

#[tokio::test]
async fn placeholders_in_the_profile_are_not_shown() {
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await;
    let page = app.get("/clientondersteuning").await;
    assert_eq!(
        page.texts("main h3"),
        ["Mensenwerk Het Hogeland", "Doventolk", "Stichting Sensoor"]
    );
    assert!(!page.body.contains("IN TE VULLEN"));
}

#[tokio::test]
async fn asking_needs_sign_in() {
    let mut app = TestApp::new().await;
    let page = app.get("/clientondersteuning/aanvragen").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.location(),
        "/inloggen?terug=/clientondersteuning/aanvragen"
    );
    let response = app
        .post("/clientondersteuning/aanvragen", &[("voor-wie", "zelf")])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/inloggen");
}

#[tokio::test]
async fn an_empty_form_gets_every_error_beside_its_field() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    assert_eq!(page.attrs("main form", "novalidate"), [""]);
    assert_eq!(
        page.attrs("#email", "value"),
        [BEWONER],
        "the address is suggested"
    );
    let key = sleutel(&page);

    let response = post(&mut app, &[("sleutel", key.clone())]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text("title").starts_with("Fout: "));
    assert_eq!(
        response.attrs(".loket-error-summary a", "href"),
        [
            "#voor-wie",
            "#organisatie",
            "#telefoon",
            "#toegankelijkheid"
        ]
    );
    assert!(response.text("#voor-wie-fout").contains("Kies voor wie"));
    assert!(
        response
            .text("#telefoon-fout")
            .contains("telefoonnummer of een e-mailadres")
    );
    assert!(
        response
            .text("#organisatie-fout")
            .contains("Kies een organisatie")
    );
    assert_eq!(sleutel(&response), key, "the form keeps its key");
    assert_eq!(rows(&app).await, 0);
}

#[tokio::test]
async fn a_wrong_phone_number_and_address_are_kept_beside_their_errors() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    let mut fields = voor_mijzelf(&sleutel(&page));
    fields[5].1 = "06-12ab".into();
    fields[6].1 = "jan@".into();
    fields[1].1 = "ander".into();
    let response = post(&mut app, &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.attrs(".loket-error-summary a", "href"),
        ["#ander-naam", "#ander-relatie", "#telefoon", "#email"]
    );
    assert_eq!(response.attrs("#telefoon", "value"), ["06-12ab"]);
    assert_eq!(response.attrs("#telefoon", "aria-invalid"), ["true"]);
    assert!(response.text("#telefoon-fout").contains("10 cijfers"));
    assert_eq!(response.attrs("#email", "value"), ["jan@"]);
    assert!(response.text("#email-fout").contains("e-mailadres"));
    // The other answers stay chosen.
    assert_eq!(
        response.attrs("input[name=voor-wie][checked]", "value"),
        ["ander"]
    );
    assert_eq!(
        response.attrs("input[name=organisatie][checked]", "value"),
        ["gemeente"]
    );
    assert_eq!(rows(&app).await, 0);
}

#[tokio::test]
async fn a_request_for_oneself_shows_the_reference_and_sends_two_mails() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    let before = app.mails().len();
    let response = post(&mut app, &voor_mijzelf(&sleutel(&page))).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let confirmation = response.location().to_owned();
    assert!(confirmation.starts_with("/clientondersteuning/"));

    let page = app.get(&confirmation).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), "Wij hebben uw vraag gekregen");
    let referentie = page.text(".loket-panel .loket-referentie");
    assert!(referentie.starts_with("CO-2026-"), "{referentie}");
    let main = page.text("main");
    assert!(
        main.contains("Gemeente Lansingerland neemt binnen een paar werkdagen contact met u op.")
    );
    assert!(main.contains("gratis"));
    assert!(
        page.attrs("main a", "href")
            .contains(&"/mijn-loket".to_owned())
    );

    let mails = new_mails(&app, before).await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    let inwoner = mails
        .iter()
        .find(|m| to(m) == BEWONER)
        .expect("mail to the resident");
    assert!(inwoner.contains(&referentie));
    assert!(inwoner.contains(&format!("http://loket.test{confirmation}")));
    let organisatie = mails
        .iter()
        .find(|m| to(m) == "info@lansingerland.nl")
        .expect("mail to the organisation");
    assert!(organisatie.contains(&referentie));
    assert!(organisatie.contains("06 12345678"));
    assert!(organisatie.contains("Beste collega,"), "{organisatie}");
    assert!(
        !organisatie.contains("Beste inwoner"),
        "the organisation is not greeted as a resident"
    );
    assert!(inwoner.contains("Beste inwoner"));
    assert_eq!(rows(&app).await, 1);

    // Mijn loket lists it.
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.text(".loket-zaken").contains(&referentie),
        "{}",
        mijn.body
    );

    // Mijn loket can list it.
    let persoon: String = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(BEWONER)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let lijst = loket::clientondersteuning::repo::voor_persoon(&app.state.db.pool, &persoon)
        .await
        .unwrap();
    assert_eq!(lijst.len(), 1);
    assert_eq!(lijst[0].referentie, referentie);
    assert_eq!(
        lijst[0].organisatie_naam.as_deref(),
        Some("Gemeente Lansingerland")
    );
    assert_eq!(lijst[0].aangemaakt_op, time::macros::date!(2026 - 11 - 23));
}

#[tokio::test]
async fn a_request_for_someone_else_goes_to_the_municipality_when_it_may_choose() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    let before = app.mails().len();
    let mut fields = voor_mijzelf(&sleutel(&page));
    fields[1].1 = "ander".into();
    fields[2].1 = "Anna de Vries".into();
    fields[3].1 = "mijn moeder".into();
    fields[4].1 = "_gemeente-kiest".into();
    fields[5].1 = String::new();
    fields[7].1 = "tolk".into();
    fields[8].1 = "Arabisch".into();
    fields[9].1 = "Bel liever na 14 uur.".into();
    let response = post(&mut app, &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);

    let page = app.get(response.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text("main");
    assert!(
        main.contains("De gemeente kiest een organisatie voor u."),
        "{main}"
    );
    assert!(main.contains("Anna de Vries (mijn moeder)"), "{main}");
    assert!(main.contains("Ja, een tolk voor Arabisch"), "{main}");
    let referentie = page.text(".loket-referentie");

    let mails = new_mails(&app, before).await;
    assert_eq!(mails.len(), 2);
    let inwoner = mails
        .iter()
        .find(|m| to(m) == BEWONER)
        .expect("mail to the resident");
    assert!(inwoner.contains(&referentie));
    assert!(
        !inwoner.contains("Arabisch"),
        "no details in the resident's mail"
    );
    assert!(!inwoner.contains("14 uur"));
    let gemeente = mails
        .iter()
        .find(|m| to(m) == "info@lansingerland.nl")
        .expect("mail to the municipality");
    for needed in [
        "geen voorkeur",
        "Anna de Vries",
        "Arabisch",
        BEWONER,
        "Dat bericht staat in het loket",
    ] {
        assert!(mail_text(gemeente).contains(needed), "{needed}: {gemeente}");
    }
    // What the resident wrote can hold health details: it stays in the portal.
    assert!(!gemeente.contains("14 uur"), "{gemeente}");
}

const CONSULENT: &str = "consulent@gemeente.example";
const KIEZEN: &str = "/medewerker/clientondersteuning";

/// The resident asks for help with a note and lets the municipality choose; returns the request's id. The
/// resident stays signed in.
async fn gemeente_kiest(app: &mut TestApp) -> String {
    let page = form(app, BEWONER).await;
    let mut fields = voor_mijzelf(&sleutel(&page));
    for (veld, waarde) in fields.iter_mut() {
        match *veld {
            "organisatie" => *waarde = "_gemeente-kiest".into(),
            "notitie" => *waarde = "Bel mij liever na 14 uur.".into(),
            _ => {}
        }
    }
    let response = post(app, &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response
        .location()
        .trim_start_matches("/clientondersteuning/")
        .to_owned()
}

/// A cliëntondersteuner of the profile's organisation `gemeente`, as `loket clientondersteuner toevoegen`
/// makes one.
async fn ondersteuner(app: &TestApp, email: &str, naam: &str) {
    let args: Vec<String> = [email, "--naam", naam, "--organisatie", "gemeente"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let nieuw = loket::clientondersteuners::opdracht::lees(&args).unwrap();
    loket::clientondersteuners::opdracht::toevoegen(&app.state, &nieuw)
        .await
        .unwrap();
}

#[tokio::test]
async fn staff_choose_the_organisation_for_a_resident_who_let_the_municipality_choose() {
    let mut app = TestApp::new().await;
    let consulent = app.add_staff(CONSULENT, "Sanne Visser", false).await;
    ondersteuner(&app, "fatima@ondersteuning.example", "Fatima El Amrani").await;
    let id = gemeente_kiest(&mut app).await;
    let loket = app.get("/mijn-loket").await;
    assert!(loket.text("main").contains("De gemeente kiest wie u helpt"));

    // The organisation's cliëntondersteuners do not see it yet: nobody chose their organisation.
    let mut fatima = app.other_browser();
    fatima.sign_in("fatima@ondersteuning.example").await;
    let pad_oppakken = format!("/clienten/verzoek/{id}/oppakken");
    assert!(
        !fatima
            .get("/clienten/open")
            .await
            .attrs("form[action$=oppakken]", "action")
            .contains(&pad_oppakken)
    );

    // The staff start page links the list, with the count.
    let mut staf = app.other_browser();
    staf.sign_in(CONSULENT).await;
    let start = staf.get("/medewerker").await;
    let link = start.text(&format!("a[href='{KIEZEN}']"));
    assert!(
        link.contains("1 vraag waarbij de gemeente kiest wie helpt"),
        "{link}"
    );
    let lijst = staf.get(KIEZEN).await;
    assert_eq!(lijst.status, StatusCode::OK);
    let pad = format!("{KIEZEN}/{id}");
    assert_eq!(lijst.attrs("tbody a", "href"), std::slice::from_ref(&pad));

    // The request, with what is needed to choose, and the choice.
    let page = staf.get(&pad).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text("main");
    for tekst in ["06 12345678", "Bel mij liever na 14 uur.", BEWONER] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    assert_eq!(
        page.attrs("input[name=wie]", "value"),
        [
            "organisatie:gemeente".to_owned(),
            format!("ondersteuner:{}", {
                sqlx::query_scalar::<_, String>("SELECT id FROM personen WHERE email = $1")
                    .bind("fatima@ondersteuning.example")
                    .fetch_one(&app.state.db.pool)
                    .await
                    .unwrap()
            })
        ]
    );
    let leeg = staf.post(&pad, &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(leeg.attrs(".loket-error-summary a", "href"), ["#wie"]);
    let fout = staf
        .post(&pad, &[("wie", "organisatie:bestaat-niet")])
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);

    let before = app.mails().len();
    let gekozen = staf.post(&pad, &[("wie", "organisatie:gemeente")]).await;
    assert_eq!(gekozen.status, StatusCode::SEE_OTHER, "{}", gekozen.body);
    assert_eq!(gekozen.location(), format!("{KIEZEN}?klaar=gekozen"));

    // It leaves the staff list; a second choice finds it chosen.
    let lijst = staf.get(gekozen.location()).await;
    assert!(lijst.text(".loket-banner").contains("vastgelegd"));
    assert!(lijst.attrs("tbody a", "href").is_empty());
    assert_eq!(staf.get(&pad).await.status, StatusCode::NOT_FOUND);
    let nogmaals = staf.post(&pad, &[("wie", "organisatie:gemeente")]).await;
    assert_eq!(nogmaals.location(), format!("{KIEZEN}?klaar=al-gekozen"));
    assert!(
        staf.get("/medewerker")
            .await
            .text("main")
            .contains("geen vragen waarbij de gemeente kiest")
    );
    let stap: (String, String, String) = sqlx::query_as(
        "SELECT soort, organisatie_id, door_persoon_id FROM clientondersteuning_stappen WHERE verzoek_id = $1",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        stap,
        (
            "gekozen".into(),
            "gemeente".into(),
            consulent.id.to_string()
        )
    );

    // The resident reads who helps, and gets a mail; the organisation gets the request.
    let mails = new_mails(&app, before).await;
    let inwoner = mails
        .iter()
        .map(|m| mail_text(m))
        .find(|m| to(m) == BEWONER)
        .expect("a mail to the resident");
    assert!(
        inwoner.contains("Gemeente Lansingerland helpt u"),
        "{inwoner}"
    );
    assert!(
        inwoner.contains(&format!("/clientondersteuning/{id}")),
        "{inwoner}"
    );
    assert!(!inwoner.contains("14 uur"), "{inwoner}");
    let organisatie = mails
        .iter()
        .map(|m| mail_text(m))
        .find(|m| to(m) == "info@lansingerland.nl")
        .expect("a mail to the organisation");
    assert!(organisatie.contains("06 12345678"), "{organisatie}");
    assert!(!organisatie.contains("geen voorkeur"), "{organisatie}");
    let status = "Gemeente Lansingerland helpt u. De gemeente koos deze organisatie voor u.";
    assert!(app.get("/mijn-loket").await.text("main").contains(status));
    let bevestiging = app.get(&format!("/clientondersteuning/{id}")).await;
    assert!(bevestiging.text("main").contains(status));

    // The organisation's cliëntondersteuners now find it among the open requests.
    let dashboard = fatima.get("/clienten/open").await;
    assert_eq!(
        dashboard.attrs("form[action$=oppakken]", "action"),
        [pad_oppakken]
    );
}

#[tokio::test]
async fn staff_choose_a_clientondersteuner_by_name() {
    let mut app = TestApp::new().await;
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    ondersteuner(&app, "fatima@ondersteuning.example", "Fatima El Amrani").await;
    let fatima_id: String = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind("fatima@ondersteuning.example")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let id = gemeente_kiest(&mut app).await;
    let mut staf = app.other_browser();
    staf.sign_in(CONSULENT).await;
    let before = app.mails().len();
    let gekozen = staf
        .post(
            &format!("{KIEZEN}/{id}"),
            &[("wie", format!("ondersteuner:{fatima_id}").as_str())],
        )
        .await;
    assert_eq!(gekozen.status, StatusCode::SEE_OTHER, "{}", gekozen.body);

    // Her dashboard holds it under "Mijn verzoeken", not among the open ones.
    let mut fatima = app.other_browser();
    fatima.sign_in("fatima@ondersteuning.example").await;
    assert!(
        fatima
            .get("/clienten/open")
            .await
            .attrs("form[action$=oppakken]", "action")
            .is_empty()
    );
    let mijn = fatima
        .get("/clienten/verzoeken")
        .await
        .text(".loket-mijn-verzoek");
    for tekst in [
        "De gemeente koos u op 23 november 2026",
        "06 12345678",
        "Bel mij liever na 14 uur.",
    ] {
        assert!(mijn.contains(tekst), "{tekst}: {mijn}");
    }

    // The resident and Fatima each get a mail; Fatima's holds nothing about the resident.
    let mails: Vec<String> = new_mails(&app, before)
        .await
        .iter()
        .map(|m| mail_text(m))
        .collect();
    let inwoner = mails.iter().find(|m| to(m) == BEWONER).expect("resident");
    assert!(inwoner.contains("Fatima El Amrani helpt u"), "{inwoner}");
    let haar = mails
        .iter()
        .find(|m| to(m) == "fatima@ondersteuning.example" && m.contains("De gemeente koos u"))
        .expect("a mail to Fatima");
    assert!(haar.contains("/clienten"), "{haar}");
    assert!(
        !haar.contains("06 12345678") && !haar.contains("14 uur"),
        "{haar}"
    );
    assert!(
        app.get("/mijn-loket")
            .await
            .text("main")
            .contains("Fatima El Amrani van Gemeente Lansingerland helpt u")
    );
}

#[tokio::test]
async fn a_second_submit_of_the_same_form_shows_the_same_confirmation() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    let before = app.mails().len();
    let fields = voor_mijzelf(&sleutel(&page));
    let first = post(&mut app, &fields).await;
    let second = post(&mut app, &fields).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    assert_eq!(first.location(), second.location());
    assert_eq!(rows(&app).await, 1);
    assert_eq!(
        new_mails(&app, before).await.len(),
        2,
        "no second pair of mails"
    );

    // A new form has a new key, and makes a new request.
    let page = app.get("/clientondersteuning/aanvragen").await;
    let third = post(&mut app, &voor_mijzelf(&sleutel(&page))).await;
    assert_ne!(third.location(), first.location());
    assert_eq!(rows(&app).await, 2);
}

#[tokio::test]
async fn only_the_owner_sees_the_confirmation() {
    let mut app = TestApp::new().await;
    let page = form(&mut app, BEWONER).await;
    let response = post(&mut app, &voor_mijzelf(&sleutel(&page))).await;
    let confirmation = response.location().to_owned();

    app.clear_cookies();
    assert_eq!(
        app.get(&confirmation).await.location(),
        format!("/inloggen?terug={confirmation}")
    );
    app.sign_in("buurman@example.nl").await;
    let page = app.get(&confirmation).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("CO-2026-"));
    assert_eq!(
        app.get("/clientondersteuning/bestaat-niet").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_pages_speak_english() {
    let mut app = TestApp::new().await;
    let en = [("accept-language", "en")];
    let page = app.get_with("/clientondersteuning", &en).await;
    assert_eq!(page.attrs("html", "lang"), ["en"]);
    assert_eq!(
        page.text("h1"),
        "Free help with your request to the municipality"
    );
    assert!(page.text("main").contains("This help is free."));
    assert!(
        page.text("main")
            .contains("Call or e-mail the municipality."),
        "the description in English"
    );

    app.sign_in(BEWONER).await;
    let page = app.get_with("/clientondersteuning/aanvragen", &en).await;
    assert_eq!(page.text("h1"), "Ask for free help");
    assert!(page.text("main").contains("Let the municipality choose"));
}

#[tokio::test]
async fn asked_for_from_the_melding_the_request_belongs_to_it() {
    let mut app = TestApp::new().await;
    app.deliver_mail().await;
    let melding = app.submitted_melding(BEWONER).await;
    let referentie: String = sqlx::query_scalar("SELECT referentie FROM meldingen WHERE id = $1")
        .bind(&melding)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    // "Ja, graag" in the melding asked for it: the confirmation links to the request itself, not to a form.
    let bevestiging = app.get(&format!("/melding/{melding}/bevestiging")).await;
    let verzoek = bevestiging
        .attrs("a", "href")
        .into_iter()
        .find(|l| l.starts_with("/clientondersteuning/") && !l.contains("aanvragen"))
        .expect("the confirmation links to the request made with the melding");
    let (telefoon, stored): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT telefoon, melding_id FROM clientondersteuning_verzoeken")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(stored.as_deref(), Some(melding.as_str()));
    assert_eq!(
        telefoon.as_deref(),
        Some("06 1234 5678"),
        "the phone number carried over"
    );
    let page = app.get(&verzoek).await;
    assert!(page.text("main").contains("06 1234 5678"), "{}", page.body);
    let mails = new_mails(&app, 0).await;
    assert!(
        mails
            .iter()
            .any(|m| crate::support::mail_text(m).contains(&format!("Melding: {referentie}"))),
        "the municipality, which chooses, can find the melding"
    );
    // A second click on "Versturen" makes no second request.
    app.post(&format!("/melding/{melding}/indienen"), &[]).await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clientondersteuning_verzoeken")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1, "the request once");

    // The request form can still be tied to the melding by hand (another organisation, say).
    let link = format!("/clientondersteuning/aanvragen?melding={melding}");
    let page = app.get(&link).await;
    assert!(
        page.body
            .contains(&format!("hoort bij uw melding {referentie}"))
    );
    let mut fields = voor_mijzelf(&sleutel(&page));
    fields.push(("melding", melding.clone()));
    app.deliver_mail().await;
    let before = app.mails().len();
    let response = post(&mut app, &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let stored: Vec<Option<String>> =
        sqlx::query_scalar("SELECT melding_id FROM clientondersteuning_verzoeken")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(stored, [Some(melding.clone()), Some(melding.clone())]);
    let mails = new_mails(&app, before).await;
    assert!(
        mails
            .iter()
            .any(|m| crate::support::mail_text(m).contains(&format!("Melding: {referentie}"))),
        "the organisation can find the melding"
    );

    // Someone else's melding id in the form is ignored: the request stands on its own.
    app.sign_in("buurman@example.nl").await;
    let page = app.get(&link).await;
    assert!(!page.body.contains(&referentie));
    let mut fields = voor_mijzelf(&sleutel(&page));
    fields.push(("melding", melding.clone()));
    post(&mut app, &fields).await;
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE melding_id IS NOT NULL",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(n, 2, "the stranger's request is not tied to the melding");
}
