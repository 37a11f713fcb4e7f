//! The persoonlijk plan of a submitted melding: the deadline, the guided plan, the upload and its download, who
//! may see it, and that it is fixed once the first gesprek has a date. The test clock stands at Monday
//! 23 November 2026. A submitted melding is inserted directly, so that its receipt date can be chosen.

use axum::http::StatusCode;

use crate::support::{Options, TestApp, TestResponse};

const BOUNDARY: &str = "----loket-test-grens-7f3a";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0, 1,
];
const MB: usize = 1024 * 1024;

/// Inserts a melding for the person with this address and returns its id.
async fn melding(app: &TestApp, email: &str, status: &str, ontvangen_op: &str) -> String {
    let pool = &app.state.db.pool;
    let persoon_id: String = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .expect("the person exists");
    let id = loket::token::new_id();
    let moment = "2026-11-09T10:00:00.000000Z";
    sqlx::query(
        "INSERT INTO meldingen (id, persoon_id, status, referentie, hervatcode, stap, aangemaakt_op, \
         gewijzigd_op, ingediend_op, ontvangen_op) VALUES ($1, $2, $3, $4, $4, 'toestemming', $5, $5, $5, $6)",
    )
    .bind(&id)
    .bind(persoon_id)
    .bind(status)
    .bind(format!("M-{}", &id[..8]))
    .bind(moment)
    .bind(ontvangen_op)
    .execute(pool)
    .await
    .expect("insert melding");
    id
}

async fn gesprek_op(app: &TestApp, id: &str, datum: &str) {
    sqlx::query("UPDATE meldingen SET eerste_gesprek_op = $2 WHERE id = $1")
        .bind(id)
        .bind(datum)
        .execute(&app.state.db.pool)
        .await
        .expect("set the first gesprek");
}

async fn gesprek_gepland(app: &TestApp, id: &str) {
    // Friday 20 November 2026: the talk has been, three days before "today".
    gesprek_op(app, id, "2026-11-20").await;
}

/// A signed-in resident with a melding received on Friday 20 November 2026, in a municipality that counts the
/// terms from the day it receives a melding.
async fn resident() -> (TestApp, String) {
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await;
    app.sign_in("jan@example.nl").await;
    let id = melding(&app, "jan@example.nl", "ingediend", "2026-11-20").await;
    (app, id)
}

