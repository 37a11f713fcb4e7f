//! Signing in with DigiD, eHerkenning and the municipality's own provider, against a real OpenID provider
//! (`tests/oidc/`): the whole round trip over HTTP, the checks of the ID token, and what DigiD's own acceptance
//! checks ask of a portal.

use axum::http::StatusCode;
use sqlx::Row;
use time::Duration;

use crate::provider::{Browser, Logboek, portal, portal_met, portal_op, provider};
use crate::support::{MELDING_ZELF, TestApp};

/// The text DigiD's acceptance checks ask for, word for word.
const DIGID_FOUT: &str = "Er is een fout opgetreden in de communicatie met DigiD. Probeert u het later nogmaals. \
Indien deze fout blijft aanhouden, kijk dan op de website https://www.digid.nl voor de laatste informatie.";

const SUBSTANTIEEL: &str = "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard";

async fn aantal(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// Asserts the DigiD error page, and returns it.
fn digid_fout(r: &crate::support::TestResponse) {
    assert_eq!(r.status, StatusCode::BAD_GATEWAY, "{}", r.body);
    assert_eq!(r.text(".loket-oidc-fout"), DIGID_FOUT);
}

#[tokio::test]
async fn a_resident_signs_in_with_digid_and_sees_only_the_last_digits_of_their_bsn() {
    let mut app = portal().await;
    let page = app.get("/inloggen").await;
    assert_eq!(
        page.texts("form[action='/inloggen/digid'] button"),
        ["Inloggen met DigiD"]
    );

    let log = Logboek::vang();
    let url = app.naar_aanbieder("digid", Some("/mijn-loket")).await;
    // Authorization code flow with PKCE, asking for the configured client.
    assert!(url.contains("response_type=code"), "{url}");
    assert!(url.contains("code_challenge_method=S256"), "{url}");
    assert!(url.contains("client_id=loket"), "{url}");
    let callback = Browser::new()
        .log_in(&url, "bsn-999993653", "inloggen")
        .await;
    assert!(callback.starts_with("/inloggen/digid/terug?"), "{callback}");
    let r = app.get(&callback).await;
    // A new account: first the question for an address for messages; it may be skipped.
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/inloggen/adres?terug=/mijn-loket");
    let adres = app.get(r.location()).await;
    assert_eq!(
        adres.texts("main a[href='/mijn-loket']"),
        ["Nu niet, ga verder zonder e-mail"]
    );
    assert_eq!(
        adres.text(".loket-header__person"),
        "Ingelogd als *****3653"
    );

    let mijn = app.get("/mijn-loket").await;
    assert_eq!(mijn.status, StatusCode::OK, "{}", mijn.body);
    assert_eq!(
        mijn.text(".loket-bsn"),
        "U bent ingelogd met DigiD. Uw BSN: *****3653"
    );
    assert!(!mijn.body.contains("999993653"));
    assert!(!mijn.body.contains("geen-email:"), "{}", mijn.body);
    // Sign-out on every page while signed in.
    for pad in ["/", "/mijn-loket", "/termijnen", "/melding"] {
        let r = app.get(pad).await;
        assert_eq!(
            r.attrs("form[action='/uitloggen']", "method"),
            ["post"],
            "{pad}"
        );
    }
    // The BSN is stored once, for the person, and nowhere else.
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE bsn = '999993653'"
        )
        .await,
        1
    );
    for tabel in [
        "sessions",
        "inlogpogingen",
        "outbox",
        "toegangslog",
        "koppelingen",
    ] {
        let rijen = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {tabel}")))
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
        for rij in rijen {
            for i in 0..rij.len() {
                if let Ok(Some(waarde)) = rij.try_get::<Option<String>, _>(i) {
                    assert!(!waarde.contains("999993653"), "{tabel}");
                }
            }
        }
    }

    // Nor in the log of all of this.
    assert!(!log.tekst().contains("999993653"), "{}", log.tekst());

    // The next time: the same account, straight to the page.
    let mut ander = app.other_browser();
    let r = ander
        .via_aanbieder("digid", "bsn-999993653", Some("/mijn-loket"))
        .await;
    assert_eq!(r.location(), "/mijn-loket");
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM personen").await, 1);
}

