//! Vertegenwoordiging: a helper files for someone without an account and asks them to confirm (a link, a
//! code read out on the phone, or a signed form that staff check); until then the helper sees only what they
//! sent. Legal representatives send proof that staff check, and what they may then see follows their kind.

use axum::http::StatusCode;
use loket::zaken::domain::{Gebeurtenis, Plaats};
use loket::zaken::{self};
use time::Duration;
use time::macros::date;

use crate::support::{MELDING_ZELF, TestApp, TestResponse, link_in, mail_text, persoon_id};

const HELPER: &str = "dochter@example.nl";
const MIEN: &str = "mien@example.nl";
const PDF: &[u8] = b"%PDF-1.4\n% een getekende machtiging\n";

/// Signs in as the helper and files a complete melding for Mien de Vries. Returns its id.
async fn melding_voor_mien(app: &mut TestApp) -> String {
    app.sign_in(HELPER).await;
    let pad = app.new_melding().await;
    let mut stappen: Vec<(&str, &[(&str, &str)])> = vec![
        ("voor-wie", &[("voor_wie", "ander")]),
        (
            "de-ander",
            &[
                ("ander_naam", "Mien de Vries"),
                ("ander_relatie", "ouder"),
                ("ander_toestemming", "ja"),
            ],
        ),
    ];
    stappen.extend_from_slice(&MELDING_ZELF[1..]);
    for (slug, velden) in stappen {
        let response = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "{slug}: {}",
            response.body
        );
    }
    let response = app.post(&format!("{pad}/indienen"), &[]).await;
    assert_eq!(response.location(), format!("{pad}/bevestiging"));
    pad.trim_start_matches("/melding/").to_owned()
}

#[tokio::test]
async fn filing_for_someone_else_the_contact_step_asks_for_their_address_not_the_helpers() {
    let mut app = TestApp::new().await;
    app.sign_in(HELPER).await;
    let pad = app.new_melding().await;
    let mut stappen: Vec<(&str, &[(&str, &str)])> = vec![
        ("voor-wie", &[("voor_wie", "ander")]),
        (
            "de-ander",
            &[
                ("ander_naam", "Mien de Vries"),
                ("ander_relatie", "ouder"),
                ("ander_toestemming", "ja"),
            ],
        ),
    ];
    // Up to the contact step; Mien lives alone.
    stappen.extend_from_slice(&MELDING_ZELF[1..7]);
    stappen[5] = ("huishouden", &[("huishouden", "alleen")]);
    for (slug, velden) in stappen {
        let r = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}: {}", r.body);
    }
    let contact = app.get(&format!("{pad}/stap/contact")).await;
    assert_eq!(contact.status, StatusCode::OK);
    // The portal knows no address of Mien's: the field is empty, not the helper's own address.
    assert_eq!(contact.attrs("input[name=contact_email]", "value"), [""]);
    let main = contact.text("main");
    assert!(
        main.contains("De gemeente neemt contact op met Mien de Vries"),
        "{main}"
    );
    assert!(
        main.contains("Op dit adres neemt de gemeente contact op met Mien de Vries"),
        "{main}"
    );
    assert!(!main.contains(HELPER), "{main}");

    for (slug, velden) in &MELDING_ZELF[7..] {
        let r = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}: {}", r.body);
    }
    let controle = app.get(&format!("{pad}/controleren")).await;
    let main = controle.text("main");
    for tekst in [
        "Deze vragen gaan over Mien de Vries",
        "Mien de Vries woont alleen",
        "Iemand die voor Mien de Vries zorgt",
        "de gegevens van Mien de Vries",
        // What the helper says about herself stays in her words.
        "Voor iemand die ik help",
        "Mijn vader of moeder",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    assert!(!main.contains("Ik woon alleen"), "{main}");
}

/// Asks Mien to confirm by e-mail, with the right to file too, until the end of next year.
async fn vraag_per_mail(app: &mut TestApp, id: &str) -> TestResponse {
    app.post(
        &format!("/melding/{id}/machtiging"),
        &[
            ("email", MIEN),
            ("rechten", "indienen"),
            ("einde-dag", "31"),
            ("einde-maand", "12"),
            ("einde-jaar", "2027"),
        ],
    )
    .await
}

