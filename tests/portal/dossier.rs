//! The resident's dossier: what happened to their melding, what comes next and by when, and what they can do
//! (answer, comment, send a document, object, hold the municipality to its term). The municipality's steps are
//! recorded directly with `zaken::vastleggen`, as the back office does.

use axum::http::StatusCode;
use loket::auth::Person;
use loket::zaken::domain::{
    BesluitRegel, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Voorziening, Vorm,
};
use loket::zaken::repo::{DocumentSoort, NieuwDocument};
use loket::zaken::{self, toegang};
use time::Duration;
use time::macros::date;

use crate::support::{Options, TestApp, TestResponse};

const PDF: &[u8] = b"%PDF-1.4\n% een brief\n";
const PNG: &[u8] = &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

async fn consulent(app: &TestApp) -> Person {
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await
}

/// A resident with a submitted melding, signed in, and a consulent to record the municipality's steps.
async fn dossier_app() -> (TestApp, String, Person) {
    // Het Hogeland counts the melding's terms from the day it is received.
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let staff = consulent(&app).await;
    (app, id, staff)
}

async fn stap(app: &TestApp, id: &str, wie: &Person, gebeurtenis: Gebeurtenis) {
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, id)
        .await
        .unwrap()
        .unwrap();
    zaken::vastleggen(&app.state, &melding, wie, None, |_| gebeurtenis)
        .await
        .unwrap();
}

/// The verslag or the besluit with a PDF letter.
async fn stap_met_pdf(
    app: &TestApp,
    id: &str,
    wie: &Person,
    soort: DocumentSoort,
    maak: impl FnOnce(Option<String>) -> Gebeurtenis,
) {
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, id)
        .await
        .unwrap()
        .unwrap();
    let document = NieuwDocument {
        soort,
        naam: "brief.pdf",
        type_: loket::zaken::document::BestandType::Pdf,
        inhoud: PDF,
    };
    zaken::vastleggen(&app.state, &melding, wie, Some(document), maak)
        .await
        .unwrap();
}

/// Some days later: a session lasts 12 hours, so the resident signs in again.
async fn later(app: &mut TestApp, dagen: i64) {
    app.clock.advance(Duration::days(dagen));
    app.sign_in("bewoner@example.nl").await;
}

fn gesprek() -> Gebeurtenis {
    Gebeurtenis::GesprekGepland {
        datum: date!(2026 - 12 - 01),
        tijd: "10:30".into(),
        plaats: Plaats::Thuis,
        toelichting: String::new(),
    }
}

fn aanvraag(op: time::Date) -> Gebeurtenis {
    Gebeurtenis::Aanvraag {
        ontvangen_op: op,
        voorzieningen: vec![Voorziening::HuishoudelijkeOndersteuning],
    }
}

fn besluit(verzonden_op: time::Date, document_id: Option<String>) -> Gebeurtenis {
    Gebeurtenis::Besluit {
        verzonden_op,
        regels: vec![
            BesluitRegel {
                voorziening: Voorziening::HuishoudelijkeOndersteuning,
                omschrijving: "Hulp bij het schoonhouden van uw huis".into(),
                uitkomst: Uitkomst::Toegekend,
                vorm: Some(Vorm::Zin),
                ingangsdatum: Some(date!(2027 - 01 - 04)),
                einddatum: Some(date!(2028 - 12 - 31)),
                omvang: "3 uur per week".into(),
                aanbieder: "Thuiszorg Noord".into(),
                kostprijs: Some(loket::geld::Bedrag::cent(3500)),
                eigen_bijdrage: Some(loket::geld::Bedrag::cent(2160)),
                pgb_bedrag: None,
                pgb_berekening: String::new(),
                reden: "U kunt niet meer zelf stofzuigen.".into(),
            },
            BesluitRegel {
                voorziening: Voorziening::Hulpmiddel,
                omschrijving: "Een traplift".into(),
                uitkomst: Uitkomst::Afgewezen,
                vorm: None,
                ingangsdatum: None,
                einddatum: None,
                omvang: String::new(),
                aanbieder: String::new(),
                kostprijs: None,
                eigen_bijdrage: None,
                pgb_bedrag: None,
                pgb_berekening: String::new(),
                reden: "Een slaapkamer beneden past beter.".into(),
            },
        ],
        motivering: "Zie het verslag.".into(),
        document_id,
    }
}

