//! Staff accounts: added with the binary's command, signed in like everyone else, and the only ones who reach
//! the back office.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn a_member_of_staff_is_added_with_a_name_and_role_and_signs_in_by_mail() {
    let mut app = TestApp::new().await;
    app.add_staff("Consulent@Gemeente.example", "Sanne Visser", false)
        .await;
    let (rol, naam): (String, Option<String>) =
        sqlx::query_as("SELECT rol, naam FROM personen WHERE email = 'consulent@gemeente.example'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (rol.as_str(), naam.as_deref()),
        ("medewerker", Some("Sanne Visser"))
    );
    let link = app.request_sign_in_link("consulent@gemeente.example").await;
    let signed_in = app.post(&link, &[]).await;
    assert_eq!(
        signed_in.location(),
        "/medewerker",
        "staff land on the work queue"
    );
    let queue = app.get("/medewerker").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert_eq!(queue.attrs("header a[href='/medewerker']", "href").len(), 1);
    assert_eq!(app.get("/inloggen").await.location(), "/medewerker");
    // Adding again changes the role; it makes no second person.
    app.add_staff("consulent@gemeente.example", "Sanne Visser", true)
        .await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM personen WHERE rol = 'beheerder'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn a_step_on_a_case_is_logged_and_mailed_to_the_resident_without_health_details() {
    use loket::zaken::{self, domain::Gebeurtenis, domain::Plaats};
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let consulent = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, &id)
        .await
        .unwrap()
        .unwrap();
    app.deliver_mail().await;
    let voor = app.mails().len();
    zaken::vastleggen(&app.state, &melding, &consulent, None, |_| {
        Gebeurtenis::GesprekGepland {
            datum: time::macros::date!(2026 - 12 - 01),
            tijd: "10:30".into(),
            plaats: Plaats::Thuis,
            toelichting: "Bij de achterdeur aanbellen".into(),
        }
    })
    .await
    .unwrap();
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert_eq!(zaak.fase(), zaken::domain::Fase::GesprekGepland);
    let log = zaken::toegang::van_zaak(&app.state.db.pool, &id.clone().into())
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].naam.as_deref(), Some("Sanne Visser"));
    app.deliver_mail().await;
    let mails = app.mails();
    assert_eq!(mails.len(), voor + 1);
    let mail = crate::support::mail_text(mails.last().unwrap());
    assert!(mail.contains("dinsdag 1 december 2026 om 10:30"), "{mail}");
    assert!(mail.contains(&format!("/melding/{id}")), "{mail}");
    assert!(
        !mail.contains("achterdeur"),
        "no details of the case in mail"
    );
    assert!(!mail.contains("trap"), "no health details in mail");
}

/// The date of a row's deadline ("... uiterlijk 07-12-2026"), as (year, month, day) to compare.
fn einde(rij: &str) -> Option<(u32, u32, u32)> {
    let (_, na) = rij.split_once("uiterlijk ")?;
    let mut delen = na.get(..10)?.split('-').map(|d| d.parse::<u32>().ok());
    let (d, m, j) = (delen.next()??, delen.next()??, delen.next()??);
    Some((j, m, d))
}