/// A mail to `to` that holds `tekst`, after delivering what is due, as text.
async fn mail_aan(app: &TestApp, to: &str, tekst: &str) -> String {
    for _ in 0..5 {
        if app.deliver_mail().await.sent == 0 {
            break;
        }
    }
    app.mails()
        .into_iter()
        .map(|m| mail_text(&m))
        .find(|m| m.to_lowercase().contains(&format!("to: {to}")) && m.contains(tekst))
        .unwrap_or_else(|| panic!("a mail to {to} with {tekst}"))
}

/// Gives the reason to open a case that is not one's own, as staff do.
async fn open_zaak(app: &mut TestApp, id: &str) -> TestResponse {
    let zaak = format!("/medewerker/zaak/{id}");
    app.post(
        &format!("{zaak}/reden"),
        &[("reden", "Controle van de machtiging")],
    )
    .await;
    app.get(&zaak).await
}

/// The link and the code in the request to Mien.
async fn link_en_code(app: &TestApp) -> (String, String) {
    let mail = mail_aan(app, MIEN, "/machtiging/bevestigen/").await;
    let link = link_in(&mail, "/machtiging/bevestigen/").expect("the link");
    let start = mail.find("geven: ").expect("the code") + "geven: ".len();
    (link, mail[start..start + 9].to_owned())
}

async fn eigenaar(app: &TestApp, melding_id: &str) -> String {
    sqlx::query_scalar("SELECT persoon_id FROM meldingen WHERE id = $1")
        .bind(melding_id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The signed-in helper switches to acting for this person, with the button a helper presses.
async fn handel_namens(app: &mut TestApp, voor: &str) {
    let voor_id = persoon_id(app, voor).await;
    let response = app
        .post("/namens", &[("voor", &voor_id), ("terug", "/mijn-loket")])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
}

const ANDERE_PAGINAS: [&str; 8] = [
    "inzage",
    "verslag",
    "besluit",
    "bezwaar",
    "ingebrekestelling",
    "uploaden",
    "document/iets",
    "vraag/iets",
];

#[tokio::test]
async fn until_the_resident_confirms_the_helper_sees_only_what_they_sent() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;

    let bevestiging = app.get(&format!("/melding/{id}/bevestiging")).await;
    assert!(
        bevestiging
            .texts("a")
            .contains(&"Laat Mien de Vries bevestigen dat u mag helpen".to_owned()),
        "{}",
        bevestiging.body
    );

    // The municipality plans a gesprek: the helper does not see it.
    let staf = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, &id)
        .await
        .unwrap()
        .unwrap();
    zaken::vastleggen(&app.state, &melding, &staf, None, |_| {
        Gebeurtenis::GesprekGepland {
            datum: date!(2026 - 12 - 01),
            tijd: "10:30".into(),
            plaats: Plaats::Thuis,
            toelichting: "Bij de voordeur aanbellen".into(),
        }
    })
    .await
    .unwrap();

    let dossier = app.get(&format!("/melding/{id}")).await;
    assert_eq!(dossier.status, StatusCode::OK);
    assert_eq!(dossier.text("h1"), "Uw melding voor Mien de Vries");
    assert!(dossier.body.contains("Ik kan de trap niet meer op."));
    assert!(dossier.body.contains("moet eerst zeggen dat u mag helpen"));
    assert!(!dossier.body.contains("10:30"), "no staff steps");
    for pagina in ANDERE_PAGINAS {
        let response = app.get(&format!("/melding/{id}/{pagina}")).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{pagina}");
    }
    let mijn_loket = app.get("/mijn-loket").await;
    let zaken = mijn_loket.text(".loket-zaken");
    assert!(zaken.contains("Melding ontvangen"), "{zaken}");
    assert!(!zaken.contains("december"), "no planned gesprek: {zaken}");
    // What they sent stays theirs to see.
    let bewijs = app.get(&format!("/melding/{id}/ontvangstbewijs")).await;
    assert_eq!(bewijs.status, StatusCode::OK);

    // Staff see that the helper has no permission yet.
    app.sign_in("consulent@gemeente.example").await;
    let zaak = open_zaak(&mut app, &id).await;
    assert!(
        zaak.body
            .contains("heeft de helper nog geen toestemming gegeven"),
        "{}",
        zaak.body
    );
}

