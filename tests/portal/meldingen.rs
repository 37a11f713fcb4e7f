//! The melding journey, end to end: every step, the spoed route, save and resume with the code, the check
//! page, one submit, the confirmation with its dates and the e-mail. The test clock stands at Monday
//! 23 November 2026.

use axum::http::StatusCode;

use crate::support::{MELDING_ZELF, Options, TestApp, TestResponse, mail_text};

/// The answers of a melding for oneself, step by step.
const ZELF: &[(&str, &[(&str, &str)])] = MELDING_ZELF;

async fn app_met_datums() -> TestApp {
    // Het Hogeland counts the terms from the day the melding is received (Lansingerland from the first talk).
    TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await
}

/// Signs in and begins a melding; returns its path `/melding/{id}`.
async fn begin(app: &mut TestApp, email: &str) -> String {
    app.sign_in(email).await;
    let response = app.post("/melding", &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let eerste = response.location().to_owned();
    assert!(eerste.ends_with("/stap/voor-wie"), "{eerste}");
    eerste.trim_end_matches("/stap/voor-wie").to_owned()
}

async fn stap(
    app: &mut TestApp,
    melding: &str,
    slug: &str,
    velden: &[(&str, &str)],
) -> TestResponse {
    app.post(&format!("{melding}/stap/{slug}"), velden).await
}

/// Answers every step, checking that each leads to the next.
async fn alle_stappen(app: &mut TestApp, melding: &str, stappen: &[(&str, &[(&str, &str)])]) {
    eerste_stappen(app, melding, stappen, stappen.len()).await;
}

/// Answers the first `tot` steps.
async fn eerste_stappen(
    app: &mut TestApp,
    melding: &str,
    stappen: &[(&str, &[(&str, &str)])],
    tot: usize,
) {
    for (i, (slug, velden)) in stappen.iter().enumerate().take(tot) {
        let page = app.get(&format!("{melding}/stap/{slug}")).await;
        assert_eq!(page.status, StatusCode::OK, "{slug}");
        assert!(
            page.text(".loket-step")
                .contains(&format!("Stap {} van {}", i + 1, stappen.len())),
            "{slug}"
        );
        assert!(
            page.body.contains("gratis"),
            "every step says that free support exists: {slug}"
        );
        let response = stap(app, melding, slug, velden).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "{slug}: {}",
            response.text(".loket-error-summary")
        );
        let verwacht = match stappen.get(i + 1) {
            Some((volgende, _)) => format!("{melding}/stap/{volgende}"),
            None => format!("{melding}/controleren"),
        };
        assert_eq!(response.location(), verwacht);
    }
}