#[tokio::test]
async fn the_work_queue_holds_every_scheme_nearest_deadline_first_filtered_and_searchable() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.sign_in("medewerker@example.nl").await;
    let queue = app.get("/medewerker").await;
    assert_eq!(queue.status, StatusCode::OK);
    let hrefs = queue.attrs("tbody th a", "href");
    for pad in [
        "/medewerker/zaak/",
        "/medewerker/blijverslening/",
        "/medewerker/kindpakket/",
        "/medewerker/uitdaagrecht/",
    ] {
        assert!(hrefs.iter().any(|h| h.starts_with(pad)), "{pad}: {hrefs:?}");
    }
    let soorten = queue.texts("tbody td:nth-of-type(1)");
    for soort in [
        "Wmo-melding",
        "Blijverslening",
        "Kindpakket",
        "Voorstel uitdaagrecht",
    ] {
        assert!(soorten.iter().any(|s| s == soort), "{soort}: {soorten:?}");
    }

    // Spoed first; then the nearest deadline, overdue ones marked; cases without one last.
    let rijen = queue.texts("tbody tr");
    let spoed = rijen.iter().take_while(|r| r.contains("Spoed")).count();
    assert!(rijen[spoed..].iter().all(|r| !r.contains("Spoed")));
    let termijnen: Vec<Option<(u32, u32, u32)>> = rijen[spoed..].iter().map(|r| einde(r)).collect();
    let met: Vec<(u32, u32, u32)> = termijnen.iter().map_while(|t| *t).collect();
    assert!(met.len() >= 3, "{rijen:#?}");
    assert!(met.is_sorted(), "{met:?}");
    assert!(
        termijnen[met.len()..].iter().all(Option::is_none),
        "{rijen:#?}"
    );
    assert!(
        rijen.iter().any(|r| r.contains("Te laat")),
        "the demo has a late besluit"
    );
    // A money scheme's application waits for a decision within eight weeks (Awb art. 4:13).
    let kindpakket = rijen
        .iter()
        .find(|r| r.contains("Kindpakket") && r.contains("uiterlijk"))
        .expect("an open Kindpakket application with a term");
    assert!(kindpakket.contains("Besluit uiterlijk"), "{kindpakket}");

    // Filtered by scheme.
    let alleen = app.get("/medewerker?soort=kindpakket").await;
    let kp = alleen.attrs("tbody th a", "href");
    assert_eq!(kp.len(), 2);
    assert!(kp.iter().all(|h| h.starts_with("/medewerker/kindpakket/")));
    assert_eq!(
        alleen.attrs("select#soort option[selected]", "value"),
        vec!["kindpakket".to_owned()]
    );
    // The former list of a scheme is the filtered queue.
    let oud = app.get("/medewerker/uitdaagrecht").await;
    assert_eq!(oud.status, StatusCode::SEE_OTHER);
    assert_eq!(oud.location(), "/medewerker?soort=uitdaagrecht");

    // Found by (part of) its reference, in any case and with spaces for dashes, and by name.
    let (id, referentie): (String, String) = sqlx::query_as(
        "SELECT id, referentie FROM zaken WHERE regeling = 'blijverslening' AND fase <> 'gesloten' \
         ORDER BY referentie LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let zoek = referentie.to_lowercase().replace('-', " ");
    let gevonden = app
        .get(&format!(
            "/medewerker?zoek={}",
            crate::support::encode(&zoek)
        ))
        .await;
    assert_eq!(
        gevonden.attrs("tbody th a", "href"),
        vec![format!("/medewerker/blijverslening/{id}")]
    );
    assert_eq!(gevonden.attrs("input#zoek", "value"), vec![zoek]);
    let op_naam = app.get("/medewerker?zoek=de+linde").await;
    let namen = op_naam.texts("tbody th");
    assert!(!namen.is_empty());
    assert!(
        namen.iter().all(|n| n.to_lowercase().contains("de linde")),
        "{namen:?}"
    );
    let niets = app.get("/medewerker?zoek=niemand+bekend").await;
    assert!(niets.attrs("tbody th a", "href").is_empty());
    assert!(
        niets
            .body
            .contains("Er zijn geen open zaken die bij dit filter passen.")
    );
}

