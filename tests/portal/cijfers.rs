//! Figures for the municipality: the monthly table and its CSV for staff only, and the usual waiting time on
//! the melding's start page.

use axum::http::StatusCode;
use loket::auth::{Person, Rol};
use loket::zaken::{self, domain::Gebeurtenis, domain::Voorziening};
use time::{Date, Duration, macros::date};

use crate::support::{Options, TestApp};

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

fn onderzoek(gesprek_op: Date) -> Gebeurtenis {
    Gebeurtenis::Onderzoek {
        gesprek_op,
        onderwerpen: vec![],
        levensgebieden: vec![],
        uitkomst: "Hulp nodig".into(),
    }
}

fn aanvraag(ontvangen_op: Date) -> Gebeurtenis {
    Gebeurtenis::Aanvraag {
        ontvangen_op,
        voorzieningen: vec![Voorziening::Hulpmiddel],
    }
}

fn besluit(verzonden_op: Date, voorzieningen: &[Voorziening]) -> Gebeurtenis {
    Gebeurtenis::Besluit {
        verzonden_op,
        regels: voorzieningen
            .iter()
            .map(|v| loket::zaken::domain::BesluitRegel {
                voorziening: *v,
                omschrijving: "Hulp".into(),
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
            })
            .collect(),
        motivering: "Zie verslag".into(),
        document_id: None,
    }
}

/// Two meldingen of Monday 23 November 2026, one in time and one late; a third (urgent) on 2 February 2027,
/// the day the figures are read. In Het Hogeland the onderzoek's term counts from the day the melding came in.
async fn bekende_cijfers() -> TestApp {
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await;
    let a = app.submitted_melding("a@example.nl").await;
    let b = app.submitted_melding("b@example.nl").await;
    // A fourth of the same day that nobody handles: its onderzoek term ends on 4 January, and the besluit on
    // its aanvraag of 4 January is due on 18 January; both are still open on 2 February.
    let d = app.submitted_melding("d@example.nl").await;
    let c = consulent(&app).await;
    app.clock.advance(Duration::days(71));
    assert_eq!(app.state.clock.today(), date!(2027 - 02 - 02));
    let urgent = app.submitted_melding("c@example.nl").await;
    // The journey's fixed answers are not urgent; this one is.
    sqlx::query("UPDATE meldingen SET spoed_zorg = 'ja' WHERE id = $1")
        .bind(&urgent)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    // In time: gesprek before 4 January (6 weeks), besluit before 16 December (2 weeks after the aanvraag);
    // 17 days from melding to besluit.
    stap(&app, &c, &a, onderzoek(date!(2026 - 12 - 01))).await;
    stap(&app, &c, &a, aanvraag(date!(2026 - 12 - 02))).await;
    stap(
        &app,
        &c,
        &a,
        besluit(
            date!(2026 - 12 - 10),
            &[Voorziening::Hulpmiddel, Voorziening::Hulpmiddel],
        ),
    )
    .await;
    // Late: gesprek on 11 January, besluit on 1 February (due 25 January); 70 days.
    stap(&app, &c, &d, aanvraag(date!(2027 - 01 - 04))).await;
    stap(&app, &c, &b, onderzoek(date!(2027 - 01 - 11))).await;
    stap(&app, &c, &b, aanvraag(date!(2027 - 01 - 11))).await;
    stap(
        &app,
        &c,
        &b,
        besluit(
            date!(2027 - 02 - 01),
            &[Voorziening::Hulpmiddel, Voorziening::Vervoer],
        ),
    )
    .await;
    app.clear_cookies();
    app
}

#[tokio::test]
async fn the_monthly_figures_count_terms_met_and_the_median() {
    let mut app = bekende_cijfers().await;
    app.sign_in(CONSULENT).await;
    let page = app.get("/medewerker/cijfers").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.texts("table caption").len(), 3);
    assert_eq!(page.attrs("thead th", "scope")[0], "col");
    let rijen = page.texts("#cijfers-maanden ~ tbody tr, #cijfers-voorzieningen ~ tbody tr");
    assert_eq!(
        rijen.iter().filter(|r| r.contains(" 20")).count(),
        12,
        "twelve months: {rijen:?}"
    );
    assert!(rijen[0].starts_with("maart 2026"), "{rijen:?}");
    let rij = |maand: &str| {
        rijen
            .iter()
            .find(|r| r.starts_with(maand))
            .unwrap_or_else(|| panic!("{maand}: {rijen:?}"))
            .clone()
    };
    // Month, meldingen, spoed, onderzoek in time, late, still open past the term, besluiten, in time, late,
    // still open past the term, median days.
    assert_eq!(rij("november 2026"), "november 2026 3 0 0 0 0 0 0 0 0 geen");
    assert_eq!(rij("december 2026"), "december 2026 0 0 1 0 0 1 1 0 0 17");
    assert_eq!(rij("januari 2027"), "januari 2027 0 0 0 1 1 0 0 0 1 geen");
    assert_eq!(rij("februari 2027"), "februari 2027 1 1 0 0 0 1 0 1 0 70");
    assert_eq!(page.text("tfoot tr"), "Totaal 4 1 1 1 1 2 1 1 1 43,5");
    // The second table: besluiten per kind of voorziening, each kind once per besluit.
    assert!(rijen.contains(&"Hulpmiddel 2".to_owned()), "{rijen:?}");
    assert!(rijen.contains(&"Vervoer 1".to_owned()), "{rijen:?}");
    assert!(
        page.attrs("main a", "href")
            .contains(&"/medewerker/cijfers.csv".to_owned())
    );
}

