//! Acting for someone else: the resident's invitation, the helper's acceptance, the explicit switch of for
//! whom one acts, ending it, and the matrix of every role against every route of a case.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use loket::auth::Person;
use loket::auth::machtiging::{Rechten, Soort, Status};
use loket::machtigingen::repo;
use loket::zaken;
use loket::zaken::domain::{BesluitRegel, Gebeurtenis, Uitkomst, Voorziening, Vorm};
use loket::zaken::repo::{DocumentSoort, NieuwDocument};
use time::macros::date;

use crate::support::{TestApp, als_helper, link_in, links_zijn, machtig, mail_text, persoon_id};

const PDF: &[u8] = b"%PDF-1.4\n% een brief\n";
const PNG: &[u8] = &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
const BEWONER: &str = "bewoner@example.nl";

async fn uitnodigen(app: &mut TestApp, velden: &[(&str, &str)]) -> crate::support::TestResponse {
    app.post("/machtigingen/nieuw", velden).await
}

fn uitnodiging_link(app: &TestApp, aan: &str) -> String {
    app.mails()
        .iter()
        .filter(|m| m.to_lowercase().contains(&format!("to: {aan}")))
        .find_map(|m| link_in(&mail_text(m), "/uitnodiging/"))
        .expect("an invitation mail")
}

/// The steps of a melding whose answers say "ik", "mij" and "mijn" about the person it is for; the contact step
/// is checked apart.
const OVER_MIJ: &[(&str, &[(&str, &str)])] = &[
    ("voor-wie", &[("voor_wie", "zelf")]),
    ("spoed", &[("spoed_gevaar", "nee"), ("spoed_zorg", "nee")]),
    ("hulpvraag", &[("hulpvraag", "Koken lukt niet meer.")]),
    ("onderwerpen", &[("levensgebieden", "verzorging")]),
    ("huishouden", &[("huishouden", "alleen")]),
    (
        "gesprek",
        &[
            ("gesprek_erbij", "mantelzorger"),
            ("gesprek_erbij", "familie"),
        ],
    ),
    (
        "clientondersteuning",
        &[
            ("clientondersteuning", "ja"),
            ("co_organisatie", "_gemeente-kiest"),
        ],
    ),
    (
        "gegevens",
        &[
            ("naam", "Gerrit Smit"),
            ("geboren-dag", "15"),
            ("geboren-maand", "8"),
            ("geboren-jaar", "1946"),
            ("straat", "Dorpsstraat 12"),
            ("postcode", "2665 AB"),
            ("plaats", "Bergschenhoek"),
        ],
    ),
];

const CONTACT: &[(&str, &str)] = &[
    ("contact_manier", "email"),
    ("telefoon", ""),
    ("contact_email", "gerrit@example.nl"),
    ("contact_tijden", ""),
    ("tolk", "geen"),
    ("tolk_taal", ""),
];

/// Fills in a new draft as the signed-in person up to the contact step, which it returns as shown.
async fn tot_contact(app: &mut TestApp) -> (String, crate::support::TestResponse) {
    let pad = app.new_melding().await;
    for (slug, velden) in OVER_MIJ {
        let r = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}: {}", r.body);
    }
    let contact = app.get(&format!("{pad}/stap/contact")).await;
    assert_eq!(contact.status, StatusCode::OK);
    (pad, contact)
}

/// Sends the contact step and consent, and opens the check page.
async fn naar_controleren(app: &mut TestApp, pad: &str) -> crate::support::TestResponse {
    for (slug, velden) in [
        ("contact", CONTACT),
        ("toestemming", &[("toestemming", "ja")][..]),
    ] {
        let r = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}: {}", r.body);
    }
    app.get(&format!("{pad}/controleren")).await
}

