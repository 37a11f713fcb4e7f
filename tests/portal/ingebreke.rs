//! The ingebrekestelling and the dwangsom on the decisions the Wmo button does not cover (Awb 4:17), through
//! the real portal: a late blijverslening or Kindpakket decision and a late decision on a bezwaar. The resident
//! reads how to put the municipality in default; staff record the letter's day, which the form refuses while
//! the term still ran or when it lies ahead; two weeks later the resident reads the dwangsom running.

use axum::http::StatusCode;
use time::{Date, Duration};

use crate::support::{TestApp, TestResponse, mail_text};

const CONSULENT: &str = "medewerker@example.nl";
const BEWONER: &str = "bewoner@example.nl";

async fn demo() -> TestApp {
    let app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app
}

fn dag_velden(naam: &str, dag: Date) -> Vec<(String, String)> {
    vec![
        (format!("{naam}-dag"), dag.day().to_string()),
        (format!("{naam}-maand"), u8::from(dag.month()).to_string()),
        (format!("{naam}-jaar"), dag.year().to_string()),
    ]
}

async fn post(app: &mut TestApp, pad: &str, velden: &[(String, String)]) -> TestResponse {
    let velden: Vec<(&str, &str)> = velden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post(pad, &velden).await
}

/// Signs `app` in as the consulent again (the clock moved past the idle time) and opens `pad`, giving a
/// reason for the case when asked.
async fn als_consulent(app: &mut TestApp, zaak: &str, pad: &str) -> TestResponse {
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    let mut pagina = app.get(pad).await;
    if pagina.body.contains(r#"name="reden""#) {
        app.reden_geven(zaak).await;
        pagina = app.get(pad).await;
    }
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    pagina
}

async fn als_bewoner(app: &mut TestApp, pad: &str) -> String {
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let pagina = app.get(pad).await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    pagina.text("main")
}