#[tokio::test]
async fn the_resident_confirms_with_the_link_and_the_melding_becomes_theirs() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    let formulier = app.get(&format!("/melding/{id}/machtiging")).await;
    assert_eq!(formulier.status, StatusCode::OK);
    assert_eq!(formulier.attrs("input[name=email]", "type"), ["email"]);
    assert!(
        formulier
            .body
            .contains("Dan kan Mien de Vries later zelf ook inloggen")
    );

    let verstuurd = vraag_per_mail(&mut app, &id).await;
    assert_eq!(verstuurd.location(), format!("/melding/{id}"));
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.body.contains("We stuurden Mien de Vries"));
    assert!(dossier.body.contains(MIEN));

    // The mail says who asks and what for, but nothing about the need itself.
    let mail = mail_aan(&app, MIEN, "/machtiging/bevestigen/").await;
    assert!(mail.contains(HELPER), "{mail}");
    assert!(mail.contains("Dingen sturen"));
    assert!(mail.contains("31 december 2027"));
    assert!(!mail.contains("trap"), "no health details: {mail}");
    let (link, _) = link_en_code(&app).await;

    // Mien, without an account, opens the link: a page, nothing happens yet.
    let mut mien = app.zonder_cookies();
    let pagina = mien.get(&link).await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    assert!(pagina.body.contains(HELPER));
    assert!(pagina.texts("button").contains(&"Ja, dit klopt".to_owned()));
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, HELPER).await);

    let ja = mien.post(&link, &[("antwoord", "ja")]).await;
    assert_eq!(ja.status, StatusCode::SEE_OTHER);
    assert_eq!(ja.location(), "/machtiging/beantwoord?antwoord=ja");
    assert_eq!(mien.get(ja.location()).await.status, StatusCode::OK);
    assert_eq!(mien.get(&link).await.status, StatusCode::GONE, "used once");
    assert_eq!(
        mien.post(&link, &[("antwoord", "ja")]).await.status,
        StatusCode::GONE
    );

    // The melding is Mien's now, in her Mijn loket, with the whole dossier.
    mail_aan(&app, HELPER, "Mien de Vries vindt het goed dat u helpt").await;
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, MIEN).await);
    mien.sign_in(MIEN).await;
    let mijn_loket = mien.get("/mijn-loket").await;
    assert!(
        mijn_loket
            .attrs("a", "href")
            .contains(&format!("/melding/{id}"))
    );
    let eigen = mien.get(&format!("/melding/{id}")).await;
    assert_eq!(eigen.status, StatusCode::OK);
    assert!(!eigen.body.contains("moet eerst zeggen"));
    assert_eq!(
        mien.get(&format!("/melding/{id}/inzage")).await.status,
        StatusCode::OK
    );

    // The helper sees that it worked; the melding is no longer theirs, they help through the machtiging.
    let klaar = app.get(&format!("/melding/{id}/machtiging")).await;
    assert_eq!(klaar.text("h1"), "Mien de Vries gaf u toestemming");
    // Acting for herself, the case is Mien's now: she is offered the switch to act for Mien.
    let eigen = app.get(&format!("/melding/{id}")).await;
    assert_eq!(eigen.text("h1"), "Dit is een zaak van Mien de Vries");
    handel_namens(&mut app, MIEN).await;
    let namens = app.get(&format!("/melding/{id}")).await;
    assert_eq!(namens.status, StatusCode::OK);
    assert!(!namens.body.contains("moet eerst zeggen"));
    assert_eq!(
        app.get(&format!("/melding/{id}/inzage")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_code_from_the_phone_with_a_wrong_try_first() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    vraag_per_mail(&mut app, &id).await;
    let (_, code) = link_en_code(&app).await;
    let pad = format!("/melding/{id}/machtiging/code");
    let pagina = app.get(&pad).await;
    assert!(
        pagina
            .body
            .contains("Vul de code alleen in als Mien de Vries hem zelf aan u gaf.")
    );

    let leeg = app.post(&pad, &[("code", " ")]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(leeg.text("#code-fout"), "Fout: Vul de code in.");

    let fout = app.post(&pad, &[("code", "AAAA-BBBB")]).await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fout.text("#code-fout").contains("nog 4 keer"),
        "{}",
        fout.body
    );
    assert_eq!(fout.attrs("#code", "value"), ["AAAA-BBBB"]);
    assert_eq!(
        fout.attrs(".loket-error-summary a", "href"),
        ["#code".to_owned()]
    );

    let goed = app.post(&pad, &[("code", &code.to_lowercase())]).await;
    assert_eq!(goed.status, StatusCode::SEE_OTHER, "{}", goed.body);
    assert_eq!(goed.location(), format!("/melding/{id}/machtiging"));
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, MIEN).await);
    // Mien hears of it, so that a code given by mistake is noticed.
    mail_aan(&app, MIEN, &format!("U gaf {HELPER} de code")).await;
}