/// A multipart body with one file field `bestand`.
fn multipart(filename: &str, content_type: &str, content: &[u8]) -> (String, Vec<u8>) {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"{filename}\"\r\n\
         Content-Type: {content_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

pub(crate) async fn upload(
    app: &mut TestApp,
    id: &str,
    filename: &str,
    content_type: &str,
    content: &[u8],
) -> TestResponse {
    let (ct, body) = multipart(filename, content_type, content);
    app.post_bytes(&format!("/melding/{id}/plan/uploaden"), &ct, body)
        .await
}

async fn write(app: &mut TestApp, id: &str, fields: &[(&str, &str)]) -> TestResponse {
    app.post(&format!("/melding/{id}/plan/schrijven"), fields)
        .await
}

async fn plan_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM persoonlijke_plannen")
        .fetch_one(&app.state.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_overview_shows_the_deadline_and_explains_it() {
    let (mut app, id) = resident().await;
    let page = app.get(&format!("/melding/{id}/plan")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.text("h1"), "Uw eigen plan");
    let termijn = page.text("section[aria-labelledby=termijn]");
    // Received Friday 20 November: 7 days later is Friday 27 November, a working day.
    assert!(
        termijn.contains("Lever uw plan in op vrijdag 27 november 2026 of eerder."),
        "{termijn}"
    );
    assert!(
        termijn.contains("U heeft 7 dagen na uw melding") && termijn.contains("20 november 2026"),
        "{termijn}"
    );
    assert!(page.texts("#te-laat").is_empty(), "not late yet");
    // The words are explained: linked to the glossary, and at the foot of the page.
    let links = page.attrs("main a", "href");
    for href in [
        "/begrippen#persoonlijk-plan",
        "/begrippen#melding",
        &format!("/melding/{id}/plan/schrijven"),
        &format!("/melding/{id}/plan/uploaden"),
    ] {
        assert!(links.iter().any(|l| l == href), "{href} in {links:?}");
    }
    assert!(!page.texts("main details dl").is_empty());
}

#[tokio::test]
async fn after_the_term_the_page_says_it_is_late_but_still_possible() {
    let mut app = TestApp::with(Options {
        gemeente: Some("het-hogeland"),
        ..Options::default()
    })
    .await;
    app.sign_in("jan@example.nl").await;
    // Two weeks before "today": the term ended on Monday 16 November.
    let id = melding(&app, "jan@example.nl", "ingediend", "2026-11-09").await;
    let page = app.get(&format!("/melding/{id}/plan")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("maandag 16 november 2026"));
    assert_eq!(
        page.text("#te-laat"),
        "Die dag is voorbij. U bent dus te laat. Maar u mag uw plan toch nog inleveren."
    );
    // Still the choice to hand it in.
    assert!(
        page.attrs("main a", "href")
            .contains(&format!("/melding/{id}/plan/schrijven"))
    );
}

#[tokio::test]
async fn a_guided_plan_is_saved_as_a_draft_handed_in_and_replaced() {
    let (mut app, id) = resident().await;
    let form = app.get(&format!("/melding/{id}/plan/schrijven")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        form.attrs("main form textarea", "id"),
        ["doelen", "zelf", "ondersteuning"]
    );
    assert_eq!(
        form.attrs("main form button", "value"),
        ["inleveren", "opslaan"]
    );
    assert!(form.text("#doelen-hint").contains("2000"));

    // An empty draft may be saved.
    let saved = write(&mut app, &id, &[("actie", "opslaan")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // A draft without goals, kept and shown again.
    let saved = write(
        &mut app,
        &id,
        &[
            ("doelen", ""),
            ("zelf", "Mijn dochter doet de boodschappen."),
            ("ondersteuning", ""),
            ("actie", "opslaan"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        saved.location(),
        format!("/melding/{id}/plan?klaar=opgeslagen")
    );
    let form = app.get(&format!("/melding/{id}/plan/schrijven")).await;
    assert_eq!(form.text("#zelf"), "Mijn dochter doet de boodschappen.");
    let overview = app.get(saved.location()).await;
    assert!(
        overview
            .text("[role=alert]")
            .contains("U heeft uw plan bewaard.")
    );
    assert!(
        overview
            .text(".loket-summary-list")
            .contains("Nog niet ingeleverd")
    );
    // A draft only: Mijn loket still offers to write or send the plan.
    let mijn = app.get("/mijn-loket").await.text("main");
    assert!(mijn.contains("Uw eigen plan schrijven of sturen"), "{mijn}");

    // Handed in.
    let handed_in = write(
        &mut app,
        &id,
        &[
            ("doelen", "Zelf weer koken."),
            ("zelf", "Mijn dochter doet de boodschappen."),
            (
                "ondersteuning",
                "Hulp bij het schoonmaken, want ik kan niet bukken.",
            ),
            ("actie", "inleveren"),
        ],
    )
    .await;
    assert_eq!(handed_in.status, StatusCode::SEE_OTHER);
    let overview = app.get(handed_in.location()).await;
    let summary = overview.text(".loket-summary-list");
    assert!(
        summary.contains("Ingeleverd") && summary.contains("23 november 2026"),
        "{summary}"
    );
    assert!(summary.contains("Zelf weer koken."), "{summary}");
    assert!(
        overview
            .text("main")
            .contains("Een nieuwe versie komt in de plaats van de vorige.")
    );
    // Handed in: Mijn loket reads it back instead of offering to write one.
    let mijn = app.get("/mijn-loket").await.text("main");
    assert!(
        mijn.contains("Uw eigen plan bekijken")
            && !mijn.contains("Uw eigen plan schrijven of sturen"),
        "{mijn}"
    );

    // Once handed in, the form offers only a new version.
    let form = app.get(&format!("/melding/{id}/plan/schrijven")).await;
    assert_eq!(form.attrs("main form button", "value"), ["inleveren"]);
    let replaced = write(
        &mut app,
        &id,
        &[("doelen", "Weer naar de markt."), ("actie", "inleveren")],
    )
    .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER);
    let overview = app.get(&format!("/melding/{id}/plan")).await;
    let summary = overview.text(".loket-summary-list");
    assert!(summary.contains("Weer naar de markt."), "{summary}");
    assert!(!summary.contains("Zelf weer koken."), "{summary}");
    assert!(!summary.contains("Mijn dochter"), "{summary}");
    assert_eq!(plan_count(&app).await, 1, "one current plan per melding");
}

#[tokio::test]
async fn goals_are_needed_to_hand_in_and_the_input_is_kept() {
    let (mut app, id) = resident().await;
    let page = write(
        &mut app,
        &id,
        &[
            ("doelen", "  "),
            ("zelf", "Ik kan zelf nog fietsen."),
            ("actie", "inleveren"),
        ],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("title").starts_with("Fout: "));
    assert_eq!(page.attrs(".loket-error-summary a", "href"), ["#doelen"]);
    assert_eq!(
        page.text("#doelen-fout"),
        "Fout: Schrijf op wat u wilt bereiken. Dan kunt u uw plan inleveren."
    );
    assert_eq!(page.attrs("#doelen", "aria-invalid"), ["true"]);
    assert_eq!(page.text("#zelf"), "Ik kan zelf nog fietsen.");
    assert_eq!(plan_count(&app).await, 0);

    // Too long, also for a draft.
    let long = "a".repeat(2001);
    let page = write(
        &mut app,
        &id,
        &[("ondersteuning", &long), ("actie", "opslaan")],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("#ondersteuning-fout").contains("1 te veel"));
}

#[tokio::test]
async fn an_uploaded_pdf_comes_back_as_the_same_bytes() {
    let (mut app, id) = resident().await;
    let form = app.get(&format!("/melding/{id}/plan/uploaden")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.attrs("main form", "enctype"), ["multipart/form-data"]);
    assert_eq!(form.attrs("main form input[type=file]", "id"), ["bestand"]);

    let done = upload(
        &mut app,
        &id,
        "Mijn plan (versie 2).pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let overview = app.get(&format!("/melding/{id}/plan")).await;
    let summary = overview.text(".loket-summary-list");
    assert!(
        summary.contains("Mijn plan (versie 2).pdf") && summary.contains("PDF"),
        "{summary}"
    );
    assert!(
        overview
            .attrs(".loket-summary-list a", "href")
            .contains(&format!("/melding/{id}/plan/bestand"))
    );

    let (status, headers, bytes) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"Mijn_plan__versie_2.pdf\""
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");

    let (size, hash): (i64, String) =
        sqlx::query_as("SELECT bestand_grootte, bestand_sha256 FROM persoonlijke_plannen")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(size, PDF.len() as i64);
    assert_eq!(hash.len(), 64);
}

#[tokio::test]
async fn a_large_file_is_stored_in_parts_and_comes_back_whole_and_a_new_one_replaces_it() {
    let (mut app, id) = resident().await;
    // 2.5 MB of varied bytes after a PDF header: three parts of at most 1 MiB.
    let mut groot = PDF.to_vec();
    groot.extend((0..(5 * MB / 2)).map(|i| (i * 7 % 251) as u8));
    let done = upload(&mut app, &id, "groot.pdf", "application/pdf", &groot).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, _, bytes) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(bytes.len(), groot.len());
    assert!(bytes == groot, "the same bytes, in order");
    let delen: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM document_delen p JOIN documenten d ON d.id = p.document_id \
         WHERE d.zaak_id = $1",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(delen, 3);
    // A new upload replaces it: one document, the new bytes.
    let done = upload(&mut app, &id, "klein.pdf", "application/pdf", PDF).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, _, bytes) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(bytes, PDF);
    let (documenten, delen): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM documenten WHERE zaak_id = $1), \
         (SELECT COUNT(*) FROM document_delen p JOIN documenten d ON d.id = p.document_id \
         WHERE d.zaak_id = $1)",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!((documenten, delen), (1, 1));
}

#[tokio::test]
async fn the_type_comes_from_the_content_not_the_name() {
    let (mut app, id) = resident().await;
    // A PNG that calls itself a PDF: accepted, and served as what it is.
    let done = upload(&mut app, &id, "scan.pdf", "application/pdf", PNG).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, headers, bytes) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(bytes, PNG);
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"scan.png\""
    );

    // Text that calls itself a PDF: refused, and the earlier file stays.
    let refused = upload(
        &mut app,
        &id,
        "plan.pdf",
        "application/pdf",
        b"Dit is mijn plan.",
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attrs(".loket-error-summary a", "href"),
        ["#bestand"]
    );
    assert!(refused.text("#bestand-fout").contains("PDF, JPG of PNG"));
    let (_, _, bytes) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(bytes, PNG);
}

#[tokio::test]
async fn an_empty_or_missing_file_is_refused() {
    let (mut app, id) = resident().await;
    let empty = upload(&mut app, &id, "plan.pdf", "application/pdf", b"").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        empty.text("#bestand-fout"),
        "Fout: Dit bestand is leeg. Kies een ander bestand."
    );
    // No file chosen: browsers send the field with an empty name.
    let none = upload(&mut app, &id, "", "application/octet-stream", b"").await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(none.text("#bestand-fout"), "Fout: Kies een bestand.");
    assert_eq!(plan_count(&app).await, 0);
}

