//! The demo's helpers: machtigingen, invitations, and meldingen filed for someone else.

use super::*;

/// The demo mantelzorger: she helps the Dutch resident (view, file and mail), and two invitations wait in her
/// mail, one from each demo resident, for the gates to accept.
pub const MANTELZORGER: (&str, &str) = ("petra@example.nl", "Petra de Vries");

/// Names for the demo residents, as they give them when they invite a helper.
pub(super) const INWONER_NAMEN: [&str; 2] = ["Jan de Vries", "Anna Jansen"];

pub(super) async fn machtigingen(app: &AppState) -> Result<(), sqlx::Error> {
    use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
    use crate::machtigingen::{form::Uitnodiging, repo as m_repo, views as m_views};
    let now = app.clock.now();
    let tot = app.clock.today() + Duration::days(365);
    let mut tx = app.db.begin_write().await?;
    let helper_id = find_or_create_person(&mut tx, MANTELZORGER.0, Lang::Nl, now).await?;
    if !m_repo::van_helper(&mut *tx, &helper_id).await?.is_empty() {
        return tx.commit().await;
    }
    crate::auth::repo::zet_naam(&mut tx, &helper_id, MANTELZORGER.1).await?;
    for ((email, lang), naam) in INWONERS.into_iter().zip(INWONER_NAMEN) {
        let inwoner_id = find_or_create_person(&mut tx, email, lang, now).await?;
        crate::auth::repo::zet_naam(&mut tx, &inwoner_id, naam).await?;
        let geheim = token::new_secret();
        let nieuw = |status| m_repo::Nieuw {
            inwoner_id: None,
            helper_id: None,
            soort: Soort::Gemachtigde,
            grond: Grond::Uitnodiging,
            status,
            rechten: Rechten::gekozen(true, true),
            geldig_tot: Some(tot),
            email: Some(MANTELZORGER.0),
            naam: Some(MANTELZORGER.1),
            geboortedatum: None,
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: None,
            aangemaakt_door: "",
        };
        if lang == Lang::Nl {
            m_repo::nieuw(
                &mut tx,
                &m_repo::Nieuw {
                    inwoner_id: Some(&inwoner_id),
                    helper_id: Some(&helper_id),
                    aangemaakt_door: &inwoner_id,
                    ..nieuw(Status::Actief)
                },
                now,
            )
            .await?;
        }
        let hash = token::hash(&geheim);
        m_repo::nieuw(
            &mut tx,
            &m_repo::Nieuw {
                inwoner_id: Some(&inwoner_id),
                aangemaakt_door: &inwoner_id,
                token_hash: Some(&hash),
                verloopt_op: Some(now + crate::machtigingen::UITNODIGING_GELDIG),
                ..nieuw(Status::Uitgenodigd)
            },
            now,
        )
        .await?;
        let tr = crate::i18n::Tr::new(app.i18n.clone(), lang);
        let uitnodiging = Uitnodiging {
            email: EmailAddress::parse(MANTELZORGER.0)
                .map_err(|_| sqlx::Error::Protocol("demo address".into()))?,
            naam: Some(MANTELZORGER.1.into()),
            eigen_naam: Some(naam.into()),
            rechten: Rechten::gekozen(true, true),
            tot,
        };
        let link = format!("{}/uitnodiging/{geheim}", app.config.base_url);
        let mail = m_views::mail_uitnodiging(&tr, MANTELZORGER.0, naam, &uitnodiging, link)
            .link_tot(now + crate::machtigingen::UITNODIGING_GELDIG);
        crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
    }
    tx.commit().await
}

/// A mantelzorger with two meldingen for someone else: one waits for the resident's answer by e-mail, one for
/// staff to check the signed form.
pub(super) const AANVRAGER: &str = "petra.jansen@example.nl";

/// The resident asked by e-mail. The gates open the link in this mail, as someone without an account
/// (`tests/gates/lib/roles.mjs`).
pub const BEVESTIGER: &str = "opa.jansen@example.nl";

/// A melding filed for someone else by `helper_id`, submitted today.
pub(super) async fn voor_ander(
    tx: &mut sqlx::AnyConnection,
    app: &AppState,
    helper_id: &crate::ids::PersoonId,
    helper_email: &str,
    naam: &str,
) -> Result<crate::ids::ZaakId, sqlx::Error> {
    let antwoorden = Antwoorden {
        voor_wie: Some(VoorWie::Ander),
        ander_naam: Some(naam.into()),
        ander_relatie: Some(Relatie::Ouder),
        ander_toestemming: true,
        ..compleet(helper_email, false)
    };
    ingediende_melding(
        tx,
        helper_id,
        antwoorden,
        app.clock.now(),
        app.clock.today(),
    )
    .await
}