async fn aantal_meldingen(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM meldingen WHERE status = 'ingediend'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_resident_files_a_melding_for_themselves_and_sees_its_dates() {
    let mut app = app_met_datums().await;
    let start = app.get("/melding").await;
    assert_eq!(start.status, StatusCode::OK);
    let melding = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &melding, ZELF).await;

    let check = app.get(&format!("{melding}/controleren")).await;
    assert_eq!(check.status, StatusCode::OK);
    let waarden = check.texts(".loket-summary-list__value");
    assert!(
        waarden
            .iter()
            .any(|w| w.contains("Ik kan de trap niet meer op")),
        "{waarden:?}"
    );
    assert!(waarden.iter().any(|w| w.contains("06 1234 5678")));
    let wijzig = check.attrs(".loket-summary-list__actions a", "href");
    assert_eq!(wijzig.len(), ZELF.len(), "a change link per answer");
    assert!(wijzig.contains(&format!("{melding}/stap/hulpvraag?terug=controleren")));
    // "Wijzig" from the check page: after "Verder" the resident is back on the check page in one click.
    let vraag = app
        .get(&format!("{melding}/stap/hulpvraag?terug=controleren"))
        .await;
    assert_eq!(
        vraag.attrs("input[name=terug]", "value"),
        ["controleren"],
        "the step keeps the way back"
    );
    let terug = app
        .post(
            &format!("{melding}/stap/hulpvraag"),
            &[
                (
                    "hulpvraag",
                    "Ik kan de trap niet meer op. Douchen lukt niet meer alleen.",
                ),
                ("terug", "controleren"),
            ],
        )
        .await;
    assert_eq!(terug.location(), format!("{melding}/controleren"));

    let response = app.post(&format!("{melding}/indienen"), &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), format!("{melding}/bevestiging"));
    let bevestiging = app.get(&format!("{melding}/bevestiging")).await;
    let referentie = bevestiging.text(".loket-panel strong");
    assert!(referentie.starts_with("M-2026-"), "{referentie}");
    let datums = bevestiging.texts(".loket-datums li");
    // Monday 23 November + 7 days; + 6 weeks.
    assert!(datums[0].contains("maandag 30 november 2026"), "{datums:?}");
    assert!(datums[1].contains("maandag 4 januari 2027"), "{datums:?}");
    // "Ja, graag" asked for cliëntondersteuning with the melding: the request exists, once.
    let co_link = bevestiging
        .attrs("main a", "href")
        .into_iter()
        .find(|l| l.starts_with("/clientondersteuning/"))
        .expect("a link to the request for support");
    assert_ne!(
        co_link, "/clientondersteuning/aanvragen",
        "no second form to fill in"
    );
    let co = app.get(&co_link).await;
    assert_eq!(co.status, StatusCode::OK);
    assert!(
        co.body.contains("06 1234 5678"),
        "the phone number carried over"
    );

    app.deliver_mail().await;
    let mail = app
        .mails()
        .iter()
        .map(|m| mail_text(m))
        .rfind(|m| m.contains("To: bewoner@example.nl"))
        .unwrap();
    assert!(mail.contains(&referentie), "{mail}");
    assert!(mail.contains("maandag 30 november 2026"), "{mail}");
    assert!(mail.contains("maandag 4 januari 2027"), "{mail}");
    assert!(!mail.contains("trap"), "no health details in the mail");

    let bewijs = app.get(&format!("{melding}/ontvangstbewijs")).await;
    assert!(bewijs.body.contains("Ik kan de trap niet meer op"));
    assert!(
        bewijs.texts(".loket-summary-list__actions a").is_empty(),
        "nothing to change after sending"
    );

    let mijn = app.get("/mijn-loket").await;
    assert!(mijn.text(".loket-zaken").contains(&referentie));
    assert!(
        mijn.text(".loket-zaken")
            .contains("maandag 30 november 2026")
    );
}

#[tokio::test]
async fn a_mantelzorger_files_for_someone_they_help_with_permission() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "dochter@example.nl").await;
    let response = stap(&mut app, &melding, "voor-wie", &[("voor_wie", "ander")]).await;
    assert_eq!(response.location(), format!("{melding}/stap/de-ander"));

    // Without the other person's permission the melding does not go on.
    let zonder = stap(
        &mut app,
        &melding,
        "de-ander",
        &[("ander_naam", "Mien de Vries"), ("ander_relatie", "ouder")],
    )
    .await;
    assert_eq!(zonder.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        zonder.attrs(".loket-error-summary a", "href"),
        vec!["#ander_toestemming".to_owned()]
    );
    assert_eq!(
        zonder.attrs("#ander_naam", "value"),
        vec!["Mien de Vries".to_owned()]
    );

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
    stappen.extend_from_slice(&ZELF[1..]);
    alle_stappen(&mut app, &melding, &stappen).await;
    // Every question after the first two says whom it is about.
    let huishouden = app.get(&format!("{melding}/stap/huishouden")).await;
    assert_eq!(
        huishouden.text(".loket-namens"),
        "Deze vragen gaan over Mien de Vries. Met \"u\" bedoelen we Mien de Vries."
    );
    let toestemming = app.get(&format!("{melding}/stap/toestemming")).await;
    assert!(
        toestemming
            .body
            .contains("Doe dit alleen als Mien de Vries het goed vindt.")
    );
    app.post(&format!("{melding}/indienen"), &[]).await;
    let bewijs = app.get(&format!("{melding}/ontvangstbewijs")).await;
    assert!(bewijs.body.contains("Mien de Vries"));
    assert!(bewijs.body.contains("Mijn vader of moeder"));
    // The confirmation goes to the address that signed in, not to a typed contact address.
    app.deliver_mail().await;
    let mail = app.mails().pop().unwrap();
    assert!(mail.contains("To: dochter@example.nl"), "{mail}");
}