#[tokio::test]
async fn a_file_over_10_mb_gets_a_kind_error_and_a_huge_body_the_413_page() {
    let (mut app, id) = resident().await;
    let mut big = PDF.to_vec();
    big.resize(10 * MB + 1, b' ');
    let page = upload(&mut app, &id, "plan.pdf", "application/pdf", &big).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#bestand-fout")
            .contains("Dit bestand is te groot. Het mag hoogstens 10 MB zijn."),
        "{}",
        page.text("#bestand-fout")
    );
    assert_eq!(plan_count(&app).await, 0);

    // Exactly 10 MB is fine.
    big.truncate(10 * MB);
    let page = upload(&mut app, &id, "plan.pdf", "application/pdf", &big).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);

    big.resize(12 * MB, b' ');
    let page = upload(&mut app, &id, "plan.pdf", "application/pdf", &big).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.header("content-type").starts_with("text/html"));

    // Other forms keep the small limit.
    let long = "a".repeat(100 * 1024);
    let page = write(&mut app, &id, &[("doelen", &long)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn nobody_else_sees_or_changes_the_plan() {
    let (mut app, id) = resident().await;
    assert_eq!(
        upload(&mut app, &id, "plan.pdf", "application/pdf", PDF)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let concept = melding(&app, "jan@example.nl", "concept", "2026-11-20").await;

    // Not signed in: to the sign-in page.
    app.clear_cookies();
    let page = app.get(&format!("/melding/{id}/plan")).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.location(),
        format!("/inloggen?terug=/melding/{id}/plan")
    );

    app.sign_in("piet@example.nl").await;
    let plan = format!("/melding/{id}/plan");
    for path in [
        plan.clone(),
        format!("{plan}/schrijven"),
        format!("{plan}/uploaden"),
        format!("{plan}/bestand"),
        format!("/melding/{concept}/plan"),
        "/melding/bestaat-niet/plan".to_owned(),
    ] {
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
    }
    let page = write(
        &mut app,
        &id,
        &[("doelen", "Overgenomen"), ("actie", "inleveren")],
    )
    .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let page = upload(&mut app, &id, "x.pdf", "application/pdf", PDF).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);

    // The owner's file is unchanged.
    app.clear_cookies();
    app.sign_in("jan@example.nl").await;
    let (_, _, bytes) = app.get_bytes(&format!("{plan}/bestand")).await;
    assert_eq!(bytes, PDF);
    // A concept melding has no plan page, also for its owner.
    let page = app.get(&format!("/melding/{concept}/plan")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn after_the_first_gesprek_the_plan_is_fixed() {
    let (mut app, id) = resident().await;
    let done = write(
        &mut app,
        &id,
        &[("doelen", "Zelf weer koken."), ("actie", "inleveren")],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    gesprek_gepland(&app, &id).await;

    let overview = app.get(&format!("/melding/{id}/plan")).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(
        overview
            .text(".loket-summary-list")
            .contains("Zelf weer koken.")
    );
    let links = overview.attrs("main a", "href");
    assert!(
        !links
            .iter()
            .any(|l| l.ends_with("/schrijven") || l.ends_with("/uploaden")),
        "{links:?}"
    );

    let form = app.get(&format!("/melding/{id}/plan/schrijven")).await;
    assert_eq!(form.status, StatusCode::SEE_OTHER);
    assert_eq!(form.location(), format!("/melding/{id}/plan"));

    let page = write(
        &mut app,
        &id,
        &[("doelen", "Iets anders."), ("actie", "inleveren")],
    )
    .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(
        page.text("main")
            .contains("Daarom kunt u uw plan niet meer veranderen.")
    );
    let page = upload(&mut app, &id, "plan.pdf", "application/pdf", PDF).await;
    assert_eq!(page.status, StatusCode::CONFLICT);

    let overview = app.get(&format!("/melding/{id}/plan")).await;
    let summary = overview.text(".loket-summary-list");
    assert!(
        summary.contains("Zelf weer koken.") && !summary.contains("Iets anders."),
        "{summary}"
    );
    let (status, _, _) = app.get_bytes(&format!("/melding/{id}/plan/bestand")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a written plan has no file");
}

#[tokio::test]
async fn the_pages_speak_english_too() {
    let (mut app, id) = resident().await;
    let page = app
        .get_with(&format!("/melding/{id}/plan"), &[("accept-language", "en")])
        .await;
    assert_eq!(page.text("h1"), "Your own plan");
    assert!(
        page.text("main").contains("Friday, 27 November 2026"),
        "{}",
        page.text("main")
    );
}

#[tokio::test]
async fn where_terms_start_at_the_first_gesprek_the_deadline_waits_for_it() {
    // Lansingerland, the default profile, counts from the first gesprek (Verordening Sociaal Domein
    // Lansingerland 2018, art. 2:1 sub b).
    let mut app = TestApp::new().await;
    app.sign_in("jan@example.nl").await;
    let id = melding(&app, "jan@example.nl", "ingediend", "2026-11-09").await;
    let page = app.get(&format!("/melding/{id}/plan")).await;
    assert!(
        !page.body.contains("16 november 2026"),
        "no deadline before the gesprek has a date"
    );
    assert!(page.texts("#te-laat").is_empty());
}

#[tokio::test]
async fn a_gesprek_that_is_only_planned_leaves_the_plan_open() {
    let (mut app, id) = resident().await;
    // Monday 30 November 2026, a week after "today".
    gesprek_op(&app, &id, "2026-11-30").await;
    let form = app.get(&format!("/melding/{id}/plan/schrijven")).await;
    assert_eq!(form.status, StatusCode::OK);
    let done = write(
        &mut app,
        &id,
        &[("doelen", "Zelf weer koken."), ("actie", "inleveren")],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn large_plans_uploaded_at_the_same_moment_are_each_stored_whole() {
    let (app, _) = resident().await;
    // Four residents' plans of 9 MB at once: more than are held in memory at one time (they wait their
    // turn), each stored whole and given back byte for byte.
    let mut uploads = tokio::task::JoinSet::new();
    for n in 0..4u8 {
        let mut browser = app.other_browser();
        let email = format!("bewoner{n}@example.nl");
        browser.sign_in(&email).await;
        let id = melding(&browser, &email, "ingediend", "2026-11-20").await;
        let mut content = b"%PDF-1.7\n".to_vec();
        content.resize(9 * 1024 * 1024, b'0' + n);
        uploads.spawn(async move {
            let done = upload(&mut browser, &id, "plan.pdf", "application/pdf", &content).await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
            let (status, _, bytes) = browser
                .get_bytes(&format!("/melding/{id}/plan/bestand"))
                .await;
            assert_eq!(status, StatusCode::OK);
            assert!(bytes == content, "plan {n} came back changed");
        });
    }
    uploads.join_all().await;
    let most = loket::http::spool::most_loaded_at_once();
    assert!(
        (1..=loket::http::spool::LOADED_AT_ONCE).contains(&most),
        "{most} uploads were in memory at once"
    );
}
