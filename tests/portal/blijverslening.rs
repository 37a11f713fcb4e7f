//! Blijverslening: the public check that stores nothing, a complete application with a co-owner who confirms by
//! mail, staff decisions within the yearly budget, the case page, the roles, and the figures. The clock stands
//! on Monday 23 November 2026; the profile is Lansingerland.

use axum::http::StatusCode;
use loket::auth::machtiging::{Rechten, Soort};

use crate::support::{
    Options, TestApp, TestResponse, als_helper, link_in, machtig, mail_text, persoon_id,
};

const BEWONER: &str = "bewoner@example.nl";
const PARTNER: &str = "els@example.nl";
const CONSULENT: &str = "consulent@gemeente.example";
const PDF: &[u8] = b"%PDF-1.4\n% offerte\n";

/// The documents page of the draft whose task list `takenlijst` is (where starting a draft leads).
fn stukken_van(takenlijst: &str) -> String {
    assert!(takenlijst.ends_with("/wijzigen"), "{takenlijst}");
    format!("{}/stukken", takenlijst.trim_end_matches("/wijzigen"))
}

fn sleutel(page: &TestResponse) -> String {
    page.attrs("input[name=sleutel]", "value")
        .pop()
        .expect("a form key")
}

/// A complete application for a consumptive loan of EUR 5,000, with one co-owner when `mede` is given: the
/// answers a new draft starts with.
fn aanvraag(sleutel: &str, mede: Option<&str>) -> Vec<(&'static str, String)> {
    let mut v: Vec<(&'static str, String)> = vec![
        ("sleutel", sleutel.to_owned()),
        ("naam", "Jan de Vries".into()),
        ("geboren-dag", "14".into()),
        ("geboren-maand", "3".into()),
        ("geboren-jaar", "1956".into()),
        ("straat", "Dorpsstraat 12".into()),
        ("postcode", "2665 AB".into()),
        ("plaats", "Bleiswijk".into()),
        ("eigenaar", "ja".into()),
        ("bewoner", "ja".into()),
        ("alle-eigenaren", "ja".into()),
        ("reden", "zorg-nu".into()),
        ("maatregelen", "Een traplift".into()),
        ("materiaal", "4000".into()),
        ("arbeid", "1000".into()),
        ("uren", "500".into()),
        ("leenkosten", "0".into()),
        ("subsidies", "0".into()),
        ("soort", "consumptief".into()),
        ("looptijd", "10".into()),
        ("bedrag", "5000".into()),
        ("gepland-dag", "1".into()),
        ("gepland-maand", "2".into()),
        ("gepland-jaar", "2027".into()),
    ];
    if let Some(email) = mede {
        v.extend([
            ("mede1-naam", "Els de Vries".to_owned()),
            ("mede1-geboren-dag", "2".to_owned()),
            ("mede1-geboren-maand", "8".to_owned()),
            ("mede1-geboren-jaar", "1958".to_owned()),
            ("mede1-email", email.to_owned()),
        ]);
    }
    v
}

async fn post(app: &mut TestApp, path: &str, fields: &[(&str, String)]) -> TestResponse {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post(path, &fields).await
}

async fn rijen(app: &TestApp) -> i64 {
    let mut n = 0;
    for tabel in [
        "blijverslening_aanvragen",
        "blijverslening_eigenaren",
        "documenten",
        "toegangslog",
        "blijverslening_budgetjaren",
        "outbox",
        "sessions",
        "personen",
    ] {
        let c: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {tabel}")))
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap();
        n += c;
    }
    n
}

/// Signs in as the resident and sends a complete application with all uploads; returns its id. With
/// `mede`, one co-owner with that address.
async fn verstuurde(app: &mut TestApp, mede: Option<&str>) -> String {
    let (id, stukken) = concept_met(app, mede).await;
    assert!(stukken.ends_with("/stukken"), "{stukken}");
    for soort in ["eigendom", "bewoning", "offerte"] {
        let r = app
            .post_multipart(
                &stukken,
                &[("soort", soort)],
                Some((&format!("{soort}.pdf"), PDF)),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    id
}

async fn status(app: &TestApp, id: &str) -> String {
    sqlx::query_scalar("SELECT status FROM blijverslening_aanvragen WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn staf(app: &mut TestApp) {
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
}

fn mails_aan(app: &TestApp, aan: &str) -> Vec<String> {
    app.mails()
        .into_iter()
        .filter(|m| m.to_lowercase().contains(&format!("to: {aan}")))
        .map(|m| mail_text(&m))
        .collect()
}

async fn bezorg(app: &TestApp) {
    for _ in 0..10 {
        let pass = app.deliver_mail().await;
        if pass.sent + pass.failed == 0 {
            break;
        }
    }
}

#[tokio::test]
async fn the_public_pages_explain_the_loan_and_only_exist_where_the_profile_has_it() {
    let mut app = TestApp::new().await;
    let page = app.get("/blijverslening").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text("main");
    assert!(main.contains("SVn geeft de lening"), "{main}");
    assert!(main.contains("kredietcheck"), "{main}");
    assert!(main.contains("artikel 4:15d, lid 1"), "{main}");
    assert!(main.contains("€ 75.375"), "{main}");
    assert!(
        page.attrs("main a", "href")
            .contains(&"/blijverslening/check".to_owned())
    );
    assert!(
        page.attrs("main a", "href")
            .contains(&"/blijverslening/aanvragen".to_owned())
    );

    app.get("/taal/en").await;
    let en = app
        .get("/blijverslening/check?check=1&soort=hypothecair&looptijd=20&bedrag=30000")
        .await;
    assert_eq!(en.status, StatusCode::OK);
    let main = en.text("main");
    assert!(main.contains("We cannot tell yet"), "{main}");
    // "20 jaar vast" is the fixed-rate period: the estimate pays back over the profile's 30 years at 1.70 %.
    assert!(main.contains("About €106.44 per month"), "{main}");
    assert!(main.contains("Fixed for 20 years"), "{main}");
    assert!(
        main.contains("A loan with your home as security in 30 years"),
        "{main}"
    );

    let mut hogeland = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Default::default()
    })
    .await;
    for pad in ["/blijverslening", "/blijverslening/check?check=1"] {
        assert_eq!(
            hogeland.get(pad).await.status,
            StatusCode::NOT_FOUND,
            "{pad}"
        );
    }
}

#[tokio::test]
async fn the_check_tells_why_and_stores_nothing() {
    let mut app = TestApp::new().await;
    let voor = rijen(&app).await;
    let ja = app
        .get(
            "/blijverslening/check?check=1&eigenaar=ja&bewoner=ja&alle-eigenaren=ja&reden=levensloop\
             &geboren1-dag=24&geboren1-maand=11&geboren1-jaar=1950&soort=consumptief&bedrag=10000&klaar=nee",
        )
        .await;
    assert_eq!(ja.status, StatusCode::OK);
    let main = ja.text("main");
    assert!(
        main.contains("U kunt de lening waarschijnlijk krijgen"),
        "{main}"
    );
    assert!(main.contains("Ongeveer € 95,64 per maand"), "{main}");
    assert!(main.contains("schatting"), "{main}");
    assert!(
        main.contains("Er is dit jaar nog genoeg geld: € 75.375"),
        "{main}"
    );
    // Work that has begun still counts: only finished work is refused (art. 4:15e lid 1 sub f).
    assert!(main.contains("Het werk is nog niet klaar."), "{main}");

    // Above a personal loan's maximum, a loan with the home as security may still be possible.
    let hoog = app
        .get(
            "/blijverslening/check?check=1&eigenaar=ja&bewoner=ja&alle-eigenaren=ja&reden=levensloop\
             &geboren1-dag=24&geboren1-maand=11&geboren1-jaar=1970&soort=consumptief&bedrag=20000&klaar=nee",
        )
        .await;
    let main_hoog = hoog.text("main");
    assert!(
        main_hoog.contains(
            "Het bedrag is te hoog voor een persoonlijke lening. Die is hoogstens € 10.000. Met uw huis als \
             zekerheid kunt u misschien wel meer lenen: tot € 30.000."
        ),
        "{main_hoog}"
    );
    let te_hoog = app
        .get("/blijverslening/check?check=1&soort=consumptief&bedrag=40000")
        .await;
    assert!(
        te_hoog
            .text("main")
            .contains("Het bedrag is te hoog. U kunt hoogstens € 10.000 lenen."),
        "above every maximum: no other loan to point to"
    );
    assert!(main.contains("artikel 4:15b, lid 1, onder b"), "{main}");

    // 76 today: not younger than 76; and the work is done.
    let nee = app
        .get(
            "/blijverslening/check?check=1&eigenaar=ja&geboren1-dag=23&geboren1-maand=11&geboren1-jaar=1950\
             &soort=consumptief&bedrag=10001&klaar=ja",
        )
        .await;
    let main = nee.text("main");
    assert!(
        main.contains("U kunt de lening waarschijnlijk niet krijgen"),
        "{main}"
    );
    assert!(
        main.contains("Alle aanvragers zijn 76 jaar of ouder"),
        "{main}"
    );
    assert!(main.contains("Het bedrag is te hoog"), "{main}");
    assert!(main.contains("Het werk is al klaar"), "{main}");
    assert!(main.contains("artikel 4:15e, lid 1, onder f"), "{main}");

    let open = app.get("/blijverslening/check?check=1").await;
    assert!(open.text("main").contains("We weten het nog niet zeker"));

    let fout = app
        .get("/blijverslening/check?check=1&bedrag=veel&geboren2-dag=31&geboren2-maand=2&geboren2-jaar=1960")
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fout.attrs("input[name=bedrag]", "value"), ["veel"]);
    assert!(
        fout.text(".loket-error-summary")
            .contains("Deze datum bestaat niet"),
        "{}",
        fout.body
    );

    assert_eq!(rijen(&app).await, voor, "the check wrote something");
}

