//! The Kindpakket: the public check that stores nothing, one application for all children through the draft
//! (add a child, remove one, upload), errors kept per field, the staff decision per child and part in the case
//! page and in the mail, who may see what, and the figures per unique child.

use axum::http::StatusCode;
use loket::auth::machtiging::{Rechten, Soort};

use crate::support::{
    Options, TestApp, als_helper, link_in, links_zijn, machtig, mail_text, persoon_id,
};

const BEWONER: &str = "bewoner@example.nl";
const CONSULENT: &str = "consulent@gemeente.nl";
const PDF: &[u8] = b"%PDF-1.4\n% loonstrook\n";

async fn tel(app: &TestApp, tabel: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {tabel}")))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn alle_rijen(app: &TestApp) -> Vec<i64> {
    let mut uit = Vec::new();
    for t in [
        "kindpakket_aanvragen",
        "kindpakket_kinderen",
        "documenten",
        "toegangslog",
        "outbox",
        "sessions",
        "personen",
    ] {
        uit.push(tel(app, t).await);
    }
    uit
}

#[tokio::test]
async fn the_public_check_tells_the_outcome_and_stores_nothing() {
    let mut app = TestApp::new().await;
    let uitleg = app.get("/kindpakket").await;
    assert_eq!(uitleg.status, StatusCode::OK);
    let links = uitleg.attrs("main a", "href");
    for pad in [
        "/kindpakket/check",
        "/kindpakket/aanvragen",
        "/kindpakket/voor-kinderen",
    ] {
        assert!(links.iter().any(|l| l == pad), "{pad}: {links:?}");
    }
    assert!(uitleg.body.contains("Jeugdsportfonds") && uitleg.body.contains("€ 300"));
    assert!(
        uitleg.body.contains("Keuze van de gemeente"),
        "the age limit's source"
    );
    let kinderen = app.get("/kindpakket/voor-kinderen").await;
    assert_eq!(kinderen.status, StatusCode::OK);
    assert!(kinderen.body.contains("Jarige Job"));
    // The page for children speaks to the child, never to the parent.
    let tekst = kinderen.text("main");
    assert!(
        !tekst.contains("uw kind") && !tekst.contains("Uw kind") && !tekst.contains("per kind"),
        "{tekst}"
    );
    assert!(
        tekst.contains("Je krijgt hoogstens € 300 per jaar."),
        "{tekst}"
    );

    let voor = alle_rijen(&app).await;
    let check = |inkomen: &str, aantal: &str, leeftijden: &str| {
        format!(
            "/kindpakket/check?samenstelling=alleen&aow=nee&inkomen={inkomen}&aantal={aantal}&leeftijden={leeftijden}"
        )
    };
    // The newest norm in the profile is of 1 July 2025: 110 % of EUR 1,369.06 is EUR 1,505.96; 130 % is
    // EUR 1,779.77. On the test day (23 November 2026) that norm is more than seven months old: the check says
    // the limit may be higher now.
    for (inkomen, verwacht) in [
        ("1505,96", "U kunt het Kindpakket waarschijnlijk krijgen"),
        ("1505,97", "alleen krijgen met een goede reden"),
        ("1779,77", "alleen krijgen met een goede reden"),
        ("1779,78", "waarschijnlijk niet krijgen"),
    ] {
        let page = app.get(&check(inkomen, "2", "4%2C+9")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(
            page.text("#uitslag").contains(verwacht),
            "{inkomen}: {}",
            page.text("#uitslag")
        );
        assert!(
            page.body.contains("€ 1.505,96"),
            "the limit for the household"
        );
        assert!(page.body.contains("Participatiewet"), "the norm's source");
        assert!(
            page.body
                .contains("Wij rekenen nog met de bijstand van 1 juli 2025"),
            "the norm is older than seven months"
        );
    }
    // Above 110 % only the parts of Stichting Leergeld go on to 130 %: the outcome says so per part.
    let page = app.get(&check("1505,97", "2", "4%2C+9")).await;
    let uitslag = page.text("section.loket-uitslag");
    assert!(
        uitslag.contains("Kindpas: alleen met een goede reden. De grens is dan € 1.779,77"),
        "{uitslag}"
    );
    assert!(
        uitslag.contains("Jeugdsportfonds: waarschijnlijk niet. De grens is € 1.505,96"),
        "{uitslag}"
    );
    let binnen = app.get(&check("1505,96", "2", "4%2C+9")).await;
    assert!(
        !binnen
            .text("section.loket-uitslag")
            .contains("Elk onderdeel"),
        "every part alike: no list per part"
    );
    let uitleg = app.get("/kindpakket").await;
    assert!(
        uitleg
            .body
            .contains("Dat kan alleen bij: Stichting Leergeld, Kindpas, Jarige Job."),
        "the hardship limit is Leergeld's"
    );
    let geen = app.get(&check("900", "0", "")).await;
    assert!(geen.text("#uitslag").contains("niet krijgen"));
    assert!(geen.body.contains("geen kinderen jonger dan 18"));
    let achttien = app.get(&check("900", "1", "18")).await;
    assert!(achttien.text("#uitslag").contains("niet krijgen"));
    // One child is one "kind", not "1 kinderen".
    let een = app.get(&check("900", "1", "5")).await;
    assert!(
        een.body.contains("Bij u woont 1 kind jonger dan 18 jaar."),
        "{}",
        een.text("main")
    );

    let fout = app
        .get("/kindpakket/check?samenstelling=&aow=nee&inkomen=veel&aantal=2&leeftijden=4")
        .await;
    assert_eq!(fout.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!fout.text("#samenstelling-fout").is_empty());
    assert!(!fout.text("#inkomen-fout").is_empty());
    assert!(!fout.text("#leeftijden-fout").is_empty());
    assert_eq!(fout.attrs("input[name=inkomen]", "value"), ["veel"]);
    assert_eq!(alle_rijen(&app).await, voor, "the check wrote nothing");
}

#[tokio::test]
async fn a_municipality_without_a_kindpakket_has_none_of_its_pages() {
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Default::default()
    })
    .await;
    for pad in [
        "/kindpakket",
        "/kindpakket/check",
        "/kindpakket/voor-kinderen",
    ] {
        assert_eq!(app.get(pad).await.status, StatusCode::NOT_FOUND, "{pad}");
    }
    app.sign_in(BEWONER).await;
    assert_eq!(
        app.get("/kindpakket/aanvragen").await.status,
        StatusCode::NOT_FOUND
    );
}

/// The fields of a complete household.
const HUISHOUDEN: &[(&str, &str)] = &[
    ("samenstelling", "alleen"),
    ("aow", "nee"),
    ("inkomen", "1.250,00"),
    ("schrijnend", ""),
];

fn kind(
    n: usize,
    naam: &str,
    geboren: (&str, &str, &str),
    delen: &[&str],
) -> Vec<(String, String)> {
    let mut v = vec![
        (format!("kind-{n}-voornaam"), naam.to_owned()),
        (format!("kind-{n}-geboren-dag"), geboren.0.to_owned()),
        (format!("kind-{n}-geboren-maand"), geboren.1.to_owned()),
        (format!("kind-{n}-geboren-jaar"), geboren.2.to_owned()),
    ];
    for d in delen {
        v.push((format!("kind-{n}-onderdelen"), (*d).to_owned()));
    }
    v
}

