//! The back office: a consulent takes a case from the work queue to the besluit, every view is logged, and
//! nobody but staff ever reaches a page under /medewerker.

use axum::http::StatusCode;
use loket::auth::{Person, Rol};
use loket::zaken::{self, domain::Gebeurtenis, domain::Voorziening};
use time::Duration;
use time::macros::date;

use crate::support::{MELDING_ZELF, TestApp, TestResponse, mail_text, multipart};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const CONSULENT: &str = "consulent@gemeente.example";

/// Files a complete melding as `email`, urgent or not, and signs out. Returns the melding's id.
async fn melding(app: &mut TestApp, email: &str, spoed: bool) -> String {
    inloggen(app, email).await;
    let pad = app.new_melding().await;
    for (slug, velden) in MELDING_ZELF {
        let velden: Vec<(&str, &str)> = if *slug == "spoed" && spoed {
            vec![("spoed_gevaar", "nee"), ("spoed_zorg", "ja")]
        } else {
            velden.to_vec()
        };
        let response = app.post(&format!("{pad}/stap/{slug}"), &velden).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{slug}");
    }
    let response = app.post(&format!("{pad}/indienen"), &[]).await;
    assert_eq!(response.location(), format!("{pad}/bevestiging"));
    app.clear_cookies();
    pad.trim_start_matches("/melding/").to_owned()
}

/// Adds a consulent and signs in as them.
async fn als_consulent(app: &mut TestApp, email: &str, naam: &str) {
    app.clear_cookies();
    app.add_staff(email, naam, false).await;
    inloggen(app, email).await;
}

/// Signs in by mail, as a new visitor.
async fn inloggen(app: &mut TestApp, email: &str) {
    app.clear_cookies();
    app.sign_in(email).await;
}

async fn staff_person(app: &TestApp, email: &str) -> Person {
    Person {
        id: sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
            .bind(email)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap(),
        email: email.into(),
        taal: loket::i18n::Lang::Nl,
        rol: Rol::Medewerker,
        naam: None,
        organisatie: None,
    }
}

/// Records an event as a member of staff, straight through the cases module.
async fn vastleggen(app: &TestApp, id: &str, email: &str, gebeurtenis: Gebeurtenis) {
    let person = staff_person(app, email).await;
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, id)
        .await
        .unwrap()
        .unwrap();
    zaken::vastleggen(&app.state, &melding, &person, None, move |_| gebeurtenis)
        .await
        .unwrap();
}

fn datum<'a>(naam: &str, dag: &'a str, maand: &'a str, jaar: &'a str) -> [(String, &'a str); 3] {
    [
        (format!("{naam}-dag"), dag),
        (format!("{naam}-maand"), maand),
        (format!("{naam}-jaar"), jaar),
    ]
}

fn velden<'a>(
    vast: &[(&'a str, &'a str)],
    datums: &'a [[(String, &'a str); 3]],
) -> Vec<(&'a str, &'a str)> {
    let mut alle: Vec<(&str, &str)> = vast.to_vec();
    for d in datums {
        for (k, v) in d {
            alle.push((k.as_str(), v));
        }
    }
    alle
}

async fn log_regels(app: &TestApp, id: &str) -> Vec<zaken::toegang::Regel> {
    zaken::toegang::van_zaak(&app.state.db.pool, &id.into())
        .await
        .unwrap()
}