pub(super) fn nieuwe_machtiging<'a>(
    helper_id: &'a str,
    melding_id: Option<&'a str>,
    naam: &'a str,
) -> machtigingen_repo::Nieuw<'a> {
    machtigingen_repo::Nieuw {
        inwoner_id: None,
        helper_id: Some(helper_id),
        soort: Soort::Gemachtigde,
        grond: Grond::Formulier,
        status: Status::TeControleren,
        rechten: Rechten::gekozen(true, false),
        geldig_tot: None,
        email: None,
        naam: Some(naam),
        geboortedatum: None,
        token_hash: None,
        code_hash: None,
        verloopt_op: None,
        melding_id,
        aangemaakt_door: helper_id,
    }
}

/// The requests of vertegenwoordiging in each state a page shows: a resident asked by e-mail (with the mail
/// and its link), a signed form and a legal representative's proof for staff to check, and a melding of the
/// Dutch demo resident for someone who has not confirmed yet.
pub(super) async fn vertegenwoordiging(app: &AppState) -> Result<(), sqlx::Error> {
    let Some(helper_id) = nieuwe_inwoner(app, AANVRAGER).await? else {
        return Ok(());
    };
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let tr = crate::i18n::Tr::new(app.i18n.clone(), Lang::Nl);
    let over_een_jaar = vandaag.replace_year(vandaag.year() + 1).unwrap_or(vandaag);
    let mut tx = app.db.begin_write().await?;
    crate::auth::repo::naam_als_leeg(&mut tx, &helper_id, Some("Petra Jansen")).await?;

    // Asked by e-mail: the mail holds the link and the code.
    let melding_id = voor_ander(&mut tx, app, &helper_id, AANVRAGER, "Opa Jansen").await?;
    let geheim = token::new_secret();
    let code = code_uit(&token::random_bytes(8));
    let (token_hash, code_hash) = (token::hash(&geheim), token::hash(&code));
    machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            grond: Grond::Bevestiging,
            status: Status::WachtOpInwoner,
            rechten: Rechten::gekozen(true, true),
            geldig_tot: Some(over_een_jaar),
            email: Some(BEVESTIGER),
            token_hash: Some(&token_hash),
            code_hash: Some(&code_hash),
            verloopt_op: Some(now + Duration::days(14)),
            ..nieuwe_machtiging(&helper_id, Some(&melding_id), "Opa Jansen")
        },
        now,
    )
    .await?;
    let bericht = crate::vertegenwoordiging::berichten::mail_vraag(
        &tr,
        &crate::vertegenwoordiging::berichten::MailVraag {
            to: BEVESTIGER,
            helper: "Petra Jansen",
            helper_email: AANVRAGER,
            naam: "Opa Jansen",
            rechten: Rechten::gekozen(true, true),
            tot: over_een_jaar,
            url: format!("{}/machtiging/bevestigen/{geheim}", app.config.base_url),
            code: &code,
        },
    )
    .link_tot(now + Duration::days(14));
    crate::mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;

    // A signed form for staff to check.
    let melding_id = voor_ander(&mut tx, app, &helper_id, AANVRAGER, "Mevrouw De Vries").await?;
    let id = machtigingen_repo::nieuw(
        &mut tx,
        &nieuwe_machtiging(&helper_id, Some(&melding_id), "Mevrouw De Vries"),
        now,
    )
    .await?;
    vertegenwoordiging_repo::bewijs_opslaan(
        &mut tx,
        &id,
        "machtiging.pdf",
        BestandType::Pdf.mime(),
        DEMO_PDF,
    )
    .await?;

    // The Dutch demo resident: a melding for an aunt who has not answered yet, and proof as a mentor.
    let (bewoner, _) = INWONERS[0];
    let bewoner_id = find_or_create_person(&mut tx, bewoner, Lang::Nl, now).await?;
    let melding_id = voor_ander(&mut tx, app, &bewoner_id, bewoner, "Tante Els").await?;
    let (token_hash, code_hash) = (
        token::hash(&token::new_secret()),
        token::hash(&code_uit(&token::random_bytes(8))),
    );
    machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            grond: Grond::Bevestiging,
            status: Status::WachtOpInwoner,
            rechten: Rechten::gekozen(true, false),
            geldig_tot: Some(over_een_jaar),
            email: Some("tante.els@example.nl"),
            token_hash: Some(&token_hash),
            code_hash: Some(&code_hash),
            verloopt_op: Some(now + Duration::days(14)),
            ..nieuwe_machtiging(&bewoner_id, Some(&melding_id), "Tante Els")
        },
        now,
    )
    .await?;
    let id = machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            soort: Soort::Mentor,
            grond: Grond::Rechter,
            rechten: Rechten::ALLES,
            geboortedatum: Date::from_calendar_date(1948, time::Month::March, 2).ok(),
            ..nieuwe_machtiging(&bewoner_id, None, "Kees Bakker")
        },
        now,
    )
    .await?;
    vertegenwoordiging_repo::bewijs_opslaan(
        &mut tx,
        &id,
        "mentor-rechter.pdf",
        BestandType::Pdf.mime(),
        DEMO_PDF,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