async fn stuur(
    app: &mut TestApp,
    id: &str,
    velden: &[(String, String)],
    actie: &str,
    bestand: Option<(&str, &[u8])>,
) -> crate::support::TestResponse {
    // The version of the children list the form shows, as the page sends it along.
    let versie: i64 = sqlx::query_scalar("SELECT versie FROM kindpakket_aanvragen WHERE id = $1")
        .bind(id)
        .fetch_optional(&app.state.db.pool)
        .await
        .unwrap()
        .unwrap_or_default();
    let versie = versie.to_string();
    let mut alle: Vec<(&str, &str)> = velden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    if !velden.iter().any(|(k, _)| k == "versie") {
        alle.push(("versie", &versie));
    }
    alle.push(("actie", actie));
    app.post_multipart(&format!("/kindpakket/{id}/bewerken"), &alle, bestand)
        .await
}

async fn begin(app: &mut TestApp) -> String {
    let response = app.post("/kindpakket/aanvragen", &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    response
        .location()
        .trim_start_matches("/kindpakket/")
        .trim_end_matches("/bewerken")
        .to_owned()
}

fn velden(
    huishouden: &[(&str, &str)],
    kinderen: &[Vec<(String, String)>],
) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = huishouden
        .iter()
        .map(|(k, w)| ((*k).to_owned(), (*w).to_owned()))
        .collect();
    for k in kinderen {
        v.extend(k.iter().cloned());
    }
    v
}