#[tokio::test]
async fn the_csv_has_a_header_semicolons_and_the_same_numbers() {
    let mut app = bekende_cijfers().await;
    app.sign_in(CONSULENT).await;
    let (status, headers, bytes) = app.get_bytes("/medewerker/cijfers.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"loket-cijfers-2027-02.csv\""
    );
    let text = String::from_utf8(bytes).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let regels: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(regels.len(), 1 + 12 + 1, "header, twelve months, total");
    let kop: Vec<&str> = regels[0].split(';').collect();
    assert_eq!(kop[0], "Maand");
    assert_eq!(kop[1], "Meldingen ontvangen");
    assert_eq!(kop[5], "Nog geen onderzoek na de termijn");
    assert_eq!(kop[10], "Mediaan dagen van melding tot besluit");
    assert_eq!(kop.len(), 11 + Voorziening::ALL.len() + 3);
    let hulpmiddel = 11
        + Voorziening::ALL
            .iter()
            .position(|v| *v == Voorziening::Hulpmiddel)
            .unwrap();
    assert_eq!(kop[hulpmiddel], "Hulpmiddel");
    assert_eq!(regels[1].split(';').next(), Some("2026-03"));
    let rij = |maand: &str| -> Vec<&str> {
        regels
            .iter()
            .find(|r| r.starts_with(maand))
            .unwrap()
            .split(';')
            .collect()
    };
    assert_eq!(
        rij("2026-12")[..11],
        ["2026-12", "0", "0", "1", "0", "0", "1", "1", "0", "0", "17"]
    );
    assert_eq!(
        rij("2027-02")[..11],
        ["2027-02", "1", "1", "0", "0", "0", "1", "0", "1", "0", "70"]
    );
    assert_eq!(rij("2026-11")[10], "", "no besluit, no median");
    assert_eq!(rij("2027-01")[5], "1", "an onderzoek still not done");
    assert_eq!(rij("2027-01")[9], "1", "a besluit still not sent");
    assert_eq!(rij("2026-12")[hulpmiddel], "1", "once per besluit");
    let totaal = rij("Totaal");
    assert_eq!(totaal[10], "43,5");
    assert_eq!(totaal[hulpmiddel], "2");
}

#[tokio::test]
async fn residents_and_strangers_cannot_reach_the_figures() {
    let mut app = TestApp::new().await;
    for pad in ["/medewerker/cijfers", "/medewerker/cijfers.csv"] {
        let r = app.get(pad).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{pad}");
        assert_eq!(r.location(), format!("/inloggen?terug={pad}"));
    }
    app.sign_in("bewoner@example.nl").await;
    for pad in ["/medewerker/cijfers", "/medewerker/cijfers.csv"] {
        assert_eq!(app.get(pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
}

#[tokio::test]
async fn the_start_page_tells_the_usual_waiting_time_only_with_enough_cases() {
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
    let zin = "In de afgelopen maanden duurde het meestal 5 weken tot er een besluit was.";
    for (i, id) in ids.iter().enumerate() {
        stap(&app, &c, id, aanvraag(date!(2026 - 12 - 14))).await;
        // 23 November to 28 December: 35 days.
        stap(
            &app,
            &c,
            id,
            besluit(date!(2026 - 12 - 28), &[Voorziening::Vervoer]),
        )
        .await;
        let page = app.get("/melding").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.body.contains(zin),
            i == 4,
            "after {} besluiten: {}",
            i + 1,
            page.text("main")
        );
    }
}

#[tokio::test]
async fn the_demo_data_fills_the_figures_and_the_waiting_time() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    let start = app.get("/melding").await;
    assert!(
        start.body.contains("tot er een besluit was."),
        "{}",
        start.text("main")
    );
    app.sign_in("medewerker@example.nl").await;
    let page = app.get("/medewerker/cijfers").await;
    assert_eq!(page.status, StatusCode::OK);
    let totaal = page.text("tfoot tr");
    // Meldingen received in the year: one each of the two residents, the planned talk, the onderzoek
    // awaiting its verslag, the 11 closed cases, and the three filed for someone else (vertegenwoordiging).
    assert!(totaal.starts_with("Totaal 18 "), "{totaal}");
}

#[tokio::test]
async fn the_figures_count_the_applications_and_proposals_of_every_scheme() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.sign_in("medewerker@example.nl").await;
    let per_regeling: Vec<(String, i64)> =
        sqlx::query_as("SELECT regeling, COUNT(*) FROM zaken GROUP BY regeling ORDER BY regeling")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let aantal = |regeling: &str| -> String {
        per_regeling
            .iter()
            .find(|(r, _)| r == regeling)
            .map_or(0, |(_, n)| *n)
            .to_string()
    };
    let verwacht = [
        aantal("blijverslening"),
        aantal("kindpakket"),
        aantal("uitdaagrecht"),
    ];
    assert!(verwacht.iter().all(|n| n != "0"), "{per_regeling:?}");

    let (_, _, bytes) = app.get_bytes("/medewerker/cijfers.csv").await;
    let text = String::from_utf8(bytes).unwrap();
    let regels: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    let kop: Vec<&str> = regels[0].split(';').collect();
    assert_eq!(
        kop[kop.len() - 3..],
        [
            "Aanvragen blijverslening",
            "Aanvragen Kindpakket",
            "Voorstellen uitdaagrecht"
        ]
    );
    let totaal: Vec<&str> = regels.last().unwrap().split(';').collect();
    assert_eq!(totaal[0], "Totaal");
    assert_eq!(totaal[totaal.len() - 3..], verwacht);

    let pagina = app.get("/medewerker/cijfers").await;
    let voet = pagina.texts("#cijfers-regelingen ~ tfoot td");
    assert_eq!(voet, verwacht);
}