#[tokio::test]
async fn an_unsafe_situation_shows_the_spoed_route_at_once() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    stap(&mut app, &melding, "voor-wie", &[("voor_wie", "zelf")]).await;
    let response = stap(
        &mut app,
        &melding,
        "spoed",
        &[("spoed_gevaar", "ja"), ("spoed_zorg", "nee")],
    )
    .await;
    assert_eq!(response.location(), format!("{melding}/spoed"));
    let spoed = app.get(&format!("{melding}/spoed")).await;
    assert!(spoed.body.contains("0800-2000"), "Veilig Thuis");
    assert!(spoed.body.contains("48 uur"));
    assert!(
        spoed.text(".loket-quick-exit").contains("Snel weg"),
        "a quick exit"
    );
    assert!(
        spoed
            .attrs("a.loket-button", "href")
            .contains(&format!("{melding}/stap/hulpvraag"))
    );
}

#[tokio::test]
async fn every_step_says_what_is_missing_and_keeps_the_input() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    let page = stap(&mut app, &melding, "voor-wie", &[]).await;
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#voor_wie".to_owned()]
    );
    stap(&mut app, &melding, "voor-wie", &[("voor_wie", "ander")]).await;
    let leeg: &[(&str, &[&str])] = &[
        (
            "de-ander",
            &["ander_naam", "ander_relatie", "ander_toestemming"],
        ),
        ("spoed", &["spoed_gevaar", "spoed_zorg"]),
        ("hulpvraag", &["hulpvraag"]),
        ("onderwerpen", &["levensgebieden"]),
        ("huishouden", &["huishouden"]),
        ("gesprek", &["gesprek_erbij"]),
        ("clientondersteuning", &["clientondersteuning"]),
        ("contact", &["contact_manier", "tolk"]),
        ("toestemming", &["toestemming"]),
    ];
    for (slug, velden) in leeg {
        let page = stap(&mut app, &melding, slug, &[]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{slug}");
        let links: Vec<String> = velden.iter().map(|v| format!("#{v}")).collect();
        assert_eq!(
            page.attrs(".loket-error-summary a", "href"),
            links,
            "{slug}"
        );
        for veld in *velden {
            assert!(
                !page.text(&format!("#{veld}-fout")).is_empty(),
                "{slug}: message beside {veld}"
            );
        }
    }
    // Invalid input comes back beside its error.
    let page = stap(
        &mut app,
        &melding,
        "contact",
        &[
            ("contact_manier", "email"),
            ("telefoon", "12"),
            ("contact_email", "x@"),
            ("tolk", "tolk"),
        ],
    )
    .await;
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec![
            "#telefoon".to_owned(),
            "#contact_email".to_owned(),
            "#tolk_taal".to_owned()
        ]
    );
    assert_eq!(page.attrs("#contact_email", "value"), vec!["x@".to_owned()]);
    stap(
        &mut app,
        &melding,
        "hulpvraag",
        &[("hulpvraag", "Mijn eerste versie")],
    )
    .await;
    let te_lang = "a".repeat(2001);
    let page = stap(
        &mut app,
        &melding,
        "hulpvraag",
        &[("hulpvraag", &te_lang), ("actie", "later")],
    )
    .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "also 'later' shows the error first"
    );
    let opnieuw = app.get(&format!("{melding}/stap/hulpvraag")).await;
    assert_eq!(
        opnieuw.text("#hulpvraag"),
        "Mijn eerste versie",
        "the stored answer is not wiped"
    );
    assert!(
        page.text("#hulpvraag-fout").contains("2000"),
        "{}",
        page.text("#hulpvraag-fout")
    );
    assert_eq!(page.text("#hulpvraag"), te_lang, "the text is kept");
    let page = stap(
        &mut app,
        &melding,
        "gesprek",
        &[("gesprek_erbij", "niemand"), ("gesprek_erbij", "familie")],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);

    // An incomplete melding cannot be sent: the check page points at what is missing.
    let page = app.post(&format!("{melding}/indienen"), &[]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#de-ander".to_owned()]
    );
    assert_eq!(
        page.attrs("a#de-ander", "href"),
        vec![format!("{melding}/stap/de-ander")],
        "the link lands on the answer"
    );
    assert_eq!(aantal_meldingen(&app).await, 0);
}