#[tokio::test]
async fn five_wrong_codes_end_the_request() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    vraag_per_mail(&mut app, &id).await;
    let (link, code) = link_en_code(&app).await;
    let pad = format!("/melding/{id}/machtiging/code");
    for poging in 1..=5 {
        let fout = app.post(&pad, &[("code", "AAAABBBB")]).await;
        assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY, "{poging}");
    }
    let op = app.get(&pad).await;
    assert_eq!(op.location(), format!("/melding/{id}"), "no more tries");
    let goed = app.post(&pad, &[("code", &code)]).await;
    assert_eq!(goed.status, StatusCode::SEE_OTHER);
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, HELPER).await);
    let mut mien = app.zonder_cookies();
    assert_eq!(mien.get(&link).await.status, StatusCode::GONE);
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(
        dossier
            .texts("a")
            .contains(&"Laat Mien de Vries bevestigen dat u mag helpen".to_owned())
    );
}

#[tokio::test]
async fn the_resident_says_no() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    vraag_per_mail(&mut app, &id).await;
    let (link, _) = link_en_code(&app).await;
    let mut mien = app.zonder_cookies();
    let nee = mien.post(&link, &[("antwoord", "nee")]).await;
    assert_eq!(nee.location(), "/machtiging/beantwoord?antwoord=nee");
    assert_eq!(mien.get(&link).await.status, StatusCode::GONE);

    mail_aan(&app, HELPER, "Mien de Vries zei nee").await;
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.body.contains("Mien de Vries gaf geen toestemming"));
    assert_eq!(
        app.get(&format!("/melding/{id}/inzage")).await.status,
        StatusCode::NOT_FOUND
    );
    // No account was made for someone who said no.
    let personen: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM personen WHERE email = $1")
        .bind(MIEN)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(personen, 0);
}

#[tokio::test]
async fn an_expired_link_gets_a_kind_page() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    vraag_per_mail(&mut app, &id).await;
    let (link, _) = link_en_code(&app).await;
    app.clock.advance(Duration::days(15));
    let mut mien = app.zonder_cookies();
    let oud = mien.get(&link).await;
    assert_eq!(oud.status, StatusCode::GONE);
    assert_eq!(oud.text("h1"), "Deze link werkt niet meer");
    assert_eq!(
        mien.post(&link, &[("antwoord", "ja")]).await.status,
        StatusCode::GONE
    );
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, HELPER).await);
}

#[tokio::test]
async fn an_end_date_and_an_address_are_needed_and_the_input_is_kept() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    let fout = app
        .post(
            &format!("/melding/{id}/machtiging"),
            &[
                ("email", HELPER),
                ("rechten", "post"),
                ("einde-dag", "1"),
                ("einde-maand", "1"),
                ("einde-jaar", "2040"),
            ],
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        fout.attrs(".loket-error-summary a", "href"),
        ["#email".to_owned(), "#einde".to_owned()]
    );
    assert!(fout.text("#email-fout").contains("uw eigen e-mailadres"));
    assert!(fout.text("#einde-fout").contains("5 jaar"));
    assert_eq!(fout.attrs("#einde-jaar", "value"), ["2040"]);
    assert_eq!(
        fout.attrs("input[name=rechten][checked]", "value"),
        ["post"]
    );
}