fn current(page: &TestResponse) -> String {
    page.text("ol.loket-timeline li[aria-current=step]")
}

#[tokio::test]
async fn the_timeline_shows_every_phase_with_its_dates() {
    let (mut app, id, staff) = dossier_app().await;
    let pad = format!("/melding/{id}");

    let page = app.get(&pad).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.texts("ol.loket-timeline > li").len(), 7);
    let nu = current(&page);
    assert!(nu.starts_with("Nu: Melding ontvangen"), "{nu}");
    assert!(nu.contains("23 november 2026"), "{nu}");
    let hierna = page.texts("ol.loket-timeline > li");
    assert!(hierna[1].starts_with("Hierna:"), "{hierna:?}");
    // The legal term of the onderzoek, with where it comes from.
    assert!(
        hierna[2].contains("Uiterlijk op maandag 4 januari 2027") && hierna[2].contains("6 weken"),
        "{hierna:?}"
    );

    stap(&app, &id, &staff, gesprek()).await;
    let page = app.get(&pad).await;
    let nu = current(&page);
    assert!(nu.starts_with("Nu: Afspraak voor het gesprek"), "{nu}");
    assert!(
        nu.contains("dinsdag 1 december 2026 om 10:30") && nu.contains("bij u thuis"),
        "{nu}"
    );
    assert!(page.texts("ol.loket-timeline > li")[0].starts_with("Gedaan: Melding ontvangen"));
    assert!(
        page.text("main")
            .contains("Uw gesprek met de gemeente is op dinsdag 1 december 2026.")
    );

    later(&mut app, 8).await;
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Onderzoek {
            gesprek_op: date!(2026 - 12 - 01),
            onderwerpen: vec![Onderwerp::Behoeften],
            levensgebieden: vec!["wonen".into()],
            uitkomst: "Hulp in het huishouden".into(),
        },
    )
    .await;
    let page = app.get(&pad).await;
    assert!(current(&page).starts_with("Nu: Gesprek en onderzoek"));
    assert!(current(&page).contains("1 december 2026"));
    let verslag = &page.texts("ol.loket-timeline > li")[3];
    assert!(verslag.contains("Uiterlijk op"), "{verslag}");

    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Verslag {
            tekst: "U wilt hulp bij het schoonmaken.".into(),
            document_id: None,
        },
    )
    .await;
    let page = app.get(&pad).await;
    assert!(current(&page).starts_with("Nu: Verslag van het gesprek"));
    assert!(current(&page).contains("1 december 2026"));
    assert!(
        page.attrs("a", "href")
            .contains(&format!("/melding/{id}/verslag"))
    );

    later(&mut app, 6).await;
    stap(&app, &id, &staff, aanvraag(date!(2026 - 12 - 07))).await;
    let page = app.get(&pad).await;
    let nu = current(&page);
    assert!(
        nu.starts_with("Nu: Aanvraag") && nu.contains("7 december 2026"),
        "{nu}"
    );
    assert!(
        nu.contains("U krijgt uiterlijk op maandag 21 december 2026 een besluit"),
        "{nu}"
    );
    let besluit_stap = &page.texts("ol.loket-timeline > li")[5];
    assert!(
        besluit_stap.contains("Uiterlijk op maandag 21 december 2026")
            && besluit_stap.contains("2 weken"),
        "{besluit_stap}"
    );

    stap(&app, &id, &staff, besluit(date!(2026 - 12 - 14), None)).await;
    let page = app.get(&pad).await;
    let nu = current(&page);
    assert!(
        nu.starts_with("Nu: Besluit") && nu.contains("14 december 2026"),
        "{nu}"
    );
    assert!(
        !nu.contains("Uiterlijk"),
        "decided: no deadline any more: {nu}"
    );
    assert!(
        page.text("main")
            .contains("U kunt bezwaar maken tot en met maandag 25 januari 2027."),
        "{}",
        page.text("main")
    );

    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Gesloten {
            reden: "Klaar".into(),
        },
    )
    .await;
    let page = app.get(&pad).await;
    let nu = current(&page);
    assert!(nu.starts_with("Nu: Afgesloten"), "{nu}");
    assert!(nu.contains("7 december 2026"), "{nu}");
    assert!(
        page.texts("ol.loket-timeline > li")
            .iter()
            .all(|s| !s.starts_with("Hierna"))
    );

    // Mijn loket links the dossier and shows the phase.
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.attrs(".loket-zaken a", "href")
            .contains(&format!("/melding/{id}"))
    );
    assert!(mijn.text(".loket-zaken").contains("Afgesloten"));
}