#[tokio::test]
async fn save_leave_and_resume_with_the_code_on_another_device() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    eerste_stappen(&mut app, &melding, ZELF, 3).await;
    let response = stap(
        &mut app,
        &melding,
        "onderwerpen",
        &[("levensgebieden", "wonen"), ("actie", "later")],
    )
    .await;
    assert_eq!(response.location(), format!("{melding}/later"));
    let later = app.get(&format!("{melding}/later")).await;
    let code = later.text(".loket-code");
    assert_eq!(code.len(), 9, "{code}");
    // Said plainly: Mijn loket on any device; the code only for a call.
    let tekst = later.text("main");
    assert!(
        tekst.starts_with("Wij hebben uw antwoorden bewaard Uw vraag staat in Mijn loket."),
        "{tekst}"
    );
    assert!(
        tekst.contains("U heeft de code alleen nodig als u de gemeente belt over uw vraag."),
        "{tekst}"
    );

    // Another device: new cookies, signed in again.
    app.clear_cookies();
    app.sign_in("bewoner@example.nl").await;
    let fout = app
        .post("/melding/hervatten", &[("code", "AAAA-BBBB")])
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fout.attrs("#code", "value"), vec!["AAAA-BBBB".to_owned()]);
    let verder = app
        .post(
            "/melding/hervatten",
            &[("code", &code.to_lowercase().replace('-', " "))],
        )
        .await;
    assert_eq!(verder.status, StatusCode::SEE_OTHER);
    assert_eq!(
        verder.location(),
        format!("{melding}/stap/huishouden"),
        "where the resident left off"
    );
    let onderwerpen = app.get(&format!("{melding}/stap/onderwerpen")).await;
    assert_eq!(
        onderwerpen.attrs("input[name=levensgebieden][checked]", "value"),
        vec!["wonen".to_owned()]
    );
    let hulpvraag = app.get(&format!("{melding}/stap/hulpvraag")).await;
    assert!(hulpvraag.text("#hulpvraag").starts_with("Ik kan de trap"));

    // The code opens nothing for someone else.
    app.clear_cookies();
    app.sign_in("ander@example.nl").await;
    let vreemd = app.post("/melding/hervatten", &[("code", &code)]).await;
    assert_eq!(vreemd.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_double_submit_makes_one_melding_and_one_mail() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &melding, ZELF).await;
    app.deliver_mail().await;
    let voor = app.mails().len();
    let (a, b) = {
        let eerste = app.post(&format!("{melding}/indienen"), &[]).await;
        let tweede = app.post(&format!("{melding}/indienen"), &[]).await;
        (eerste, tweede)
    };
    assert_eq!(a.location(), b.location());
    assert_eq!(aantal_meldingen(&app).await, 1);
    app.deliver_mail().await;
    assert_eq!(app.mails().len(), voor + 1, "one confirmation");
    // A step posted again after sending changes nothing.
    let response = stap(
        &mut app,
        &melding,
        "hulpvraag",
        &[("hulpvraag", "Iets anders")],
    )
    .await;
    assert_eq!(response.location(), format!("{melding}/bevestiging"));
    let bewijs = app.get(&format!("{melding}/ontvangstbewijs")).await;
    assert!(!bewijs.body.contains("Iets anders"));
}

#[tokio::test]
async fn another_person_cannot_see_a_melding_at_all() {
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &melding, ZELF).await;
    app.post(&format!("{melding}/indienen"), &[]).await;

    app.clear_cookies();
    app.sign_in("buurman@example.nl").await;
    for pad in [
        "/stap/hulpvraag",
        "/spoed",
        "/later",
        "/controleren",
        "/bevestiging",
        "/ontvangstbewijs",
    ] {
        let page = app.get(&format!("{melding}{pad}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{pad}");
        assert!(!page.body.contains("trap"), "{pad}");
    }
    let post = stap(&mut app, &melding, "hulpvraag", &[("hulpvraag", "x")]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    let post = app.post(&format!("{melding}/indienen"), &[]).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/mijn-loket").await.body.contains("M-2026-"));

    // Not signed in: to the sign-in page.
    app.clear_cookies();
    let page = app.get(&format!("{melding}/bevestiging")).await;
    assert_eq!(
        page.location(),
        format!("/inloggen?terug={melding}/bevestiging")
    );
}

#[tokio::test]
async fn where_terms_start_at_the_first_talk_the_confirmation_says_so() {
    // Lansingerland, the default profile, counts from the first gesprek (Verordening Sociaal Domein
    // Lansingerland 2018, art. 2:1 sub b).
    let mut app = TestApp::new().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &melding, ZELF).await;
    app.post(&format!("{melding}/indienen"), &[]).await;
    let bevestiging = app.get(&format!("{melding}/bevestiging")).await;
    assert!(bevestiging.texts(".loket-datums li").is_empty());
    assert!(bevestiging.body.contains("eerste gesprek"));
}