async fn aantal(app: &TestApp, soort: &str, id: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE soort = $1 AND zaak_id = $2")
        .bind(soort)
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The queue's rows: the text of each row's header cell (the reference and any spoed mark) and of the row.
fn rijen(page: &TestResponse) -> Vec<String> {
    page.texts("table.loket-table tbody tr")
}

#[tokio::test]
async fn a_consulent_takes_a_case_from_melding_to_besluit() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    let referentie: String = sqlx::query_scalar("SELECT referentie FROM meldingen WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    app.deliver_mail().await;
    let mails_voor = app.mails().len();
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");

    // The queue shows the new case, with nobody on it yet.
    let queue = app.get("/medewerker").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert_eq!(queue.text("h1"), "Werkvoorraad");
    assert_eq!(queue.attrs("tbody th a", "href"), vec![zaak.clone()]);
    let rij = &rijen(&queue)[0];
    assert!(rij.contains(&referentie), "{rij}");
    assert!(
        rij.contains("Ontvangen") && rij.contains("niemand"),
        "{rij}"
    );
    assert!(rij.contains("Onderzoek uiterlijk"), "{rij}");

    // Not assigned: first the question why, and nothing of the melding.
    let page = app.get(&zaak).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), format!("Zaak {referentie} openen"));
    assert!(!page.body.contains("trap"), "no answers before a reason");
    let response = app.post(&format!("{zaak}/oppakken"), &[]).await;
    assert_eq!(response.location(), format!("{zaak}?klaar=opgepakt"));
    let page = app.get(&format!("{zaak}?klaar=opgepakt")).await;
    assert_eq!(page.text("h1"), format!("Zaak {referentie}"));
    assert!(page.text(".loket-banner").contains("toegewezen"));
    assert!(
        page.body.contains("Ik kan de trap niet meer op"),
        "the melding's answers"
    );
    assert!(page.text(".loket-summary-list").contains("Sanne Visser"));
    assert!(page.body.contains("Telt vanaf het eerste gesprek"));
    let stappen = page.attrs("main ul li a", "href");
    assert!(stappen.contains(&format!("{zaak}/gesprek")), "{stappen:?}");
    assert!(!stappen.contains(&format!("{zaak}/besluit")), "{stappen:?}");

    // Plan the talk, and tell about cliëntondersteuning and the plan.
    let gesprek_datum = [datum("datum", "1", "12", "2026")];
    let response = app
        .post(
            &format!("{zaak}/gesprek"),
            &velden(
                &[("tijd", "10:30"), ("plaats", "thuis"), ("toelichting", "")],
                &gesprek_datum,
            ),
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=gesprek"));
    let response = app
        .post(
            &format!("{zaak}/geinformeerd"),
            &[
                ("geinformeerd", "clientondersteuning"),
                ("geinformeerd", "persoonlijk_plan"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);

    // The talk takes place on 1 December: the onderzoek, which also sets the first gesprek.
    app.clock.advance(Duration::days(8));
    // A session lasts hours, not days.
    inloggen(&mut app, CONSULENT).await;
    let gesprek_op = [datum("gesprek_op", "1", "12", "2026")];
    let response = app
        .post(
            &format!("{zaak}/onderzoek"),
            &velden(
                &[
                    ("onderwerpen", "behoeften"),
                    ("onderwerpen", "resultaat"),
                    ("onderwerpen", "eigen_kracht"),
                    ("levensgebieden", "wonen"),
                    (
                        "uitkomst",
                        "Een traplift en hulp bij het douchen zijn nodig.",
                    ),
                ],
                &gesprek_op,
            ),
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=onderzoek"));
    let eerste: Option<String> =
        sqlx::query_scalar("SELECT eerste_gesprek_op FROM meldingen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(eerste.as_deref(), Some("2026-12-01"));
    // In Lansingerland (the default profile) the melding's terms count from that gesprek: now they are known.
    let termijnen = app.get(&zaak).await.texts(".loket-summary-list").join(" ");
    assert!(
        termijnen.contains("Onderzoek uiterlijk dinsdag 12 januari 2027"),
        "{termijnen}"
    );
    assert!(
        !termijnen.contains("Telt vanaf het eerste gesprek"),
        "{termijnen}"
    );

    // The verslag, written and as PDF.
    let response = app
        .post_multipart(
            &format!("{zaak}/verslag"),
            &[("tekst", "Wij spraken over de trap en het douchen.")],
            Some(("verslag gesprek.pdf", PDF)),
        )
        .await;
    assert_eq!(
        response.location(),
        format!("{zaak}?klaar=verslag"),
        "{}",
        response.body
    );
    let page = app.get(&zaak).await;
    let links = page.attrs("a[download]", "href");
    let document = links
        .iter()
        .find(|l| l.contains("/document/"))
        .expect("a link to the verslag")
        .clone();
    assert!(page.body.contains("verslag gesprek.pdf"));
    let (status, headers, bytes) = app.get_bytes(&document).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["content-type"], "application/pdf");

    // The aanvraag for two voorzieningen, then the besluit with one fieldset each.
    let ontvangen = [datum("ontvangen_op", "1", "12", "2026")];
    let response = app
        .post(
            &format!("{zaak}/aanvraag"),
            &velden(
                &[
                    ("voorzieningen", "huishoudelijke_ondersteuning"),
                    ("voorzieningen", "woningaanpassing"),
                ],
                &ontvangen,
            ),
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=aanvraag"));
    let page = app.get(&format!("{zaak}/besluit")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("fieldset.loket-fieldset > legend.loket-fieldset__legend")
            .into_iter()
            .filter(|l| l.starts_with("1.") || l.starts_with("2."))
            .collect::<Vec<_>>(),
        vec!["1. Huishoudelijke ondersteuning", "2. Woningaanpassing"]
    );
    let besluit: Vec<(&str, &str)> = vec![
        ("verzonden_op-dag", "1"),
        ("verzonden_op-maand", "12"),
        ("verzonden_op-jaar", "2026"),
        ("r1-omschrijving", "Hulp bij het schoonhouden van uw huis"),
        ("r1-uitkomst", "toegekend"),
        ("r1-vorm", "zin"),
        ("r1-ingang-dag", "1"),
        ("r1-ingang-maand", "1"),
        ("r1-ingang-jaar", "2027"),
        ("r1-einde-dag", "31"),
        ("r1-einde-maand", "12"),
        ("r1-einde-jaar", "2031"),
        ("r1-omvang", "3 uur per week"),
        ("r1-aanbieder", "Thuiszorg Noord"),
        ("r1-kostprijs", "35,00"),
        ("r1-bijdrage", "21,60"),
        ("r1-pgb_bedrag", ""),
        ("r1-pgb_berekening", ""),
        ("r1-reden", "U kunt uw huis niet zelf schoonhouden."),
        ("r2-omschrijving", "Een traplift"),
        ("r2-uitkomst", "afgewezen"),
        (
            "r2-reden",
            "Een verhuizing naar een gelijkvloerse woning is goedkoper.",
        ),
        ("motivering", "Zie het verslag van 1 december."),
    ];
    let response = app
        .post_multipart(&format!("{zaak}/besluit"), &besluit, None)
        .await;
    assert_eq!(
        response.location(),
        format!("{zaak}?klaar=besluit"),
        "{}",
        response.body
    );
    // A second click changes nothing.
    let response = app
        .post_multipart(&format!("{zaak}/besluit"), &besluit, None)
        .await;
    assert_eq!(response.location(), zaak);
    assert_eq!(aantal(&app, "besluit", &id).await, 1);
    let opgeslagen = zaken::zaak(&app.state, &id).await.unwrap();
    let Some(Gebeurtenis::Besluit { regels, .. }) =
        opgeslagen.besluit.as_ref().map(|s| s.gebeurtenis.clone())
    else {
        panic!("a besluit");
    };
    assert_eq!(regels[0].kostprijs, Some(loket::geld::Bedrag::cent(3500)));
    assert_eq!(
        regels[0].eigen_bijdrage,
        Some(loket::geld::Bedrag::cent(2160))
    );
    assert_eq!(regels[0].einddatum, Some(date!(2031 - 12 - 31)));
    assert_eq!(regels[1].voorziening, Voorziening::Woningaanpassing);
    assert_eq!(regels[1].vorm, None);
    let page = app.get(&zaak).await;
    let geschiedenis = page.texts("table.loket-table tbody tr").join("\n");
    for wat in [
        "Toegewezen aan Sanne Visser",
        "Gesprek gepland",
        "Onderzoek gedaan",
        "Verslag verstuurd",
        "Aanvraag ontvangen",
        "Besluit verstuurd",
        "€ 21,60",
    ] {
        assert!(geschiedenis.contains(wat), "{wat} in {geschiedenis}");
    }

    // Close: the case leaves the queue.
    let response = app
        .post(
            &format!("{zaak}/sluiten"),
            &[("reden", "Besluit verstuurd, zorg geregeld.")],
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=sluiten"));
    let queue = app.get("/medewerker").await;
    assert!(rijen(&queue).is_empty());
    assert!(queue.body.contains("Er zijn geen open zaken"));

    // The resident got a mail for each step they should know of, without details.
    app.deliver_mail().await;
    let mails: Vec<String> = app.mails()[mails_voor..]
        .iter()
        .map(|m| mail_text(m))
        .filter(|m| m.contains("bewoner@example.nl"))
        .collect();
    for zin in [
        "Er is een afspraak voor een gesprek",
        "U heeft het gesprek met de gemeente gehad",
        "Het verslag van uw gesprek staat klaar",
        "De gemeente heeft uw aanvraag ontvangen",
        "Er is een besluit over uw aanvraag",
        "De gemeente heeft uw melding afgesloten",
    ] {
        assert!(mails.iter().any(|m| m.contains(zin)), "a mail with {zin:?}");
    }
    assert!(
        mails.iter().all(|m| !m.contains("traplift")),
        "no details in mail"
    );
    // The mail about the talk carries it as a calendar file: 1 December, 10:30 in Dutch winter time, at home.
    let gesprek = mails
        .iter()
        .find(|m| m.contains("Er is een afspraak voor een gesprek"))
        .unwrap();
    assert!(gesprek.contains("filename=\"gesprek.ics\""), "{gesprek}");
    assert!(gesprek.contains("Content-Type: text/calendar"), "{gesprek}");
    let ics = crate::support::bijlage(gesprek);
    assert!(ics.contains("DTSTART:20261201T093000Z"), "{ics}");
    assert!(
        ics.contains("SUMMARY:Gesprek met de gemeente Lansingerland"),
        "{ics}"
    );
    assert!(ics.contains("LOCATION:Bij u thuis"), "{ics}");
    assert!(
        !ics.contains("traplift") && !ics.contains("douchen"),
        "nothing of the case: {ics}"
    );
    assert_eq!(
        mails.iter().filter(|m| m.contains(".ics")).count(),
        1,
        "only the talk's mail has one"
    );
}

#[tokio::test]
async fn the_queue_puts_spoed_first_then_the_nearest_deadline_and_marks_what_is_late() {
    let mut app = TestApp::new().await;
    let eerst = melding(&mut app, "een@example.nl", false).await;
    app.clock.advance(Duration::days(7));
    let later = melding(&mut app, "twee@example.nl", false).await;
    app.clock.advance(Duration::days(1));
    let spoed = melding(&mut app, "drie@example.nl", true).await;
    let zonder = melding(&mut app, "vier@example.nl", false).await;
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    // A case whose verslag was sent has no deadline of the municipality: last.
    for g in [
        Gebeurtenis::Onderzoek {
            gesprek_op: app.clock.today(),
            onderwerpen: vec![],
            levensgebieden: vec![],
            uitkomst: "Klaar".into(),
        },
        Gebeurtenis::Verslag {
            tekst: "Verslag".into(),
            document_id: None,
        },
    ] {
        vastleggen(&app, &zonder, CONSULENT, g).await;
    }
    inloggen(&mut app, CONSULENT).await;
    let ids = |page: &TestResponse| -> Vec<String> {
        page.attrs("tbody th a", "href")
            .into_iter()
            .map(|h| h.trim_start_matches("/medewerker/zaak/").to_owned())
            .collect()
    };
    let queue = app.get("/medewerker").await;
    assert_eq!(
        ids(&queue),
        vec![spoed.clone(), eerst.clone(), later.clone(), zonder.clone()]
    );
    let rows = rijen(&queue);
    assert!(rows[0].contains("Spoed"), "{}", rows[0]);
    assert!(rows[3].contains("Geen termijn"), "{}", rows[3]);
    assert!(
        rows.iter()
            .all(|r| !r.contains("Te laat") && !r.contains("Bijna"))
    );

    // The first case's onderzoek is due six weeks after it was received (a target date where the terms
    // count from the first gesprek).
    let gemeente = &app.state.gemeente;
    let ontvangen = date!(2026 - 11 - 23);
    let einde = zaken::domain::Zaak::default()
        .volgende_termijn(
            gemeente,
            ontvangen,
            loket::meldingen::domain::termijnen(gemeente, Some(ontvangen), None),
            ontvangen,
        )
        .unwrap()
        .einde;
    let tot = |dag: time::Date, app: &TestApp| (dag - app.clock.today()).whole_days();
    app.clock.advance(Duration::days(tot(einde, &app) - 2));
    inloggen(&mut app, CONSULENT).await;
    let rows = rijen(&app.get("/medewerker").await);
    assert!(
        rows[1].contains("Bijna") && !rows[1].contains("Te laat"),
        "{}",
        rows[1]
    );
    assert!(
        rows[1].contains(&loket::i18n::datum_kort(einde)),
        "{}",
        rows[1]
    );
    app.clock.advance(Duration::days(3));
    inloggen(&mut app, CONSULENT).await;
    let rows = rijen(&app.get("/medewerker").await);
    assert!(rows[1].contains("Te laat"), "{}", rows[1]);
}

#[tokio::test]
async fn the_queue_filters_on_phase_kind_and_own_cases() {
    let mut app = TestApp::new().await;
    let mijn = melding(&mut app, "een@example.nl", false).await;
    let ander = melding(&mut app, "twee@example.nl", false).await;
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let response = app
        .post(&format!("/medewerker/zaak/{mijn}/oppakken"), &[])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    vastleggen(
        &app,
        &mijn,
        CONSULENT,
        Gebeurtenis::GesprekGepland {
            datum: date!(2026 - 12 - 01),
            tijd: "10:00".into(),
            plaats: loket::zaken::domain::Plaats::Telefoon,
            toelichting: String::new(),
        },
    )
    .await;
    let hrefs = |page: TestResponse| page.attrs("tbody th a", "href");
    let pad = |id: &str| format!("/medewerker/zaak/{id}");
    assert_eq!(hrefs(app.get("/medewerker").await).len(), 2);
    assert_eq!(
        hrefs(app.get("/medewerker?mijn=ja").await),
        vec![pad(&mijn)]
    );
    assert_eq!(
        hrefs(app.get("/medewerker?fase=gesprek_gepland").await),
        vec![pad(&mijn)]
    );
    assert_eq!(
        hrefs(app.get("/medewerker?fase=ontvangen").await),
        vec![pad(&ander)]
    );
    assert_eq!(
        hrefs(app.get("/medewerker?soort=wmo-melding&fase=&mijn=").await).len(),
        2
    );
    let page = app.get("/medewerker?fase=ontvangen&mijn=ja").await;
    assert!(hrefs(page).is_empty());
    // The form shows the chosen filter.
    let page = app.get("/medewerker?fase=gesprek_gepland&mijn=ja").await;
    assert_eq!(
        page.attrs("select#fase option[selected]", "value"),
        vec!["gesprek_gepland".to_owned()]
    );
    assert_eq!(
        page.attrs("input#mijn[checked]", "value"),
        vec!["ja".to_owned()]
    );
}

#[tokio::test]
async fn errors_show_beside_the_fields_and_keep_what_was_typed() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(&format!("{zaak}/oppakken"), &[]).await;

    // The talk: a day that has passed, a time that is no time, no place.
    let dag = [datum("datum", "20", "11", "2026")];
    let page = app
        .post(
            &format!("{zaak}/gesprek"),
            &velden(
                &[("tijd", "half drie"), ("toelichting", "Bel eerst aan")],
                &dag,
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("title").starts_with("Fout:"));
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#datum", "#tijd", "#plaats"]
    );
    assert!(page.text("#datum-fout").contains("al voorbij"));
    assert!(page.text("#tijd-fout").contains("14:30"));
    assert_eq!(
        page.attrs("input#tijd", "value"),
        vec!["half drie".to_owned()]
    );
    assert_eq!(page.attrs("input#datum", "value"), vec!["20".to_owned()]);
    assert_eq!(page.text("textarea#toelichting"), "Bel eerst aan");
    assert_eq!(aantal(&app, "gesprek_gepland", &id).await, 0);

    // The onderzoek: no topics ticked.
    let dag = [datum("gesprek_op", "23", "11", "2026")];
    let page = app
        .post(
            &format!("{zaak}/onderzoek"),
            &velden(
                &[
                    ("levensgebieden", "wonen"),
                    ("uitkomst", "Goed gesprek gehad."),
                ],
                &dag,
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#onderwerpen"]
    );
    assert!(page.text("#onderwerpen-fout").contains("minstens één"));
    assert_eq!(page.text("textarea#uitkomst"), "Goed gesprek gehad.");
    assert_eq!(
        page.attrs("input[name=levensgebieden][checked]", "value"),
        vec!["wonen".to_owned()]
    );

    // The besluit: an amount that is no amount, and an indicatie of more than five years.
    vastleggen(
        &app,
        &id,
        CONSULENT,
        Gebeurtenis::Aanvraag {
            ontvangen_op: date!(2026 - 11 - 23),
            voorzieningen: vec![Voorziening::Begeleiding],
        },
    )
    .await;
    let page = app
        .post_multipart(
            &format!("{zaak}/besluit"),
            &[
                ("verzonden_op-dag", "23"),
                ("verzonden_op-maand", "11"),
                ("verzonden_op-jaar", "2026"),
                ("r1-omschrijving", "Begeleiding thuis"),
                ("r1-uitkomst", "toegekend"),
                ("r1-vorm", "pgb"),
                ("r1-ingang-dag", "1"),
                ("r1-ingang-maand", "1"),
                ("r1-ingang-jaar", "2027"),
                ("r1-einde-dag", "1"),
                ("r1-einde-maand", "1"),
                ("r1-einde-jaar", "2033"),
                ("r1-omvang", "2 uur per week"),
                ("r1-pgb_bedrag", "twintig euro"),
                ("r1-pgb_berekening", "2 uur maal 52 weken"),
                ("r1-reden", "Nodig om de dag door te komen."),
                ("motivering", ""),
            ],
            Some(("brief.pdf", b"geen pdf")),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#r1-einde", "#r1-pgb_bedrag", "#motivering", "#bestand"]
    );
    assert!(page.text("#r1-pgb_bedrag-fout").contains("21,60"));
    assert!(page.text("#r1-einde-fout").contains("5 jaar"));
    assert!(page.text("#bestand-fout").contains("PDF"));
    assert_eq!(
        page.attrs("input#r1-pgb_bedrag", "value"),
        vec!["twintig euro".to_owned()]
    );
    assert_eq!(
        page.attrs("input#r1-omvang", "value"),
        vec!["2 uur per week".to_owned()]
    );
    assert_eq!(
        page.attrs("input[name=r1-vorm][checked]", "value"),
        vec!["pgb".to_owned()]
    );
    assert_eq!(aantal(&app, "besluit", &id).await, 0);
}

#[tokio::test]
async fn every_view_is_logged_and_an_unassigned_case_needs_a_reason_each_day() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    app.add_staff("eigen@gemeente.example", "Eva Eigen", false)
        .await;
    vastleggen(
        &app,
        &id,
        "eigen@gemeente.example",
        Gebeurtenis::Toegewezen {
            consulent_id: staff_person(&app, "eigen@gemeente.example").await.id,
        },
    )
    .await;
    let zaak = format!("/medewerker/zaak/{id}");

    // The assigned consulent sees the case at once; the view is logged.
    inloggen(&mut app, "eigen@gemeente.example").await;
    assert!(
        app.get(&zaak)
            .await
            .body
            .contains("Ik kan de trap niet meer op")
    );
    let log = log_regels(&app, &id).await;
    assert!(log.iter().any(|r| r.naam.as_deref() == Some("Eva Eigen")
        && r.handeling == zaken::toegang::Handeling::Bekeken
        && r.omschrijving == "zaak"));

    // A colleague must first say why, and cannot take the case over without it.
    als_consulent(&mut app, "collega@gemeente.example", "Carl Collega").await;
    let page = app.get(&zaak).await;
    assert!(page.text("h1").ends_with("openen"));
    assert!(!page.body.contains("trap"));
    assert!(
        page.attrs("form", "action")
            .iter()
            .all(|a| !a.ends_with("/oppakken"))
    );
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    assert_eq!(
        zaken::zaak(&app.state, &id).await.unwrap().consulent_id,
        Some(staff_person(&app, "eigen@gemeente.example").await.id)
    );
    assert_eq!(
        app.get(&format!("{zaak}/gesprek")).await.location(),
        zaak,
        "a step page also needs the reason"
    );
    let page = app.post(&format!("{zaak}/reden"), &[("reden", "  ")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(page.attrs(".loket-error-summary a", "href"), vec!["#reden"]);
    let response = app
        .post(
            &format!("{zaak}/reden"),
            &[("reden", "Vervanging van Eva tijdens ziekte")],
        )
        .await;
    assert_eq!(response.location(), zaak);
    assert!(
        app.get(&zaak)
            .await
            .body
            .contains("Ik kan de trap niet meer op")
    );
    assert_eq!(
        app.get(&format!("{zaak}/gesprek")).await.status,
        StatusCode::OK
    );
    let log = log_regels(&app, &id).await;
    let van_carl: Vec<_> = log
        .iter()
        .filter(|r| r.naam.as_deref() == Some("Carl Collega"))
        .collect();
    assert!(
        van_carl
            .iter()
            .any(|r| r.reden.as_deref() == Some("Vervanging van Eva tijdens ziekte"))
    );
    assert!(van_carl.iter().any(|r| r.omschrijving == "zaak"));
    assert!(van_carl.iter().any(|r| r.omschrijving == "stap:gesprek"));
    assert!(van_carl.iter().all(|r| r.rol == "medewerker"));

    // The next day the reason is asked again.
    app.clock.advance(Duration::days(1));
    inloggen(&mut app, "collega@gemeente.example").await;
    assert!(app.get(&zaak).await.text("h1").ends_with("openen"));
}

#[tokio::test]
async fn residents_and_visitors_never_reach_the_back_office() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    let zaak = format!("/medewerker/zaak/{id}");
    let pages = [
        "/medewerker".to_owned(),
        zaak.clone(),
        format!("{zaak}/gesprek"),
        format!("{zaak}/besluit"),
        format!("{zaak}/plan"),
        format!("{zaak}/document/onbekend"),
    ];
    let posts = [
        format!("{zaak}/reden"),
        format!("{zaak}/oppakken"),
        format!("{zaak}/gesprek"),
        format!("{zaak}/sluiten"),
        format!("{zaak}/besluit"),
    ];
    // Anonymous: the sign-in page.
    for path in pages.iter().chain(&posts) {
        let response = if pages.contains(path) {
            app.get(path).await
        } else {
            app.post(path, &[("reden", "x")]).await
        };
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{path}");
        let terug = if pages.contains(path) {
            format!("/inloggen?terug={path}")
        } else {
            "/inloggen".to_owned()
        };
        assert_eq!(response.location(), terug, "{path}");
    }
    // The resident whose case it is, and another resident: not found.
    for email in ["bewoner@example.nl", "ander@example.nl"] {
        app.clear_cookies();
        inloggen(&mut app, email).await;
        for path in &pages {
            assert_eq!(
                app.get(path).await.status,
                StatusCode::NOT_FOUND,
                "{email} {path}"
            );
        }
        for path in &posts {
            let response = app.post(path, &[("reden", "x")]).await;
            assert_eq!(response.status, StatusCode::NOT_FOUND, "{email} {path}");
        }
    }
    assert!(log_regels(&app, &id).await.is_empty());
    assert_eq!(aantal(&app, "toegewezen", &id).await, 0);
}

#[tokio::test]
async fn staff_download_the_uploaded_plan_as_an_attachment_and_it_is_logged() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    inloggen(&mut app, "bewoner@example.nl").await;
    let (ct, body) = multipart(&[], Some(("mijn plan.pdf", PDF)));
    let response = app
        .post_bytes(&format!("/melding/{id}/plan/uploaden"), &ct, body)
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    let page = app.get(&zaak).await;
    assert_eq!(
        page.attrs("a[download]", "href"),
        vec![format!("{zaak}/plan")]
    );
    let (status, headers, bytes) = app.get_bytes(&format!("{zaak}/plan")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"mijn_plan.pdf\""
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let log = log_regels(&app, &id).await;
    assert!(
        log.iter()
            .any(|r| r.handeling == zaken::toegang::Handeling::Gedownload
                && r.omschrijving == "plan")
    );
    assert_eq!(
        app.get_bytes(&format!("{zaak}/document/bestaat-niet"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

/// The `stand` of the step form on this page.
fn stand_van(page: &TestResponse) -> String {
    page.attrs("input[name=stand]", "value")
        .pop()
        .expect("a form with the case's step number")
}

#[tokio::test]
async fn a_step_form_sent_twice_records_the_step_once() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    let form = app.get(&format!("{zaak}/gesprek")).await;
    let stand = stand_van(&form);
    let gesprek_datum = [datum("datum", "1", "12", "2026")];
    let fields = velden(
        &[
            ("stand", stand.as_str()),
            ("tijd", "10:30"),
            ("plaats", "thuis"),
            ("toelichting", ""),
        ],
        &gesprek_datum,
    );
    for _ in 0..2 {
        let response = app.post(&format!("{zaak}/gesprek"), &fields).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
    }
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = $1 AND soort = 'gesprek_gepland'",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(n, 1, "one talk planned, and one mail about it");
    // A new form (to plan the talk again) is a new step.
    let form = app.get(&format!("{zaak}/gesprek")).await;
    let opnieuw = stand_van(&form);
    assert_ne!(opnieuw, stand);
}

#[tokio::test]
async fn an_early_aanvraag_leaves_the_onderzoek_and_verslag_open_and_a_late_extension_is_refused() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    // The resident applies at once, before any gesprek (Monday 23 November 2026).
    let ontvangen = [datum("ontvangen_op", "23", "11", "2026")];
    let response = app
        .post(
            &format!("{zaak}/aanvraag"),
            &velden(&[("voorzieningen", "begeleiding")], &ontvangen),
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=aanvraag"));
    let page = app.get(&zaak).await;
    let stappen = page.attrs("main ul li a", "href");
    assert!(
        stappen.contains(&format!("{zaak}/onderzoek")),
        "{stappen:?}"
    );
    let gesprek_op = [datum("gesprek_op", "24", "11", "2026")];
    app.clock.advance(Duration::days(1));
    inloggen(&mut app, CONSULENT).await;
    let response = app
        .post(
            &format!("{zaak}/onderzoek"),
            &velden(
                &[
                    ("onderwerpen", "behoeften"),
                    ("uitkomst", "Begeleiding nodig."),
                ],
                &gesprek_op,
            ),
        )
        .await;
    assert_eq!(response.location(), format!("{zaak}?klaar=onderzoek"));
    let page = app.get(&zaak).await;
    assert!(
        page.attrs("main ul li a", "href")
            .contains(&format!("{zaak}/verslag")),
        "the verslag can still be written"
    );

    // Past the two weeks (7 December), an extension is too late (Awb 4:14).
    app.clock.advance(Duration::days(15));
    inloggen(&mut app, CONSULENT).await;
    let nieuw = [datum("nieuwe_datum", "21", "12", "2026")];
    let response = app
        .post(
            &format!("{zaak}/verdagen"),
            &velden(&[("reden", "Advies nodig")], &nieuw),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains("Verdagen kan alleen vóór het einde van de termijn"),
        "{}",
        response.text(".loket-error-summary")
    );
}

#[tokio::test]
async fn a_talk_on_another_day_than_planned_is_asked_about_and_the_resident_reads_the_real_day() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    als_consulent(&mut app, CONSULENT, "Sanne Visser").await;
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(&format!("{zaak}/oppakken"), &[]).await;
    // Planned for 10 December (the test day is 23 November).
    let gepland = [datum("datum", "10", "12", "2026")];
    let r = app
        .post(
            &format!("{zaak}/gesprek"),
            &velden(
                &[("tijd", "10:30"), ("plaats", "thuis"), ("toelichting", "")],
                &gepland,
            ),
        )
        .await;
    assert_eq!(r.location(), format!("{zaak}?klaar=gesprek"));

    // On 5 December the consulent records the onderzoek with a talk that day: asked once whether that is right.
    app.clock.advance(Duration::days(12));
    inloggen(&mut app, CONSULENT).await;
    let formulier = app.get(&format!("{zaak}/onderzoek")).await;
    assert!(
        formulier
            .text("#gesprek_op-hint")
            .contains("Het gesprek stond gepland op donderdag 10 december 2026."),
        "{}",
        formulier.text("main")
    );
    let op = [datum("gesprek_op", "5", "12", "2026")];
    let vast = [
        ("onderwerpen", "behoeften"),
        ("uitkomst", "Hulp bij het douchen is nodig."),
    ];
    let r = app
        .post(&format!("{zaak}/onderzoek"), &velden(&vast, &op))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text("#gesprek_op-fout").contains(
            "Het gesprek stond gepland op donderdag 10 december 2026. U vulde zaterdag 5 december 2026 in."
        ),
        "{}",
        r.text("main")
    );
    assert_eq!(r.attrs("input[name=gesprek_op-dag]", "value"), ["5"]);
    assert_eq!(
        r.text("textarea[name=uitkomst]"),
        "Hulp bij het douchen is nodig."
    );
    assert_eq!(aantal(&app, "onderzoek", &id).await, 0);
    let mut bevestigd = velden(&vast, &op);
    bevestigd.push(("gesprek_anders", "ja"));
    let r = app.post(&format!("{zaak}/onderzoek"), &bevestigd).await;
    assert_eq!(r.location(), format!("{zaak}?klaar=onderzoek"));

    // The resident's timeline: the talk was on 5 December, not an appointment still to come.
    inloggen(&mut app, "bewoner@example.nl").await;
    let tijdlijn = app
        .get(&format!("/melding/{id}"))
        .await
        .text(".loket-timeline");
    assert!(
        tijdlijn.contains("Het gesprek was op zaterdag 5 december 2026."),
        "{tijdlijn}"
    );
    assert!(!tijdlijn.contains("10 december"), "{tijdlijn}");
}

#[tokio::test]
async fn views_opened_at_the_same_moment_are_each_logged_once() {
    let mut app = TestApp::new().await;
    let id = melding(&mut app, "bewoner@example.nl", false).await;
    app.add_staff("eigen@gemeente.example", "Eva Eigen", false)
        .await;
    vastleggen(
        &app,
        &id,
        "eigen@gemeente.example",
        Gebeurtenis::Toegewezen {
            consulent_id: staff_person(&app, "eigen@gemeente.example").await.id,
        },
    )
    .await;
    inloggen(&mut app, "eigen@gemeente.example").await;
    let voor = log_regels(&app, &id).await.len();
    let zaak = format!("/medewerker/zaak/{id}");
    let mut tegelijk = tokio::task::JoinSet::new();
    for _ in 0..40 {
        let mut browser = app.other_browser();
        browser.use_cookie_jar(app.cookie_jar());
        let zaak = zaak.clone();
        tegelijk.spawn(async move { browser.get(&zaak).await.status });
    }
    while let Some(status) = tegelijk.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    let na = log_regels(&app, &id).await;
    let gezien = na
        .iter()
        .filter(|r| r.handeling == zaken::toegang::Handeling::Bekeken && r.omschrijving == "zaak")
        .count();
    assert_eq!(na.len() - voor, 40, "every page's view, once");
    assert!(gezien >= 40);
}
