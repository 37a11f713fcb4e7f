//! The right to challenge: an initiative of residents signs up, writes a proposal together, sends it, talks
//! with the municipality and gets a decision that the public page shows; support counted once per person;
//! what is not published stays out of sight; every error beside its field; a double click does things once.

use axum::http::StatusCode;

use crate::support::{TestApp, TestResponse, link_in, mail_text};

const OPRICHTER: &str = "anna@example.nl";
const LID: &str = "bram@example.nl";
const VREEMDE: &str = "vreemde@example.nl";
const CONSULENT: &str = "consulent@gemeente.nl";
const PDF: &[u8] = b"%PDF-1.4\n% begroting buurthuis\n";

async fn tel(app: &TestApp, tabel: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {tabel}")))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// What a field of the page holds: the value of its input, or the text of its textarea.
fn veld(page: &TestResponse, naam: &str) -> String {
    let inputs = page.attrs(&format!("input[name='{naam}']"), "value");
    if let Some(waarde) = inputs.into_iter().next() {
        return waarde;
    }
    page.text(&format!("textarea[name='{naam}']"))
}

/// The hidden key of the form posting to `action`.
fn sleutel(page: &TestResponse, action: &str) -> String {
    let sleutels = page.attrs(
        &format!("form[action='{action}'] input[name=sleutel]"),
        "value",
    );
    assert_eq!(
        sleutels.len(),
        1,
        "a key in the form to {action}: {}",
        page.body
    );
    assert!(sleutels[0].len() >= 16, "a key nobody guesses");
    sleutels[0].clone()
}

/// The links in mails to `email` that start with `prefix`, oldest first.
fn links_aan(app: &TestApp, email: &str, prefix: &str) -> Vec<String> {
    app.mails()
        .iter()
        .map(|m| mail_text(m))
        .filter(|m| m.to_lowercase().contains(&format!("to: {email}")))
        .filter_map(|m| link_in(&m, prefix))
        .collect()
}

/// The mails to `email` that link to `pad`, as text.
fn mails_over(app: &TestApp, email: &str, pad: &str) -> Vec<String> {
    app.mails()
        .iter()
        .map(|m| mail_text(m))
        .filter(|m| m.to_lowercase().contains(&format!("to: {email}")))
        .filter(|m| link_in(m, pad).is_some_and(|l| l == pad))
        .collect()
}

async fn bezorg(app: &TestApp) {
    for _ in 0..20 {
        let pass = app.deliver_mail().await;
        if pass.sent + pass.failed == 0 {
            break;
        }
    }
}

/// The fields of a complete sign-up of an initiative.
const INITIATIEF: &[(&str, &str)] = &[
    ("naam", "Buurtcoöperatie De Linde"),
    ("vorm", "cooperatie"),
    ("kvk", "1234 5678"),
    ("contact_naam", "Anna de Vries"),
    ("contact_email", OPRICHTER),
    ("contact_telefoon", "06 1234 5678"),
];

/// Signs up an initiative through its form, for the signed-in person; returns its id.
async fn nieuw_initiatief(app: &mut TestApp) -> String {
    let form = app.get("/uitdaagrecht/initiatief/nieuw").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let sleutel = sleutel(&form, "/uitdaagrecht/initiatief/nieuw");
    let mut velden = INITIATIEF.to_vec();
    velden.push(("sleutel", &sleutel));
    let r = app.post("/uitdaagrecht/initiatief/nieuw", &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = r
        .location()
        .strip_prefix("/uitdaagrecht/initiatief/")
        .unwrap_or_else(|| panic!("to the initiative: {}", r.location()))
        .to_owned();
    assert!(!id.is_empty() && !id.contains('/'), "{id}");
    id
}

async fn lid_erbij(app: &mut TestApp, initiatief: &str, email: &str) {
    let r = app
        .post(
            &format!("/uitdaagrecht/initiatief/{initiatief}/leden"),
            &[("email", email)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        r.location(),
        format!("/uitdaagrecht/initiatief/{initiatief}#leden")
    );
}

/// A new draft through the button on the initiative's page; returns the proposal's id.
async fn nieuw_voorstel(app: &mut TestApp, initiatief: &str) -> String {
    let pagina = app
        .get(&format!("/uitdaagrecht/initiatief/{initiatief}"))
        .await;
    assert_eq!(pagina.status, StatusCode::OK, "{}", pagina.body);
    let actie = format!("/uitdaagrecht/initiatief/{initiatief}/voorstellen");
    let sleutel = sleutel(&pagina, &actie);
    let r = app.post(&actie, &[("sleutel", &sleutel)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .strip_prefix("/uitdaagrecht/voorstel/")
        .and_then(|rest| rest.strip_suffix("/bewerken"))
        .unwrap_or_else(|| panic!("to the draft form: {}", r.location()))
        .to_owned()
}

/// Every field of a complete proposal: two budget lines of EUR 1,250.50 and EUR 800, starting 1 March 2027.
fn voorstel(openbaar: &str) -> Vec<(&'static str, String)> {
    [
        ("taak", "Het beheer van het buurthuis aan de Lindelaan"),
        (
            "wat",
            "Wij openen het buurthuis elke werkdag en plannen de activiteiten zelf.",
        ),
        ("voor_wie", "Alle bewoners van de wijk, jong en oud."),
        ("waarom_soort", "beter"),
        ("waarom_soort", "dichterbij"),
        (
            "waarom",
            "Vrijwilligers uit de buurt weten wat de wijk nodig heeft.",
        ),
        ("post-1", "Schoonmaak"),
        ("bedrag-1", "1.250,50"),
        ("post-2", "Verzekering"),
        ("bedrag-2", "800"),
        (
            "betrokkenen",
            "Twaalf vrijwilligers en de huurders van de zaal.",
        ),
        ("draagvlak", "Tweehonderd handtekeningen uit de wijk."),
        ("start-dag", "1"),
        ("start-maand", "3"),
        ("start-jaar", "2027"),
        ("openbaar", openbaar),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

/// Posts the draft form with these fields and button; without a `versie` among the fields, the one the form
/// shows now, as a browser that just opened it.
async fn bewaar(
    app: &mut TestApp,
    id: &str,
    velden: &[(&str, String)],
    actie: &str,
    bestand: Option<(&str, &[u8])>,
) -> TestResponse {
    let pad = format!("/uitdaagrecht/voorstel/{id}/bewerken");
    let versie = if velden.iter().any(|(k, _)| *k == "versie") {
        None
    } else {
        let form = app.get(&pad).await;
        let versies = form.attrs("input[name=versie]", "value");
        assert_eq!(versies.len(), 1, "{}", form.body);
        Some(versies[0].clone())
    };
    let mut alle: Vec<(&str, &str)> = velden.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if let Some(versie) = &versie {
        alle.push(("versie", versie));
    }
    alle.push(("actie", actie));
    app.post_multipart(&pad, &alle, bestand).await
}

/// The version of the draft the check page shows, in the hidden field of its send button.
fn versie_op(page: &TestResponse, id: &str) -> String {
    let versies = page.attrs(
        &format!("form[action='/uitdaagrecht/voorstel/{id}/indienen'] input[name=versie]"),
        "value",
    );
    assert_eq!(
        versies.len(),
        1,
        "the version in the send form: {}",
        page.body
    );
    versies[0].clone()
}

/// Sends the draft as the button on its check page does: opens the page and posts the version it shows.
async fn verstuur(app: &mut TestApp, id: &str) -> TestResponse {
    let controle = app
        .get(&format!("/uitdaagrecht/voorstel/{id}/controleren"))
        .await;
    assert_eq!(controle.status, StatusCode::OK, "{}", controle.body);
    let versie = versie_op(&controle, id);
    app.post(
        &format!("/uitdaagrecht/voorstel/{id}/indienen"),
        &[("versie", &versie)],
    )
    .await
}

/// The first answer form on a case page: its action, the question's id and the name of its text field, as
/// the page renders them.
fn antwoord_form(page: &TestResponse, zaak: &str) -> (String, String, String) {
    let actie = page
        .attrs("form", "action")
        .into_iter()
        .find(|a| a.starts_with(&format!("{zaak}/vraag/")))
        .unwrap_or_else(|| panic!("an answer form: {}", page.body));
    let vraag = actie.rsplit('/').next().unwrap().to_owned();
    let namen = page.attrs(&format!("form[action='{actie}'] textarea"), "name");
    assert_eq!(namen.len(), 1, "one text field per answer form: {namen:?}");
    (actie, vraag, namen[0].clone())
}

/// Signs in as the founder, signs up an initiative with `LID` as second member, and sends a complete
/// proposal. Returns (initiative, proposal); the founder stays signed in.
pub(crate) async fn ingediend(app: &mut TestApp, openbaar: &str) -> (String, String) {
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(app).await;
    lid_erbij(app, &initiatief, LID).await;
    let id = nieuw_voorstel(app, &initiatief).await;
    let r = bewaar(
        app,
        &id,
        &voorstel(openbaar),
        "controleren",
        Some(("begroting.pdf", PDF)),
    )
    .await;
    assert_eq!(
        r.location(),
        format!("/uitdaagrecht/voorstel/{id}/controleren"),
        "{}",
        r.body
    );
    let r = verstuur(app, &id).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("/uitdaagrecht/voorstel/{id}"));
    (initiatief, id)
}

/// A member of staff, signed in in a browser of their own.
async fn medewerker(app: &TestApp) -> TestApp {
    app.add_staff(CONSULENT, "Sanne Visser", false).await;
    let mut staf = app.other_browser();
    staf.sign_in(CONSULENT).await;
    staf
}

/// The ids the error summary links to.
fn samenvatting(page: &TestResponse) -> Vec<String> {
    page.attrs(".loket-error-summary a", "href")
}

/// Asserts a 422 with, for each field, a link in the error summary to `#field`, an element with that id,
/// and a message beside it.
fn fouten_bij(page: &TestResponse, velden: &[&str]) {
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    let links = samenvatting(page);
    for veld in velden {
        assert!(
            links.contains(&format!("#{veld}")),
            "{veld} in the summary: {links:?}"
        );
        assert_eq!(
            page.attrs(&format!("[id='{veld}']"), "id").len(),
            1,
            "the link lands on the field {veld}"
        );
        assert!(
            !page.text(&format!("[id='{veld}-fout']")).is_empty(),
            "a message beside {veld}: {}",
            page.body
        );
    }
}

#[tokio::test]
async fn an_initiative_proposes_talks_with_the_municipality_and_the_decision_is_public() {
    let mut app = TestApp::new().await;
    let uitleg = app.get("/uitdaagrecht").await;
    assert_eq!(uitleg.status, StatusCode::OK);
    let links = uitleg.attrs("main a", "href");
    for pad in ["/uitdaagrecht/voorstellen", "/uitdaagrecht/initiatief"] {
        assert!(links.iter().any(|l| l == pad), "{pad}: {links:?}");
    }

    app.sign_in(OPRICHTER).await;
    let mijn = app.get("/uitdaagrecht/initiatief").await;
    assert_eq!(mijn.status, StatusCode::OK);
    assert!(
        mijn.attrs("a", "href")
            .contains(&"/uitdaagrecht/initiatief/nieuw".to_owned())
    );
    let initiatief = nieuw_initiatief(&mut app).await;
    let pad_initiatief = format!("/uitdaagrecht/initiatief/{initiatief}");
    let pagina = app.get(&pad_initiatief).await;
    assert!(pagina.body.contains("Buurtcoöperatie De Linde"));
    assert!(pagina.body.contains(OPRICHTER), "the founder is a member");
    lid_erbij(&mut app, &initiatief, LID).await;
    let pagina = app.get(&pad_initiatief).await;
    assert!(pagina.text("main").contains(LID), "{}", pagina.body);
    assert!(
        app.get("/uitdaagrecht/initiatief")
            .await
            .attrs("a", "href")
            .contains(&pad_initiatief),
        "listed under your initiatives"
    );
    bezorg(&app).await;
    assert_eq!(
        links_aan(&app, LID, "/uitdaagrecht/"),
        std::slice::from_ref(&pad_initiatief),
        "the invitation links to the initiative"
    );
    let uitnodiging = app
        .mails()
        .iter()
        .map(|m| mail_text(m))
        .find(|m| m.to_lowercase().contains(&format!("to: {LID}")))
        .expect("the invitation");
    assert!(
        uitnodiging.contains("Bekijk het initiatief"),
        "the button names where it leads: {uitnodiging}"
    );

    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let bewerken = format!("/uitdaagrecht/voorstel/{id}/bewerken");
    let r = bewaar(
        &mut app,
        &id,
        &voorstel("ja"),
        "opslaan",
        Some(("begroting.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location().split('#').next(), Some(bewerken.as_str()));
    let form = app.get(&bewerken).await;
    assert_eq!(
        veld(&form, "taak"),
        "Het beheer van het buurthuis aan de Lindelaan"
    );
    assert_eq!(veld(&form, "bedrag-1"), "1.250,50");
    assert_eq!(veld(&form, "post-2"), "Verzekering");
    // The saved lines and one empty line to add another.
    assert_eq!(veld(&form, "post-3"), "");
    assert!(form.attrs("input[name=post-4]", "value").is_empty());
    assert_eq!(
        form.attrs("input[name=waarom_soort][checked]", "value"),
        ["beter", "dichterbij"]
    );
    assert_eq!(form.attrs("input[name=openbaar][checked]", "value"), ["ja"]);
    assert!(form.body.contains("begroting.pdf"), "the upload is listed");

    let r = bewaar(&mut app, &id, &voorstel("ja"), "controleren", None).await;
    let controleren = format!("/uitdaagrecht/voorstel/{id}/controleren");
    assert_eq!(r.location(), controleren, "{}", r.body);
    let controle = app.get(&controleren).await;
    assert_eq!(controle.status, StatusCode::OK);
    let antwoorden = controle.text(".loket-summary-list");
    for getypt in [
        "Het beheer van het buurthuis aan de Lindelaan",
        "Wij openen het buurthuis elke werkdag",
        "Alle bewoners van de wijk, jong en oud.",
        "Vrijwilligers uit de buurt weten wat de wijk nodig heeft.",
        "Schoonmaak",
        "Verzekering",
        "Twaalf vrijwilligers",
        "Tweehonderd handtekeningen",
        "begroting.pdf",
        "1 maart 2027",
    ] {
        assert!(antwoorden.contains(getypt), "{getypt}: {antwoorden}");
    }
    // 1,250.50 + 800.
    assert!(antwoorden.contains("2.050,50"), "the total: {antwoorden}");
    let wijzig = controle.attrs(".loket-summary-list a", "href");
    for veld in [
        "taak",
        "wat",
        "voor_wie",
        "waarom",
        "betrokkenen",
        "draagvlak",
    ] {
        assert!(
            wijzig.contains(&format!("{bewerken}#{veld}")),
            "{veld}: {wijzig:?}"
        );
    }
    assert!(
        controle
            .attrs("main form", "action")
            .contains(&format!("/uitdaagrecht/voorstel/{id}/indienen"))
    );

    let versie = versie_op(&controle, &id);
    let r = app
        .post(
            &format!("/uitdaagrecht/voorstel/{id}/indienen"),
            &[("versie", &versie)],
        )
        .await;
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    assert_eq!(r.location(), zaak, "{}", r.body);
    let pagina = app.get(&zaak).await;
    assert_eq!(pagina.status, StatusCode::OK);
    let referentie = pagina.text(".loket-referentie");
    assert!(referentie.starts_with("UR-2026-"), "{}", pagina.body);
    assert_eq!(referentie.len(), "UR-2026-".len() + 6, "{referentie}");
    assert!(
        pagina.text("main").contains("23 november 2026"),
        "sent today"
    );
    // A sent proposal is no longer edited: its form leads to the case.
    let r = app.get(&bewerken).await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, zaak.as_str())
    );
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        let mails = mails_over(&app, lid, &zaak);
        assert_eq!(mails.len(), 1, "{lid}: the confirmation");
        assert!(
            mails[0].contains(&format!(
                "De gemeente heeft voorstel {referentie} ontvangen"
            )),
            "{lid}: {}",
            mails[0]
        );
    }

    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    let lijst = staf.get("/medewerker?soort=uitdaagrecht").await;
    assert_eq!(lijst.status, StatusCode::OK);
    let detail_pad = format!("/medewerker/uitdaagrecht/{id}");
    assert!(
        lijst.attrs("a", "href").contains(&detail_pad),
        "{}",
        lijst.body
    );
    assert!(lijst.body.contains(&referentie));
    let detail = staf.get(&detail_pad).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        detail
            .body
            .contains("Het beheer van het buurthuis aan de Lindelaan")
    );
    assert!(detail.body.contains("Buurtcoöperatie De Linde"));
    let bijlage = detail
        .attrs("a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{detail_pad}/bijlage/")))
        .expect("the attachment for staff");
    let (status, headers, bytes) = staf.get_bytes(&bijlage).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, PDF));
    assert_eq!(headers["x-content-type-options"], "nosniff");

    let r = staf
        .post(
            &format!("{detail_pad}/gesprek"),
            &[(
                "bericht",
                "Wij nodigen u uit voor een gesprek op het stadhuis.",
            )],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        let mails = mails_over(&app, lid, &zaak);
        assert_eq!(mails.len(), 2, "{lid}: in conversation");
        assert!(mails[1].contains("Wij nodigen u uit voor een gesprek"));
    }
    let r = staf
        .post(
            &format!("{detail_pad}/vraag"),
            &[("vraag", "Hoeveel vrijwilligers hebben een VOG?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        let mails = mails_over(&app, lid, &zaak);
        assert_eq!(mails.len(), 3, "{lid}: the question");
        assert!(mails[2].contains(&format!("Een vraag over voorstel {referentie}")));
        assert!(mails[2].contains("Hoeveel vrijwilligers hebben een VOG?"));
    }

    // The invited member answers in the portal.
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let pagina = lid.get(&zaak).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(
        pagina
            .body
            .contains("Hoeveel vrijwilligers hebben een VOG?")
    );
    assert!(pagina.body.contains("Wij nodigen u uit voor een gesprek"));
    assert!(
        pagina.text("main").contains("Sanne Visser"),
        "who of the municipality looked: {}",
        pagina.text("main")
    );
    let (antwoord, vraag, antwoord_veld) = antwoord_form(&pagina, &zaak);
    assert_eq!(antwoord_veld, format!("antwoord-{vraag}"));
    // The founder opens the same question before the member answers it.
    let oprichter_pagina = app.get(&zaak).await;
    assert_eq!(
        antwoord_form(&oprichter_pagina, &zaak),
        (antwoord.clone(), vraag.clone(), antwoord_veld.clone())
    );
    let r = lid
        .post(
            &antwoord,
            &[(&antwoord_veld, "Alle twaalf hebben een VOG.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{zaak}#vraag-{vraag}"));
    assert!(
        lid.get(&zaak)
            .await
            .body
            .contains("Alle twaalf hebben een VOG.")
    );
    // The founder's answer comes second: not saved, the first stays, and the founder's text is on the page
    // to copy.
    let te_laat = app
        .post(&antwoord, &[(&antwoord_veld, "Tien van de twaalf.")])
        .await;
    assert_eq!(te_laat.status, StatusCode::CONFLICT, "{}", te_laat.body);
    assert!(
        te_laat
            .text("main")
            .contains("Een ander lid beantwoordde deze vraag al"),
        "{}",
        te_laat.text("main")
    );
    assert!(
        te_laat.text("blockquote").contains("Tien van de twaalf."),
        "{}",
        te_laat.body
    );
    assert!(te_laat.text("main").contains("Alle twaalf hebben een VOG."));
    let opgeslagen: String =
        sqlx::query_scalar("SELECT antwoord FROM uitdaag_vragen WHERE id = $1")
            .bind(&vraag)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(opgeslagen, "Alle twaalf hebben een VOG.");
    let detail = staf.get(&detail_pad).await;
    assert!(
        detail.body.contains("Alle twaalf hebben een VOG."),
        "{}",
        detail.body
    );

    let toelichting = "Het buurthuis gaat over; de schoonmaak blijft bij de gemeente.";
    let r = staf
        .post(
            &format!("{detail_pad}/besluit"),
            &[("uitkomst", "deels"), ("toelichting", toelichting)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        let mails = mails_over(&app, lid, &zaak);
        assert_eq!(mails.len(), 4, "{lid}: the decision");
        assert!(
            mails[3].contains("Het initiatief neemt een deel van de taak over."),
            "{lid}: the mail names the outcome: {}",
            mails[3]
        );
    }
    let pagina = lid.get(&zaak).await;
    assert!(pagina.body.contains(toelichting));
    // The history has every step, in order, by who took it.
    let geschiedenis = staf.get(&detail_pad).await.texts("#geschiedenis tbody tr");
    let verwacht = [
        "Het voorstel is verstuurd.",
        "De gemeente nodigt het initiatief uit voor een gesprek.",
        "De gemeente stelt een vraag.",
        "Het initiatief geeft antwoord.",
        "Besluit: Het initiatief neemt een deel van de taak over.",
    ];
    assert_eq!(geschiedenis.len(), verwacht.len(), "{geschiedenis:?}");
    for (rij, wat) in geschiedenis.iter().zip(verwacht) {
        assert!(rij.contains(wat), "{rij}");
    }
    assert!(
        geschiedenis[4].contains("Sanne Visser"),
        "{}",
        geschiedenis[4]
    );

    let mut anoniem = app.other_browser();
    let lijst = anoniem.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(lijst.status, StatusCode::OK);
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    assert!(
        lijst.attrs("a", "href").contains(&openbaar),
        "{}",
        lijst.body
    );
    let regel = lijst.text("main li");
    for verwacht in [
        "Het beheer van het buurthuis aan de Lindelaan",
        "Van: Buurtcoöperatie De Linde",
        "Besloten",
        "Nog geen inwoners steunen dit voorstel.",
    ] {
        assert!(regel.contains(verwacht), "{verwacht}: {regel}");
    }
    let publiek = anoniem.get(&openbaar).await;
    assert_eq!(publiek.status, StatusCode::OK, "{}", publiek.body);
    let tekst = publiek.text("main");
    for verwacht in [
        "Het beheer van het buurthuis aan de Lindelaan",
        "Alle bewoners van de wijk, jong en oud.",
        "2.050,50",
        "Schoonmaak",
        "1 maart 2027",
        // Sent, and decided, both today.
        "23 november 2026",
        toelichting,
    ] {
        assert!(tekst.contains(verwacht), "{verwacht}: {tekst}");
    }
    assert!(
        tekst.contains("Status: Besloten"),
        "status decided: {tekst}"
    );
    assert!(
        tekst.contains("Het initiatief neemt een deel van de taak over."),
        "the outcome: {tekst}"
    );
    // What the members and the municipality said to each other is not for the public.
    assert!(!tekst.contains("VOG"), "{tekst}");
    assert!(
        publiek
            .attrs("a", "href")
            .iter()
            .any(|h| h.starts_with("/inloggen")),
        "anonymous: a sign-in link to support"
    );
    assert!(
        publiek
            .attrs("form", "action")
            .iter()
            .all(|a| !a.ends_with("/steun")),
        "anonymous: no support form"
    );
    // The public page leaves out how to reach the members and what they attached.
    for prive in [OPRICHTER, LID, "06 1234 5678", "begroting.pdf", "/bijlage/"] {
        assert!(!publiek.body.contains(prive), "{prive} is not public");
    }
}

#[tokio::test]
async fn members_edit_one_draft_and_an_old_form_overwrites_nobody() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    // Typed with capitals; the member signs in in lower case all the same.
    lid_erbij(&mut app, &initiatief, "Bram@Example.NL").await;
    let dubbel = app
        .post(
            &format!("/uitdaagrecht/initiatief/{initiatief}/leden"),
            &[("email", LID)],
        )
        .await;
    fouten_bij(&dubbel, &["email"]);
    assert!(dubbel.text("#email-fout").contains("al lid"));
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let bewerken = format!("/uitdaagrecht/voorstel/{id}/bewerken");
    let mut eerste = voorstel("ja");
    eerste.retain(|(k, _)| *k == "taak");
    let r = bewaar(&mut app, &id, &eerste, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The invited member signs in elsewhere, finds the initiative and adds to the draft.
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    assert!(
        lid.get("/uitdaagrecht/initiatief")
            .await
            .attrs("a", "href")
            .contains(&format!("/uitdaagrecht/initiatief/{initiatief}"))
    );
    let form = lid.get(&bewerken).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        veld(&form, "taak"),
        "Het beheer van het buurthuis aan de Lindelaan"
    );
    let mut tweede = eerste.clone();
    tweede.push((
        "wat",
        "De sleutel ligt bij de buren op nummer 3.".to_owned(),
    ));
    let r = bewaar(&mut lid, &id, &tweede, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = app.get(&bewerken).await;
    assert_eq!(
        veld(&form, "taak"),
        "Het beheer van het buurthuis aan de Lindelaan"
    );
    assert_eq!(
        veld(&form, "wat"),
        "De sleutel ligt bij de buren op nummer 3."
    );

    // Both open the form; the founder saves first, then the member saves the form as it was opened.
    let versie = form.attrs("input[name=versie]", "value")[0].clone();
    assert_eq!(
        lid.get(&bewerken)
            .await
            .attrs("input[name=versie]", "value"),
        std::slice::from_ref(&versie)
    );
    let van_a = vec![
        ("taak", "Beheer van het buurthuis".to_owned()),
        (
            "wat",
            "De sleutel ligt bij de buren op nummer 3.".to_owned(),
        ),
        ("versie", versie.clone()),
    ];
    let r = bewaar(&mut app, &id, &van_a, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let van_b = vec![
        (
            "taak",
            "Het beheer van het buurthuis aan de Lindelaan".to_owned(),
        ),
        ("wat", "Open op werkdagen van negen tot vijf.".to_owned()),
        ("versie", versie.clone()),
    ];
    let botsing = bewaar(&mut lid, &id, &van_b, "opslaan", None).await;
    assert_eq!(botsing.status, StatusCode::CONFLICT, "{}", botsing.body);
    assert_eq!(
        veld(&botsing, "wat"),
        "Open op werkdagen van negen tot vijf."
    );
    assert!(
        botsing
            .text("main")
            .contains("Een ander lid heeft dit voorstel opgeslagen terwijl u schreef."),
        "the notice"
    );
    assert!(
        botsing.text("main").contains("Had u een bijlage gekozen"),
        "a chosen file must be chosen again"
    );
    // What the other member saved, to take over from.
    assert!(
        botsing
            .texts(".loket-details")
            .iter()
            .any(|t| t.contains("Wat het andere lid opsloeg")
                && t.contains("Beheer van het buurthuis")),
        "{}",
        botsing.body
    );
    let nieuwe_versie = botsing.attrs("input[name=versie]", "value");
    assert_eq!(nieuwe_versie.len(), 1);
    assert_ne!(
        nieuwe_versie[0], versie,
        "the form now holds the newer version"
    );
    let form = app.get(&bewerken).await;
    assert_eq!(
        veld(&form, "taak"),
        "Beheer van het buurthuis",
        "A's work kept"
    );
    assert_eq!(
        veld(&form, "wat"),
        "De sleutel ligt bij de buren op nummer 3."
    );

    // Pressing again saves on purpose.
    let opnieuw = vec![
        ("taak", "Beheer van het buurthuis".to_owned()),
        ("wat", "Open op werkdagen van negen tot vijf.".to_owned()),
        ("versie", nieuwe_versie[0].clone()),
    ];
    let r = bewaar(&mut lid, &id, &opnieuw, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        veld(&app.get(&bewerken).await, "wat"),
        "Open op werkdagen van negen tot vijf."
    );

    // The member adds a photo; the founder sees it and ticks it away again.
    let mut zelfde = opnieuw.clone();
    zelfde.pop();
    let r = bewaar(
        &mut lid,
        &id,
        &zelfde,
        "opslaan",
        Some(("zaal.png", b"\x89PNG\r\n\x1a\nrest")),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = app.get(&bewerken).await;
    let weg = form.attrs("input[name=bijlage-weg]", "value");
    assert_eq!(weg.len(), 1, "{}", form.body);
    assert!(form.body.contains("zaal.png"));
    zelfde.push(("bijlage-weg", weg[0].clone()));
    let r = bewaar(&mut app, &id, &zelfde, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = lid.get(&bewerken).await;
    assert!(!form.body.contains("zaal.png"), "removed for both");
    assert_eq!(tel(&app, "documenten").await, 0);
    assert_eq!(veld(&form, "taak"), "Beheer van het buurthuis");
}

#[tokio::test]
async fn support_is_counted_once_per_resident_and_stops_at_the_decision() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "ja").await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    let steun = format!("{openbaar}/steun");
    let pool = app.state.db.pool.clone();
    let aantal = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM uitdaag_steun WHERE voorstel_id = $1")
            .bind(&id)
            .fetch_one(&pool)
            .await
            .unwrap()
    };

    let mut eva = app.other_browser();
    eva.sign_in("eva@example.nl").await;
    let pagina = eva.get(&openbaar).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(
        pagina.attrs("form", "action").contains(&steun),
        "{}",
        pagina.body
    );
    for _ in 0..2 {
        let r = eva.post(&steun, &[("steun", "ja")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location().split('#').next(), Some(openbaar.as_str()));
    }
    let mut tim = app.other_browser();
    tim.sign_in("tim@example.nl").await;
    let r = tim.post(&steun, &[("steun", "ja")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(aantal().await, 2);
    let pagina = tim.get(&openbaar).await;
    assert!(
        pagina
            .text("#steun")
            .contains("2 inwoners steunen dit voorstel."),
        "{}",
        pagina.text("#steun")
    );

    let r = eva.post(&steun, &[("steun", "nee")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(aantal().await, 1, "withdrawn");

    let mut anoniem = app.other_browser();
    let r = anoniem.post(&steun, &[("steun", "ja")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());
    assert_eq!(aantal().await, 1, "anonymous support is not counted");

    // Staff act for the municipality: their support does not count and they get no button.
    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    assert!(
        staf.get(&openbaar)
            .await
            .attrs("form", "action")
            .iter()
            .all(|a| *a != steun)
    );
    let r = staf.post(&steun, &[("steun", "ja")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(aantal().await, 1, "staff support is not counted");
    let r = staf
        .post(
            &format!("/medewerker/uitdaagrecht/{id}/besluit"),
            &[
                ("uitkomst", "overgenomen"),
                ("toelichting", "Een goed plan."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = eva.post(&steun, &[("steun", "ja")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location().split('#').next(), Some(openbaar.as_str()));
    let r = tim.post(&steun, &[("steun", "nee")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(aantal().await, 1, "after the decision nothing changes");
    assert!(
        eva.get(&openbaar)
            .await
            .attrs("form", "action")
            .iter()
            .all(|a| *a != steun),
        "no support form after the decision"
    );
}

#[tokio::test]
async fn what_is_not_published_is_seen_by_the_members_only() {
    let mut app = TestApp::new().await;
    let (initiatief, id) = ingediend(&mut app, "nee").await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let bijlage = app
        .get(&zaak)
        .await
        .attrs("a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{zaak}/bijlage/")))
        .expect("the attachment on the case page");
    assert_eq!(app.get_bytes(&bijlage).await.0, StatusCode::OK);
    // The members see their case, not a public page.
    assert_eq!(app.get(&zaak).await.status, StatusCode::OK);
    assert_eq!(app.get(&openbaar).await.status, StatusCode::NOT_FOUND);

    let mut anoniem = app.other_browser();
    assert_eq!(anoniem.get(&openbaar).await.status, StatusCode::NOT_FOUND);
    let lijst = anoniem.get("/uitdaagrecht/voorstellen").await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert!(!lijst.body.contains(&id), "{}", lijst.body);
    assert!(!lijst.body.contains("Het beheer van het buurthuis"));
    let r = anoniem.get(&zaak).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/inloggen"), "{}", r.location());

    let mut vreemde = app.other_browser();
    vreemde.sign_in(VREEMDE).await;
    assert_eq!(vreemde.get(&openbaar).await.status, StatusCode::NOT_FOUND);
    for pad in [
        zaak.clone(),
        format!("{zaak}/bewerken"),
        format!("{zaak}/controleren"),
        bijlage.clone(),
        format!("/uitdaagrecht/initiatief/{initiatief}"),
        "/medewerker/uitdaagrecht".to_owned(),
        format!("/medewerker/uitdaagrecht/{id}"),
    ] {
        let r = vreemde.get(&pad).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{pad}");
        assert!(!r.body.contains("Het beheer van het buurthuis"), "{pad}");
    }
    let tekst = vreemde.get("/uitdaagrecht/initiatief").await.body;
    assert!(!tekst.contains("Buurtcoöperatie De Linde"));
    for (pad, velden) in [
        (format!("{zaak}/openbaar"), vec![("openbaar", "ja")]),
        (
            format!("/uitdaagrecht/initiatief/{initiatief}/leden"),
            vec![("email", VREEMDE)],
        ),
        (
            format!("/uitdaagrecht/initiatief/{initiatief}/voorstellen"),
            vec![],
        ),
        (format!("{zaak}/indienen"), vec![]),
    ] {
        assert_eq!(
            vreemde.post(&pad, &velden).await.status,
            StatusCode::NOT_FOUND,
            "{pad}"
        );
    }
    let r = vreemde
        .post_multipart(
            &format!("{zaak}/bewerken"),
            &[("taak", "Weg"), ("actie", "opslaan")],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        tel(&app, "initiatief_leden").await,
        2,
        "the stranger did not join"
    );
    assert_eq!(
        anoniem.get(&openbaar).await.status,
        StatusCode::NOT_FOUND,
        "still hidden"
    );

    // Not through a proposal of one's own either.
    let r = vreemde
        .post(
            "/uitdaagrecht/initiatief/nieuw",
            &[
                ("naam", "Vereniging Om de Hoek"),
                ("vorm", "vereniging"),
                ("contact_naam", "Vera Vreemd"),
                ("contact_email", VREEMDE),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let eigen = r
        .location()
        .trim_start_matches("/uitdaagrecht/initiatief/")
        .to_owned();
    let eigen_voorstel = nieuw_voorstel(&mut vreemde, &eigen).await;
    let bijlage_id = bijlage.rsplit('/').next().unwrap();
    let (status, _, bytes) = vreemde
        .get_bytes(&format!(
            "/uitdaagrecht/voorstel/{eigen_voorstel}/bijlage/{bijlage_id}"
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_ne!(bytes, PDF);

    // A draft that says "public" is not public before it is sent, and staff do not see it either.
    let concept = nieuw_voorstel(&mut app, &initiatief).await;
    let r = bewaar(&mut app, &concept, &voorstel("ja"), "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let publiek = format!("/uitdaagrecht/voorstellen/{concept}");
    assert_eq!(anoniem.get(&publiek).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&publiek).await.status, StatusCode::NOT_FOUND);
    assert!(
        !anoniem
            .get("/uitdaagrecht/voorstellen")
            .await
            .body
            .contains(&concept)
    );
    let r = vreemde
        .post(&format!("{publiek}/steun"), &[("steun", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "no support for a draft");
    let r = vreemde
        .post(&format!("{openbaar}/steun"), &[("steun", "ja")])
        .await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "nor for a proposal kept private"
    );
    assert_eq!(tel(&app, "uitdaag_steun").await, 0);
    let mut staf = medewerker(&app).await;
    let lijst = staf.get("/medewerker?soort=uitdaagrecht").await;
    assert!(
        lijst
            .attrs("a", "href")
            .contains(&format!("/medewerker/uitdaagrecht/{id}"))
    );
    assert!(!lijst.body.contains(&concept), "no drafts for staff");
    assert_eq!(
        staf.get(&format!("/medewerker/uitdaagrecht/{concept}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Published later by the members: now it is public.
    let r = app
        .post(&format!("{zaak}/openbaar"), &[("openbaar", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(anoniem.get(&openbaar).await.status, StatusCode::OK);
    let r = app
        .post(&format!("{zaak}/openbaar"), &[("openbaar", "nee")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(anoniem.get(&openbaar).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_error_of_the_sign_up_stays_beside_its_field() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let leeg = app
        .post(
            "/uitdaagrecht/initiatief/nieuw",
            &[
                ("naam", ""),
                ("kvk", ""),
                ("contact_naam", ""),
                ("contact_email", ""),
                ("contact_telefoon", ""),
            ],
        )
        .await;
    fouten_bij(&leeg, &["naam", "vorm", "contact_naam", "contact_email"]);
    for niet in ["kvk", "contact_telefoon"] {
        assert!(
            leeg.text(&format!("[id='{niet}-fout']")).is_empty(),
            "{niet} is optional"
        );
    }

    let lang = "x".repeat(201);
    let fout = app
        .post(
            "/uitdaagrecht/initiatief/nieuw",
            &[
                ("naam", &lang),
                ("vorm", "bedrijf"),
                ("kvk", "1234567"),
                ("contact_naam", "Anna de Vries"),
                ("contact_email", "anna-at-example"),
                ("contact_telefoon", "bel me"),
            ],
        )
        .await;
    fouten_bij(
        &fout,
        &["naam", "vorm", "kvk", "contact_email", "contact_telefoon"],
    );
    assert_eq!(veld(&fout, "naam"), lang);
    assert_eq!(veld(&fout, "kvk"), "1234567");
    assert_eq!(veld(&fout, "contact_naam"), "Anna de Vries");
    assert_eq!(veld(&fout, "contact_email"), "anna-at-example");
    assert_eq!(veld(&fout, "contact_telefoon"), "bel me");
    let fout = app
        .post(
            "/uitdaagrecht/initiatief/nieuw",
            &[
                ("naam", "De Linde"),
                ("vorm", "stichting"),
                ("kvk", "1234 56789"),
                ("contact_naam", "Anna de Vries"),
                ("contact_email", OPRICHTER),
            ],
        )
        .await;
    fouten_bij(&fout, &["kvk"]);
    assert_eq!(
        fout.attrs("input[name=vorm][checked]", "value"),
        ["stichting"]
    );
    assert_eq!(tel(&app, "initiatieven").await, 0, "nothing stored");

    // Adding a member: an address that is none, and one that is a member already.
    let initiatief = nieuw_initiatief(&mut app).await;
    let leden = format!("/uitdaagrecht/initiatief/{initiatief}/leden");
    for email in ["", "bram-example", OPRICHTER] {
        let r = app.post(&leden, &[("email", email)]).await;
        fouten_bij(&r, &["email"]);
        assert_eq!(veld(&r, "email"), email);
    }
    assert_eq!(tel(&app, "initiatief_leden").await, 1);
}

#[tokio::test]
async fn every_error_of_the_proposal_stays_beside_its_field_with_the_input_kept() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;

    let leeg = bewaar(&mut app, &id, &[], "controleren", None).await;
    fouten_bij(
        &leeg,
        &[
            "taak",
            "wat",
            "voor_wie",
            "waarom_soort",
            "waarom",
            "post-1",
            "betrokkenen",
            "draagvlak",
            "start",
            "openbaar",
        ],
    );
    assert!(
        leeg.text(".loket-error-summary")
            .contains("Er is een probleem")
    );

    // Bad values: an amount that is none, two half lines, a start in the past, a file of the wrong type.
    let mut slecht: Vec<(&str, String)> = voorstel("ja")
        .into_iter()
        .filter(|(k, _)| {
            !k.starts_with("post-") && !k.starts_with("bedrag-") && !k.starts_with("start-")
        })
        .collect();
    slecht.extend(
        [
            ("post-1", "Schoonmaak"),
            ("bedrag-1", "abc"),
            ("post-2", "Verzekering"),
            ("bedrag-2", ""),
            ("post-3", ""),
            ("bedrag-3", "100"),
            ("start-dag", "1"),
            ("start-maand", "1"),
            ("start-jaar", "2020"),
        ]
        .map(|(k, v)| (k, v.to_owned())),
    );
    let fout = bewaar(
        &mut app,
        &id,
        &slecht,
        "controleren",
        Some(("virus.exe", b"MZ\x90\x00")),
    )
    .await;
    fouten_bij(
        &fout,
        &["bedrag-1", "bedrag-2", "post-3", "start", "bestand"],
    );
    for goed in ["taak", "wat", "post-1", "post-2", "bedrag-3", "openbaar"] {
        assert!(
            fout.text(&format!("[id='{goed}-fout']")).is_empty(),
            "{goed}: {}",
            fout.body
        );
    }
    assert_eq!(veld(&fout, "bedrag-1"), "abc");
    assert_eq!(veld(&fout, "post-2"), "Verzekering");
    assert_eq!(veld(&fout, "bedrag-3"), "100");
    assert_eq!(veld(&fout, "start-jaar"), "2020");
    assert_eq!(
        veld(&fout, "taak"),
        "Het beheer van het buurthuis aan de Lindelaan"
    );
    assert_eq!(fout.attrs("input[name=openbaar][checked]", "value"), ["ja"]);
    assert_eq!(
        fout.attrs("input[name=waarom_soort][checked]", "value"),
        ["beter", "dichterbij"]
    );
    assert_eq!(
        tel(&app, "documenten").await,
        0,
        "the wrong file is not kept"
    );
    // A PDF one byte over 10 MB.
    let mut groot = PDF.to_vec();
    groot.resize(10 * 1024 * 1024 + 1, b' ');
    let r = bewaar(
        &mut app,
        &id,
        &slecht,
        "opslaan",
        Some(("groot.pdf", &groot)),
    )
    .await;
    fouten_bij(&r, &["bestand"]);
    assert_eq!(tel(&app, "documenten").await, 0, "too big is not kept");

    // A date that does not exist, today (not after today), texts too long, a choice that is none.
    for (dag, maand, jaar) in [("31", "2", "2027"), ("23", "11", "2026"), ("", "3", "2027")] {
        let mut velden: Vec<(&str, String)> = voorstel("ja")
            .into_iter()
            .filter(|(k, _)| !k.starts_with("start-"))
            .collect();
        velden.extend([
            ("start-dag", dag.to_owned()),
            ("start-maand", maand.to_owned()),
            ("start-jaar", jaar.to_owned()),
        ]);
        let r = bewaar(&mut app, &id, &velden, "controleren", None).await;
        fouten_bij(&r, &["start"]);
        assert_eq!(veld(&r, "start-dag"), dag);
        assert_eq!(
            samenvatting(&r),
            ["#start"],
            "only the date: {dag}-{maand}-{jaar}"
        );
    }
    let mut te_lang: Vec<(&str, String)> = voorstel("misschien")
        .into_iter()
        .filter(|(k, _)| !["taak", "wat", "waarom_soort"].contains(k))
        .collect();
    te_lang.extend([
        ("taak", "t".repeat(301)),
        ("wat", "w".repeat(4001)),
        ("waarom_soort", "sneller".to_owned()),
    ]);
    let r = bewaar(&mut app, &id, &te_lang, "controleren", None).await;
    fouten_bij(&r, &["taak", "wat", "waarom_soort", "openbaar"]);
    assert_eq!(veld(&r, "taak"), "t".repeat(301));

    // Saving keeps what was typed, also when it is not complete.
    let mut half = slecht.clone();
    half.retain(|(k, _)| !["draagvlak"].contains(k));
    let r = bewaar(&mut app, &id, &half, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let form = app
        .get(&format!("/uitdaagrecht/voorstel/{id}/bewerken"))
        .await;
    assert_eq!(veld(&form, "bedrag-1"), "abc");
    assert_eq!(veld(&form, "start-jaar"), "2020");
    assert_eq!(veld(&form, "draagvlak"), "");
    // An incomplete draft cannot skip to the check page or be sent: the form shows what is missing.
    let r = app
        .get(&format!("/uitdaagrecht/voorstel/{id}/controleren"))
        .await;
    fouten_bij(&r, &["draagvlak", "bedrag-1"]);
    let r = app
        .post(&format!("/uitdaagrecht/voorstel/{id}/indienen"), &[])
        .await;
    fouten_bij(&r, &["draagvlak", "bedrag-1"]);
    assert_eq!(
        tel(&app, "uitdaag_voorstellen WHERE status = 'concept'").await,
        1,
        "an incomplete draft is not sent"
    );
}

#[tokio::test]
async fn the_forms_of_staff_and_the_answer_form_name_what_is_missing() {
    let mut app = TestApp::new().await;
    let (initiatief, id) = ingediend(&mut app, "ja").await;
    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    let pad = format!("/medewerker/uitdaagrecht/{id}");
    let pool = app.state.db.pool.clone();
    let status = || async {
        sqlx::query_scalar::<_, String>("SELECT status FROM uitdaag_voorstellen WHERE id = $1")
            .bind(&id)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let r = staf
        .post(&format!("{pad}/gesprek"), &[("bericht", "  ")])
        .await;
    fouten_bij(&r, &["bericht"]);
    let r = staf.post(&format!("{pad}/vraag"), &[("vraag", "")]).await;
    fouten_bij(&r, &["vraag"]);
    let lang = "v".repeat(4001);
    let r = staf
        .post(&format!("{pad}/vraag"), &[("vraag", &lang)])
        .await;
    fouten_bij(&r, &["vraag"]);
    assert_eq!(veld(&r, "vraag"), lang);
    let r = staf
        .post(&format!("{pad}/besluit"), &[("toelichting", "")])
        .await;
    fouten_bij(&r, &["uitkomst", "toelichting"]);
    let lang_besluit = "t".repeat(8001);
    let r = staf
        .post(
            &format!("{pad}/besluit"),
            &[("uitkomst", "deels"), ("toelichting", &lang_besluit)],
        )
        .await;
    fouten_bij(&r, &["toelichting"]);
    let precies = "t".repeat(8000);
    let r = staf
        .post(&format!("{pad}/besluit"), &[("toelichting", &precies)])
        .await;
    fouten_bij(&r, &["uitkomst"]);
    assert!(
        r.text("#toelichting-fout").is_empty(),
        "8000 characters may be used"
    );
    let r = staf
        .post(
            &format!("{pad}/besluit"),
            &[("uitkomst", "misschien"), ("toelichting", "Onze redenen.")],
        )
        .await;
    fouten_bij(&r, &["uitkomst"]);
    assert_eq!(veld(&r, "toelichting"), "Onze redenen.");
    let r = staf
        .post(
            &format!("{pad}/besluit"),
            &[("uitkomst", "afgewezen"), ("toelichting", "")],
        )
        .await;
    fouten_bij(&r, &["toelichting"]);
    assert_eq!(
        r.attrs("input[name=uitkomst][checked]", "value"),
        ["afgewezen"]
    );
    assert_eq!(status().await, "ontvangen", "nothing changed");
    assert_eq!(tel(&app, "uitdaag_vragen").await, 0);

    let r = staf
        .post(
            &format!("{pad}/vraag"),
            &[("vraag", "Wie heeft de sleutel?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let (antwoord, vraag, antwoord_veld) = antwoord_form(&app.get(&zaak).await, &zaak);

    // A stranger neither answers nor takes members off; a resident (the founder) takes none of the staff's
    // steps and downloads nothing through the staff's address.
    let mut vreemde = app.other_browser();
    vreemde.sign_in(VREEMDE).await;
    let r = vreemde
        .post(&antwoord, &[(&antwoord_veld, "Van een vreemde.")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    let r = vreemde
        .post(
            &format!("/uitdaagrecht/initiatief/{initiatief}/leden/weg"),
            &[("lid", LID)],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    assert_eq!(tel(&app, "initiatief_leden").await, 2);
    let staf_bijlage = staf
        .get(&pad)
        .await
        .attrs("a", "href")
        .into_iter()
        .find(|h| h.starts_with(&format!("{pad}/bijlage/")))
        .expect("the attachment for staff");
    for (stap, velden) in [
        ("gesprek", vec![("bericht", "Kom langs.")]),
        ("vraag", vec![("vraag", "Van een inwoner?")]),
        (
            "besluit",
            vec![
                ("uitkomst", "overgenomen"),
                ("toelichting", "Zelf besloten."),
            ],
        ),
    ] {
        let r = app.post(&format!("{pad}/{stap}"), &velden).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{stap}: {}", r.body);
    }
    let (code, _, bytes) = app.get_bytes(&staf_bijlage).await;
    assert_eq!(code, StatusCode::NOT_FOUND);
    assert_ne!(bytes, PDF);
    assert_eq!(status().await, "ontvangen", "nothing changed");
    assert_eq!(tel(&app, "uitdaag_vragen").await, 1);
    // A field of another name is no answer to this question, whatever it holds.
    let r = app
        .post(&antwoord, &[("antwoord", "De buren op nummer 3.")])
        .await;
    fouten_bij(&r, &[&antwoord_veld]);
    assert_eq!(
        tel(&app, "uitdaag_vragen WHERE antwoord IS NOT NULL").await,
        0
    );
    let r = app.post(&antwoord, &[(&antwoord_veld, " ")]).await;
    fouten_bij(&r, &[&format!("antwoord-{vraag}")]);
    assert!(
        r.text(&format!("#antwoord-{vraag}-fout"))
            .contains("Schrijf uw antwoord.")
    );
    assert!(
        r.body.contains("Wie heeft de sleutel?"),
        "the question stays in sight"
    );
    let lang = "a".repeat(4001);
    let r = app.post(&antwoord, &[(&antwoord_veld, &lang)]).await;
    fouten_bij(&r, &[&format!("antwoord-{vraag}")]);
    assert_eq!(
        veld(&r, &format!("antwoord-{vraag}")),
        lang,
        "the answer typed is kept"
    );
    assert_eq!(
        tel(&app, "uitdaag_vragen WHERE antwoord IS NOT NULL").await,
        0
    );

    // After the decision an open question can no longer be answered.
    let r = staf
        .post(
            &format!("{pad}/besluit"),
            &[
                ("uitkomst", "afgewezen"),
                ("toelichting", "Te weinig vrijwilligers."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pagina = app.get(&zaak).await;
    assert!(!pagina.attrs("form", "action").contains(&antwoord));
    assert!(
        pagina
            .text("main")
            .contains("U kunt deze vraag niet meer beantwoorden.")
    );
    let r = app.post(&antwoord, &[(&antwoord_veld, "Te laat.")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.text("main").contains("of de gemeente heeft al besloten"),
        "{}",
        r.text("main")
    );
    assert!(
        r.text("blockquote").contains("Te laat."),
        "the text to copy"
    );
    assert_eq!(
        tel(&app, "uitdaag_vragen WHERE antwoord IS NOT NULL").await,
        0
    );
}

#[tokio::test]
async fn a_double_click_signs_up_once_makes_one_draft_and_sends_once() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let form = app.get("/uitdaagrecht/initiatief/nieuw").await;
    let sleutel_initiatief = sleutel(&form, "/uitdaagrecht/initiatief/nieuw");
    let mut velden = INITIATIEF.to_vec();
    velden.push(("sleutel", &sleutel_initiatief));
    let eerste = app.post("/uitdaagrecht/initiatief/nieuw", &velden).await;
    let tweede = app.post("/uitdaagrecht/initiatief/nieuw", &velden).await;
    assert_eq!(eerste.status, StatusCode::SEE_OTHER, "{}", eerste.body);
    assert_eq!(tweede.status, StatusCode::SEE_OTHER, "{}", tweede.body);
    assert_eq!(eerste.location(), tweede.location(), "the same initiative");
    assert_eq!(tel(&app, "initiatieven").await, 1);
    assert_eq!(tel(&app, "initiatief_leden").await, 1);
    let opnieuw = app.get("/uitdaagrecht/initiatief/nieuw").await;
    assert_ne!(
        sleutel(&opnieuw, "/uitdaagrecht/initiatief/nieuw"),
        sleutel_initiatief,
        "a new form may sign up another initiative"
    );

    let initiatief = eerste
        .location()
        .trim_start_matches("/uitdaagrecht/initiatief/")
        .to_owned();
    lid_erbij(&mut app, &initiatief, LID).await;
    let pagina = app
        .get(&format!("/uitdaagrecht/initiatief/{initiatief}"))
        .await;
    let actie = format!("/uitdaagrecht/initiatief/{initiatief}/voorstellen");
    let sleutel_voorstel = sleutel(&pagina, &actie);
    let eerste = app.post(&actie, &[("sleutel", &sleutel_voorstel)]).await;
    let tweede = app.post(&actie, &[("sleutel", &sleutel_voorstel)]).await;
    assert_eq!(eerste.status, StatusCode::SEE_OTHER, "{}", eerste.body);
    assert_eq!(eerste.location(), tweede.location(), "the same draft");
    assert_eq!(tel(&app, "uitdaag_voorstellen").await, 1);
    let pagina = app
        .get(&format!("/uitdaagrecht/initiatief/{initiatief}"))
        .await;
    assert!(
        pagina
            .attrs("a", "href")
            .contains(&eerste.location().to_owned()),
        "the draft is listed with the initiative"
    );

    let id = eerste
        .location()
        .trim_start_matches("/uitdaagrecht/voorstel/")
        .trim_end_matches("/bewerken")
        .to_owned();
    let r = bewaar(
        &mut app,
        &id,
        &voorstel("ja"),
        "controleren",
        Some(("begroting.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let versie = versie_op(&app.get(&format!("{zaak}/controleren")).await, &id);
    for _ in 0..2 {
        let r = app
            .post(&format!("{zaak}/indienen"), &[("versie", &versie)])
            .await;
        assert_eq!(
            (r.status, r.location()),
            (StatusCode::SEE_OTHER, zaak.as_str()),
            "{}",
            r.body
        );
    }
    let referenties: Vec<Option<String>> =
        sqlx::query_scalar("SELECT referentie FROM uitdaag_voorstellen")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(referenties.len(), 1);
    let referentie = referenties[0].clone().expect("a reference");
    assert_eq!(app.get(&zaak).await.text(".loket-referentie"), referentie);
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        assert_eq!(
            mails_over(&app, lid, &zaak).len(),
            1,
            "{lid}: one confirmation"
        );
    }
    // The decision posted twice (or changed in an old tab) stands as first taken, mailed once; the later
    // posts say so and keep what was typed.
    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    let besluit = format!("/medewerker/uitdaagrecht/{id}/besluit");
    for (klik, (uitkomst, toelichting)) in [
        ("afgewezen", "Geen budget dit jaar."),
        ("afgewezen", "Geen budget dit jaar."),
        ("overgenomen", "Toch wel."),
    ]
    .into_iter()
    .enumerate()
    {
        let r = staf
            .post(
                &besluit,
                &[("uitkomst", uitkomst), ("toelichting", toelichting)],
            )
            .await;
        if klik == 0 {
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        } else {
            assert_eq!(r.status, StatusCode::CONFLICT, "{klik}: {}", r.body);
            assert!(
                r.text("main").contains("Niet vastgelegd"),
                "{}",
                r.text("main")
            );
            assert!(r.text("blockquote").contains(toelichting), "{}", r.body);
        }
    }
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        assert_eq!(
            mails_over(&app, lid, &zaak).len(),
            2,
            "{lid}: one decision mail"
        );
    }
    let besloten: (String, String) =
        sqlx::query_as("SELECT uitkomst, toelichting FROM uitdaag_voorstellen WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        besloten,
        ("afgewezen".to_owned(), "Geen budget dit jaar.".to_owned())
    );

    // An old tab of the form changes nothing of what was sent; the case page says so and shows what was
    // typed, to copy.
    let mut anders = voorstel("nee");
    anders[0].1 = "Iets heel anders".to_owned();
    anders.push(("versie", versie.clone()));
    let pad = format!("{zaak}/bewerken");
    let mut alle: Vec<(&str, &str)> = anders.iter().map(|(k, v)| (*k, v.as_str())).collect();
    alle.push(("actie", "opslaan"));
    let r = app.post_multipart(&pad, &alle, None).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.text("main").contains(
            "Wij konden uw wijzigingen niet bewaren. Iemand had het voorstel al verstuurd."
        ),
        "{}",
        r.text("main")
    );
    assert!(
        r.texts(".loket-details")
            .iter()
            .any(|t| t.contains("Wat u schreef") && t.contains("Iets heel anders")),
        "{}",
        r.body
    );
    assert_eq!(r.text(".loket-referentie"), referentie, "the case page");
    let taak: String = sqlx::query_scalar("SELECT taak FROM uitdaag_voorstellen")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(taak, "Het beheer van het buurthuis aan de Lindelaan");
}

// The case page has a heading about publishing right above the publish radios: with the same id, the error
// summary's link would land on the heading.
#[tokio::test]
async fn the_publish_choice_without_a_choice_links_to_its_radios() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "ja").await;
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let pagina = app.get(&zaak).await;
    assert_eq!(
        pagina.attrs("[id=openbaar]", "id").len(),
        1,
        "one element per id"
    );
    let r = app.post(&format!("{zaak}/openbaar"), &[]).await;
    fouten_bij(&r, &["openbaar"]);
    assert_eq!(
        r.attrs("#openbaar", "type"),
        ["radio"],
        "the error link lands on the first radio"
    );
    assert_eq!(
        r.attrs("input[name=openbaar][checked]", "value"),
        ["ja"],
        "the stored choice is still shown"
    );
}

// "Voor wie", "betrokkenen" and "draagvlak" are a paragraph or two, shorter than the other texts.
#[tokio::test]
async fn the_shorter_answers_stop_at_2000_characters() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let lang = "w".repeat(2001);
    let mut velden: Vec<(&str, String)> = voorstel("ja")
        .into_iter()
        .filter(|(k, _)| !["voor_wie", "betrokkenen", "draagvlak"].contains(k))
        .collect();
    for veld in ["voor_wie", "betrokkenen", "draagvlak"] {
        velden.push((veld, lang.clone()));
    }
    let r = bewaar(&mut app, &id, &velden, "controleren", None).await;
    fouten_bij(&r, &["voor_wie", "betrokkenen", "draagvlak"]);
    assert!(
        r.text("#voor_wie-fout").contains("2000"),
        "{}",
        r.text("#voor_wie-fout")
    );
    // Exactly 2000 is fine.
    let precies = "w".repeat(2000);
    for (k, v) in velden.iter_mut() {
        if ["voor_wie", "betrokkenen", "draagvlak"].contains(k) {
            *v = precies.clone();
        }
    }
    let r = bewaar(&mut app, &id, &velden, "controleren", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

// The second post of a double click carries the version the first one already replaced; it must not get the
// page that says another member saved in between.
#[tokio::test]
async fn a_double_click_on_a_button_of_the_draft_form_is_no_conflict() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let form = app
        .get(&format!("/uitdaagrecht/voorstel/{id}/bewerken"))
        .await;
    let mut velden = voorstel("ja");
    velden.push((
        "versie",
        form.attrs("input[name=versie]", "value")[0].clone(),
    ));
    for actie in ["opslaan", "controleren"] {
        for klik in 0..2 {
            let r = bewaar(&mut app, &id, &velden, actie, Some(("begroting.pdf", PDF))).await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "{actie}, click {klik}: {}",
                r.body
            );
        }
    }
    assert_eq!(tel(&app, "documenten").await, 1, "the same file once");
}

// The member's own language, whoever sends the proposal.
#[tokio::test]
async fn english_readers_get_the_pages_and_the_mails_in_english() {
    let mut app = TestApp::new().await;
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let r = lid.get("/taal/en?terug=%2Fmijn-loket").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (_, id) = ingediend(&mut app, "ja").await;
    bezorg(&app).await;
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let mails = mails_over(&app, LID, &zaak);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("lang=\"en\""), "{}", mails[0]);
    assert!(
        mails[0].contains("Dear member of the initiative,")
            && !mails[0].contains("Beste lid van het initiatief"),
        "the mail is in English: {}",
        mails[0]
    );
    assert_eq!(
        mails_over(&app, OPRICHTER, &zaak)
            .iter()
            .filter(|m| m.contains("Beste lid van het initiatief"))
            .count(),
        1,
        "the founder reads Dutch"
    );
    let pagina = lid.get(&zaak).await;
    assert_eq!(pagina.attrs("html", "lang"), ["en"]);
    assert!(
        pagina.text("main").contains("Number of your proposal"),
        "{}",
        pagina.text("main")
    );
    let uitleg = app
        .other_browser()
        .get_with("/uitdaagrecht", &[("accept-language", "en")])
        .await;
    assert_eq!(
        uitleg.text("h1"),
        "Right to challenge (uitdaagrecht): take over a task of the municipality"
    );
}

#[tokio::test]
async fn the_demo_has_an_initiative_with_a_proposal_in_every_step() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    loket::demo::vul(&app.state).await.unwrap();
    assert_eq!(tel(&app, "initiatieven").await, 1, "added once");
    assert_eq!(tel(&app, "uitdaag_voorstellen").await, 4);

    let lijst = app.get("/uitdaagrecht/voorstellen").await;
    let openbaar: Vec<String> = lijst
        .attrs("main a", "href")
        .into_iter()
        .filter(|h| h.starts_with("/uitdaagrecht/voorstellen/"))
        .collect();
    assert_eq!(openbaar.len(), 3, "the sent ones: {openbaar:?}");
    let tekst = lijst.text("main");
    for titel in [
        "Samen boodschappen doen in het dorp",
        "Buren helpen elkaar thuis",
        "Een plek om samen koffie te drinken",
        "Van: Wij in De Linde",
    ] {
        assert!(tekst.contains(titel), "{titel}: {tekst}");
    }
    let mut statussen = Vec::new();
    for pad in &openbaar {
        let pagina = app.get(pad).await;
        assert_eq!(pagina.status, StatusCode::OK, "{pad}");
        assert!(
            pagina
                .text("#steun")
                .contains("1 inwoner steunt dit voorstel.")
        );
        statussen.push(pagina.text("main").contains("Status: Besloten"));
    }
    statussen.sort();
    assert_eq!(statussen, [false, false, true]);

    app.sign_in("bewoner@example.nl").await;
    let mijn = app.get("/uitdaagrecht/initiatief").await;
    let initiatief = mijn
        .attrs("main a", "href")
        .into_iter()
        .find(|h| h.starts_with("/uitdaagrecht/initiatief/") && !h.ends_with("/nieuw"))
        .expect("the demo initiative");
    let pagina = app.get(&initiatief).await;
    assert!(
        pagina.text("h1").contains("Wij in De Linde"),
        "{}",
        pagina.text("h1")
    );
    // The complete draft's title opens its check page; a second link goes back to its form.
    let links: Vec<(String, String)> = pagina
        .attrs("main a", "href")
        .into_iter()
        .zip(pagina.texts("main a"))
        .collect();
    let controleren = links
        .iter()
        .find(|(h, _)| h.ends_with("/controleren"))
        .expect("the draft's check page");
    assert_eq!(controleren.1, "Een klussendienst voor ouderen in de wijk");
    assert!(
        links.contains(&(
            controleren.0.replace("/controleren", "/bewerken"),
            "Of schrijf er nog aan verder".to_owned()
        )),
        "{links:?}"
    );
    let voorstellen: Vec<String> = pagina
        .attrs("main a", "href")
        .into_iter()
        .filter(|h| h.starts_with("/uitdaagrecht/voorstel/"))
        .collect();
    // A complete draft links to its check page and to its form.
    let mut ids: Vec<&str> = voorstellen
        .iter()
        .filter_map(|h| h.split('/').nth(3))
        .collect();
    ids.dedup();
    assert_eq!(ids.len(), 4, "{voorstellen:?}");
    assert!(
        voorstellen.iter().any(|h| h.ends_with("/controleren")),
        "the demo draft is complete: {voorstellen:?}"
    );
    for pad in &voorstellen {
        assert_eq!(app.get(pad).await.status, StatusCode::OK, "{pad}");
    }
    let concept = voorstellen
        .iter()
        .find(|p| p.ends_with("/bewerken"))
        .expect("the draft");
    let controle = app.get(&concept.replace("/bewerken", "/controleren")).await;
    assert_eq!(
        controle.status,
        StatusCode::OK,
        "the demo draft is complete"
    );

    app.clear_cookies();
    app.sign_in("medewerker@example.nl").await;
    let staf = app.get("/medewerker?soort=uitdaagrecht").await;
    assert_eq!(staf.status, StatusCode::OK);
    assert_eq!(staf.texts("tbody tr").len(), 3);
}

// A contact person who became a member without the invitation every other member gets would receive the
// mails of a group nobody told them about: only the one who signs up is a member, others are asked in.
#[tokio::test]
async fn a_contact_person_is_no_member_without_an_invitation() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let r = app
        .post(
            "/uitdaagrecht/initiatief/nieuw",
            &[
                ("naam", "Stichting Groen Dorp"),
                ("vorm", "stichting"),
                ("contact_naam", "Bram Bakker"),
                ("contact_email", LID),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = r.location().to_owned();
    bezorg(&app).await;
    assert!(
        links_aan(&app, LID, "/uitdaagrecht/").is_empty(),
        "no mail to the contact person"
    );
    assert_eq!(tel(&app, "initiatief_leden").await, 1, "the founder only");
    // The contact person signs in and finds no initiative of theirs.
    let mut contact = app.other_browser();
    contact.sign_in(LID).await;
    assert_eq!(contact.get(&pad).await.status, StatusCode::NOT_FOUND);
    assert!(
        !contact
            .get("/uitdaagrecht/initiatief")
            .await
            .attrs("a", "href")
            .contains(&pad)
    );
    // A member asks them in: now they are a member, with the mail every member gets.
    lid_erbij(
        &mut app,
        pad.trim_start_matches("/uitdaagrecht/initiatief/"),
        LID,
    )
    .await;
    bezorg(&app).await;
    assert_eq!(
        links_aan(&app, LID, "/uitdaagrecht/"),
        std::slice::from_ref(&pad)
    );
    assert_eq!(contact.get(&pad).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_member_taken_off_the_list_no_longer_sees_the_initiative() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    let pad = format!("/uitdaagrecht/initiatief/{initiatief}");
    let weg = format!("{pad}/leden/weg");
    lid_erbij(&mut app, &initiatief, LID).await;
    lid_erbij(&mut app, &initiatief, "carla@example.nl").await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let bewerken = format!("/uitdaagrecht/voorstel/{id}/bewerken");
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    assert_eq!(lid.get(&bewerken).await.status, StatusCode::OK);

    // The founder may take anyone off; any other member only themselves.
    let keuzes = |pagina: &TestResponse| {
        let mut k = pagina.attrs(&format!("form[action='{weg}'] input[name=lid]"), "value");
        k.sort();
        k
    };
    let pagina = app.get(&pad).await;
    assert_eq!(
        keuzes(&pagina),
        [OPRICHTER, LID, "carla@example.nl"],
        "{}",
        pagina.body
    );
    let pagina = lid.get(&pad).await;
    assert_eq!(keuzes(&pagina), [LID], "{}", pagina.body);
    let r = lid.post(&weg, &[("lid", "carla@example.nl")]).await;
    fouten_bij(&r, &["lid"]);
    assert_eq!(tel(&app, "initiatief_leden").await, 3, "Carla stays");
    fouten_bij(&app.post(&weg, &[]).await, &["lid"]);
    fouten_bij(
        &app.post(&weg, &[("lid", "niemand@example.nl")]).await,
        &["lid"],
    );

    let r = app.post(&weg, &[("lid", "BRAM@example.nl")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{pad}#leden"));
    assert!(!app.get(&pad).await.text("main").contains(LID));
    for pagina in [pad.as_str(), bewerken.as_str()] {
        assert_eq!(
            lid.get(pagina).await.status,
            StatusCode::NOT_FOUND,
            "{pagina}"
        );
    }
    assert!(
        !lid.get("/uitdaagrecht/initiatief")
            .await
            .body
            .contains("Buurtcoöperatie De Linde")
    );
    assert_eq!(
        lid.post(&weg, &[("lid", "carla@example.nl")]).await.status,
        StatusCode::NOT_FOUND,
        "a former member takes nobody off"
    );

    // The mails of the proposal go to the members that are left.
    let r = bewaar(&mut app, &id, &voorstel("nee"), "controleren", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = verstuur(&mut app, &id).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    bezorg(&app).await;
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    assert!(mails_over(&app, LID, &zaak).is_empty());
    assert_eq!(mails_over(&app, "carla@example.nl", &zaak).len(), 1);

    // Carla leaves herself.
    let mut carla = app.other_browser();
    carla.sign_in("carla@example.nl").await;
    let r = carla.post(&weg, &[("lid", "carla@example.nl")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/uitdaagrecht/initiatief");
    assert_eq!(carla.get(&zaak).await.status, StatusCode::NOT_FOUND);
    assert_eq!(tel(&app, "initiatief_leden").await, 1);

    // The last member cannot leave: an initiative without members would be lost to everyone.
    let r = app.post(&weg, &[("lid", OPRICHTER)]).await;
    fouten_bij(&r, &["lid"]);
    assert!(
        r.text("#lid-fout")
            .contains("Een initiatief heeft altijd ten minste één lid."),
        "{}",
        r.text("#lid-fout")
    );
    assert_eq!(tel(&app, "initiatief_leden").await, 1);
    assert_eq!(app.get(&pad).await.status, StatusCode::OK);
}

// A member who checked the draft sends what they saw: a change another member saved after the check page
// was opened is not sent unseen.
#[tokio::test]
async fn a_draft_changed_after_the_check_page_was_opened_is_not_sent_unseen() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &initiatief, LID).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let r = bewaar(&mut app, &id, &voorstel("ja"), "controleren", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let controleren = format!("/uitdaagrecht/voorstel/{id}/controleren");
    let indienen = format!("/uitdaagrecht/voorstel/{id}/indienen");
    let zaak = format!("/uitdaagrecht/voorstel/{id}");

    // A opens the check page; B changes the task meanwhile.
    let controle = app.get(&controleren).await;
    let oud = versie_op(&controle, &id);
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let mut anders = voorstel("ja");
    anders[0].1 = "Het beheer van de speeltuin".to_owned();
    let r = bewaar(&mut lid, &id, &anders, "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let r = app.post(&indienen, &[("versie", &oud)]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.text("main")
            .contains("Een ander lid heeft het voorstel veranderd nadat u deze pagina opende.")
            && r.text("main")
                .contains("Wij hebben het nog niet verstuurd."),
        "{}",
        r.text("main")
    );
    assert!(
        r.text(".loket-summary-list")
            .contains("Het beheer van de speeltuin"),
        "the draft as it is now"
    );
    let nieuw = versie_op(&r, &id);
    assert_ne!(nieuw, oud, "the page holds the version it shows");
    assert_eq!(
        tel(
            &app,
            "uitdaag_voorstellen WHERE status = 'concept' AND referentie IS NULL"
        )
        .await,
        1,
        "nothing sent"
    );
    bezorg(&app).await;
    for wie in [OPRICHTER, LID] {
        assert!(mails_over(&app, wie, &zaak).is_empty(), "{wie}: no mail");
    }
    // Without a version it is no post of the check page's button either.
    let r = app.post(&indienen, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);

    // Sent again from the page that shows the change: sent.
    let r = app.post(&indienen, &[("versie", &nieuw)]).await;
    assert_eq!(
        (r.status, r.location()),
        (StatusCode::SEE_OTHER, zaak.as_str()),
        "{}",
        r.body
    );
    let pagina = app.get(&zaak).await;
    assert!(pagina.text("main").contains("Het beheer van de speeltuin"));
    bezorg(&app).await;
    for wie in [OPRICHTER, LID] {
        assert_eq!(mails_over(&app, wie, &zaak).len(), 1, "{wie}: one mail");
    }
}

// Two colleagues on one proposal: the step the second takes on what they saw before the first moved it on is
// not taken, and what they typed comes back to copy.
#[tokio::test]
async fn a_colleague_who_was_first_wins_and_the_second_keeps_the_text() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "ja").await;
    let mut sanne = medewerker(&app).await;
    sanne.reden_geven(&id).await;
    app.add_staff("collega@gemeente.nl", "Kees Jansen", false)
        .await;
    let mut kees = app.other_browser();
    kees.sign_in("collega@gemeente.nl").await;
    kees.reden_geven(&id).await;
    let pad = format!("/medewerker/uitdaagrecht/{id}");
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let pool = app.state.db.pool.clone();
    let stand = || async {
        sqlx::query_as::<_, (String, Option<String>, Option<String>)>(
            "SELECT status, uitkomst, toelichting FROM uitdaag_voorstellen WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let te_laat = |r: &TestResponse, getypt: &str| {
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
        assert!(
            r.text("main").contains(
                "Niet vastgelegd: een collega heeft het voorstel intussen een stap verder gebracht."
            ),
            "{}",
            r.text("main")
        );
        assert!(r.text("blockquote").contains(getypt), "{}", r.body);
    };
    assert_eq!(sanne.get(&pad).await.status, StatusCode::OK);
    assert_eq!(kees.get(&pad).await.status, StatusCode::OK);

    let r = sanne
        .post(
            &format!("{pad}/gesprek"),
            &[("bericht", "Wij nodigen u uit op het stadhuis.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = kees
        .post(
            &format!("{pad}/gesprek"),
            &[("bericht", "Zullen wij dinsdag bellen?")],
        )
        .await;
    te_laat(&r, "Zullen wij dinsdag bellen?");
    assert!(
        r.text("main")
            .contains("Wij nodigen u uit op het stadhuis.")
    );

    let r = sanne
        .post(
            &format!("{pad}/besluit"),
            &[
                ("uitkomst", "deels"),
                ("toelichting", "Het buurthuis gaat over."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = kees
        .post(
            &format!("{pad}/besluit"),
            &[
                ("uitkomst", "overgenomen"),
                ("toelichting", "Alles gaat over."),
            ],
        )
        .await;
    te_laat(&r, "Alles gaat over.");
    let r = kees
        .post(
            &format!("{pad}/vraag"),
            &[("vraag", "Hoeveel vrijwilligers zijn er?")],
        )
        .await;
    te_laat(&r, "Hoeveel vrijwilligers zijn er?");
    let r = kees
        .post(
            &format!("{pad}/gesprek"),
            &[("bericht", "Toch een gesprek.")],
        )
        .await;
    te_laat(&r, "Toch een gesprek.");

    assert_eq!(
        stand().await,
        (
            "besloten".to_owned(),
            Some("deels".to_owned()),
            Some("Het buurthuis gaat over.".to_owned())
        )
    );
    assert_eq!(tel(&app, "uitdaag_vragen").await, 0);
    bezorg(&app).await;
    for lid in [OPRICHTER, LID] {
        let mails = mails_over(&app, lid, &zaak);
        // Sent, in conversation, decided: nothing of the second colleague.
        assert_eq!(mails.len(), 3, "{lid}");
        assert!(mails.iter().all(|m| !m.contains("dinsdag bellen")));
        // The clock stands still in tests: the mails are not ordered, so look for the decision among them.
        assert!(
            mails
                .iter()
                .any(|m| m.contains("Het initiatief neemt een deel van de taak over.")),
            "{mails:?}"
        );
    }
}

// A member of staff who is in an initiative could otherwise decide on its proposal: the initiative's pages
// are for residents only.
#[tokio::test]
async fn staff_do_not_use_the_pages_of_an_initiative() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &initiatief, CONSULENT).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let mut staf = medewerker(&app).await;
    for pad in [
        "/uitdaagrecht/initiatief".to_owned(),
        "/uitdaagrecht/initiatief/nieuw".to_owned(),
        format!("/uitdaagrecht/initiatief/{initiatief}"),
        format!("/uitdaagrecht/voorstel/{id}/bewerken"),
        format!("/uitdaagrecht/voorstel/{id}"),
    ] {
        let r = staf.get(&pad).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{pad}");
    }
    for (pad, velden) in [
        (
            "/uitdaagrecht/initiatief/nieuw".to_owned(),
            INITIATIEF.to_vec(),
        ),
        (
            format!("/uitdaagrecht/initiatief/{initiatief}/leden"),
            vec![("email", VREEMDE)],
        ),
        (
            format!("/uitdaagrecht/initiatief/{initiatief}/voorstellen"),
            vec![],
        ),
    ] {
        let r = staf.post(&pad, &velden).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{pad}");
    }
    assert_eq!(tel(&app, "initiatieven").await, 1);
    assert_eq!(tel(&app, "initiatief_leden").await, 2);
    assert_eq!(tel(&app, "uitdaag_voorstellen").await, 1);
}

// Every new member gets a mail the portal sends on one member's word: so many a day per member, over all
// initiatives, and so many members per initiative.
#[tokio::test]
async fn a_member_adds_20_members_a_day_and_an_initiative_has_50_at_most() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let a = nieuw_initiatief(&mut app).await;
    let b = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &a, LID).await;
    lid_erbij(&mut app, &b, LID).await;
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let adres = |n: usize| format!("lid{n:02}@example.nl");
    for n in 1..=10 {
        lid_erbij(&mut lid, &a, &adres(n)).await;
        lid_erbij(&mut lid, &b, &adres(n + 10)).await;
    }
    for initiatief in [&a, &b] {
        let r = lid
            .post(
                &format!("/uitdaagrecht/initiatief/{initiatief}/leden"),
                &[("email", "lid21@example.nl")],
            )
            .await;
        fouten_bij(&r, &["email"]);
        assert!(
            r.text("#email-fout")
                .contains("U voegde in de laatste 24 uur al 20 leden toe."),
            "{}",
            r.text("#email-fout")
        );
        assert_eq!(veld(&r, "email"), "lid21@example.nl");
    }
    bezorg(&app).await;
    assert!(links_aan(&app, "lid21@example.nl", "/uitdaagrecht/").is_empty());
    assert_eq!(
        links_aan(&app, &adres(20), "/uitdaagrecht/"),
        [format!("/uitdaagrecht/initiatief/{b}")]
    );

    // The next days it goes on, until the initiative has 50 members.
    for dag in 0..2 {
        // The count is over the last 24 hours; the fixed clock put every earlier add at the same moment.
        app.clock
            .advance(time::Duration::days(1) + time::Duration::minutes(1));
        lid.sign_in(LID).await;
        let aantal = if dag == 0 { 20 } else { 18 };
        for n in 0..aantal {
            lid_erbij(&mut lid, &a, &format!("dag{dag}-{n:02}@example.nl")).await;
        }
    }
    assert_eq!(
        tel(
            &app,
            &format!("initiatief_leden WHERE initiatief_id = '{a}'")
        )
        .await,
        50
    );
    let r = lid
        .post(
            &format!("/uitdaagrecht/initiatief/{a}/leden"),
            &[("email", "nummer51@example.nl")],
        )
        .await;
    fouten_bij(&r, &["email"]);
    assert!(
        r.text("#email-fout").contains("al 50 leden"),
        "{}",
        r.text("#email-fout")
    );
    assert_eq!(
        tel(
            &app,
            &format!("initiatief_leden WHERE initiatief_id = '{a}'")
        )
        .await,
        50
    );
}

// Truly at the same moment, on several threads (on PostgreSQL each request waits on the proposal's row): two
// members saving one version, two colleagues deciding, and one resident's support sent four times.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn at_the_same_moment_one_save_one_decision_and_one_support_count() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &initiatief, LID).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let pad = format!("/uitdaagrecht/voorstel/{id}/bewerken");
    let versie = app.get(&pad).await.attrs("input[name=versie]", "value")[0].clone();
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;

    // Both opened the same version; each types another task and presses save at once.
    let mut saves = Vec::new();
    for (mut browser, taak) in [
        (app.other_browser(), "De taak volgens Anna"),
        (lid.other_browser(), "De taak volgens Bram"),
    ] {
        if taak.ends_with("Anna") {
            browser.use_cookie_jar(app.cookie_jar());
        } else {
            browser.use_cookie_jar(lid.cookie_jar());
        }
        let pad = pad.clone();
        let versie = versie.clone();
        saves.push(tokio::spawn(async move {
            let r = browser
                .post_multipart(
                    &pad,
                    &[("taak", taak), ("versie", &versie), ("actie", "opslaan")],
                    None,
                )
                .await;
            (r.status, taak)
        }));
    }
    let mut bewaard = Vec::new();
    let mut conflict = 0;
    for s in saves {
        match s.await.unwrap() {
            (StatusCode::SEE_OTHER, taak) => bewaard.push(taak),
            (StatusCode::CONFLICT, _) => conflict += 1,
            (other, _) => panic!("{other}"),
        }
    }
    assert_eq!((bewaard.len(), conflict), (1, 1), "one save wins");
    let taak: String = sqlx::query_scalar("SELECT taak FROM uitdaag_voorstellen WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(taak, bewaard[0], "the saved text is the winner's, whole");

    // Complete and send it, published, then let staff decide at once.
    let r = bewaar(&mut app, &id, &voorstel("ja"), "controleren", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(verstuur(&mut app, &id).await.status, StatusCode::SEE_OTHER);

    let mut steun = Vec::new();
    let mut inwoner = app.other_browser();
    inwoner.sign_in(VREEMDE).await;
    for _ in 0..4 {
        let mut browser = inwoner.other_browser();
        browser.use_cookie_jar(inwoner.cookie_jar());
        let pad = format!("/uitdaagrecht/voorstellen/{id}/steun");
        steun.push(tokio::spawn(async move {
            browser.post(&pad, &[("steun", "ja")]).await.status
        }));
    }
    for s in steun {
        assert_eq!(s.await.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(tel(&app, "uitdaag_steun").await, 1, "support counts once");

    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    let mut besluiten = Vec::new();
    for toelichting in ["Eerste reden.", "Tweede reden."] {
        let mut browser = staf.other_browser();
        browser.use_cookie_jar(staf.cookie_jar());
        let pad = format!("/medewerker/uitdaagrecht/{id}/besluit");
        besluiten.push(tokio::spawn(async move {
            let r = browser
                .post(
                    &pad,
                    &[("uitkomst", "afgewezen"), ("toelichting", toelichting)],
                )
                .await;
            r.status
        }));
    }
    let mut statussen = Vec::new();
    for b in besluiten {
        statussen.push(b.await.unwrap());
    }
    statussen.sort();
    assert_eq!(
        statussen,
        [StatusCode::SEE_OTHER, StatusCode::CONFLICT],
        "one decision stands, the other colleague is told"
    );
    bezorg(&app).await;
    let besluit_mails = mails_over(&app, OPRICHTER, &format!("/uitdaagrecht/voorstel/{id}"))
        .into_iter()
        .filter(|m| m.contains("De gemeente neemt het voorstel niet over."))
        .count();
    assert_eq!(besluit_mails, 1, "one decision mail");
}

// A new contact person or name is the group's business: any member changes it, with the same checks as at
// sign-up; nobody else reaches the form.
#[tokio::test]
async fn a_member_changes_the_details_of_the_initiative() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &initiatief, LID).await;
    let pad = format!("/uitdaagrecht/initiatief/{initiatief}/gegevens");
    let pagina = app
        .get(&format!("/uitdaagrecht/initiatief/{initiatief}"))
        .await;
    assert!(pagina.attrs("main a", "href").contains(&pad));

    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let form = lid.get(&pad).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert_eq!(
        form.attrs("input[name=naam]", "value"),
        ["Buurtcoöperatie De Linde"],
        "the form shows the details as they are"
    );

    let mut velden: Vec<(&str, &str)> = INITIATIEF.to_vec();
    velden.retain(|(k, _)| !k.starts_with("contact_") && *k != "kvk");
    velden.extend([
        ("kvk", "1234"),
        ("contact_naam", ""),
        ("contact_email", "bram@"),
        ("contact_telefoon", ""),
    ]);
    let r = lid.post(&pad, &velden).await;
    fouten_bij(&r, &["kvk", "contact_naam", "contact_email"]);
    assert_eq!(r.attrs("input[name=contact_email]", "value"), ["bram@"]);

    velden.retain(|(k, _)| !k.starts_with("contact_") && *k != "kvk");
    velden.extend([
        ("kvk", ""),
        ("contact_naam", "Bram Jansen"),
        ("contact_email", LID),
        ("contact_telefoon", ""),
    ]);
    let r = lid.post(&pad, &velden).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        r.location(),
        format!("/uitdaagrecht/initiatief/{initiatief}")
    );
    let pagina = app
        .get(&format!("/uitdaagrecht/initiatief/{initiatief}"))
        .await;
    let tekst = pagina.text("main");
    assert!(
        tekst.contains("Bram Jansen") && !tekst.contains("Anna de Vries"),
        "{tekst}"
    );
    assert!(
        !tekst.contains("1234 5678") && !tekst.contains("12345678"),
        "the KVK number is gone"
    );

    let mut vreemde = app.other_browser();
    vreemde.sign_in(VREEMDE).await;
    assert_eq!(vreemde.get(&pad).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        vreemde.post(&pad, &velden).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_question_sent_twice_from_one_form_is_asked_and_mailed_once() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "nee").await;
    let zaak = format!("/uitdaagrecht/voorstel/{id}");
    let mut staf = medewerker(&app).await;
    staf.reden_geven(&id).await;
    let pad = format!("/medewerker/uitdaagrecht/{id}");
    let pagina = staf.get(&pad).await;
    let sleutel = pagina
        .attrs(
            &format!("form[action='{pad}/vraag'] input[name=sleutel]"),
            "value",
        )
        .pop()
        .expect("the question form has a one-time key");
    bezorg(&app).await;
    let voor = mails_over(&app, OPRICHTER, &zaak).len();
    for _ in 0..2 {
        let r = staf
            .post(
                &format!("{pad}/vraag"),
                &[
                    ("vraag", "Wie is uw vaste aanspreekpunt?"),
                    ("sleutel", &sleutel),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location(), format!("{pad}#vragen"));
    }
    let pagina = staf.get(&pad).await;
    assert_eq!(
        pagina
            .body
            .matches("Wie is uw vaste aanspreekpunt?")
            .count(),
        1,
        "asked once"
    );
    let geschiedenis = pagina.texts("#geschiedenis tbody tr");
    assert_eq!(
        geschiedenis
            .iter()
            .filter(|r| r.contains("De gemeente stelt een vraag."))
            .count(),
        1,
        "{geschiedenis:?}"
    );
    bezorg(&app).await;
    assert_eq!(
        mails_over(&app, OPRICHTER, &zaak).len(),
        voor + 1,
        "mailed once"
    );
    // A new form asks a new question.
    let r = staf
        .post(
            &format!("{pad}/vraag"),
            &[
                ("vraag", "Hoeveel vrijwilligers doen mee?"),
                ("sleutel", "ander-formulier"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        staf.get(&pad)
            .await
            .body
            .contains("Hoeveel vrijwilligers doen mee?")
    );
}

async fn tel_van(app: &TestApp, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_member_deletes_a_draft_proposal_with_its_attachments_for_every_member() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    lid_erbij(&mut app, &initiatief, LID).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let r = bewaar(
        &mut app,
        &id,
        &voorstel("ja"),
        "opslaan",
        Some(("begroting.pdf", PDF)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = format!("/uitdaagrecht/voorstel/{id}");
    let documenten = "SELECT COUNT(*) FROM documenten WHERE zaak_id = $1";
    assert_eq!(tel_van(&app, documenten, &id).await, 1);
    let form = app.get(&format!("{pad}/bewerken")).await;
    assert!(
        form.attrs("a", "href")
            .contains(&format!("{pad}/verwijderen"))
    );

    let mut vreemde = app.other_browser();
    vreemde.sign_in(VREEMDE).await;
    assert_eq!(
        vreemde.get(&format!("{pad}/verwijderen")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = vreemde
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
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

    // Another member may throw it away: the draft is the initiative's.
    let mut lid = app.other_browser();
    lid.sign_in(LID).await;
    let ja = lid
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(
        ja.location(),
        format!("/uitdaagrecht/initiatief/{initiatief}?verwijderd=concept")
    );
    let pagina = lid.get(ja.location()).await;
    assert!(
        pagina.body.contains("U heeft het concept verwijderd."),
        "{}",
        pagina.body
    );
    assert!(!pagina.body.contains(&id));
    assert_eq!(
        app.get(&format!("{pad}/bewerken")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(tel_van(&app, documenten, &id).await, 0);
    let regels = "SELECT COUNT(*) FROM uitdaag_begroting WHERE voorstel_id = $1";
    assert_eq!(tel_van(&app, regels, &id).await, 0);
    assert_eq!(tel(&app, "document_delen").await, 0);
}

#[tokio::test]
async fn a_sent_proposal_cannot_be_deleted() {
    let mut app = TestApp::new().await;
    app.sign_in(OPRICHTER).await;
    let initiatief = nieuw_initiatief(&mut app).await;
    let id = nieuw_voorstel(&mut app, &initiatief).await;
    let r = bewaar(&mut app, &id, &voorstel("ja"), "opslaan", None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = verstuur(&mut app, &id).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pad = format!("/uitdaagrecht/voorstel/{id}");
    let ja = app
        .post(&format!("{pad}/verwijderen"), &[("verwijderen", "ja")])
        .await;
    assert_eq!(ja.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&pad).await.status, StatusCode::OK);
}