#[tokio::test]
async fn the_journey_speaks_english() {
    let mut app = app_met_datums().await;
    app.get("/taal/en").await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    let page = app.get(&format!("{melding}/stap/voor-wie")).await;
    assert_eq!(page.text("h1"), "Who are you asking help for?");
    let page = stap(&mut app, &melding, "voor-wie", &[]).await;
    assert_eq!(
        page.text("#voor_wie-fout"),
        "Error: Choose who you are asking help for."
    );
}

#[tokio::test]
async fn the_demo_data_shows_a_melding_in_every_state_once() {
    let mut app = TestApp::new().await;
    assert_eq!(loket::demo::vul(&app.state).await.unwrap(), 2);
    assert_eq!(
        loket::demo::vul(&app.state).await.unwrap(),
        0,
        "a second run adds nothing"
    );
    app.sign_in("bewoner@example.nl").await;
    let mijn = app.get("/mijn-loket").await;
    assert_eq!(
        mijn.texts(".loket-zaken > li").len(),
        5,
        "three meldingen, one for an aunt who has not confirmed yet, and a request for support"
    );
    let links = mijn.attrs(".loket-zaken a", "href");
    for einde in [
        "/controleren",
        "/later",
        "/bevestiging",
        "/plan",
        "/stap/onderwerpen",
        "/stap/toestemming",
    ] {
        assert!(
            links.iter().any(|l| l.ends_with(einde)),
            "{einde}: {links:?}"
        );
    }
    assert!(
        links.iter().any(|l| l.starts_with("/clientondersteuning/")),
        "{links:?}"
    );
    // The submitted melding has a plan, handed in as a file that can be downloaded.
    let plan = links.iter().find(|l| l.ends_with("/plan")).unwrap().clone();
    let page = app.get(&plan).await;
    assert!(
        page.attrs("main a", "href")
            .contains(&format!("{plan}/bestand")),
        "{}",
        page.body
    );
    assert!(
        links.iter().any(|l| l.starts_with("/clientondersteuning/")),
        "{links:?}"
    );
    // The submitted melding has a plan, handed in as a file that can be downloaded.
    let plan = links.iter().find(|l| l.ends_with("/plan")).unwrap().clone();
    let page = app.get(&plan).await;
    assert!(
        page.attrs("main a", "href")
            .contains(&format!("{plan}/bestand")),
        "{}",
        page.body
    );
    // The urgent draft links its spoed step to the spoed route.
    let spoed_stap = links
        .iter()
        .find(|l| l.ends_with("/stap/toestemming"))
        .unwrap()
        .replace("toestemming", "spoed");
    let page = app.get(&spoed_stap).await;
    assert_eq!(page.attrs("main form", "action").len(), 1);
    assert!(
        page.attrs("main a", "href")
            .contains(&"../spoed".to_owned())
    );
}

#[tokio::test]
async fn two_submissions_at_the_same_moment_make_one_melding() {
    use loket::meldingen::indiener::{Indiening, Uitkomst};
    let mut app = app_met_datums().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &melding, ZELF).await;
    let id = melding.trim_start_matches("/melding/").to_owned();
    let persoon_id: String = sqlx::query_scalar("SELECT persoon_id FROM meldingen WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let email = loket::mail::Email {
        to: "bewoner@example.nl".into(),
        greeting: None,
        subject: "Onderwerp".into(),
        paragraphs: vec![],
        action: None,
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    };
    let tr = loket::i18n::Tr::new(app.state.i18n.clone(), loket::i18n::Lang::Nl);
    let antwoorden = loket::meldingen::repo::van(&app.state.db.pool, &id, &persoon_id)
        .await
        .unwrap()
        .unwrap()
        .antwoorden;
    let indiening = |referentie: &str| Indiening {
        id: id.clone().into(),
        persoon_id: persoon_id.clone().into(),
        referentie: referentie.into(),
        now: app.state.clock.now(),
        ontvangen_op: app.state.clock.today(),
        bericht: loket::mail::outbox::Prepared::new(&email, &tr, &app.state.gemeente),
        antwoorden: antwoorden.clone(),
        clientondersteuning: None,
    };
    // Both reach the writer together, so they share one transaction.
    let (a, b) = tokio::join!(
        app.state.indiener.indienen(indiening("M-2026-AAAAAA")),
        app.state.indiener.indienen(indiening("M-2026-BBBBBB")),
    );
    let uitkomsten = [a.unwrap(), b.unwrap()];
    assert_eq!(
        uitkomsten
            .iter()
            .filter(|u| matches!(u, Uitkomst::Ingediend))
            .count(),
        1,
        "{uitkomsten:?}"
    );
    assert_eq!(
        uitkomsten
            .iter()
            .filter(|u| matches!(u, Uitkomst::AlIngediend))
            .count(),
        1,
        "{uitkomsten:?}"
    );
    assert_eq!(aantal_meldingen(&app).await, 1);
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE subject = 'Onderwerp'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(mails, 1, "one confirmation");
}