#[tokio::test]
async fn acting_for_someone_the_pages_name_that_person_instead_of_uw_ik_and_mijn() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("gerrit@example.nl").await;
    sqlx::query("UPDATE personen SET naam = 'Gerrit Smit' WHERE email = 'gerrit@example.nl'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();

    // His own pages speak to him.
    let loket = app.get("/mijn-loket").await;
    assert!(loket.texts("main h2").contains(&"Uw zaken".to_owned()));
    assert!(
        loket
            .texts("main a")
            .contains(&"Bekijk uw dossier".to_owned())
    );
    let (pad, contact) = tot_contact(&mut app).await;
    assert_eq!(
        contact.attrs("input[name=contact_email]", "value"),
        ["gerrit@example.nl"]
    );
    let controle = naar_controleren(&mut app, &pad).await;
    let main = controle.text("main");
    for tekst in [
        "Voor mijzelf",
        "Ik woon alleen",
        "Iemand die voor mij zorgt",
        "mijn gegevens",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }

    // Petra acts for him.
    app.sign_in("petra@example.nl").await;
    machtig(
        &app,
        "gerrit@example.nl",
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(true, false),
    )
    .await;
    als_helper(&mut app, "petra@example.nl", "gerrit@example.nl").await;
    let loket = app.get("/mijn-loket").await;
    let koppen = loket.texts("main h2");
    assert!(
        koppen.contains(&"Zaken van Gerrit Smit".to_owned()),
        "{koppen:?}"
    );
    assert!(!koppen.contains(&"Uw zaken".to_owned()));
    let links = loket.texts("main a");
    assert!(
        links.contains(&"Bekijk het dossier van Gerrit Smit".to_owned()),
        "{links:?}"
    );
    assert!(!links.contains(&"Bekijk uw dossier".to_owned()));
    let dossier = app.get(&format!("/melding/{id}")).await;
    assert_eq!(dossier.text("h1"), "Dossier van Gerrit Smit");

    // A melding she fills in for him: the contact step has his address, not hers, and says he is contacted.
    let (pad, contact) = tot_contact(&mut app).await;
    assert_eq!(
        contact.attrs("input[name=contact_email]", "value"),
        ["gerrit@example.nl"]
    );
    let main = contact.text("main");
    assert!(
        main.contains("De gemeente neemt contact op met Gerrit Smit"),
        "{main}"
    );
    assert!(main.contains("Met \"u\" bedoelen we Gerrit Smit"), "{main}");
    assert_eq!(
        contact.attrs("input[name=contact_email]", "autocomplete"),
        ["off"]
    );

    // The check page says the answers about him.
    let controle = naar_controleren(&mut app, &pad).await;
    let main = controle.text("main");
    for tekst in [
        "Voor Gerrit Smit",
        "Gerrit Smit woont alleen",
        "Iemand die voor Gerrit Smit zorgt",
        "Iemand uit de familie van Gerrit Smit",
        "de gegevens van Gerrit Smit",
    ] {
        assert!(main.contains(tekst), "{tekst}: {main}");
    }
    for tekst in [
        "Voor mijzelf",
        "Ik woon alleen",
        "voor mij zorgt",
        "mijn familie",
        "mijn gegevens",
    ] {
        assert!(!main.contains(tekst), "{tekst}: {main}");
    }
}

#[tokio::test]
async fn a_resident_invites_a_helper_who_accepts_and_acts_for_them() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    let bewoner = app.cookie_jar();

    // A mistake comes back with the input kept and the error beside the field.
    let page = uitnodigen(
        &mut app,
        &[
            ("email", ""),
            ("naam", "Petra"),
            ("tot-dag", "31"),
            ("tot-maand", "2"),
            ("tot-jaar", "2027"),
        ],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(page.attrs("input[name=naam]", "value"), ["Petra"]);
    assert!(
        page.text("#email-fout").contains("Vul het e-mailadres in"),
        "{}",
        page.body
    );
    assert!(page.text("#tot-fout").contains("bestaat niet"));
    let page = uitnodigen(
        &mut app,
        &[
            ("email", BEWONER),
            ("tot-dag", "31"),
            ("tot-maand", "12"),
            ("tot-jaar", "2027"),
        ],
    )
    .await;
    assert!(page.text("#email-fout").contains("uw eigen e-mailadres"));

    let response = uitnodigen(
        &mut app,
        &[
            ("email", "Petra@Example.nl"),
            ("naam", "Petra"),
            ("rechten", "indienen"),
            ("tot-dag", "31"),
            ("tot-maand", "12"),
            ("tot-jaar", "2027"),
            ("eigen_naam", "Jan de Vries"),
        ],
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let machtiging = response.location().to_owned();
    let page = app.get(&machtiging).await;
    assert!(
        page.text("main").contains("Nog niet aangenomen"),
        "{}",
        page.body
    );
    app.deliver_mail().await;
    let link = uitnodiging_link(&app, "petra@example.nl");
    let mail = app
        .mails()
        .into_iter()
        .find(|m| m.contains("To: petra@example.nl"))
        .unwrap();
    assert!(
        mail_text(&mail).contains("Jan de Vries wil dat u helpt"),
        "{mail}"
    );
    assert!(
        !mail_text(&mail).contains("trap"),
        "no health details in the mail"
    );

    // Someone else who got the link forwarded cannot accept it.
    app.clear_cookies();
    app.sign_in("buurman@example.nl").await;
    let page = app.get(&link).await;
    assert!(
        page.text("main").contains("ander e-mailadres"),
        "{}",
        page.body
    );
    assert_eq!(
        app.post(&link, &[("keuze", "ja")]).await.status,
        StatusCode::NOT_FOUND
    );

    // The helper accepts with the invited address.
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text("h1")
            .contains("Jan de Vries vraagt of u wilt helpen")
    );
    let response = app.post(&link, &[("keuze", "ja")]).await;
    assert_eq!(response.location(), "/namens");
    // The link works once.
    assert_eq!(app.get(&link).await.status, StatusCode::NOT_FOUND);

    // Acting for herself, the case is not hers: she is offered the switch, explicitly.
    let dossier = format!("/melding/{id}");
    let page = app.get(&dossier).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text("h1").contains("Dit is een zaak van Jan de Vries"),
        "{}",
        page.body
    );
    assert!(page.texts(".loket-namensbalk").is_empty());
    let voor = page
        .attrs("form[action='/namens'] input[name=voor]", "value")
        .remove(0);
    let response = app
        .post("/namens", &[("voor", &voor), ("terug", &dossier)])
        .await;
    assert_eq!(response.location(), dossier);
    let page = app.get(&dossier).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text(".loket-namensbalk")
            .contains("U werkt nu namens Jan de Vries"),
        "{}",
        page.body
    );
    let loket = app.get("/mijn-loket").await;
    assert!(loket.text("h1").contains("Loket van Jan de Vries"));
    assert!(loket.text(".loket-namensbalk").contains("Jan de Vries"));

    // She sends a document for him: the dossier says it was done on his behalf.
    let response = app
        .post_multipart(
            &format!("{dossier}/uploaden"),
            &[],
            Some(("brief.png", PNG)),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);

    // She starts a melding for him: it is his, filed by her.
    let response = app.post("/melding", &[]).await;
    let concept = response
        .location()
        .trim_start_matches("/melding/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let (eigenaar, door): (String, Option<String>) =
        sqlx::query_as("SELECT persoon_id, ingediend_door FROM meldingen WHERE id = $1")
            .bind(&concept)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(eigenaar, voor);
    assert_eq!(door, Some(persoon_id(&app, "petra@example.nl").await));

    // Back to herself: the case is out of reach again without a switch.
    let response = app
        .post("/namens", &[("voor", ""), ("terug", "/mijn-loket")])
        .await;
    assert_eq!(response.location(), "/mijn-loket");
    assert!(
        app.get("/mijn-loket")
            .await
            .texts(".loket-namensbalk")
            .is_empty()
    );

    // The resident sees the machtiging in force and what the helper looked at.
    app.use_cookie_jar(bewoner);
    let page = app.get(&machtiging).await;
    assert!(page.text("main").contains("Geldt nu"));
    let acties = page.texts(".loket-acties li");
    assert!(
        acties.iter().any(|a| a.contains("Bekeek dossier")),
        "{acties:?}"
    );
    assert!(
        acties.iter().any(|a| a.contains("Deed iets in zaak")),
        "{acties:?}"
    );
    let page = app.get(&dossier).await;
    assert!(
        page.text("main")
            .contains("Namens u gedaan door iemand die u helpt.")
    );
    let inzage = app.get(&format!("/melding/{id}/inzage")).await;
    let regels = inzage.text("main");
    assert!(
        regels.contains("petra@example.nl, iemand die u helpt"),
        "{regels}"
    );
}

