//! Bezwaar on every scheme with a decision, through the real portal: the resident withdraws the demo's pro
//! forma bezwaar, writes a new one with a document, checks it and sends it; the consulent confirms receipt,
//! plans the hearing and decides; the resident reads every step and the decision. Also a pro forma bezwaar
//! completed in time and too late (Awb 6:6), a written ingebrekestelling recorded by staff with the dwangsom
//! that follows (Awb 4:17), the spoed clock in the queue, and the term page's decision on a bezwaar (Awb 7:10).

use axum::http::StatusCode;
use time::Duration;

use crate::support::{TestApp, TestResponse, mail_text};

const PDF: &[u8] = b"%PDF-1.4\n% brief van de fysiotherapeut\n";
const CONSULENT: &str = "medewerker@example.nl";

/// The demo's decided case of `regeling` that has the demo's bezwaar, and its resident's address.
async fn zaak_met_bezwaar(app: &TestApp, regeling: &str) -> (String, String) {
    sqlx::query_as(
        "SELECT z.id, p.email FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
         WHERE z.regeling = $1 AND EXISTS (SELECT 1 FROM bezwaar_stappen b WHERE b.zaak_id = z.id)",
    )
    .bind(regeling)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

async fn demo() -> TestApp {
    let app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app
}

/// Signs in as the consulent and opens the staff page of the case's bezwaar, giving a reason when asked.
async fn als_consulent(app: &mut TestApp, id: &str) -> TestResponse {
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    open_staf(app, id).await
}

/// Opens the staff page of the case's bezwaar as the signed-in consulent, giving a reason when asked.
async fn open_staf(app: &mut TestApp, id: &str) -> TestResponse {
    let pad = format!("/medewerker/zaak/{id}/bezwaar");
    let mut pagina = app.get(&pad).await;
    if pagina.body.contains(r#"name="reden""#) {
        app.reden_geven(id).await;
        pagina = app.get(&pad).await;
    }
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    pagina
}

async fn stap(app: &mut TestApp, id: &str, slug: &str, velden: &[(&str, &str)]) -> TestResponse {
    app.post(&format!("/medewerker/zaak/{id}/bezwaar/{slug}"), velden)
        .await
}

/// The mails to `email` delivered since `na` mails were in the folder.
async fn nieuwe_mails(app: &TestApp, email: &str, na: usize) -> Vec<String> {
    app.deliver_mail().await;
    app.mails()
        .into_iter()
        .skip(na)
        .map(|m| mail_text(&m))
        .filter(|m| m.contains(&format!("To: {email}")) || m.contains(&format!("<{email}>")))
        .collect()
}

#[tokio::test]
async fn a_bezwaar_goes_from_the_form_to_the_decision_on_every_scheme() {
    let demo = demo().await;
    // One browser for the consulent, one for each resident: each signs in once.
    let mut staf_browser = demo.other_browser();
    staf_browser.sign_in(CONSULENT).await;
    let mut inwoners: std::collections::BTreeMap<String, TestApp> =
        std::collections::BTreeMap::new();
    for (regeling, basis) in [
        ("kindpakket", "/kindpakket"),
        ("blijverslening", "/blijverslening"),
        ("wmo-melding", "/melding"),
    ] {
        let (id, email) = zaak_met_bezwaar(&demo, regeling).await;
        if !inwoners.contains_key(&email) {
            let mut browser = demo.other_browser();
            browser.sign_in(&email).await;
            inwoners.insert(email.clone(), browser);
        }
        // The pages speak the language of the browser (Dutch here), whatever the account's language.
        let pad = format!("{basis}/{id}");
        let app = inwoners.get_mut(&email).unwrap();

        // The case page leads to the bezwaar, which the demo sent pro forma with a letter.
        let zaak = app.get(&pad).await;
        assert!(
            zaak.attrs("a", "href").contains(&format!("{pad}/bezwaar")),
            "{regeling}: {}",
            zaak.body
        );
        let pagina = app.get(&format!("{pad}/bezwaar")).await;
        assert_eq!(pagina.status, StatusCode::OK, "{regeling}");
        let brief = pagina
            .attrs("a[download]", "href")
            .into_iter()
            .find(|h| h.contains("/bezwaar/document/"))
            .expect("the letter with the bezwaar");
        let (status, headers, bytes) = app.get_bytes(&brief).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment")
        );
        assert!(bytes.starts_with(b"%PDF"));

        // Withdrawn, then written again with a document, checked and sent.
        let vraag = app.get(&format!("{pad}/bezwaar/intrekken")).await;
        assert_eq!(vraag.status, StatusCode::OK);
        let weg = app.post(&format!("{pad}/bezwaar/intrekken"), &[]).await;
        assert_eq!(weg.status, StatusCode::SEE_OTHER);
        let formulier = app.get(weg.location()).await;
        assert_eq!(formulier.attrs("textarea", "name"), ["tekst"], "{regeling}");
        assert_eq!(
            formulier.attrs("input[type=file][multiple]", "name"),
            ["bestand"]
        );
        let verder = app
            .post_bestanden(
                &format!("{pad}/bezwaar"),
                &[
                    ("tekst", "Ik kan echt niet zonder deze hulp. Zie de brief."),
                    ("actie", "controleren"),
                ],
                &[("brief-fysiotherapeut.pdf", PDF)],
            )
            .await;
        assert_eq!(verder.status, StatusCode::SEE_OTHER, "{}", verder.body);
        assert_eq!(verder.location(), format!("{pad}/bezwaar/controleren"));
        let controle = app.get(verder.location()).await;
        assert_eq!(controle.text("h1"), "Controleer uw bezwaar");
        let tekst = controle.text("main");
        assert!(
            tekst.contains("Ik kan echt niet zonder deze hulp."),
            "{tekst}"
        );
        assert!(tekst.contains("brief-fysiotherapeut.pdf"), "{tekst}");
        app.deliver_mail().await;
        let voor = app.mails().len();
        let verstuurd = app.post(&format!("{pad}/bezwaar/versturen"), &[]).await;
        assert_eq!(verstuurd.status, StatusCode::SEE_OTHER);
        let nogmaals = app.post(&format!("{pad}/bezwaar/versturen"), &[]).await;
        assert_eq!(
            nogmaals.status,
            StatusCode::SEE_OTHER,
            "a second press sends nothing"
        );
        let bezwaar = app.get(verstuurd.location()).await;
        assert!(
            bezwaar
                .text(".loket-banner")
                .contains("Wij hebben uw bezwaar ontvangen"),
            "{}",
            bezwaar.body
        );
        assert!(
            bezwaar
                .text("main")
                .contains("Ik kan echt niet zonder deze hulp.")
        );
        let mails = nieuwe_mails(app, &email, voor).await;
        assert_eq!(mails.len(), 1, "{regeling}: one confirmation: {mails:?}");
        assert!(
            !mails[0].contains("niet zonder deze hulp"),
            "no grounds in mail"
        );
        let stappen: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM bezwaar_stappen WHERE zaak_id = $1")
                .bind(&id)
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap();
        assert_eq!(stappen, 3, "sent, withdrawn, sent again: once");

        // The consulent finds its deadline in the queue (Awb 7:10), and handles the bezwaar.
        let app = &mut staf_browser;
        let wachtrij = app.get("/medewerker").await;
        assert!(
            wachtrij
                .texts("tbody tr")
                .iter()
                .any(|r| r.contains("Beslissing op bezwaar uiterlijk")),
            "{regeling}"
        );
        let staf = open_staf(app, &id).await;
        // The letter of the withdrawn bezwaar stays within reach of staff, apart from this one's.
        assert!(
            staf.texts("h2")
                .contains(&"Documenten bij een eerder bezwaar, dat de inwoner introk".to_owned()),
            "{}",
            staf.body
        );
        assert!(staf.text("main").contains("brief-huisarts.pdf"));
        assert!(
            staf.text("main")
                .contains("Ik kan echt niet zonder deze hulp.")
        );
        assert!(
            staf.attrs("a", "href")
                .iter()
                .any(|h| h.contains("/bezwaar/document/"))
        );
        let leeg = stap(app, &id, "beslissen", &[]).await;
        assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            leeg.attrs(".loket-error-summary a", "href")
                .contains(&"#uitkomst".to_owned())
        );
        app.deliver_mail().await;
        let voor = app.mails().len();
        assert_eq!(
            stap(app, &id, "ontvangst", &[]).await.status,
            StatusCode::SEE_OTHER
        );
        let datum = app.state.clock.today() + Duration::days(10);
        let (dag, maand, jaar) = (
            datum.day().to_string(),
            u8::from(datum.month()).to_string(),
            datum.year().to_string(),
        );
        let gepland = stap(
            app,
            &id,
            "hoorzitting",
            &[
                ("datum-dag", &dag),
                ("datum-maand", &maand),
                ("datum-jaar", &jaar),
                ("tijd", "14.30"),
                ("plaats", "Gemeentehuis, kamer 2"),
            ],
        )
        .await;
        assert_eq!(gepland.status, StatusCode::SEE_OTHER, "{}", gepland.body);
        let beslist = stap(
            app,
            &id,
            "beslissen",
            &[
                ("uitkomst", "gegrond"),
                ("motivering", "De brief laat zien dat de hulp nodig is."),
                (
                    "nieuw_besluit",
                    "U krijgt de hulp vanaf 1 januari 2027 voor een jaar.",
                ),
            ],
        )
        .await;
        assert_eq!(beslist.status, StatusCode::SEE_OTHER, "{}", beslist.body);
        let log: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1 AND omschrijving LIKE 'bezwaar:%'",
        )
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        assert_eq!(
            log, 3,
            "every step of staff is in the resident's access log"
        );

        // The resident reads every step and the decision; a mail came for each step, without the decision.
        let mails = nieuwe_mails(app, &email, voor).await;
        assert_eq!(mails.len(), 3, "{regeling}: {mails:?}");
        assert!(mails.iter().all(|m| !m.contains("De brief laat zien")));
        assert!(mails.iter().any(|m| m.contains("14:30")), "{mails:?}");
        let app = inwoners.get_mut(&email).unwrap();
        let bezwaar = app.get(&format!("{pad}/bezwaar")).await;
        let tekst = bezwaar.text("main");
        for verwacht in [
            "De brief laat zien dat de hulp nodig is.",
            "U krijgt de hulp vanaf 1 januari 2027 voor een jaar.",
            "U krijgt gelijk. Het besluit verandert.",
            "Gemeentehuis, kamer 2",
        ] {
            assert!(tekst.contains(verwacht), "{regeling}: {verwacht}: {tekst}");
        }
        // The steps of the bezwaar sent again: sent, receipt, hearing, decision.
        assert_eq!(bezwaar.texts("ol.loket-stappen li").len(), 4, "{tekst}");
        assert!(
            bezwaar
                .attrs("a", "href")
                .iter()
                .all(|h| !h.ends_with("/bezwaar/intrekken"))
        );
    }
}