#[tokio::test]
async fn the_melding_asks_who_it_is_about_and_where_letters_go() {
    let mut app = TestApp::new().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    let gegevens = ZELF.iter().position(|(s, _)| *s == "gegevens").unwrap();
    eerste_stappen(&mut app, &melding, ZELF, gegevens).await;

    // Bad input comes back beside its field, with what was typed kept.
    let fout = stap(
        &mut app,
        &melding,
        "gegevens",
        &[
            ("naam", "Gerrit Smit"),
            ("geboren-dag", "31"),
            ("geboren-maand", "2"),
            ("geboren-jaar", "1946"),
            ("straat", "Dorpsstraat 12"),
            ("postcode", "26651"),
            ("plaats", ""),
        ],
    )
    .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fouten = fout.texts(".loket-error-message");
    assert!(
        fouten
            .iter()
            .any(|f| f.contains("een geboortedatum in die bestaat")),
        "{fouten:?}"
    );
    assert!(
        fouten
            .iter()
            .any(|f| f.contains("vier cijfers en twee letters")),
        "{fouten:?}"
    );
    assert!(
        fouten.iter().any(|f| f.contains("woonplaats")),
        "{fouten:?}"
    );
    assert_eq!(fout.attrs("#naam", "value"), ["Gerrit Smit"]);
    assert_eq!(fout.attrs("#straat", "value"), ["Dorpsstraat 12"]);
    assert_eq!(fout.attrs("#postcode", "value"), ["26651"]);

    // The rest of the journey, with letters to another address than home.
    let mut rest: Vec<(&str, &[(&str, &str)])> = ZELF[gegevens..].to_vec();
    let contact: &[(&str, &str)] = &[
        ("contact_manier", "brief"),
        ("tolk", "geen"),
        ("post_straat", "Postbus 40"),
        ("post_postcode", "9989zg"),
        ("post_plaats", "Warffum"),
    ];
    let i = rest.iter().position(|(s, _)| *s == "contact").unwrap();
    rest[i] = ("contact", contact);
    for (slug, velden) in &rest {
        let r = stap(&mut app, &melding, slug, velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}: {}", r.body);
    }
    let check = app.get(&format!("{melding}/controleren")).await;
    let tekst = check.text("main");
    assert!(tekst.contains("Gerrit Smit"), "{tekst}");
    assert!(tekst.contains("15 augustus 1946"), "{tekst}");
    assert!(
        tekst.contains("Dorpsstraat 12, 2665 AB Bergschenhoek"),
        "{tekst}"
    );
    assert!(
        tekst.contains("Postbus 40, 9989 ZG Warffum"),
        "letters go to the postal address: {tekst}"
    );

    // Sent: the municipality sees who it is about, in the queue and on the case.
    let response = app.post(&format!("{melding}/indienen"), &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let naam: Option<String> = sqlx::query_scalar("SELECT naam FROM zaken WHERE id = $1")
        .bind(melding.trim_start_matches("/melding/"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(naam.as_deref(), Some("Gerrit Smit"));
}

#[tokio::test]
async fn no_thanks_to_support_asks_for_none() {
    let mut app = TestApp::new().await;
    let melding = begin(&mut app, "bewoner@example.nl").await;
    let mut stappen: Vec<(&str, &[(&str, &str)])> = ZELF.to_vec();
    let i = stappen
        .iter()
        .position(|(s, _)| *s == "clientondersteuning")
        .unwrap();
    // "Ja" needs a choice of who helps; "Nee" keeps none.
    let zonder_keuze = stap(
        &mut app,
        &melding,
        "clientondersteuning",
        &[("clientondersteuning", "ja")],
    )
    .await;
    assert_eq!(zonder_keuze.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        zonder_keuze
            .text(".loket-error-message")
            .contains("Kies wie u mag helpen")
    );
    let nee: &[(&str, &str)] = &[
        ("clientondersteuning", "nee"),
        ("co_organisatie", "_gemeente-kiest"),
    ];
    stappen[i] = ("clientondersteuning", nee);
    alle_stappen(&mut app, &melding, &stappen).await;
    let response = app.post(&format!("{melding}/indienen"), &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clientondersteuning_verzoeken")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

async fn tel(app: &TestApp, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_draft_melding_is_deleted_for_good_after_yes() {
    let mut app = TestApp::new().await;
    let pad = begin(&mut app, "bewoner@example.nl").await;
    let id = pad.trim_start_matches("/melding/").to_owned();
    for (slug, velden) in &ZELF[..3] {
        app.post(&format!("{pad}/stap/{slug}"), velden).await;
    }
    // The draft's check page and Mijn loket link to the question.
    let controleren = app.get(&format!("{pad}/controleren")).await;
    assert!(
        controleren
            .attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );
    let vraag = app.get(&format!("{pad}/verwijderen")).await;
    assert_eq!(vraag.status, StatusCode::OK);
    assert!(
        vraag
            .body
            .contains("Weet u zeker dat u dit concept wilt verwijderen?")
    );
    assert_eq!(
        vraag.attrs("input[name=verwijderen]", "value"),
        ["ja", "nee"]
    );

    // Nothing chosen: the question again with its error; the draft stays.
    let leeg = app.post(&format!("{pad}/verwijderen"), &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        leeg.text(".loket-error-summary")
            .contains("Kies Ja of Nee."),
        "{}",
        leeg.body
    );
    // Nee goes back and keeps it.
    let nee = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "nee")])
        .await;
    assert_eq!(nee.location(), format!("{pad}/controleren"));
    assert_eq!(
        app.get(&format!("{pad}/controleren")).await.status,
        StatusCode::OK
    );

    // Someone else does not find it.
    let mut ander = app.other_browser();
    ander.sign_in("iemand.anders@example.nl").await;
    assert_eq!(
        ander.get(&format!("{pad}/verwijderen")).await.status,
        StatusCode::NOT_FOUND
    );
    let vreemd = ander
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(vreemd.status, StatusCode::NOT_FOUND);
    assert_eq!(
        tel(&app, "SELECT COUNT(*) FROM meldingen WHERE id = $1", &id).await,
        1
    );

    // Ja: gone for good, and Mijn loket says so.
    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.status, StatusCode::SEE_OTHER);
    assert_eq!(ja.location(), "/mijn-loket?verwijderd=concept");
    let mijn = app.get(ja.location()).await;
    assert!(
        mijn.text("[role=alert]")
            .contains("U heeft het concept verwijderd."),
        "{}",
        mijn.body
    );
    assert!(!mijn.body.contains(&id));
    assert_eq!(
        app.get(&format!("{pad}/controleren")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("{pad}/verwijderen")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        tel(&app, "SELECT COUNT(*) FROM meldingen WHERE id = $1", &id).await,
        0
    );
    assert_eq!(
        tel(
            &app,
            "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1",
            &id
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_sent_melding_cannot_be_deleted() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let pad = format!("/melding/{id}");
    assert!(
        !app.get(&format!("{pad}/bevestiging"))
            .await
            .body
            .contains("/verwijderen")
    );
    assert_eq!(
        app.get(&format!("{pad}/verwijderen")).await.status,
        StatusCode::NOT_FOUND
    );
    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.status, StatusCode::NOT_FOUND);
    assert_eq!(
        tel(&app, "SELECT COUNT(*) FROM meldingen WHERE id = $1", &id).await,
        1
    );
    assert_eq!(app.get(&pad).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_question_to_delete_a_draft_is_in_english_too() {
    let mut app = TestApp::new().await;
    let pad = begin(&mut app, "resident@example.nl").await;
    app.get("/taal/en").await;
    let vraag = app.get(&format!("{pad}/verwijderen")).await;
    assert!(
        vraag
            .body
            .contains("Are you sure you want to delete this draft?"),
        "{}",
        vraag.body
    );
}

/// Two submissions written in one group, one of which gets a reference number that is taken already: that one
/// is refused (its sender tries again with a new number) and keeps its draft, and the other is written with
/// its mail, as if it had been alone.
#[tokio::test]
async fn a_taken_reference_number_spoils_no_other_submission_of_its_group() {
    use loket::meldingen::indiener::{Indiening, Uitkomst};
    let mut app = app_met_datums().await;
    let bezet = begin(&mut app, "eerder@example.nl").await;
    alle_stappen(&mut app, &bezet, ZELF).await;
    app.post(&format!("{bezet}/indienen"), &[]).await;
    let bezet_id = bezet.trim_start_matches("/melding/");
    let (taken,): (String,) = sqlx::query_as("SELECT referentie FROM meldingen WHERE id = $1")
        .bind(bezet_id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let a = begin(&mut app, "bewoner@example.nl").await;
    alle_stappen(&mut app, &a, ZELF).await;
    let b = begin(&mut app, "buurman@example.nl").await;
    alle_stappen(&mut app, &b, ZELF).await;
    app.deliver_mail().await;
    let voor = app.mails().len();

    let tr = loket::i18n::Tr::new(app.state.i18n.clone(), loket::i18n::Lang::Nl);
    let mut indieningen = Vec::new();
    for (pad, referentie) in [(&a, taken.clone()), (&b, "WMO-2026-TEST1".to_owned())] {
        let id = pad.trim_start_matches("/melding/");
        let melding =
            sqlx::query_as::<_, (String,)>("SELECT persoon_id FROM meldingen WHERE id = $1")
                .bind(id)
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap()
                .0;
        let antwoorden = loket::meldingen::repo::van(&app.state.db.pool, id, &melding)
            .await
            .unwrap()
            .unwrap()
            .antwoorden;
        let email = loket::mail::Email {
            to: "inwoner@example.nl".into(),
            greeting: None,
            subject: format!("Melding {referentie}"),
            paragraphs: vec!["Wij hebben uw melding ontvangen.".into()],
            action: None,
            after: Vec::new(),
            erase_after_sending: false,
            link_geldig_tot: None,
            bijlage: None,
        };
        indieningen.push(Indiening {
            id: loket::ids::ZaakId::new(id),
            persoon_id: loket::ids::PersoonId::new(melding),
            referentie,
            now: app.clock.now(),
            ontvangen_op: app.clock.today(),
            bericht: loket::mail::outbox::Prepared::new(&email, &tr, &app.state.gemeente),
            antwoorden,
            clientondersteuning: None,
        });
    }
    let tweede = indieningen.pop().unwrap();
    let eerste = indieningen.pop().unwrap();
    // Handed over at the same moment, so that the writer takes both in one group.
    let (een, twee) = tokio::join!(
        app.state.indiener.indienen(eerste),
        app.state.indiener.indienen(tweede)
    );
    assert!(
        matches!(een.unwrap(), Uitkomst::Opnieuw),
        "the taken number"
    );
    assert!(matches!(twee.unwrap(), Uitkomst::Ingediend));
    let pool = app.state.db.pool.clone();
    let status = |pad: &str| {
        let id = pad.trim_start_matches("/melding/").to_owned();
        let pool = pool.clone();
        async move {
            sqlx::query_as::<_, (String,)>("SELECT status FROM meldingen WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap()
                .0
        }
    };
    assert_eq!(status(&a).await, "concept", "nothing of it was kept");
    assert_eq!(status(&b).await, "ingediend");
    app.deliver_mail().await;
    assert_eq!(app.mails().len(), voor + 1, "one mail, of the one written");
    // Through the page, the refused one is sent with a new number.
    app.sign_in("bewoner@example.nl").await;
    let r = app.post(&format!("{a}/indienen"), &[]).await;
    assert_eq!(r.location(), format!("{a}/bevestiging"));
    assert_eq!(status(&a).await, "ingediend");
}

/// Mijn loket keeps each case folded from its steps while the case has no newer step (as the cliëntondersteuner's
/// dashboard does): a step recorded on another instance of the portal, on the same database, shows at the
/// resident's next visit.
#[tokio::test]
async fn mijn_loket_shows_a_step_recorded_on_another_instance_at_the_next_visit() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::support::fresh_database_url(dir.path()).await;
    let options = || Options {
        database_url: Some(url.clone()),
        ..Options::default()
    };
    let mut a = TestApp::with(options()).await;
    let b = TestApp::with(options()).await;
    let melding = a.submitted_melding("bewoner@example.nl").await;
    let voor = a.get("/mijn-loket").await.text("main");
    assert!(!voor.contains("1 december 2026"), "{voor}");
    assert_eq!(a.state.gevouwen.aantal(), 1, "instance a keeps the case");
    // Kept: a second visit shows the same.
    assert_eq!(a.get("/mijn-loket").await.text("main"), voor);

    crate::support::gesprek_gepland(&b, &melding).await;
    let na = a.get("/mijn-loket").await.text("main");
    assert!(na.contains("1 december 2026"), "the gesprek: {na}");
}