/// Uploads a signed form for Mien, with her address.
async fn getekend_formulier(app: &mut TestApp, id: &str) {
    let fout = app
        .post_multipart(
            &format!("/melding/{id}/machtiging/formulier"),
            &[("formulier-email", MIEN)],
            Some(("machtiging.pdf", b"geen pdf")),
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!fout.text("#bestand-fout").is_empty());
    assert_eq!(fout.attrs("#formulier-email", "value"), [MIEN]);
    let goed = app
        .post_multipart(
            &format!("/melding/{id}/machtiging/formulier"),
            &[("formulier-email", MIEN)],
            Some(("machtiging.pdf", PDF)),
        )
        .await;
    assert_eq!(goed.location(), format!("/melding/{id}"), "{}", goed.body);
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.body.contains("Een medewerker kijkt of het klopt"));
}

/// Signs in as staff and returns the one request to check.
async fn als_medewerker(app: &mut TestApp) -> String {
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("consulent@gemeente.example").await;
    let lijst = app.get("/medewerker/machtigingen").await;
    assert_eq!(lijst.status, StatusCode::OK);
    let links: Vec<String> = lijst
        .attrs("tbody a", "href")
        .into_iter()
        .filter(|h| h.starts_with("/medewerker/machtigingen/"))
        .collect();
    assert_eq!(links.len(), 1, "{}", lijst.body);
    links[0].clone()
}

#[tokio::test]
async fn a_signed_form_approved_by_staff() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    getekend_formulier(&mut app, &id).await;
    let pad = als_medewerker(&mut app).await;
    let pagina = app.get(&pad).await;
    assert!(pagina.body.contains("Mien de Vries"));
    assert!(pagina.body.contains(HELPER));
    let (status, headers, bytes) = app.get_bytes(&format!("{pad}/bewijs")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let inzage: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM machtiging_inzage")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(inzage, 2, "the page and the download");

    let goed = app
        .post(&format!("{pad}/besluit"), &[("besluit", "goedkeuren")])
        .await;
    assert_eq!(
        goed.location(),
        "/medewerker/machtigingen?klaar=goedgekeurd"
    );
    let lijst = app.get(goed.location()).await;
    assert!(lijst.body.contains("U keurde de machtiging goed"));
    assert!(lijst.body.contains("Er is niets te controleren"));
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, MIEN).await);
    let zaak = open_zaak(&mut app, &id).await;
    assert!(zaak.body.contains("Ik kan de trap niet meer op"));
    assert!(!zaak.body.contains("nog geen toestemming"));
    mail_aan(&app, HELPER, "U mag Mien de Vries nu helpen").await;
}

#[tokio::test]
async fn a_signed_form_refused_with_a_reason() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    getekend_formulier(&mut app, &id).await;
    let pad = als_medewerker(&mut app).await;
    let zonder = app
        .post(
            &format!("{pad}/besluit"),
            &[("besluit", "afwijzen"), ("reden", " ")],
        )
        .await;
    assert_eq!(zonder.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!zonder.text("#reden-fout").is_empty());
    let af = app
        .post(
            &format!("{pad}/besluit"),
            &[
                ("besluit", "afwijzen"),
                ("reden", "De handtekening ontbreekt."),
            ],
        )
        .await;
    assert_eq!(af.location(), "/medewerker/machtigingen?klaar=afgewezen");
    mail_aan(&app, HELPER, "De handtekening ontbreekt.").await;

    app.sign_in(HELPER).await;
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert!(dossier.body.contains("keurde het formulier niet goed"));
    assert!(dossier.body.contains("De handtekening ontbreekt."));
    assert_eq!(eigenaar(&app, &id).await, persoon_id(&app, HELPER).await);
}

/// Sends a legal representative's request for Mien, as `wie`, of kind `soort`.
async fn wettelijk(app: &mut TestApp, wie: &str, soort: &str, email: &str) -> TestResponse {
    app.sign_in(wie).await;
    app.post_multipart(
        "/vertegenwoordiger",
        &[
            ("soort", soort),
            ("naam", "Mien de Vries"),
            ("geboren-dag", "2"),
            ("geboren-maand", "3"),
            ("geboren-jaar", "1941"),
            ("email", email),
        ],
        Some(("beschikking.pdf", PDF)),
    )
    .await
}