#[tokio::test]
async fn every_mistake_comes_back_beside_its_field_with_the_input_kept() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let page = app.get("/blijverslening/aanvragen").await;
    let key = sleutel(&page);
    // A new draft: each part sent empty names every question of that part.
    let r = post(
        &mut app,
        "/blijverslening/aanvragen",
        &[("sleutel", key.clone())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = r.location().trim_end_matches("/wijzigen").to_owned();
    let id = pad.trim_start_matches("/blijverslening/").to_owned();
    let delen = ["aanvrager", "woning", "mede-eigenaren", "werk", "lening"];
    let mut links = Vec::new();
    for deel in delen {
        let leeg = app.post(&format!("{pad}/{deel}"), &[]).await;
        assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY, "{deel}");
        links.extend(leeg.attrs(".loket-error-summary a", "href"));
    }
    for veld in [
        "naam",
        "geboren",
        "straat",
        "postcode",
        "plaats",
        "eigenaar",
        "bewoner",
        "alle-eigenaren",
        "reden",
        "maatregelen",
        "materiaal",
        "soort",
        "bedrag",
        "gepland",
    ] {
        assert!(links.contains(&format!("#{veld}")), "{veld}: {links:?}");
    }

    let mut fouten = aanvraag(&key, None);
    for (k, v) in fouten.iter_mut() {
        match *k {
            "bedrag" => *v = "10.001".into(),
            "gepland-dag" => *v = "22".into(),
            "gepland-maand" => *v = "11".into(),
            "gepland-jaar" => *v = "2026".into(),
            _ => {}
        }
    }
    fouten.push(("mede2-naam", "Piet".into()));
    fouten.push(("mede2-email", "geen adres".into()));
    let mut samenvatting = String::new();
    let mut paginas = std::collections::BTreeMap::new();
    for deel in delen {
        let r = post(&mut app, &format!("{pad}/{deel}"), &fouten).await;
        if r.status == StatusCode::UNPROCESSABLE_ENTITY {
            samenvatting.push_str(&r.text(".loket-error-summary"));
        }
        paginas.insert(deel, r);
    }
    assert!(
        samenvatting.contains("€ 2.500 tot € 10.000"),
        "{samenvatting}"
    );
    assert!(
        samenvatting.contains("Deze datum is voorbij"),
        "{samenvatting}"
    );
    assert!(samenvatting.contains("goed e-mailadres"), "{samenvatting}");
    let r = &paginas["lening"];
    assert_eq!(r.attrs("input[name=bedrag]", "value"), ["10.001"]);
    let r = &paginas["mede-eigenaren"];
    assert_eq!(r.attrs("input[name=mede2-naam]", "value"), ["Piet"]);
    let r = &paginas["werk"];
    assert_eq!(r.attrs("input[name=gepland-dag]", "value"), ["22"]);
    assert_eq!(r.text("textarea[name=maatregelen]"), "Een traplift");
    // A part without mistakes is saved and leads back to the task list.
    assert_eq!(paginas["aanvrager"].status, StatusCode::SEE_OTHER);
    assert_eq!(paginas["aanvrager"].location(), format!("{pad}/wijzigen"));
    let r = app.get(&format!("{pad}/aanvrager")).await;
    assert_eq!(r.attrs("input[name=naam]", "value"), ["Jan de Vries"]);
    // Nothing was sent.
    assert_eq!(status(&app, &id).await, "concept");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM zaken")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);

    // Uploads: no kind and no file, then a file that is no PDF, JPG or PNG.
    for deel in delen {
        let r = post(&mut app, &format!("{pad}/{deel}"), &aanvraag(&key, None)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{deel}: {}", r.body);
    }
    let stukken = format!("{pad}/stukken");
    let r = app.post_multipart(&stukken, &[], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.attrs(".loket-error-summary a", "href")
            .contains(&"#soort".to_owned())
    );
    assert!(
        r.attrs(".loket-error-summary a", "href")
            .contains(&"#bestand".to_owned())
    );
    let r = app
        .post_multipart(
            &stukken,
            &[("soort", "offerte")],
            Some(("offerte.txt", b"gewone tekst")),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.attrs("input[name=soort][checked]", "value"), ["offerte"]);
    // Sending without proof is refused, and names what is missing.
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let samenvatting = r.text(".loket-error-summary");
    assert!(
        samenvatting.contains("Stuur dit nog mee: Bewijs dat u eigenaar bent")
            && samenvatting.contains("Er missen nog 2 andere stukken."),
        "{samenvatting}"
    );
    assert_eq!(status(&app, &id).await, "concept");
    // The draft can be changed and keeps its answers as typed.
    let w = app.get(&format!("/blijverslening/{id}/lening")).await;
    assert_eq!(w.status, StatusCode::OK);
    assert_eq!(w.attrs("input[name=bedrag]", "value"), ["5000"]);

    // A draft whose planned day has passed by the time it is sent is refused too.
    for soort in ["eigendom", "bewoning", "offerte"] {
        let r = app
            .post_multipart(&stukken, &[("soort", soort)], Some(("bewijs.pdf", PDF)))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    app.clock.advance(time::Duration::days(100));
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text(".loket-error-summary")
            .contains("Deze datum is voorbij")
    );
    assert!(
        r.attrs("#gepland a", "href")
            .contains(&format!("/blijverslening/{id}/werk?terug=controleren"))
    );
    assert_eq!(status(&app, &id).await, "concept");
}

#[tokio::test]
async fn a_complete_application_with_a_co_owner_goes_to_staff_and_the_allocation_reaches_the_resident()
 {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, Some(PARTNER)).await;
    let bewoner = app.cookie_jar();
    assert_eq!(status(&app, &id).await, "wacht_op_eigenaren");
    // A second click changes nothing.
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    assert_eq!(zaak.status, StatusCode::OK);
    let main = zaak.text("main");
    assert!(
        main.contains("We wachten op het antwoord van de andere eigenaren"),
        "{main}"
    );
    assert!(main.contains("BL-2026-"), "{main}");
    assert!(main.contains("Ongeveer € 47,82 per maand"), "{main}");
    assert!(main.contains("schatting"), "{main}");

    // Staff do not see it yet: it is not complete.
    bezorg(&app).await;
    let link = mails_aan(&app, PARTNER)
        .iter()
        .find_map(|m| link_in(m, "/blijverslening/eigenaar/"))
        .expect("a mail to the co-owner");
    let mut partner = app.other_browser();
    let vraag = partner.get(&link).await;
    assert_eq!(vraag.status, StatusCode::OK);
    assert!(
        vraag
            .text("main")
            .contains("Jan de Vries vraagt een blijverslening aan")
    );
    let leeg = partner.post(&link, &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(status(&app, &id).await, "wacht_op_eigenaren");
    let ja = partner.post(&link, &[("antwoord", "ja")]).await;
    assert_eq!(ja.status, StatusCode::OK);
    assert!(ja.text("main").contains("U doet mee"));
    // The answer is the first thing under the title, not at the bottom of an unchanged page.
    assert!(
        ja.text("main").starts_with(
            "Doet u mee met de aanvraag? Gelukt Dank u wel. U doet mee met de aanvraag."
        ),
        "{}",
        ja.text("main")
    );
    assert!(
        ja.attrs("main form", "action").is_empty(),
        "no form any more"
    );
    assert_eq!(status(&app, &id).await, "ingediend");
    // An answer counts once.
    partner.post(&link, &[("antwoord", "nee")]).await;
    assert_eq!(status(&app, &id).await, "ingediend");

    staf(&mut app).await;
    app.reden_geven(&id).await;
    let lijst = app.get("/medewerker?soort=blijverslening").await;
    assert_eq!(lijst.status, StatusCode::OK);
    let detail_pad = format!("/medewerker/blijverslening/{id}");
    assert!(lijst.attrs("main a", "href").contains(&detail_pad));
    let detail = app.get(&detail_pad).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(detail.text("main").contains("Jaarbudget € 75.375"));
    let stuk = detail
        .attrs("main a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{detail_pad}/stukken/")))
        .expect("an upload link");
    let (code, _, bytes) = app.get_bytes(&stuk).await;
    assert_eq!((code, bytes.as_slice()), (StatusCode::OK, PDF));
    let leeg = app.post(&format!("{detail_pad}/besluit"), &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .post(
            &format!("{detail_pad}/besluit"),
            &[
                ("besluit", "toekennen"),
                ("bedrag", "5000"),
                ("reden", "U voldoet aan alle regels."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Every step is in the case's history: when, who, what.
    let geschiedenis = app.get(&detail_pad).await.texts("#geschiedenis tbody tr");
    assert_eq!(geschiedenis.len(), 4, "{geschiedenis:?}");
    for (rij, (wie, wat)) in geschiedenis.iter().zip([
        ("De inwoner", "De mede-eigenaren krijgen een e-mail."),
        ("Mede-eigenaar van de woning", "Een mede-eigenaar zegt ja."),
        (
            "Mede-eigenaar van de woning",
            "Alle mede-eigenaren zeggen ja.",
        ),
        ("Sanne Visser", "Besluit: toegekend."),
    ]) {
        assert!(rij.contains(wie) && rij.contains(wat), "{rij}");
    }

    app.use_cookie_jar(bewoner);
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    let main = zaak.text("main");
    assert!(
        main.contains("De gemeente geeft u een lening van € 5.000"),
        "{main}"
    );
    assert!(main.contains("U voldoet aan alle regels."), "{main}");
    assert!(main.contains("SVn doet nu de kredietcheck"), "{main}");
    assert!(
        main.contains("6 weken lang, tot en met 4 januari 2027"),
        "{main}"
    );
    assert!(
        main.contains("Sanne Visser (gemeente) bekeek de aanvraag"),
        "{main}"
    );
    assert!(
        main.contains("Sanne Visser (gemeente) opende een stuk"),
        "{main}"
    );
    assert!(
        main.contains("Sanne Visser (gemeente) nam het besluit"),
        "{main}"
    );
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.attrs("main a", "href")
            .contains(&format!("/blijverslening/{id}"))
    );

    bezorg(&app).await;
    let aan_bewoner = mails_aan(&app, BEWONER);
    assert!(
        aan_bewoner
            .iter()
            .any(|m| m.contains("heeft besloten over uw aanvraag"))
    );
    assert!(
        aan_bewoner.iter().all(|m| !m.contains("5.000")),
        "no money in mail"
    );

    // Figures: counts only.
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    let cijfers = app.get("/medewerker/cijfers").await;
    let tabel = cijfers.text("#cijfers-blijverslening");
    assert!(tabel.contains("Voorlopig toegewezen € 5.000"), "{tabel}");
    assert!(tabel.contains("Over € 70.375"), "{tabel}");
    assert!(tabel.contains("Aanvragen verstuurd 1"), "{tabel}");
    assert!(tabel.contains("Toewijzingen 1"), "{tabel}");
    assert!(!tabel.contains("Jan de Vries"), "{tabel}");
}

#[tokio::test]
async fn a_co_owner_who_says_no_stops_the_application_and_the_resident_is_told() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, Some(PARTNER)).await;
    bezorg(&app).await;
    let link = mails_aan(&app, PARTNER)
        .iter()
        .find_map(|m| link_in(m, "/blijverslening/eigenaar/"))
        .unwrap();
    let mut partner = app.other_browser();
    partner.post(&link, &[("antwoord", "nee")]).await;
    assert_eq!(status(&app, &id).await, "gestopt");
    bezorg(&app).await;
    assert!(
        mails_aan(&app, BEWONER)
            .iter()
            .any(|m| m.contains("doet niet mee"))
    );
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    assert!(zaak.text("main").contains("Daarom stopt de aanvraag"));
    assert_eq!(
        partner.get("/blijverslening/eigenaar/onzin").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_allocation_beyond_the_budget_left_is_refused_by_the_rule() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    assert_eq!(status(&app, &id).await, "ingediend");
    // Earlier this year EUR 72,375 was allocated: EUR 3,000 is left.
    let inwoner = persoon_id(&app, BEWONER).await;
    sqlx::query(
        "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, referentie, naam, geboortedatum, \
         reden, maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, \
         geplande_datum, aangemaakt_door, aangemaakt_op, gewijzigd_op, ingediend_op, besluit, besluit_bedrag, \
         besluit_datum) VALUES ('eerder', $1, 'eerder', 'besloten', 'BL-2026-eerder', 'Eerder', '1950-01-01', \
         'zorg-nu', 'x', 7237500, 0, 0, 0, 0, 'hypothecair', 20, 7237500, '2026-03-01', $1, \
         '2026-02-01T09:00:00.000000Z', '2026-02-01T09:00:00.000000Z', '2026-02-01T09:00:00.000000Z', \
         'toegekend', 7237500, '2026-02-15')",
    )
    .bind(&inwoner)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    staf(&mut app).await;
    app.reden_geven(&id).await;
    let pad = format!("/medewerker/blijverslening/{id}");
    let r = app
        .post(
            &format!("{pad}/besluit"),
            &[
                ("besluit", "toekennen"),
                ("bedrag", "5000"),
                ("reden", "Voldoet."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text(".loket-error-summary").contains("nog € 3.000 over"),
        "{}",
        r.text(".loket-error-summary")
    );
    assert_eq!(r.attrs("input[name=bedrag]", "value"), ["5000"]);
    assert_eq!(status(&app, &id).await, "ingediend");
    // Refused on ground b.
    let r = app
        .post(
            &format!("{pad}/besluit"),
            &[
                ("besluit", "weigeren"),
                ("grond", "b"),
                ("reden", "Het budget is op."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let cijfers = app.get("/medewerker/cijfers").await;
    let tabel = cijfers.text("#cijfers-blijverslening");
    assert!(
        tabel.contains("Afgewezen: b. Er is niet genoeg geld meer voor dit jaar. 1"),
        "{tabel}"
    );
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    let main = zaak.text("main");
    assert!(
        main.contains("De gemeente geeft u de lening niet"),
        "{main}"
    );
    assert!(
        main.contains("Er is niet genoeg geld meer voor dit jaar"),
        "{main}"
    );
    assert!(main.contains("artikel 4:15e, lid 1, onder b"), "{main}");
}

#[tokio::test]
async fn who_may_see_and_file_follows_the_money_rights() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    let zaak = format!("/blijverslening/{id}");
    let stuk_href = app
        .get(&zaak)
        .await
        .attrs("main a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{zaak}/stukken/")))
        .unwrap();

    // (helper, kind, rights, may see, may file)
    let helpers = [
        (
            "kijker@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(false, false),
            true,
            false,
        ),
        (
            "indiener@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(true, true),
            true,
            true,
        ),
        (
            "bewind@example.nl",
            Soort::Bewindvoerder,
            Rechten::ALLES,
            true,
            true,
        ),
        (
            "mentor@example.nl",
            Soort::Mentor,
            Rechten::ALLES,
            false,
            false,
        ),
    ];
    for (email, _, _, _, _) in &helpers {
        app.clear_cookies();
        app.sign_in(email).await;
    }
    for (email, soort, rechten, _, _) in &helpers {
        machtig(&app, BEWONER, email, *soort, *rechten).await;
    }
    for (email, _, _, zien, indienen) in helpers {
        als_helper(&mut app, email, BEWONER).await;
        let bekijk = app.get(&zaak).await;
        let verwacht = if zien {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(bekijk.status, verwacht, "{email} sees the case");
        assert_eq!(
            app.get(&stuk_href).await.status,
            verwacht,
            "{email} downloads"
        );
        let formulier = app.get("/blijverslening/aanvragen").await;
        let verwacht = if indienen {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(formulier.status, verwacht, "{email} files");
        if indienen {
            assert!(
                formulier.text("main").contains("U vraagt dit aan voor"),
                "{email}"
            );
        }
        // Staff pages are for staff only.
        assert_eq!(
            app.get("/medewerker/blijverslening").await.status,
            StatusCode::NOT_FOUND
        );
    }
    // A helper's look and download are in the resident's log.
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let log = app.get(&zaak).await.text("main");
    assert!(
        log.contains("bewind@example.nl (helpt u) bekeek de aanvraag"),
        "{log}"
    );
    assert!(log.contains("(helpt u) opende een stuk"), "{log}");
    assert!(!log.contains("mentor@example.nl"), "{log}");

    // A stranger gets "not found"; nobody signed in goes to the sign-in page.
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    assert_eq!(app.get(&zaak).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&stuk_href).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("{zaak}/controleren")).await.status,
        StatusCode::NOT_FOUND
    );
    app.clear_cookies();
    let r = app.get(&zaak).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    let r = app.get("/medewerker/blijverslening").await;
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    // The resident is no member of staff.
    app.sign_in(BEWONER).await;
    assert_eq!(
        app.get(&format!("/medewerker/blijverslening/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The decision is mailed to the resident and to every helper with the mail right on money matters.
    staf(&mut app).await;
    app.reden_geven(&id).await;
    let r = app
        .post(
            &format!("/medewerker/blijverslening/{id}/besluit"),
            &[
                ("besluit", "weigeren"),
                ("grond", "d"),
                ("reden", "De kredietcheck is negatief."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    bezorg(&app).await;
    for (email, krijgt) in [
        (BEWONER, true),
        ("indiener@example.nl", true),
        ("bewind@example.nl", true),
        ("kijker@example.nl", false),
        ("mentor@example.nl", false),
    ] {
        let mails = mails_aan(&app, email);
        assert_eq!(
            mails
                .iter()
                .any(|m| m.contains("heeft besloten over uw aanvraag")),
            krijgt,
            "{email}"
        );
    }
}

#[tokio::test]
async fn the_demo_data_reaches_every_page_once() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    loket::demo::vul(&app.state).await.unwrap();
    app.sign_in(BEWONER).await;
    let mijn = app.get("/mijn-loket").await;
    let links: Vec<String> = mijn
        .attrs(".loket-blijf-zaken a", "href")
        .into_iter()
        .filter(|h| h.starts_with("/blijverslening/"))
        .collect();
    assert_eq!(links.len(), 4, "{links:?}");
    let mut besloten = false;
    let mut concept = false;
    for link in &links {
        let page = app.get(link).await;
        assert_eq!(page.status, StatusCode::OK);
        besloten |= page
            .text("main")
            .contains("De gemeente geeft u een lening van");
        if page
            .attrs("main a", "href")
            .iter()
            .any(|h| h.ends_with("/controleren"))
        {
            concept = true;
            let controleren = format!("{link}/controleren");
            let c = app.get(&controleren).await;
            assert_eq!(c.status, StatusCode::OK);
            assert!(
                c.attrs("main a", "href")
                    .iter()
                    .any(|h| h.starts_with(&format!("{link}/stukken")))
            );
        }
    }
    assert!(besloten && concept);
    app.clear_cookies();
    app.sign_in("medewerker@example.nl").await;
    let start = app.get("/medewerker").await;
    assert!(
        start
            .attrs("select[name=soort] option", "value")
            .contains(&"blijverslening".to_owned())
    );
    let lijst = app.get("/medewerker?soort=blijverslening").await;
    let open: Vec<String> = lijst.attrs("main table a", "href").into_iter().collect();
    assert_eq!(open.len(), 3, "{open:?}");
    let mut formulieren = 0;
    for pad in open {
        app.reden_geven(pad.rsplit('/').next().unwrap()).await;
        let page = app.get(&pad).await;
        formulieren += page
            .attrs("form", "action")
            .iter()
            .filter(|a| a.ends_with("/besluit"))
            .count();
    }
    assert_eq!(formulieren, 1, "one application waits for a decision");

    // The co-owner's mail is there, with a link that works without an account.
    bezorg(&app).await;
    let link = mails_aan(&app, loket::blijverslening::demo::MEDE_EIGENAAR)
        .iter()
        .find_map(|m| link_in(m, "/blijverslening/eigenaar/"))
        .expect("the co-owner's mail");
    let mut mede = app.other_browser();
    let page = mede.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        mede.post(&link, &[]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// A complete application of this resident, straight in the table, waiting for a decision.
async fn ingediende_rij(app: &TestApp, id: &str, bedrag: i64) {
    let inwoner = persoon_id(app, BEWONER).await;
    sqlx::query(
        "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, referentie, naam, geboortedatum, \
         reden, maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, \
         geplande_datum, aangemaakt_door, aangemaakt_op, gewijzigd_op, ingediend_op) VALUES ($1, $2, $1, \
         'ingediend', $3, 'Jan de Vries', '1956-03-14', 'zorg-nu', 'Een traplift', $4, 0, 0, 0, 0, 'hypothecair', \
         20, $4, '2027-02-01', $2, '2026-11-20T09:00:00.000000Z', '2026-11-20T09:00:00.000000Z', \
         '2026-11-20T09:00:00.000000Z')",
    )
    .bind(id)
    .bind(&inwoner)
    .bind(format!("BL-2026-{id}"))
    .bind(bedrag)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let referentie = format!("BL-2026-{id}");
    let inwoner_id = loket::auth::PersoonId::new(inwoner.clone());
    let zaak_id = loket::ids::ZaakId::new(id);
    let zaak = loket::zaken::kern::NieuweZaak {
        id: &zaak_id,
        regeling: loket::zaken::kern::Regeling::Blijverslening,
        eigenaar: loket::zaken::kern::Eigenaar::Persoon(&inwoner_id),
        referentie: &referentie,
        naam: Some("Jan de Vries"),
    };
    let op = time::macros::datetime!(2026-11-20 09:00 UTC);
    loket::zaken::kern::openen(&mut conn, &zaak, op)
        .await
        .unwrap();
    let auteur =
        loket::zaken::stap::Auteur::persoon(&inwoner_id, loket::zaken::domain::Door::Inwoner);
    let stap = loket::blijverslening::stap::Gebeurtenis::Ingediend { compleet: true };
    loket::zaken::stap::leg_vast(&mut conn, &zaak_id, auteur, &stap, op)
        .await
        .unwrap();
}

async fn toegekend_dit_jaar(app: &TestApp) -> i64 {
    let som: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(besluit_bedrag) AS BIGINT) FROM blijverslening_aanvragen WHERE besluit = 'toegekend'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    som.unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn staff_deciding_at_the_same_moment_cannot_together_exceed_the_budget() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    // EUR 72,375 allocated earlier this year: EUR 3,000 left, which one allocation of EUR 2,500 fits.
    ingediende_rij(&app, "eerder", 7_237_500).await;
    sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = 'besloten', besluit = 'toegekend', \
         besluit_bedrag = 7237500, besluit_datum = '2026-02-15' WHERE id = 'eerder'",
    )
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    // That earlier decision made the year's row; the decisions below must wait for each other on it.
    sqlx::query("INSERT INTO blijverslening_budgetjaren (jaar, laatst) VALUES (2026, '2026-02-15T09:00:00.000000Z')")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let ids: Vec<String> = (1..=4).map(|i| format!("gelijk{i}")).collect();
    for id in &ids {
        ingediende_rij(&app, id, 250_000).await;
    }
    staf(&mut app).await;
    for id in &ids {
        app.reden_geven(id).await;
    }
    let mut besluiten = Vec::new();
    for id in ids.clone() {
        let mut medewerker = app.other_browser();
        medewerker.use_cookie_jar(app.cookie_jar());
        besluiten.push(tokio::spawn(async move {
            medewerker
                .post(
                    &format!("/medewerker/blijverslening/{id}/besluit"),
                    &[
                        ("besluit", "toekennen"),
                        ("bedrag", "2500"),
                        ("reden", "Voldoet."),
                    ],
                )
                .await
                .status
        }));
    }
    let mut gelukt = 0;
    for b in besluiten {
        match b.await.unwrap() {
            StatusCode::SEE_OTHER => gelukt += 1,
            StatusCode::UNPROCESSABLE_ENTITY => {}
            other => panic!("{other}"),
        }
    }
    assert_eq!(gelukt, 1, "one allocation fits the budget left");
    assert_eq!(toegekend_dit_jaar(&app).await, 7_237_500 + 250_000);
    assert!(toegekend_dit_jaar(&app).await <= 7_537_500);
}

#[tokio::test]
async fn an_allocation_outside_the_legal_limits_is_refused_beside_the_field() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    staf(&mut app).await;
    app.reden_geven(&id).await;
    let pad = format!("/medewerker/blijverslening/{id}/besluit");
    for (bedrag, fout) in [
        ("2499", "minstens € 2.500"),
        ("10000,01", "hoogstens € 10.000"),
    ] {
        let r = app
            .post(
                &pad,
                &[
                    ("besluit", "toekennen"),
                    ("bedrag", bedrag),
                    ("reden", "Voldoet."),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bedrag}");
        assert!(
            r.text(".loket-error-summary").contains(fout),
            "{bedrag}: {}",
            r.text(".loket-error-summary")
        );
        assert_eq!(r.attrs("input[name=bedrag]", "value"), [bedrag]);
        assert_eq!(status(&app, &id).await, "ingediend");
    }
    let r = app
        .post(
            &pad,
            &[
                ("besluit", "toekennen"),
                ("bedrag", "2500"),
                ("reden", "Voldoet."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(toegekend_dit_jaar(&app).await, 250_000);
}

#[tokio::test]
async fn a_second_post_of_the_decision_changes_nothing_and_mails_once() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    staf(&mut app).await;
    app.reden_geven(&id).await;
    let pad = format!("/medewerker/blijverslening/{id}/besluit");
    let eerste = app
        .post(
            &pad,
            &[
                ("besluit", "toekennen"),
                ("bedrag", "5000"),
                ("reden", "Voldoet."),
            ],
        )
        .await;
    assert_eq!(eerste.status, StatusCode::SEE_OTHER);
    let tweede = app
        .post(
            &pad,
            &[
                ("besluit", "weigeren"),
                ("grond", "b"),
                ("reden", "Toch niet."),
            ],
        )
        .await;
    assert_eq!(tweede.status, StatusCode::SEE_OTHER);
    assert_eq!(
        tweede.location(),
        format!("/medewerker/blijverslening/{id}")
    );
    let (besluit, reden): (String, String) =
        sqlx::query_as("SELECT besluit, besluit_reden FROM blijverslening_aanvragen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (besluit.as_str(), reden.as_str()),
        ("toegekend", "Voldoet.")
    );
    assert_eq!(toegekend_dit_jaar(&app).await, 500_000);
    bezorg(&app).await;
    let besluitmails = mails_aan(&app, BEWONER)
        .iter()
        .filter(|m| m.contains("heeft besloten over uw aanvraag"))
        .count();
    assert_eq!(besluitmails, 1);
}

#[tokio::test]
async fn sending_checks_the_answers_again_on_the_day_of_sending() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let page = app.get("/blijverslening/aanvragen").await;
    // 75 today, 76 tomorrow: a consumptive loan is for applicants younger than 76.
    let mut velden = aanvraag(&sleutel(&page), None);
    for (k, v) in velden.iter_mut() {
        match *k {
            "geboren-dag" => *v = "24".into(),
            "geboren-maand" => *v = "11".into(),
            "geboren-jaar" => *v = "1950".into(),
            _ => {}
        }
    }
    let r = post(&mut app, "/blijverslening/aanvragen", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stukken = stukken_van(r.location());
    let id = stukken
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/stukken")
        .to_owned();
    for soort in ["eigendom", "bewoning", "offerte"] {
        let r = app
            .post_multipart(&stukken, &[("soort", soort)], Some(("bewijs.pdf", PDF)))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    app.clock.advance(time::Duration::days(1));
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let voor: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text(".loket-error-summary")
            .contains("minstens 1 eigenaar jonger dan 76 jaar"),
        "{}",
        r.text(".loket-error-summary")
    );
    assert!(
        r.attrs("#soort a", "href")
            .contains(&format!("/blijverslening/{id}/lening?terug=controleren")),
        "{}",
        r.body
    );
    assert_eq!(status(&app, &id).await, "concept");
    let na: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(na, voor, "nothing was mailed");
    // The staff list does not show it.
    staf(&mut app).await;
    let lijst = app.get("/medewerker?soort=blijverslening").await;
    assert!(
        !lijst
            .attrs("main a", "href")
            .contains(&format!("/medewerker/blijverslening/{id}"))
    );
}

/// Two co-owners on one application.
fn met_twee(sleutel: &str) -> Vec<(&'static str, String)> {
    let mut v = aanvraag(sleutel, Some(PARTNER));
    v.extend([
        ("mede2-naam", "Piet de Vries".to_owned()),
        ("mede2-geboren-dag", "9".to_owned()),
        ("mede2-geboren-maand", "9".to_owned()),
        ("mede2-geboren-jaar", "1980".to_owned()),
        ("mede2-email", "piet@example.nl".to_owned()),
    ]);
    v
}

async fn verstuurde_met_twee(app: &mut TestApp) -> String {
    app.sign_in(BEWONER).await;
    let page = app.get("/blijverslening/aanvragen").await;
    let r = post(app, "/blijverslening/aanvragen", &met_twee(&sleutel(&page))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stukken = stukken_van(r.location());
    let id = stukken
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/stukken")
        .to_owned();
    for soort in ["eigendom", "bewoning", "offerte"] {
        app.post_multipart(&stukken, &[("soort", soort)], Some(("b.pdf", PDF)))
            .await;
    }
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_co_owners_saying_yes_at_the_same_moment_send_the_application_to_staff() {
    for _ in 0..3 {
        let mut app = TestApp::new().await;
        let id = verstuurde_met_twee(&mut app).await;
        assert_eq!(status(&app, &id).await, "wacht_op_eigenaren");
        bezorg(&app).await;
        let links: Vec<String> = [PARTNER, "piet@example.nl"]
            .iter()
            .map(|aan| {
                mails_aan(&app, aan)
                    .iter()
                    .find_map(|m| link_in(m, "/blijverslening/eigenaar/"))
                    .expect("a link")
            })
            .collect();
        let mut antwoorden = Vec::new();
        for link in links {
            let mut eigenaar = app.other_browser();
            antwoorden.push(tokio::spawn(async move {
                eigenaar.post(&link, &[("antwoord", "ja")]).await.status
            }));
        }
        for a in antwoorden {
            assert_eq!(a.await.unwrap(), StatusCode::OK);
        }
        assert_eq!(status(&app, &id).await, "ingediend");
        bezorg(&app).await;
        // The resident hears once that it is complete.
        let ontvangen = mails_aan(&app, BEWONER)
            .iter()
            .filter(|m| m.contains("heeft uw aanvraag voor een"))
            .count();
        assert_eq!(ontvangen, 1);
    }
}

#[tokio::test]
async fn a_co_owner_link_expires_after_14_days_and_the_applicant_can_send_a_new_one() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, Some(PARTNER)).await;
    bezorg(&app).await;
    let oud = mails_aan(&app, PARTNER)
        .iter()
        .find_map(|m| link_in(m, "/blijverslening/eigenaar/"))
        .unwrap();
    let mut partner = app.other_browser();
    assert_eq!(partner.get(&oud).await.status, StatusCode::OK);
    app.clock.advance(time::Duration::days(14));
    let verlopen = partner.get(&oud).await;
    assert_eq!(verlopen.status, StatusCode::GONE);
    let main = verlopen.text("main");
    assert!(main.contains("Deze link werkt niet meer"), "{main}");
    assert!(main.contains("Vraag de aanvrager"), "{main}");
    let r = partner.post(&oud, &[("antwoord", "ja")]).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert_eq!(status(&app, &id).await, "wacht_op_eigenaren");

    // Someone else cannot send it again; the applicant can, from the case page.
    let actie = format!("/blijverslening/{id}/eigenaren/opnieuw");
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    assert_eq!(app.post(&actie, &[]).await.status, StatusCode::NOT_FOUND);
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    assert!(
        zaak.attrs("main form", "action").contains(&actie),
        "{}",
        zaak.body
    );
    let r = app.post(&actie, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let terug = app.get(r.location()).await;
    assert!(
        terug
            .text("main")
            .contains("We hebben de mail opnieuw gestuurd"),
        "{}",
        terug.text("main")
    );
    bezorg(&app).await;
    let nieuw = mails_aan(&app, PARTNER)
        .iter()
        .filter_map(|m| link_in(m, "/blijverslening/eigenaar/"))
        .find(|l| *l != oud)
        .expect("a new link");
    // The old link no longer works; the new one does.
    assert_eq!(partner.get(&oud).await.status, StatusCode::NOT_FOUND);
    assert_eq!(partner.get(&nieuw).await.status, StatusCode::OK);
    let ja = partner.post(&nieuw, &[("antwoord", "ja")]).await;
    assert_eq!(ja.status, StatusCode::OK);
    assert_eq!(status(&app, &id).await, "ingediend");
    // Once it is complete, sending again does nothing.
    bezorg(&app).await;
    let voor = app.mails().len();
    let r = app.post(&actie, &[]).await;
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    bezorg(&app).await;
    assert_eq!(app.mails().len(), voor);
}

#[tokio::test]
async fn an_upload_after_sending_changes_nothing_and_leads_to_the_case_page() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    let tellen = |app: &TestApp| {
        let pool = app.state.db.pool.clone();
        let id = id.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM documenten WHERE zaak_id = $1")
                .bind(&id)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let voor = tellen(&app).await;
    let r = app
        .post_multipart(
            &format!("/blijverslening/{id}/stukken"),
            &[("soort", "offerte")],
            Some(("laat.pdf", PDF)),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    assert_eq!(tellen(&app).await, voor);
    // The write itself asks for a draft, also when the check before it was passed a moment earlier.
    let mut tx = app.state.db.begin_write().await.unwrap();
    let opgeslagen = loket::blijverslening::repo::stuk_opslaan(
        &mut tx,
        &id,
        loket::blijverslening::repo::StukSoort::Offerte,
        "laat.pdf",
        loket::zaken::document::BestandType::Pdf,
        PDF,
        "iemand",
        app.clock.now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert!(!opgeslagen);
    assert_eq!(tellen(&app).await, voor);
}

#[tokio::test]
async fn a_helper_looking_at_a_draft_is_in_the_residents_log() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let page = app.get("/blijverslening/aanvragen").await;
    let r = post(
        &mut app,
        "/blijverslening/aanvragen",
        &aanvraag(&sleutel(&page), None),
    )
    .await;
    let id = r
        .location()
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/wijzigen")
        .to_owned();
    let helper = "indiener@example.nl";
    app.clear_cookies();
    app.sign_in(helper).await;
    machtig(
        &app,
        BEWONER,
        helper,
        Soort::Gemachtigde,
        Rechten::gekozen(true, true),
    )
    .await;
    als_helper(&mut app, helper, BEWONER).await;
    for pagina in ["wijzigen", "stukken", "controleren"] {
        let r = app.get(&format!("/blijverslening/{id}/{pagina}")).await;
        assert_eq!(r.status, StatusCode::OK, "{pagina}");
    }
    let aantal: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1 AND handeling = 'bekeken'",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(aantal, 3);
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let log = app
        .get(&format!("/blijverslening/{id}"))
        .await
        .texts("main li");
    let gezien = log
        .iter()
        .filter(|l| l.contains(&format!("{helper} (helpt u) bekeek de aanvraag")))
        .count();
    assert_eq!(gezien, 3, "{log:?}");
}

/// A draft application of the resident, signed in: its id and its uploads page.
async fn concept(app: &mut TestApp) -> (String, String) {
    concept_met(app, None).await
}

/// [`concept`] with one co-owner with that address when `mede` is given.
async fn concept_met(app: &mut TestApp, mede: Option<&str>) -> (String, String) {
    app.sign_in(BEWONER).await;
    let page = app.get("/blijverslening/aanvragen").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let r = post(
        app,
        "/blijverslening/aanvragen",
        &aanvraag(&sleutel(&page), mede),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stukken = stukken_van(r.location());
    let id = stukken
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/stukken")
        .to_owned();
    (id, stukken)
}

async fn stuk_namen(app: &TestApp, id: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT naam FROM documenten WHERE zaak_id = $1 ORDER BY naam")
        .bind(id)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn several_files_go_in_at_once_and_each_file_that_cannot_is_named_beside_the_field() {
    let mut app = TestApp::new().await;
    let (id, stukken) = concept(&mut app).await;
    let form = app.get(&stukken).await;
    assert_eq!(
        form.attrs("input[type=file][multiple]", "name"),
        ["bestand"]
    );
    assert!(
        form.text("#bestand-hint")
            .contains("tot 5 bestanden tegelijk")
    );

    let png: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 7, 7];
    let r = app
        .post_bestanden(
            &stukken,
            &[("soort", "offerte")],
            &[
                ("offerte-schilder.pdf", PDF),
                ("brief.txt", b"gewone tekst"),
                ("offerte-foto.png", png),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(
        stuk_namen(&app, &id).await,
        ["offerte-foto.png", "offerte-schilder.pdf"]
    );
    let fout = r.text("#bestand-fout");
    assert!(fout.contains("brief.txt"), "{fout}");
    assert!(!fout.contains("offerte-schilder.pdf"), "{fout}");
    assert_eq!(
        r.attrs("ul a[href*='/stukken/']", "href").len(),
        2,
        "the files that went in are listed: {}",
        r.body
    );

    // More than five at once: the first five go in, the sixth is named.
    let namen: Vec<String> = (1..=6).map(|i| format!("eigendom-{i}.pdf")).collect();
    let inhoud: Vec<Vec<u8>> = (1..=6)
        .map(|i| format!("%PDF-1.4\n{i}\n").into_bytes())
        .collect();
    let bestanden: Vec<(&str, &[u8])> = namen
        .iter()
        .zip(&inhoud)
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let r = app
        .post_bestanden(&stukken, &[("soort", "eigendom")], &bestanden)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(stuk_namen(&app, &id).await.len(), 7);
    let fout = r.text("#bestand-fout");
    assert!(
        fout.contains(
            "Wij hebben eigendom-6.pdf niet bewaard. U kunt 5 bestanden tegelijk sturen."
        ),
        "{fout}"
    );

    // A file can be taken away before sending; an id of something else removes nothing.
    let pagina = app.get(&stukken).await;
    let vinkjes = pagina.attrs("input[name=stuk-weg]", "value");
    assert_eq!(vinkjes.len(), 7, "a checkbox per file");
    let foto_id: String =
        sqlx::query_scalar("SELECT id FROM documenten WHERE naam = 'offerte-foto.png'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(vinkjes.contains(&foto_id));
    let r = app
        .post_bestanden(
            &stukken,
            &[
                ("stuk-weg", &foto_id),
                ("stuk-weg", "niet-van-deze-aanvraag"),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let namen = stuk_namen(&app, &id).await;
    assert_eq!(namen.len(), 6);
    assert!(!namen.contains(&"offerte-foto.png".to_owned()));
}

#[tokio::test]
async fn a_case_and_a_person_have_a_quota_and_the_resident_is_told_which_file_did_not_fit() {
    let mut app = TestApp::new().await;
    let (id, stukken) = concept(&mut app).await;
    let wie = crate::support::persoon_id(&app, BEWONER).await;
    let nu = loket::db::ts(app.state.clock.now());
    // 19 small files are in already: one more fits, the next does not.
    for i in 0..19 {
        sqlx::query(
            "INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, door_persoon_id, op) \
             VALUES ($1, $2, 'offerte', $3, 'application/pdf', 10, $4, $5)",
        )
        .bind(format!("doc-{i}"))
        .bind(&id)
        .bind(format!("eerder-{i}.pdf"))
        .bind(&wie)
        .bind(&nu)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
    let r = app
        .post_bestanden(
            &stukken,
            &[("soort", "offerte")],
            &[
                ("twintig.pdf", b"%PDF-1.4\n20\n"),
                ("eenentwintig.pdf", b"%PDF-1.4\n21\n"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let namen = stuk_namen(&app, &id).await;
    assert!(namen.contains(&"twintig.pdf".to_owned()));
    assert!(!namen.contains(&"eenentwintig.pdf".to_owned()));
    assert!(
        r.text("#bestand-fout")
            .contains("Wij hebben eenentwintig.pdf niet bewaard. Bij één aanvraag of melding passen 20 bestanden."),
        "{}",
        r.text("#bestand-fout")
    );

    // A person who sent 100 MB today, on another case, sends nothing more today.
    sqlx::query("DELETE FROM documenten WHERE zaak_id = $1 AND naam LIKE 'eerder-%'")
        .bind(&id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, door_persoon_id, op) \
         VALUES ('groot', 'elders', 'inkomen', 'groot.pdf', 'application/pdf', $1, $2, $3)",
    )
    .bind(100_i64 * 1024 * 1024 - 5)
    .bind(&wie)
    .bind(&nu)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let r = app
        .post_bestanden(&stukken, &[("soort", "bewoning")], &[("bewoning.pdf", PDF)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text("#bestand-fout")
            .contains("U kunt per dag samen 100 MB aan bestanden sturen."),
        "{}",
        r.text("#bestand-fout")
    );
    assert!(
        !stuk_namen(&app, &id)
            .await
            .contains(&"bewoning.pdf".to_owned())
    );
}

/// The rows of the task list: each part's name and where it stands.
async fn taken(app: &mut TestApp, id: &str) -> Vec<String> {
    let r = app.get(&format!("/blijverslening/{id}/wijzigen")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.texts(".loket-taken__rij")
}

/// A new, empty draft of the signed-in resident: its id.
async fn nieuw_concept(app: &mut TestApp) -> String {
    let page = app.get("/blijverslening/aanvragen").await;
    let r = post(
        app,
        "/blijverslening/aanvragen",
        &[("sleutel", sleutel(&page))],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/wijzigen")
        .to_owned()
}

#[tokio::test]
async fn the_task_list_shows_each_part_with_where_it_stands_until_every_part_is_done() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = nieuw_concept(&mut app).await;
    let pad = format!("/blijverslening/{id}");
    let lijst = app.get(&format!("{pad}/wijzigen")).await;
    assert!(
        lijst
            .text("main")
            .contains("U heeft 0 van de 6 delen klaar."),
        "{}",
        lijst.text("main")
    );
    assert_eq!(
        taken(&mut app, &id).await,
        [
            "Over u Nog niet begonnen",
            "Het huis Nog niet begonnen",
            "Andere eigenaren Nog niet begonnen",
            "Het werk en de kosten Nog niet begonnen",
            "De lening Nog niet begonnen",
            "Bewijs meesturen Nog niet begonnen",
        ]
    );
    // Each part is a page of its own, linked from the list.
    let links = lijst.attrs(".loket-taken a", "href");
    for deel in [
        "aanvrager",
        "woning",
        "mede-eigenaren",
        "werk",
        "lening",
        "stukken",
    ] {
        assert!(
            links.contains(&format!("{pad}/{deel}")),
            "{deel}: {links:?}"
        );
        assert_eq!(
            app.get(&format!("{pad}/{deel}")).await.status,
            StatusCode::OK,
            "{deel}"
        );
    }
    // "Opslaan en verder" saves a part and leads back to the list.
    let over_u = app.get(&format!("{pad}/aanvrager")).await;
    assert_eq!(
        over_u.attrs("main form", "action"),
        [format!("{pad}/aanvrager")]
    );
    assert_eq!(over_u.text("main form button"), "Opslaan en verder");
    let r = app
        .post(
            &format!("{pad}/aanvrager"),
            &[
                ("naam", "Jan de Vries"),
                ("geboren-dag", "14"),
                ("geboren-maand", "3"),
                ("geboren-jaar", "1956"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{pad}/wijzigen"));
    assert_eq!(taken(&mut app, &id).await[0], "Over u Klaar");
    // Half a part is in progress: what was typed is kept, and the mistakes are beside their fields.
    let r = app
        .post(
            &format!("{pad}/woning"),
            &[("straat", "Dorpsstraat 12"), ("postcode", "2665 AB")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.attrs("input[name=straat]", "value"), ["Dorpsstraat 12"]);
    let fouten = r.attrs(".loket-error-summary a", "href");
    assert_eq!(fouten, ["#plaats", "#eigenaar", "#bewoner"], "{fouten:?}");
    assert_eq!(taken(&mut app, &id).await[1], "Het huis Bezig");
    assert_eq!(
        app.get(&format!("{pad}/woning"))
            .await
            .attrs("input[name=postcode]", "value"),
        ["2665 AB"]
    );
    let velden = aanvraag("", None);
    for deel in ["woning", "mede-eigenaren", "werk", "lening"] {
        let r = post(&mut app, &format!("{pad}/{deel}"), &velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{deel}: {}", r.body);
    }
    let stand = taken(&mut app, &id).await;
    assert_eq!(
        stand[1..5],
        [
            "Het huis Klaar",
            "Andere eigenaren Klaar",
            "Het werk en de kosten Klaar",
            "De lening Klaar"
        ]
    );
    assert_eq!(stand[5], "Bewijs meesturen Nog niet begonnen");
    // The documents are in progress until every kind is there.
    let stukken = format!("{pad}/stukken");
    app.post_multipart(
        &stukken,
        &[("soort", "offerte")],
        Some(("offerte.pdf", PDF)),
    )
    .await;
    assert_eq!(taken(&mut app, &id).await[5], "Bewijs meesturen Bezig");
    for soort in ["eigendom", "bewoning"] {
        app.post_multipart(&stukken, &[("soort", soort)], Some(("bewijs.pdf", PDF)))
            .await;
    }
    assert_eq!(taken(&mut app, &id).await[5], "Bewijs meesturen Klaar");
    let lijst = app.get(&format!("{pad}/wijzigen")).await;
    let main = lijst.text("main");
    assert!(main.contains("U heeft 6 van de 6 delen klaar."), "{main}");
    assert!(main.contains("Alle delen zijn klaar."), "{main}");
    assert!(
        lijst
            .attrs("main a", "href")
            .contains(&format!("{pad}/controleren"))
    );
    // The draft's case page leads to the list; once sent, the list leads to the case page.
    assert!(
        app.get(&pad)
            .await
            .attrs("main a", "href")
            .contains(&format!("{pad}/wijzigen"))
    );
    let r = app.post(&format!("{pad}/indienen"), &[]).await;
    assert_eq!(r.location(), pad);
    for deel in ["wijzigen", "woning", "stukken"] {
        assert_eq!(
            app.get(&format!("{pad}/{deel}")).await.location(),
            pad,
            "{deel}"
        );
    }
    // Someone else's draft is not found.
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    assert_eq!(
        app.get(&format!("{pad}/woning")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_wijzig_on_the_check_page_opens_its_part_and_saving_returns_to_the_check_page() {
    let mut app = TestApp::new().await;
    let (id, stukken) = concept(&mut app).await;
    let pad = format!("/blijverslening/{id}");
    let controle = app.get(&format!("{pad}/controleren")).await;
    assert_eq!(controle.status, StatusCode::OK);
    // Every answer has its "Wijzig", to its own part, with the way back.
    let rijen = controle.texts(".loket-summary-list__row");
    let wijzig = controle.attrs(".loket-summary-list__actions a", "href");
    assert_eq!(rijen.len(), wijzig.len(), "{rijen:?}");
    assert!(rijen.len() >= 18, "{rijen:?}");
    let adres = rijen
        .iter()
        .position(|r| r.starts_with("Adres van het huis"))
        .expect("the address on the check page");
    assert!(
        rijen[adres].contains("Dorpsstraat 12, 2665 AB Bleiswijk"),
        "{}",
        rijen[adres]
    );
    assert_eq!(wijzig[adres], format!("{pad}/woning?terug=controleren"));
    let bedrag = rijen
        .iter()
        .position(|r| r.starts_with("Hoeveel wilt u lenen?"))
        .unwrap();
    assert_eq!(wijzig[bedrag], format!("{pad}/lening?terug=controleren"));
    // The part opens with the way back, and saving it returns to the check page in one click.
    let woning = app.get(&wijzig[adres]).await;
    assert_eq!(woning.status, StatusCode::OK);
    let actie = woning.attrs("main form", "action");
    assert_eq!(actie, [format!("{pad}/woning?terug=controleren")]);
    assert_eq!(
        woning.attrs(".loket-back-link", "href"),
        [format!("{pad}/controleren")]
    );
    let r = app
        .post(
            &actie[0],
            &[
                ("straat", "Kerkweg 3a"),
                ("postcode", "2651ab"),
                ("plaats", "Berkel en Rodenrijs"),
                ("eigenaar", "ja"),
                ("bewoner", "ja"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{pad}/controleren"));
    let controle = app.get(r.location()).await;
    assert!(
        controle
            .text("main")
            .contains("Kerkweg 3a, 2651 AB Berkel en Rodenrijs"),
        "{}",
        controle.text("main")
    );
    // A mistake keeps the way back.
    let r = app
        .post(
            &format!("{pad}/lening?terug=controleren"),
            &[("soort", "consumptief")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.attrs("main form", "action"),
        [format!("{pad}/lening?terug=controleren")]
    );
    // The check page shows what is missing, with a link to it.
    let controle = app.get(&format!("{pad}/controleren")).await;
    let main = controle.text("main");
    assert!(main.contains("Dit deel is nog niet klaar."), "{main}");
    assert!(main.contains("Vul in hoeveel u wilt lenen."), "{main}");
    assert_eq!(
        controle.attrs("#bedrag a", "href"),
        [format!("{pad}/lening?terug=controleren")]
    );
    assert!(
        main.contains("Bewijs dat u eigenaar bent"),
        "the missing documents: {main}"
    );
    // The documents too: adding one there leads back to that page, and on to the check page.
    let documenten = controle
        .attrs("main a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{stukken}?")))
        .expect("a link to the documents");
    assert_eq!(documenten, format!("{stukken}?terug=controleren"));
    let pagina = app.get(&documenten).await;
    assert_eq!(
        pagina.attrs("form[enctype]", "action"),
        [format!("{stukken}?terug=controleren")]
    );
    let r = app
        .post_multipart(
            &documenten,
            &[("soort", "offerte")],
            Some(("offerte.pdf", PDF)),
        )
        .await;
    assert_eq!(r.location(), documenten);
    let pagina = app.get(&documenten).await;
    assert!(
        pagina
            .attrs("main a.loket-button", "href")
            .contains(&format!("{pad}/controleren"))
    );
}

#[tokio::test]
async fn the_house_address_is_required_and_staff_see_it() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = nieuw_concept(&mut app).await;
    let woning = format!("/blijverslening/{id}/woning");
    let pagina = app.get(&woning).await;
    assert_eq!(
        pagina.attrs("input[name=postcode]", "autocomplete"),
        ["postal-code"]
    );
    assert!(pagina.text("legend").contains("Adres van het huis"));
    for (straat, postcode, plaats, fout) in [
        ("", "", "", "Vul de straat en het huisnummer in."),
        (
            "Dorpsstraat",
            "2665 AB",
            "Bleiswijk",
            "Vul ook het huisnummer in",
        ),
        ("Dorpsstraat 12", "", "Bleiswijk", "Vul de postcode in."),
        (
            "Dorpsstraat 12",
            "2665",
            "Bleiswijk",
            "Vul een postcode in zoals 2665 AB.",
        ),
        ("Dorpsstraat 12", "2665 AB", "", "Vul de plaats in."),
    ] {
        let r = app
            .post(
                &woning,
                &[
                    ("straat", straat),
                    ("postcode", postcode),
                    ("plaats", plaats),
                    ("eigenaar", "ja"),
                    ("bewoner", "ja"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{fout}");
        assert!(
            r.text(".loket-error-summary").contains(fout),
            "{fout}: {}",
            r.text(".loket-error-summary")
        );
        assert_eq!(r.attrs("input[name=postcode]", "value"), [postcode]);
    }
    // Sending asks for it too.
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.attrs(".loket-error-summary a", "href")
            .contains(&"#plaats".to_owned())
    );

    // A complete application: the address is stored as written, shown to the resident and to staff.
    app.clear_cookies();
    let id = verstuurde(&mut app, None).await;
    let (straat, postcode, plaats, invoer): (String, String, String, Option<String>) =
        sqlx::query_as(
            "SELECT straat, postcode, plaats, invoer FROM blijverslening_aanvragen WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        (straat.as_str(), postcode.as_str(), plaats.as_str()),
        ("Dorpsstraat 12", "2665 AB", "Bleiswijk")
    );
    assert_eq!(invoer, None, "the answers are in their columns once sent");
    let zaak = app.get(&format!("/blijverslening/{id}")).await;
    assert!(
        zaak.text("main")
            .contains("Adres van het huis Dorpsstraat 12, 2665 AB Bleiswijk"),
        "{}",
        zaak.text("main")
    );
    staf(&mut app).await;
    app.reden_geven(&id).await;
    let detail = app.get(&format!("/medewerker/blijverslening/{id}")).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        detail
            .text("main")
            .contains("Adres van het huis Dorpsstraat 12, 2665 AB Bleiswijk"),
        "{}",
        detail.text("main")
    );
    // An application sent before the form asked for it says so.
    sqlx::query(
        "UPDATE blijverslening_aanvragen SET straat = NULL, postcode = NULL, plaats = NULL WHERE id = $1",
    )
    .bind(&id)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let detail = app.get(&format!("/medewerker/blijverslening/{id}")).await;
    assert!(
        detail
            .text("main")
            .contains("Adres van het huis Niet gevraagd"),
        "{}",
        detail.text("main")
    );
}

#[tokio::test]
async fn the_checks_answers_are_in_the_new_application_also_after_signing_in() {
    let mut app = TestApp::new().await;
    let uitkomst = app
        .get(
            "/blijverslening/check?check=1&eigenaar=ja&bewoner=ja&alle-eigenaren=ja&reden=levensloop\
             &geboren1-dag=24&geboren1-maand=11&geboren1-jaar=1960&geboren2-dag=2&geboren2-maand=8\
             &geboren2-jaar=1958&soort=hypothecair&looptijd=20&bedrag=12000&klaar=nee",
        )
        .await;
    assert_eq!(uitkomst.status, StatusCode::OK);
    let aanvragen = uitkomst
        .attrs("section.loket-blijf-uitkomst a", "href")
        .into_iter()
        .find(|h| h.starts_with("/blijverslening/aanvragen"))
        .expect("a link to apply");
    assert_eq!(
        aanvragen,
        "/blijverslening/aanvragen?eigenaar=ja&bewoner=ja&reden=levensloop&geboren1-dag=24&geboren1-maand=11\
         &geboren1-jaar=1960&geboren2-dag=2&geboren2-maand=8&geboren2-jaar=1958&soort=hypothecair&looptijd=20\
         &bedrag=12000"
    );
    // Not signed in: the sign-in comes in between and leads back to the same address.
    let r = app.get(&aanvragen).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    let inloggen = app.get(r.location()).await;
    assert_eq!(
        inloggen.attrs("input[name=terug]", "value"),
        [aanvragen.as_str()]
    );
    let r = app
        .post(
            "/inloggen",
            &[("email", BEWONER), ("terug", aanvragen.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.deliver_mail().await;
    let mail = mail_text(&app.mails().pop().unwrap());
    let link = link_in(&mail, "/inloggen/link/").unwrap();
    let r = app.post(&link, &[]).await;
    assert_eq!(r.location(), aanvragen);

    let start = app.get(&aanvragen).await;
    assert_eq!(start.status, StatusCode::OK);
    let main = start.text("main");
    assert!(main.contains("Uw antwoorden uit de check"), "{main}");
    for antwoord in [
        "24 november 1960",
        "2 augustus 1958",
        "Lening met uw huis als zekerheid",
        "20 jaar",
        "€ 12.000",
        "Ik wil in het huis kunnen blijven als ik ouder word.",
    ] {
        assert!(main.contains(antwoord), "{antwoord}: {main}");
    }
    // The start form carries them to the new draft.
    let namen = start.attrs("main form input[type=hidden]", "name");
    let waarden = start.attrs("main form input[type=hidden]", "value");
    let velden: Vec<(&str, &str)> = namen
        .iter()
        .map(String::as_str)
        .zip(waarden.iter().map(String::as_str))
        .collect();
    assert!(velden.contains(&("geboren-jaar", "1960")), "{velden:?}");
    let r = app.post("/blijverslening/aanvragen", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = r.location().trim_end_matches("/wijzigen").to_owned();
    let id = pad.trim_start_matches("/blijverslening/").to_owned();

    let over_u = app.get(&format!("{pad}/aanvrager")).await;
    assert_eq!(over_u.attrs("input[name=geboren-dag]", "value"), ["24"]);
    assert_eq!(over_u.attrs("input[name=geboren-jaar]", "value"), ["1960"]);
    let woning = app.get(&format!("{pad}/woning")).await;
    assert_eq!(
        woning.attrs("input[name=eigenaar][checked]", "value"),
        ["ja"]
    );
    assert_eq!(
        woning.attrs("input[name=bewoner][checked]", "value"),
        ["ja"]
    );
    let mede = app.get(&format!("{pad}/mede-eigenaren")).await;
    assert_eq!(
        mede.attrs("input[name=mede1-geboren-jaar]", "value"),
        ["1958"]
    );
    assert!(
        mede.attrs("input[name=alle-eigenaren][checked]", "value")
            .is_empty(),
        "naming every owner is for the resident to confirm"
    );
    let werk = app.get(&format!("{pad}/werk")).await;
    assert_eq!(
        werk.attrs("input[name=reden][checked]", "value"),
        ["levensloop"]
    );
    let lening = app.get(&format!("{pad}/lening")).await;
    assert_eq!(
        lening.attrs("input[name=soort][checked]", "value"),
        ["hypothecair"]
    );
    assert_eq!(
        lening.attrs("input[name=looptijd][checked]", "value"),
        ["20"]
    );
    assert_eq!(lening.attrs("input[name=bedrag]", "value"), ["12000"]);
    assert_eq!(
        taken(&mut app, &id).await,
        [
            "Over u Bezig",
            "Het huis Bezig",
            "Andere eigenaren Bezig",
            "Het werk en de kosten Bezig",
            "De lening Klaar",
            "Bewijs meesturen Nog niet begonnen",
        ]
    );
}

#[tokio::test]
async fn a_file_of_a_draft_is_removed_for_good_by_its_own_form_and_only_by_its_owner() {
    let mut app = TestApp::new().await;
    let (id, stukken) = concept(&mut app).await;
    for (soort, naam) in [("offerte", "offerte.pdf"), ("eigendom", "kadaster.pdf")] {
        app.post_multipart(
            &stukken,
            &[("soort", soort)],
            Some((naam, format!("%PDF-1.4\n{naam}\n").as_bytes())),
        )
        .await;
    }
    let offerte: String =
        sqlx::query_scalar("SELECT id FROM documenten WHERE zaak_id = $1 AND naam = 'offerte.pdf'")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let actie = format!("{stukken}/{offerte}/verwijderen");
    let pagina = app.get(&stukken).await;
    // A small form per file, beside it.
    let acties = pagina.attrs("main li form", "action");
    assert_eq!(acties.len(), 2, "{acties:?}");
    assert!(acties.contains(&actie), "{acties:?}");
    assert!(
        pagina
            .texts("main li")
            .iter()
            .any(|l| l.contains("offerte.pdf")
                && l.contains("Ja, verwijder offerte.pdf")
                && l.contains("Verwijder")),
        "{:?}",
        pagina.texts("main li")
    );
    // Sent without the tick: nothing is removed, and the question is beside the file.
    let r = app.post(&actie, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.attrs(".loket-error-summary a", "href"),
        [format!("#stuk-weg-{offerte}")]
    );
    assert!(
        r.text(".loket-error-message")
            .contains("Zet een vinkje als u offerte.pdf wilt verwijderen.")
    );
    assert_eq!(stuk_namen(&app, &id).await.len(), 2);
    // Someone else cannot remove it.
    let eigenaar = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    let r = app.post(&actie, &[("stuk-weg", offerte.as_str())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(stuk_namen(&app, &id).await.len(), 2);
    // A file of another application is not found on this one.
    app.use_cookie_jar(eigenaar);
    let ander = nieuw_concept(&mut app).await;
    let r = app
        .post(
            &format!("/blijverslening/{ander}/stukken/{offerte}/verwijderen"),
            &[("stuk-weg", offerte.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The owner removes it: gone from the page, and its bytes and row from the database.
    let r = app.post(&actie, &[("stuk-weg", offerte.as_str())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("{stukken}?verwijderd=1"));
    let pagina = app.get(r.location()).await;
    assert!(
        pagina
            .text("main")
            .contains("Wij hebben het bestand verwijderd."),
        "{}",
        pagina.text("main")
    );
    assert!(!pagina.body.contains("offerte.pdf"), "{}", pagina.body);
    assert_eq!(stuk_namen(&app, &id).await, ["kadaster.pdf"]);
    let delen: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM document_delen WHERE document_id = $1")
            .bind(&offerte)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(delen, 0);
    assert_eq!(
        app.get(&format!("{stukken}/{offerte}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Once sent, nothing is removed any more.
    for (soort, naam) in [("bewoning", "brief.pdf"), ("offerte", "offerte-2.pdf")] {
        app.post_multipart(&stukken, &[("soort", soort)], Some((naam, PDF)))
            .await;
    }
    let r = app
        .post(&format!("/blijverslening/{id}/indienen"), &[])
        .await;
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    let kadaster: String = sqlx::query_scalar(
        "SELECT id FROM documenten WHERE zaak_id = $1 AND naam = 'kadaster.pdf'",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let r = app
        .post(
            &format!("{stukken}/{kadaster}/verwijderen"),
            &[("stuk-weg", kadaster.as_str())],
        )
        .await;
    assert_eq!(r.location(), format!("/blijverslening/{id}"));
    assert_eq!(stuk_namen(&app, &id).await.len(), 3);
}

#[tokio::test]
async fn a_draft_saved_before_the_task_list_keeps_its_answers_and_asks_for_the_address() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    // A draft of an earlier version: its answers in their columns, no address, a co-owner in its own table.
    let inwoner = persoon_id(&app, BEWONER).await;
    sqlx::query(
        "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, naam, geboortedatum, reden, \
         maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, geplande_datum, \
         aangemaakt_door, aangemaakt_op, gewijzigd_op) VALUES ('oud', $1, 'oud', 'concept', 'Jan de Vries', \
         '1956-03-14', 'zorg-nu', 'Een traplift', 400000, 100000, 0, 0, 0, 'consumptief', 10, 500000, \
         '2027-02-01', $1, '2026-11-20T09:00:00.000000Z', '2026-11-20T09:00:00.000000Z')",
    )
    .bind(&inwoner)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO blijverslening_eigenaren (id, aanvraag_id, volgorde, naam, geboortedatum, email) \
         VALUES ('els', 'oud', 0, 'Els de Vries', '1958-08-02', $1)",
    )
    .bind(PARTNER)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        taken(&mut app, "oud").await,
        [
            "Over u Klaar",
            "Het huis Bezig",
            "Andere eigenaren Klaar",
            "Het werk en de kosten Klaar",
            "De lening Klaar",
            "Bewijs meesturen Nog niet begonnen",
        ]
    );
    let mede = app.get("/blijverslening/oud/mede-eigenaren").await;
    assert_eq!(mede.attrs("input[name=mede1-email]", "value"), [PARTNER]);
    // Its first save keeps every answer as typed, the address added.
    let r = app
        .post(
            "/blijverslening/oud/woning",
            &[
                ("straat", "Dorpsstraat 12"),
                ("postcode", "2665 AB"),
                ("plaats", "Bleiswijk"),
                ("eigenaar", "ja"),
                ("bewoner", "ja"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(taken(&mut app, "oud").await[1], "Het huis Klaar");
    for soort in ["eigendom", "bewoning", "offerte"] {
        app.post_multipart(
            "/blijverslening/oud/stukken",
            &[("soort", soort)],
            Some(("bewijs.pdf", PDF)),
        )
        .await;
    }
    let r = app.post("/blijverslening/oud/indienen", &[]).await;
    assert_eq!(r.location(), "/blijverslening/oud", "{}", r.body);
    assert_eq!(status(&app, "oud").await, "wacht_op_eigenaren");
    let zaak = app.get("/blijverslening/oud").await.text("main");
    assert!(zaak.contains("Els de Vries"), "{zaak}");
    assert!(zaak.contains("Dorpsstraat 12, 2665 AB Bleiswijk"), "{zaak}");
}

async fn tel(app: &TestApp, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_draft_application_is_deleted_with_its_documents_and_co_owners() {
    let mut app = TestApp::new().await;
    let (id, stukken) = concept_met(&mut app, Some("els.devries@example.nl")).await;
    let r = app
        .post_multipart(
            &stukken,
            &[("soort", "eigendom")],
            Some(("eigendom.pdf", PDF)),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = format!("/blijverslening/{id}");
    let documenten = "SELECT COUNT(*) FROM documenten WHERE zaak_id = $1";
    assert_eq!(tel(&app, documenten, &id).await, 1);
    assert!(
        app.get(&pad)
            .await
            .attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );
    let controleren = app.get(&format!("{pad}/controleren")).await;
    assert!(
        controleren
            .attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );

    // A stranger gets 404; an empty post the error; Nee keeps it.
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
    let leeg = app.post(&format!("{pad}/verwijderen"), &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        leeg.text(".loket-error-summary")
            .contains("Kies Ja of Nee.")
    );
    let nee = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "nee")])
        .await;
    assert_eq!(nee.location(), format!("{pad}/controleren"));
    assert_eq!(status(&app, &id).await, "concept");

    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.location(), "/mijn-loket?verwijderd=concept");
    let mijn = app.get(ja.location()).await;
    assert!(mijn.body.contains("U heeft het concept verwijderd."));
    assert!(!mijn.body.contains(&id));
    assert_eq!(app.get(&pad).await.status, StatusCode::NOT_FOUND);
    assert_eq!(tel(&app, documenten, &id).await, 0);
    let delen = "SELECT COUNT(*) FROM document_delen d WHERE NOT EXISTS \
                 (SELECT 1 FROM documenten x WHERE x.id = d.document_id) AND $1 <> ''";
    assert_eq!(tel(&app, delen, &id).await, 0);
    let eigenaren = "SELECT COUNT(*) FROM blijverslening_eigenaren WHERE aanvraag_id = $1";
    assert_eq!(tel(&app, eigenaren, &id).await, 0);
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
async fn a_sent_application_cannot_be_deleted() {
    let mut app = TestApp::new().await;
    let id = verstuurde(&mut app, None).await;
    let pad = format!("/blijverslening/{id}");
    assert!(!app.get(&pad).await.body.contains("/verwijderen"));
    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.status, StatusCode::NOT_FOUND);
    assert_eq!(status(&app, &id).await, "ingediend");
}

#[tokio::test]
async fn the_decision_prints_as_a_letter_with_the_amount_and_the_rule() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.sign_in(BEWONER).await;
    let mijn = app.get("/mijn-loket").await;
    let mut brief = None;
    for l in mijn.attrs(".loket-blijf-zaken a", "href") {
        let page = app.get(&l).await;
        if let Some(b) = page
            .attrs("main a", "href")
            .into_iter()
            .find(|h| h.ends_with("/besluit/brief"))
        {
            brief = Some(b);
        }
    }
    let brief = brief.expect("the decided application links to its letter");
    let page = app.get(&brief).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let main = page.text("main");
    for tekst in [
        "Gemeente Lansingerland",
        "Aanvraag blijverslening",
        "Bedrag",
        "De regel: Verordening Sociaal Domein Lansingerland 2018",
        "namens het college van burgemeester en wethouders van Lansingerland",
        "Dan kunt u bezwaar maken tot en met",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    let mut vreemde = app.other_browser();
    vreemde.sign_in("vreemde@example.nl").await;
    assert_eq!(vreemde.get(&brief).await.status, StatusCode::NOT_FOUND);
    let id = brief
        .trim_start_matches("/blijverslening/")
        .trim_end_matches("/besluit/brief");
    let mut staf = app.other_browser();
    staf.sign_in("medewerker@example.nl").await;
    staf.reden_geven(id).await;
    let detail = staf.get(&format!("/medewerker/blijverslening/{id}")).await;
    let staf_brief = format!("/medewerker/blijverslening/{id}/besluit/brief");
    assert!(
        detail.attrs("main a", "href").contains(&staf_brief),
        "{}",
        detail.body
    );
    assert_eq!(staf.get(&staf_brief).await.status, StatusCode::OK);
}