#[tokio::test]
async fn mijn_loket_and_the_confirmation_link_the_dossier_with_the_phase_and_next_date() {
    let (mut app, id, staff) = dossier_app().await;
    let bevestiging = app.get(&format!("/melding/{id}/bevestiging")).await;
    assert!(
        bevestiging
            .attrs("main a", "href")
            .contains(&format!("/melding/{id}"))
    );
    stap(&app, &id, &staff, gesprek()).await;
    let mijn = app.get("/mijn-loket").await;
    let zaken = mijn.text(".loket-zaken");
    assert!(zaken.contains("Afspraak voor het gesprek"), "{zaken}");
    assert!(zaken.contains("dinsdag 1 december 2026"), "{zaken}");
    assert!(
        mijn.attrs(".loket-zaken a", "href")
            .contains(&format!("/melding/{id}"))
    );
    assert!(
        !zaken.contains("De gemeente is te laat"),
        "nothing late yet: {zaken}"
    );
}

#[tokio::test]
async fn a_passed_deadline_of_the_municipality_is_marked_late() {
    let (mut app, id, _) = dossier_app().await;
    let mijn = app.get("/mijn-loket").await;
    assert!(!mijn.text(".loket-zaken").contains("De gemeente is te laat"));
    // Seven weeks on, the onderzoek (six weeks) has not been done: the next date has passed.
    later(&mut app, 49).await;
    let zaken = app.get("/mijn-loket").await.text(".loket-zaken");
    assert!(zaken.contains("De gemeente is te laat"), "{zaken}");
    assert!(app.get(&format!("/melding/{id}")).await.status.is_success());
}