#[tokio::test]
async fn a_legal_representative_fixes_the_form_and_staff_approve_it() {
    let mut app = TestApp::new().await;
    app.sign_in("mentor@example.nl").await;
    let leeg = app.get("/mijn-loket").await;
    assert!(
        leeg.attrs("a", "href")
            .contains(&"/vertegenwoordiger".to_owned())
    );
    let formulier = app.get("/vertegenwoordiger").await;
    assert_eq!(formulier.attrs("input[name=soort]", "value").len(), 5);

    let fout = app
        .post_multipart(
            "/vertegenwoordiger",
            &[
                ("naam", "Mien de Vries"),
                ("geboren-dag", "31"),
                ("geboren-maand", "2"),
                ("geboren-jaar", "1941"),
            ],
            None,
        )
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        fout.attrs(".loket-error-summary a", "href"),
        ["#soort", "#geboren", "#bestand"].map(str::to_owned)
    );
    assert_eq!(fout.attrs("#naam", "value"), ["Mien de Vries"]);
    assert_eq!(fout.attrs("#geboren", "value"), ["31"]);
    let kind = app
        .post_multipart(
            "/vertegenwoordiger",
            &[
                ("soort", "voogd"),
                ("naam", "Mien"),
                ("geboren-dag", "2"),
                ("geboren-maand", "3"),
                ("geboren-jaar", "1941"),
            ],
            Some(("beschikking.pdf", PDF)),
        )
        .await;
    assert!(kind.text("#geboren-fout").contains("18 jaar"));

    let goed = wettelijk(&mut app, "mentor@example.nl", "mentor", "").await;
    assert_eq!(goed.status, StatusCode::SEE_OTHER, "{}", goed.body);
    assert!(goed.location().starts_with("/vertegenwoordiger/"));
    let klaar = app.get(goed.location()).await;
    assert!(klaar.body.contains("Wij hebben het ontvangen"));
    assert!(klaar.body.contains("kijkt of het bewijs klopt"));
    let eerder = app.get("/vertegenwoordiger").await;
    assert!(
        eerder
            .attrs("a", "href")
            .contains(&goed.location().to_owned())
    );

    let pad = als_medewerker(&mut app).await;
    assert!(app.get(&pad).await.body.contains("2 maart 1941"));
    let goedgekeurd = app
        .post(&format!("{pad}/besluit"), &[("besluit", "goedkeuren")])
        .await;
    assert_eq!(goedgekeurd.status, StatusCode::SEE_OTHER);
    // Mien has no address: she is known through her mentor only.
    let email: String = sqlx::query_scalar(
        "SELECT p.email FROM machtigingen m JOIN personen p ON p.id = m.inwoner_id WHERE m.soort = 'mentor'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert!(email.starts_with("geen-email:"), "{email}");
    mail_aan(&app, "mentor@example.nl", "U mag Mien de Vries nu helpen").await;
}