#[tokio::test]
async fn ending_a_machtiging_takes_effect_on_the_helpers_next_request() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    let bewoner = app.cookie_jar();
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    let m = machtig(
        &app,
        BEWONER,
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(true, false),
    )
    .await;
    let petra = als_helper(&mut app, "petra@example.nl", BEWONER).await;
    let dossier = format!("/melding/{id}");
    assert_eq!(app.get(&dossier).await.status, StatusCode::OK);

    app.use_cookie_jar(bewoner);
    // Asked once more; without an answer nothing stops.
    let page = app
        .post(&format!("/machtigingen/{m}/beeindigen"), &[])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#zeker-fout")
            .contains("Kies of u de machtiging wilt stoppen")
    );
    assert!(page.text("main").contains("Geldt nu"));
    let response = app
        .post(&format!("/machtigingen/{m}/beeindigen"), &[("zeker", "ja")])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&format!("/machtigingen/{m}"))
            .await
            .text("main")
            .contains("Gestopt")
    );

    // The same session of the helper, its very next request.
    app.use_cookie_jar(petra);
    assert_eq!(app.get(&dossier).await.status, StatusCode::NOT_FOUND);
    let loket = app.get("/mijn-loket").await;
    assert!(
        loket.texts(".loket-namensbalk").is_empty(),
        "acts for herself again"
    );
    assert_eq!(
        app.post_multipart(&format!("{dossier}/uploaden"), &[], Some(("a.png", PNG)))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Nor can she switch back.
    let voor = persoon_id(&app, BEWONER).await;
    assert_eq!(
        app.post("/namens", &[("voor", &voor)]).await.status,
        StatusCode::NOT_FOUND
    );
    app.deliver_mail().await;
    assert!(
        app.mails()
            .iter()
            .any(|m| m.contains("To: petra@example.nl")
                && mail_text(m).contains("heeft de machtiging gestopt"))
    );
}