#[tokio::test]
async fn an_e_mail_account_links_to_digid_and_keeps_its_drafts() {
    // Before the municipality turned DigiD on: a draft, by e-mail link.
    let mut voor = TestApp::new().await;
    voor.sign_in("jan@example.nl").await;
    let pad = voor.new_melding().await;
    let (slug, velden) = MELDING_ZELF[0];
    voor.post(&format!("{pad}/stap/{slug}"), velden).await;

    let mut app = portal_op("DIGID", Some(voor.state.config.database_url.clone())).await;
    app.use_cookie_jar(voor.cookie_jar());
    // With DigiD on, a Wmo page asks for DigiD of someone signed in by e-mail.
    let r = app.get("/mijn-loket").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/inloggen?met=digid");
    let keuze = app.get(r.location()).await;
    assert_eq!(
        keuze.text("main p"),
        "Voor deze pagina logt u in met DigiD."
    );
    assert!(
        keuze
            .attrs("form[action='/inloggen'] input[name='email']", "name")
            .is_empty()
    );
    // So does the draft.
    let r = app.get(&format!("{pad}/stap/voor-wie")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let r = app
        .via_aanbieder("digid", "bsn-111222333", Some("/mijn-loket"))
        .await;
    assert_eq!(r.location(), "/mijn-loket", "{}", r.body);
    let mijn = app.get("/mijn-loket").await;
    assert_eq!(mijn.status, StatusCode::OK);
    assert_eq!(
        mijn.text(".loket-bsn"),
        "U bent ingelogd met DigiD. Uw BSN: *****2333"
    );
    // The draft is still there, with its answer.
    let stap = app.get(&format!("{pad}/stap/voor-wie")).await;
    assert_eq!(stap.status, StatusCode::OK);
    assert_eq!(
        stap.attrs("input[name='voor_wie'][checked]", "value"),
        ["zelf"]
    );
    // One account: the e-mail account now has the BSN.
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE email = 'jan@example.nl' AND bsn = '111222333'"
        )
        .await,
        1
    );
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM personen").await, 1);
    // The e-mail link's session ended: one session, DigiD's.
    assert_eq!(
        aantal(&app, "SELECT COUNT(*) FROM sessions WHERE middel = 'digid'").await,
        1
    );
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM sessions").await, 1);
}

#[tokio::test]
async fn a_cancelled_sign_in_returns_to_where_it_started_and_says_so() {
    let mut app = portal().await;
    let url = app.naar_aanbieder("digid", Some("/kindpakket")).await;
    let callback = Browser::new().log_in(&url, "", "annuleren").await;
    let r = app.get(&callback).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/inloggen?afgebroken=digid&terug=/kindpakket");
    let page = app.get(r.location()).await;
    assert_eq!(
        page.text("[role='alert'] p"),
        "U heeft het inloggen met DigiD afgebroken. U bent niet ingelogd."
    );
    // The button still comes back to the page that asked.
    assert_eq!(
        page.attrs(
            "form[action='/inloggen/digid'] input[name='terug']",
            "value"
        ),
        ["/kindpakket"]
    );
}

#[tokio::test]
async fn an_error_of_the_provider_shows_digids_text_and_ends_the_local_session() {
    let mut app = portal().await;
    app.sign_in("jan@example.nl").await;
    let url = app.naar_aanbieder("digid", None).await;
    let callback = Browser::new().log_in(&url, "storing", "inloggen").await;
    assert!(
        callback.contains("error=temporarily_unavailable"),
        "{callback}"
    );
    digid_fout(&app.get(&callback).await);
    // Signed out here too.
    let r = app.get("/machtigingen").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM sessions").await, 0);
}