#[tokio::test]
async fn a_bewindvoerder_does_not_see_the_wmo_dossier_and_a_mentor_does() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(MIEN).await;
    for (wie, soort) in [
        ("bewind@example.nl", "bewindvoerder"),
        ("mentor@example.nl", "mentor"),
    ] {
        let response = wettelijk(&mut app, wie, soort, MIEN).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    }
    app.add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.sign_in("consulent@gemeente.example").await;
    let lijst = app.get("/medewerker/machtigingen").await;
    for pad in lijst.attrs("tbody a", "href") {
        let response = app
            .post(&format!("{pad}/besluit"), &[("besluit", "goedkeuren")])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
    }

    app.sign_in("bewind@example.nl").await;
    handel_namens(&mut app, MIEN).await;
    assert_eq!(
        app.get(&format!("/melding/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    app.sign_in("mentor@example.nl").await;
    handel_namens(&mut app, MIEN).await;
    assert_eq!(
        app.get(&format!("/melding/{id}")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_staff_queue_is_not_for_residents_or_helpers() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    getekend_formulier(&mut app, &id).await;
    let machtiging: String = sqlx::query_scalar("SELECT id FROM machtigingen")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    for pad in [
        "/medewerker/machtigingen".to_owned(),
        format!("/medewerker/machtigingen/{machtiging}"),
        format!("/medewerker/machtigingen/{machtiging}/bewijs"),
    ] {
        assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    let goed = app
        .post(
            &format!("/medewerker/machtigingen/{machtiging}/besluit"),
            &[("besluit", "goedkeuren")],
        )
        .await;
    assert_eq!(goed.status, StatusCode::NOT_FOUND);
    // Someone else's melding has no confirmation page for them.
    app.sign_in("ander@example.nl").await;
    assert_eq!(
        app.get(&format!("/melding/{id}/machtiging")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_double_click_on_the_request_leaves_one_request_open() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    // Four clicks at once from the same session, as an impatient double or triple click sends them.
    let mut klikken = Vec::new();
    for _ in 0..4 {
        let mut klik = app.other_browser();
        klik.use_cookie_jar(app.cookie_jar());
        let id = id.clone();
        klikken.push(tokio::spawn(async move {
            vraag_per_mail(&mut klik, &id).await.status
        }));
    }
    for klik in klikken {
        assert_eq!(klik.await.unwrap(), StatusCode::SEE_OTHER);
    }
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM machtigingen WHERE melding_id = $1 AND status = 'wacht_op_inwoner'",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(open, 1, "one of the two requests stays open");
}

#[tokio::test]
async fn staff_see_an_existing_account_and_its_holder_hears_who_acts_for_them() {
    let mut app = TestApp::new().await;
    app.submitted_melding(MIEN).await;
    let response = wettelijk(&mut app, "mentor@example.nl", "mentor", MIEN).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let pad = als_medewerker(&mut app).await;
    let controle = app.get(&pad).await;
    assert!(
        controle
            .text(".loket-banner")
            .contains(&format!("al een account: {MIEN}")),
        "{}",
        controle.body
    );
    let goedgekeurd = app
        .post(&format!("{pad}/besluit"), &[("besluit", "goedkeuren")])
        .await;
    assert_eq!(goedgekeurd.status, StatusCode::SEE_OTHER);
    let mail = mail_aan(&app, MIEN, "mag nu namens u zaken regelen").await;
    assert!(mail.contains("/machtigingen"), "{mail}");
    assert!(mail.contains("Klopt dit niet?"), "{mail}");
}

#[tokio::test]
async fn the_form_to_sign_prints_with_who_what_when_and_what_to_do_next() {
    let mut app = TestApp::new().await;
    let id = melding_voor_mien(&mut app).await;
    let vragen = app.get(&format!("/melding/{id}/machtiging")).await;
    let afdrukken = format!("/melding/{id}/machtiging/afdrukken");
    assert!(
        vragen
            .body
            .contains("Laat Mien de Vries dan een formulier tekenen.")
    );
    assert!(
        vragen.attrs("main a", "href").contains(&afdrukken),
        "{}",
        vragen.body
    );
    let page = app.get(&afdrukken).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let main = page.text("main");
    let referentie: String = sqlx::query_scalar("SELECT referentie FROM meldingen WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    for tekst in [
        "Wie geeft toestemming?",
        "Mien de Vries",
        "Wie mag helpen?",
        HELPER,
        "Geboortedatum",
        "Straat en huisnummer",
        "Postcode en woonplaats",
        referentie.as_str(),
        "Bekijken wat er gebeurt met de vraag om hulp.",
        "Dingen sturen, zoals antwoorden en papieren.",
        "Vanaf",
        "Tot en met",
        "Plaats en datum",
        "Handtekening van Mien de Vries",
        "Handtekening van de helper",
        "Maak een foto of scan van het getekende formulier.",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    assert!(page.texts(".loket-invullen").len() >= 10);
    app.get("/taal/en").await;
    let en = app.get(&afdrukken).await;
    assert!(en.text("main").contains("Signature of Mien de Vries"));
    // Only the helper who filed it has the form.
    let mut vreemde = app.other_browser();
    vreemde.sign_in("vreemde@example.nl").await;
    assert_eq!(vreemde.get(&afdrukken).await.status, StatusCode::NOT_FOUND);
}