#[tokio::test]
async fn a_pro_forma_bezwaar_gets_a_term_for_its_grounds_completed_in_time_and_too_late() {
    let mut app = demo().await;
    for (regeling, basis, dagen, te_laat) in [
        ("kindpakket", "/kindpakket", 0, false),
        ("blijverslening", "/blijverslening", 9, true),
    ] {
        let (id, email) = zaak_met_bezwaar(&app, regeling).await;
        let pad = format!("{basis}/{id}");
        als_consulent(&mut app, &id).await;
        // Awb 6:6: the consulent gives a week for the grounds.
        let tot = app.state.clock.today() + Duration::days(7);
        let (dag, maand, jaar) = (
            tot.day().to_string(),
            u8::from(tot.month()).to_string(),
            tot.year().to_string(),
        );
        let r = stap(
            &mut app,
            &id,
            "aanvullen-tot",
            &[
                ("tot-dag", &dag),
                ("tot-maand", &maand),
                ("tot-jaar", &jaar),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        app.state.clock.advance(Duration::days(dagen));

        app.clear_cookies();
        app.sign_in(&email).await;
        let pagina = app.get(&format!("{pad}/bezwaar")).await;
        let tekst = pagina.text("main");
        assert!(tekst.contains("Stuur uw redenen uiterlijk op"), "{tekst}");
        assert_eq!(tekst.contains("Die dag is voorbij."), te_laat, "{tekst}");
        let leeg = app.post(&format!("{pad}/bezwaar/aanvullen"), &[]).await;
        assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(leeg.attrs(".loket-error-summary a", "href"), ["#tekst"]);
        let stand = pagina.attrs("input[name=stand]", "value").pop().unwrap();
        let velden = [
            ("stand", stand.as_str()),
            ("tekst", "Ik kan niet meer zelf traplopen."),
        ];
        let r = app.post(&format!("{pad}/bezwaar/aanvullen"), &velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // The same form sent again (a double click) adds nothing.
        let nog = app.post(&format!("{pad}/bezwaar/aanvullen"), &velden).await;
        assert_eq!(nog.status, StatusCode::SEE_OTHER);
        let aangevuld: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM bezwaar_stappen WHERE zaak_id = $1 AND soort = 'aangevuld'",
        )
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        assert_eq!(aangevuld, 1);
        let pagina = app.get(r.location()).await;
        assert!(
            pagina
                .text("main")
                .contains("Ik kan niet meer zelf traplopen.")
        );
        assert!(
            pagina.texts("textarea").is_empty(),
            "grounds once given, no form"
        );

        let staf = als_consulent(&mut app, &id).await;
        let tekst = staf.text("main");
        assert!(
            tekst.contains("Ik kan niet meer zelf traplopen."),
            "{tekst}"
        );
        assert_eq!(
            tekst.contains("na de gevraagde datum"),
            te_laat,
            "{regeling}: {tekst}"
        );
    }
}

#[tokio::test]
async fn a_written_ingebrekestelling_recorded_by_staff_starts_the_dwangsom() {
    let mut app = demo().await;
    // The Dutch demo resident's Wmo case: its besluit is late.
    let id: String = sqlx::query_scalar(
        "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id WHERE p.email = \
         'bewoner@example.nl' AND z.regeling = 'wmo-melding' AND z.fase = 'aanvraag_ontvangen'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    app.sign_in(CONSULENT).await;
    let zaak = app.get(&format!("/medewerker/zaak/{id}")).await;
    if zaak.body.contains(r#"name="reden""#) {
        app.reden_geven(&id).await;
    }
    let pad = format!("/medewerker/zaak/{id}/ingebrekestelling");
    let formulier = app.get(&pad).await;
    assert_eq!(formulier.status, StatusCode::OK, "{}", formulier.body);
    assert!(formulier.text("main").contains("Awb artikel 4:17"));
    let stand: String = formulier.attrs("input[name=stand]", "value").pop().unwrap();
    // A letter received while the term still ran does not count (Awb 4:17 lid 3).
    let r = app
        .post(
            &pad,
            &[
                ("stand", &stand),
                ("ontvangen_op-dag", "5"),
                ("ontvangen_op-maand", "11"),
                ("ontvangen_op-jaar", "2026"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text("#ontvangen_op-fout")
            .contains("Een ingebrekestelling telt pas daarna.")
    );
    // Received by post today.
    let vandaag = app.state.clock.today();
    let r = app
        .post(
            &pad,
            &[
                ("stand", &stand),
                ("ontvangen_op-dag", &vandaag.day().to_string()),
                ("ontvangen_op-maand", &u8::from(vandaag.month()).to_string()),
                ("ontvangen_op-jaar", &vandaag.year().to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Two weeks later the dwangsom runs: after 16 days, two days of EUR 23.
    app.state.clock.advance(Duration::days(16));
    app.clear_cookies();
    app.sign_in("bewoner@example.nl").await;
    let pagina = app.get(&format!("/melding/{id}/ingebrekestelling")).await;
    let tekst = pagina.text("main");
    assert!(
        tekst.contains("Tot nu toe is dat € 46. Dat is voor 2 dagen."),
        "{tekst}"
    );
}

#[tokio::test]
async fn the_queue_counts_the_spoed_hours_and_marks_them_passed() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    sqlx::query("UPDATE meldingen SET spoed_zorg = 'ja' WHERE id = $1")
        .bind(&id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.clear_cookies();
    app.sign_in("consulent@gemeente.example").await;
    let rij = |r: &TestResponse| r.texts("tbody tr").join(" | ");
    let wachtrij = app.get("/medewerker").await;
    assert!(
        rij(&wachtrij).contains("Nog 48 uur voor tijdelijke hulp"),
        "{}",
        wachtrij.body
    );
    app.state
        .clock
        .advance(Duration::hours(47) + Duration::minutes(30));
    app.sign_in("consulent@gemeente.example").await;
    let wachtrij = app.get("/medewerker").await;
    assert!(
        rij(&wachtrij).contains("Nog 1 uur voor tijdelijke hulp"),
        "{}",
        rij(&wachtrij)
    );
    app.state.clock.advance(Duration::hours(2));
    app.sign_in("consulent@gemeente.example").await;
    let wachtrij = app.get("/medewerker").await;
    assert!(
        rij(&wachtrij).contains("Tijdelijke hulp 1 uur te laat"),
        "{}",
        rij(&wachtrij)
    );
}

#[tokio::test]
async fn the_term_page_gives_the_decision_on_a_bezwaar_and_says_when_a_date_may_still_move() {
    let mut app = TestApp::new().await;
    let r = app
        .get("/termijnen?besluit-dag=1&besluit-maand=12&besluit-jaar=2026")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let tekst = r.text("main");
    // Awb 7:10: six weeks after the bezwaar term ended on Tuesday 12 January 2027; twelve with a committee.
    assert!(tekst.contains("De beslissing op uw bezwaar"), "{tekst}");
    assert!(
        tekst.contains("uiterlijk op dinsdag 23 februari 2027"),
        "{tekst}"
    );
    assert!(
        tekst.contains("Dan duurt het 12 weken: tot en met dinsdag 6 april 2027."),
        "{tekst}"
    );
    assert!(!tekst.contains("kan nog veranderen"), "{tekst}");
    // A term that ends in 2029, for which no royal decree has equated days yet.
    let r = app
        .get("/termijnen?besluit-dag=1&besluit-maand=12&besluit-jaar=2028")
        .await;
    assert!(
        r.text("main").contains(
            "Deze datum kan nog veranderen. De vrije dagen van 2029 staan nog niet vast."
        ),
        "{}",
        r.text("main")
    );
}

#[tokio::test]
async fn a_bezwaar_on_a_case_closed_after_its_besluit_is_in_the_queue() {
    let mut app = demo().await;
    // A Wmo case of the demo that staff closed after sending its besluit.
    let (id, eigenaar): (String, String) = sqlx::query_as(
        "SELECT z.id, z.eigenaar_id FROM zaken z WHERE z.regeling = 'wmo-melding' AND z.fase = 'gesloten' \
         AND EXISTS (SELECT 1 FROM zaak_gebeurtenissen g WHERE g.zaak_id = z.id AND g.soort = 'besluit') \
         LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let kern = loket::zaken::kern::zaak(&app.state.db.pool, &loket::ids::ZaakId::new(id.clone()))
        .await
        .unwrap()
        .unwrap();
    let besluit = loket::zaken::bezwaar::besluit_op(&app.state.db.pool, &kern)
        .await
        .unwrap()
        .unwrap();
    let email: String = sqlx::query_scalar("SELECT email FROM personen WHERE id = $1")
        .bind(&eigenaar)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let inwoner = loket::auth::Person {
        id: eigenaar.clone().into(),
        email,
        taal: loket::i18n::Lang::Nl,
        rol: loket::auth::Rol::Inwoner,
        naam: None,
        organisatie: None,
    };
    let hoe = loket::zaken::bezwaar::Hoe {
        soort: "ingediend",
        ..Default::default()
    };
    loket::zaken::bezwaar::vastleggen(&app.state, &kern, &inwoner, hoe, |documenten| {
        loket::zaken::bezwaar::domain::BezwaarStap::Ingediend {
            gronden: "Ik ben het niet eens.".into(),
            pro_forma: false,
            documenten,
            besluit_op: besluit,
        }
    })
    .await
    .unwrap()
    .unwrap();
    app.sign_in(CONSULENT).await;
    let wachtrij = app.get("/medewerker").await;
    let rij = wachtrij
        .texts("tbody tr")
        .into_iter()
        .find(|r| r.contains(&kern.referentie))
        .expect("the closed case with an open bezwaar is in the queue");
    assert!(rij.contains("Beslissing op bezwaar uiterlijk"), "{rij}");
}

#[tokio::test]
async fn a_money_application_waiting_for_its_decision_shows_by_when_the_municipality_decides() {
    let mut app = demo().await;
    app.sign_in("bewoner@example.nl").await;
    for (regeling, basis) in [
        ("kindpakket", "/kindpakket"),
        ("blijverslening", "/blijverslening"),
    ] {
        let id: String = sqlx::query_scalar(
            "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id WHERE p.email = \
             'bewoner@example.nl' AND z.regeling = $1 AND z.fase = 'aanvraag_ontvangen' LIMIT 1",
        )
        .bind(regeling)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        let pagina = app.get(&format!("{basis}/{id}")).await;
        let tekst = pagina.text("main");
        assert!(
            tekst.contains("De gemeente besluit uiterlijk op"),
            "{regeling}: {tekst}"
        );
        assert!(
            tekst.contains("Dat is 8 weken nadat uw aanvraag compleet was."),
            "{tekst}"
        );
        assert!(!tekst.contains("Die dag is voorbij"), "{tekst}");
    }
    // Nine weeks on, the day has passed: the page says what to do.
    app.state.clock.advance(time::Duration::weeks(9));
    app.sign_in("bewoner@example.nl").await;
    let id: String = sqlx::query_scalar(
        "SELECT id FROM zaken WHERE regeling = 'kindpakket' AND fase = 'aanvraag_ontvangen' LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let tekst = app.get(&format!("/kindpakket/{id}")).await.text("main");
    assert!(
        tekst.contains("Die dag is voorbij en er is nog geen besluit."),
        "{tekst}"
    );
}