/// The ingebrekestelling steps of a case: of its decision, or of its bezwaar.
async fn aantal_stappen(app: &TestApp, zaak: &str, bezwaar: bool) -> i64 {
    let sql = if bezwaar {
        "SELECT COUNT(*) FROM bezwaar_stappen WHERE zaak_id = $1 AND soort = 'ingebrekestelling'"
    } else {
        "SELECT COUNT(*) FROM zaak_gebeurtenissen WHERE zaak_id = $1 AND soort = 'ingebrekestelling'"
    };
    sqlx::query_scalar(sql)
        .bind(zaak)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_late_money_decision_takes_a_written_ingebrekestelling_and_the_dwangsom_follows() {
    for (regeling, basis) in [
        ("kindpakket", "kindpakket"),
        ("blijverslening", "blijverslening"),
    ] {
        let mut app = demo().await;
        let (id, referentie): (String, String) = sqlx::query_as(
            "SELECT z.id, z.referentie FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
             WHERE p.email = $1 AND z.regeling = $2 AND z.fase = 'aanvraag_ontvangen' LIMIT 1",
        )
        .bind(BEWONER)
        .bind(regeling)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        let staf = format!("/medewerker/{basis}/{id}");
        let pad = format!("{staf}/ingebrekestelling");

        // While the term runs, the staff page links to the form, and a letter of today does not count yet.
        let zaak = als_consulent(&mut app, &id, &staf).await;
        assert!(zaak.attrs("a", "href").contains(&pad), "{regeling}");
        let formulier = app.get(&pad).await;
        assert_eq!(formulier.status, StatusCode::OK, "{}", formulier.body);
        assert!(formulier.text("main").contains("Awb artikel 4:17"));
        let vandaag = app.state.clock.today();
        let r = post(&mut app, &pad, &dag_velden("ontvangen", vandaag)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(
            r.text("#ontvangen-fout")
                .contains("De brief kwam te vroeg."),
            "{}",
            r.text("main")
        );
        assert_eq!(
            r.attrs("input[name=ontvangen-dag]", "value"),
            [vandaag.day().to_string()],
            "the date typed stays"
        );
        assert_eq!(aantal_stappen(&app, &id, false).await, 0);

        // Nine weeks on, the decision is late: the resident reads how to put the municipality in default.
        app.state.clock.advance(Duration::weeks(9));
        let tekst = als_bewoner(&mut app, &format!("/{basis}/{id}")).await;
        assert!(
            tekst.contains("Die dag is voorbij en er is nog geen besluit."),
            "{tekst}"
        );
        assert!(
            tekst.contains(&format!(
                "Stuur dan een brief of e-mail naar de gemeente: info@lansingerland.nl. Schrijf erin dat de \
                 gemeente te laat is. Zet ook het nummer {referentie} erin."
            )),
            "{tekst}"
        );

        // Staff record the letter: a day ahead is refused, today counts, a second click adds nothing.
        let mails_voor = app.mails().len();
        als_consulent(&mut app, &id, &pad).await;
        let vandaag = app.state.clock.today();
        let morgen = vandaag.next_day().unwrap();
        let r = post(&mut app, &pad, &dag_velden("ontvangen", morgen)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text("#ontvangen-fout").contains("nog niet geweest"));
        let r = post(&mut app, &pad, &dag_velden("ontvangen", vandaag)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        post(&mut app, &pad, &dag_velden("ontvangen", vandaag)).await;
        assert_eq!(aantal_stappen(&app, &id, false).await, 1);
        let log: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1 AND omschrijving = 'ingebrekestelling' \
             AND handeling = 'gewijzigd'",
        )
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        assert_eq!(log, 1, "the step is in the access log");
        // The resident hears that the letter came in, and from when the dwangsom runs; nothing of the case.
        app.deliver_mail().await;
        let mails: Vec<String> = app
            .mails()
            .into_iter()
            .skip(mails_voor)
            .map(|m| mail_text(&m))
            .filter(|m| m.contains(BEWONER) && m.contains("Nieuws over uw aanvraag"))
            .collect();
        assert_eq!(mails.len(), 1, "{regeling}: {mails:?}");
        assert!(mails[0].contains("De gemeente kreeg uw brief dat zij te laat is."));

        // Sixteen days later the dwangsom has run two days: EUR 23 a day.
        app.state.clock.advance(Duration::days(16));
        let tekst = als_bewoner(&mut app, &format!("/{basis}/{id}")).await;
        assert!(
            tekst.contains("Tot nu toe is dat € 46. Dat is voor 2 dagen."),
            "{regeling}: {tekst}"
        );
        assert!(
            !tekst.contains("Stuur dan een brief of e-mail"),
            "sent once, not asked again"
        );
        let staf_tekst = als_consulent(&mut app, &id, &pad).await.text("main");
        assert!(
            staf_tekst.contains("Tot nu toe is dat € 46."),
            "{staf_tekst}"
        );
        assert!(
            staf_tekst.contains("De gemeente moest uiterlijk op"),
            "{staf_tekst}"
        );
    }
}

#[tokio::test]
async fn a_late_decision_on_a_bezwaar_takes_a_written_ingebrekestelling() {
    let mut app = demo().await;
    let (id, email): (String, String) = sqlx::query_as(
        "SELECT z.id, p.email FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
         WHERE z.regeling = 'kindpakket' AND EXISTS (SELECT 1 FROM bezwaar_stappen b WHERE b.zaak_id = z.id)",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let staf = format!("/medewerker/zaak/{id}/bezwaar");
    let stap = format!("{staf}/ingebrekestelling");

    // While the term runs, a letter does not count yet.
    let pagina = als_consulent(&mut app, &id, &staf).await;
    assert!(
        pagina.attrs("form", "action").contains(&stap.to_owned()),
        "the staff page offers the step"
    );
    let vandaag = app.state.clock.today();
    let r = post(&mut app, &stap, &dag_velden("ontvangen", vandaag)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text("#ontvangen-fout")
            .contains("De brief kwam te vroeg.")
    );

    // Half a year on, the decision on the bezwaar is late.
    app.state.clock.advance(Duration::weeks(26));
    app.clear_cookies();
    app.sign_in(&email).await;
    let tekst = app
        .get(&format!("/kindpakket/{id}/bezwaar"))
        .await
        .text("main");
    assert!(tekst.contains("Dat is niet gelukt."), "{tekst}");
    assert!(
        tekst.contains("Stuur dan een brief of e-mail naar de gemeente: info@lansingerland.nl."),
        "{tekst}"
    );

    let voor = app.mails().len();
    als_consulent(&mut app, &id, &staf).await;
    let vandaag = app.state.clock.today();
    let r = post(&mut app, &stap, &dag_velden("ontvangen", vandaag)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(aantal_stappen(&app, &id, true).await, 1);
    let pagina = app.get(&staf).await;
    assert!(
        !pagina.attrs("form", "action").contains(&stap.to_owned()),
        "once only"
    );
    app.deliver_mail().await;
    let mails: Vec<String> = app
        .mails()
        .into_iter()
        .skip(voor)
        .map(|m| mail_text(&m))
        .filter(|m| m.contains(&email))
        .collect();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("De gemeente kreeg uw brief dat zij te laat is.")),
        "{mails:?}"
    );

    app.state.clock.advance(Duration::days(16));
    app.clear_cookies();
    app.sign_in(&email).await;
    let tekst = app
        .get(&format!("/kindpakket/{id}/bezwaar"))
        .await
        .text("main");
    assert!(
        tekst.contains("Tot nu toe is dat € 46. Dat is voor 2 dagen."),
        "{tekst}"
    );
    assert!(
        tekst.contains("De gemeente kreeg uw brief dat zij te laat is."),
        "the step in the timeline: {tekst}"
    );
    // The case page reads the staff's bezwaar steps in the access log in its own words.
    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    assert_eq!(zaak.status, StatusCode::OK, "{}", zaak.body);
    assert!(zaak.text("main").contains("werkte aan uw zaak"));
}