#[tokio::test]
async fn a_draft_goes_on_where_it_was_left() {
    let mut app = TestApp::new().await;
    app.sign_in("bewoner@example.nl").await;
    let response = app.post("/melding", &[]).await;
    let stap = response.location().to_owned();
    let id = stap
        .trim_start_matches("/melding/")
        .trim_end_matches("/stap/voor-wie");
    let page = app.get(&format!("/melding/{id}")).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), stap);
    assert_eq!(
        app.get(&format!("/melding/{id}/besluit")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_besluit_is_explained_with_the_last_day_to_object_after_a_holiday() {
    let (mut app, id, staff) = dossier_app().await;
    stap(&app, &id, &staff, aanvraag(date!(2026 - 11 - 09))).await;
    // Sent on Friday 13 November: six weeks later is Christmas Day, and the 26th is a Saturday, so the term
    // runs on to Monday 28 December.
    stap_met_pdf(&app, &id, &staff, DocumentSoort::Besluit, |doc| {
        besluit(date!(2026 - 11 - 13), doc)
    })
    .await;
    let page = app.get(&format!("/melding/{id}/besluit")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let main = page.text("main");
    for tekst in [
        "Hulp bij het schoonhouden van uw huis",
        "U krijgt deze hulp",
        "3 uur per week",
        "maandag 4 januari 2027",
        "zondag 31 december 2028",
        "zorg in natura",
        "Thuiszorg Noord",
        "U betaalt een eigen bijdrage van € 21,60 per maand.",
        "U kunt niet meer zelf stofzuigen.",
        "Een traplift",
        "U krijgt deze hulp niet",
        "Een slaapkamer beneden past beter.",
        "U kunt bezwaar maken tot en met maandag 28 december 2026.",
        "De 6 weken eindigen eigenlijk op vrijdag 25 december 2026.",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    assert!(
        !main.contains("Dit schreef de gemeente in het Nederlands."),
        "no note on a Dutch page"
    );
    // In English the reasons staff wrote stay Dutch: marked as such for a screen reader, and said once.
    app.get("/taal/en").await;
    let en = app.get(&format!("/melding/{id}/besluit")).await;
    let nl = en.texts("main [lang=nl]");
    assert!(
        nl.iter()
            .any(|t| t.contains("U kunt niet meer zelf stofzuigen.")),
        "{nl:?}"
    );
    assert!(
        en.text("main")
            .contains("The municipality wrote this in Dutch.")
    );
    app.get("/taal/nl").await;
    let letter = page
        .attrs("main a[download]", "href")
        .into_iter()
        .next()
        .unwrap();
    let (status, headers, bytes) = app.get_bytes(&letter).await;
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

    let form = app.get(&format!("/melding/{id}/bezwaar")).await;
    assert!(
        form.text("main")
            .contains("tot en met maandag 28 december 2026")
    );
    assert!(
        form.html()
            .select(&scraper::Selector::parse("#te-laat").unwrap())
            .next()
            .is_none()
    );
    let leeg = app
        .post(&format!("/melding/{id}/bezwaar"), &[("tekst", " ")])
        .await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(leeg.attrs(".loket-error-summary a", "href"), ["#tekst"]);
    assert!(leeg.text("#tekst-fout").contains("Schrijf waarom"));

    // After the last day: honest that it is late, and it may still be sent.
    later(&mut app, 40).await;
    let laat = app.get(&format!("/melding/{id}/bezwaar")).await;
    assert!(
        laat.text("#te-laat").contains("te laat"),
        "{}",
        laat.text("main")
    );
    assert!(laat.text("#te-laat").contains("De gemeente beslist"));
    let sent = app
        .post(
            &format!("/melding/{id}/bezwaar"),
            &[(
                "tekst",
                "Ik heb wel een traplift nodig. Ik was in het ziekenhuis.",
            )],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    // The bezwaar is checked before it goes: the check page shows what will be sent, nothing is sent yet.
    let controle = app.get(sent.location()).await;
    assert_eq!(controle.text("h1"), "Controleer uw bezwaar");
    assert!(
        controle
            .text("main")
            .contains("Ik heb wel een traplift nodig.")
    );
    assert!(
        zaken::zaak(&app.state, &id)
            .await
            .unwrap()
            .bezwaar
            .is_none(),
        "not sent before the button on the check page"
    );
    let verstuurd = app
        .post(&format!("/melding/{id}/bezwaar/versturen"), &[])
        .await;
    assert_eq!(verstuurd.status, StatusCode::SEE_OTHER);
    let dossier = app.get(verstuurd.location()).await;
    assert!(dossier.text(".loket-banner").contains("bezwaar ontvangen"));
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert!(matches!(
        zaak.bezwaar.map(|s| s.gebeurtenis),
        Some(Gebeurtenis::Bezwaar { tekst }) if tekst.contains("traplift")
    ));
    let again = app.get(&format!("/melding/{id}/bezwaar")).await;
    assert!(
        again
            .text("main")
            .contains("Ik heb wel een traplift nodig.")
    );
    assert!(again.texts("form textarea").is_empty());
}

#[tokio::test]
async fn the_ingebrekestelling_exists_only_when_the_municipality_is_late() {
    let (mut app, id, staff) = dossier_app().await;
    let pad = format!("/melding/{id}/ingebrekestelling");
    assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND);
    stap(&app, &id, &staff, aanvraag(date!(2026 - 11 - 23))).await;
    // The besluit is due on Monday 7 December; that day itself is not late.
    later(&mut app, 14).await;
    assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.post(&pad, &[]).await.status, StatusCode::NOT_FOUND);

    later(&mut app, 1).await;
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.attrs("main a", "href").contains(&pad));
    let page = app.get(&pad).await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text("main");
    for tekst in [
        "maandag 7 december 2026",
        "€ 23 per dag",
        "€ 35 per dag",
        "€ 45 per dag",
        "42 dagen",
        "€ 1.442",
        "dinsdag 8 december 2026",
        "tot en met dinsdag 22 december 2026",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    let sent = app.post(&pad, &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert_eq!(zaak.ingebrekestelling, Some(date!(2026 - 12 - 08)));
    // A second press does not move the start of the dwangsom.
    later(&mut app, 1).await;
    app.post(&pad, &[]).await;
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert_eq!(zaak.ingebrekestelling, Some(date!(2026 - 12 - 08)));

    let dossier = app.get(&format!("/melding/{id}")).await;
    let stand = dossier.text("section[aria-labelledby=dwangsom]");
    assert!(stand.contains("dinsdag 8 december 2026"), "{stand}");
    assert!(
        stand.contains("tot en met dinsdag 22 december 2026"),
        "{stand}"
    );
    assert!(!stand.contains("Tot nu toe"), "{stand}");

    // Two days of dwangsom (23 and 24 December), then fifteen (the second rate begins).
    later(&mut app, 15).await;
    let stand = app
        .get(&format!("/melding/{id}"))
        .await
        .text("section[aria-labelledby=dwangsom]");
    assert!(
        stand.contains("Tot nu toe is dat € 46. Dat is voor 2 dagen."),
        "{stand}"
    );
    later(&mut app, 13).await;
    let stand = app
        .get(&format!("/melding/{id}"))
        .await
        .text("section[aria-labelledby=dwangsom]");
    assert!(stand.contains("€ 357"), "{stand}");
}

#[tokio::test]
async fn a_question_is_answered_with_text_and_a_file() {
    let (mut app, id, staff) = dossier_app().await;
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Vraag {
            vraag_id: "v1".into(),
            tekst: "Stuur de brief van uw huisarts.".into(),
            voor: date!(2026 - 12 - 07),
            schort_op: false,
        },
    )
    .await;
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(
        dossier
            .text("main")
            .contains("Stuur de brief van uw huisarts.")
    );
    assert!(
        dossier
            .text("main")
            .contains("Stuur uw antwoord vóór maandag 7 december 2026.")
    );
    let pad = format!("/melding/{id}/vraag/v1");
    assert!(dossier.attrs("main a", "href").contains(&pad));
    assert_eq!(app.get(&pad).await.status, StatusCode::OK);
    assert_eq!(
        app.get(&format!("/melding/{id}/vraag/onbekend"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let leeg = app.post_multipart(&pad, &[("tekst", "")], None).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(leeg.text("#tekst-fout").contains("Schrijf uw antwoord"));
    let fout = app
        .post_multipart(
            &pad,
            &[("tekst", "Hier is de brief")],
            Some(("brief.pdf", b"geen pdf")),
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(fout.text("#bestand-fout").contains("PDF, JPG of PNG"));
    assert_eq!(
        fout.text("textarea#tekst"),
        "Hier is de brief",
        "input kept"
    );

    let goed = app
        .post_multipart(
            &pad,
            &[("tekst", "Hier is de brief")],
            Some(("brief huisarts.pdf", PDF)),
        )
        .await;
    assert_eq!(goed.status, StatusCode::SEE_OTHER);
    let dossier = app.get(goed.location()).await;
    assert!(dossier.text(".loket-banner").contains("antwoord ontvangen"));
    assert!(
        !dossier
            .text("main")
            .contains("Stuur de brief van uw huisarts.")
    );
    assert!(dossier.text("main").contains("brief huisarts.pdf"));
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert_eq!(zaak.open_vragen().count(), 0);
    // Answered: the page sends the resident back to the dossier.
    assert_eq!(app.get(&pad).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_comment_is_added_under_the_verslag_which_stays_as_it_was() {
    let (mut app, id, staff) = dossier_app().await;
    let pad = format!("/melding/{id}/verslag");
    assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND);
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Verslag {
            tekst: "U wilt hulp bij het schoonmaken.\nUw dochter helpt op zaterdag.".into(),
            document_id: None,
        },
    )
    .await;
    let leeg = app.post(&pad, &[("tekst", "")]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(leeg.text("#tekst-fout").contains("Schrijf uw reactie"));
    let lang = "x".repeat(5001);
    let te_lang = app.post(&pad, &[("tekst", &lang)]).await;
    assert_eq!(te_lang.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(te_lang.text("#tekst-fout").contains("te lang"));

    let sent = app
        .post(
            &pad,
            &[("tekst", "Mijn dochter helpt op zondag, niet op zaterdag.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let page = app.get(sent.location()).await;
    let main = page.text("main");
    let origineel = main.find("Uw dochter helpt op zaterdag.").unwrap();
    let reactie = main
        .find("Mijn dochter helpt op zondag, niet op zaterdag.")
        .unwrap();
    assert!(origineel < reactie, "the verslag comes first: {main}");
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert!(matches!(
        zaak.verslag.map(|s| s.gebeurtenis),
        Some(Gebeurtenis::Verslag { tekst, .. }) if tekst.contains("zaterdag")
    ));
    assert_eq!(zaak.reacties.len(), 1);
}

#[tokio::test]
async fn uploads_are_checked_by_size_content_and_emptiness() {
    let (mut app, id, _) = dossier_app().await;
    let pad = format!("/melding/{id}/uploaden");
    assert_eq!(app.get(&pad).await.status, StatusCode::OK);

    let groot = vec![b'%'; 10 * 1024 * 1024 + 1];
    let response = app
        .post_multipart(&pad, &[], Some(("scan.pdf", &groot)))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text("#bestand-fout").contains("te groot"));

    let response = app
        .post_multipart(&pad, &[], Some(("foto.png", b"MZ not a picture")))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text("#bestand-fout")
            .contains("kunnen wij niet openen")
    );

    let response = app.post_multipart(&pad, &[], Some(("leeg.pdf", b""))).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text("#bestand-fout").contains("leeg"));

    let response = app.post_multipart(&pad, &[], None).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.attrs(".loket-error-summary a", "href"),
        ["#bestand"]
    );

    let response = app.post_multipart(&pad, &[], Some(("foto.png", PNG))).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let dossier = app.get(response.location()).await;
    assert!(dossier.text("main").contains("foto.png"));
    let link = dossier
        .attrs("main a[download]", "href")
        .into_iter()
        .next()
        .unwrap();
    let (status, headers, bytes) = app.get_bytes(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PNG);
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );

    // A document of this case is not reached through another case.
    let doc = link.rsplit('/').next().unwrap().to_owned();
    let ander = app.submitted_melding("bewoner@example.nl").await;
    let (status, _, _) = app
        .get_bytes(&format!("/melding/{ander}/document/{doc}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn no_one_else_sees_any_of_the_dossier() {
    let (mut app, id, staff) = dossier_app().await;
    stap(&app, &id, &staff, aanvraag(date!(2026 - 11 - 09))).await;
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Vraag {
            vraag_id: "v1".into(),
            tekst: "Vraag".into(),
            voor: date!(2026 - 12 - 07),
            schort_op: false,
        },
    )
    .await;
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Verslag {
            tekst: "Verslag".into(),
            document_id: None,
        },
    )
    .await;
    stap_met_pdf(&app, &id, &staff, DocumentSoort::Besluit, |doc| {
        besluit(date!(2026 - 11 - 20), doc)
    })
    .await;
    let doc = zaken::repo::documenten(&app.state.db.pool, &id)
        .await
        .unwrap()
        .remove(0)
        .id;
    let get = [
        format!("/melding/{id}"),
        format!("/melding/{id}/document/{doc}"),
        format!("/melding/{id}/vraag/v1"),
        format!("/melding/{id}/verslag"),
        format!("/melding/{id}/uploaden"),
        format!("/melding/{id}/besluit"),
        format!("/melding/{id}/bezwaar"),
        format!("/melding/{id}/ingebrekestelling"),
        format!("/melding/{id}/inzage"),
    ];
    let post = [
        format!("/melding/{id}/verslag"),
        format!("/melding/{id}/bezwaar"),
        format!("/melding/{id}/ingebrekestelling"),
    ];
    let multipart_post = [
        format!("/melding/{id}/vraag/v1"),
        format!("/melding/{id}/uploaden"),
    ];

    app.clear_cookies();
    for pad in &get {
        assert_eq!(
            app.get(pad).await.location(),
            format!("/inloggen?terug={pad}"),
            "{pad}"
        );
    }
    for pad in &post {
        assert_eq!(
            app.post(pad, &[("tekst", "x")]).await.location(),
            "/inloggen",
            "{pad}"
        );
    }
    for pad in &multipart_post {
        let response = app
            .post_multipart(pad, &[("tekst", "x")], Some(("a.png", PNG)))
            .await;
        assert_eq!(response.location(), "/inloggen", "{pad}");
    }

    app.sign_in("buurman@example.nl").await;
    for pad in &get {
        assert_eq!(app.get(pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    for pad in &post {
        assert_eq!(
            app.post(pad, &[("tekst", "x")]).await.status,
            StatusCode::NOT_FOUND,
            "{pad}"
        );
    }
    for pad in &multipart_post {
        let response = app
            .post_multipart(pad, &[("tekst", "x")], Some(("a.png", PNG)))
            .await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{pad}");
    }
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert!(zaak.bezwaar.is_none() && zaak.reacties.is_empty() && zaak.open_vragen().count() == 1);
}

#[tokio::test]
async fn the_resident_sees_who_looked_at_the_dossier_and_why() {
    let (mut app, id, staff) = dossier_app().await;
    let pad = format!("/melding/{id}/inzage");
    let page = app.get(&pad).await;
    assert!(page.text("main").contains("Nog niemand"));
    toegang::log(
        &app.state.db,
        &id.clone().into(),
        &staff,
        toegang::Handeling::Bekeken,
        "dossier",
        Some("Ik vervang de consulent deze week"),
        app.state.clock.now(),
    )
    .await
    .unwrap();
    stap(&app, &id, &staff, gesprek()).await;
    let page = app.get(&pad).await;
    let items = page.texts(".loket-inzage > li");
    assert_eq!(items.len(), 2, "{items:?}");
    let bekeken = items
        .iter()
        .find(|i| i.contains("Bekeek uw dossier"))
        .unwrap();
    assert!(
        bekeken.contains("Sanne Visser, medewerker van de gemeente"),
        "{bekeken}"
    );
    assert!(bekeken.contains("23 november 2026, 10:00"), "{bekeken}");
    assert!(
        bekeken.contains("De reden: Ik vervang de consulent deze week"),
        "{bekeken}"
    );
    assert!(
        items
            .iter()
            .any(|i| i.contains("Afspraak voor het gesprek"))
    );
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.attrs("main a", "href").contains(&pad));
}

#[tokio::test]
async fn the_besluit_prints_as_a_letter_with_every_part_and_the_bezwaar_clause() {
    let (mut app, id, staff) = dossier_app().await;
    stap(&app, &id, &staff, aanvraag(date!(2026 - 11 - 09))).await;
    stap(&app, &id, &staff, besluit(date!(2026 - 11 - 13), None)).await;
    let besluit = app.get(&format!("/melding/{id}/besluit")).await;
    let brief_pad = format!("/melding/{id}/besluit/brief");
    assert!(
        besluit.attrs("main a", "href").contains(&brief_pad),
        "{}",
        besluit.body
    );
    let brief = app.get(&brief_pad).await;
    assert_eq!(brief.status, StatusCode::OK, "{}", brief.body);
    let main = brief.text("main");
    let referentie: String = sqlx::query_scalar("SELECT referentie FROM zaken WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    for tekst in [
        "Gemeente Het Hogeland",
        "13 november 2026",
        referentie.as_str(),
        "Hulp bij het schoonhouden van uw huis: 3 uur per week",
        "U krijgt het",
        "4 januari 2027",
        "31 december 2028",
        "U kunt niet meer zelf stofzuigen.",
        "Een traplift",
        "U krijgt het niet",
        "Een slaapkamer beneden past beter.",
        "Zie het verslag.",
        "Sanne Visser, namens het college van burgemeester en wethouders van Het Hogeland.",
        "tot en met maandag 28 december 2026",
        "artikel 6:7 en 6:8",
        "Schrijf een brief.",
        "U kunt het ook op deze website doen.",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    assert!(
        brief
            .attrs("main a", "href")
            .contains(&format!("/melding/{id}/bezwaar"))
    );
    // The stylesheet leaves the links and buttons out on paper.
    assert!(loket::ui::STYLESHEET.contains("@media print"));

    // In English, what staff wrote stays Dutch.
    app.get("/taal/en").await;
    let en = app.get(&brief_pad).await;
    assert!(
        en.text("main")
            .contains("on behalf of the college of burgemeester en wethouders")
    );
    assert!(
        en.texts("main [lang=nl]")
            .iter()
            .any(|t| t.contains("Zie het verslag."))
    );
    app.get("/taal/nl").await;

    // A stranger does not find it; staff read the same letter from the case page.
    let mut vreemde = app.other_browser();
    vreemde.sign_in("vreemde@example.nl").await;
    assert_eq!(vreemde.get(&brief_pad).await.status, StatusCode::NOT_FOUND);
    let mut medewerker = app.other_browser();
    medewerker.sign_in("consulent@gemeente.example").await;
    medewerker.reden_geven(&id).await;
    let zaak = medewerker.get(&format!("/medewerker/zaak/{id}")).await;
    let staf_pad = format!("/medewerker/zaak/{id}/besluit/brief");
    assert!(
        zaak.attrs("main a", "href").contains(&staf_pad),
        "{}",
        zaak.body
    );
    let staf = medewerker.get(&staf_pad).await;
    assert_eq!(staf.status, StatusCode::OK);
    assert!(
        staf.text("main")
            .contains("Sanne Visser, namens het college")
    );
    assert!(
        !staf
            .attrs("main a", "href")
            .contains(&format!("/melding/{id}/bezwaar"))
    );
}

#[tokio::test]
async fn a_case_without_a_besluit_has_no_letter() {
    let (mut app, id, _) = dossier_app().await;
    assert_eq!(
        app.get(&format!("/melding/{id}/besluit/brief"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