#[tokio::test]
async fn tokens_that_fail_a_check_sign_nobody_in() {
    // Each client of the test provider hands out an ID token that is wrong in one way; the log says which
    // check refused it (and never the BSN).
    for (client, check) in [
        ("loket-andere-sleutel", "signature"),
        ("loket-andere-aud", "audience"),
        ("loket-verlopen", "expired"),
        ("loket-andere-iss", "issuer"),
        ("loket-andere-nonce", "nonce"),
    ] {
        let mut app = portal_met(client, Vec::new()).await;
        let log = Logboek::vang();
        let r = app.via_aanbieder("digid", "bsn-999993653", None).await;
        digid_fout(&r);
        let tekst = log.tekst().to_lowercase();
        assert!(
            tekst.contains("id token") && tekst.contains(check),
            "{client}: {tekst}"
        );
        assert!(!tekst.contains("999993653"), "{client}: {tekst}");
        assert_eq!(
            aantal(&app, "SELECT COUNT(*) FROM sessions").await,
            0,
            "{client}"
        );
        assert_eq!(
            aantal(&app, "SELECT COUNT(*) FROM personen").await,
            0,
            "{client}"
        );
    }
    // The honest client, the same way: signed in.
    let mut app = portal().await;
    let r = app.via_aanbieder("digid", "bsn-999993653", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

#[tokio::test]
async fn a_bsn_that_is_missing_or_fails_the_elfproef_or_a_level_too_low_is_refused() {
    let mut app = portal_met("loket", vec![("LOKET_DIGID_ACR", SUBSTANTIEEL.to_owned())]).await;
    let url = app.naar_aanbieder("digid", None).await;
    assert!(url.contains("acr_values="), "{url}");
    for login in ["zonder-bsn", "bsn-123456789", "basis-999993653"] {
        let r = app.via_aanbieder("digid", login, None).await;
        digid_fout(&r);
        assert_eq!(
            aantal(&app, "SELECT COUNT(*) FROM personen").await,
            0,
            "{login}"
        );
    }
    // At the required level it works.
    let r = app.via_aanbieder("digid", "bsn-999993653", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM personen").await, 1);
}

#[tokio::test]
async fn a_state_that_is_wrong_missing_used_or_of_another_browser_gets_a_page_to_try_again() {
    let mut app = portal().await;
    let url = app.naar_aanbieder("digid", None).await;
    let callback = Browser::new()
        .log_in(&url, "bsn-999993653", "inloggen")
        .await;

    let (pad, query) = callback.split_once('?').unwrap();
    let code = query
        .split('&')
        .find_map(|p| p.strip_prefix("code="))
        .unwrap()
        .to_owned();
    for fout in [
        format!("{pad}?code={code}&state=verkeerd"),
        format!("{pad}?code={code}"),
        pad.to_owned(),
    ] {
        let r = app.get(&fout).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{fout}");
        assert_eq!(r.text("h1"), "Inloggen is niet gelukt");
        assert_eq!(
            r.texts("form[action='/inloggen/digid'] button"),
            ["Inloggen met DigiD"]
        );
    }
    // Another browser with the right state: not its sign-in.
    let mut ander = app.other_browser();
    assert_eq!(ander.get(&callback).await.status, StatusCode::BAD_REQUEST);

    // A phone that changed network on the way (another address) still signs in.
    let r = app
        .get_with(&callback, &[("x-forwarded-for", "198.51.100.77")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The same callback again: the state is used.
    let mut nog = app.zonder_cookies();
    assert_eq!(nog.get(&callback).await.status, StatusCode::BAD_REQUEST);
    let r = app.get(&callback).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // The code again with a new state of this browser: the provider refuses a code used before.
    let url = app.naar_aanbieder("digid", None).await;
    let nieuw = Browser::new()
        .log_in(&url, "bsn-999993653", "annuleren")
        .await;
    let state = nieuw
        .split('&')
        .find_map(|p| {
            p.split('?')
                .next_back()
                .and_then(|p| p.strip_prefix("state="))
        })
        .unwrap()
        .to_owned();
    let r = app.get(&format!("{pad}?code={code}&state={state}")).await;
    digid_fout(&r);
}

#[tokio::test]
async fn a_provider_that_is_down_lets_the_portal_start_and_shows_digids_text() {
    let mut app = TestApp::with(crate::support::Options {
        vars: vec![
            ("LOKET_DIGID_ISSUER", "http://127.0.0.1:9".to_owned()),
            ("LOKET_DIGID_CLIENT_ID", "loket".to_owned()),
        ],
        ..Default::default()
    })
    .await;
    assert_eq!(app.get("/").await.status, StatusCode::OK);
    let r = app.post("/inloggen/digid", &[]).await;
    digid_fout(&r);
}

#[tokio::test]
async fn an_idle_digid_session_ends_after_15_minutes_and_the_form_typed_meanwhile_comes_back() {
    let mut app = portal().await;
    app.digid("999993653").await;
    let pad = app.new_melding().await;
    // A request within the quarter keeps the session going.
    app.clock.advance(Duration::minutes(14));
    assert_eq!(
        app.get(&format!("{pad}/stap/voor-wie")).await.status,
        StatusCode::OK
    );
    app.clock.advance(Duration::minutes(14));
    assert_eq!(
        app.get(&format!("{pad}/stap/voor-wie")).await.status,
        StatusCode::OK
    );

    // Then 16 minutes without one: the next post finds the session ended.
    app.clock.advance(Duration::minutes(16));
    let hulpvraag = "Ik kan de trap niet meer op. Dit typte ik terwijl de sessie verliep.";
    let r = app
        .post(
            &format!("{pad}/stap/hulpvraag"),
            &[("hulpvraag", hulpvraag)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/inloggen?terug=/verder-invullen");
    assert!(app.has_cookie("loket-bewaard"));
    assert!(!r.location().contains("trap"));
    let inloggen = app.get(r.location()).await;
    assert!(
        inloggen
            .body
            .contains("Wat u had ingevuld, hebben wij bewaard."),
        "{}",
        inloggen.body
    );

    // Signing in again leads back to the form, with what was typed.
    let r = app
        .via_aanbieder("digid", "bsn-999993653", Some("/verder-invullen"))
        .await;
    assert_eq!(r.location(), "/verder-invullen");
    let verder = app.get("/verder-invullen").await;
    assert_eq!(
        verder.attrs("form", "action").last().map(String::as_str),
        Some(format!("{pad}/stap/hulpvraag").as_str())
    );
    assert_eq!(
        verder.attrs("input[name='hulpvraag']", "value"),
        [hulpvraag]
    );
    let r = app
        .post(
            &format!("{pad}/stap/hulpvraag"),
            &[("hulpvraag", hulpvraag)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stap = app.get(&format!("{pad}/stap/hulpvraag")).await;
    assert!(stap.body.contains(hulpvraag), "{}", stap.body);
    // Kept once: gone after.
    assert_eq!(
        aantal(&app, "SELECT COUNT(*) FROM bewaarde_formulieren").await,
        0
    );
}

#[tokio::test]
async fn sign_out_ends_the_session_at_the_provider_too() {
    let mut app = portal().await;
    app.digid("999993653").await;
    let r = app.post("/uitloggen", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let issuer = &provider().issuer;
    assert!(
        r.location().starts_with(&format!("{issuer}/session/end?")),
        "{}",
        r.location()
    );
    assert!(
        r.location()
            .contains("post_logout_redirect_uri=http%3A%2F%2Floket.test%2Fuitgelogd"),
        "{}",
        r.location()
    );
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM sessions").await, 0);
}

#[tokio::test]
async fn staff_sign_in_with_the_municipalitys_provider_when_it_is_configured() {
    let mut app = portal_op("MEDEWERKER_OIDC", None).await;
    app.add_staff("consulent@gemeente.nl", "Fatma Yilmaz", false)
        .await;
    // By e-mail link the back office asks for the municipality's account.
    app.sign_in("consulent@gemeente.nl").await;
    let r = app.get("/medewerker").await;
    assert_eq!(r.location(), "/inloggen?met=medewerker&terug=/medewerker");
    let r = app
        .via_aanbieder(
            "medewerker",
            "mail-Consulent@Gemeente.nl",
            Some("/medewerker"),
        )
        .await;
    assert_eq!(r.location(), "/medewerker", "{}", r.body);
    assert_eq!(app.get("/medewerker").await.status, StatusCode::OK);

    // Nobody without a staff account gets in; the provider makes none.
    let mut vreemd = app.other_browser();
    let r = vreemd
        .via_aanbieder("medewerker", "mail-iemand@elders.nl", None)
        .await;
    assert_eq!(r.status, StatusCode::BAD_GATEWAY);
    assert_eq!(aantal(&app, "SELECT COUNT(*) FROM personen").await, 1);
}

#[tokio::test]
async fn an_organisation_signs_in_with_eherkenning() {
    let mut app = portal_op("EHERKENNING", None).await;
    let r = app
        .via_aanbieder(
            "eherkenning",
            "kvk-12345678",
            Some("/uitdaagrecht/initiatief"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let kvk: Option<String> = sqlx::query_scalar("SELECT kvk FROM sessions")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(kvk.as_deref(), Some("12345678"));
    let r = app
        .get("/inloggen/adres?terug=/uitdaagrecht/initiatief")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let r = app.get("/uitdaagrecht/initiatief").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.location());
    // Without a KVK number: refused.
    let mut ander = app.other_browser();
    let r = ander.via_aanbieder("eherkenning", "zonder-bsn", None).await;
    assert_eq!(r.status, StatusCode::BAD_GATEWAY);
}

/// The time a sign-in round trip adds: `cargo test --test portal digid::round_trip -- --ignored --nocapture`.
#[tokio::test]
#[ignore = "a measurement, not a check"]
async fn round_trip() {
    let mut app = portal().await;
    app.digid("999993653").await;
    let mut tijden = Vec::new();
    for _ in 0..30 {
        let mut b = app.other_browser();
        let start = std::time::Instant::now();
        b.digid("999993653").await;
        tijden.push(start.elapsed());
    }
    tijden.sort();
    println!(
        "sign-in round trip over {} runs: median {:?}, p90 {:?}",
        tijden.len(),
        tijden[tijden.len() / 2],
        tijden[tijden.len() * 9 / 10]
    );
}

#[tokio::test]
async fn with_digid_on_a_proposal_is_supported_once_per_bsn() {
    let mut voor = TestApp::new().await;
    let (_, id) = crate::uitdaagrecht::ingediend(&mut voor, "ja").await;
    let app = portal_op("DIGID", Some(voor.state.config.database_url.clone())).await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    let steun = format!("{openbaar}/steun");
    let tel = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM uitdaag_steun")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
    };

    // By e-mail link: asked to sign in with DigiD first.
    let mut eva = app.other_browser();
    eva.sign_in("eva@example.nl").await;
    let r = eva.post(&steun, &[("steun", "ja")]).await;
    assert_eq!(
        r.location(),
        format!("/inloggen?met=digid&terug={openbaar}")
    );
    assert_eq!(tel().await, 0);

    // With DigiD, twice, from two browsers: one BSN, one support.
    for _ in 0..2 {
        let mut b = app.other_browser();
        b.digid("999993653").await;
        let r = b.post(&steun, &[("steun", "ja")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location().split('#').next(), Some(openbaar.as_str()));
    }
    assert_eq!(tel().await, 1);
}

#[tokio::test]
async fn with_digid_on_the_money_schemes_ask_for_digid_and_public_pages_stay_open() {
    let mut app = portal().await;
    // Public pages need no sign-in at all.
    for pad in [
        "/kindpakket",
        "/kindpakket/check",
        "/blijverslening",
        "/blijverslening/check",
    ] {
        assert_eq!(app.get(pad).await.status, StatusCode::OK, "{pad}");
    }
    app.sign_in("jan@example.nl").await;
    for pad in ["/kindpakket/aanvragen", "/blijverslening/aanvragen"] {
        let r = app.get(pad).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{pad}");
        assert_eq!(r.location(), format!("/inloggen?met=digid&terug={pad}"));
    }
    app.digid("999993653").await;
    for pad in ["/kindpakket/aanvragen", "/blijverslening/aanvragen"] {
        assert_eq!(app.get(pad).await.status, StatusCode::OK, "{pad}");
    }
}

#[tokio::test]
async fn a_new_digid_resident_confirms_an_address_for_messages_by_a_link() {
    let mut app = portal().await;
    let r = app
        .via_aanbieder("digid", "bsn-999993653", Some("/mijn-loket"))
        .await;
    assert_eq!(r.location(), "/inloggen/adres?terug=/mijn-loket");
    let pagina = app.get(r.location()).await;
    assert_eq!(
        pagina.attrs("form[action='/inloggen'] input[name='email']", "type"),
        ["email"]
    );
    // Until it is confirmed, nothing is sent anywhere and Mijn loket asks for it.
    let mijn = app.get("/mijn-loket").await;
    assert_eq!(
        mijn.attrs("main a[href='/inloggen/adres']", "href").len(),
        1
    );

    let link = app.request_sign_in_link("Anna@Example.nl").await;
    let r = app.post(&link, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Still the DigiD session, now with the address.
    let mijn = app.get("/mijn-loket").await;
    assert_eq!(mijn.status, StatusCode::OK);
    assert!(
        mijn.body.contains("U bent ingelogd als anna@example.nl."),
        "{}",
        mijn.body
    );
    assert!(
        mijn.attrs("main a[href='/inloggen/adres']", "href")
            .is_empty()
    );
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE email = 'anna@example.nl' AND bsn = '999993653'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn only_the_link_a_digid_resident_asked_for_confirms_their_address() {
    let mut app = portal().await;
    app.digid("999993653").await;
    // Someone else asks for a link to their own address and gets the resident to press it.
    let mut ander = app.other_browser();
    let link = ander.request_sign_in_link("iemand@elders.nl").await;
    let r = app.post(&link, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The DigiD account did not get that address.
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE bsn = '999993653' AND email LIKE 'geen-email:%'"
        )
        .await,
        1
    );
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE email = 'iemand@elders.nl' AND bsn IS NULL"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn with_only_eherkenning_an_organisation_lands_on_its_initiatives_and_mijn_loket_works() {
    let mut app = portal_op("EHERKENNING", None).await;
    let r = app.via_aanbieder("eherkenning", "kvk-12345678", None).await;
    assert_eq!(
        r.location(),
        "/inloggen/adres?terug=/uitdaagrecht/initiatief"
    );
    assert_eq!(
        app.get("/uitdaagrecht/initiatief").await.status,
        StatusCode::OK
    );
    // No DigiD here: the Wmo takes the e-mail link, so any way of signing in; no loop.
    let r = app.get("/mijn-loket").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.location());
    // The next time, straight there.
    let mut weer = app.other_browser();
    let r = weer
        .via_aanbieder("eherkenning", "kvk-12345678", None)
        .await;
    assert_eq!(r.location(), "/uitdaagrecht/initiatief");
}

#[tokio::test]
async fn a_member_of_staff_signing_in_with_digid_gets_a_resident_account_of_their_own() {
    let mut app = portal().await;
    app.add_staff("consulent@gemeente.nl", "Fatma Yilmaz", false)
        .await;
    app.sign_in("consulent@gemeente.nl").await;
    let r = app
        .via_aanbieder("digid", "bsn-999993653", Some("/mijn-loket"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The staff account stays without a BSN; the DigiD session is a resident's and sees no back office.
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE email = 'consulent@gemeente.nl' AND bsn IS NULL"
        )
        .await,
        1
    );
    assert_eq!(
        aantal(
            &app,
            "SELECT COUNT(*) FROM personen WHERE bsn = '999993653' AND rol = 'inwoner'"
        )
        .await,
        1
    );
    assert_eq!(app.get("/medewerker").await.status, StatusCode::NOT_FOUND);
}