#[tokio::test]
async fn every_scheme_asks_staff_why_they_open_a_case_that_is_not_theirs() {
    let mut app = TestApp::new().await;
    loket::demo::vul(&app.state).await.unwrap();
    app.add_staff("kees@gemeente.nl", "Kees Jansen", false)
        .await;
    app.sign_in("kees@gemeente.nl").await;
    let queue = app.get("/medewerker").await;
    for schema in ["blijverslening", "kindpakket", "uitdaagrecht"] {
        let prefix = format!("/medewerker/{schema}/");
        let pad = queue
            .attrs("tbody th a", "href")
            .into_iter()
            .find(|h| h.starts_with(&prefix))
            .unwrap();
        let id = pad.rsplit('/').next().unwrap().to_owned();
        let gevraagd = app.get(&pad).await;
        assert_eq!(gevraagd.status, StatusCode::OK, "{pad}");
        let reden = format!("/medewerker/zaak/{id}/reden");
        assert!(gevraagd.attrs("form", "action").contains(&reden), "{pad}");
        assert!(gevraagd.text("h1").ends_with("openen"), "{pad}");
        // Without a reason: said beside the field, nothing opens.
        let leeg = app.post(&reden, &[("reden", " ")]).await;
        assert_eq!(leeg.status, StatusCode::UNPROCESSABLE_ENTITY, "{pad}");
        assert!(leeg.body.contains(r#"id="reden-fout""#), "{pad}");
        let gegeven = app
            .post(&reden, &[("reden", "Vraag van de inwoner aan de balie")])
            .await;
        assert_eq!(gegeven.location(), pad);
        let open = app.get(&pad).await;
        assert!(!open.attrs("form", "action").contains(&reden), "{pad}");
        let (omschrijving, opgeslagen): (String, Option<String>) = sqlx::query_as(
            "SELECT omschrijving, reden FROM toegangslog WHERE zaak_id = $1 AND reden IS NOT NULL",
        )
        .bind(&id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        assert_eq!(
            (omschrijving.as_str(), opgeslagen.as_deref()),
            ("reden", Some("Vraag van de inwoner aan de balie"))
        );
    }

    // A colleague's case may be taken on after a reason: then it is one's own, and the resident sees who.
    let kindpakket = app
        .get("/medewerker?soort=kindpakket")
        .await
        .attrs("tbody th a", "href")
        .into_iter()
        .next()
        .unwrap();
    let id = kindpakket.rsplit('/').next().unwrap().to_owned();
    let opgepakt = app
        .post(&format!("/medewerker/zaak/{id}/oppakken"), &[])
        .await;
    assert_eq!(opgepakt.location(), kindpakket);
    assert_eq!(
        app.get("/medewerker?soort=kindpakket&mijn=ja")
            .await
            .attrs("tbody th a", "href"),
        vec![kindpakket.clone()]
    );
    app.clear_cookies();
    app.sign_in("bewoner@example.nl").await;
    let zaak = app.get(&format!("/kindpakket/{id}")).await;
    assert!(
        zaak.text("main")
            .contains("Kees Jansen (medewerker van de gemeente) nam de aanvraag in behandeling."),
        "{}",
        zaak.text("main")
    );
}

#[tokio::test]
async fn a_melding_first_begun_for_someone_else_is_found_by_nobody_elses_name() {
    let mut app = TestApp::new().await;
    app.sign_in("jan@example.nl").await;
    let pad = app.new_melding().await;
    // First "for someone else", with a name; then back to "for myself" before filing.
    app.post(&format!("{pad}/stap/voor-wie"), &[("voor_wie", "ander")])
        .await;
    app.post(
        &format!("{pad}/stap/de-ander"),
        &[
            ("ander_naam", "Mien de Vries"),
            ("ander_relatie", "ouder"),
            ("ander_toestemming", "ja"),
        ],
    )
    .await;
    for (slug, velden) in crate::support::MELDING_ZELF {
        let r = app.post(&format!("{pad}/stap/{slug}"), velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{slug}");
    }
    assert_eq!(
        app.post(&format!("{pad}/indienen"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    app.add_staff("kees@gemeente.nl", "Kees Jansen", false)
        .await;
    app.clear_cookies();
    app.sign_in("kees@gemeente.nl").await;
    let queue = app.get("/medewerker").await;
    assert_eq!(queue.attrs("tbody th a", "href").len(), 1);
    assert!(
        !queue.text("tbody").contains("Mien de Vries"),
        "{}",
        queue.text("tbody")
    );
    let gezocht = app.get("/medewerker?zoek=mien").await;
    assert!(gezocht.attrs("tbody th a", "href").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_members_of_staff_taking_a_case_at_once_do_not_overwrite_each_other() {
    let mut app = TestApp::new().await;
    // A case nobody has yet.
    app.sign_in("jan@example.nl").await;
    let inwoner = crate::support::persoon_id(&app, "jan@example.nl").await;
    let id = loket::ids::ZaakId::new("zaak-zonder-consulent");
    let inwoner_id = loket::auth::PersoonId::new(inwoner.clone());
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let zaak = loket::zaken::kern::NieuweZaak {
        id: &id,
        regeling: loket::zaken::kern::Regeling::Kindpakket,
        eigenaar: loket::zaken::kern::Eigenaar::Persoon(&inwoner_id),
        referentie: "KP-2026-RACEABCD",
        naam: None,
    };
    loket::zaken::kern::openen(&mut conn, &zaak, app.clock.now())
        .await
        .unwrap();
    let ingediend =
        loket::zaken::stap::Auteur::persoon(&inwoner_id, loket::zaken::domain::Door::Inwoner);
    let stap = loket::kindpakket::stap::Gebeurtenis::Ingediend;
    loket::zaken::stap::leg_vast(&mut conn, &id, ingediend, &stap, app.clock.now())
        .await
        .unwrap();
    drop(conn);
    let mut pogingen = Vec::new();
    for (email, naam) in [
        ("kees@gemeente.nl", "Kees Jansen"),
        ("els@gemeente.nl", "Els Bakker"),
    ] {
        app.add_staff(email, naam, false).await;
        let mut staf = app.other_browser();
        staf.sign_in(email).await;
        let pad = format!("/medewerker/zaak/{id}/oppakken");
        pogingen.push(tokio::spawn(async move {
            staf.post(&pad, &[]).await;
        }));
    }
    for p in pogingen {
        p.await.unwrap();
    }
    let genomen: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1 AND omschrijving = 'toegewezen'",
    )
    .bind(&id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(genomen, 1, "one of them has it, and the log says who");
}