/// A complete application for the signed-in person (or whom they act for), sent; returns its id.
async fn verstuurde_aanvraag(app: &mut TestApp, kinderen: &[Vec<(String, String)>]) -> String {
    let id = begin(app).await;
    for _ in 1..kinderen.len() {
        let r = stuur(app, &id, &velden(HUISHOUDEN, &[]), "kind-erbij", None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let alles = velden(HUISHOUDEN, kinderen);
    let r = stuur(app, &id, &alles, "opslaan", Some(("loonstrook.pdf", PDF))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = stuur(app, &id, &alles, "controleren", None).await;
    assert_eq!(
        r.location(),
        format!("/kindpakket/{id}/controleren"),
        "{}",
        r.body
    );
    let r = app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    id
}

#[tokio::test]
async fn a_household_applies_for_two_children_adding_and_removing_a_child() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let start = app.get("/kindpakket/aanvragen").await;
    assert_eq!(start.status, StatusCode::OK);
    let id = begin(&mut app).await;
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    assert_eq!(form.attrs("input[name=kind-1-voornaam]", "value"), [""]);
    assert!(
        form.attrs("input[name=kind-2-voornaam]", "value")
            .is_empty()
    );

    let sem = kind(
        1,
        "Sem",
        ("4", "3", "2015"),
        &["jeugdsportfonds", "kindpas"],
    );
    let r = stuur(
        &mut app,
        &id,
        &velden(HUISHOUDEN, std::slice::from_ref(&sem)),
        "kind-erbij",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/kindpakket/{id}/bewerken#kind-2"));
    // A post without any of the form's buttons changes nothing.
    let r = app
        .post_multipart(&format!("/kindpakket/{id}/bewerken"), &[], None)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    assert_eq!(
        form.attrs("input[name=kind-1-voornaam]", "value"),
        ["Sem"],
        "saved with the click"
    );
    assert_eq!(form.attrs("input[name=kind-2-voornaam]", "value"), [""]);
    let checked = form.attrs("input[name=kind-1-onderdelen][checked]", "value");
    assert_eq!(checked, ["jeugdsportfonds", "kindpas"]);

    // A third child, typed by mistake and removed again.
    let piet = kind(2, "Piet", ("1", "1", "2012"), &["leergeld"]);
    stuur(
        &mut app,
        &id,
        &velden(HUISHOUDEN, &[sem.clone(), piet.clone()]),
        "kind-erbij",
        None,
    )
    .await;
    let noor = kind(3, "Noor", ("12", "8", "2019"), &["jarige-job"]);
    let mut piet = piet;
    piet.push(("kind-2-weg".to_owned(), "ja".to_owned()));
    let r = stuur(
        &mut app,
        &id,
        &velden(HUISHOUDEN, &[sem.clone(), piet, noor]),
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    assert_eq!(form.attrs("input[name=kind-1-voornaam]", "value"), ["Sem"]);
    assert_eq!(form.attrs("input[name=kind-2-voornaam]", "value"), ["Noor"]);
    assert!(
        form.attrs("input[name=kind-3-voornaam]", "value")
            .is_empty()
    );
    assert!(form.body.contains("loonstrook.pdf"), "the upload is listed");
    // A second file, uploaded by mistake and ticked away again.
    let noor = kind(2, "Noor", ("12", "8", "2019"), &["jarige-job"]);
    let nu = velden(HUISHOUDEN, &[sem.clone(), noor]);
    stuur(
        &mut app,
        &id,
        &nu,
        "opslaan",
        Some(("foto.png", b"\x89PNG\r\n\x1a\nrest")),
    )
    .await;
    assert_eq!(tel(&app, "documenten").await, 2);
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    let foto: String = sqlx::query_scalar("SELECT id FROM documenten WHERE naam = 'foto.png'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(
        form.attrs("input[name=bestand-weg]", "value")
            .contains(&foto)
    );
    let mut weg = nu.clone();
    weg.push(("bestand-weg".to_owned(), foto));
    stuur(&mut app, &id, &weg, "opslaan", None).await;
    assert_eq!(tel(&app, "documenten").await, 1);

    let noor = kind(
        2,
        "Noor",
        ("12", "8", "2019"),
        &["jarige-job", "rotterdampas"],
    );
    let alles = velden(HUISHOUDEN, &[sem, noor]);
    let r = stuur(&mut app, &id, &alles, "controleren", None).await;
    assert_eq!(
        r.location(),
        format!("/kindpakket/{id}/controleren"),
        "{}",
        r.body
    );
    let controle = app.get(&format!("/kindpakket/{id}/controleren")).await;
    assert_eq!(controle.status, StatusCode::OK);
    assert!(controle.body.contains("Sem") && controle.body.contains("Noor"));
    assert!(controle.body.contains("Rotterdampas") && controle.body.contains("€ 1.250"));
    let r = app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    // A second click changes nothing and shows the same case.
    let r = app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    let referenties: Vec<String> = sqlx::query_scalar(
        "SELECT referentie FROM kindpakket_aanvragen WHERE status = 'ingediend'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(referenties.len(), 1);
    assert_eq!(tel(&app, "kindpakket_kinderen").await, 2);

    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    assert_eq!(zaak.status, StatusCode::OK);
    assert!(zaak.text(".loket-referentie").starts_with("KP-2026-"));
    assert_eq!(zaak.text(".loket-referentie"), referenties[0]);
    assert!(zaak.body.contains("Verstuurd"));
    // The decision is due eight weeks after Monday 23 November 2026 (Awb art. 4:13 lid 2).
    assert_eq!(
        zaak.texts(".loket-timeline__title"),
        ["Gedaan: Aanvraag verstuurd", "Nu: Besluit van de gemeente"]
    );
    assert!(
        zaak.text(".loket-timeline")
            .contains("De gemeente beslist uiterlijk op 18 januari 2027."),
        "{}",
        zaak.text(".loket-timeline")
    );
    let mijn = app.get("/mijn-loket").await;
    assert!(
        mijn.attrs("a", "href")
            .contains(&format!("/kindpakket/{id}"))
    );
    // The upload is the resident's to download.
    let bestand = zaak
        .attrs("a", "href")
        .into_iter()
        .find(|h| h.contains("/bestand/"))
        .unwrap();
    let (status, _, bytes) = app.get_bytes(&bestand).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
}

#[tokio::test]
async fn every_error_stays_beside_its_field_with_the_input_kept() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = begin(&mut app).await;
    let leeg = velden(
        &[
            ("samenstelling", ""),
            ("aow", ""),
            ("inkomen", "veel"),
            ("schrijnend", ""),
        ],
        &[kind(1, "", ("31", "2", "2020"), &[])],
    );
    let page = stuur(&mut app, &id, &leeg, "controleren", None).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for veld in [
        "samenstelling",
        "aow",
        "inkomen",
        "kind-1-voornaam",
        "kind-1-geboren",
        "kind-1-onderdelen",
        "bestand",
    ] {
        assert!(
            !page.text(&format!("#{veld}-fout")).is_empty(),
            "{veld}: {}",
            page.body
        );
    }
    assert!(
        page.text(".loket-error-summary, [role=alert]")
            .contains("Kies hoe uw huishouden"),
        "summary"
    );
    assert_eq!(page.attrs("input[name=inkomen]", "value"), ["veel"]);
    assert_eq!(
        page.attrs("input[name=kind-1-geboren-dag]", "value"),
        ["31"]
    );
    assert!(page.text("#kind-1-geboren-fout").contains("bestaat niet"));

    // A file that is no PDF, JPG or PNG; a child who turns 18 today; income just above 110 % without a reason.
    let velden_hoog = velden(
        &[
            ("samenstelling", "alleen"),
            ("aow", "nee"),
            ("inkomen", "1505,97"),
            ("schrijnend", ""),
        ],
        &[kind(1, "Sem", ("23", "11", "2008"), &["kindpas"])],
    );
    let page = stuur(
        &mut app,
        &id,
        &velden_hoog,
        "controleren",
        Some(("virus.exe", b"MZ\x90\x00")),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!page.text("#bestand-fout").is_empty());
    assert!(
        page.text("#kind-1-geboren-fout")
            .contains("18 jaar of ouder")
    );
    assert!(
        page.text("#schrijnend-fout").contains("€ 1.505,96"),
        "{}",
        page.body
    );
    assert_eq!(page.attrs("input[name=kind-1-voornaam]", "value"), ["Sem"]);

    // Above 130 % the form explains it cannot be granted.
    let te_hoog = velden(
        &[
            ("samenstelling", "alleen"),
            ("aow", "nee"),
            ("inkomen", "1779,78"),
            ("schrijnend", "Veel kosten"),
        ],
        &[kind(1, "Sem", ("24", "11", "2008"), &["kindpas"])],
    );
    let page = stuur(&mut app, &id, &te_hoog, "controleren", Some(("a.pdf", PDF))).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("#inkomen-fout").contains("niet krijgen"));
    assert!(
        page.text("#kind-1-geboren-fout").is_empty(),
        "turns 18 tomorrow: still in"
    );
    assert_eq!(page.text("textarea[name=schrijnend]"), "Veel kosten");

    // With a reason and within 130 %, but for a part whose limit is 110 %: the child's choice says which.
    let sport = velden(
        &[
            ("samenstelling", "alleen"),
            ("aow", "nee"),
            ("inkomen", "1779,77"),
            ("schrijnend", "Veel kosten"),
        ],
        &[kind(
            1,
            "Sem",
            ("24", "11", "2008"),
            &["kindpas", "jeugdsportfonds"],
        )],
    );
    let page = stuur(&mut app, &id, &sport, "controleren", None).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fout = page.text("#kind-1-onderdelen-fout");
    assert!(
        fout.contains("Jeugdsportfonds (grens € 1.505,96 per maand)") && !fout.contains("Kindpas"),
        "{fout}"
    );
    assert!(page.text("#inkomen-fout").is_empty());

    // With a reason and within 130 %: through to check-your-answers.
    let schrijnend = velden(
        &[
            ("samenstelling", "alleen"),
            ("aow", "nee"),
            ("inkomen", "1779,77"),
            ("schrijnend", "Veel kosten"),
        ],
        &[kind(1, "Sem", ("24", "11", "2008"), &["kindpas"])],
    );
    let r = stuur(&mut app, &id, &schrijnend, "controleren", None).await;
    assert_eq!(
        r.location(),
        format!("/kindpakket/{id}/controleren"),
        "{}",
        r.body
    );
}

fn twee_kinderen() -> Vec<Vec<(String, String)>> {
    vec![
        kind(
            1,
            "Sem",
            ("4", "3", "2015"),
            &["jeugdsportfonds", "kindpas"],
        ),
        kind(2, "Noor", ("12", "8", "2019"), &["leergeld"]),
    ]
}

#[tokio::test]
async fn staff_decide_per_child_and_part_and_the_resident_sees_it_and_gets_mail() {
    let mut app = TestApp::new().await;
    app.sign_in("post@example.nl").await;
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    machtig(
        &app,
        BEWONER,
        "post@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(false, true),
    )
    .await;
    let id = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
    let bewoner = app.cookie_jar();

    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    let start = app.get("/medewerker").await;
    assert!(
        start
            .attrs("select[name=soort] option", "value")
            .contains(&"kindpakket".to_owned())
    );
    let lijst = app.get("/medewerker?soort=kindpakket").await;
    assert_eq!(lijst.status, StatusCode::OK);
    let pad = format!("/medewerker/kindpakket/{id}");
    assert!(lijst.attrs("a", "href").contains(&pad));
    app.reden_geven(&id).await;
    let detail = app.get(&pad).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        detail
            .body
            .contains("Advies volgens de regels: waarschijnlijk ja."),
        "{}",
        detail.body
    );
    assert!(
        detail.body.contains(
            "De bijstandsnormen in het profiel zijn van 1 juli 2025. Dat is meer dan zeven maanden geleden."
        ),
        "staff read that the norms are behind"
    );
    let bestand = detail
        .attrs("a", "href")
        .into_iter()
        .find(|h| h.contains("/bestand/"))
        .unwrap();
    assert_eq!(app.get_bytes(&bestand).await.0, StatusCode::OK);

    let kinderen: Vec<(String, String)> =
        sqlx::query_as("SELECT id, voornaam FROM kindpakket_kinderen ORDER BY volgorde")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    let (sem, noor) = (&kinderen[0].0, &kinderen[1].0);
    // Nothing chosen: every radio is named.
    let leeg = app.post(&pad, &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !leeg
            .text(&format!("#besluit-{sem}-kindpas-fout"))
            .is_empty()
    );
    assert!(
        !leeg
            .text(&format!("#besluit-{noor}-leergeld-fout"))
            .is_empty()
    );
    let keuzes = |reden: &str| {
        vec![
            (format!("besluit-{sem}-jeugdsportfonds"), "ja".to_owned()),
            (format!("besluit-{sem}-kindpas"), "nee".to_owned()),
            (format!("reden-{sem}-kindpas"), reden.to_owned()),
            (format!("besluit-{noor}-leergeld"), "ja".to_owned()),
        ]
    };
    let leeg_reden = keuzes("");
    let zonder: Vec<(&str, &str)> = leeg_reden
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let zonder_reden = app.post(&pad, &zonder).await;
    assert_eq!(zonder_reden.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !zonder_reden
            .text(&format!("#reden-{sem}-kindpas-fout"))
            .is_empty()
    );
    assert_eq!(
        zonder_reden.attrs(
            &format!("input[name=besluit-{sem}-jeugdsportfonds][checked]"),
            "value"
        ),
        ["ja"],
        "choices kept"
    );
    let alles = keuzes("Sem heeft dit jaar al een Kindpas.");
    let met: Vec<(&str, &str)> = alles
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post(&pad, &met).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pool = app.state.db.pool.clone();
    let besluiten = || async {
        sqlx::query_as::<_, (String, String, i64, Option<String>)>(
            "SELECT kind_id, onderdeel, toegekend, reden FROM kindpakket_besluiten \
             ORDER BY kind_id, onderdeel",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    let genomen = besluiten().await;
    let outbox = tel(&app, "outbox").await;
    // A second post of the decision (a double click, or other choices in an old tab) changes nothing and mails
    // nobody again.
    let anders = [
        (format!("besluit-{sem}-jeugdsportfonds"), "nee".to_owned()),
        (format!("reden-{sem}-jeugdsportfonds"), "Anders.".to_owned()),
        (format!("besluit-{sem}-kindpas"), "ja".to_owned()),
        (format!("besluit-{noor}-leergeld"), "nee".to_owned()),
        (format!("reden-{noor}-leergeld"), "Anders.".to_owned()),
    ];
    for tweede in [
        met.clone(),
        anders
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
    ] {
        let r = app.post(&pad, &tweede).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location(), pad);
    }
    assert_eq!(besluiten().await, genomen, "the first decision stands");
    assert_eq!(tel(&app, "outbox").await, outbox, "no second mail");
    // The history has each step once: sent by the resident, decided by staff.
    let geschiedenis = app.get(&pad).await.texts("#geschiedenis tbody tr");
    assert_eq!(geschiedenis.len(), 2, "{geschiedenis:?}");
    assert!(geschiedenis[0].contains("De inwoner"), "{geschiedenis:?}");
    assert!(geschiedenis[0].contains("De aanvraag is verstuurd."));
    assert!(
        geschiedenis[1].contains("Het besluit is genomen."),
        "{geschiedenis:?}"
    );
    assert!(!geschiedenis[1].contains("De inwoner"), "{geschiedenis:?}");
    assert_eq!(
        tel(
            &app,
            "toegangslog WHERE handeling = 'gewijzigd' AND omschrijving = 'besluit'"
        )
        .await,
        1
    );

    app.deliver_mail().await;
    let mails: Vec<String> = app.mails().iter().map(|m| mail_text(m)).collect();
    let aan = |wie: &str| {
        mails
            .iter()
            .filter(|m| m.to_lowercase().contains(&format!("to: {wie}")))
            .filter_map(|m| link_in(m, "/kindpakket/"))
            .collect::<Vec<_>>()
    };
    // The confirmation of sending, and the news of the decision.
    let link = format!("/kindpakket/{id}");
    assert_eq!(aan(BEWONER), [link.clone(), link.clone()]);
    assert_eq!(aan("post@example.nl"), [link.clone(), link]);
    let onderwerpen: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("Nieuws over uw aanvraag"))
        .collect();
    assert_eq!(
        onderwerpen.len(),
        2,
        "the decision to the resident and the helper"
    );
    assert_eq!(
        mails.iter().filter(|m| m.contains("is ontvangen")).count(),
        2
    );
    assert!(
        mails
            .iter()
            .all(|m| !m.contains("Kindpas.") && !m.contains("1.250")),
        "no details in mail"
    );

    app.use_cookie_jar(bewoner);
    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    assert!(zaak.body.contains("Besluit genomen"));
    assert_eq!(
        zaak.texts(".loket-timeline__title"),
        [
            "Gedaan: Aanvraag verstuurd",
            "Gedaan: Besluit van de gemeente"
        ]
    );
    let tekst = zaak.text("main");
    assert!(tekst.contains("Jeugdsportfonds : Ja, toegekend"), "{tekst}");
    assert!(
        tekst.contains("Kindpas : Nee Sem heeft dit jaar al een Kindpas."),
        "{tekst}"
    );
    assert!(
        tekst.contains("Stichting Leergeld : Ja, toegekend"),
        "{tekst}"
    );
    // Six weeks after the decision of Monday 23 November 2026.
    assert!(tekst.contains("tot en met 4 januari 2027"), "{tekst}");
    assert!(
        tekst.contains(
            "neemt de organisatie contact met u op. Dat zijn: Jeugdsportfonds, Stichting Leergeld."
        ),
        "{tekst}"
    );
    assert!(
        tekst.contains("Sanne Visser (medewerker van de gemeente) bekeek de aanvraag"),
        "{tekst}"
    );
    assert!(tekst.contains("opende een bestand") && tekst.contains("nam het besluit"));
}

#[tokio::test]
async fn who_may_see_and_file_an_application() {
    let mut app = TestApp::new().await;
    let helpers = [
        (
            "kijk@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(false, false),
        ),
        (
            "doe@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(true, false),
        ),
        ("bewind@example.nl", Soort::Bewindvoerder, Rechten::ALLES),
        ("mentor@example.nl", Soort::Mentor, Rechten::ALLES),
    ];
    for (email, _, _) in &helpers {
        app.sign_in(email).await;
        app.clear_cookies();
    }
    app.sign_in("vreemde@example.nl").await;
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    for (email, soort, rechten) in helpers {
        machtig(&app, BEWONER, email, soort, rechten).await;
    }
    let id = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
    let zaak = format!("/kindpakket/{id}");

    // Anonymous: to the sign-in page.
    let mut anoniem = app.other_browser();
    for pad in [zaak.as_str(), "/kindpakket/aanvragen"] {
        let r = anoniem.get(pad).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{pad}");
        assert!(r.location().starts_with("/inloggen"), "{pad}");
    }
    assert_eq!(
        anoniem.get("/medewerker/kindpakket").await.status,
        StatusCode::SEE_OTHER
    );

    // A stranger: not found; staff pages are not found for residents.
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    assert_eq!(app.get(&zaak).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.post(&format!("{zaak}/versturen"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/medewerker/kindpakket").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/medewerker/kindpakket/{id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The mentor acts in care only: not found, for both seeing and filing.
    als_helper(&mut app, "mentor@example.nl", BEWONER).await;
    assert_eq!(app.get(&zaak).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/kindpakket/aanvragen").await.status,
        StatusCode::NOT_FOUND
    );

    // A helper who may look: sees the case (logged), may not file.
    als_helper(&mut app, "kijk@example.nl", BEWONER).await;
    assert_eq!(app.get(&zaak).await.status, StatusCode::OK);
    assert_eq!(
        app.get("/kindpakket/aanvragen").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post("/kindpakket/aanvragen", &[]).await.status,
        StatusCode::NOT_FOUND
    );

    // A helper who may file, and the bewindvoerder: they apply for the resident.
    for email in ["doe@example.nl", "bewind@example.nl"] {
        als_helper(&mut app, email, BEWONER).await;
        assert_eq!(app.get(&zaak).await.status, StatusCode::OK, "{email}");
        let eigen = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
        let eigenaar: String =
            sqlx::query_scalar("SELECT persoon_id FROM kindpakket_aanvragen WHERE id = $1")
                .bind(&eigen)
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap();
        assert_eq!(eigenaar, persoon_id(&app, BEWONER).await, "{email}");
    }

    // The resident reads who looked.
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    let pagina = app.get(&zaak).await;
    assert!(
        pagina
            .text("main")
            .contains("kijk@example.nl (helper) bekeek de aanvraag"),
        "{}",
        pagina.text("main")
    );
    assert_eq!(tel(&app, "kindpakket_aanvragen").await, 3);
}

#[tokio::test]
async fn figures_count_each_child_once_and_each_grant() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    // Sem is in both applications; in the first with two parts.
    let eerste = verstuurde_aanvraag(
        &mut app,
        &[kind(
            1,
            "Sem",
            ("4", "3", "2015"),
            &["jeugdsportfonds", "kindpas"],
        )],
    )
    .await;
    let tweede = verstuurde_aanvraag(
        &mut app,
        &[
            kind(1, " sem", ("4", "3", "2015"), &["kindpas"]),
            kind(2, "Noor", ("12", "8", "2019"), &["leergeld"]),
        ],
    )
    .await;
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    for id in [&eerste, &tweede] {
        app.reden_geven(id).await;
        let kinderen: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, onderdelen FROM kindpakket_kinderen WHERE aanvraag_id = $1 ORDER BY volgorde",
        )
        .bind(id)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
        let mut velden = Vec::new();
        for (kind_id, delen) in &kinderen {
            for deel in delen.split(',') {
                // Noor's school goods are refused; everything else is granted.
                let keuze = if deel == "leergeld" { "nee" } else { "ja" };
                velden.push((format!("besluit-{kind_id}-{deel}"), keuze.to_owned()));
                velden.push((
                    format!("reden-{kind_id}-{deel}"),
                    "Geen reden nodig".to_owned(),
                ));
            }
        }
        let v: Vec<(&str, &str)> = velden
            .iter()
            .map(|(k, w)| (k.as_str(), w.as_str()))
            .collect();
        let r = app.post(&format!("/medewerker/kindpakket/{id}"), &v).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = app.get("/medewerker/cijfers").await;
    assert_eq!(page.status, StatusCode::OK);
    let rijen = page.texts("section[aria-labelledby=cijfers-kindpakket] tbody tr");
    assert!(page.text("#cijfers-kindpakket").contains("2026"));
    assert!(
        page.body
            .contains("uniek door de aanvrager, de voornaam en de geboortedatum")
    );
    for verwacht in [
        "Unieke kinderen met een besluit 2",
        "Unieke kinderen met iets toegekend 1",
        "Toekenningen (kind en onderdeel) 2",
        "Kinderen met Jeugdsportfonds toegekend 1",
        "Kinderen met Kindpas toegekend 1",
        "Kinderen met Stichting Leergeld toegekend 0",
    ] {
        assert!(rijen.iter().any(|r| r == verwacht), "{verwacht}: {rijen:?}");
    }
    assert!(
        !page.body.contains("Sem") && !page.body.contains("Noor"),
        "never a row per person"
    );
}

#[tokio::test]
async fn the_demo_has_a_decided_and_an_open_application() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    loket::demo::vul(&app.state).await.unwrap();
    assert_eq!(tel(&app, "kindpakket_aanvragen").await, 3, "added once");
    app.sign_in(BEWONER).await;
    let mijn = app.get("/mijn-loket").await;
    let links: Vec<String> = mijn
        .attrs(".loket-kindpakket a", "href")
        .into_iter()
        .filter(|l| l.starts_with("/kindpakket/"))
        .collect();
    // The complete draft: to check and send, or to change; and the two sent ones.
    assert_eq!(links.len(), 4, "{links:?}");
    let concept = links.iter().find(|l| l.ends_with("/bewerken")).unwrap();
    let controleren = concept.replace("/bewerken", "/controleren");
    assert!(links.contains(&controleren), "{links:?}");
    let page = app.get(concept).await;
    assert!(page.attrs("a", "href").contains(&controleren));
    let page = app.get(&controleren).await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "the draft is complete: {}",
        page.body
    );
    let mut statussen = Vec::new();
    for l in links
        .iter()
        .filter(|l| !l.ends_with("/bewerken") && !l.ends_with("/controleren"))
    {
        let page = app.get(l).await;
        assert_eq!(page.status, StatusCode::OK);
        statussen.push(page.body.contains("Besluit genomen"));
    }
    statussen.sort();
    assert_eq!(statussen, [false, true]);
    app.clear_cookies();
    app.sign_in("medewerker@example.nl").await;
    let lijst = app.get("/medewerker?soort=kindpakket").await;
    assert_eq!(lijst.texts("tbody tr").len(), 2);
}

#[tokio::test]
async fn mijn_loket_shows_each_application_with_its_own_children() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let eerste = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
    let lot = kind(1, "Lot", ("1", "2", "2018"), &["leergeld"]);
    let tweede = verstuurde_aanvraag(&mut app, std::slice::from_ref(&lot)).await;
    // A draft with one child and no payslip of its own: not complete (the others' payslips are theirs).
    let concept = begin(&mut app).await;
    let ben = kind(1, "Ben", ("5", "6", "2016"), &["kindpas"]);
    let r = stuur(
        &mut app,
        &concept,
        &velden(HUISHOUDEN, &[ben]),
        "opslaan",
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mijn = app.get("/mijn-loket").await;
    let items = mijn.texts(".loket-kindpakket > li");
    assert_eq!(items.len(), 3, "{items:?}");
    for (id, zin) in [(&eerste, "Voor 2 kinderen."), (&tweede, "Voor 1 kind.")] {
        let referentie: String =
            sqlx::query_scalar("SELECT referentie FROM kindpakket_aanvragen WHERE id = $1")
                .bind(id)
                .fetch_one(&app.state.db.pool)
                .await
                .unwrap();
        let item = items.iter().find(|i| i.contains(&referentie)).unwrap();
        assert!(item.contains(zin), "{referentie}: {item}");
    }
    links_zijn(
        &mijn.attrs(".loket-kindpakket a", "href"),
        &[format!("/kindpakket/{concept}/bewerken")],
        &[format!("/kindpakket/{concept}/controleren")],
    );
    // With its own payslip it is complete, and can be checked and sent at once.
    let ben = kind(1, "Ben", ("5", "6", "2016"), &["kindpas"]);
    let r = stuur(
        &mut app,
        &concept,
        &velden(HUISHOUDEN, &[ben]),
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let links = app
        .get("/mijn-loket")
        .await
        .attrs(".loket-kindpakket a", "href");
    assert!(
        links.contains(&format!("/kindpakket/{concept}/controleren")),
        "{links:?}"
    );
}

/// The children and files of an application, as rows, to see that nothing changed.
async fn inhoud(app: &TestApp, id: &str) -> (Vec<(String, String, String)>, Vec<(String, String)>) {
    let kinderen = sqlx::query_as(
        "SELECT id, voornaam, onderdelen FROM kindpakket_kinderen WHERE aanvraag_id = $1 ORDER BY volgorde",
    )
    .bind(id)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let bestanden =
        sqlx::query_as("SELECT id, naam FROM documenten WHERE zaak_id = $1 ORDER BY id")
            .bind(id)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    (kinderen, bestanden)
}

#[tokio::test]
async fn a_sent_application_takes_no_more_changes_through_the_draft_form() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
    let voor = inhoud(&app, &id).await;
    let huishouden: (String, String) =
        sqlx::query_as("SELECT inkomen, samenstelling FROM kindpakket_aanvragen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let (kinderen, bestanden) = &voor;
    assert_eq!((kinderen.len(), bestanden.len()), (2, 1));

    // The draft form of an old tab: other answers, a child and a file ticked away, a new upload, one more child.
    let mut oud = velden(
        &[
            ("samenstelling", "samen"),
            ("aow", "nee"),
            ("inkomen", "900"),
            ("schrijnend", ""),
        ],
        &[kind(1, "Anders", ("1", "1", "2016"), &["leergeld"])],
    );
    oud.push(("kind-2-weg".to_owned(), "ja".to_owned()));
    oud.push(("bestand-weg".to_owned(), bestanden[0].0.clone()));
    for actie in ["opslaan", "kind-erbij", "controleren"] {
        let r = stuur(
            &mut app,
            &id,
            &oud,
            actie,
            Some(("nog-een.png", b"\x89PNG\r\n\x1a\nrest")),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{actie}: {}", r.body);
        assert_eq!(r.location(), format!("/kindpakket/{id}"), "{actie}");
    }
    assert_eq!(
        inhoud(&app, &id).await,
        voor,
        "children and files unchanged"
    );
    let na: (String, String) =
        sqlx::query_as("SELECT inkomen, samenstelling FROM kindpakket_aanvragen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(na, huishouden, "the answers unchanged");
    let status: String =
        sqlx::query_scalar("SELECT status FROM kindpakket_aanvragen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(status, "ingediend");
}

#[tokio::test]
async fn a_double_click_makes_one_draft_and_adds_one_child() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let start = app.get("/kindpakket/aanvragen").await;
    let sleutel = start.attrs(
        "form[action='/kindpakket/aanvragen'] input[name=sleutel]",
        "value",
    );
    assert_eq!(sleutel.len(), 1, "{}", start.body);
    assert!(sleutel[0].len() >= 16);
    let eerste = app
        .post("/kindpakket/aanvragen", &[("sleutel", &sleutel[0])])
        .await;
    let tweede = app
        .post("/kindpakket/aanvragen", &[("sleutel", &sleutel[0])])
        .await;
    assert_eq!(eerste.status, StatusCode::SEE_OTHER);
    assert_eq!(tweede.status, StatusCode::SEE_OTHER);
    assert_eq!(eerste.location(), tweede.location(), "the same draft");
    assert_eq!(tel(&app, "kindpakket_aanvragen").await, 1);
    assert_eq!(tel(&app, "kindpakket_kinderen").await, 1);
    // The start page again has a new key: who means to start a second application can.
    let opnieuw = app.get("/kindpakket/aanvragen").await;
    let nieuw = opnieuw.attrs("input[name=sleutel]", "value");
    assert_ne!(nieuw, sleutel);
    assert!(
        opnieuw
            .attrs("a", "href")
            .contains(&eerste.location().to_owned()),
        "the open draft is listed"
    );

    // "Add a child" twice with the same form: one more child.
    let id = eerste
        .location()
        .trim_start_matches("/kindpakket/")
        .trim_end_matches("/bewerken")
        .to_owned();
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    let versie = form.attrs("input[name=versie]", "value");
    assert_eq!(versie.len(), 1, "{}", form.body);
    let mut zelfde = velden(
        HUISHOUDEN,
        &[kind(1, "Sem", ("4", "3", "2015"), &["kindpas"])],
    );
    zelfde.push(("versie".to_owned(), versie[0].clone()));
    for _ in 0..2 {
        let r = stuur(&mut app, &id, &zelfde, "kind-erbij", None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let (kinderen, _) = inhoud(&app, &id).await;
    assert_eq!(kinderen.len(), 2, "{kinderen:?}");
    // "Save" twice with the same file: stored once.
    for _ in 0..2 {
        let r = stuur(
            &mut app,
            &id,
            &zelfde,
            "opslaan",
            Some(("loonstrook.pdf", PDF)),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    assert_eq!(inhoud(&app, &id).await.1.len(), 1);
    assert_eq!(kinderen[0].1, "Sem", "the answers are saved all the same");
    // The form shown now adds the next one.
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    let mut nu = velden(HUISHOUDEN, &[]);
    nu.push((
        "versie".to_owned(),
        form.attrs("input[name=versie]", "value")[0].clone(),
    ));
    stuur(&mut app, &id, &nu, "kind-erbij", None).await;
    assert_eq!(inhoud(&app, &id).await.0.len(), 3);
}

#[tokio::test]
async fn a_helper_looking_at_the_draft_and_the_check_page_is_in_the_log() {
    let mut app = TestApp::new().await;
    app.sign_in("doe@example.nl").await;
    app.clear_cookies();
    app.sign_in(BEWONER).await;
    machtig(
        &app,
        BEWONER,
        "doe@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(true, false),
    )
    .await;
    let id = begin(&mut app).await;
    let alles = velden(HUISHOUDEN, &twee_kinderen()[..1]);
    let r = stuur(
        &mut app,
        &id,
        &alles,
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let bewoner = app.cookie_jar();

    als_helper(&mut app, "doe@example.nl", BEWONER).await;
    for pad in [
        format!("/kindpakket/{id}/bewerken"),
        format!("/kindpakket/{id}/controleren"),
    ] {
        assert_eq!(app.get(&pad).await.status, StatusCode::OK, "{pad}");
    }
    let gezien: Vec<(String, String)> =
        sqlx::query_as("SELECT rol, handeling FROM toegangslog WHERE zaak_id = $1")
            .bind(&id)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        gezien,
        [
            ("helper".to_owned(), "bekeken".to_owned()),
            ("helper".to_owned(), "bekeken".to_owned())
        ]
    );

    app.use_cookie_jar(bewoner);
    // The resident's own looks are not logged.
    app.get(&format!("/kindpakket/{id}/controleren")).await;
    let r = app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    let tekst = zaak.text("main");
    assert_eq!(
        tekst
            .matches("doe@example.nl (helper) bekeek de aanvraag")
            .count(),
        2,
        "{tekst}"
    );
    assert_eq!(tel(&app, "toegangslog").await, 2);
}

#[tokio::test]
async fn a_child_block_left_empty_is_skipped_by_the_check_and_not_sent() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = begin(&mut app).await;
    let alles = velden(
        HUISHOUDEN,
        &[kind(1, "Sem", ("4", "5", "2016"), &["jeugdsportfonds"])],
    );
    let r = stuur(
        &mut app,
        &id,
        &alles,
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Enter in a field presses the first button of the form, "Nog een kind": an empty block appears.
    let r = stuur(&mut app, &id, &alles, "kind-erbij", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.get(&format!("/kindpakket/{id}/bewerken"))
            .await
            .attrs("#kind-2-voornaam", "value"),
        [""]
    );
    let controle = app.get(&format!("/kindpakket/{id}/controleren")).await;
    assert_eq!(controle.status, StatusCode::OK, "{}", controle.body);
    assert!(
        controle
            .attrs("main form", "action")
            .contains(&format!("/kindpakket/{id}/versturen")),
        "{}",
        controle.body
    );
    // Mijn loket offers to check and send the complete draft at once, and not an empty one.
    let leeg = begin(&mut app).await;
    links_zijn(
        &app.get("/mijn-loket").await.attrs("main a", "href"),
        &[
            format!("/kindpakket/{id}/controleren"),
            format!("/kindpakket/{leeg}/bewerken"),
        ],
        &[format!("/kindpakket/{leeg}/controleren")],
    );
    let r = app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    let kinderen: Vec<String> =
        sqlx::query_scalar("SELECT voornaam FROM kindpakket_kinderen WHERE aanvraag_id = $1")
            .bind(&id)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(kinderen, ["Sem"]);
}

#[tokio::test]
async fn several_payslips_go_in_with_one_press_and_a_wrong_one_is_named() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = begin(&mut app).await;
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    assert_eq!(
        form.attrs("input[type=file][multiple]", "name"),
        ["bestand"]
    );
    let r = app
        .post_bestanden(
            &format!("/kindpakket/{id}/bewerken"),
            &[("versie", "0"), ("actie", "opslaan")],
            &[
                ("loonstrook-oktober.pdf", PDF),
                ("loonstrook-november.pdf", b"%PDF-1.4\n% november\n"),
                ("leeg.pdf", b""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let fout = r.text("#bestand-fout");
    assert!(fout.contains("leeg.pdf: Dit bestand is leeg."), "{fout}");
    let namen: Vec<String> =
        sqlx::query_scalar("SELECT naam FROM documenten WHERE zaak_id = $1 ORDER BY naam")
            .bind(&id)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(namen, ["loonstrook-november.pdf", "loonstrook-oktober.pdf"]);
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    assert_eq!(form.attrs("a[href*='/bestand/']", "href").len(), 2);
}

#[tokio::test]
async fn the_checks_answers_are_in_the_new_application_also_after_signing_in() {
    let mut app = TestApp::new().await;
    let uitkomst = app
        .get(
            "/kindpakket/check?samenstelling=samen&aow=nee&inkomen=1250&aantal=2&leeftijden=4%2C+9",
        )
        .await;
    assert_eq!(uitkomst.status, StatusCode::OK);
    let aanvragen = uitkomst
        .attrs("section.loket-uitslag a", "href")
        .into_iter()
        .find(|h| h.starts_with("/kindpakket/aanvragen"))
        .expect("a link to apply");
    assert_eq!(
        aanvragen,
        "/kindpakket/aanvragen?samenstelling=samen&aow=nee&inkomen=1250&aantal=2"
    );
    // Not signed in: the sign-in comes in between and leads back to the same address.
    let r = app.get(&aanvragen).await;
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    let inloggen = app.get(r.location()).await;
    assert_eq!(
        inloggen.attrs("input[name=terug]", "value"),
        [aanvragen.as_str()]
    );
    app.post(
        "/inloggen",
        &[("email", BEWONER), ("terug", aanvragen.as_str())],
    )
    .await;
    app.deliver_mail().await;
    let mail = mail_text(&app.mails().pop().unwrap());
    let link = link_in(&mail, "/inloggen/link/").unwrap();
    let r = app.post(&link, &[]).await;
    assert_eq!(r.location(), aanvragen);

    let start = app.get(&aanvragen).await;
    let main = start.text("main");
    assert!(main.contains("Uw antwoorden uit de check"), "{main}");
    assert!(main.contains("€ 1.250"), "{main}");
    let namen = start.attrs("main form input[type=hidden]", "name");
    let waarden = start.attrs("main form input[type=hidden]", "value");
    let velden: Vec<(&str, &str)> = namen
        .iter()
        .map(String::as_str)
        .zip(waarden.iter().map(String::as_str))
        .collect();
    assert!(velden.contains(&("aantal", "2")), "{velden:?}");
    let r = app.post("/kindpakket/aanvragen", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = app.get(r.location()).await;
    assert_eq!(
        form.attrs("input[name=samenstelling][checked]", "value"),
        ["samen"]
    );
    assert_eq!(form.attrs("input[name=aow][checked]", "value"), ["nee"]);
    assert_eq!(form.attrs("input[name=inkomen]", "value"), ["1250"]);
    // A block for each child the check counted; the names and birth dates are still to fill in.
    assert_eq!(form.attrs("input[name=kind-1-voornaam]", "value"), [""]);
    assert_eq!(form.attrs("input[name=kind-2-voornaam]", "value"), [""]);
    assert!(
        form.attrs("input[name=kind-3-voornaam]", "value")
            .is_empty()
    );
    // The same start form posted again makes no second draft.
    let nog_eens = app.post("/kindpakket/aanvragen", &velden).await;
    assert_eq!(nog_eens.location(), r.location());
    assert_eq!(tel(&app, "kindpakket_aanvragen").await, 1);
    assert_eq!(tel(&app, "kindpakket_kinderen").await, 2);
    // What cannot be an answer is not taken over.
    let vreemd = app
        .get("/kindpakket/aanvragen?samenstelling=iets&aow=misschien&aantal=99")
        .await;
    assert!(
        vreemd.attrs("main form input[type=hidden]", "name") == ["sleutel"],
        "{:?}",
        vreemd.attrs("main form input[type=hidden]", "name")
    );
}

#[tokio::test]
async fn a_file_of_a_draft_is_removed_for_good_by_its_own_form_and_only_by_its_owner() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = begin(&mut app).await;
    let alles = velden(HUISHOUDEN, &twee_kinderen()[..1]);
    stuur(
        &mut app,
        &id,
        &alles,
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    stuur(
        &mut app,
        &id,
        &alles,
        "opslaan",
        Some(("uitkering.pdf", b"%PDF-1.4\n% uitkering\n")),
    )
    .await;
    let bestand: String =
        sqlx::query_scalar("SELECT id FROM documenten WHERE naam = 'uitkering.pdf'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let actie = format!("/kindpakket/{id}/bestand/{bestand}/verwijderen");
    let form = app.get(&format!("/kindpakket/{id}/bewerken")).await;
    // Each file has a form of its own (outside the draft's form), with a tick and a button beside the file.
    assert!(
        form.attrs("form", "action").contains(&actie),
        "{:?}",
        form.attrs("form", "action")
    );
    assert_eq!(
        form.attrs(&format!("input[form=weg-{bestand}]"), "name"),
        ["bestand-weg"]
    );
    assert_eq!(
        form.attrs(&format!("button[form=weg-{bestand}]"), "type"),
        ["submit"]
    );
    assert!(
        form.texts("#bewijs ~ ul li")
            .iter()
            .any(|l| l.contains("uitkering.pdf") && l.contains("Ja, verwijder uitkering.pdf")),
        "{:?}",
        form.texts("#bewijs ~ ul li")
    );
    // Sent without the tick: nothing is removed, and the question is beside the file.
    let r = app.post(&actie, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.attrs(".loket-error-summary a", "href"),
        [format!("#bestand-weg-{bestand}")]
    );
    assert_eq!(tel(&app, "documenten").await, 2);
    // Someone else cannot remove it.
    let eigenaar = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("vreemde@example.nl").await;
    let r = app.post(&actie, &[("bestand-weg", bestand.as_str())]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(tel(&app, "documenten").await, 2);
    // The owner removes it: gone from the page, and its bytes and row from the database.
    app.use_cookie_jar(eigenaar);
    let r = app.post(&actie, &[("bestand-weg", bestand.as_str())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        r.location(),
        format!("/kindpakket/{id}/bewerken?verwijderd=1#bewijs")
    );
    let form = app
        .get(&format!("/kindpakket/{id}/bewerken?verwijderd=1"))
        .await;
    assert!(
        form.text("main")
            .contains("Wij hebben het bestand verwijderd."),
        "{}",
        form.text("main")
    );
    assert!(!form.body.contains("uitkering.pdf"));
    assert!(form.body.contains("loonstrook.pdf"));
    assert_eq!(tel(&app, "documenten").await, 1);
    let delen: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM document_delen WHERE document_id = $1")
            .bind(&bestand)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(delen, 0);
    assert_eq!(
        app.get(&format!("/kindpakket/{id}/bestand/{bestand}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Once sent, nothing is removed any more.
    let r = stuur(&mut app, &id, &alles, "controleren", None).await;
    assert_eq!(
        r.location(),
        format!("/kindpakket/{id}/controleren"),
        "{}",
        r.body
    );
    app.post(&format!("/kindpakket/{id}/versturen"), &[]).await;
    let loonstrook: String =
        sqlx::query_scalar("SELECT id FROM documenten WHERE naam = 'loonstrook.pdf'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let r = app
        .post(
            &format!("/kindpakket/{id}/bestand/{loonstrook}/verwijderen"),
            &[("bestand-weg", loonstrook.as_str())],
        )
        .await;
    assert_eq!(r.location(), format!("/kindpakket/{id}"));
    assert_eq!(tel(&app, "documenten").await, 1);
}

async fn tel_van(app: &TestApp, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_draft_application_is_deleted_with_its_children_and_payslips() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = begin(&mut app).await;
    let alles = velden(
        HUISHOUDEN,
        &[kind(1, "Sam", ("3", "4", "2016"), &["jeugdsportfonds"])],
    );
    let r = stuur(
        &mut app,
        &id,
        &alles,
        "opslaan",
        Some(("loonstrook.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = format!("/kindpakket/{id}");
    let documenten = "SELECT COUNT(*) FROM documenten WHERE zaak_id = $1";
    assert_eq!(tel_van(&app, documenten, &id).await, 1);
    let form = app.get(&format!("{pad}/bewerken")).await;
    assert!(
        form.attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );

    let mut ander = app.other_browser();
    ander.sign_in("iemand.anders@example.nl").await;
    assert_eq!(
        ander.get(&format!("{pad}/verwijderen")).await.status,
        StatusCode::NOT_FOUND
    );
    let leeg = app.post(&format!("{pad}/verwijderen"), &[]).await;
    assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        leeg.text(".loket-error-summary")
            .contains("Kies Ja of Nee.")
    );
    let nee = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "nee")])
        .await;
    assert_eq!(nee.location(), format!("{pad}/bewerken"));

    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.location(), "/mijn-loket?verwijderd=concept");
    let mijn = app.get(ja.location()).await;
    assert!(mijn.body.contains("U heeft het concept verwijderd."));
    assert!(!mijn.body.contains(&id));
    assert_eq!(
        app.get(&format!("{pad}/bewerken")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(tel_van(&app, documenten, &id).await, 0);
    let kinderen = "SELECT COUNT(*) FROM kindpakket_kinderen WHERE aanvraag_id = $1";
    assert_eq!(tel_van(&app, kinderen, &id).await, 0);
    assert_eq!(tel(&app, "document_delen").await, 0);
}

#[tokio::test]
async fn a_sent_kindpakket_application_cannot_be_deleted() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    let id = verstuurde_aanvraag(
        &mut app,
        &[kind(1, "Sam", ("3", "4", "2016"), &["jeugdsportfonds"])],
    )
    .await;
    let ja = app
        .post(
            &format!("/kindpakket/{id}/verwijderen"),
            &[("verwijderen", "ja")],
        )
        .await;
    assert_eq!(ja.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/kindpakket/{id}")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn no_public_page_shows_a_placeholder_as_the_source_of_a_rule() {
    let mut app = TestApp::new().await;
    for taal in ["/taal/nl", "/taal/en"] {
        app.get(taal).await;
        for pad in [
            "/kindpakket",
            "/kindpakket/check",
            "/kindpakket/voor-kinderen",
            "/blijverslening",
            "/blijverslening/check",
        ] {
            let page = app.get(pad).await;
            assert_eq!(page.status, StatusCode::OK, "{pad}");
            let tekst = page.body.to_lowercase();
            assert!(!tekst.contains("in te vullen"), "{pad}: {}", page.body);
        }
    }
    // The age limit is shown with its basis, as the municipality's choice.
    app.get("/taal/nl").await;
    let uitleg = app.get("/kindpakket").await;
    assert!(
        uitleg
            .body
            .contains("Keuze van de gemeente: kinderen tot 18 jaar"),
        "{}",
        uitleg.body
    );
}

#[tokio::test]
async fn the_decision_prints_as_a_letter_per_child_and_part() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.sign_in(BEWONER).await;
    let mijn = app.get("/mijn-loket").await;
    let mut brief = None;
    for l in mijn.attrs(".loket-kindpakket a", "href") {
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
        "Kenmerk",
        "U krijgt het",
        "namens het college van burgemeester en wethouders van Lansingerland",
        "Dan kunt u bezwaar maken tot en met",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    let mut vreemde = app.other_browser();
    vreemde.sign_in("vreemde@example.nl").await;
    assert_eq!(vreemde.get(&brief).await.status, StatusCode::NOT_FOUND);
    app.get("/taal/en").await;
    assert!(
        app.get(&brief)
            .await
            .text("main")
            .contains("What did the municipality decide?")
    );
    let id = brief
        .trim_start_matches("/kindpakket/")
        .trim_end_matches("/besluit/brief");
    let mut staf = app.other_browser();
    staf.sign_in("medewerker@example.nl").await;
    staf.reden_geven(id).await;
    let detail = staf.get(&format!("/medewerker/kindpakket/{id}")).await;
    let staf_brief = format!("/medewerker/kindpakket/{id}/besluit/brief");
    assert!(
        detail.attrs("main a", "href").contains(&staf_brief),
        "{}",
        detail.body
    );
    assert_eq!(staf.get(&staf_brief).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_case_looked_at_often_shows_the_newest_views_and_says_where_all_are() {
    let mut app = TestApp::new().await;
    app.sign_in("ouder@example.nl").await;
    let id = verstuurde_aanvraag(&mut app, &twee_kinderen()).await;
    let bewoner = app.cookie_jar();

    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    app.clear_cookies();
    app.sign_in(CONSULENT).await;
    app.reden_geven(&id).await;
    let pad = format!("/medewerker/kindpakket/{id}");
    for _ in 0..60 {
        assert_eq!(app.get(&pad).await.status, StatusCode::OK);
    }

    app.use_cookie_jar(bewoner);
    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    assert_eq!(zaak.status, StatusCode::OK);
    assert_eq!(zaak.texts("ul.loket-kindpakket-log li").len(), 50);
    assert!(
        zaak.body.contains("Hier ziet u alleen de laatste 50 keer."),
        "{}",
        zaak.body
    );
    assert!(
        zaak.attrs("a", "href")
            .contains(&"/mijn-gegevens".to_owned())
    );
    // All of them are in the resident's own archive.
    let alle: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(alle >= 60, "{alle}");
}