#[tokio::test]
async fn an_expired_machtiging_gives_nothing() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    machtig(
        &app,
        BEWONER,
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::ALLES,
    )
    .await;
    als_helper(&mut app, "petra@example.nl", BEWONER).await;
    assert_eq!(
        app.get(&format!("/melding/{id}")).await.status,
        StatusCode::OK
    );
    // Valid to 31 December 2027: from 1 January 2028 it no longer holds.
    app.clock.advance(time::Duration::days(404));
    app.sign_in("petra@example.nl").await;
    let voor = persoon_id(&app, BEWONER).await;
    assert_eq!(
        app.post("/namens", &[("voor", &voor)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/melding/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_helper_cannot_extend_their_own_rights() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    app.sign_in("buurman@example.nl").await;
    machtig(
        &app,
        BEWONER,
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(false, false),
    )
    .await;
    als_helper(&mut app, "petra@example.nl", BEWONER).await;
    let upload = format!("/melding/{id}/uploaden");
    assert_eq!(app.get(&upload).await.status, StatusCode::NOT_FOUND);
    // Inviting while acting for the resident invites for herself, never in the resident's name.
    let response = uitnodigen(
        &mut app,
        &[
            ("email", "buurman@example.nl"),
            ("rechten", "indienen"),
            ("tot-dag", "31"),
            ("tot-maand", "12"),
            ("tot-jaar", "2027"),
        ],
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let bewoner_id = persoon_id(&app, BEWONER).await;
    let van_bewoner = repo::van_inwoner(&app.state.db.pool, &bewoner_id)
        .await
        .unwrap();
    assert_eq!(
        van_bewoner.len(),
        1,
        "the resident's machtigingen are unchanged"
    );
    assert_eq!(van_bewoner[0].rechten, Rechten::gekozen(false, false));
    // Accepting that invitation as the neighbour gives rights over Petra, not over the resident.
    app.deliver_mail().await;
    let link = uitnodiging_link(&app, "buurman@example.nl");
    app.clear_cookies();
    app.sign_in("buurman@example.nl").await;
    app.post(&link, &[("keuze", "ja")]).await;
    assert_eq!(
        app.post("/namens", &[("voor", &bewoner_id)]).await.status,
        StatusCode::NOT_FOUND
    );
    // And the resident's case stays closed to uploads by Petra.
    als_helper(&mut app, "petra@example.nl", BEWONER).await;
    assert_eq!(
        app.post_multipart(&upload, &[], Some(("a.png", PNG)))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Someone she does not help cannot be chosen at all.
    let buurman = persoon_id(&app, "buurman@example.nl").await;
    assert_eq!(
        app.post("/namens", &[("voor", &buurman)]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn mail_about_a_case_goes_to_helpers_with_that_right_only() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    for helper in ["post@example.nl", "kijk@example.nl"] {
        app.clear_cookies();
        app.sign_in(helper).await;
    }
    machtig(
        &app,
        BEWONER,
        "post@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(false, true),
    )
    .await;
    machtig(
        &app,
        BEWONER,
        "kijk@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(false, false),
    )
    .await;
    let staff = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let voor = app.mails().len();
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::GesprekGepland {
            datum: date!(2026 - 12 - 01),
            tijd: "10:30".into(),
            plaats: loket::zaken::domain::Plaats::Thuis,
            toelichting: String::new(),
        },
    )
    .await;
    app.deliver_mail().await;
    let nieuw: Vec<String> = app.mails().into_iter().skip(voor).collect();
    let aan = |adres: &str| nieuw.iter().any(|m| m.contains(&format!("To: {adres}")));
    assert!(aan(BEWONER) && aan("post@example.nl"), "{nieuw:?}");
    assert!(!aan("kijk@example.nl"));
}

async fn stap(app: &TestApp, id: &str, wie: &Person, gebeurtenis: Gebeurtenis) {
    stap_met(app, id, wie, None, |_| gebeurtenis).await;
}

async fn stap_met(
    app: &TestApp,
    id: &str,
    wie: &Person,
    document: Option<NieuwDocument<'_>>,
    maak: impl FnOnce(Option<String>) -> Gebeurtenis,
) {
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, id)
        .await
        .unwrap()
        .unwrap();
    zaken::vastleggen(&app.state, &melding, wie, document, maak)
        .await
        .unwrap();
}

/// What a request of a role on a route may give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verwacht {
    /// Served: any answer but "not found" and a sign-in redirect.
    Ja,
    /// 404.
    Nee,
    /// A redirect to sign in.
    Inloggen,
}

/// What a route needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Nodig {
    Bekijken,
    Indienen,
    Medewerker,
}

#[tokio::test]
async fn every_role_against_every_route_of_a_case() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    // The resident's other things: a plan handed in as a file, a request for cliëntondersteuning, a draft.
    let plan = app
        .post_multipart(
            &format!("/melding/{id}/plan/uploaden"),
            &[],
            Some(("plan.pdf", PDF)),
        )
        .await;
    assert_eq!(plan.status, StatusCode::SEE_OTHER, "{}", plan.body);
    let form = app.get("/clientondersteuning/aanvragen").await;
    let sleutel = form.attrs("input[name=sleutel]", "value").pop().unwrap();
    let verzoek = app
        .post(
            "/clientondersteuning/aanvragen",
            &[
                ("sleutel", &sleutel),
                ("voor-wie", "zelf"),
                ("organisatie", "gemeente"),
                ("telefoon", "06 12345678"),
                ("email", BEWONER),
                ("toegankelijkheid", "geen"),
            ],
        )
        .await;
    assert_eq!(verzoek.status, StatusCode::SEE_OTHER, "{}", verzoek.body);
    let verzoek = verzoek.location().to_owned();
    let concept = app.new_melding().await;
    let mut sessies: Vec<(&str, BTreeMap<String, String>, [bool; 3])> = Vec::new();
    // [bekijken, indienen, medewerker]
    sessies.push(("inwoner", app.cookie_jar(), [true, true, false]));

    let staff = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.add_staff("beheerder@gemeente.example", "Bram de Boer", true)
        .await;
    stap(
        &app,
        &id,
        &staff,
        Gebeurtenis::Aanvraag {
            ontvangen_op: date!(2026 - 11 - 23),
            voorzieningen: vec![Voorziening::HuishoudelijkeOndersteuning],
        },
    )
    .await;
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
    let document = NieuwDocument {
        soort: DocumentSoort::Besluit,
        naam: "brief.pdf",
        type_: loket::zaken::document::BestandType::Pdf,
        inhoud: PDF,
    };
    stap_met(&app, &id, &staff, Some(document), |document_id| {
        Gebeurtenis::Besluit {
            verzonden_op: date!(2026 - 11 - 23),
            regels: vec![BesluitRegel {
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
            }],
            motivering: "Zie het verslag.".into(),
            document_id,
        }
    })
    .await;
    let doc = zaken::repo::documenten(&app.state.db.pool, &id)
        .await
        .unwrap()
        .remove(0)
        .id;

    let helpers: [(&str, &str, Soort, Rechten, [bool; 3]); 6] = [
        (
            "mantelzorger-kijken",
            "kijk@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(false, false),
            [true, false, false],
        ),
        (
            "mantelzorger-indienen",
            "doe@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(true, false),
            [true, true, false],
        ),
        (
            "mantelzorger-post",
            "post@example.nl",
            Soort::Gemachtigde,
            Rechten::gekozen(false, true),
            [true, false, false],
        ),
        (
            "clientondersteuner",
            "co@example.nl",
            Soort::Clientondersteuner,
            Rechten::gekozen(false, false),
            [true, false, false],
        ),
        (
            "mentor",
            "mentor@example.nl",
            Soort::Mentor,
            Rechten::ALLES,
            [true, true, false],
        ),
        // Wmo cases are care: a bewindvoerder, for money matters, has no part in them.
        (
            "bewindvoerder",
            "bewind@example.nl",
            Soort::Bewindvoerder,
            Rechten::ALLES,
            [false, false, false],
        ),
    ];
    for (rol, email, soort, rechten, mag) in helpers {
        app.clear_cookies();
        app.sign_in(email).await;
        if soort == Soort::Clientondersteuner {
            sqlx::query("UPDATE personen SET rol = 'clientondersteuner', organisatie = 'kwadraad' WHERE email = $1")
                .bind(email)
                .execute(&app.state.db.pool)
                .await
                .unwrap();
        }
        machtig(&app, BEWONER, email, soort, rechten).await;
        sessies.push((rol, als_helper(&mut app, email, BEWONER).await, mag));
    }
    for (rol, email) in [
        ("consulent", "consulent@gemeente.example"),
        ("beheerder", "beheerder@gemeente.example"),
    ] {
        app.clear_cookies();
        app.sign_in(email).await;
        sessies.push((rol, app.cookie_jar(), [false, false, true]));
    }
    app.clear_cookies();
    app.sign_in("buurman@example.nl").await;
    sessies.push(("vreemde", app.cookie_jar(), [false, false, false]));
    // Someone who filed a melding for another person, who has not confirmed yet: a stranger to the resident.
    app.clear_cookies();
    let wacht = melding_voor_iemand_anders(&mut app, "indiener@example.nl").await;
    sessies.push(("indiener", app.cookie_jar(), [false, false, false]));
    sessies.push(("anoniem", BTreeMap::new(), [false, false, false]));

    let m = format!("/melding/{id}");
    let get: Vec<(String, Nodig)> = [
        (m.clone(), Nodig::Bekijken),
        (format!("{m}/bevestiging"), Nodig::Bekijken),
        (format!("{m}/ontvangstbewijs"), Nodig::Bekijken),
        (format!("{m}/document/{doc}"), Nodig::Bekijken),
        (format!("{m}/verslag"), Nodig::Bekijken),
        (format!("{m}/besluit"), Nodig::Bekijken),
        (format!("{m}/besluit/brief"), Nodig::Bekijken),
        (format!("{m}/inzage"), Nodig::Bekijken),
        (format!("{m}/plan"), Nodig::Bekijken),
        (format!("{m}/vraag/v1"), Nodig::Indienen),
        (format!("{m}/uploaden"), Nodig::Indienen),
        (format!("{m}/bezwaar"), Nodig::Indienen),
        (format!("{m}/bezwaar/controleren"), Nodig::Indienen),
        (format!("{m}/bezwaar/intrekken"), Nodig::Indienen),
        (format!("{m}/controleren"), Nodig::Indienen),
        (format!("{m}/later"), Nodig::Indienen),
        (format!("{m}/stap/hulpvraag"), Nodig::Indienen),
        (format!("{m}/plan/schrijven"), Nodig::Indienen),
        (format!("{m}/plan/uploaden"), Nodig::Indienen),
        (format!("{m}/plan/bestand"), Nodig::Bekijken),
        (verzoek.clone(), Nodig::Bekijken),
        (format!("{concept}/stap/voor-wie"), Nodig::Indienen),
        (format!("{concept}/controleren"), Nodig::Indienen),
        (format!("{concept}/later"), Nodig::Indienen),
        (format!("{concept}/verwijderen"), Nodig::Indienen),
        ("/medewerker".to_owned(), Nodig::Medewerker),
        (format!("/medewerker/zaak/{id}"), Nodig::Medewerker),
        (format!("/medewerker/zaak/{id}/plan"), Nodig::Medewerker),
    ]
    .into();
    // Posts with empty forms: allowed means the form comes back with its errors, so nothing changes.
    let post: Vec<String> = vec![
        format!("{m}/verslag"),
        format!("{m}/bezwaar"),
        format!("{m}/bezwaar/versturen"),
        format!("{m}/bezwaar/aanvullen"),
        format!("{m}/bezwaar/intrekken"),
        format!("{m}/plan/schrijven"),
        // Empty: the question comes back with its error, and the draft stays.
        format!("{concept}/verwijderen"),
    ];
    let multipart: Vec<String> = vec![format!("{m}/vraag/v1"), format!("{m}/uploaden")];

    let mut fouten = Vec::new();
    for (rol, jar, [bekijken, indienen, medewerker]) in &sessies {
        app.use_cookie_jar(jar.clone());
        let verwacht = |nodig: Nodig| {
            if *rol == "anoniem" {
                return Verwacht::Inloggen;
            }
            let mag = match nodig {
                Nodig::Bekijken => *bekijken,
                Nodig::Indienen => *indienen,
                Nodig::Medewerker => *medewerker,
            };
            if mag { Verwacht::Ja } else { Verwacht::Nee }
        };
        let mut antwoorden = Vec::new();
        for (pad, nodig) in &get {
            antwoorden.push(("GET", pad, *nodig, app.get(pad).await));
        }
        for pad in &post {
            antwoorden.push(("POST", pad, Nodig::Indienen, app.post(pad, &[]).await));
        }
        for pad in &multipart {
            antwoorden.push((
                "POST",
                pad,
                Nodig::Indienen,
                app.post_multipart(pad, &[], None).await,
            ));
        }
        for (methode, pad, nodig, r) in antwoorden {
            if r.status.is_server_error() {
                fouten.push(format!("{rol} {methode} {pad}: {}", r.status));
                continue;
            }
            let location = r
                .headers
                .get("location")
                .and_then(|l| l.to_str().ok())
                .unwrap_or("");
            let kreeg = if r.status == StatusCode::NOT_FOUND {
                Verwacht::Nee
            } else if location.starts_with("/inloggen") {
                Verwacht::Inloggen
            } else {
                Verwacht::Ja
            };
            if kreeg != verwacht(nodig) {
                fouten.push(format!(
                    "{rol} {methode} {pad}: {kreeg:?} ({}), expected {:?}",
                    r.status,
                    verwacht(nodig)
                ));
            }
        }
    }
    // The case that waits for its resident's confirmation: its filer sees what they sent and the ways to ask
    // for the confirmation, nothing of the case itself; nobody else sees anything.
    let w = format!("/melding/{wacht}");
    let van_indiener = [
        (w.clone(), true),
        (format!("{w}/bevestiging"), true),
        (format!("{w}/ontvangstbewijs"), true),
        (format!("{w}/machtiging"), true),
        (format!("{w}/machtiging/code"), true),
        (format!("{w}/machtiging/afdrukken"), true),
        (format!("{w}/inzage"), false),
        (format!("{w}/verslag"), false),
        (format!("{w}/uploaden"), false),
        (format!("{w}/besluit"), false),
        (format!("{w}/plan"), false),
        (format!("{w}/plan/schrijven"), false),
        // However the id is written.
        (
            format!("/melding/%{:x}{}/verslag", wacht.as_bytes()[0], &wacht[1..]),
            false,
        ),
    ];
    for (rol, jar, _) in &sessies {
        app.use_cookie_jar(jar.clone());
        let mut antwoorden = Vec::new();
        for (pad, indiener) in &van_indiener {
            antwoorden.push(("GET", pad.clone(), *indiener, app.get(pad).await));
        }
        let pad = format!("{w}/machtiging");
        antwoorden.push(("POST", pad.clone(), true, app.post(&pad, &[]).await));
        let pad = format!("{w}/machtiging/code");
        antwoorden.push(("POST", pad.clone(), true, app.post(&pad, &[]).await));
        let pad = format!("{w}/machtiging/formulier");
        antwoorden.push((
            "POST",
            pad.clone(),
            true,
            app.post_multipart(&pad, &[], None).await,
        ));
        for (methode, pad, indiener, r) in antwoorden {
            let goed = match *rol {
                "anoniem" => r.location().starts_with("/inloggen"),
                "indiener" if indiener => r.status != StatusCode::NOT_FOUND,
                _ => r.status == StatusCode::NOT_FOUND,
            };
            if !goed {
                fouten.push(format!("{rol} {methode} {pad}: {}", r.status));
            }
        }
    }

    // The pages of one role: a cliëntondersteuner's dashboard, a beheerder's accounts.
    for (rol, jar, _) in &sessies {
        app.use_cookie_jar(jar.clone());
        for (pad, alleen) in [
            ("/clienten", "clientondersteuner"),
            ("/clienten/verzoeken", "clientondersteuner"),
            ("/clienten/open", "clientondersteuner"),
            ("/medewerker/beheer/clientondersteuners", "beheerder"),
        ] {
            let r = app.get(pad).await;
            let goed = match *rol {
                "anoniem" => r.location().starts_with("/inloggen"),
                _ if *rol == alleen => r.status == StatusCode::OK,
                _ => r.status == StatusCode::NOT_FOUND,
            };
            if !goed {
                fouten.push(format!("{rol} GET {pad}: {}", r.status));
            }
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
    // Who may only look is not offered forms they cannot use.
    let (_, kijken, _) = &sessies[1];
    app.use_cookie_jar(kijken.clone());
    let dossier = app.get(&m).await;
    let links = dossier.attrs("main a", "href");
    assert!(
        !links
            .iter()
            .any(|l| l.ends_with("/uploaden") || l.contains("/vraag/")),
        "{links:?}"
    );
    assert!(
        dossier
            .text(".loket-namensbalk")
            .contains("U werkt nu namens")
    );
    // Nothing any of them sent changed the case.
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert!(zaak.bezwaar.is_none() && zaak.reacties.is_empty() && zaak.open_vragen().count() == 1);

    // The matrix names every route of a case: a new one must be added here, with what it needs.
    let bekend: Vec<String> = get
        .iter()
        .map(|(p, _)| p.clone())
        .chain(post.clone())
        .chain(multipart.clone())
        .chain(van_indiener.iter().map(|(p, _)| p.clone()))
        .chain(["/machtiging/formulier"].map(|p| format!("{w}{p}")))
        .filter(|p| !p.contains('%'))
        .map(|p| {
            p.replace(&concept, "/melding/{id}")
                .replace(&id, "{id}")
                .replace(&wacht, "{id}")
                .replace(&doc, "{doc}")
                .replace("/v1", "/{vraag}")
                .replace("/hulpvraag", "/{stap}")
        })
        .collect();
    let niet_hier = [
        // A bezwaar's own documents: the bezwaar tests (tests/portal/bezwaar.rs) ask them of every role.
        "/melding/{id}/bezwaar/document/{doc}",
        "/melding/{id}/ingebrekestelling",
        "/melding/{id}/spoed",
        "/melding/{id}/indienen",
    ];
    for pad in routes_of_a_case() {
        assert!(
            bekend.contains(&pad) || niet_hier.contains(&pad.as_str()),
            "the role matrix does not cover {pad}"
        );
    }
}

/// Every `.route("/melding/{id}...")` in the sources.
fn routes_of_a_case() -> Vec<String> {
    let mut routes = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for deel in text.split(".route(").skip(1) {
                    let pad = deel.trim_start().trim_start_matches('"');
                    if let Some(einde) = pad.find('"') {
                        let pad = &pad[..einde];
                        if pad.starts_with("/melding/{id}") {
                            routes.push(pad.to_owned());
                        }
                    }
                }
            }
        }
    }
    routes
}

#[tokio::test]
async fn a_legal_representative_sees_and_ends_the_machtigingen_of_the_person_they_represent() {
    let mut app = TestApp::new().await;
    app.sign_in(BEWONER).await;
    for helper in ["mentor@example.nl", "petra@example.nl", "kijk@example.nl"] {
        app.clear_cookies();
        app.sign_in(helper).await;
    }
    machtig(
        &app,
        BEWONER,
        "mentor@example.nl",
        Soort::Mentor,
        Rechten::ALLES,
    )
    .await;
    let petra = machtig(
        &app,
        BEWONER,
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(true, false),
    )
    .await;
    machtig(
        &app,
        BEWONER,
        "kijk@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(false, false),
    )
    .await;

    // A gemachtigde does not manage the resident's other helpers.
    als_helper(&mut app, "kijk@example.nl", BEWONER).await;
    let page = app.get("/machtigingen").await;
    assert!(
        !page
            .text("main")
            .contains("Wie mag bewoner@example.nl helpen?")
    );
    assert!(
        page.text("main")
            .contains("Die van bewoner@example.nl ziet u hier niet.")
    );
    assert_eq!(
        app.get(&format!("/machtigingen/{petra}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post(
            &format!("/machtigingen/{petra}/beeindigen"),
            &[("zeker", "ja")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    // The mentor, acting for the resident, does.
    als_helper(&mut app, "mentor@example.nl", BEWONER).await;
    let page = app.get("/machtigingen").await;
    assert!(
        page.text("main")
            .contains("Wie mag bewoner@example.nl helpen?")
    );
    let links = page.attrs("main a", "href");
    assert!(
        links.contains(&format!("/machtigingen/{petra}")),
        "{links:?}"
    );
    let response = app
        .post(
            &format!("/machtigingen/{petra}/beeindigen"),
            &[("zeker", "ja")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    let bewoner_id = persoon_id(&app, BEWONER).await;
    let nu = repo::van_inwoner(&app.state.db.pool, &bewoner_id)
        .await
        .unwrap();
    let gestopt = nu.iter().find(|m| m.id == petra).unwrap();
    assert_eq!(gestopt.status, Status::Beeindigd);
    // Acting for herself again, the mentor sees only her own.
    app.post("/namens", &[("voor", "")]).await;
    assert_eq!(
        app.get(&format!("/machtigingen/{petra}")).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Signs in as `email` and files a complete melding for someone else, who has not confirmed it yet. Returns its
/// id; the filer stays signed in.
async fn melding_voor_iemand_anders(app: &mut TestApp, email: &str) -> String {
    app.sign_in(email).await;
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
    stappen.extend_from_slice(&crate::support::MELDING_ZELF[1..]);
    for (slug, velden) in stappen {
        let response = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{slug}");
    }
    assert_eq!(
        app.post(&format!("{pad}/indienen"), &[]).await.location(),
        format!("{pad}/bevestiging")
    );
    pad.trim_start_matches("/melding/").to_owned()
}

#[tokio::test]
async fn until_the_resident_confirms_the_filer_gets_no_mail_about_the_case_and_a_helper_cannot_share_it()
 {
    let mut app = TestApp::new().await;
    let wacht = melding_voor_iemand_anders(&mut app, "indiener@example.nl").await;
    let staff = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    app.deliver_mail().await;
    let voor = app.mails().len();
    stap(
        &app,
        &wacht,
        &staff,
        Gebeurtenis::GesprekGepland {
            datum: date!(2026 - 12 - 01),
            tijd: "10:30".into(),
            plaats: loket::zaken::domain::Plaats::Thuis,
            toelichting: String::new(),
        },
    )
    .await;
    app.deliver_mail().await;
    let nieuw: Vec<String> = app.mails().into_iter().skip(voor).collect();
    assert!(
        !nieuw.iter().any(|m| m.contains("To: indiener@example.nl")),
        "{nieuw:?}"
    ); // Nor a link to a plan they cannot see.
    let loket = app.get("/mijn-loket").await;
    links_zijn(
        &loket.attrs("main a", "href"),
        &[format!("/melding/{wacht}")],
        &[format!("/melding/{wacht}/plan")],
    );
    let bevestiging = app.get(&format!("/melding/{wacht}/bevestiging")).await;
    links_zijn(
        &bevestiging.attrs("main a", "href"),
        &[format!("/melding/{wacht}/ontvangstbewijs")],
        &[format!("/melding/{wacht}/plan")],
    );

    // A helper acting for a resident cannot let an organisation into the resident's dossier.
    let id = app.submitted_melding(BEWONER).await;
    app.clear_cookies();
    app.sign_in("petra@example.nl").await;
    machtig(
        &app,
        BEWONER,
        "petra@example.nl",
        Soort::Gemachtigde,
        Rechten::gekozen(true, false),
    )
    .await;
    als_helper(&mut app, "petra@example.nl", BEWONER).await;
    let form = app
        .get(&format!("/clientondersteuning/aanvragen?melding={id}"))
        .await;
    let sleutel = form.attrs("input[name=sleutel]", "value").pop().unwrap();
    let response = app
        .post(
            "/clientondersteuning/aanvragen",
            &[
                ("sleutel", &sleutel),
                ("melding", &id),
                ("voor-wie", "zelf"),
                ("organisatie", "gemeente"),
                ("telefoon", "06 12345678"),
                ("email", BEWONER),
                ("toegankelijkheid", "geen"),
                ("inzage", "ja"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let inzien: i64 =
        sqlx::query_scalar("SELECT dossier_inzien FROM clientondersteuning_verzoeken")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(inzien, 0);
}

#[tokio::test]
async fn mijn_loket_shows_a_helper_the_matters_of_their_machtiging_only() {
    let mut app = TestApp::new().await;
    let id = app.submitted_melding(BEWONER).await;
    for (email, soort) in [
        ("bewind@example.nl", Soort::Bewindvoerder),
        ("mentor@example.nl", Soort::Mentor),
    ] {
        app.clear_cookies();
        app.sign_in(email).await;
        machtig(&app, BEWONER, email, soort, Rechten::ALLES).await;
        als_helper(&mut app, email, BEWONER).await;
        let pagina = app.get("/mijn-loket").await;
        assert_eq!(pagina.status, StatusCode::OK, "{email}");
        let links = pagina.attrs("main a", "href");
        let heeft = |pad: &str| links.iter().any(|l| l == pad);
        let melding = format!("/melding/{id}");
        match soort {
            // Money only: the loan and the Kindpakket, no Wmo case and no melding to start.
            Soort::Bewindvoerder => {
                assert!(!heeft(&melding), "{links:?}");
                assert!(!heeft("/melding"), "{links:?}");
                assert!(
                    heeft("/blijverslening") && heeft("/kindpakket"),
                    "{links:?}"
                );
            }
            // Care only: the Wmo case and a melding, no money matters.
            _ => {
                assert!(heeft(&melding), "{links:?}");
                assert!(heeft("/melding"), "{links:?}");
                assert!(
                    !heeft("/blijverslening") && !heeft("/kindpakket"),
                    "{links:?}"
                );
            }
        }
    }
}
